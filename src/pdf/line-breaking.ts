import type { FontRole } from './fonts.js';
import { fontFor, type Run } from './inline.js';

/** Measures text in a face and size; the layout never touches pdfkit directly, which keeps it testable. */
export type Measure = (text: string, font: FontRole, size: number) => number;

export interface Segment {
  readonly text: string;
  readonly font: FontRole;
  readonly size: number;
  readonly link?: string;
  /** Offset from the line's left edge. */
  readonly x: number;
  readonly width: number;
}

export interface Line {
  readonly segments: readonly Segment[];
  readonly width: number;
}

interface Fragment {
  readonly text: string;
  readonly font: FontRole;
  readonly size: number;
  readonly link?: string;
}

interface Word {
  fragments: Fragment[];
  width: number;
  /** What separates this word from the previous one: a space (drawn unless at a line start) or a bare break chance. */
  gap: Fragment | 'none' | 'opportunity';
  forcedBreakBefore: boolean;
}

/** Code is set a little smaller so DejaVu Sans Mono's wide glyphs sit evenly next to the proportional face. */
export const CODE_SCALE = 0.9;

/**
 * Greedy line breaking of styled runs into lines no wider than `width`. Breaks at spaces, after hyphens,
 * dashes, slashes and @ (so "Mon–Fri" or "prompt/workflow" can wrap in a narrow table column) and, as a last
 * resort, inside a word that is wider than the whole line.
 */
export function breakLines(runs: readonly Run[], width: number, size: number, measure: Measure): Line[] {
  const words = toWords(runs, size, measure);
  const lines: Fragment[][] = [];
  let current: Fragment[] = [];
  let currentWidth = 0;

  const flush = () => {
    lines.push(current);
    current = [];
    currentWidth = 0;
  };

  for (const word of words) {
    if (word.forcedBreakBefore) flush();
    // A space is drawn as part of the text before it (see toLine), so it is measured in that text's face.
    const before = current.at(-1);
    const gapWidth = typeof word.gap === 'object' && before ? measure(' ', before.font, before.size) : 0;
    if (current.length > 0 && currentWidth + gapWidth + word.width > width + 0.01) {
      flush();
    }
    if (current.length === 0 && word.width > width) {
      for (const piece of splitOversizedWord(word.fragments, width, measure)) {
        if (current.length > 0) flush();
        current.push(...piece);
        currentWidth = sumWidths(piece, measure);
      }
      continue;
    }
    if (current.length > 0 && typeof word.gap === 'object') {
      current.push(word.gap);
      currentWidth += gapWidth;
    }
    current.push(...word.fragments);
    currentWidth += word.width;
  }
  if (current.length > 0 || lines.length === 0) flush();
  return lines.map((fragments) => toLine(fragments, measure));
}

function toWords(runs: readonly Run[], size: number, measure: Measure): Word[] {
  const words: Word[] = [];
  let word: Word | undefined;
  let pendingGap: Word['gap'] = 'none';
  let pendingBreak = false;

  const startWord = (): Word => {
    const started: Word = { fragments: [], width: 0, gap: pendingGap, forcedBreakBefore: pendingBreak };
    words.push(started);
    pendingGap = 'none';
    pendingBreak = false;
    return started;
  };

  for (const run of runs) {
    if (run.lineBreak) {
      word = undefined;
      pendingBreak = true;
      pendingGap = 'none';
      continue;
    }
    const font = fontFor(run);
    const fragmentSize = run.code ? size * CODE_SCALE : size;
    const text = run.text.replace(/\u00ad/g, '');
    // Whitespace other than no-break space separates words; break chances follow - – — / and the @ of an
    // e-mail address, so addresses and paths wrap in narrow table columns instead of being cut anywhere.
    for (const part of text.split(/([ \t\r\n\f\v]+)/)) {
      if (part.length === 0) continue;
      if (/^[ \t\r\n\f\v]+$/.test(part)) {
        word = undefined;
        pendingGap = { text: ' ', font, size: fragmentSize, ...(run.link ? { link: run.link } : {}) };
        continue;
      }
      const pieces = part.split(/(?<=[-–—/@])(?=[\p{L}\p{N}])/u);
      pieces.forEach((piece, index) => {
        if (index > 0) {
          word = undefined;
          pendingGap = 'opportunity';
        }
        word ??= startWord();
        const fragment: Fragment = { text: piece, font, size: fragmentSize, ...(run.link ? { link: run.link } : {}) };
        word.fragments.push(fragment);
        word.width += measure(piece, font, fragmentSize);
      });
    }
  }
  // Leading whitespace of a block never indents its first line.
  if (words[0] && typeof words[0].gap === 'object') words[0].gap = 'none';
  return words;
}

function splitOversizedWord(fragments: readonly Fragment[], width: number, measure: Measure): Fragment[][] {
  const pieces: Fragment[][] = [];
  let current: Fragment[] = [];
  let currentWidth = 0;
  for (const fragment of fragments) {
    let buffer = '';
    for (const character of fragment.text) {
      const characterWidth = measure(character, fragment.font, fragment.size);
      if (currentWidth + characterWidth > width && (buffer.length > 0 || current.length > 0)) {
        if (buffer) current.push({ ...fragment, text: buffer });
        pieces.push(current);
        current = [];
        currentWidth = 0;
        buffer = '';
      }
      buffer += character;
      currentWidth += characterWidth;
    }
    if (buffer) current.push({ ...fragment, text: buffer });
  }
  if (current.length > 0) pieces.push(current);
  return pieces;
}

function sumWidths(fragments: readonly Fragment[], measure: Measure): number {
  return fragments.reduce((total, fragment) => total + measure(fragment.text, fragment.font, fragment.size), 0);
}

/** Joins neighbouring fragments of the same style, so each line is drawn (and extracted) as few strings. */
function toLine(fragments: readonly Fragment[], measure: Measure): Line {
  const merged: Fragment[] = [];
  for (const fragment of fragments) {
    const previous = merged.at(-1);
    if (previous && previous.font === fragment.font && previous.size === fragment.size && previous.link === fragment.link) {
      merged[merged.length - 1] = { ...previous, text: previous.text + fragment.text };
    } else if (previous && fragment.text === ' ') {
      // A space between two styles belongs to the text before it; it keeps that text one string.
      merged[merged.length - 1] = { ...previous, text: previous.text + ' ' };
    } else {
      merged.push(fragment);
    }
  }
  let x = 0;
  const segments = merged.map((fragment) => {
    const segmentWidth = measure(fragment.text, fragment.font, fragment.size);
    const segment: Segment = { ...fragment, x, width: segmentWidth };
    x += segmentWidth;
    return segment;
  });
  const last = segments.at(-1);
  const width = last ? last.x + measure(last.text.trimEnd(), last.font, last.size) : 0;
  return { segments, width };
}

/**
 * The narrowest a text can be set (its widest unbreakable word) and its width set on one line: the two
 * numbers table column widths are computed from.
 */
export function contentWidths(runs: readonly Run[], size: number, measure: Measure): { minimum: number; maximum: number } {
  const words = toWords(runs, size, measure);
  const minimum = words.reduce((widest, word) => Math.max(widest, word.width), 0);
  const maximum = breakLines(runs, Number.POSITIVE_INFINITY, size, measure).reduce((widest, line) => Math.max(widest, line.width), 0);
  return { minimum, maximum };
}
