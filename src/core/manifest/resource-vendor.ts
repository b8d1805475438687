/**
 * A discovered resource that is a SaaS vendor's product (a catalog entity annotated
 * `faultline/saas`) is placed as a declared SaaS component is: the vendor recognised
 * however it is written, and its hosting from the built-in catalog, so it is in the
 * hosting's provider and region as well as `vendor:<id>`; a vendor whose hosting
 * nothing says is reported by `unknown-hosting`, never a pass.
 */
import type { Knowledge } from '../../knowledge/index.js';
import type { Component } from '../model.js';
import { readVendor } from '../place-names.js';
import { declaredDomains } from './component-domains.js';
import { resolveHosting } from './saas-hosting.js';

export function placeVendor(component: Component, knowledge: Knowledge): void {
  const written = component.vendor;
  if (written === undefined) return;
  const reading = readVendor(written, knowledge.saas, { hostingDeclared: true });
  const vendor = reading.ok ? reading.id : written;
  const hosting = resolveHosting({ saas: vendor }, knowledge.saas);
  // The catalog's hosting entries are well-formed; nothing is reported here.
  const domains = declaredDomains({ saas: vendor, ...(hosting.hosting !== undefined && { hosting: hosting.hosting }) }, [], []);
  component.vendor = vendor;
  component.domains = [...new Set([...component.domains.filter((domain) => domain !== `vendor:${written}`), ...domains])].sort();
  if (hosting.hosting !== undefined) component.hosting = hosting.hosting;
  if (hosting.source !== undefined) component.hostingSource = hosting.source;
  if (hosting.category !== undefined) component.category = hosting.category;
}
