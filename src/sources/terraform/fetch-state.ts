/**
 * Gets a Terraform state's text from where it lives: a file beside the manifest,
 * or an S3 object (`s3://bucket/key`, the S3 backend's usual home), read with the
 * real AWS SDK and the usual credentials (the standard chain; AWS_PROFILE,
 * AWS_ENDPOINT_URL and the rest work as for `scan`). A state that cannot be read
 * is an answer too: the inventory is then partial, never silently smaller.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { readText } from '../read-text.js';
import { defaultTimeouts } from '../aws/client-config.js';

/** `writtenAt`: when the state was last written (the file's or the object's modification time), ISO 8601. */
export type FetchedState = { ok: true; text: string; file: string; writtenAt: string } | { ok: false; file: string; code: string; message: string };

export interface FetchStateOptions {
  /** The manifest's folder: a relative path is read from there. */
  base: string;
  /** Send S3 requests here (tests; AWS_ENDPOINT_URL does the same). */
  endpoint?: string;
  /** The region of the bucket's endpoint when nothing else says (AWS_REGION does). */
  region?: string;
}

const s3Location = /^s3:\/\/([^/]+)\/(.+)$/;

export async function fetchTerraformState(location: string, options: FetchStateOptions): Promise<FetchedState> {
  const s3 = s3Location.exec(location);
  if (s3 === null) {
    const file = path.isAbsolute(location) ? location : path.join(options.base, location);
    const read = await readText(file);
    if (!read.ok) return { ok: false, file, code: 'ENOENT', message: `cannot read the state: ${read.reason}` };
    const modified = await stat(file).then((info) => info.mtime.toISOString(), () => new Date(0).toISOString());
    return { ok: true, text: read.text, file, writtenAt: modified };
  }
  const [, bucket, key] = s3 as unknown as [string, string, string];
  // The SDK is loaded only for a state in S3: loading it costs every other run about half a second.
  const { GetObjectCommand, S3Client } = await import('@aws-sdk/client-s3');
  const endpoint = options.endpoint ?? process.env.AWS_ENDPOINT_URL_S3 ?? process.env.AWS_ENDPOINT_URL;
  const client = new S3Client({
    region: options.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1',
    // A local endpoint answers one host: the bucket goes in the path.
    ...(endpoint !== undefined && { endpoint, forcePathStyle: true }),
    followRegionRedirects: true,
    maxAttempts: 4,
    requestHandler: { connectionTimeout: defaultTimeouts.connectionTimeoutMs, requestTimeout: defaultTimeouts.requestTimeoutMs, throwOnRequestTimeout: true },
  });
  try {
    const answer = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    const text = await answer.Body!.transformToString('utf8');
    return { ok: true, text, file: location, writtenAt: (answer.LastModified ?? new Date(0)).toISOString() };
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    const code = (error as { name?: string }).name ?? (status !== undefined ? `HTTP${status}` : 'Error');
    const message = ((error as Error).message ?? String(error)).split('\n')[0]!;
    return { ok: false, file: location, code, message: `cannot read the state from S3 (${code}${status !== undefined ? `, HTTP ${status}` : ''}): ${message}` };
  } finally {
    client.destroy();
  }
}
