/**
 * `sla diff` at a terminal: the versions compared, then each agreement file with its changes grouped by the
 * contract's sections, one line per change (effect tag, summary, lines `old:12 → new:14`), its reason and measures
 * indented below, and the headline last. Text from the agreements is shown on one line with control characters as
 * escapes (showText), so a value cannot recolour the terminal or forge a line.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { showText } from '../../formatters/visible-text.js';
import { CHANGE_EFFECTS, type AgreementChange, type ChangeEffect, type ChangeMeasure, type DiffReport, type FileDiff } from '../types.js';

export interface DiffFormatOptions {
  /** Colours for the stream the output goes to; none by default (and always none for a file). */
  color?: ChalkInstance;
}

const NO_COLOR = new Chalk({ level: 0 });
const TAG_WIDTH = Math.max(...CHANGE_EFFECTS.map((effect) => effect.length));

function paintOf(color: ChalkInstance): Record<ChangeEffect, ChalkInstance> {
  return { weaker: color.red, mixed: color.yellow, stronger: color.green, neutral: color.dim };
}

/** `old:12 → new:14`, `new:14` or `old:12`: where the change is in each version. */
export function linesOf(change: Pick<AgreementChange, 'oldLine' | 'newLine'>): string {
  const parts = [change.oldLine !== undefined ? `old:${change.oldLine}` : undefined, change.newLine !== undefined ? `new:${change.newLine}` : undefined];
  return parts.filter(Boolean).join(' → ');
}

/**
 * What a change says beyond its summary: the reason and the measures the summary does not already give (the
 * summary carries a short reason and up to two measures itself).
 */
export function beyondSummary(change: AgreementChange): { reason?: string; measures: ChangeMeasure[] } {
  const reason = change.reason && !change.summary.includes(change.reason) ? change.reason : undefined;
  const measures = (change.measures ?? []).filter((m) => !change.summary.includes(`${m.label}: ${m.before} → ${m.after}`));
  return { ...(reason && { reason }), measures };
}

/** The changes of one file by section, sections in the order of their first change (the contract's order). */
export function bySection(changes: readonly AgreementChange[]): [section: string, changes: AgreementChange[]][] {
  const sections = new Map<string, AgreementChange[]>();
  for (const change of changes) {
    const list = sections.get(change.section) ?? [];
    list.push(change);
    sections.set(change.section, list);
  }
  return [...sections];
}

/** The file's name as the report shows it, with what happened to it. */
export function fileTitle(file: FileDiff): { path: string; note?: string } {
  const path = file.newPath ?? file.oldPath ?? '';
  if (file.status === 'added') return { path, note: 'agreement added' };
  if (file.status === 'removed') return { path, note: 'agreement removed' };
  if (file.status === 'renamed') return { path, note: `renamed from ${file.oldPath ?? ''}` };
  // Two files given by path: both are named.
  if (file.oldPath !== undefined && file.newPath !== undefined && file.oldPath !== file.newPath) return { path: `${file.oldPath} → ${file.newPath}` };
  return { path };
}

function fileBlock(file: FileDiff, color: ChalkInstance): string {
  const paint = paintOf(color);
  const title = fileTitle(file);
  const lines = [`${color.underline(showText(title.path))}${title.note ? `  ${color.dim(showText(title.note))}` : ''}`];
  const changes = file.diff?.changes ?? [];
  if (file.status === 'added' || file.status === 'removed') return lines.join('\n');
  if (changes.length === 0) {
    lines.push(`  ${color.dim('no change to the terms')}`);
    return lines.join('\n');
  }
  const indent = ' '.repeat(4 + TAG_WIDTH + 2);
  for (const [section, list] of bySection(changes)) {
    lines.push(`  ${color.bold(showText(section))}`);
    for (const change of list) {
      const where = linesOf(change);
      lines.push(`    ${paint[change.effect](change.effect.padEnd(TAG_WIDTH))}  ${showText(change.summary)}${where ? `  ${color.dim(where)}` : ''}`);
      const more = beyondSummary(change);
      if (more.reason) lines.push(`${indent}${color.dim(showText(more.reason))}`);
      for (const measure of more.measures) {
        lines.push(`${indent}${showText(`${measure.label}: ${measure.before} → ${measure.after}`)} ${paint[measure.effect](`(${measure.effect})`)}`);
      }
    }
  }
  return lines.join('\n');
}

/** The worst effect the report has, for the colour of its headline. */
export function worstEffect(report: Pick<DiffReport, 'verdict'>): ChangeEffect | undefined {
  return CHANGE_EFFECTS.find((effect) => report.verdict[effect] > 0);
}

export function formatDiffStylish(report: DiffReport, options: DiffFormatOptions = {}): string {
  const color = options.color ?? NO_COLOR;
  // Two files compared by path: the file's own title already names both.
  const [only] = report.files;
  const named = report.files.length === 1 && only!.oldPath === report.base && only!.newPath === report.head;
  const blocks = [...(named ? [] : [color.dim(showText(`${report.base} → ${report.head}`))]), ...report.files.map((file) => fileBlock(file, color))];
  const worst = worstEffect(report);
  const headline = worst ? paintOf(color)[worst].bold(showText(report.headline)) : color.bold(showText(report.headline));
  return `${blocks.join('\n\n')}\n\n${headline}\n`;
}
