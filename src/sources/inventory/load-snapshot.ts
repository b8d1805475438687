/**
 * Reads an inventory snapshot (DESIGN section 5). The common case is a plain
 * JSON.parse and a fast structural check; only when something is wrong is the
 * file parsed again with positions, to say on which line.
 */
import { stat } from 'node:fs/promises';
import type { Dependency, Resource, Snapshot } from '../../core/inventory.js';
import { readJsonInPieces } from '../read-json-in-pieces.js';
import { isRecord, jsonFailure, locateProblems, type Problem } from '../json-problems.js';
import { InputError } from '../source-error.js';

export type LoadedSnapshot = Snapshot;

const maxProblems = 10;

/** `text` is the file's content; `label` is how messages name the file. */
export function parseSnapshot(text: string, label: string): LoadedSnapshot {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const { isJson, ...failure } = jsonFailure(text, error, 'faultline inventory snapshot');
    const fix = isJson ? 'write the file again with `faultline scan`, or fix the JSON by hand' : 'give the file `faultline scan` wrote, or an inventory in its format (README: Inventory snapshot)';
    throw new InputError('E_INVENTORY', [{ file: label, ...failure, fix }], { cause: error });
  }
  const problems = checkSnapshot(data);
  if (problems.length > 0) throw new InputError('E_INVENTORY', locateProblems(text, label, problems));
  return snapshotOf(data as Record<string, unknown>, label);
}

/** Snapshots from this size on are read in pieces (about 280,000 resources as `scan` writes them). */
const readInPiecesFrom = 64 * 2 ** 20;

/**
 * A large snapshot, read in pieces (read-json-in-pieces.ts), so that its text is never
 * one string beside the objects it makes: for a million resources, 230 MB. Undefined
 * when the file is smaller (reading it whole is faster), cannot be read, or has
 * anything amiss: the caller then reads it whole, to report the problem at its line.
 */
export async function readLargeSnapshot(file: string, { from = readInPiecesFrom }: { from?: number } = {}): Promise<LoadedSnapshot | undefined> {
  const size = await stat(file).then(
    (found) => found.size,
    () => 0,
  );
  if (size < from) return undefined;
  const data = await readJsonInPieces(file, { arrays: ['resources', 'dependencies', 'ignored'] });
  return data === undefined || checkSnapshot(data).length > 0 ? undefined : snapshotOf(data, file);
}

function snapshotOf(data: Record<string, unknown>, label: string): LoadedSnapshot {
  const snapshot = data as unknown as Omit<Snapshot, 'file'>;
  return {
    file: label,
    scannedAt: snapshot.scannedAt,
    partial: snapshot.partial === true,
    errors: snapshot.errors ?? [],
    scanned: data.coverage !== undefined,
    sample: data.sample === true,
    // The parsed objects are used as they are: copying a million of them costs more than reading them.
    resources: snapshot.resources as Resource[],
    ...(Array.isArray(snapshot.dependencies) && { dependencies: snapshot.dependencies.map((dependency) => withDefaults(dependency, label)) }),
    ...(Array.isArray(snapshot.ignored) && { ignored: snapshot.ignored.map((dependency) => withDefaults(dependency, label)) }),
  };
}

/** A dependency as a hand-made snapshot may write it: declared, and found in that file, unless it says otherwise. */
function withDefaults<T extends Dependency>(dependency: T, label: string): T {
  return { ...dependency, kind: dependency.kind ?? 'declared', provenance: dependency.provenance ?? `inventory ${label}` };
}

function checkSnapshot(data: unknown): Problem[] {
  const problems: Problem[] = [];
  if (!isRecord(data)) return [{ path: [], message: 'is not a faultline inventory snapshot', fix: 'expected a JSON object with "faultlineInventory": 1' }];
  if (data.faultlineInventory !== 1) {
    problems.push({ path: ['faultlineInventory'], message: `must be 1, got ${JSON.stringify(data.faultlineInventory)}`, fix: 'this snapshot was not written by `faultline scan`, or by a newer version' });
  }
  if (typeof data.scannedAt !== 'string' || !isIsoTime(data.scannedAt)) {
    problems.push({ path: ['scannedAt'], message: typeof data.scannedAt === 'string' && isoShape.test(data.scannedAt) ? `${data.scannedAt} is no real time` : 'must be an ISO 8601 time', fix: 'e.g. "2026-11-20T10:00:00Z"' });
  }
  if (data.partial !== undefined && typeof data.partial !== 'boolean') problems.push({ path: ['partial'], message: 'must be true or false', fix: 'write "partial": false' });
  if (data.sample !== undefined && typeof data.sample !== 'boolean') {
    problems.push({ path: ['sample'], message: 'must be true or false', fix: 'write "sample": true for a hand-made example inventory, or leave it out' });
  }
  if (data.errors !== undefined && !Array.isArray(data.errors)) problems.push({ path: ['errors'], message: 'must be a list', fix: 'write "errors": []' });
  if (Array.isArray(data.errors)) {
    (data.errors as unknown[]).forEach((entry, i) => {
      if (problems.length >= maxProblems) return;
      const error = entry as Record<string, unknown> | null;
      if (typeof error !== 'object' || error === null || Array.isArray(error)) {
        problems.push({ path: ['errors', i], message: `must be an object, got ${entry === null ? 'null' : typeof entry}`, fix: 'each error is {"account", "region", "code", "message"}' });
        return;
      }
      for (const key of ['code', 'message'] as const) {
        if (typeof error[key] !== 'string') problems.push({ path: ['errors', i, key], message: error[key] === undefined ? 'is missing' : 'must be a string', fix: `add "${key}": "..."` });
      }
      for (const key of ['account', 'region'] as const) {
        if (error[key] !== undefined && typeof error[key] !== 'string') problems.push({ path: ['errors', i, key], message: 'must be a string', fix: `quote it: "${key}": "${String(error[key])}"` });
      }
    });
  }
  if (!Array.isArray(data.resources)) {
    problems.push({ path: ['resources'], message: 'must be a list of resources', fix: 'write "resources": [ ... ]' });
    return problems;
  }
  checkResources(data.resources, problems);
  if (problems.length === 0 && (data.dependencies !== undefined || data.ignored !== undefined)) {
    // One id table for both lists: a million resources are a million entries.
    const ids = new Set((data.resources as Array<{ id: string }>).map((resource) => resource.id));
    for (const key of ['dependencies', 'ignored'] as const) checkDependencies(data, key, ids, problems);
  }
  return problems;
}

function checkResources(resources: unknown[], problems: Problem[]): void {
  for (let i = 0; i < resources.length && problems.length < maxProblems; i++) {
    const resource = resources[i];
    if (isWellFormedResource(resource)) continue;
    if (!isRecord(resource)) {
      problems.push({ path: ['resources', i], message: 'must be an object', fix: 'each resource is {"id", "provider", "type", ...}' });
      continue;
    }
    for (const key of ['id', 'provider', 'type'] as const) {
      if (typeof resource[key] !== 'string' || resource[key] === '') {
        problems.push({ path: ['resources', i, key], message: resource[key] === undefined ? 'is missing' : 'must be a non-empty string', fix: `add "${key}": "..."` });
      }
    }
    for (const key of ['region', 'zone', 'account'] as const) {
      if (resource[key] !== undefined && typeof resource[key] !== 'string') {
        problems.push({ path: ['resources', i, key], message: 'must be a string', fix: `quote it: "${key}": "${String(resource[key])}"` });
      }
    }
    // Each becomes part of a failure domain's name: what a domain cannot express is refused here, not met later.
    for (const key of ['provider', 'region', 'zone', 'account'] as const) {
      const value = resource[key];
      if (typeof value === 'string' && value !== '' && !placeName.test(value)) {
        problems.push({ path: ['resources', i, key], message: `${JSON.stringify(value)} cannot name a failure domain (lower case letters, digits, . _ - only)`, fix: `write the ${key} as the cloud names it, e.g. ${examples[key]}` });
      }
    }
    const tags = resource.tags;
    if (tags !== undefined && !hasStringValues(tags)) {
      problems.push({ path: ['resources', i, 'tags'], message: 'must map tag keys to string values', fix: 'e.g. "tags": {"service": "links"}' });
    }
  }
}

/**
 * What a source found between the resources, as Terraform, a catalog or DNS logs give
 * it (DESIGN section 8), written by any tool: each from a resource of this file, to ids
 * of resources (of any entry) or components; `ignored` ones say why.
 */
function checkDependencies(data: Record<string, unknown>, key: 'dependencies' | 'ignored', ids: ReadonlySet<string>, problems: Problem[]): void {
  const list = data[key];
  if (list === undefined) return;
  if (!Array.isArray(list)) {
    problems.push({ path: [key], message: 'must be a list', fix: `write "${key}": [ {"from": "<resource id>", "to": ["<id>"]} ]` });
    return;
  }
  const shape = '{"from": "<resource id>", "to": ["<id>", ...], "kind": "declared" | "observed", "provenance": "...", "via": "...", "alternatives": true}';
  for (let i = 0; i < list.length && problems.length < maxProblems; i++) {
    const entry: unknown = list[i];
    const at = (field: string) => [key, i, field];
    if (!isRecord(entry)) {
      problems.push({ path: [key, i], message: 'must be an object', fix: `each is ${shape}` });
      continue;
    }
    if (typeof entry.from !== 'string' || entry.from === '') problems.push({ path: at('from'), message: entry.from === undefined ? 'is missing' : 'must be a non-empty string', fix: 'name the resource that needs, by its id' });
    else if (!ids.has(entry.from)) problems.push({ path: at('from'), message: `${entry.from} is no resource of this file`, fix: 'a dependency starts at a resource of the same snapshot: add the resource, or correct the id' });
    if (!Array.isArray(entry.to) || entry.to.length === 0 || !entry.to.every((id) => typeof id === 'string' && id !== '')) {
      problems.push({ path: at('to'), message: entry.to === undefined ? 'is missing' : 'must be a non-empty list of ids', fix: 'e.g. "to": ["arn:aws:dynamodb:us-east-1:111122223333:table/links"]' });
    }
    if (entry.kind !== undefined && entry.kind !== 'declared' && entry.kind !== 'observed') problems.push({ path: at('kind'), message: `must be "declared" or "observed", got ${JSON.stringify(entry.kind)}`, fix: 'declared: written in code or a catalog; observed: seen at run time' });
    for (const field of ['provenance', 'via'] as const) {
      if (entry[field] !== undefined && typeof entry[field] !== 'string') problems.push({ path: at(field), message: 'must be a string', fix: `quote it: "${field}": "..."` });
    }
    if (entry.alternatives !== undefined && typeof entry.alternatives !== 'boolean') problems.push({ path: at('alternatives'), message: 'must be true or false', fix: 'true: any one of the targets suffices' });
    if (entry.evidence !== undefined && !isEvidence(entry.evidence)) problems.push({ path: at('evidence'), message: 'must be {"count": <number>, "firstSeen", "lastSeen", "example": <strings>}, each optional', fix: 'e.g. "evidence": {"count": 12, "firstSeen": "2025-10-13T00:00:00Z"}' });
    if (key === 'ignored' && (typeof entry.reason !== 'string' || entry.reason === '')) problems.push({ path: at('reason'), message: entry.reason === undefined ? 'is missing' : 'must be a non-empty string', fix: 'say why it is not a run-time need' });
  }
}

function isEvidence(value: unknown): boolean {
  if (!isRecord(value)) return false;
  return (value.count === undefined || (typeof value.count === 'number' && Number.isFinite(value.count))) && ['firstSeen', 'lastSeen', 'example'].every((key) => value[key] === undefined || typeof value[key] === 'string');
}

const isoShape = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d))?$/;

/** An ISO 8601 date or time that names a real moment: 2026-02-30 has the form but is none (Date.parse rolls it over to March). */
function isIsoTime(text: string): boolean {
  const match = isoShape.exec(text);
  if (!match || Number.isNaN(Date.parse(text))) return false;
  const [, year, month, day, hour = '0', minute = '0', second = '0'] = match.map((part) => part ?? undefined) as string[];
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day) && Number(hour) < 24 && Number(minute) < 60 && Number(second) < 60;
}

/** What a provider, region, zone or account must look like to be part of a domain's name (an empty region or account: none). */
const placeName = /^[a-z0-9][a-z0-9._-]*$/;
const examples = { provider: 'aws', region: 'us-east-1', zone: 'use1-az1', account: '111122223333' } as const;
const isPlace = (value: unknown) => value === undefined || (typeof value === 'string' && (value === '' || placeName.test(value)));

/** The fast test every resource passes through; only a failure is explained in detail. */
function isWellFormedResource(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.id === 'string' &&
    r.id !== '' &&
    typeof r.provider === 'string' &&
    r.provider !== '' &&
    placeName.test(r.provider) &&
    isPlace(r.region) &&
    isPlace(r.zone) &&
    isPlace(r.account) &&
    typeof r.type === 'string' &&
    r.type !== '' &&
    (r.region === undefined || typeof r.region === 'string') &&
    (r.zone === undefined || typeof r.zone === 'string') &&
    (r.account === undefined || typeof r.account === 'string') &&
    (r.tags === undefined || hasStringValues(r.tags))
  );
}

function hasStringValues(tags: unknown): boolean {
  if (typeof tags !== 'object' || tags === null || Array.isArray(tags)) return false;
  for (const key in tags) if (typeof (tags as Record<string, unknown>)[key] !== 'string') return false;
  return true;
}
