/**
 * Reading a resource type however it is written: the ARN form (`dynamodb:table`),
 * CloudFormation (`AWS::DynamoDB::Table`), Terraform (`aws_dynamodb_table`) or
 * plain words (`dynamodb table`) all become the ARN form, which is what every
 * piece of knowledge (scenarios, control planes, what a type needs) is keyed by.
 * A near miss of a known spelling is refused with the spelling it is near; words
 * that could name several AWS types are refused on an AWS component, with the
 * choices. Anything else is a free-form kind (`status-page`, `postgres`), kept.
 */
import type { AmbiguousWords, AwsResourceType, AwsSubresourceSpelling } from '../knowledge/schema.js';
import { suggest } from './suggest.js';

export type TypeReading =
  /** `type` is the ARN form; `from` says how it was written when that was not the ARN form. */
  | { ok: true; type: string; from?: 'cloudformation' | 'terraform' | 'words'; note?: string }
  | { ok: false; problem: string; fix: string };

export interface TypeTables {
  awsTypes: readonly AwsResourceType[];
  awsSubresources: readonly AwsSubresourceSpelling[];
  ambiguousWords: readonly AmbiguousWords[];
}

export type TypeReader = (written: string, context: { aws: boolean }) => TypeReading;

const cloudFormationPattern = /^AWS::([A-Za-z0-9]+)::([A-Za-z0-9]+)$/i;
const terraformPattern = /^aws_[a-z0-9_]+$/;
const arnFormPattern = /^([a-z0-9-]+):([a-z0-9-]+)$/i;

/** Lower case, with runs of spaces, dashes and underscores as one space: `DynamoDB-Table` reads as `dynamodb table`. */
export function normaliseWords(written: string): string {
  return written.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

export function createTypeReader(tables: TypeTables): TypeReader {
  const canonical = new Map<string, string>();
  const byCloudFormation = new Map<string, string>();
  const byTerraform = new Map<string, string>();
  const byWords = new Map<string, string>();
  // CloudFormation's service name -> the ARN's service name (AWS::ElasticLoadBalancingV2 -> elasticloadbalancing).
  const cloudFormationServices = new Map<string, string>();
  const servicesTypes = new Map<string, string[]>();
  for (const row of tables.awsTypes) {
    canonical.set(row.type.toLowerCase(), row.type);
    const service = row.type.slice(0, row.type.indexOf(':'));
    servicesTypes.set(service, [...(servicesTypes.get(service) ?? []), row.type]);
    for (const name of row.cloudFormation) {
      byCloudFormation.set(name.toLowerCase(), row.type);
      cloudFormationServices.set(cloudFormationPattern.exec(name)![1]!.toLowerCase(), service);
    }
    for (const name of row.terraform) byTerraform.set(name, row.type);
    for (const words of [...row.words, ...(row.narrowerWords ?? [])]) byWords.set(normaliseWords(words), row.type);
  }
  for (const sub of tables.awsSubresources) {
    for (const name of sub.cloudFormation) {
      const [, service, resource] = cloudFormationPattern.exec(name)!;
      byCloudFormation.set(name.toLowerCase(), sub.derivesTo ?? `${cloudFormationServices.get(service!.toLowerCase()) ?? service!.toLowerCase()}:${resource!.toLowerCase()}`);
    }
    for (const name of sub.terraform) byTerraform.set(name, sub.derivesTo ?? byCloudFormation.get(sub.cloudFormation[0]?.toLowerCase() ?? '') ?? name);
  }
  const ambiguous = new Map(tables.ambiguousWords.map((entry) => [normaliseWords(entry.words), entry.couldMean]));
  const allCloudFormation = [...tables.awsTypes, ...tables.awsSubresources].flatMap((row) => row.cloudFormation);
  const allTerraform = [...byTerraform.keys()];

  return (written, { aws }) => {
    const text = written.trim();
    const cfn = cloudFormationPattern.exec(text);
    if (cfn) {
      const known = byCloudFormation.get(text.toLowerCase());
      if (known !== undefined) return { ok: true, type: known, from: 'cloudformation' };
      const near = suggest(text, allCloudFormation);
      if (near !== undefined) return { ok: false, problem: `"${text}" is not a CloudFormation type faultline knows`, fix: `did you mean "${near}"?` };
      // A type of a service faultline knows, outside its table: the service is what most knowledge is keyed by.
      const service = cloudFormationServices.get(cfn[1]!.toLowerCase()) ?? cfn[1]!.toLowerCase();
      return { ok: true, type: `${service}:${cfn[2]!.toLowerCase()}`, from: 'cloudformation', note: `${text} is not in faultline's table of AWS types; read as ${service}:${cfn[2]!.toLowerCase()}` };
    }
    if (terraformPattern.test(text)) {
      const known = byTerraform.get(text);
      if (known !== undefined) return { ok: true, type: known, from: 'terraform' };
      const near = suggest(text, allTerraform);
      if (near !== undefined && near !== text) return { ok: false, problem: `"${text}" is not a Terraform AWS resource type faultline knows`, fix: `did you mean "${near}"?` };
      return { ok: true, type: text, from: 'terraform', note: `${text} is not in faultline's table of AWS types; no knowledge of its type applies` };
    }
    const arnForm = arnFormPattern.exec(text);
    if (arnForm) {
      const known = canonical.get(text.toLowerCase());
      if (known !== undefined) return { ok: true, type: known };
      const siblings = servicesTypes.get(arnForm[1]!.toLowerCase());
      const near = siblings === undefined ? undefined : suggest(text, siblings);
      if (near !== undefined) return { ok: false, problem: `"${text}" is not a ${arnForm[1]} resource type faultline knows`, fix: `did you mean "${near}"?` };
      return { ok: true, type: text };
    }
    const words = normaliseWords(text);
    const named = byWords.get(words);
    if (named !== undefined) return { ok: true, type: named, from: 'words' };
    const choices = ambiguous.get(words);
    if (choices !== undefined && aws) return { ok: false, problem: `"${text}" could be any of ${choices.join(', ')}`, fix: 'write the one you mean' };
    return { ok: true, type: text };
  };
}

const readers = new WeakMap<TypeTables, TypeReader>();

/** One reader per set of tables: its lookup maps are built once. */
export function typeReaderFor(tables: TypeTables): TypeReader {
  let reader = readers.get(tables);
  if (reader === undefined) {
    reader = createTypeReader(tables);
    readers.set(tables, reader);
  }
  return reader;
}
