/**
 * `sla diff --format json`: the DiffReport under a versioned envelope, every object's keys in a fixed order (the
 * order of src/diff/types.ts), so the same diff always gives the same bytes. schemas/diff-report.schema.json
 * describes it; `formatVersion` changes only when a field is removed or changes meaning (new optional fields may
 * appear within a version, so the schema allows properties it does not name).
 */
import { jsonText } from '../../formatters/json-text.js';
import type { AgreementChange, AgreementDiff, AgreementVersion, ChangeEffect, ChangeMeasure, DiffReport, FileDiff } from '../types.js';

/** The version of the JSON envelope. */
export const DIFF_JSON_FORMAT_VERSION = 1;

export interface DiffJson extends DiffReport {
  formatVersion: typeof DIFF_JSON_FORMAT_VERSION;
}

/** `value`'s keys in the order given, then any others it has, undefined ones left out. */
function ordered<T extends object>(value: T, keys: readonly (keyof T)[]): T {
  const copy: Record<string, unknown> = {};
  for (const key of [...keys, ...(Object.keys(value) as (keyof T)[]).filter((key) => !keys.includes(key))]) {
    if (value[key] !== undefined) copy[key as string] = value[key];
  }
  return copy as T;
}

// The order docs/diff.md shows.
const verdictJson = (verdict: Record<ChangeEffect, number>) => ({ stronger: verdict.stronger, weaker: verdict.weaker, neutral: verdict.neutral, mixed: verdict.mixed });
const versionJson = (version: AgreementVersion) => ordered(version, ['title', 'version', 'effectiveDate']);
const measureJson = (measure: ChangeMeasure) => ordered(measure, ['label', 'before', 'after', 'effect']);

function changeJson(change: AgreementChange): AgreementChange {
  const copy = ordered(change, ['pointer', 'oldPointer', 'newPointer', 'change', 'effect', 'section', 'subject', 'before', 'after', 'summary', 'reason', 'measures', 'oldLine', 'newLine']);
  if (change.measures) copy.measures = change.measures.map(measureJson);
  return copy;
}

function agreementDiffJson(diff: AgreementDiff): AgreementDiff {
  return ordered({ ...diff, old: versionJson(diff.old), new: versionJson(diff.new), changes: diff.changes.map(changeJson), verdict: verdictJson(diff.verdict) }, ['old', 'new', 'verdict', 'headline', 'changes']);
}

function fileJson(file: FileDiff): FileDiff {
  return ordered({ ...file, ...(file.diff && { diff: agreementDiffJson(file.diff) }) }, ['status', 'oldPath', 'newPath', 'diff']);
}

/** The envelope as data: `{ formatVersion, base, head, verdict, headline, files }`. */
export function diffJson(report: DiffReport): DiffJson {
  return {
    formatVersion: DIFF_JSON_FORMAT_VERSION,
    base: report.base,
    head: report.head,
    verdict: verdictJson(report.verdict),
    headline: report.headline,
    files: report.files.map(fileJson),
  };
}

export function formatDiffJson(report: DiffReport): string {
  return `${jsonText(diffJson(report), 2)}\n`;
}
