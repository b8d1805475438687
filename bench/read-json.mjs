// The bench's reading of its JSON files: JSON.parse of the whole text, as node reads
// JSON, except where the text is longer than one string may be (the dependencies of
// the 1M estate with edges, 720 MB): that is read in pieces, as faultline reads a
// large snapshot (src/sources/read-json-in-pieces.ts).
import { readFileSync, statSync } from 'node:fs';
import { readJsonInPieces } from '../dist/sources/read-json-in-pieces.js';

/** Above this, one string cannot hold the text (V8's limit is 2^29 - 24 characters); with margin. */
const wholeUpTo = 400 * 2 ** 20;

export async function readJson(file, arrays) {
  if (statSync(file).size <= wholeUpTo) return JSON.parse(readFileSync(file, 'utf8'));
  return readJsonInPieces(file, { arrays });
}
