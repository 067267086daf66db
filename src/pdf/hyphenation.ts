import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Where a word may be hyphenated, by the TeX hyphenation patterns (Liang's algorithm) of the document's language,
 * from the `hyphen` npm package (ISC; the patterns are CTAN's hyph-utf8, each under its own free licence).
 *
 * Only the patterns of the document's language are loaded, on first use, and once per process: they are large
 * (German's are 0.75 MB of JavaScript), and a document in a language without patterns here is not hyphenated at
 * all, which is better than hyphenating it by the wrong language's rules.
 */
export interface Hyphenator {
  /** The pattern set, e.g. `de-1996` or `en-gb`. */
  readonly patterns: string;
  /**
   * Offsets inside `word` (a whole word as the line breaker sees it, punctuation included) at which it may be
   * broken with a hyphen added; empty when it must not be hyphenated.
   */
  points(word: string): readonly number[];
}

interface PatternSet {
  /** The subpath of the `hyphen` package whose module exports `hyphenateSync`. */
  readonly module: string;
  /**
   * TeX's \lefthyphenmin and \righthyphenmin: the fewest letters left before and carried after a hyphen. hyph-utf8
   * gives 2/3 for English and lets German, Dutch and Spanish carry only two; two letters alone at the start of the
   * next line ("ge" of "Geschäftsta-ge") read badly in a narrow table cell, so no language here carries fewer than three.
   */
  readonly left: number;
  readonly right: number;
}

const PATTERN_SETS: Readonly<Record<string, PatternSet>> = {
  // The reformed orthography (1996), which German-speaking countries write today.
  de: { module: 'de-1996', left: 2, right: 3 },
  'en-us': { module: 'en-us', left: 2, right: 3 },
  'en-gb': { module: 'en-gb', left: 2, right: 3 },
  fr: { module: 'fr', left: 2, right: 3 },
  nl: { module: 'nl', left: 2, right: 3 },
  es: { module: 'es', left: 2, right: 3 },
};

/** English outside North America follows British spelling, and so British hyphenation. */
const BRITISH_REGIONS = new Set(['GB', 'UK', 'IE', 'AU', 'NZ', 'ZA', 'IN']);

/** The pattern set for a BCP 47 tag (`de-DE`, `en-GB`, `fr`), or undefined when there is none for its language. */
export function patternSetFor(language: string): string | undefined {
  const [primary, ...rest] = language.toLowerCase().split(/[-_]/);
  if (!primary) return undefined;
  if (primary === 'en') {
    // The region is the first two-letter subtag after the language (a script subtag such as Latn may come first).
    const region = rest.find((subtag) => /^[a-z]{2}$/.test(subtag))?.toUpperCase();
    return region && BRITISH_REGIONS.has(region) ? 'en-gb' : 'en-us';
  }
  return PATTERN_SETS[primary] ? primary : undefined;
}

const loaded = new Map<string, Hyphenator>();

/**
 * The hyphenator for a document's language, or undefined when there are no patterns for it. The patterns are
 * read on the first call for a language (a CommonJS module of the `hyphen` package, resolved at run time from
 * node_modules so the bundles do not carry every language's patterns) and kept for the rest of the process.
 */
export function hyphenatorFor(language: string): Hyphenator | undefined {
  const key = patternSetFor(language);
  if (!key) return undefined;
  const set = PATTERN_SETS[key];
  if (!set) return undefined;
  let hyphenator = loaded.get(key);
  if (!hyphenator) {
    // The patterns load when a word first needs them (German's take ~90 ms to parse): a document whose every word
    // fits its line never pays for them.
    let hyphenateSync: HyphenateSync | undefined;
    hyphenator = createHyphenator(set, (text, options) => {
      hyphenateSync ??= loadHyphenateSync(set.module);
      return hyphenateSync(text, options);
    });
    loaded.set(key, hyphenator);
  }
  return hyphenator;
}

type HyphenateSync = (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string;

let patternCache: (() => string | undefined) | undefined;

/**
 * A directory where the CLI keeps each language's patterns as JSON once read: the package ships them as a
 * JavaScript array literal (German's is 0.75 MB, ~90 ms to parse), and JSON.parse reads the same data in ~13 ms.
 * Library callers leave it unset, and then nothing is written. A cache that cannot be read or written is ignored.
 */
export function usePatternCache(directory: (() => string | undefined) | undefined): void {
  // A function, asked only when patterns are first read: finding the directory costs file system calls that a
  // run without hyphenation (or with the patterns already loaded) should not pay.
  patternCache = directory;
}

function loadHyphenateSync(module: string): HyphenateSync {
  // Computed specifiers through createRequire: esbuild leaves them alone, so the patterns stay in node_modules.
  const require = createRequire(import.meta.url);
  const contract = require('hyphen/export-contract.js') as (patterns: unknown) => { hyphenateSync: HyphenateSync };
  return contract(loadPatterns(require, module)).hyphenateSync;
}

function loadPatterns(require: NodeJS.Require, module: string): unknown {
  const { version } = require('hyphen/package.json') as { version: string };
  let directory: string | undefined;
  try {
    directory = patternCache?.();
  } catch {
    directory = undefined;
  }
  const file = directory === undefined ? undefined : path.join(directory, `hyphen-${version}-${module}.json`);
  if (file) {
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      // Not cached yet (or unreadable): read the package's module, and cache it below.
    }
  }
  const patterns = require(`hyphen/patterns/${module}.js`) as unknown;
  if (file) {
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(temporary, JSON.stringify(patterns));
      renameSync(temporary, file);
    } catch {
      rmSync(temporary, { force: true });
    }
  }
  return patterns;
}

// A character no text here contains, to read the library's break points back as offsets.
const MARK = '\u00ad';

function createHyphenator(set: PatternSet, hyphenateSync: HyphenateSync): Hyphenator {
  const cache = new Map<string, readonly number[]>();
  const points = (word: string): readonly number[] => {
    let found = cache.get(word);
    if (found === undefined) {
      found = computePoints(word, set, hyphenateSync);
      cache.set(word, found);
    }
    return found;
  };
  return { patterns: set.module, points };
}

const NONE: readonly number[] = Object.freeze([]);

function computePoints(word: string, set: PatternSet, hyphenateSync: HyphenateSync): readonly number[] {
  // Punctuation around the word ("(Reaktionszeit),", „Kalender“) is not part of it; inside it, anything but letters
  // (an apostrophe, a dot, a digit, an underscore) marks an abbreviation, a file name or an id: never hyphenated.
  const match = /^([^\p{L}\p{N}]*)([\p{L}\p{M}]+)([^\p{L}\p{N}]*)$/u.exec(word);
  if (!match) return NONE;
  const lead = match[1] ?? '';
  const core = match[2] ?? '';
  if (core.length < set.left + set.right) return NONE;
  // ALL CAPS (acronyms, "SUPPORT") and camelCase or mixed case inside a word (product names, ids, "GmbH").
  if (core === core.toUpperCase()) return NONE;
  if (/\p{Ll}\p{Lu}/u.test(core)) return NONE;
  // Lower case in a way that keeps the length (not the locale's: the same input must give the same output on any
  // machine), so the offsets found on the lowered word are offsets in the word.
  const lowered = core.toLowerCase();
  if (lowered.length !== core.length) return NONE;
  const marked = hyphenateSync(lowered, { hyphenChar: MARK, minWordLength: set.left + set.right });
  const found: number[] = [];
  let offset = 0;
  for (const character of marked) {
    if (character === MARK) {
      if (offset >= set.left && core.length - offset >= set.right) found.push(lead.length + offset);
      continue;
    }
    offset += character.length;
  }
  return found.length > 0 ? Object.freeze(found) : NONE;
}
