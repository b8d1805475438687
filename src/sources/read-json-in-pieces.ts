/**
 * Reads a large JSON object without ever holding its text as one string: the file is
 * read in chunks, and the elements of the top-level arrays named in `arrays` (a
 * snapshot's `resources`) are parsed in batches of whole elements as they arrive.
 * A million resources are 230 MB of text, which JSON.parse needs in one string beside
 * the objects it makes; in pieces, the text in memory is one chunk and one batch.
 *
 * Any doubt gives `undefined`, never a guess: a file that is not one JSON object, a
 * syntax error, an empty element (`[a,,b]`), an unreadable file. The caller then
 * reads the file whole, as before, and reports the problem at its line. A batch is
 * cut only at a comma between two elements of the array, and every piece is parsed
 * by JSON.parse, so a document that reads here is exactly the one JSON.parse reads.
 */
import { open } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';

const quote = 0x22;
const backslash = 0x5c;
const colon = 0x3a;
const comma = 0x2c;
const openBrace = 0x7b;
const closeBrace = 0x7d;
const openBracket = 0x5b;
const closeBracket = 0x5d;

export interface PieceOptions {
  /** Top-level keys whose array values are read in batches. */
  arrays: readonly string[];
  /** Bytes read at a time. */
  chunkBytes?: number;
  /** About how many characters of elements are parsed at once. */
  batchBytes?: number;
}

export async function readJsonInPieces(file: string, options: PieceOptions): Promise<Record<string, unknown> | undefined> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const reader = new PieceReader(options);
    // A character cut between two chunks is completed by the next one.
    const decoder = new StringDecoder('utf8');
    const chunk = Buffer.allocUnsafe(options.chunkBytes ?? 1 << 20);
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      if (!reader.push(decoder.write(chunk.subarray(0, bytesRead)))) return undefined;
    }
    const rest = decoder.end();
    if (rest !== '' && !reader.push(rest)) return undefined;
    return reader.finish();
  } catch {
    return undefined;
  } finally {
    await handle.close();
  }
}

/** The state of one read: where in the JSON the last character was, and what is kept of the text. */
class PieceReader {
  readonly #arrays: ReadonlySet<string>;
  readonly #batchLength: number;
  /** The longest a key written in the text can be and still name one of `arrays`. */
  readonly #keyLength: number;
  /** The text outside the batched arrays (their brackets included), parsed at the end. */
  readonly #outside: string[] = [];
  /** Each batched array's elements, by key; a key written twice keeps its last value, as JSON.parse does. */
  readonly #elements = new Map<string, unknown[]>();
  /** The current batch's text from earlier chunks, and its length. */
  #batch: string[] = [];
  #batchSoFar = 0;
  /** The start of a string at depth 1 (it may be a key) read in earlier chunks. */
  #keySoFar = '';
  #depth = 0;
  #inString = false;
  #escaped = false;
  /** The string that closed last at depth 1, while it may be a key. */
  #lastString: string | undefined;
  #key: string | undefined;
  /** The key of the array being batched. */
  #array: string | undefined;
  #sawElement = false;
  #done = false;

  constructor(options: PieceOptions) {
    this.#arrays = new Set(options.arrays);
    // Each character of a key is at most six as written (\uXXXX): a longer key, quotes included, names none of them.
    this.#keyLength = 2 + 6 * Math.max(0, ...options.arrays.map((key) => key.length));
    this.#batchLength = options.batchBytes ?? 4 << 20;
  }

  /** Reads the next chunk of text; false when the text cannot be read in pieces. */
  push(text: string): boolean {
    const n = text.length;
    // The scan runs over every character: its state lives in locals while it does.
    let depth = this.#depth;
    let inString = this.#inString;
    let escaped = this.#escaped;
    // Where the current piece starts in this chunk: the batch inside an array, else the text outside.
    let pieceStart = 0;
    let stringStart = 0;
    for (let i = 0; i < n; i++) {
      if (inString) {
        // To the string's closing quote: the next quote not escaped by an odd run of backslashes.
        let from = i;
        if (escaped) {
          escaped = false;
          from++;
        }
        let end = -1;
        for (;;) {
          const next = text.indexOf('"', from);
          if (next < 0) break;
          let before = next - 1;
          while (before >= from && text.charCodeAt(before) === backslash) before--;
          if ((next - 1 - before) % 2 === 0) {
            end = next;
            break;
          }
          from = next + 1;
        }
        if (end < 0) {
          // The string goes on in the next chunk: escaped there if this one ends in an odd run of backslashes.
          let before = n - 1;
          while (before >= from && text.charCodeAt(before) === backslash) before--;
          escaped = (n - 1 - before) % 2 === 1;
          break;
        }
        i = end;
        inString = false;
        if (depth === 1) {
          const written = this.#keySoFar + text.slice(stringStart, i + 1);
          this.#lastString = written.length <= this.#keyLength ? written : undefined;
          this.#keySoFar = '';
        }
        continue;
      }
      const c = text.charCodeAt(i);
      if (c === quote) {
        inString = true;
        stringStart = i;
      } else if (c === openBrace || c === openBracket) {
        if (this.#done) return false;
        depth++;
        if (depth === 1 && c !== openBrace) return false;
        if (depth === 2 && c === openBracket && this.#key !== undefined && this.#arrays.has(this.#key)) {
          // The outside keeps the bracket; the array's elements start after it.
          this.#outside.push(text.slice(pieceStart, i + 1));
          this.#array = this.#key;
          this.#elements.set(this.#key, []);
          this.#sawElement = false;
          pieceStart = i + 1;
        }
      } else if (c === closeBrace || c === closeBracket) {
        depth--;
        if (depth < 0) return false;
        if (depth === 0) this.#done = true;
        if (depth === 1 && this.#array !== undefined) {
          if (!this.#parseBatch(text.slice(pieceStart, i), true)) return false;
          this.#array = undefined;
          pieceStart = i;
        }
        if (depth === 1) this.#key = undefined;
      } else if (depth === 1 && c === colon) {
        this.#key = this.#lastString === undefined ? undefined : (JSON.parse(this.#lastString) as string);
        // A key written again takes its new value, whatever it is.
        if (this.#key !== undefined) this.#elements.delete(this.#key);
      } else if (c === comma) {
        if (depth === 1) this.#key = undefined;
        else if (depth === 2 && this.#array !== undefined && this.#batchSoFar + i - pieceStart >= this.#batchLength) {
          if (!this.#parseBatch(text.slice(pieceStart, i), false)) return false;
          pieceStart = i + 1;
        }
      }
    }
    this.#depth = depth;
    this.#inString = inString;
    this.#escaped = escaped;
    // What this chunk leaves unfinished continues in the next one.
    const rest = text.slice(pieceStart);
    if (this.#array !== undefined) {
      this.#batch.push(rest);
      this.#batchSoFar += rest.length;
    } else {
      this.#outside.push(rest);
      // A string at depth 1 may be a key: kept while it may still be one of `arrays`.
      if (inString && depth === 1 && this.#keySoFar.length <= this.#keyLength) this.#keySoFar += text.slice(stringStart, stringStart + this.#keyLength + 1);
    }
    return true;
  }

  /**
   * Parses the current batch, ending with `tail` (up to a comma between elements, or
   * the closing bracket). Only the last batch of an array may be empty, and only if the
   * whole array is.
   */
  #parseBatch(tail: string, last: boolean): boolean {
    const pieces = ['[', ...this.#batch, tail, ']'];
    this.#batch = [];
    this.#batchSoFar = 0;
    // One copy of the batch's text, brackets included.
    const text = pieces.join('');
    // Only JSON's own whitespace: a no-break space between the brackets is no empty array.
    if (/^\[[ \t\n\r]*\]$/.test(text)) return last && !this.#sawElement;
    const parsed = JSON.parse(text) as unknown[];
    const into = this.#elements.get(this.#array!)!;
    for (const element of parsed) into.push(element);
    this.#sawElement = true;
    return true;
  }

  /** The whole object, its batched arrays filled in; undefined when the text ended early. */
  finish(): Record<string, unknown> | undefined {
    if (!this.#done || this.#inString) return undefined;
    const data: unknown = JSON.parse(this.#outside.join(''));
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
    const object = data as Record<string, unknown>;
    for (const [key, elements] of this.#elements) object[key] = elements;
    return object;
  }
}
