/** Built-in knowledge, as one value the core takes as a parameter (and tests can replace). */
import { controlPlanes, typeNeeds } from './aws-control-planes.js';
import { saasCatalog } from './saas/index.js';
import { scenarioLibrary } from './scenarios.js';
import { ambiguousWords, awsResourceTypes, awsSubresourceSpellings } from './aws-types/index.js';
import { pseudoRegions, regionLists } from './regions/index.js';
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
};

export type { AmbiguousWords, AwsResourceType, AwsSubresourceSpelling, ControlPlane, RegionList, SaasVendor, ScenarioDefinition, TypeNeeds } from './schema.js';
