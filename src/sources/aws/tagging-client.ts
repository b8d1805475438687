/** The Resource Groups Tagging API client, configured as every scan client is (see client-config.ts). */
import { ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import { baseConfig, type ClientSettings, type CredentialProvider, type Credentials } from './client-config.js';

export function taggingClient(settings: ClientSettings, region: string, credentials: Credentials | CredentialProvider): ResourceGroupsTaggingAPIClient {
  return new ResourceGroupsTaggingAPIClient(baseConfig(settings, region, credentials));
}
