/**
 * The schedule of changes a client reads (`sla diff --format pdf` typesets it, see pdf.ts): each change of a
 * DiffReport in the contract's words, section by section, numbered, with the numbers it moves and whether it is more
 * or less favourable to the Client — said in words, never by colour alone.
 *
 * It says what the report says and nothing more: no JSON pointers, line numbers or commands (those are for the
 * developer formats), and no obligations the data does not hold. The new version's effective date is stated when the
 * agreement gives one; nothing is said about when "the changes" take effect.
 */
import { escapeMarkdown } from '../../render/escape.js';
import { dateWords } from '../../render/words.js';
import { CHANGE_EFFECTS, type AgreementChange, type AgreementDiff, type AgreementVersion, type ChangeEffect, type DiffReport, type FileDiff } from '../types.js';

export interface AmendmentOptions {
  /** When the schedule was prepared (an ISO date or timestamp); stated as "Prepared on …" when given. */
  generatedAt?: string;
}

/** How each change is marked, in words. */
export const EFFECT_MARKINGS: Readonly<Record<ChangeEffect, string>> = {
  weaker: 'Less favourable to the Client',
  mixed: 'Both more and less favourable to the Client',
  stronger: 'More favourable to the Client',
  neutral: 'No effect on the service levels',
};

/** The same, short, for a column of the measures table. */
const SHORT_MARKINGS: Readonly<Record<ChangeEffect, string>> = {
  // No-break spaces: a narrow column keeps the words together rather than breaking "Less / favourable".
  weaker: 'Less\u00a0favourable',
  mixed: 'Both',
  stronger: 'More\u00a0favourable',
  neutral: 'No\u00a0effect',
};

/** The document is in English; dates are written the British way, like the words of the markings. */
const LOCALE = 'en-GB';

const quoted = (text: string) => `“${escapeMarkdown(text)}”`;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;
const dateText = (date: string) => (ISO_DATE.test(date) ? escapeMarkdown(dateWords(date.slice(0, 10), LOCALE)) : escapeMarkdown(date));

/** The plain title (no Markdown), for the PDF's metadata and page headers. */
export function amendmentTitle(report: DiffReport): string {
  const only = singleDiff(report);
  if (!only) return 'Schedule of changes to the agreements';
  const { title, version } = only.diff.old;
  if (version) return `Schedule of changes to version ${version} of the agreement`;
  return title ? `Schedule of changes to the agreement “${title}”` : 'Schedule of changes to the agreement';
}

/** The line under the title in the PDF: the agreement's title when the title names only its version. */
export function amendmentSubtitle(report: DiffReport): string | undefined {
  const only = singleDiff(report);
  if (!only) {
    const count = report.files.length;
    return count > 0 ? `${count} agreement ${count === 1 ? 'file' : 'files'} compared` : undefined;
  }
  const { old: before, new: after } = only.diff;
  if (before.version && before.title) return before.title;
  if (!before.version && !after.version && !before.effectiveDate && !after.effectiveDate) return undefined;
  return `From ${versionName(before, 'old')} to ${versionName(after, 'new')}`;
}

/** The schedule as Markdown: a `#` title, an introduction, and the changes under the contract's section headings. */
export function amendmentMarkdown(report: DiffReport, options: AmendmentOptions = {}): string {
  const only = singleDiff(report);
  const lines: string[] = [`# ${titleMarkdown(report)}`, ''];
  const compared = report.files.filter((file): file is FileDiff & { diff: AgreementDiff } => file.diff !== undefined);
  const total = compared.reduce((sum, file) => sum + file.diff.changes.length, 0);
  const filesAddedOrRemoved = report.files.filter((file) => file.status === 'added' || file.status === 'removed');

  if (total === 0 && filesAddedOrRemoved.length === 0) {
    lines.push(only ? `There are no changes to ${agreementName(only.diff.old)}.` : 'There are no changes to the agreements.', '');
    return lines.join('\n');
  }

  // The introduction: what is compared and the count of each marking; then when it was prepared.
  const intro = only
    ? `This schedule sets out the changes ${betweenVersions(only.diff, agreementName(only.diff.old))}.`
    : 'This schedule sets out the changes to the agreements below, each from its previous version to its new one.';
  const counts = total > 0 ? ` ${countSentence(compared.flatMap((file) => file.diff.changes))} Each change is marked as more favourable to the Client, less favourable, both, or as having no effect on the service levels.` : '';
  lines.push(`${intro}${counts}`, '');
  if (options.generatedAt) lines.push(`Prepared on ${dateText(options.generatedAt)}.`, '');
  for (const file of report.files) {
    if (file.status === 'added') lines.push(`The agreement file ${quoted(file.newPath ?? file.oldPath ?? '')} is added.`, '');
    else if (file.status === 'removed') lines.push(`The agreement file ${quoted(file.oldPath ?? file.newPath ?? '')} is removed.`, '');
    else if (!only && file.diff && file.diff.changes.length === 0) lines.push(`There are no changes to ${agreementName(file.diff.old, file)}.`, '');
  }

  // Two agreements of the same title are told apart by their files.
  const titles = compared.map((file) => file.diff.old.title);
  const named = (file: FileDiff & { diff: AgreementDiff }) => {
    const name = agreementName(file.diff.old, file);
    const path = file.newPath ?? file.oldPath;
    return path && file.diff.old.title && titles.filter((title) => title === file.diff.old.title).length > 1 ? `${name} (${escapeMarkdown(path)})` : name;
  };
  let number = 1;
  for (const file of compared) {
    if (file.diff.changes.length === 0) continue;
    let sectionLevel = '##';
    if (!only) {
      sectionLevel = '###';
      lines.push(`## ${capitalised(named(file))}`, '');
      lines.push(`${capitalised(`changes ${betweenVersions(file.diff)}`)}.`, '');
    }
    for (const [section, changes] of bySection(file.diff.changes)) {
      lines.push(`${sectionLevel} ${escapeMarkdown(section)}`, '');
      for (const change of changes) {
        lines.push(...changeItem(change, number));
        number += 1;
      }
    }
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}

/** One numbered change: its summary, its marking (with the reason when the summary does not give it) and its measures. */
function changeItem(change: AgreementChange, number: number): string[] {
  const marker = `${number}. `;
  const indent = ' '.repeat(marker.length);
  const reason = change.reason && !change.summary.includes(change.reason) ? ` — ${escapeMarkdown(change.reason.replace(/[.\s]+$/, ''))}.` : '';
  const marking = reason ? `**${EFFECT_MARKINGS[change.effect]}**${reason}` : `**${EFFECT_MARKINGS[change.effect]}.**`;
  const measures = change.measures ?? [];
  // One paragraph, the marking on a line of its own; ending in a colon, it introduces the table, which the
  // typesetter then keeps on the same page as the change it belongs to.
  const lines = [`${marker}${escapeMarkdown(change.summary)}\\`, `${indent}${marking}${measures.length > 0 ? ' In figures:' : ''}`, ''];
  if (measures.length > 0) {
    // A column of effects only where a measure goes another way than the change as a whole (a mixed change).
    const effects = measures.some((measure) => measure.effect !== change.effect);
    const row = (cells: string[]) => `${indent}| ${cells.join(' | ')} |`;
    lines.push(row(['What is measured', 'Before', 'After', ...(effects ? ['For the Client'] : [])]));
    lines.push(row(['---', '---', '---', ...(effects ? ['---'] : [])]));
    for (const measure of measures) {
      lines.push(row([capitalised(escapeMarkdown(measure.label)), escapeMarkdown(measure.before), escapeMarkdown(measure.after), ...(effects ? [SHORT_MARKINGS[measure.effect]] : [])]));
    }
    lines.push('');
  }
  return lines;
}

/** The changes grouped under their sections, sections in the order they first come. */
function bySection(changes: readonly AgreementChange[]): Map<string, AgreementChange[]> {
  const sections = new Map<string, AgreementChange[]>();
  for (const change of changes) {
    const list = sections.get(change.section);
    if (list) list.push(change);
    else sections.set(change.section, [change]);
  }
  return sections;
}

/** `It lists 3 changes: 2 are less favourable to the Client and 1 is more favourable.` */
function countSentence(changes: readonly AgreementChange[]): string {
  const counts = CHANGE_EFFECTS.map((effect) => [effect, changes.filter((change) => change.effect === effect).length] as const).filter(([, count]) => count > 0);
  const one = changes.length === 1;
  const phrase = (effect: ChangeEffect, count: number, first: boolean): string => {
    const verb = effect === 'neutral' ? (count === 1 ? 'has' : 'have') : count === 1 ? 'is' : 'are';
    const words = effect === 'neutral' ? 'no effect on the service levels' : first ? EFFECT_MARKINGS[effect].charAt(0).toLowerCase() + EFFECT_MARKINGS[effect].slice(1) : EFFECT_MARKINGS[effect].replace(/ to the Client$/, '').toLowerCase();
    return one ? `${verb} ${words}` : `${count} ${verb} ${words}`;
  };
  if (one) return `It lists 1 change, which ${phrase(counts[0]![0], 1, true)}.`;
  if (counts.length === 1) {
    const [effect] = counts[0]!;
    return `It lists ${changes.length} changes, all of which ${phrase(effect, changes.length, true).replace(/^\d+ /, '')}.`;
  }
  const parts = counts.map(([effect, count], index) => phrase(effect, count, index === 0));
  return `It lists ${changes.length} changes: ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}.`;
}

/** The one compared agreement when the report holds exactly one (with or without files added or removed). */
function singleDiff(report: DiffReport): (FileDiff & { diff: AgreementDiff }) | undefined {
  const compared = report.files.filter((file): file is FileDiff & { diff: AgreementDiff } => file.diff !== undefined);
  return compared.length === 1 ? compared[0] : undefined;
}

function titleMarkdown(report: DiffReport): string {
  const only = singleDiff(report);
  if (!only) return 'Schedule of changes to the agreements';
  const { version } = only.diff.old;
  return version ? `Schedule of changes to version ${escapeMarkdown(version)} of the agreement` : `Schedule of changes to ${agreementName(only.diff.old)}`;
}

/** `the agreement “Support Agreement — X”`; by its file when it has no title; `the agreement` when neither. */
function agreementName(version: AgreementVersion, file?: FileDiff): string {
  if (version.title) return `the agreement ${quoted(version.title)}`;
  const path = file?.newPath ?? file?.oldPath;
  return path ? `the agreement in ${quoted(path)}` : 'the agreement';
}

/**
 * `between version 2.0 (…) and version 2.1 (…) of the agreement “X”`; when neither the version nor the effective
 * date moves, `to version 2.0 (…) of the agreement “X”, whose version and effective date are unchanged`.
 */
function betweenVersions(diff: AgreementDiff, of?: string): string {
  const before = versionText(diff.old, 'old');
  const after = versionText(diff.new, 'new');
  const same = diff.old.version === diff.new.version && diff.old.effectiveDate === diff.new.effectiveDate && (diff.old.version || diff.old.effectiveDate);
  if (same) return `to ${before}${of ? ` of ${of}` : ''}, whose version and effective date are unchanged`;
  return `between ${before} and ${after}${of ? ` of ${of}` : ''}`;
}

/** `version 2.1 (effective 1 July 2027)`, `the version effective 1 July 2027`, or `the previous version`. */
function versionText(version: AgreementVersion, side: 'old' | 'new'): string {
  const effective = version.effectiveDate ? dateText(version.effectiveDate) : undefined;
  if (version.version) return `version ${escapeMarkdown(version.version)}${effective ? ` (effective ${effective})` : ''}`;
  if (effective) return `the version effective ${effective}`;
  return side === 'old' ? 'the previous version' : 'the new version';
}

/** versionText without Markdown, for the PDF's subtitle. */
function versionName(version: AgreementVersion, side: 'old' | 'new'): string {
  const effective = version.effectiveDate ? (ISO_DATE.test(version.effectiveDate) ? dateWords(version.effectiveDate.slice(0, 10), LOCALE) : version.effectiveDate) : undefined;
  if (version.version) return `version ${version.version}${effective ? ` (effective ${effective})` : ''}`;
  if (effective) return `the version effective ${effective}`;
  return side === 'old' ? 'the previous version' : 'the new version';
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
