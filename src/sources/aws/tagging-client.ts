/** The Resource Groups Tagging API client, configured as every scan client is (see client-config.ts). */
import { ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import { baseConfig, type ClientSettings, type CredentialProvider, type Credentials } from './client-config.js';

export function taggingClient(settings: ClientSettings, region: string, credentials: Credentials | CredentialProvider): ResourceGroupsTaggingAPIClient {
  return new ResourceGroupsTaggingAPIClient({
    ...baseConfig(settings, region, credentials),
    // Resolve the middleware stack once per command class rather than on every
    // request (an SDK option; about a fifth of a request's CPU). Safe here: nothing
    // changes the client's middleware, and a scan sends one region's pages one
    // after another, never two requests at once on one client.
    cacheMiddleware: true,
  });
}
