/**
 * Where SaaS vendors run, how people spell them, and the names their clients
 * call (for DNS query logs), only as far as the vendor or a postmortem says
 * (gathered 2026-11 and 2026-12; shared/research/aws-facts.md §6). Every hosting
 * statement and every domain carries its own source; a source marked "(third
 * party)" is not the vendor's own page.
 *
 * - `hosting` is where a default account runs. An empty list means no source
 *   says: the component is only in its vendor domain, and the `unknown-hosting`
 *   rule reports the gap. A region is written only where a source names it.
 * - `residency` lists the other places a customer can choose or be placed in
 *   (data residency, cells). They are not assumed: a manifest's `hosting:` says
 *   which one is yours, and always wins.
 * - `aliases` are other spellings a person writes; none is shared by two vendors
 *   and bare words that could mean several products (front, split, segment,
 *   gitlab for the self-hosted product) are left out.
 */
import type { SaasVendor } from '../schema.js';
import { communicationVendors } from './communication.js';
import { developerToolVendors } from './developer-tools.js';
import { edgeAndPaymentVendors } from './edge-and-payments.js';
import { identityVendors } from './identity.js';

export const saasCatalog: readonly SaasVendor[] = [...communicationVendors, ...identityVendors, ...developerToolVendors, ...edgeAndPaymentVendors];
