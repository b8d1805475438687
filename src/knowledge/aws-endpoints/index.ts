/** AWS endpoint host names, for classifying what DNS query logs show an estate calling (see README, "Observed dependencies"). */
export { endpointPatterns } from './endpoint-patterns.js';
export { globalEndpoints } from './global-endpoints.js';
export { internalNames } from './internal-names.js';
export { vpcWorkloads, type VpcWorkload } from './vpc-workloads.js';
export type { EndpointPattern, EndpointSource, GlobalEndpoint, InternalName } from './sources.js';
