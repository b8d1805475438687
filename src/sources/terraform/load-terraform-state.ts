/**
 * Reads a Terraform state file from disk and hands its text to the pure reader. A file
 * that cannot be read is one line naming it and why (exit 2), like every other input.
 */
import { stat } from 'node:fs/promises';
import { readText } from '../read-text.js';
import { InputError } from '../source-error.js';
import { readTerraformState, type ReadTerraformOptions, type TerraformReading } from './read-terraform-state.js';

export interface LoadTerraformOptions extends Omit<ReadTerraformOptions, 'file' | 'writtenAt'> {
  /** How messages and provenance name the file (defaults to its path). */
  label?: string;
}

export async function loadTerraformState(path: string, options: LoadTerraformOptions = {}): Promise<TerraformReading> {
  const { label = path, ...rest } = options;
  const read = await readText(path);
  if (!read.ok) throw new InputError('E_FILE', [{ file: label, message: `${read.reason}`, fix: 'give the path of a Terraform state file (`terraform state pull > state.json`)' }], { cause: read.cause });
  const writtenAt = (await stat(path)).mtime.toISOString();
  return readTerraformState(read.text, { ...rest, file: label, writtenAt });
}
