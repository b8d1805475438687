/**
 * The shape of the knowledge of what a reference between two Terraform AWS resources
 * means at run time. A test validates every row against these schemas.
 *
 * Argument paths use Terraform's argument names, nested blocks joined by dots
 * (`default_action.target_group_arn`), `*` for any map key or list element, or any
 * characters inside one name (`environment.variables.*`, `*_failure_feedback_role_arn`),
 * and `|` between paths of which whichever is set is meant (`nat_gateway_id|gateway_id`).
 */
import { z } from 'zod';
import { sourceSchema } from '../schema.js';

const argumentPath = z.string().regex(/^[a-z0-9_*]+(\.[A-Za-z0-9_*]+)*(\|[a-z0-9_*]+(\.[A-Za-z0-9_*]+)*)*$/);

/** An entry that is a reasoned choice (`judgement`) may rest on its reasoning alone; any other needs a source. */
const sourcedUnlessJudged = <T extends { judgement?: boolean | undefined; sources: unknown[] }>(entry: T) => entry.judgement === true || entry.sources.length > 0;
const unsourced = { message: 'an entry that is not marked judgement needs a source' };

export const argumentNeedSchema = z
  .strictObject({
    argument: argumentPath,
    /** The targets named by this argument are interchangeable: any one suffices. */
    alternatives: z.boolean(),
    judgement: z.boolean().optional(),
    why: z.string().min(10).optional(),
    sources: z.array(sourceSchema),
  })
  .refine(sourcedUnlessJudged, unsourced);
export type ArgumentNeed = z.output<typeof argumentNeedSchema>;

export const argumentNotNeededSchema = z
  .strictObject({
    argument: argumentPath,
    why: z.string().min(10),
    judgement: z.boolean().optional(),
    sources: z.array(sourceSchema),
  })
  .refine(sourcedUnlessJudged, unsourced);
export type ArgumentNotNeeded = z.output<typeof argumentNotNeededSchema>;

export const terraformRoles = ['resource', 'glue', 'observer', 'policy', 'config'] as const;
export type TerraformRole = (typeof terraformRoles)[number];

export const terraformTypeRuleSchema = z
  .strictObject({
    /** The Terraform resource type, e.g. `aws_lb_listener`. */
    terraform: z.string().regex(/^aws_[a-z0-9_]+$/),
    /**
     * `resource`: a node that serves. `glue`: joins two resources (`joins`) and is needed by
     * nothing. `observer` and `policy`: nothing they name is needed, and nothing needs them.
     * `config`: folded into the resource `configOf` names, or, without `configOf`, shared by
     * whoever references it.
     */
    role: z.enum(terraformRoles),
    /** Arguments whose targets this resource needs at run time. */
    needs: z.array(argumentNeedSchema).optional(),
    /** Arguments that name something this resource does not need at run time, with why. */
    notNeeds: z.array(argumentNotNeededSchema).optional(),
    /** Glue: the resource at `needer` needs the one at `needed`. */
    joins: z
      .strictObject({
        needer: argumentPath,
        needed: argumentPath,
        why: z.string().min(10),
        judgement: z.boolean().optional(),
        /** Several such joins to one needer are alternatives of one another (attachments to one target group). */
        alternatives: z.boolean().optional(),
        sources: z.array(sourceSchema),
      })
      .refine(sourcedUnlessJudged, unsourced)
      .optional(),
    /** Arguments whose target needs THIS resource: the requirement runs against the reference. */
    neededBy: z.array(argumentNeedSchema).optional(),
    /** Config: the argument naming the resource this row is folded into. */
    configOf: z.strictObject({ argument: argumentPath, why: z.string().min(10), sources: z.array(sourceSchema).min(1) }).optional(),
    /** A caveat for whoever applies the row. */
    notes: z.string().min(10).optional(),
    sources: z.array(sourceSchema).min(1),
  })
  .refine((rule) => (rule.role === 'glue') === (rule.joins !== undefined), { message: 'a glue row, and only a glue row, says what it joins' })
  .refine((rule) => rule.configOf === undefined || rule.role === 'config', { message: 'only a config row is folded into another resource' })
  .refine((rule) => (rule.role !== 'observer' && rule.role !== 'policy') || (rule.needs === undefined && rule.neededBy === undefined), {
    message: 'an observer or a policy needs nothing and is needed by nothing',
  });
export type TerraformTypeRule = z.output<typeof terraformTypeRuleSchema>;

export const universalNotNeededSchema = argumentNotNeededSchema;

export const unknownTypeDefaultSchema = z.strictObject({
  role: z.literal('resource'),
  everyReferenceNeeded: z.boolean(),
  why: z.string().min(10),
});
export type UnknownTypeDefault = z.output<typeof unknownTypeDefaultSchema>;

/** Everything the Terraform reader knows about references, as one value it takes as a parameter (and tests can replace). */
export interface TerraformReferenceKnowledge {
  rules: readonly TerraformTypeRule[];
  /** Type names the provider documents as another type under another name (`aws_alb` -> `aws_lb`). */
  aliases: Readonly<Record<string, string>>;
  /** Arguments that are never run-time needs, whatever the type (`tags`). */
  universalNotNeeds: readonly ArgumentNotNeeded[];
  /** What faultline assumes for a managed resource of a type not in `rules`. */
  unknownTypeDefault: UnknownTypeDefault;
}
