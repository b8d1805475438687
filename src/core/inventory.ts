/**
 * Inventory snapshots (DESIGN section 5): what `scan` writes and `inventory: - file:` reads.
 */

/** One scanned resource as a snapshot holds it. */
export interface Resource {
  /**
   * One identity per thing (DESIGN section 8): the ARN when it has one, whichever
   * source saw it; else `<source>:<native id>` (`terraform:module.api.aws_lb.main`).
   */
  id: string;
  provider: string;
  region?: string;
  zone?: string;
  account?: string;
  /** `service:resourceType`, e.g. `dynamodb:table`. */
  type: string;
  tags?: Record<string, string>;
  /** Where a source other than a scan found it: a Terraform address in a state file, a catalog entity. */
  origins?: ResourceOrigin[];
  /** A SaaS vendor it is a product of: puts it in `vendor:<id>` (a catalog entity annotated so). */
  vendor?: string;
  /** Further failure domains a source says it is in, written in full (`custom:checkout`). */
  domains?: string[];
  /**
   * Host names it answers to, where a source knows them (a DNS record's name, a load
   * balancer's or a database's endpoint, from Terraform): how DNS query logs reach it.
   */
  dnsNames?: string[];
  /**
   * The VPC it runs in (`vpc-0abc…`), where a source knows it (Terraform): a query the
   * DNS logs attribute only to a VPC is handed to the workloads in it.
   */
  vpc?: string;
}

/** Where a source read a resource. */
export interface ResourceOrigin {
  /** `terraform`, `backstage`, `dns-logs`. */
  source: string;
  /** The file (or URL) it was read from. */
  file: string;
  /** The source's own name for it: a Terraform address, an entity ref. */
  address?: string;
}

/**
 * A dependency a source found (DESIGN section 8): `from` needs `to` at run time.
 * Several targets with `alternatives` mean any one of them suffices; without, all
 * are needed.
 */
export interface Dependency {
  from: string;
  to: string[];
  alternatives?: boolean;
  /** `declared` in infrastructure code or a catalog; `observed` at run time. */
  kind: 'declared' | 'observed';
  /** Which source says so, and where: `terraform infra/prod.tfstate aws_lambda_function.worker`. */
  provenance: string;
  /** The argument or relation that makes the reference: `environment.variables.ORDERS_TABLE`, `dependsOn`. */
  via?: string;
  /** For observed dependencies: how often and when it was seen, and one example. */
  evidence?: { count?: number; firstSeen?: string; lastSeen?: string; example?: string };
}

/**
 * Resources a source ties a node to by what they are rather than by id (tags, a type, a
 * region, a name), as a catalog entity's annotations do: resolved against the whole
 * inventory when the model is built, since the resources may come from another source.
 * All matches are needed, as for a manifest `select:` without `redundancy`.
 */
export interface ResourceSelection {
  from: string;
  select: { tags?: Record<string, string>; type?: string; region?: string; account?: string };
  /** The last part of the ARN's resource (a Lambda function's name), when the selection names one. */
  name?: string;
  provenance: string;
  /** The annotation that says so: `metadata.annotations["aws.amazon.com/amazon-ecs-service-tags"]`. */
  via: string;
}

/** A reference a source found that is not a run-time need, kept so nothing discovered is hidden: with why. */
export interface IgnoredDependency extends Dependency {
  /** `an alarm watches, it is not needed`, `the manifest says: ...`. */
  reason: string;
}

export interface SnapshotError {
  account?: string;
  region?: string;
  code: string;
  message: string;
}

/** A snapshot as read from a file, named by `file` in messages and provenance. */
export interface Snapshot {
  file: string;
  scannedAt: string;
  partial: boolean;
  errors: SnapshotError[];
  resources: Resource[];
  /** Written by a scan that recorded what it asked (`coverage`). */
  scanned?: boolean;
  /**
   * A hand-made example inventory (`"sample": true`), not a scan of a live estate:
   * its age means nothing, so no age check applies. `scan` never writes it.
   */
  sample?: boolean;
  /** What a discovery source found between the resources (Terraform, a catalog, DNS logs). */
  dependencies?: Dependency[];
  /** References it found that are not run-time needs, with why. */
  ignored?: IgnoredDependency[];
  /** Resources its nodes are tied to by tags or type, resolved against the whole inventory. */
  selections?: ResourceSelection[];
  /**
   * The local files a source read, when `file` is not one (a catalog's glob, a URL): what
   * `serve --watch` watches and `--out` never writes over.
   */
  read?: string[];
  /** The source, when not a scan snapshot: its age is then not a scan's age. */
  source?: 'terraform' | 'backstage' | 'dns-logs';
}

/** Regions that mean "global": such a resource is in its provider's global data-plane domain (`region:aws/global`), not in a region. */
export function isGlobalRegion(region: string | undefined): boolean {
  return region === undefined || region === '' || region === 'global';
}
