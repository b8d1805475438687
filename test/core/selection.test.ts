import { describe, expect, it } from 'vitest';
import { matchesSelect, selectionTerm } from '../../src/core/selection.js';
import { ResourceIndex } from '../../src/core/resource-index.js';
import { resource } from '../helpers/pipeline.js';

const east1 = resource('arn:1', { region: 'us-east-1', zone: 'use1-az1', account: '1', type: 'ecs:service', tags: { service: 'api' } });
const east2 = resource('arn:2', { region: 'us-east-1', zone: 'use1-az2', account: '1', type: 'ecs:service', tags: { service: 'api' } });
const west = resource('arn:3', { region: 'us-west-2', account: '2', type: 'ecs:service', tags: { service: 'api' } });
const table = resource('arn:4', { region: 'us-east-1', type: 'dynamodb:table', tags: { service: 'links' } });

describe('matchesSelect', () => {
  it('matches tags, exact types, service prefixes, regions and accounts', () => {
    expect(matchesSelect(east1, { tags: { service: 'api' } })).toBe(true);
    expect(matchesSelect(east1, { tags: { service: ['web', 'api'] } })).toBe(true);
    expect(matchesSelect(east1, { tags: { service: 'web' } })).toBe(false);
    expect(matchesSelect(table, { type: 'dynamodb' })).toBe(true);
    expect(matchesSelect(table, { type: 'dynamodb:table' })).toBe(true);
    expect(matchesSelect(table, { type: 'dynamo' })).toBe(false);
    expect(matchesSelect(west, { region: ['us-west-2'], account: '2' })).toBe(true);
    expect(matchesSelect(west, { region: 'us-east-1' })).toBe(false);
  });

  it('treats a resource without tags as matching no tag', () => {
    expect(matchesSelect(resource('arn:x', { tags: undefined }), { tags: { service: 'api' } })).toBe(false);
  });
});

describe('ResourceIndex.select', () => {
  it('returns the same positions as a plain filter, in inventory order', () => {
    const all = [west, table, east2, east1];
    const index = new ResourceIndex(all);
    for (const select of [{ tags: { service: 'api' } }, { tags: { service: ['links', 'api'] } }, { type: ['dynamodb', 'ecs:service'] }, { region: 'us-east-1' }, { tags: { service: 'api' }, type: 'ecs' }, {}]) {
      const expected = all.flatMap((r, i) => (matchesSelect(r, select) ? [i] : []));
      expect(index.select(select), JSON.stringify(select)).toEqual(expected);
    }
  });

  it('finds a resource position by ARN', () => {
    const index = new ResourceIndex([west, table]);
    expect(index.positionOf('arn:4')).toBe(1);
    expect(index.positionOf('arn:9')).toBeUndefined();
  });
});

describe('selectionTerm', () => {
  const refs = (...ids: string[]) => ids;

  it('needs every resource for redundancy all, one for any', () => {
    expect(selectionTerm([east1, west], 'all')).toEqual({ op: 'allOf', terms: refs('arn:1', 'arn:3'), origin: 'selection' });
    expect(selectionTerm([east1, west], 'any')).toEqual({ op: 'anyOf', terms: refs('arn:1', 'arn:3'), origin: 'selection' });
  });

  it('needs one whole region for any-region', () => {
    expect(selectionTerm([east1, east2, west], 'any-region')).toEqual({
      op: 'anyOf',
      origin: 'selection',
      terms: [
        { op: 'allOf', terms: refs('arn:1', 'arn:2'), origin: 'selection', label: 'region:us-east-1' },
        { op: 'allOf', terms: refs('arn:3'), origin: 'selection', label: 'region:us-west-2' },
      ],
    });
  });

  it('groups zone-less resources by region for any-zone', () => {
    const term = selectionTerm([east1, east2, west], 'any-zone');
    const labels = typeof term !== 'string' && term.op === 'anyOf' ? term.terms.map((t) => (typeof t !== 'string' && t.op === 'allOf' ? t.label : '')) : [];
    expect(labels).toEqual(['region:us-west-2', 'zone:use1-az1', 'zone:use1-az2']);
  });
});

describe('selectionTerm with positions', () => {
  it('hands each list of ids it makes to record, with the inventory positions of those resources', () => {
    const recorded: Array<[readonly unknown[], ArrayLike<number>]> = [];
    const term = selectionTerm([east1, east2, west], 'any-zone', { inventory: [7, 3, 12], record: (terms, at) => recorded.push([terms, at]) });
    const lists = typeof term !== 'string' && term.op === 'anyOf' ? term.terms.map((t) => (typeof t !== 'string' ? t.terms : [])) : [];
    // One list per zone (or region), each recorded as the very array the term holds.
    expect(recorded.map(([terms]) => terms)).toEqual(expect.arrayContaining(lists));
    expect(recorded.every(([terms]) => lists.includes(terms as (typeof lists)[number]))).toBe(true);
    expect(new Map(recorded.map(([terms, at]) => [terms.join(), Array.from(at)]))).toEqual(
      new Map([
        ['arn:3', [12]],
        ['arn:1', [7]],
        ['arn:2', [3]],
      ]),
    );
  });

  it('records the one list of redundancy all', () => {
    const recorded: Array<[readonly unknown[], ArrayLike<number>]> = [];
    const term = selectionTerm([west, east1], 'all', { inventory: [4, 0], record: (terms, at) => recorded.push([terms, at]) });
    expect(recorded).toHaveLength(1);
    expect(typeof term !== 'string' && recorded[0]![0] === term.terms).toBe(true);
    expect(Array.from(recorded[0]![1])).toEqual([4, 0]);
  });
});
