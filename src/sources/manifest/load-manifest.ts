/**
 * Reads `faultline.yaml` and the snapshots it names into a checked Model. Every
 * problem, from a YAML syntax error to an unknown component, comes back as one
 * line naming file:line:col, the key path, and a fix.
 */
import path from 'node:path';
import { FaultlineError, ManifestInvalidError, type KeyPath, type ManifestIssue } from '../../core/errors.js';
import { manifestSchema, type Manifest } from '../../core/manifest/schema.js';
import { resolveModel } from '../../core/manifest/resolve-model.js';
import type { Model } from '../../core/model.js';
import { parseSnapshot, readLargeSnapshot, type LoadedSnapshot } from '../inventory/load-snapshot.js';
import { locateProblems } from '../json-problems.js';
import { readText } from '../read-text.js';
import { InputError, type Located } from '../source-error.js';
import { locate } from '../yaml-positions.js';
import { visit } from 'yaml';
import { loadYamlFast, parseYamlWithPositions, type PositionedDocument } from './read-yaml.js';
import { explainIssues } from './schema-issues.js';
import { explainProtoKey, findProtoKeys } from './proto-keys.js';
import { awsSnapshotPath } from './inventory-paths.js';
import { fetchTerraformState } from '../terraform/fetch-state.js';
import { loadTerraformPlan, readTerraformState, type PlannedChange } from '../terraform/index.js';
import type { BackstageEntry } from '../backstage/index.js';
import { createPlaceNames } from '../../core/place-names.js';
import { knowledge } from '../../knowledge/index.js';
import { loadDnsLogs } from '../dns-logs/index.js';

export interface LoadedModel {
  model: Model;
  manifest: Manifest;
  /** What each inventory entry read, in manifest order. */
  snapshots: SourceRead[];
  /** Things worth saying that do not stop the run. */
  warnings: string[];
  /** With a plan: what it changes, and which state it stands in for. */
  plan?: LoadedPlan;
}

/**
 * An inventory entry as read, without what it listed: the model holds what the
 * analysis needs of the resources and their dependencies, and keeping the parsed
 * entries too would hold a million parsed resources for the whole run.
 */
export type SourceRead = Omit<LoadedSnapshot, 'resources' | 'dependencies' | 'ignored' | 'selections'>;

/** `--plan plan.json`: the estate as a saved Terraform plan leaves it. */
export interface PlanOption {
  file: string;
  /** The state the plan stands in for, as the manifest's inventory names it; needed when it reads several. */
  replaces?: string;
}

export interface LoadedPlan {
  file: string;
  changes: PlannedChange[];
  /** The `terraform: { state }` the plan read instead; none when the manifest reads no state. */
  replaced?: string;
}

interface ParsedManifest {
  file: string;
  manifest: Manifest;
  /** Positions, parsed on first use (only when something needs reporting). */
  positions: () => PositionedDocument;
}

export async function loadModel(file: string, options: { plan?: PlanOption } = {}): Promise<LoadedModel> {
  const parsed = await parseManifestFile(file);
  const { manifest } = parsed;
  const warnings: string[] = [];
  const snapshots: LoadedSnapshot[] = [];
  const base = path.dirname(file);
  const inventory = manifest.inventory ?? [];
  const awsCount = inventory.filter((entry) => 'aws' in entry).length;
  let awsIndex = 0;
  const replaced = options.plan === undefined ? undefined : stateThePlanReplaces(file, inventory, options.plan);
  let plan: LoadedPlan | undefined;
  const readPlan = async (index: number, providers: Record<string, string> | undefined) => {
    const { file: planFile } = options.plan!;
    const planRead = await loadTerraformPlan(planFile, providers === undefined ? {} : { providerRegions: providers });
    read.set(index, planRead.snapshot);
    warnings.push(...planRead.warnings);
    plan = { file: planFile, changes: planRead.changes, ...(replaced !== undefined && { replaced: replaced.state }) };
  };
  // DNS logs are read last: the names the other sources know (a record's, an endpoint's) are the estate's own.
  const read = new Map<number, LoadedSnapshot>();
  for (const [i, entry] of inventory.entries()) {
    if ('file' in entry) {
      const snapshotFile = path.isAbsolute(entry.file) ? entry.file : path.join(base, entry.file);
      read.set(i, await loadSnapshotEntry(parsed, snapshotFile, ['inventory', i, 'file']));
    } else if ('terraform' in entry) {
      if (i === replaced?.index) {
        await readPlan(i, entry.terraform.providers);
        continue;
      }
      const terraform = await loadTerraformEntry(entry.terraform, base);
      read.set(i, terraform.snapshot);
      warnings.push(...terraform.warnings);
    } else if ('backstage' in entry) {
      const { files, allowUrls, url, token, failsTogether } = entry.backstage;
      // The schema lets exactly one of files and url through.
      const source: BackstageEntry = { ...(files !== undefined ? { files, allowUrls } : { url: url!, token }), failsTogether };
      // The catalog model (and its validators) loads only for a manifest that reads a catalog.
      const { loadCatalog } = await import('../backstage/index.js');
      const places = createPlaceNames(knowledge.regions, knowledge.pseudoRegions, manifest.knowledge?.regions);
      const catalog = await loadCatalog(source, { base, env: process.env, manifest: file, checkRegion: (provider, region) => places.checkRegion(provider, region) });
      if (catalog.entryProblems.length > 0) {
        throw new InputError('E_MANIFEST', catalog.entryProblems.map((problem) => at(parsed.file, parsed.positions(), ['inventory', i, 'backstage', 'failsTogether', problem.index], 'value', problem.message, problem.fix)));
      }
      read.set(i, catalog.snapshot);
      warnings.push(...catalog.warnings);
    } else if ('aws' in entry) {
      // An aws entry is read from the snapshot `faultline scan` wrote for it.
      const snapshotFile = awsSnapshotPath(file, entry.aws, awsIndex++, awsCount);
      read.set(i, await loadSnapshotEntry(parsed, snapshotFile, ['inventory', i, 'aws']));
    }
  }
  // A manifest that reads no state: the plan adds what it leaves to the inventory, after the manifest's own entries.
  if (options.plan !== undefined && plan === undefined) await readPlan(inventory.length, undefined);
  // What the other sources know of the estate, for the logs: gathered only when there are logs, since it walks every resource.
  let estate: EstateFacts | undefined;
  for (const [i, entry] of inventory.entries()) {
    if (!('dnsLogs' in entry)) continue;
    estate ??= estateFacts([...read.values()]);
    const logs = await loadDnsLogs({ ...entry.dnsLogs, names: { ...estate.names, ...entry.dnsLogs.names }, inVpc: estate.inVpc }, { base });
    read.set(i, logs.snapshot);
    warnings.push(...logs.warnings);
  }
  for (const i of [...read.keys()].sort((a, b) => a - b)) snapshots.push(read.get(i)!);
  const scanTimes = snapshots.map((snapshot) => snapshot.scannedAt).sort();
  try {
    const model = resolveModel({
      manifest,
      snapshots,
      inventory: {
        files: snapshots.map((snapshot) => snapshot.file),
        partial: snapshots.some((snapshot) => snapshot.partial),
        snapshots: snapshots.map((snapshot) => ({
          file: snapshot.file,
          scannedAt: snapshot.scannedAt,
          partial: snapshot.partial,
          // A resource whose ARN could not be read is not a place that was not read: counted apart.
          missing: [...new Set(snapshot.errors.filter((error) => error.code !== 'UnreadableArn').map((error) => [error.account, error.region].filter(Boolean).join('/')).filter(Boolean))],
          unreadable: snapshot.errors.filter((error) => error.code === 'UnreadableArn').length,
          scanned: snapshot.scanned === true,
          ...(snapshot.sample === true && { sample: true as const }),
        })),
        ...(scanTimes[0] !== undefined && { oldestScan: scanTimes[0] }),
      },
    });
    const sources = snapshots.map(({ resources: _resources, dependencies: _dependencies, ignored: _ignored, selections: _selections, ...source }) => source);
    return { model, manifest, snapshots: sources, warnings: [...warnings, ...model.warnings], ...(plan !== undefined && { plan }) };
  } catch (error) {
    if (error instanceof ManifestInvalidError) {
      const located = await locateIssues(parsed, error.issues);
      // What could not be read may be what the manifest names: the partial inventory is the cause to report (exit 3), with the first problem it leads to.
      const unread = snapshots.filter((snapshot) => snapshot.partial && snapshot.resources.length === 0);
      if (unread.length > 0) {
        const first = located[0]!;
        // A DNS logs entry's errors name their own file; its glob would only say it again.
        const reasons = unread.map((snapshot) => (snapshot.source === 'dns-logs' && snapshot.errors[0] !== undefined ? snapshot.errors[0].message : `${snapshot.file}: ${snapshot.errors[0]?.message ?? 'could not be read'}`)).join('; ');
        throw new FaultlineError('E_PARTIAL', `inventory is partial (${reasons}), and the manifest cannot be resolved without it: ${first.file}${first.line !== undefined ? `:${first.line}:${first.col}` : ''} ${first.message}`, { cause: error });
      }
      throw new InputError('E_MANIFEST', located, { cause: error });
    }
    throw error;
  }
}

interface EstateFacts {
  /** The host names the resources answer to (DNS records, endpoints), each to its resource: the first source to name one keeps it. */
  names: Record<string, string>;
  /** What the sources place in each VPC (Terraform knows), by `<region> <vpc id>`: where DNS logs hand a query no instance made. */
  inVpc: Record<string, Array<{ id: string; type: string }>>;
}

/** The estate's own names and VPC members, from every resource the other entries read, in one pass. */
function estateFacts(snapshots: readonly LoadedSnapshot[]): EstateFacts {
  const names = new Map<string, string>();
  const inVpc: Record<string, Array<{ id: string; type: string }>> = {};
  for (const snapshot of snapshots) {
    for (const resource of snapshot.resources) {
      for (const name of resource.dnsNames ?? []) if (!names.has(name)) names.set(name, resource.id);
      if (resource.vpc !== undefined && resource.region !== undefined) (inVpc[`${resource.region} ${resource.vpc}`] ??= []).push({ id: resource.id, type: resource.type });
    }
  }
  return { names: Object.fromEntries(names), inVpc };
}

/** Each issue at its place: in the manifest, or in the snapshot it names (read again, since only a problem needs positions). */
async function locateIssues(parsed: ParsedManifest, issues: readonly ManifestIssue[]): Promise<Located[]> {
  const located = new Map<ManifestIssue, Located>();
  const bySnapshot = new Map<string, ManifestIssue[]>();
  for (const issue of issues) {
    if (issue.file === undefined) continue;
    const inFile = bySnapshot.get(issue.file);
    if (inFile === undefined) bySnapshot.set(issue.file, [issue]);
    else inFile.push(issue);
  }
  for (const [file, inFile] of bySnapshot) {
    const read = await readText(file);
    const problems = inFile.map((issue) => ({ path: issue.path, message: issue.message, fix: issue.fix ?? '' }));
    const places = read.ok ? locateProblems(read.text, file, problems) : problems.map((problem) => ({ file, ...problem }));
    inFile.forEach((issue, i) => located.set(issue, places[i]!));
  }
  return issues.map((issue) => located.get(issue) ?? at(parsed.file, parsed.positions(), issue.path, 'value', issue.message, issue.fix));
}

export async function parseManifestFile(file: string): Promise<ParsedManifest> {
  const read = await readText(file);
  if (!read.ok) {
    throw new InputError('E_FILE', [{ file, message: `cannot read the manifest: ${read.reason}`, fix: 'run `faultline init` to write one, or pass --manifest PATH' }], { cause: read.cause });
  }
  let positioned: PositionedDocument | undefined;
  const positions = () => (positioned ??= parseYamlWithPositions(read.text));
  const fast = loadYamlFast(read.text);
  let input: unknown;
  if (fast.ok) input = fast.data;
  else input = readPositioned(file, read.text, positions);
  if (input === null || input === undefined) {
    throw new InputError('E_MANIFEST', [{ file, message: 'the manifest is empty', fix: 'run `faultline init` for a commented starter' }]);
  }
  // Refused before the schema runs, which would leave such a key out without a word.
  const protoKeys = findProtoKeys(input);
  if (protoKeys.length > 0) {
    throw new InputError('E_MANIFEST', protoKeys.map(explainProtoKey).map((problem) => at(file, positions(), problem.path, problem.at, problem.message, problem.fix)));
  }
  const result = manifestSchema.safeParse(input);
  if (!result.success) {
    const problems = explainIssues(manifestSchema, input, result.error.issues);
    throw new InputError('E_MANIFEST', problems.map((problem) => at(file, positions(), problem.path, problem.at, problem.message, problem.fix)));
  }
  return { file, manifest: result.data, positions };
}

/**
 * The text as data through the positioned parser, which bounds what aliases may
 * expand to; every way it can fail is one line: a syntax error, a tag faultline does
 * not read (it would otherwise become a string without a word), an alias to no
 * anchor, aliases that expand past the bound, nesting deeper than a parser can walk.
 */
function readPositioned(file: string, text: string, positions: () => PositionedDocument): unknown {
  let positioned: PositionedDocument;
  try {
    positioned = positions();
  } catch (error) {
    if (error instanceof RangeError) throw tooDeep(file, error);
    throw error;
  }
  const { doc, lineCounter } = positioned;
  if (doc.errors.length > 0) reportYamlErrors(file, text, positioned);
  const tags = doc.warnings.filter((warning) => warning.code === 'TAG_RESOLVE_FAILED');
  if (tags.length > 0) {
    throw new InputError(
      'E_MANIFEST',
      tags.map((warning) => ({ file, ...lineCounter.linePos(warning.pos[0]), message: `YAML: ${firstLine(warning.message).replace(/^Unresolved tag/, 'a tag faultline does not read')}`, fix: 'remove the tag: a manifest holds plain values' })),
    );
  }
  const dangling = findDanglingAliases(doc);
  if (dangling.length > 0) {
    throw new InputError(
      'E_MANIFEST',
      dangling.map(({ name, offset }) => ({ file, ...lineCounter.linePos(offset), message: `YAML: the alias *${name} refers to no anchor before it`, fix: `define &${name} before it is used, or write the value itself` })),
    );
  }
  try {
    return doc.toJS({ maxAliasCount: maxAliasExpansions });
  } catch (error) {
    if (error instanceof RangeError) throw tooDeep(file, error);
    if (error instanceof ReferenceError && /alias count/i.test(error.message)) {
      throw new InputError('E_MANIFEST', [{ file, message: `YAML: its aliases expand to more than ${maxAliasExpansions} copies`, fix: 'write the repeated parts out, or use fewer nested aliases: a manifest needs few if any' }], { cause: error });
    }
    throw error;
  }
}

/** How many times aliases may be expanded in one document (the positioned parser's own default). */
const maxAliasExpansions = 100;

function tooDeep(file: string, cause: RangeError): InputError {
  return new InputError('E_MANIFEST', [{ file, message: 'YAML: the document nests deeper than faultline can read', fix: 'a manifest needs a few levels of nesting; flatten the structure' }], { cause });
}

/** Aliases that name no anchor defined before them. */
function findDanglingAliases(doc: PositionedDocument['doc']): Array<{ name: string; offset: number }> {
  const found: Array<{ name: string; offset: number }> = [];
  visit(doc, {
    Alias(_key, node) {
      if (node.resolve(doc) === undefined) found.push({ name: node.source, offset: node.range?.[0] ?? 0 });
    },
  });
  return found;
}

/** The fast parser refused the text: the positioned parser says where and why. */
function reportYamlErrors(file: string, text: string, { doc, lineCounter }: PositionedDocument): never {
  // One syntax error leads the parser into many (a tab, an unclosed bracket): the first is the one to fix. Duplicate keys are each their own.
  const syntax = doc.errors.filter((error) => error.code !== 'DUPLICATE_KEY').sort((a, b) => a.pos[0] - b.pos[0]);
  throw new InputError(
    'E_MANIFEST',
    (syntax.length > 0 ? syntax.slice(0, 1) : doc.errors).map((error) => {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      const duplicate = error.code === 'DUPLICATE_KEY';
      // The parser ran out of stack: the YAML may well be valid, it is only too deep.
      if (/Maximum call stack size exceeded/.test(error.message)) {
        return { file, line, col, message: 'YAML: the document nests deeper than faultline can read (it gave up here)', fix: 'a manifest needs a few levels of nesting; flatten the structure' };
      }
      return {
        file,
        line,
        col,
        message: duplicate ? `duplicate key ${quoteKeyAt(text, error.pos[0])}` : `YAML: ${firstLine(error.message)}`,
        fix: duplicate ? 'each id may appear once; rename or merge the two' : 'fix the YAML syntax at this place',
      };
    }),
  );
}

/**
 * A Terraform state as an inventory: read where it lives, then read as Terraform
 * (src/sources/terraform/). A state that cannot be fetched (a missing file, an S3
 * object it may not read) makes the inventory partial, with the reason; one that
 * is not what it claims is bad input (exit 2).
 */
async function loadTerraformEntry(entry: { state: string; providers?: Record<string, string> | undefined }, base: string): Promise<{ snapshot: LoadedSnapshot; warnings: string[] }> {
  const fetched = await fetchTerraformState(entry.state, { base });
  if (!fetched.ok) {
    return {
      snapshot: { file: fetched.file, scannedAt: new Date(0).toISOString(), partial: true, errors: [{ code: fetched.code, message: fetched.message }], resources: [], source: 'terraform' },
      warnings: [],
    };
  }
  const read = readTerraformState(fetched.text, { file: fetched.file, writtenAt: fetched.writtenAt, ...(entry.providers !== undefined && { providerRegions: entry.providers }) });
  return { snapshot: read.snapshot, warnings: read.warnings };
}

/**
 * Which `terraform:` entry a plan stands in for: the only one, or the one --plan-for
 * names; none when the manifest reads no state (the plan then adds to the inventory).
 * Several and no choice is a usage error that lists them.
 */
function stateThePlanReplaces(manifestFile: string, inventory: NonNullable<Manifest['inventory']>, plan: PlanOption): { index: number; state: string } | undefined {
  const states = inventory.flatMap((entry, index) => ('terraform' in entry ? [{ index, state: entry.terraform.state }] : []));
  const listed = states.map((entry) => entry.state).join(', ');
  if (plan.replaces !== undefined) {
    const named = states.find((entry) => entry.state === plan.replaces);
    if (named === undefined) {
      const fix = states.length === 0 ? `${manifestFile} reads no Terraform state; drop --plan-for` : `name one of: ${listed}`;
      throw new FaultlineError('E_USAGE', `--plan-for ${plan.replaces} is not a Terraform state ${manifestFile} reads; ${fix}`);
    }
    return named;
  }
  if (states.length > 1) {
    throw new FaultlineError('E_USAGE', `${manifestFile} reads ${states.length} Terraform states (${listed}); say which one ${plan.file} is a plan of with --plan-for STATE`);
  }
  return states[0];
}

async function loadSnapshotEntry(parsed: ParsedManifest, file: string, keyPath: KeyPath): Promise<LoadedSnapshot> {
  const large = await readLargeSnapshot(file);
  if (large !== undefined) return large;
  const read = await readText(file);
  if (!read.ok) {
    throw new InputError(
      'E_FILE',
      [at(parsed.file, parsed.positions(), keyPath, 'value', `cannot read snapshot ${file}: ${read.reason}`, 'run `faultline scan`, or fix the path (it is relative to the manifest)')],
      { cause: read.cause },
    );
  }
  return parseSnapshot(read.text, file);
}

function at(file: string, { doc, lineCounter }: PositionedDocument, keyPath: KeyPath, where: 'key' | 'value', message: string, fix?: string): Located {
  const { line, col } = locate(doc, lineCounter, keyPath, where);
  return { file, line, col, path: keyPath, message, ...(fix !== undefined && { fix }) };
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function quoteKeyAt(text: string, offset: number): string {
  const key = /^[^:\n]*/.exec(text.slice(offset))![0].trim().replace(/^["']|["']$/g, '');
  return key === '' ? '' : `"${key}"`;
}
