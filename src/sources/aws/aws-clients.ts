/**
 * The SDK clients a scan uses, all configured one way (see client-config.ts).
 */
import { EC2Client } from '@aws-sdk/client-ec2';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { STSClient } from '@aws-sdk/client-sts';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { baseConfig, type ClientSettings, type CredentialProvider, type Credentials } from './client-config.js';

export { defaultTimeouts, type ClientSettings, type CredentialProvider, type Credentials } from './client-config.js';
export { taggingClient } from './tagging-client.js';

export function baseCredentials(settings: ClientSettings): Credentials | CredentialProvider {
  return settings.credentials ?? fromNodeProviderChain(settings.profile !== undefined ? { profile: settings.profile } : {});
}

export function stsClient(settings: ClientSettings, region: string, credentials: Credentials | CredentialProvider): STSClient {
  // A regional STS endpoint, so assuming roles does not depend on us-east-1.
  return new STSClient(baseConfig(settings, region, credentials));
}

export function ec2Client(settings: ClientSettings, region: string, credentials: Credentials | CredentialProvider): EC2Client {
  return new EC2Client(baseConfig(settings, region, credentials));
}

export function organizationsClient(settings: ClientSettings, region: string, credentials: Credentials | CredentialProvider): OrganizationsClient {
  return new OrganizationsClient(baseConfig(settings, region, credentials));
}

/** The region for discovery calls: the profile's or the environment's, else us-east-1. */
export async function homeRegion(settings: ClientSettings): Promise<string> {
  try {
    const probe = new STSClient(settings.profile !== undefined ? { profile: settings.profile } : {});
    const region = await probe.config.region();
    probe.destroy();
    if (region) return region;
  } catch {
    // No region configured anywhere: fall through.
  }
  return 'us-east-1';
}
