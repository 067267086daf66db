/**
 * A DiffReport from agreement files: each file's two versions loaded and compared (diffAgreements), the verdict
 * summed over the files, and one headline that also names agreements added, removed and renamed. Library code:
 * nothing is printed. A version that cannot be read as YAML is a problem (with its file, line and column), not a
 * diff; a version with schema errors is still compared by its data.
 */
import { loadAgreementBytes, loadAgreementText, type AgreementResult, type LoadOptions } from '../agreement.js';
import { hasErrors, type Diagnostic } from '../diagnostics.js';
import { headlineOf } from './headline.js';
import { diffAgreements } from './index.js';
import { CHANGE_EFFECTS, type ChangeEffect, type DiffReport, type FileDiff } from './types.js';

/** One version of an agreement file: its path (as reported) and its text or bytes. */
export interface AgreementVersionText {
  path: string;
  text: string | Uint8Array;
}

/** One agreement file across two versions: `old` absent for an added file, `new` absent for a removed one. */
export interface FilePair {
  status?: FileDiff['status'];
  old?: AgreementVersionText;
  new?: AgreementVersionText;
}

/** The report, and the versions that could not be compared because they could not be read. */
export interface DiffOutcome {
  report: DiffReport;
  /** Errors that stopped a version from being read (YAML syntax, an empty file, binary bytes), with positions. */
  problems: Diagnostic[];
  /** Versions compared although they have schema errors (by their data as written), by path. */
  invalid: string[];
}

const noChanges = (): Record<ChangeEffect, number> => ({ weaker: 0, mixed: 0, stronger: 0, neutral: 0 });

/** Loads one version; its parse errors, if it cannot be read at all. */
export function loadVersion(version: AgreementVersionText, options: LoadOptions = {}): { result: AgreementResult; problems: Diagnostic[] } {
  const result = typeof version.text === 'string' ? loadAgreementText(version.text, version.path, options) : loadAgreementBytes(version.text, version.path, options);
  const unreadable = result.unreadable || result.source.data === undefined || hasErrors(result.source.diagnostics);
  const problems = unreadable ? result.source.diagnostics.filter((d) => d.severity === 'error') : [];
  for (const d of problems) d.file = version.path;
  if (unreadable && problems.length === 0) {
    problems.push({ code: 'unreadable', severity: 'error', message: 'the file cannot be read as an agreement', pointer: '', range: { line: 1, column: 1, endLine: 1, endColumn: 1 }, file: version.path });
  }
  return { result, problems };
}

const sameBytes = (a: string | Uint8Array, b: string | Uint8Array) => {
  const bytes = (v: string | Uint8Array) => (typeof v === 'string' ? new TextEncoder().encode(v) : v);
  const [x, y] = [bytes(a), bytes(b)];
  return x.length === y.length && x.every((byte, i) => byte === y[i]);
};

/** Compares one file's two versions. An added or removed file is not compared clause by clause. */
export function diffFilePair(pair: FilePair, options: LoadOptions = {}): { file: FileDiff; problems: Diagnostic[]; invalid: string[] } {
  const paths = { ...(pair.old && { oldPath: pair.old.path }), ...(pair.new && { newPath: pair.new.path }) };
  if (!pair.old || !pair.new) {
    // Still read, so a broken file is reported rather than counted as an agreement.
    const only = (pair.new ?? pair.old)!;
    const { problems } = loadVersion(only, options);
    return { file: { status: pair.old ? 'removed' : 'added', ...paths }, problems, invalid: [] };
  }
  const oldVersion = loadVersion(pair.old, options);
  const newVersion = loadVersion(pair.new, options);
  const problems = [...oldVersion.problems, ...newVersion.problems];
  // Two files given by path: `unchanged` when their bytes are the same (git lists only files that differ).
  const status: FileDiff['status'] = pair.status ?? (sameBytes(pair.old.text, pair.new.text) ? 'unchanged' : 'modified');
  if (problems.length > 0) return { file: { status, ...paths }, problems, invalid: [] };
  const invalid = [oldVersion, newVersion].filter((version) => !version.result.ok).map((version) => version.result.source.file);
  return { file: { status, ...paths, diff: diffAgreements(oldVersion.result, newVersion.result) }, problems, invalid };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * The one-line verdict over every file: the changes by effect (headlineOf), then the agreements added, removed and
 * renamed: `1 change weaker for the client, 2 neutral; 1 agreement added`.
 */
export function reportHeadline(verdict: Record<ChangeEffect, number>, files: readonly FileDiff[]): string {
  const count = (status: FileDiff['status']) => files.filter((file) => file.status === status).length;
  const events = (['added', 'removed', 'renamed'] as const).filter((status) => count(status) > 0)
    .map((status, index) => (index === 0 ? `${plural(count(status), 'agreement')} ${status}` : `${count(status)} ${status}`));
  const changed = CHANGE_EFFECTS.some((effect) => verdict[effect] > 0);
  if (!changed && events.length > 0) return events.join(', ');
  return [headlineOf(verdict), ...(events.length > 0 ? [events.join(', ')] : [])].join('; ');
}

/** Assembles compared files into a DiffReport: the verdict summed over the files, and the headline. */
export function diffReport(files: readonly FileDiff[], versions: { base: string; head: string }): DiffReport {
  const verdict = noChanges();
  for (const file of files) for (const effect of CHANGE_EFFECTS) verdict[effect] += file.diff?.verdict[effect] ?? 0;
  return { base: versions.base, head: versions.head, files: [...files], verdict, headline: reportHeadline(verdict, files) };
}

/** Compares every pair and assembles the report; versions that cannot be read are returned as problems. */
export function diffFilePairs(pairs: readonly FilePair[], versions: { base: string; head: string }, options: LoadOptions = {}): DiffOutcome {
  const files: FileDiff[] = [];
  const problems: Diagnostic[] = [];
  const invalid: string[] = [];
  for (const pair of pairs) {
    const compared = diffFilePair(pair, options);
    files.push(compared.file);
    problems.push(...compared.problems);
    invalid.push(...compared.invalid);
  }
  return { report: diffReport(files, versions), problems, invalid };
}

/** `sla diff old.sla.yaml new.sla.yaml`: two versions of one agreement, named by their paths. */
export function diffTwoFiles(oldVersion: AgreementVersionText, newVersion: AgreementVersionText, options: LoadOptions = {}): DiffOutcome {
  return diffFilePairs([{ old: oldVersion, new: newVersion }], { base: oldVersion.path, head: newVersion.path }, options);
}
