/**
 * Where a scan looks: which accounts, with which credentials, and which regions.
 * - accounts: the caller's own (STS GetCallerIdentity); a list of role ARNs
 *   (STS AssumeRole on a regional endpoint) or profile names; or `organization`
 *   (Organizations ListAccounts, then AssumeRole into every ACTIVE account).
 * - regions: a list means exactly those; `all` means the account's enabled
 *   regions (EC2 DescribeRegions, a regional call: no us-east-1 dependency).
 * A failure is recorded against its account and the scan goes on without it.
 */
import { DescribeRegionsCommand } from '@aws-sdk/client-ec2';
import { paginateListAccounts } from '@aws-sdk/client-organizations';
import { AssumeRoleCommand, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { baseCredentials, ec2Client, organizationsClient, stsClient, type ClientSettings, type CredentialProvider, type Credentials } from './aws-clients.js';
import type { Redactor } from './redact.js';
import { failureOf, type TargetFailure } from './scan-failure.js';

export { failureOf, type TargetFailure } from './scan-failure.js';

export interface AccountTarget {
  account: string;
  credentials: Credentials | CredentialProvider;
  regions: string[];
}

export interface TargetsConfig {
  regions?: 'all' | string[];
  accounts?: 'organization' | string[];
  roleName?: string;
}

export const defaultRoleName = 'OrganizationAccountAccessRole';

export async function discoverTargets(
  settings: ClientSettings,
  config: TargetsConfig,
  home: string,
  redactor: Redactor,
): Promise<{ targets: AccountTarget[]; failures: TargetFailure[]; skippedRegions: Array<{ account: string; region: string; reason: 'not-opted-in' }> }> {
  const failures: TargetFailure[] = [];
  const skippedRegions: Array<{ account: string; region: string; reason: 'not-opted-in' }> = [];
  const base = baseCredentials(settings);
  const sts = stsClient(settings, home, base);
  const fail = (account: string | undefined, error: unknown): undefined => {
    failures.push(failureOf(account, error, redactor));
    return undefined;
  };

  // Who is calling proves the credentials work (a failure here fails the scan).
  // With a list of accounts it is asked beside the AssumeRole calls rather than
  // before them: one round trip less before the first region is read.
  const identity = sts.send(new GetCallerIdentityCommand({})).then((answer) => answer.Account!);
  identity.catch(() => undefined); // awaited below; this only keeps a refusal from counting as unhandled meanwhile
  const accounts: Array<{ account: string; credentials: Credentials | CredentialProvider }> = [];
  if (config.accounts === undefined) {
    accounts.push({ account: await identity, credentials: base });
  } else if (config.accounts === 'organization') {
    const caller = await identity;
    const roleName = config.roleName ?? defaultRoleName;
    const members: string[] = [];
    for await (const page of paginateListAccounts({ client: organizationsClient(settings, home, base) }, {})) {
      for (const account of page.Accounts ?? []) {
        // Status is ACTIVE, SUSPENDED or PENDING_CLOSURE; only active accounts can be read.
        if (account.Id && account.Status === 'ACTIVE') members.push(account.Id);
      }
    }
    await Promise.all(
      members.sort().map(async (account) => {
        if (account === caller) accounts.push({ account, credentials: base });
        else {
          const credentials = await assume(sts, `arn:aws:iam::${account}:role/${roleName}`, redactor).catch((error: unknown) => fail(account, error));
          if (credentials) accounts.push({ account, credentials });
        }
      }),
    );
  } else {
    await Promise.all(
      config.accounts.map(async (entry) => {
        const role = /^arn:aws[\w-]*:iam::(\d{12}):role\/.+$/.exec(entry);
        try {
          if (role) accounts.push({ account: role[1]!, credentials: await assume(sts, entry, redactor) });
          else {
            const credentials = fromNodeProviderChain({ profile: entry });
            const identity = await stsClient(settings, home, credentials).send(new GetCallerIdentityCommand({}));
            accounts.push({ account: identity.Account!, credentials });
          }
        } catch (error) {
          fail(role?.[1], error);
        }
      }),
    );
    await identity;
  }

  const targets: AccountTarget[] = [];
  await Promise.all(
    accounts.map(async ({ account, credentials }) => {
      if (Array.isArray(config.regions)) {
        targets.push({ account, credentials, regions: [...config.regions] });
        return;
      }
      try {
        const answer = await ec2Client(settings, home, credentials).send(new DescribeRegionsCommand({}));
        const regions: string[] = [];
        for (const region of answer.Regions ?? []) {
          if (!region.RegionName) continue;
          // A region the account has not opted in to answers every call with an error: say it was left out, and why.
          if (region.OptInStatus === 'not-opted-in') skippedRegions.push({ account, region: region.RegionName, reason: 'not-opted-in' });
          else regions.push(region.RegionName);
        }
        targets.push({ account, credentials, regions: regions.sort() });
      } catch (error) {
        fail(account, error);
      }
    }),
  );
  skippedRegions.sort((a, b) => (a.account < b.account ? -1 : a.account > b.account ? 1 : a.region < b.region ? -1 : 1));
  return { targets: targets.sort((a, b) => (a.account < b.account ? -1 : 1)), failures, skippedRegions };
}

/** Assumes a role once now (so a refusal is reported per account), and again before the credentials expire. */
async function assume(sts: ReturnType<typeof stsClient>, roleArn: string, redactor: Redactor): Promise<CredentialProvider> {
  const fetch = async (): Promise<Credentials> => {
    const answer = await sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'faultline-scan', DurationSeconds: 3600 }));
    const c = answer.Credentials!;
    redactor.remember(c.AccessKeyId, c.SecretAccessKey, c.SessionToken);
    return { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken!, ...(c.Expiration && { expiration: c.Expiration }) };
  };
  let current = await fetch();
  return async () => {
    if (current.expiration && current.expiration.getTime() - Date.now() < 5 * 60_000) current = await fetch();
    return current;
  };
}
