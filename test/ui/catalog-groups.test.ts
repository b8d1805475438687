/// <reference lib="dom" />
/**
 * A catalog estate in the report page, in real Chromium against a real server: its
 * entities group by their System, and the node panel shows an entity's owner and
 * where the catalog says it was read.
 */
import { describe, expect, it } from 'vitest';
import { hasBrowser } from '../helpers/browser.js';
import { servePageOf } from '../helpers/page-server.js';

describe.skipIf(!hasBrowser)('the report page of a catalog estate', () => {
  const site = servePageOf('test/fixtures/backstage/acme/faultline.yaml');

  it('groups entities by their catalog System, and shows who owns one', async () => {
    const page = await site.browser().newPage({ viewport: { width: 1300, height: 850 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(site.server().url);
    await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 20_000 });
    await page.selectOption('#group-by', 'system');
    const parentOf = (id: string) => page.evaluate((node) => window.cy!.getElementById(node).parent().first().id() ?? '', id);
    await expect.poll(() => parentOf('component:default/links-web')).toBe('group:system:default/short-links');
    expect(await parentOf('component:default/checkout')).toBe('group:system:default/payments');
    expect(await page.evaluate(() => window.cy!.getElementById('group:system:default/payments').data('label'))).toBe('payments');
    // A resource no System claims stands alone.
    expect(await parentOf('arn:aws:dynamodb:us-east-1:111122223333:table/links')).toBe('');
    await page.fill('#search', 'component:default/checkout');
    await page.press('#search', 'Enter');
    await expect.poll(() => page.textContent('#node')).toContain('backstage/owner=group:default/team-payments');
    expect(await page.textContent('#node')).toContain('backstage: test/fixtures/backstage/acme/payments/components.yaml component:default/checkout');
    expect(errors).toEqual([]);
    await page.close();
  });
});
