import { describe, expect, it } from 'vitest';
import { explainProtoKey, findProtoKeys } from '../../../src/sources/manifest/proto-keys.js';

const parsed = (json: string): unknown => JSON.parse(json);

describe('findProtoKeys', () => {
  it('finds every own __proto__ key, in maps and in lists, in document order', () => {
    const data = parsed('{"components": {"a": {"select": {"tags": {"__proto__": "x"}}}, "__proto__": {}}, "inventory": [{"__proto__": 1}], "__proto__": null}');
    expect(findProtoKeys(data)).toEqual([['components', 'a', 'select', 'tags', '__proto__'], ['components', '__proto__'], ['inventory', 0, '__proto__'], ['__proto__']]);
  });

  it('finds none where keys are only named like other prototype members', () => {
    expect(findProtoKeys(parsed('{"components": {"constructor": {"requires": ["toString"]}, "hasOwnProperty": {}}}'))).toEqual([]);
    expect(findProtoKeys('text')).toEqual([]);
    expect(findProtoKeys(null)).toEqual([]);
  });
});

describe('explainProtoKey', () => {
  it('says why each place cannot hold __proto__, and what to write instead', () => {
    expect(explainProtoKey(['components', '__proto__'])).toEqual({ path: ['components', '__proto__'], at: 'key', message: '"__proto__" cannot be an id', fix: 'an id starts with a letter or digit; rename it' });
    expect(explainProtoKey(['capabilities', '__proto__']).message).toBe('"__proto__" cannot be an id');
    expect(explainProtoKey(['scenarios', '__proto__']).message).toBe('"__proto__" cannot be a scenario name');
    expect(explainProtoKey(['components', 'api', 'select', 'tags', '__proto__'])).toMatchObject({ message: '"__proto__" cannot be a tag key to select on', fix: 'select on another tag, or tag the resources faultline:component=<component id>' });
    expect(explainProtoKey(['knowledge', 'regions', '__proto__'])).toMatchObject({ message: '"__proto__" cannot be a provider name' });
    expect(explainProtoKey(['components', 'api', '__proto__'])).toMatchObject({ message: 'unknown key "__proto__"', fix: expect.stringMatching(/^allowed keys: account, category, /) });
  });
});
