/**
 * Aggregated query rows as an inventory (DESIGN section 8): each source that asked (an
 * instance by its ARN, else its VPC or inbound Resolver endpoint) becomes a resource,
 * and each thing it was seen calling an observed dependency with its evidence: count,
 * first and last seen, the name asked most. Nothing is dropped: a name that does not
 * exist (NXDOMAIN), a name that is no call, one the manifest marks soft or ignored, one
 * seen too rarely (`minCount`) or not lately (`since`) is kept as ignored, with why.
 *
 * Targets are named for the core to resolve: `aws-data/<service>@<region>` (a service's
 * data plane in a region; `aws-data/<service>` for the global edge), `saas:<vendor>`
 * (a catalog vendor), `dns:<registrable domain>` (unknown), or the component or ARN
 * the manifest gives an estate name.
 */
import type { Dependency, IgnoredDependency, Resource } from '../../core/inventory.js';
import { knowledge as builtIn, type Knowledge } from '../../knowledge/index.js';
import { createNameClassifier, type NameClass } from './classify-name.js';
import { nameTable } from './name-table.js';
import { countOf } from '../../core/count-words.js';
import type { QueryRow } from './query-row.js';

export interface DnsInventoryOptions {
  /** How provenance names where the rows came from. */
  file: string;
  knowledge?: Knowledge;
  /** The estate's own names -> component id or ARN. */
  names?: Readonly<Record<string, string>>;
  /** Names (or `*.suffix`) whose loss only degrades the caller -> why. */
  soft?: Readonly<Record<string, string>>;
  /** Names that are not run-time needs -> why. */
  ignore?: Readonly<Record<string, string>>;
  /** Fewer queries than this (from one source to one target) are noise. */
  minCount?: number;
  /** YYYY-MM-DD: a dependency last seen before this day is no longer current. */
  since?: string;
  /**
   * What the other sources place in each VPC, by `<region> <vpc id>`: a query the logs
   * tie only to a VPC is handed to its workloads (knowledge: `awsEndpoints.vpcWorkloads`).
   */
  inVpc?: Readonly<Record<string, ReadonlyArray<{ id: string; type: string }>>>;
}

export interface DnsInventory {
  resources: Resource[];
  dependencies: Dependency[];
  ignored: IgnoredDependency[];
  /** The latest query seen, for the inventory's date. */
  lastSeen?: string;
  /** Calls that stay with a VPC because no source places a workload in it. */
  warnings: string[];
}

interface Edge {
  from: string;
  to: string;
  reason?: string;
  count: number;
  firstSeen: string;
  lastSeen: string;
  /** Queries per name, for the example and `via`. */
  names: Map<string, number>;
  notes: Set<string>;
}

export function toDnsInventory(rows: readonly QueryRow[], options: DnsInventoryOptions): DnsInventory {
  const knowledge = options.knowledge ?? builtIn;
  const classify = createNameClassifier(knowledge, options.names !== undefined ? { names: options.names } : {});
  const soft = nameTable(Object.entries(options.soft ?? {}));
  const ignore = nameTable(Object.entries(options.ignore ?? {}));
  const optIn = new Set(knowledge.regions.filter((list) => list.provider === 'aws').flatMap((list) => list.regions.filter((region) => region.optIn === true).map((region) => region.name)));
  const resources = new Map<string, Resource>();
  const edges = new Map<string, Edge>();
  let lastSeen: string | undefined;

  for (const row of rows) {
    const from = sourceResource(row, options.file, resources);
    if (lastSeen === undefined || row.lastSeen > lastSeen) lastSeen = row.lastSeen;
    const named = classify(row.name);
    const { to, note } = targetOf(named, row, optIn);
    const marked = ignore.find(row.name) ?? soft.find(row.name);
    const reason =
      named.kind === 'internal'
        ? `not a call to a service: ${named.why}`
        : row.rcode === 'NXDOMAIN'
          ? 'the name does not exist (NXDOMAIN): a lookup that found nothing is no dependency'
          : marked !== undefined
            ? ignore.find(row.name) !== undefined
              ? `the manifest says it is not a run-time need (${marked.key}): ${marked.value}`
              : `soft (the manifest, ${marked.key}: ${marked.value}): losing it degrades, it does not stop`
            : undefined;
    const key = `${from}\u0000${to}\u0000${reason ?? ''}`;
    let edge = edges.get(key);
    if (edge === undefined) edges.set(key, (edge = { from, to, ...(reason !== undefined && { reason }), count: 0, firstSeen: row.firstSeen, lastSeen: row.lastSeen, names: new Map(), notes: new Set() }));
    edge.count += row.count;
    if (row.firstSeen < edge.firstSeen) edge.firstSeen = row.firstSeen;
    if (row.lastSeen > edge.lastSeen) edge.lastSeen = row.lastSeen;
    edge.names.set(row.name, (edge.names.get(row.name) ?? 0) + row.count);
    if (note !== undefined) edge.notes.add(note);
  }

  const dependencies: Dependency[] = [];
  const ignored: IgnoredDependency[] = [];
  const provenance = `dns-logs ${options.file}`;
  const vpcs = vpcsAsked(resources, options.inVpc ?? {}, knowledge);
  for (const edge of [...edges.values()].sort(byEdge)) {
    const dependency: Dependency = { from: edge.from, to: [edge.to], kind: 'observed', provenance, via: viaOf(edge), evidence: { count: edge.count, firstSeen: edge.firstSeen, lastSeen: edge.lastSeen, example: exampleOf(edge) } };
    const reason =
      edge.reason ??
      (options.minCount !== undefined && edge.count < options.minCount
        ? `seen ${edge.count} time${edge.count === 1 ? '' : 's'}, fewer than minCount ${options.minCount}`
        : options.since !== undefined && edge.lastSeen < options.since
          ? `last seen ${edge.lastSeen}, before since ${options.since}`
          : undefined);
    const vpc = vpcs.get(edge.from);
    if (reason !== undefined) ignored.push({ ...dependency, reason });
    else if (vpc === undefined || vpc.workloads.length === 0) {
      dependencies.push(dependency);
      if (vpc !== undefined) vpc.stayed++;
    } else {
      // The VPC is all the logs know of the caller: each workload in it may be the one, so each needs it, and says how it came to.
      const { id, workloads } = vpc;
      const handed = `seen from ${id}, the only source the logs name: handed to each of the ${countOf(workloads.length, 'workload')} in it`;
      for (const member of workloads) dependencies.push({ ...dependency, from: member, via: `${dependency.via}; ${handed}` });
      ignored.push({ ...dependency, reason: `handed to the ${countOf(workloads.length, 'workload')} the inventory places in ${id} (${listed(workloads)}): the logs name no finer source` });
    }
  }
  dependencies.sort(byFromTo);
  const asking = knowledge.awsEndpoints.vpcWorkloads.map((entry) => entry.type).join(', ');
  // By the VPC's ARN, whatever order the rows came in.
  const warnings = [...vpcs]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, vpc]) => vpc)
    .filter((vpc) => vpc.stayed > 0)
    .map(
      ({ id, region, stayed: n }) =>
        `${options.file}: ${countOf(n, 'call')} from ${id} (${region}) name${n === 1 ? 's' : ''} no finer source than the VPC, and no inventory entry places a workload that asks from it (${asking}): ${n === 1 ? 'it stays' : 'they stay'} with the VPC, which no capability needs; add the Terraform state that holds its functions and services`,
    );
  return { resources: [...resources.values()].sort((a, b) => (a.id < b.id ? -1 : 1)), dependencies, ignored, warnings, ...(lastSeen !== undefined && { lastSeen }) };
}

/** A VPC the logs name as a source: its id, the workloads in it that could have asked, and how many of its calls stay with it. */
interface VpcAsked {
  id: string;
  region: string;
  workloads: string[];
  stayed: number;
}

/**
 * Each VPC the logs name as a source (by its ARN) with the workloads in it that ask
 * without an instance id (a Lambda function, an ECS service), sorted; instances ask under
 * their own id, so none is handed a VPC's call.
 */
function vpcsAsked(resources: ReadonlyMap<string, Resource>, inVpc: NonNullable<DnsInventoryOptions['inVpc']>, knowledge: Knowledge): Map<string, VpcAsked> {
  const askers = new Set(knowledge.awsEndpoints.vpcWorkloads.map((entry) => entry.type));
  const found = new Map<string, VpcAsked>();
  for (const resource of resources.values()) {
    if (resource.type !== 'ec2:vpc') continue;
    // A source's resource is named by what the logs called it: the VPC's id.
    const id = resource.origins![0]!.address!;
    const region = resource.region!;
    const members = (inVpc[`${region} ${id}`] ?? []).filter((member) => askers.has(member.type)).map((member) => member.id);
    found.set(resource.id, { id, region, workloads: [...new Set(members)].sort(), stayed: 0 });
  }
  return found;
}

function listed(ids: readonly string[]): string {
  return ids.length > 3 ? `${ids.slice(0, 3).join(', ')} and ${ids.length - 3} more` : ids.join(', ');
}

function byFromTo(a: Dependency, b: Dependency): number {
  const x = `${a.from}\u0000${a.to.join('\u0000')}`;
  const y = `${b.from}\u0000${b.to.join('\u0000')}`;
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The source of a row as a resource, by the identity every source shares: an instance
 * or VPC by its ARN (so a scan, Terraform and the logs meet on one node), an inbound
 * Resolver endpoint likewise; anything else as `dns-logs:<id>`.
 */
function sourceResource(row: QueryRow, file: string, resources: Map<string, Resource>): string {
  const { source, account, region } = row;
  const [id, type] = source.startsWith('i-')
    ? [`arn:aws:ec2:${region}:${account}:instance/${source}`, 'ec2:instance']
    : source.startsWith('vpc-')
      ? [`arn:aws:ec2:${region}:${account}:vpc/${source}`, 'ec2:vpc']
      : source.startsWith('rslvr-')
        ? [`arn:aws:route53resolver:${region}:${account}:resolver-endpoint/${source}`, 'route53resolver:resolver-endpoint']
        : [`dns-logs:${source}`, 'dns-logs:source'];
  if (!resources.has(id)) resources.set(id, { id, provider: 'aws', region, account, type, origins: [{ source: 'dns-logs', file, address: source }] });
  return id;
}

/**
 * Where a name leads. A host served from one region leads to that region's data plane;
 * the global STS endpoint, since AWS changed it (2025-04-18), is served in the caller's
 * own region when that region is enabled by default, and still from us-east-1 for
 * opt-in regions and for anything seen only before: the row's last sighting decides.
 */
function targetOf(named: NameClass, row: QueryRow, optIn: ReadonlySet<string>): { to: string; note?: string } {
  switch (named.kind) {
    case 'aws': {
      const { global } = named;
      if (global === undefined) return { to: named.region === 'global' ? `aws-data/${named.service}` : `aws-data/${named.service}@${named.region}` };
      const source = global.sources[0]?.url ?? '';
      const local = global.servedInCallerRegionSince;
      if (local !== undefined && row.lastSeen >= local && !optIn.has(row.region)) {
        return { to: `aws-data/${named.service}@${row.region}`, note: `${global.host} is a global endpoint, served in the caller's region (${row.region}) since ${local} for regions enabled by default (${source})` };
      }
      return { to: `aws-data/${named.service}@${global.servedFrom}`, note: `${global.host} is a global endpoint served from ${global.servedFrom}${local !== undefined ? ` for ${optIn.has(row.region) ? 'opt-in regions' : `queries before ${local}`}` : ''} (${source})` };
    }
    case 'saas':
      return { to: `saas:${named.vendor}` };
    case 'estate':
      return { to: named.target };
    case 'internal':
      return { to: `dns:${row.name}` };
    case 'unknown':
      return { to: `dns:${named.domain}` };
  }
}

/** The name asked most, ties by name: the same from raw logs and from aggregated rows. */
function exampleOf(edge: Edge): string {
  let best = '';
  let most = -1;
  for (const [name, count] of edge.names) if (count > most || (count === most && name < best)) [best, most] = [name, count];
  return best;
}

/** How many names `via` lists before it counts the rest. */
const listedNames = 5;

function viaOf(edge: Edge): string {
  const names = [...edge.names.keys()].sort();
  const listed = names.length > listedNames ? `${names.slice(0, listedNames).join(', ')} and ${names.length - listedNames} more names` : names.join(', ');
  return [listed, ...[...edge.notes].sort()].join('; ');
}

function byEdge(a: Edge, b: Edge): number {
  const x = `${a.from}\u0000${a.to}\u0000${a.reason ?? ''}`;
  const y = `${b.from}\u0000${b.to}\u0000${b.reason ?? ''}`;
  return x < y ? -1 : x > y ? 1 : 0;
}
