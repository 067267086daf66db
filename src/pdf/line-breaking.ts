import type { FontRole } from './fonts.js';
import { fontFor, type Run } from './inline.js';
import type { Hyphenator } from './hyphenation.js';
import { keptSpans, seams } from './keep-together.js';

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
  /** Characters in the word so far (seams are offsets into its text). */
  length: number;
  /** Offsets at which the word may break when it is wider than a whole line. */
  seams: number[];
  /** It holds a kept token: a URL (which may break at its seams) or another kind (which must stay whole). */
  keep: 'none' | 'url' | 'whole';
  /** Offsets just after a soft hyphen (U+00AD) of the source: the author's own hyphenation points. */
  soft: number[];
  /** A part of a compound already written with a hyphen, dash or slash ("Service-Level-Vereinbarung", "Mon–Fri"). */
  compound?: boolean;
  /** Offsets at which it may be hyphenated, found when first needed (see hyphenationPoints). */
  points?: readonly number[];
}

/**
 * When a line breaker hyphenates. `overflow` (text, lists, table cells): a word that does not fit on the rest of
 * the line. `oversized` (titles and headings, which read badly hyphenated and are balanced rather than filled):
 * only a word wider than the whole line.
 */
export type HyphenationPolicy = 'overflow' | 'oversized';

/** What a line ends with when a word is hyphenated across it: U+002D, which every font has and every reader knows. */
export const HYPHEN = '-';

/** Code is set a little smaller so DejaVu Sans Mono's wide glyphs sit evenly next to the proportional face. */
export const CODE_SCALE = 0.9;

/**
 * Greedy line breaking of styled runs into lines no wider than `width`. Breaks at spaces and after hyphens,
 * dashes and slashes (so "Mon–Fri" or "prompt/workflow" can wrap in a narrow table column), never inside an
 * e-mail address, URL, phone number, time-zone name, amount, duration, time or date (see keep-together.ts),
 * and, as a last resort, inside a word that is wider than the whole line.
 *
 * Hyphenation (with `hyphenator`, the document language's patterns, and the author's soft hyphens always): a word
 * is hyphenated only when it does not fit on the rest of the line. Then as much of it as fits, at one of its
 * hyphenation points, ends the line with a hyphen, and the rest starts the next. Why only then: text that fits is
 * never touched (a short paragraph comes out as it did), a line changes only where it would otherwise end a whole
 * word short, the patterns are consulted only for the words that overflow (cheap, and the same in the dry run and
 * the real pass), and it is exactly what a narrow table cell needs, where a German compound would otherwise leave
 * most of a line empty or be cut between arbitrary letters. Ragged-right text needs no more: hyphenating to even
 * out lines that already fit would add hyphens for no gain. A word wider than its whole line (or cell) is always
 * broken at its hyphenation points; only when none leaves a piece that fits is it cut between characters as
 * before. URLs, e-mail addresses and the other kept tokens, inline code, words with digits (ids) and words in ALL
 * CAPS are never hyphenated (hyphenation.ts).
 */
export function breakLines(
  runs: readonly Run[],
  width: number,
  size: number,
  measure: Measure,
  hyphenator?: Hyphenator,
  policy: HyphenationPolicy = 'overflow',
): Line[] {
  const words = toWords(runs, size, measure);
  const lines: Fragment[][] = [];
  let current: Fragment[] = [];
  let currentWidth = 0;

  const flush = () => {
    lines.push(current);
    current = [];
    currentWidth = 0;
  };

  for (const original of words) {
    if (original.forcedBreakBefore) flush();
    let word: Word | undefined = original;
    while (word) {
      // A space is drawn as part of the text before it (see toLine), so it is measured in that text's face.
      const before = current.at(-1);
      const gap: Fragment | undefined = current.length > 0 && typeof word.gap === 'object' ? word.gap : undefined;
      const gapWidth: number = gap && before ? measure(' ', before.font, before.size) : 0;
      const fits: boolean = current.length > 0 ? currentWidth + gapWidth + word.width <= width + 0.01 : word.width <= width;
      if (fits) {
        if (gap) {
          current.push(gap);
          currentWidth += gapWidth;
        }
        current.push(...word.fragments);
        currentWidth += word.width;
        word = undefined;
        continue;
      }
      // A compound that has its own hyphens breaks there rather than gets a second kind of hyphen ("Customer-Ser-"),
      // as TeX and the German and English style guides have it, unless a part is wider than the whole line.
      const mayHyphenate: boolean = (policy === 'overflow' && !word.compound) || (current.length === 0 && word.width > width);
      const split: { head: Fragment[]; tail: Word } | undefined = mayHyphenate ? hyphenate(word, width - (current.length > 0 ? currentWidth + gapWidth : 0), measure, hyphenator) : undefined;
      if (split) {
        if (gap) current.push(gap);
        current.push(...split.head);
        flush();
        word = split.tail;
        continue;
      }
      if (current.length > 0) {
        flush();
        continue;
      }
      // Alone on a line, wider than it, and no hyphenation point leaves a piece that fits.
      for (const piece of splitOversizedWord(word, width, measure)) {
        if (current.length > 0) flush();
        current.push(...piece);
        currentWidth = sumWidths(piece, measure);
      }
      word = undefined;
    }
  }
  if (current.length > 0 || lines.length === 0) flush();
  return lines.map((fragments) => toLine(fragments, measure));
}

/**
 * The longest head of `word` that ends at one of its hyphenation points and, with the hyphen added, fits in
 * `room`; and the rest of the word, which starts the next line. Undefined when the word has no such point.
 */
function hyphenate(word: Word, room: number, measure: Measure, hyphenator: Hyphenator | undefined): { head: Fragment[]; tail: Word } | undefined {
  const points = hyphenationPoints(word, hyphenator);
  for (let index = points.length - 1; index >= 0; index -= 1) {
    const at = points[index]!;
    const head = sliceFragments(word.fragments, 0, at);
    const last = head.at(-1);
    if (!last) continue;
    // The hyphen is set in the face of the letter before it and measured with it, as it will be drawn.
    head[head.length - 1] = { ...last, text: last.text + HYPHEN };
    if (sumWidths(head, measure) > room + 0.01) continue;
    const fragments = sliceFragments(word.fragments, at, word.length);
    const tail: Word = {
      fragments,
      width: sumWidths(fragments, measure),
      gap: 'none',
      forcedBreakBefore: false,
      length: word.length - at,
      seams: word.seams.filter((seam) => seam > at).map((seam) => seam - at),
      keep: word.keep,
      soft: [],
      ...(word.compound && { compound: true }),
      points: points.slice(index + 1).map((point) => point - at),
    };
    return { head, tail };
  }
  return undefined;
}

/**
 * Where a word may be hyphenated: nowhere in a kept token (URL, e-mail address, amount…) or inline code; at the
 * author's soft hyphens when it has any (they say where the author wants it broken, as an explicit discretionary
 * hyphen does in TeX, so the patterns are not consulted); otherwise where the language's patterns allow.
 */
function hyphenationPoints(word: Word, hyphenator: Hyphenator | undefined): readonly number[] {
  if (word.points) return word.points;
  let points: readonly number[] = [];
  if (word.keep === 'none' && !word.fragments.some((fragment) => fragment.font === 'mono')) {
    if (word.soft.length > 0) points = word.soft.filter((offset) => offset > 0 && offset < word.length);
    else if (hyphenator) points = hyphenator.points(word.fragments.map((fragment) => fragment.text).join(''));
  }
  word.points = points;
  return points;
}

/** The characters `from` to `to` of a word's fragments, each piece in its fragment's style. */
function sliceFragments(fragments: readonly Fragment[], from: number, to: number): Fragment[] {
  const sliced: Fragment[] = [];
  let offset = 0;
  for (const fragment of fragments) {
    const start = Math.max(from, offset);
    const end = Math.min(to, offset + fragment.text.length);
    if (end > start) sliced.push({ ...fragment, text: fragment.text.slice(start - offset, end - offset) });
    offset += fragment.text.length;
  }
  return sliced;
}

function toWords(runs: readonly Run[], size: number, measure: Measure): Word[] {
  const words: Word[] = [];
  let word: Word | undefined;
  let pendingGap: Word['gap'] = 'none';
  let pendingBreak = false;

  const startWord = (): Word => {
    const started: Word = { fragments: [], width: 0, gap: pendingGap, forcedBreakBefore: pendingBreak, length: 0, seams: [], keep: 'none', soft: [] };
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
    const style = { font, size: fragmentSize, ...(run.link ? { link: run.link } : {}) };
    const append = (piece: string, pieceSeams: readonly number[] = [], pieceSoft: readonly number[] = []) => {
      word ??= startWord();
      for (const seam of pieceSeams) word.seams.push(word.length + seam);
      for (const offset of pieceSoft) word.soft.push(word.length + offset);
      word.fragments.push({ text: piece, ...style });
      word.width += measure(piece, font, fragmentSize);
      word.length += piece.length;
    };
    // Line ends in the source are spaces; a token that a source line happened to split is still one token. Soft
    // hyphens are not drawn: they are remembered as where the word may be hyphenated (offsets in `text`).
    const source = run.text.replace(/[\t\r\n\f\v]/g, ' ');
    const softAt: number[] = [];
    let text = source;
    if (source.includes('\u00ad')) {
      text = '';
      for (const character of source) {
        if (character === '\u00ad') softAt.push(text.length);
        else text += character;
      }
    }
    // The soft hyphens after the start of the piece at `start` of `length` characters, as offsets into it.
    const softIn = (start: number, length: number): number[] =>
      softAt.filter((offset) => offset > start && offset <= start + length).map((offset) => offset - start);
    // Whitespace other than no-break space separates words; break chances follow - – — and /, so that "Mon–Fri"
    // or "prompt/workflow" can wrap in a narrow table column instead of being cut anywhere.
    const breakable = (segment: string, base: number) => {
      let at = base;
      for (const part of segment.split(/( +)/)) {
        if (part.length === 0) continue;
        if (/^ +$/.test(part)) {
          word = undefined;
          pendingGap = { text: ' ', ...style };
          at += part.length;
          continue;
        }
        const pieces = part.split(/(?<=[-–—/])(?=[\p{L}\p{N}])/u);
        pieces.forEach((piece, index) => {
          if (index > 0) {
            word = undefined;
            pendingGap = 'opportunity';
          }
          append(piece, [], softAt.length > 0 ? softIn(at, piece.length) : []);
          if (pieces.length > 1 && word) word.compound = true;
          at += piece.length;
        });
      }
    };
    let position = 0;
    for (const span of keptSpans(text)) {
      breakable(text.slice(position, span.start), position);
      const token = text.slice(span.start, span.end).replace(/ +/g, ' ');
      append(token, seams(token, span.kind));
      if (word && word.keep !== 'whole') word.keep = span.kind === 'url' ? 'url' : 'whole';
      position = span.end;
    }
    breakable(text.slice(position), position);
  }
  // Leading whitespace of a block never indents its first line.
  if (words[0] && typeof words[0].gap === 'object') words[0].gap = 'none';
  return words;
}

/**
 * Splits a word wider than the line: at its seams (a URL after `/`, an e-mail address before `.` or `@`) where it
 * has them, packing as many pieces on a line as fit, and only a piece still wider than the line is cut between
 * characters.
 */
function splitOversizedWord(word: Word, width: number, measure: Measure): Fragment[][] {
  const pieces: Fragment[][] = [];
  let current: Fragment[] = [];
  let currentWidth = 0;
  const flush = () => {
    if (current.length > 0) pieces.push(current);
    current = [];
    currentWidth = 0;
  };
  const add = (fragment: Fragment, fragmentWidth: number) => {
    current.push(fragment);
    currentWidth += fragmentWidth;
  };
  for (const part of seamParts(word)) {
    const partWidth = sumWidths(part, measure);
    if (currentWidth + partWidth <= width + 0.01) {
      part.forEach((fragment) => add(fragment, measure(fragment.text, fragment.font, fragment.size)));
      continue;
    }
    flush();
    if (partWidth <= width + 0.01) {
      part.forEach((fragment) => add(fragment, measure(fragment.text, fragment.font, fragment.size)));
      continue;
    }
    for (const fragment of part) {
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
  }
  flush();
  return pieces;
}

/** The word's fragments cut at its seams: each part is what may start a new line. */
function seamParts(word: Word): Fragment[][] {
  const cuts = new Set(word.seams);
  const parts: Fragment[][] = [[]];
  let offset = 0;
  for (const fragment of word.fragments) {
    let start = 0;
    for (let index = 0; index < fragment.text.length; index += 1) {
      if (!cuts.has(offset + index) || offset + index === 0) continue;
      if (index > start) parts.at(-1)!.push({ ...fragment, text: fragment.text.slice(start, index) });
      if (parts.at(-1)!.length > 0) parts.push([]);
      start = index;
    }
    parts.at(-1)!.push({ ...fragment, text: fragment.text.slice(start) });
    offset += fragment.text.length;
  }
  return parts.filter((part) => part.length > 0);
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
 * What table column widths are computed from: the narrowest a text can be set without cutting a word (with
 * URLs whole, or broken at their seams), the narrowest without cutting a kept token, and its width set on one
 * line.
 */
export function contentWidths(runs: readonly Run[], size: number, measure: Measure): ContentWidths {
  let minimum = 0;
  let minimumAtSeams = 0;
  let keep = 0;
  for (const word of toWords(runs, size, measure)) {
    minimum = Math.max(minimum, word.width);
    if (word.keep === 'url') {
      const widestPart = Math.max(...seamParts(word).map((part) => sumWidths(part, measure)));
      keep = Math.max(keep, widestPart);
      minimumAtSeams = Math.max(minimumAtSeams, widestPart);
      continue;
    }
    minimumAtSeams = Math.max(minimumAtSeams, word.width);
    if (word.keep === 'whole') keep = Math.max(keep, word.width);
  }
  const maximum = breakLines(runs, Number.POSITIVE_INFINITY, size, measure).reduce((widest, line) => Math.max(widest, line.width), 0);
  return { minimum, minimumAtSeams, keep, maximum };
}

export interface ContentWidths {
  /** The widest word: any narrower, and a word is cut between characters (or a URL broken at a seam). */
  readonly minimum: number;
  /** The same with each URL broken at its seams: its widest piece counts, not the whole URL. */
  readonly minimumAtSeams: number;
  /**
   * The widest word holding a kept token (see keep-together.ts): any narrower, and a token that must stay whole
   * is cut. A URL counts by its widest piece between seams, since it may break there when it cannot fit a line.
   */
  readonly keep: number;
  /** The text set on one line (its widest line, when it has hard breaks). */
  readonly maximum: number;
}

/** The width of the widest word of a text: below it, a line would have to cut the word. */
export function widestWord(runs: readonly Run[], size: number, measure: Measure): number {
  return toWords(runs, size, measure).reduce((widest, word) => Math.max(widest, word.width), 0);
}
