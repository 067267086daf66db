/**
 * Typography for free text from the agreement: straight quotes and apostrophes become the locale's curly ones, so a
 * contract never mixes `'` and `’`. Applied once, to every string the template sees (render-markdown.ts, through
 * escapeDeep), before the Markdown escaping.
 *
 * What is not prose keeps its characters: code spans (text between matching backtick runs), URLs, e-mail addresses
 * and paths or file names (`holidays/o'brien.ics`). Identifier fields of the view (ids, IANA zones, file lists) are
 * not passed here at all.
 */

/** The quotation marks of a locale: double and single, opening and closing, and the apostrophe. */
export interface QuoteStyle {
  open: string;
  close: string;
  openSingle: string;
  closeSingle: string;
  apostrophe: string;
}

const NARROW_NO_BREAK_SPACE = '\u202f';

const ENGLISH: QuoteStyle = { open: '“', close: '”', openSingle: '‘', closeSingle: '’', apostrophe: '’' };
const GERMAN: QuoteStyle = { open: '„', close: '“', openSingle: '‚', closeSingle: '‘', apostrophe: '’' };
// French: guillemets with a narrow no-break space inside them; quotes within quotes are English double quotes.
const FRENCH: QuoteStyle = {
  open: `«${NARROW_NO_BREAK_SPACE}`, close: `${NARROW_NO_BREAK_SPACE}»`, openSingle: '“', closeSingle: '”', apostrophe: '’',
};

/** `en*` (and any locale without a style of its own): “ ” ‘ ’; `de*`: „ “ ‚ ‘; `fr*`: « » with narrow no-break spaces. */
export function quoteStyle(locale: string): QuoteStyle {
  const language = locale.toLowerCase().split(/[-_]/)[0];
  return language === 'de' ? GERMAN : language === 'fr' ? FRENCH : ENGLISH;
}

// URLs end before trailing punctuation and quotes; inside them a straight quote is part of the address.
const URL = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)[^\s<>"“”‘’«»„‚]*[^\s<>"“”‘’«»„‚'.,;:!?)\]]/giu;
const EMAIL = /[\p{L}\p{N}][\p{L}\p{N}._%+'-]*@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// A path: rooted (`/srv/data`, `./x`, `~/x`, `C:\\data`) or with a separator and a file extension
// (`holidays/o'brien.ics`); or a bare file name with an extension (`o'brien.ics`). `and/or`, `client's/provider's`
// are prose.
const PATH = new RegExp([
  String.raw`(?<![\p{L}\p{N}])(?:[A-Za-z]:\\|\.{0,2}\/|~\/)(?:[\p{L}\p{N}._'-]+[/\\]?)+`,
  String.raw`(?<![\p{L}\p{N}])(?:[\p{L}\p{N}_][\p{L}\p{N}._'-]*[/\\])+[\p{L}\p{N}_'-]*\.[a-z][a-z0-9]{1,4}(?![\p{L}\p{N}])`,
  String.raw`(?<![\p{L}\p{N}._'-])[\p{L}\p{N}_][\p{L}\p{N}_'-]*(?:\.[\p{L}\p{N}_'-]+)*\.[a-z][a-z0-9]{1,4}(?![\p{L}\p{N}])`,
].join('|'), 'gu');

/**
 * The ranges of `text` that are not prose, `[start, end)` in order: code spans (a run of backticks up to the next
 * run of the same length, as CommonMark reads them), URLs, e-mail addresses, paths and file names.
 */
export function protectedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (text.includes('`')) {
    const runs = [...text.matchAll(/`+/g)];
    for (let i = 0; i < runs.length; i++) {
      const open = runs[i]!;
      const close = runs.findIndex((run, j) => j > i && run[0].length === open[0].length);
      if (close === -1) continue;
      spans.push([open.index, runs[close]!.index + runs[close]![0].length]);
      i = close;
    }
  }
  if (/[/\\@.:]/.test(text)) {
    for (const pattern of [URL, EMAIL, PATH]) for (const match of text.matchAll(pattern)) spans.push([match.index, match.index + match[0].length]);
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;
// After these, a quote opens: the start, a space, an opening bracket or dash, or another opening quote.
const OPENS_AFTER = /[\s([{<\u2013\u2014\-/“‘„‚«‹]/u;
// Before these, a quote closes.
const CLOSES_BEFORE = /[\s.,;:!?)\]}>\u2013\u2014\-/”’“‘»›]/u;

/**
 * Straight quotes to curly ones, by context: `'` inside a word (`don't`, `O'Brien`) or after one with no quote
 * open (`the clients' data`) is an apostrophe; a quote after a space or an opening bracket opens, else it closes;
 * `'90s` keeps its apostrophe; `5'10"` becomes `5′10″` (primes). Text without straight quotes is returned as is,
 * and the result has none outside protected spans, so applying it twice changes nothing more.
 */
export function smartQuotes(text: string, locale = 'en'): string {
  if (!text.includes("'") && !text.includes('"')) return text;
  const style = quoteStyle(locale);
  const spans = protectedSpans(text);
  let out = '';
  let span = 0;
  let openDouble = 0;
  let openSingle = 0;
  // Set after a prime between digits (5′10), so the `"` after the inches is a double prime.
  let prime = false;
  // Whether the character written last was an opening quote: a quote right after one opens too ("'quoted'").
  let afterOpening = false;
  let skipSpaces = false;
  for (let i = 0; i < text.length; i++) {
    while (span < spans.length && spans[span]![1] <= i) span++;
    const inside = span < spans.length && spans[span]![0] <= i;
    const c = text[i]!;
    if (skipSpaces && c === ' ' && !inside) continue;
    skipSpaces = false;
    if (inside || (c !== "'" && c !== '"')) {
      out += c;
      if (!DIGIT.test(c)) prime = false;
      afterOpening = false;
      continue;
    }
    const prev = i > 0 ? text[i - 1]! : '';
    const next = i + 1 < text.length ? text[i + 1]! : '';
    const opensHere = prev === '' || afterOpening || OPENS_AFTER.test(prev);
    const closesHere = next === '' || CLOSES_BEFORE.test(next);
    let mark: string;
    let opening = false;
    if (c === "'") {
      if (DIGIT.test(prev) && DIGIT.test(next)) {
        mark = '′';
        prime = true;
      } else if (opensHere && /^\d\ds(?![\p{L}\p{N}])/u.test(text.slice(i + 1, i + 5))) {
        mark = style.apostrophe; // '90s
      } else if (opensHere && !(closesHere && openSingle > 0)) {
        mark = style.openSingle;
        openSingle++;
        opening = true;
      } else if (LETTER_OR_DIGIT.test(next) && !opensHere) {
        mark = style.apostrophe; // don't, O'Brien
      } else if (openSingle > 0) {
        mark = style.closeSingle;
        openSingle--;
      } else {
        mark = style.apostrophe; // the clients' data
      }
    } else if (prime && DIGIT.test(prev)) {
      mark = '″';
      prime = false;
    } else if (opensHere && !(closesHere && openDouble > 0)) {
      mark = style.open;
      openDouble++;
      opening = true;
    } else {
      mark = style.close;
      openDouble = Math.max(0, openDouble - 1);
    }
    if (mark === '′' || mark === '″') {
      out += mark;
      afterOpening = false;
      continue;
    }
    if (mark.startsWith(NARROW_NO_BREAK_SPACE)) out = out.replace(/[ \u00a0\u202f]+$/u, '');
    out += mark;
    if (mark.endsWith(NARROW_NO_BREAK_SPACE)) skipSpaces = true;
    afterOpening = opening;
  }
  return out;
}
