/**
 * Reads a baseline written by `faultline baseline`: one line per problem (file,
 * line, key, fix) and exit 2 when it is missing, is not JSON or is not a baseline.
 */
import { readFile } from 'node:fs/promises';
import { FaultlineError } from '../core/errors.js';
import type { Baseline } from '../core/gate/baseline.js';
import { isRecord, jsonFailure, locateProblems, type Problem } from './json-problems.js';
import { InputError } from './source-error.js';

export async function readBaseline(file: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new FaultlineError('E_FILE', `${file}: cannot read the baseline (${(error as NodeJS.ErrnoException).code ?? 'error'}); write one with \`faultline baseline --out ${file}\``, { cause: error });
  }
  const rewrite = `write it again with \`faultline baseline --out ${file}\``;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const { isJson, ...failure } = jsonFailure(text, error, 'faultline baseline');
    throw new InputError('E_INVENTORY', [{ file, ...failure, fix: isJson ? rewrite : 'give the file `faultline baseline` wrote (faultline.baseline.json)' }], { cause: error });
  }
  const problems = checkBaseline(data, rewrite);
  if (problems.length > 0) throw new InputError('E_INVENTORY', locateProblems(text, file, problems));
  return data as Baseline;
}

function checkBaseline(data: unknown, fix: string): Problem[] {
  if (!isRecord(data) || data.faultlineBaseline !== 1) return [{ path: isRecord(data) ? ['faultlineBaseline'] : [], message: 'is not a faultline baseline (expected "faultlineBaseline": 1)', fix }];
  const problems: Problem[] = [];
  for (const key of ['singleRegion', 'spofDomains', 'spofComponents'] as const) {
    const value = data[key];
    if (!isRecord(value)) {
      problems.push({ path: [key], message: 'must map names to lists of strings', fix });
      continue;
    }
    for (const [name, list] of Object.entries(value)) {
      if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) problems.push({ path: [key, name], message: 'must be a list of strings', fix });
    }
  }
  if (data.concentration !== undefined) {
    if (!isRecord(data.concentration)) problems.push({ path: ['concentration'], message: 'must map kinds of domain to their largest share', fix });
    else {
      for (const [kind, mark] of Object.entries(data.concentration)) {
        if (!isRecord(mark) || typeof mark.largest !== 'string' || typeof mark.share !== 'number' || typeof mark.hhi !== 'number') {
          problems.push({ path: ['concentration', kind], message: 'must be {"largest": domain, "share": number, "hhi": number}', fix });
        }
      }
    }
  }
  return problems;
}
