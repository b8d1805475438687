/// <reference lib="dom" />
/**
 * Calls seen in DNS query logs in the report page, in real Chromium against a real
 * server: an observed edge is drawn dotted, and the node panel of its caller gives
 * the evidence (how many queries, first and last seen, the name asked) of each
 * observed need and of each observed reference it does not count.
 */
import { describe, expect, it } from 'vitest';
import { hasBrowser } from '../helpers/browser.js';
import { servePageOf } from '../helpers/page-server.js';

const redirectSydney = 'arn:aws:ec2:ap-southeast-2:111122223333:instance/i-0cc0000000000a003';

describe.skipIf(!hasBrowser)('the report page of an estate read from DNS query logs', () => {
  const site = servePageOf('test/fixtures/dns-logs/faultline.yaml');

  it("draws a call seen in the logs dotted, and gives its evidence in the caller's panel", async () => {
    const page = await site.browser().newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(site.server().url);
    await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 20_000 });
    await page.fill('#search', redirectSydney);
    await page.press('#search', 'Enter');
    await expect.poll(() => page.textContent('#node')).toContain('discovered needs');
    const needs = await page.$$eval('#node dd.discovered .tree-line', (lines) => lines.map((line) => line.textContent));
    expect(needs).toEqual([
      'aws-data/dynamodb@us-east-1 (via dynamodb.us-east-1.amazonaws.com) — observed, dns-logs test/fixtures/dns-logs/logs/**/*.log*',
      'seen: 6 queries, 2025-10-14T14:48:00Z to 2025-10-14T22:53:00Z, e.g. dynamodb.us-east-1.amazonaws.com',
    ]);
    // What it was seen calling but does not need (a soft fallback, another instance's name) carries its evidence too.
    const ignored = await page.$$eval('#node dd.ignored .tree-line.evidence', (lines) => lines.map((line) => line.textContent));
    expect(ignored).toContain('seen: 2 queries, 2025-10-15T00:30:00Z to 2025-10-15T02:07:00Z, e.g. cassandra.shortio.internal');
    expect(ignored).toContain('seen: 1 query, 2025-10-15T03:44:00Z to 2025-10-15T03:44:00Z, e.g. ip-10-0-14-23.ec2.internal');
    const edge = await page.evaluate(
      ([from, to]) => {
        const found = window.cy!.edges().filter((candidate) => candidate.source().id() === from && candidate.target().id() === to);
        return found.length === 0 ? undefined : { classes: found.first().classes(), lineStyle: found.first().style('line-style') };
      },
      [redirectSydney, 'aws-data/dynamodb@us-east-1'],
    );
    expect(edge).toEqual({ classes: expect.arrayContaining(['observed']), lineStyle: 'dotted' });
    expect(errors).toEqual([]);
    await page.close();
  });
});
