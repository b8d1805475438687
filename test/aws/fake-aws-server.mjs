/**
 * A local server that speaks the AWS wire protocols the scanner uses, so the real
 * SDK can be pointed at it (AWS_ENDPOINT_URL or the client's `endpoint`):
 *
 * - Resource Groups Tagging API GetResources: JSON 1.1, `X-Amz-Target:
 *   ResourceGroupsTaggingAPI_20170126.GetResources`; the last page carries
 *   `"PaginationToken": ""` as real AWS does.
 * - Organizations ListAccounts: JSON 1.1, `AWSOrganizationsV20161128.ListAccounts`.
 * - STS GetCallerIdentity and AssumeRole, EC2 DescribeRegions: the query protocol
 *   (form-encoded body, XML answers).
 * - S3 GetObject, path-style (`GET /bucket/key`): the object's bytes, or S3's XML
 *   error (`NoSuchKey` 404, `AccessDenied` 403).
 *
 * The caller's account comes from the access key in the SigV4 Authorization
 * header, and the region from its credential scope, exactly as AWS sees them.
 * Faults are declared in `options.faults` and reproduce what real AWS shows:
 * throttling as HTTP 400 ThrottledException, InternalServiceException as 500,
 * expired and repeating pagination tokens, a region that always fails, a region
 * that stops answering (the request hangs), and error bodies that are not JSON
 * (an HTML 503 page from a proxy, an XML 403 from a gateway).
 */
import http from 'node:http';
import { Buffer as NodeBuffer } from 'node:buffer';
import { randomUUID } from 'node:crypto';

const tagging = 'ResourceGroupsTaggingAPI_20170126.';
const organizations = 'AWSOrganizationsV20161128.';

/**
 * @typedef {{ ResourceARN: string, Tags?: Array<{ Key: string, Value: string }> }} Mapping
 * @typedef {{ account?: string, region?: string }} Where
 * @typedef {{
 *   throttle?: Array<Where & { times: number }>,
 *   internalError?: Array<Where & { times: number }>,
 *   failRegion?: Array<Where & { status?: number, code?: string, message?: string }>,
 *   expireToken?: Array<Where & { afterPage: number, times?: number }>,
 *   repeatToken?: Array<Where & { atPage: number, times?: number }>,
 *   loopForever?: Array<Where & { atPage: number }>,
 *   denyAssume?: string[],
 *   hang?: Array<Where & { afterPage?: number }>,
 *   rawError?: Array<Where & { status: number, contentType: string, body: string, times?: number }>,
 * }} Faults
 * @typedef {{
 *   callerAccount: string,
 *   callerAccessKeyId?: string,
 *   resources: Record<string, Record<string, Mapping[]>>,
 *   enabledRegions?: Record<string, string[]> | string[],
 *   notOptedInRegions?: string[],
 *   organization?: { accounts: Array<{ Id: string, Name?: string, Status?: string }> },
 *   latencyMs?: number,
 *   faults?: Faults,
 *   objects?: Record<string, string>,
 *   deniedObjects?: string[],
 * }} FakeAwsOptions
 */

/** @param {FakeAwsOptions} options */
export async function startFakeAws(options) {
  const callerKey = options.callerAccessKeyId ?? 'AKIAFAKECALLER000001';
  /** access key id -> account */
  const keys = new Map([[callerKey, options.callerAccount]]);
  /** token -> { account, region, offset } */
  const tokens = new Map();
  /** counters per fault and place */
  const used = new Map();
  /** every request: { service, action, account, region, token } */
  const calls = [];
  const faults = options.faults ?? {};

  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const send = () => {
        try {
          handle(req, body, res);
        } catch (error) {
          res.statusCode = 500;
          res.end(String(error));
        }
      };
      if (options.latencyMs) setTimeout(send, options.latencyMs);
      else send();
    });
  });

  function handle(req, body, res) {
    const scope = /Credential=([^/]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(req.headers.authorization ?? '');
    if (!scope) return jsonError(res, 403, 'MissingAuthenticationTokenException', 'Missing Authentication Token');
    const [, accessKeyId, region, service] = scope;
    const account = keys.get(accessKeyId);
    if (account === undefined) return jsonError(res, 403, 'UnrecognizedClientException', 'The security token included in the request is invalid.');
    if (service === 's3') return getObject(req, res, account);
    const target = req.headers['x-amz-target'] ?? '';
    if (target.startsWith(tagging)) return getResources(res, account, region, target.slice(tagging.length), JSON.parse(body || '{}'));
    if (target.startsWith(organizations)) return listAccounts(res, account, target.slice(organizations.length), JSON.parse(body || '{}'));
    const form = new URLSearchParams(body);
    const action = form.get('Action');
    calls.push({ service, action, account, region });
    if (service === 'sts' && action === 'GetCallerIdentity') {
      return xml(res, 200, `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::${account}:user/scanner</Arn><UserId>AIDAFAKE</UserId><Account>${account}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></GetCallerIdentityResponse>`);
    }
    if (service === 'sts' && action === 'AssumeRole') return assumeRole(res, form.get('RoleArn') ?? '', form.get('RoleSessionName') ?? '');
    if (service === 'ec2' && action === 'DescribeRegions') {
      const enabled = Array.isArray(options.enabledRegions) ? options.enabledRegions : (options.enabledRegions?.[account] ?? ['us-east-1']);
      const notOptedIn = options.notOptedInRegions ?? [];
      const items = [...enabled.map((name) => [name, 'opt-in-not-required']), ...notOptedIn.map((name) => [name, 'not-opted-in'])]
        .map(([name, status]) => `<item><regionName>${name}</regionName><regionEndpoint>ec2.${name}.amazonaws.com</regionEndpoint><optInStatus>${status}</optInStatus></item>`)
        .join('');
      return xml(res, 200, `<DescribeRegionsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>${randomUUID()}</requestId><regionInfo>${items}</regionInfo></DescribeRegionsResponse>`);
    }
    return xml(res, 400, `<ErrorResponse><Error><Type>Sender</Type><Code>InvalidAction</Code><Message>Could not find operation ${action} for ${service}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`);
  }

  function getObject(req, res, account) {
    const url = new URL(req.url, 'http://fake');
    const [, bucket, ...rest] = url.pathname.split('/');
    const key = decodeURIComponent(rest.join('/'));
    const name = `${bucket}/${key}`;
    calls.push({ service: 's3', action: 'GetObject', account, key: name });
    const s3Error = (status, code, message) => {
      res.writeHead(status, { 'content-type': 'application/xml', 'x-amz-request-id': randomUUID() });
      res.end(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><Key>${key}</Key><RequestId>${randomUUID()}</RequestId></Error>`);
    };
    if ((options.deniedObjects ?? []).includes(name)) return s3Error(403, 'AccessDenied', 'Access Denied');
    const body = options.objects?.[name];
    if (body === undefined) return s3Error(404, 'NoSuchKey', 'The specified key does not exist.');
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': NodeBuffer.byteLength(body), etag: '"fake"', 'x-amz-request-id': randomUUID() });
    res.end(body);
  }

  function assumeRole(res, roleArn, sessionName) {
    const match = /^arn:aws:iam::(\d{12}):role\/(.+)$/.exec(roleArn);
    if (!match || (faults.denyAssume ?? []).includes(match[1])) {
      return xml(res, 403, `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User is not authorized to perform: sts:AssumeRole on resource: ${roleArn}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`);
    }
    const accessKeyId = `ASIAFAKE${match[1]}`;
    keys.set(accessKeyId, match[1]);
    const expiration = new Date(Date.now() + 3600_000).toISOString();
    return xml(res, 200, `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><Credentials><AccessKeyId>${accessKeyId}</AccessKeyId><SecretAccessKey>fakeSecretFor${match[1]}</SecretAccessKey><SessionToken>fakeSessionTokenFor${match[1]}</SessionToken><Expiration>${expiration}</Expiration></Credentials><AssumedRoleUser><AssumedRoleId>AROAFAKE:${sessionName}</AssumedRoleId><Arn>arn:aws:sts::${match[1]}:assumed-role/${match[2]}/${sessionName}</Arn></AssumedRoleUser></AssumeRoleResult><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></AssumeRoleResponse>`);
  }

  function listAccounts(res, account, action, input) {
    calls.push({ service: 'organizations', action, account });
    if (action !== 'ListAccounts') return jsonError(res, 400, 'InvalidInputException', `unsupported ${action}`);
    if (!options.organization) return jsonError(res, 400, 'AWSOrganizationsNotInUseException', 'Your account is not a member of an organization.');
    const all = options.organization.accounts.map((a) => ({ Id: a.Id, Arn: `arn:aws:organizations::${account}:account/o-fake/${a.Id}`, Email: `${a.Id}@example.com`, Name: a.Name ?? a.Id, Status: a.Status ?? 'ACTIVE', JoinedMethod: 'CREATED', JoinedTimestamp: 1700000000 }));
    const start = Number(input.NextToken ?? 0);
    const page = all.slice(start, start + 2);
    const next = start + 2 < all.length ? String(start + 2) : undefined;
    return json(res, 200, next === undefined ? { Accounts: page } : { Accounts: page, NextToken: next });
  }

  function getResources(res, account, region, action, input) {
    const token = input.PaginationToken || undefined;
    calls.push({ service: 'tagging', action, account, region, token, filters: input.ResourceTypeFilters });
    if (action !== 'GetResources') return jsonError(res, 400, 'InvalidParameterException', `unsupported ${action}`);
    const perPage = input.ResourcesPerPage ?? 50;
    if (perPage < 1 || perPage > 100) return jsonError(res, 400, 'InvalidParameterException', 'ResourcesPerPage must be between 1 and 100');
    const hanging = find(faults.hang, account, region);
    // Never answered: the connection stays open until the client gives up.
    if (hanging && (token !== undefined ? tokens.get(token)?.pageNumber ?? 1 : 1) > (hanging.afterPage ?? 0)) return;
    const raw = find(faults.rawError, account, region);
    if (raw && take([raw], 'raw', account, region, raw.times ?? Infinity)) {
      res.writeHead(raw.status, { 'content-type': raw.contentType });
      return res.end(raw.body);
    }
    const failing = find(faults.failRegion, account, region);
    if (failing) return jsonError(res, failing.status ?? 400, failing.code ?? 'AccessDeniedException', failing.message ?? `not authorized in ${region}`);
    if (take(faults.throttle, 'throttle', account, region)) return jsonError(res, 400, 'ThrottledException', 'The request was denied to limit the frequency of submitted requests.');
    if (take(faults.internalError, 'internal', account, region)) return jsonError(res, 500, 'InternalServiceException', 'The request processing has failed because of an unknown error, exception or failure. You can retry the request.');

    let offset = 0;
    let pageNumber = 1;
    if (token !== undefined) {
      const state = tokens.get(token);
      if (!state || state.account !== account || state.region !== region) return jsonError(res, 400, 'PaginationTokenExpiredException', 'A PaginationToken is valid for a maximum of 15 minutes.');
      ({ offset, pageNumber } = state);
      const expire = find(faults.expireToken, account, region);
      if (expire && pageNumber === expire.afterPage + 1 && take([expire], 'expire', account, region, expire.times ?? 1)) {
        tokens.delete(token);
        return jsonError(res, 400, 'PaginationTokenExpiredException', 'A PaginationToken is valid for a maximum of 15 minutes.');
      }
    }
    const filters = input.ResourceTypeFilters;
    const all = (options.resources[account]?.[region] ?? []).filter((m) => !filters || filters.some((f) => m.ResourceARN.split(':')[2] === f.split(':')[0]));
    const page = all.slice(offset, offset + perPage);
    const more = offset + perPage < all.length;
    let next = '';
    if (more) {
      const forever = find(faults.loopForever, account, region);
      const repeat = find(faults.repeatToken, account, region);
      if ((forever && pageNumber >= forever.atPage) || (repeat && pageNumber === repeat.atPage + 1 && take([repeat], 'repeat', account, region, repeat.times ?? 1))) {
        next = token; // the same token again: a client that follows it blindly never ends
      } else {
        next = randomUUID();
        tokens.set(next, { account, region, offset: offset + perPage, pageNumber: pageNumber + 1 });
      }
    }
    return json(res, 200, { PaginationToken: next, ResourceTagMappingList: page.map((m) => ({ ResourceARN: m.ResourceARN, Tags: m.Tags ?? [] })) });
  }

  function find(list, account, region) {
    return (list ?? []).find((f) => (f.account === undefined || f.account === account) && (f.region === undefined || f.region === region));
  }

  /** Uses up one occurrence of a counted fault for this place; true while any remain. */
  function take(list, kind, account, region, limit) {
    const fault = find(list, account, region);
    if (!fault) return false;
    const key = `${kind}|${account}|${region}`;
    const count = used.get(key) ?? 0;
    if (count >= (limit ?? fault.times ?? 1)) return false;
    used.set(key, count + 1);
    return true;
  }

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}`,
    callerAccessKeyId: callerKey,
    calls,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve(undefined)); }),
  };
}

function json(res, status, value) {
  res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': randomUUID() });
  res.end(JSON.stringify(value));
}

function jsonError(res, status, type, message) {
  res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': randomUUID(), 'x-amzn-errortype': type });
  res.end(JSON.stringify({ __type: type, Message: message }));
}

function xml(res, status, body) {
  res.writeHead(status, { 'content-type': 'text/xml', 'x-amzn-requestid': randomUUID() });
  res.end(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`);
}
