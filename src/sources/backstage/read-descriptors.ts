/**
 * Catalog descriptor files as Backstage reads them (ADR002, the default catalog file
 * format: https://backstage.io/docs/architecture-decisions/adrs-adr002): one YAML
 * file may hold several entities separated by `---`, each a document. Pure: text in,
 * documents with the line each starts at out; YAML that cannot be read is one line
 * naming the file and the place (exit 2).
 */
import { LineCounter, parseAllDocuments } from 'yaml';
import { InputError } from '../source-error.js';

export interface Descriptor {
  /** The document as data (not yet checked to be an entity). */
  data: unknown;
  /** The line the document starts at, 1-based. */
  line: number;
}

/** How many times aliases may expand in one document, as for the manifest. */
const maxAliasExpansions = 100;

export function readDescriptors(text: string, file: string): Descriptor[] {
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true, version: '1.2', schema: 'core' });
  const found: Descriptor[] = [];
  // A file of nothing but comments is an empty stream: no entity, not an error.
  for (const doc of documents) {
    const error = doc.errors[0];
    if (error !== undefined) {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      throw new InputError('E_INVENTORY', [{ file, line, col, message: `YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, fix: 'fix the YAML syntax at this place' }]);
    }
    const start = doc.contents?.range?.[0] ?? doc.range[0];
    const { line } = lineCounter.linePos(start);
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: maxAliasExpansions });
    } catch (cause) {
      throw new InputError('E_INVENTORY', [{ file, line, message: 'YAML: the document cannot be read (its aliases expand too far, or it nests too deep)', fix: 'write the repeated parts out' }], { cause });
    }
    // An empty document (a trailing `---`) holds no entity.
    if (data === null || data === undefined) continue;
    found.push({ data, line });
  }
  return found;
}
