/**
 * How every SDK client of a scan is configured: the standard credential chain
 * (environment, shared config and profiles, SSO, process, instance roles), or the
 * profile the user names; the SDK's own settings (AWS_ENDPOINT_URL,
 * AWS_MAX_ATTEMPTS, AWS_RETRY_MODE, ...) left to work as users expect; adaptive
 * retry (backoff with jitter plus a client-side rate limiter) for throttling.
 * Types only from the SDK, so a scan worker that needs one client loads only that one.
 */
import type { STSClient } from '@aws-sdk/client-sts';
import type { fromNodeProviderChain } from '@aws-sdk/credential-providers';

export type CredentialProvider = ReturnType<typeof fromNodeProviderChain>;
export type Credentials = Awaited<ReturnType<CredentialProvider>>;

export interface ClientSettings {
  /** Send every request here instead of AWS (a local stack, or tests); AWS_ENDPOINT_URL does the same. */
  endpoint?: string;
  /** Credentials to use instead of the standard chain. */
  credentials?: Credentials | CredentialProvider;
  /** A named profile from the shared config files. */
  profile?: string;
  /** Attempts per request, retries included (default 6). */
  maxAttempts?: number;
  /** Milliseconds to open a connection before giving up (default 5,000). */
  connectionTimeoutMs?: number;
  /** Milliseconds a request may take, answer included, before it fails (default 30,000); retried like any transient failure. */
  requestTimeoutMs?: number;
}

export const defaultTimeouts = { connectionTimeoutMs: 5_000, requestTimeoutMs: 30_000 } as const;

type ClientLogger = NonNullable<ConstructorParameters<typeof STSClient>[0]>['logger'];

/**
 * A logger without `info`: the SDK logs each response through `logger?.info?.(...)`
 * after copying it through its sensitive-data filter, and without `info` it skips
 * both. faultline logs nothing from the SDK, and the filter was a sixth of a scan's CPU.
 */
const quietLogger = { debug() {}, warn() {}, error() {} } as unknown as ClientLogger;

/** What every client of a scan is given: the settings each SDK client's configuration shares. */
export interface BaseClientConfig {
  region: string;
  credentials: Credentials | CredentialProvider;
  logger: ClientLogger;
  retryMode: string;
  maxAttempts: number;
  requestHandler: { connectionTimeout: number; requestTimeout: number; throwOnRequestTimeout: boolean };
  endpoint?: string;
}

export function baseConfig(settings: ClientSettings, region: string, credentials: Credentials | CredentialProvider): BaseClientConfig {
  return {
    region,
    credentials,
    logger: quietLogger,
    // Adaptive: exponential backoff with full jitter, and a token bucket that slows
    // the client down when AWS throttles it. Environment settings still win.
    retryMode: process.env.AWS_RETRY_MODE ?? 'adaptive',
    maxAttempts: settings.maxAttempts ?? (process.env.AWS_MAX_ATTEMPTS ? Number(process.env.AWS_MAX_ATTEMPTS) : 6),
    // Without these a request to an endpoint that stops answering waits for ever. A
    // request timeout alone only logs a warning in this SDK: it must be asked to throw.
    requestHandler: {
      connectionTimeout: settings.connectionTimeoutMs ?? defaultTimeouts.connectionTimeoutMs,
      requestTimeout: settings.requestTimeoutMs ?? defaultTimeouts.requestTimeoutMs,
      throwOnRequestTimeout: true,
    },
    ...(settings.endpoint !== undefined && { endpoint: settings.endpoint }),
  };
}

