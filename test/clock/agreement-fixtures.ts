/**
 * Agreements for clock tests: the Berlin example (Mon–Fri 09:00–12:30 and 13:30–17:30, German holidays of 2027 listed
 * by date) with the standard tier's `high` targets and extra calendars replaced by the YAML a test gives.
 */
import { loadAgreementText } from '../../src/agreement.js';
import type { Agreement } from '../../src/model/agreement.js';
import { editExample } from '../helpers/example.js';

/** The standard tier's `high` block (response 2h on berlin-business), up to the `normal` block. */
export const STANDARD_HIGH = /      high:\n        response: \{ within: 2h, calendar: berlin-business[^\n]*\n(?: {8}[^\n]*\n)*?(?= {6}normal:)/;

/** The standard tier's `low` block: response and resolution (the essential tier's has no resolution). */
export const STANDARD_LOW = /      low:\n        response: \{ within: 2d[^\n]*\n        resolution: \{ within: 10d[^\n]*\n/;

/** Indents a YAML block by `spaces`. */
function indent(text: string, spaces: number): string {
  return text.trim().split('\n').map((line) => `${' '.repeat(spaces)}${line}`).join('\n');
}

/**
 * The example's text with the standard tier's `high` targets replaced by `targets` (the mapping under `high:`), and
 * `calendars` (list items) added before `always-on`.
 */
export function agreementTextWith(targets: string, calendars = '', edits: [string | RegExp, string][] = []): string {
  return editExample([
    [STANDARD_HIGH, `      high:\n${indent(targets, 8)}\n`],
    ...(calendars ? [['  - id: always-on\n', `${indent(calendars, 2)}\n  - id: always-on\n`] as [string, string]] : []),
    ...edits,
  ]);
}

/** The agreement of `agreementTextWith`; throws with the diagnostics when it is not valid. */
export function agreementWith(targets: string, calendars = '', edits: [string | RegExp, string][] = []): Agreement {
  const result = loadAgreementText(agreementTextWith(targets, calendars, edits), 'fixture.sla.yaml');
  if (!result.ok || !result.agreement) throw new Error(`fixture is not valid:\n${result.diagnostics.map((d) => d.message).join('\n')}`);
  return result.agreement;
}
