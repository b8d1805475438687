/** Built-in knowledge, as one value the core takes as a parameter (and tests can replace). */
import { controlPlanes, typeNeeds } from './aws-control-planes.js';
import { saasCatalog } from './saas/index.js';
import { scenarioLibrary } from './scenarios.js';
import { ambiguousWords, awsResourceTypes, awsSubresourceSpellings } from './aws-types/index.js';
import { pseudoRegions, regionLists } from './regions/index.js';
import { endpointPatterns, globalEndpoints, internalNames, vpcWorkloads, type EndpointPattern, type GlobalEndpoint, type InternalName, type VpcWorkload } from './aws-endpoints/index.js';
import type { AmbiguousWords, AwsResourceType, AwsSubresourceSpelling, ControlPlane, RegionList, SaasVendor, ScenarioDefinition, TypeNeeds } from './schema.js';

export interface Knowledge {
  controlPlanes: readonly ControlPlane[];
  typeNeeds: readonly TypeNeeds[];
  saas: readonly SaasVendor[];
  scenarios: readonly ScenarioDefinition[];
  /** AWS resource types in their four spellings (ARN form, CloudFormation, Terraform, words). */
  awsTypes: readonly AwsResourceType[];
  awsSubresources: readonly AwsSubresourceSpelling[];
  ambiguousWords: readonly AmbiguousWords[];
  /** Region names per provider (AWS, Google Cloud, Azure). */
  regions: readonly RegionList[];
  /** Names that stand where a region does without being one (`global`). */
  pseudoRegions: Readonly<Record<string, readonly string[]>>;
  /** AWS endpoint host names (for DNS query logs): patterns in evaluation order, hosts served from one Region, names that are no AWS call; workloads whose queries the logs tie only to their VPC. */
  awsEndpoints: { patterns: readonly EndpointPattern[]; globals: readonly GlobalEndpoint[]; internal: readonly InternalName[]; vpcWorkloads: readonly VpcWorkload[] };
}

export const knowledge: Knowledge = {
  controlPlanes,
  typeNeeds,
  saas: saasCatalog,
  scenarios: scenarioLibrary,
  awsTypes: awsResourceTypes,
  awsSubresources: awsSubresourceSpellings,
  ambiguousWords,
  regions: regionLists,
  pseudoRegions,
  awsEndpoints: { patterns: endpointPatterns, globals: globalEndpoints, internal: internalNames, vpcWorkloads },
};

export type { EndpointPattern, GlobalEndpoint, InternalName, VpcWorkload } from './aws-endpoints/index.js';
export type { AmbiguousWords, AwsResourceType, AwsSubresourceSpelling, ControlPlane, RegionList, SaasVendor, ScenarioDefinition, TypeNeeds } from './schema.js';
