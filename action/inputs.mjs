// Reading the action's inputs and writing its outputs, as GitHub Actions passes them to a composite action's
// steps: inputs through the environment (action.yml maps each to INPUT_<NAME>), outputs and the job summary
// through the files named by GITHUB_OUTPUT and GITHUB_STEP_SUMMARY. Plain Node, no dependencies, so the steps run
// before anything else is installed.
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The sla CLI of this checkout of the action (the action runs the version it was pinned to). */
export const SLA_BIN = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), 'bin', 'sla.cjs');

/** An input's value, trimmed; `fallback` when it is unset or empty. */
export function input(name, fallback = '') {
  const value = process.env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`];
  return value === undefined || value.trim() === '' ? fallback : value.trim();
}

/** A list input: items separated by spaces, commas or new lines. */
export function listInput(name, fallback = []) {
  const value = input(name);
  return value === '' ? fallback : value.split(/[\s,]+/).filter(Boolean);
}

export function booleanInput(name, fallback = false) {
  const value = input(name).toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', '1'].includes(value)) return true;
  if (['false', 'no', '0'].includes(value)) return false;
  throw new InputError(`input \`${name}\` must be true or false, not \`${value}\``);
}

export class InputError extends Error {}

/** Sets a step output (`name=value` lines, or a heredoc for a value with line breaks). */
export function setOutput(name, value) {
  const file = process.env.GITHUB_OUTPUT;
  const text = String(value);
  if (!file) return;
  if (!text.includes('\n')) {
    appendFileSync(file, `${name}=${text}\n`);
    return;
  }
  let delimiter = 'SLA_EOF';
  while (text.includes(delimiter)) delimiter += '_';
  appendFileSync(file, `${name}<<${delimiter}\n${text}\n${delimiter}\n`);
}

/** Appends Markdown to the job summary; quietly nothing outside Actions. */
export function appendSummary(markdown) {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (file) appendFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
}

/** A workflow command that shows as an error annotation, with its text escaped as the runner expects. */
export function errorCommand(message) {
  return `::error title=sla::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}`;
}
