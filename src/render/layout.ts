/**
 * Tidies the Markdown a template produced so it reads and lints the same whatever the template's whitespace:
 * numbered headings, one blank line around headings and tables, aligned table columns, no trailing spaces,
 * no runs of blank lines, one final newline.
 */

import { translator } from '../i18n/catalog.js';
import { DEFAULT_LOCALE } from '../model/agreement.js';
import { createHeadingSlugger } from '../markdown/slug.js';

export interface LayoutOptions {
  /** The language of the words layout writes itself ("section 9" in a link); en-GB when not given. */
  locale?: string;
  /**
   * Number `##` headings 1, 2, 3 and `###` headings 1.1, 1.2; headings that already start with a number keep it,
   * and a heading that ends with ` {-}` (Pandoc's mark for an unnumbered heading) is left unnumbered.
   */
  numberHeadings: boolean;
}

/** `{-}` at the end of a heading: not numbered, and not counted (the mark itself is removed). */
const UNNUMBERED = /\s+\{-\}$/;
/** `<!-- section: channels -->` on the line before a heading names that heading for links inside the document. */
const SECTION_MARK = /^<!-- section: ([a-z][a-z0-9-]*) -->$/;
/**
 * `[§](#section:channels)`: a link to the heading named `channels`. It becomes `[section 9](#9-channels-and-escalation)`
 * (the heading's number, or its text when unnumbered) with GitHub's anchor; a link to a section the document does
 * not have is removed, with the brackets around it (` ([§](#section:x))`). Agreement values cannot write one: their
 * brackets are escaped.
 */
const SECTION_LINK = /( ?\()?(?<!\\)\[§\]\(#section:([a-z][a-z0-9-]*)\)(\))?/g;

const HEADING = /^(#{1,6})\s+(.*)$/;
const FENCE = /^(`{3,}|~{3,})/;

function isTableLine(line: string): boolean {
  return line.startsWith('|');
}

/** Splits a table row on the pipes that are not escaped. */
export function splitRow(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (char === '\\' && i + 1 < line.length) {
      cell += char + line[i + 1];
      i++;
    } else if (char === '|') {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  // A row starts and ends with a pipe: drop the empty text outside them.
  if (cells[0]?.trim() === '') cells.shift();
  if (cells.length > 0 && cells.at(-1)!.trim() === '') cells.pop();
  return cells.map((c) => c.trim());
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
// Combining marks, joiners, variation selectors and emoji make one visible character of several code points.
const CLUSTERED = /[\u0300-\u036f\u1ab0-\u1aff\u20d0-\u20ff\u200d\ufe00-\ufe0f\u{1f000}-\u{1faff}]/u;

/** Visible characters, as an editor's monospace columns count them. */
function width(text: string): number {
  if (!CLUSTERED.test(text)) return [...text].length;
  let count = 0;
  for (const _ of segmenter.segment(text)) count++;
  return count;
}

const DELIMITER_CELL = /^:?-+:?$/;

function alignTable(lines: string[]): string[] {
  const rows = lines.map(splitRow);
  const delimiterIndex = rows.findIndex((row) => row.length > 0 && row.every((c) => DELIMITER_CELL.test(c)));
  if (delimiterIndex !== 1) return lines;
  const columns = rows[0]!.length;
  const alignments = rows[1]!.map((c) => ({ left: c.startsWith(':'), right: c.endsWith(':') }));
  const body = rows.map((row) => Array.from({ length: columns }, (_, i) => row[i] ?? ''));
  const widths = Array.from({ length: columns }, (_, i) =>
    Math.max(3, ...body.filter((_, r) => r !== 1).map((row) => width(row[i]!))));
  return body.map((row, r) => {
    const cells = row.map((cell, i) => {
      const w = widths[i]!;
      if (r === 1) {
        const align = alignments[i] ?? { left: false, right: false };
        const dashes = '-'.repeat(w - (align.left ? 1 : 0) - (align.right ? 1 : 0));
        return `${align.left ? ':' : ''}${dashes}${align.right ? ':' : ''}`;
      }
      return cell + ' '.repeat(w - width(cell));
    });
    return `| ${cells.join(' | ')} |`;
  });
}

function headingNumber(counters: number[], level: number): string {
  // Level 2 is a section (1.), level 3 a clause (1.1), deeper levels continue (1.1.1).
  const depth = level - 1;
  counters[depth - 1] = (counters[depth - 1] ?? 0) + 1;
  counters.length = depth;
  return depth === 1 ? `${counters[0]}.` : counters.join('.');
}

export function layoutMarkdown(markdown: string, options: LayoutOptions): string {
  const input = markdown.replace(/\r\n?/g, '\n').split('\n').map((line) => line.replace(/[ \t]+$/, ''));
  const out: string[] = [];
  const counters: number[] = [];
  const slugger = createHeadingSlugger();
  const sections = new Map<string, { label: string; anchor: string }>();
  let mark: string | undefined;
  let fence: string | undefined;
  const blank = () => {
    if (out.length > 0 && out.at(-1) !== '') out.push('');
  };
  for (let i = 0; i < input.length; i++) {
    const line = input[i]!;
    if (fence) {
      out.push(line);
      if (line.startsWith(fence)) fence = undefined;
      continue;
    }
    const opening = FENCE.exec(line);
    if (opening) {
      blank();
      fence = opening[1]!;
      out.push(line);
      continue;
    }
    if (line === '') {
      blank();
      continue;
    }
    const sectionMark = SECTION_MARK.exec(line);
    if (sectionMark) {
      mark = sectionMark[1];
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = heading[1]!.length;
      let text = heading[2]!;
      const unnumbered = UNNUMBERED.test(text);
      text = text.replace(UNNUMBERED, '');
      // A template's own number has the shape of its level: `9. Fees` for a section, `9.2 Notice` for a clause.
      // Anything else that starts with digits (`24 X 7 Support`, `2027 rates`) is text, not a number.
      const own = (level === 2 ? /^(\d+)\.\s/ : /^(\d+(?:\.\d+)+)\.?\s/).exec(text);
      let number = own ? own[1]! : '';
      if (options.numberHeadings && level >= 2 && !unnumbered) {
        // A heading the template numbered itself keeps its number, and the headings after it count on from it.
        if (own) counters.splice(0, counters.length, ...own[1]!.split('.').map(Number));
        else {
          const numbered = headingNumber(counters, level);
          number = numbered.replace(/\.$/, '');
          text = `${numbered} ${text}`;
        }
      }
      // GitHub's anchor of the heading as it reads, markup and escapes aside.
      const anchor = slugger.slug(text.replace(/\\(.)/g, '$1').replace(/[*_`]/g, ''));
      if (mark) sections.set(mark, { label: number ? translator(options.locale ?? DEFAULT_LOCALE).t('layout.sectionLink', { number }) : text, anchor });
      mark = undefined;
      blank();
      out.push(`${heading[1]} ${text}`, '');
      continue;
    }
    if (isTableLine(line)) {
      const table: string[] = [];
      while (i < input.length && isTableLine(input[i]!)) table.push(input[i++]!);
      i--;
      blank();
      out.push(...alignTable(table), '');
      continue;
    }
    out.push(line);
  }
  while (out.at(-1) === '') out.pop();
  const linked = out.join('\n').replace(SECTION_LINK, (_link, open: string | undefined, name: string, close: string | undefined) => {
    const section = sections.get(name);
    if (!section) return open && close ? '' : `${open ?? ''}${close ?? ''}`;
    return `${open ?? ''}[${section.label}](#${section.anchor})${close ?? ''}`;
  });
  return `${linked}\n`;
}
