/**
 * `sla diff --format md`: the changes as a pull-request comment or a GitHub job summary. The first line is a
 * marker (`<!-- sla-diff -->`) a bot can find its earlier comment by; the headline in bold is the one-line verdict;
 * then each agreement file and each section as a table (Effect | Change | Where). Every piece of text from an
 * agreement or a path is escaped (escapeMarkdown), so a value cannot end a cell, inject HTML or a link.
 */
import { escapeMarkdown } from '../../render/escape.js';
import type { AgreementChange, ChangeMeasure, DiffReport, FileDiff } from '../types.js';
import { beyondSummary, bySection, fileTitle, linesOf } from './stylish.js';

/** The first line of every Markdown diff, for finding (and replacing) an earlier comment. */
export const DIFF_MARKDOWN_MARKER = '<!-- sla-diff -->';

const measureText = (measure: ChangeMeasure) => `${escapeMarkdown(measure.label)}: ${escapeMarkdown(measure.before)} → ${escapeMarkdown(measure.after)} (${measure.effect})`;

/** Up to this many measures are listed in the cell; more fold into a <details> a reviewer opens. */
const MEASURES_SHOWN = 3;

function changeRow(change: AgreementChange): string {
  const more = beyondSummary(change);
  const measures = more.measures.map(measureText);
  const folded = measures.length > MEASURES_SHOWN
    ? [`<details><summary>${measures.length} figures</summary>${measures.join('<br>')}</details>`]
    : measures;
  const text = [escapeMarkdown(change.summary), ...(more.reason ? [`*${escapeMarkdown(more.reason)}*`] : []), ...folded];
  const where = [escapeMarkdown(change.pointer), linesOf(change)].filter(Boolean).join(' ');
  const effect = change.effect === 'weaker' || change.effect === 'mixed' ? `**${change.effect}**` : change.effect;
  return `| ${effect} | ${text.join('<br>')} | ${where} |`;
}

function fileSection(file: FileDiff): string[] {
  const title = fileTitle(file);
  const lines = [`### ${escapeMarkdown(title.path)}`, ''];
  if (file.status === 'added') return [...lines, 'Agreement added (not compared clause by clause).', ''];
  if (file.status === 'removed') return [...lines, 'Agreement removed.', ''];
  if (file.status === 'renamed') lines.push(`Renamed from ${escapeMarkdown(file.oldPath ?? '')}.`, '');
  const changes = file.diff?.changes ?? [];
  if (changes.length === 0) return [...lines, 'No change to the terms.', ''];
  for (const [section, list] of bySection(changes)) {
    lines.push(`#### ${escapeMarkdown(section)}`, '', '| Effect | Change | Where |', '| --- | --- | --- |', ...list.map(changeRow), '');
  }
  return lines;
}

export function formatDiffMarkdown(report: DiffReport): string {
  const lines = [DIFF_MARKDOWN_MARKER, '## Agreement changes', '', `**${escapeMarkdown(report.headline)}**`, ''];
  const nothing = report.files.every((file) => (file.status === 'modified' || file.status === 'unchanged') && (file.diff?.changes.length ?? 0) === 0);
  if (nothing) return `${lines.join('\n')}`;
  lines.push(`Comparing ${escapeMarkdown(report.base)} → ${escapeMarkdown(report.head)}.`, '');
  for (const file of report.files) lines.push(...fileSection(file));
  return `${lines.join('\n').trimEnd()}\n`;
}
