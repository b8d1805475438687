/**
 * The model keeps what the analysis reads, not the parsed snapshots: a million parsed
 * resources are a few hundred megabytes, held for the whole run if anything the model
 * holds (a getter's scope, the resource index) reaches them.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { manifestSchema } from '../../../src/core/manifest/schema.js';
import { resolveModel } from '../../../src/core/manifest/resolve-model.js';
import { manifestOf, resource } from '../../helpers/pipeline.js';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** A WeakRef holds its target until the current job ends: let it end, then collect fully. */
async function collectGarbage(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  collect();
}

describe('resolveModel', () => {
  it('lets the parsed resources go once the model is made, while the model still finds each one by id', async () => {
    const ids = Array.from({ length: 50 }, (_, i) => `arn:aws:sqs:us-east-1:111122223333:q${String(i).padStart(2, '0')}`);
    let snapshot: { file: string; resources: Array<ReturnType<typeof resource>> } | undefined = {
      file: 'inv.json',
      resources: ids.map((id) => resource(id, { region: 'us-east-1', zone: 'use1-az1', account: '111122223333', type: 'sqs:queue', tags: { service: 'queue' } })),
    };
    const parsed = snapshot.resources.map((entry) => new WeakRef(entry));
    const model = resolveModel({ manifest: manifestSchema.parse(manifestOf({ k: { requires: ['queues'] } }, { queues: { select: { tags: { service: 'queue' } } } })), snapshots: [snapshot] });
    snapshot = undefined;
    await collectGarbage();
    expect(parsed.filter((ref) => ref.deref() !== undefined)).toHaveLength(0);
    // What the analysis reads of them is the model's own.
    expect(ids.every((id) => model.components[model.positions.get(id)!]!.id === id)).toBe(true);
    expect(model.components[model.positions.get(ids[7]!)!]!).toMatchObject({ region: 'us-east-1', zone: 'use1-az1', account: '111122223333', type: 'sqs:queue', tags: { service: 'queue' } });
  });

});
