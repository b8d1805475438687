/**
 * Which Host headers the report server answers. A browser page on another site
 * can point its own name at 127.0.0.1 (DNS rebinding) and then read whatever the
 * server answers for that name; the server therefore answers only for the names of
 * the address it listens on: the loopback names, the `--host` given, and, when it
 * listens on every interface, IP literals and this machine's name (an attacker's
 * page cannot make a browser send those for its own origin).
 */
import { hostname } from 'node:os';
import { isIP } from 'node:net';

const loopback = new Set(['127.0.0.1', 'localhost', '::1']);
const everyInterface = new Set(['0.0.0.0', '::']);

export function isAllowedHost(requested: string, listening: string): boolean {
  const name = unbracket(requested).toLowerCase().replace(/\.$/, '');
  const host = unbracket(listening).toLowerCase();
  if (loopback.has(name) || name === host) return true;
  if (name.endsWith('.localhost')) return false;
  if (everyInterface.has(host)) return isIP(name) !== 0 || name === hostname().toLowerCase();
  return false;
}

/** Whether serving on this host reaches beyond this machine. */
export function isBeyondLoopback(listening: string): boolean {
  const host = unbracket(listening).toLowerCase();
  return !loopback.has(host) && !host.startsWith('127.');
}

function unbracket(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}
