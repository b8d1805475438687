/**
 * Region names of the providers faultline has a list for (AWS, Google Cloud,
 * Azure), so a typo (`eu-centrl-1`) is caught instead of silently making a new
 * failure domain. A provider without a list accepts any region. A region newer
 * than these lists is accepted when the manifest names it under
 * `knowledge.regions`. Read 2026-12; see each list's sources.
 */
import type { RegionList } from '../schema.js';
import { awsPseudoRegions, awsRegions } from './aws.js';
import { azureRegions } from './azure.js';
import { gcpMultiRegions, gcpRegions } from './gcp.js';

export const regionLists: readonly RegionList[] = [awsRegions, gcpRegions, gcpMultiRegions, azureRegions];

/** Names that stand where a region does without being one: AWS's global services (`global` is how faultline places them). */
export const pseudoRegions: Readonly<Record<string, readonly string[]>> = { aws: awsPseudoRegions.names };

export { awsPseudoRegions };
