/**
 * What a reference between two Terraform AWS resources means at run time (DESIGN section 8,
 * rule 2). A recorded reference only says that one resource's configuration mentions
 * another; these rules say, per resource type and per argument, whether the referencing
 * resource NEEDS the referenced one to keep serving. 90 types, each with sources; any other
 * type gets `unknownTypeDefault`. How the Terraform reader applies them is in
 * src/sources/terraform/classify-references.ts.
 */
import type { ArgumentNotNeeded, TerraformReferenceKnowledge, TerraformTypeRule, UnknownTypeDefault } from './schema.js';
import type { Source } from '../schema.js';
import { AWS, p } from './sources.js';
import { computeRules } from './compute.js';
import { dataStoreRules } from './data-stores.js';
import { dnsAndLoadBalancingRules } from './dns-and-load-balancing.js';
import { edgeAndApiRules } from './edge-and-apis.js';
import { identityAndSecretsRules } from './identity-and-secrets.js';
import { networkRules } from './network.js';
import { observabilityAndEventRules } from './observability-and-events.js';
import { serverlessAndMessagingRules } from './serverless-and-messaging.js';

export const terraformTypeRules: readonly TerraformTypeRule[] = [
  ...dnsAndLoadBalancingRules,
  ...computeRules,
  ...dataStoreRules,
  ...serverlessAndMessagingRules,
  ...identityAndSecretsRules,
  ...networkRules,
  ...edgeAndApiRules,
  ...observabilityAndEventRules,
];

/** Arguments that are never run-time needs, whatever the type. */
export const universalNotNeeds: readonly ArgumentNotNeeded[] = [
  { argument: 'tags', why: 'Labels; a tag value that names another resource does not make this resource call it.', judgement: true, sources: [p('lb_listener', 'A map of tags to assign to the resource.')] },
  { argument: 'tags_all', why: 'Computed union of tags and provider default tags.', judgement: true, sources: [p('lb_listener', 'A map of tags assigned to the resource, including those inherited from the provider')] },
  { argument: 'triggers', why: 'Hash keys that force a redeployment when they change; they are not calls.', sources: [p('api_gateway_deployment', 'Map of arbitrary keys and values that, when changed, will trigger a redeployment.')] },
  { argument: 'depends_on', why: 'Ordering for Terraform. It may hide a real run-time dependency (Terraform says it is for a resource that relies on another\'s behaviour), so faultline should record it as an unclassified edge with a finding rather than a requirement for known types.', judgement: true, sources: [AWS.dependsOn, AWS.dependsOnBehaviour, p('api_gateway_deployment', 'since `depends_on` can only capture dependency ordering and will not cause the resource to recreate')] },
];

/** Terraform type names that the provider documents as the same resource under another name. */
export const terraformTypeAliases: Readonly<Record<string, string>> = {
  aws_alb: 'aws_lb',
  aws_alb_listener: 'aws_lb_listener',
  aws_alb_listener_rule: 'aws_lb_listener_rule',
  aws_alb_target_group: 'aws_lb_target_group',
  aws_alb_target_group_attachment: 'aws_lb_target_group_attachment',
};
export const terraformTypeAliasSources: readonly Source[] = [
  p('lb', '`aws_alb` is known as `aws_lb`. The functionality is identical.'),
  p('lb_listener', '`aws_alb_listener` is known as `aws_lb_listener`. The functionality is identical.'),
  p('lb_listener_rule', '`aws_alb_listener_rule` is known as `aws_lb_listener_rule`. The functionality is identical.'),
  p('lb_target_group', '`aws_alb_target_group` is known as `aws_lb_target_group`. The functionality is identical.'),
  p('lb_target_group_attachment', '`aws_alb_target_group_attachment` is known as `aws_lb_target_group_attachment`. The functionality is identical.'),
];

/**
 * What to assume for a managed resource of a type not in the table.
 * Data sources (mode "data") are not covered: resolve them to the real resource they read, or drop them.
 */
export const unknownTypeDefault: UnknownTypeDefault = {
  role: 'resource',
  everyReferenceNeeded: true,
  why: 'An unknown managed resource is most likely a thing that runs (the known non-running kinds, such as attachments, policies, alarms and settings, are mostly in the table), and a missed single point of failure is invisible while a false one is visible and cheap to dismiss. So treat it as a resource and each of its references as a requirement on all targets (not alternatives), except references to targets whose own role is observer, policy or config-without-needs, and the universal not-needs (tags, triggers). Emit one finding per unknown type saying the assumption was made, so the user can confirm it or add a rule.',
};

export const terraformReferences: TerraformReferenceKnowledge = {
  rules: terraformTypeRules,
  aliases: terraformTypeAliases,
  universalNotNeeds,
  unknownTypeDefault,
};

const rulesByType = new WeakMap<TerraformReferenceKnowledge, ReadonlyMap<string, TerraformTypeRule>>();

/** The rule for a Terraform type, following the aliases; undefined for a type not in the table. */
export function ruleFor(terraformType: string, knowledge: TerraformReferenceKnowledge = terraformReferences): TerraformTypeRule | undefined {
  let byType = rulesByType.get(knowledge);
  if (byType === undefined) {
    byType = new Map(knowledge.rules.map((rule) => [rule.terraform, rule]));
    rulesByType.set(knowledge, byType);
  }
  return byType.get(knowledge.aliases[terraformType] ?? terraformType);
}

export type { ArgumentNeed, ArgumentNotNeeded, TerraformReferenceKnowledge, TerraformRole, TerraformTypeRule, UnknownTypeDefault } from './schema.js';
