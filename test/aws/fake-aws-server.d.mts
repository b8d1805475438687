export interface Mapping {
  ResourceARN: string;
  Tags?: Array<{ Key: string; Value: string }>;
}
interface Where {
  account?: string;
  region?: string;
}
export interface Faults {
  throttle?: Array<Where & { times: number }>;
  internalError?: Array<Where & { times: number }>;
  failRegion?: Array<Where & { status?: number; code?: string; message?: string }>;
  expireToken?: Array<Where & { afterPage: number; times?: number }>;
  repeatToken?: Array<Where & { atPage: number; times?: number }>;
  loopForever?: Array<Where & { atPage: number }>;
  denyAssume?: string[];
  /** The request is never answered, from page `afterPage + 1` on (default: from the first). */
  hang?: Array<Where & { afterPage?: number }>;
  /** An error whose body is not the service's format (an HTML page, XML from a gateway). */
  rawError?: Array<Where & { status: number; contentType: string; body: string; times?: number }>;
}
export interface FakeAwsOptions {
  callerAccount: string;
  callerAccessKeyId?: string;
  /** account -> region -> resources */
  resources: Record<string, Record<string, Mapping[]>>;
  enabledRegions?: Record<string, string[]> | string[];
  /** Regions DescribeRegions lists as not opted in. */
  notOptedInRegions?: string[];
  organization?: { accounts: Array<{ Id: string; Name?: string; Status?: string }> };
  latencyMs?: number;
  faults?: Faults;
  /** S3 objects by "bucket/key", for GetObject. */
  objects?: Record<string, string>;
  /** "bucket/key" that answer 403 AccessDenied. */
  deniedObjects?: string[];
}
export interface Call {
  service: string;
  action: string | null;
  account: string;
  region?: string;
  token?: string;
  filters?: string[];
  key?: string;
}
export interface FakeAws {
  url: string;
  callerAccessKeyId: string;
  calls: Call[];
  close(): Promise<void>;
}
export function startFakeAws(options: FakeAwsOptions): Promise<FakeAws>;
