/**
 * AWS resource types in four spellings (the ARN's `service:resourceType`,
 * CloudFormation, Terraform, plain words), so every piece of knowledge keyed by
 * type (scenarios, control planes, what a type needs) reaches a component however
 * its type was written. Read 2026-12; every row cites its sources.
 */
import type { AwsResourceType } from '../schema.js';
import { computeTypes } from './compute.js';
import { dataStoreTypes } from './data-stores.js';
import { identityTypes } from './identity.js';
import { networkTypes } from './network.js';
import { securityAndOperationsTypes } from './security-and-operations.js';

export const awsResourceTypes: readonly AwsResourceType[] = [...dataStoreTypes, ...computeTypes, ...networkTypes, ...securityAndOperationsTypes, ...identityTypes];
export { awsSubresourceSpellings } from './subresources.js';
export { ambiguousWords } from './ambiguous-words.js';
