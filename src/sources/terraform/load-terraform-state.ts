/**
 * Reads a Terraform state or saved plan from disk and hands its text to the pure reader. A
 * file that cannot be read is one line naming it and why (exit 2), like every other input.
 */
import { stat } from 'node:fs/promises';
import { readText } from '../read-text.js';
import { InputError } from '../source-error.js';
import { readTerraformPlan, type TerraformPlanReading } from './read-terraform-plan.js';
import { readTerraformState, type ReadTerraformOptions, type TerraformReading } from './read-terraform-state.js';

export interface LoadTerraformOptions extends Omit<ReadTerraformOptions, 'file' | 'writtenAt'> {
  /** How messages and provenance name the file (defaults to its path). */
  label?: string;
}

/** A raw state or `terraform show -json` output; dated by when the file was last written. */
export async function loadTerraformState(path: string, options: LoadTerraformOptions = {}): Promise<TerraformReading> {
  const { label = path, ...rest } = options;
  const { text, writtenAt } = await readFile(path, label, 'give the path of a Terraform state file (`terraform state pull > state.json`)');
  return readTerraformState(text, { ...rest, file: label, writtenAt });
}

/** `terraform show -json plan.out`; dated by the plan's own timestamp, else by when the file was last written. */
export async function loadTerraformPlan(path: string, options: LoadTerraformOptions = {}): Promise<TerraformPlanReading> {
  const { label = path, ...rest } = options;
  const { text, writtenAt } = await readFile(path, label, 'give the path of a saved plan as JSON (`terraform show -json plan.out > plan.json`)');
  return readTerraformPlan(text, { ...rest, file: label, writtenAt });
}

async function readFile(path: string, label: string, fix: string): Promise<{ text: string; writtenAt: string }> {
  const read = await readText(path);
  if (!read.ok) throw new InputError('E_FILE', [{ file: label, message: read.reason, fix }], { cause: read.cause });
  return { text: read.text, writtenAt: (await stat(path)).mtime.toISOString() };
}
