/** How a scan records what failed: a stable code and one redacted line. */
import type { Redactor } from './redact.js';

export interface TargetFailure {
  account?: string;
  region?: string;
  code: string;
  message: string;
}

/**
 * An error as a snapshot records it: a stable code and one line. When the SDK
 * could not read the error's body (an HTML page from a proxy, XML from a gateway)
 * it reports a SyntaxError and hides the answer; the HTTP status is what is known,
 * so the code comes from it (`AccessDenied` for 403, `HTTP503`, ...).
 */
export function failureOf(account: string | undefined, error: unknown, redactor: Redactor, region?: string): TargetFailure {
  const name = (error as { name?: string }).name ?? 'Error';
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode ?? (error as { $response?: { statusCode?: number } }).$response?.statusCode;
  const unreadable = name === 'SyntaxError' || /Deserialization error/i.test((error as Error).message ?? '');
  const rawCode = (error as { code?: string }).code;
  const timedOut = name === 'TimeoutError' || rawCode === 'ETIMEDOUT';
  const code = timedOut ? 'RequestTimeout' : unreadable && status !== undefined ? codeOfStatus(status) : (rawCode ?? name);
  const text = ((error as Error).message ?? String(error))
    .split('\n')[0]!
    .replace(/\s*Deserialization error: to see the raw response.*$/i, '')
    .replace(/^@smithy\/[\w-]+ - \[\w+\]\s*/, '')
    .trim();
  const message = unreadable ? `HTTP ${status ?? '?'} with a body that is not the service's error format${text ? ` (${text})` : ''}` : text;
  return {
    ...(account !== undefined && { account }),
    ...(region !== undefined && { region }),
    code,
    message: redactor.redact(message),
  };
}

function codeOfStatus(status: number): string {
  if (status === 403) return 'AccessDenied';
  if (status === 401) return 'Unauthorized';
  return `HTTP${status}`;
}
