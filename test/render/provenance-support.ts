// Shared by the provenance tests: the default template's sources and the agreements every test renders.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sentences, templateLines, VIEW_PHRASES } from '../../src/render/clauses.js';
import { showInvisibleControls } from '../../src/render/escape.js';
import { smartQuotes } from '../../src/render/typography.js';
import { clockWords, dateWords, moneyWords, numberWords, percentWords, zoneWords } from '../../src/render/words.js';
import { ROOT } from '../helpers/example.js';

const TEMPLATES = path.join(ROOT, 'templates/default');

/** The default template's files by partial name. */
export function defaultTemplateSources(): Record<string, string> {
  const sources: Record<string, string> = {};
  for (const file of readdirSync(TEMPLATES).filter((f) => f.endsWith('.hbs')).sort()) {
    sources[file.slice(0, -'.hbs'.length)] = readFileSync(path.join(TEMPLATES, file), 'utf8');
  }
  return sources;
}

export interface AgreementFile {
  /** Relative to the repository: `examples/acme.sla.yaml`. */
  name: string;
  text: string;
}

/** The `*.sla.yaml` files of a directory of the repository, sorted; none when the directory does not exist. */
export function agreementFiles(directory: string): AgreementFile[] {
  const absolute = path.join(ROOT, directory);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute).filter((f) => f.endsWith('.sla.yaml')).sort()
    .map((f) => ({ name: `${directory}/${f}`, text: readFileSync(path.join(absolute, f), 'utf8') }));
}

// ---------------------------------------------------------------------------------------------------------------
// What an agreement contributes to its contract, for the provenance test.

/** Phrases the view and the template's helpers write: the literal parts of each. */
export function phraseParts(sources: Record<string, string>): string[] {
  return [
    ...VIEW_PHRASES.flatMap((phrase) => phrase.text.split('{}')),
    ...Object.entries(sources).flatMap(([name, source]) => templateLines(name, source).helperWords.flatMap((h) => h.words)),
  ].map((part) => part.trim()).filter((part) => /\p{L}/u.test(part));
}

const NUMBER = /\d+(?:[.,:]\d+)*/g;
const WORD = /\p{L}/u;
const WORD_EDGE = /[\p{L}\p{N}]/u;

/** What an agreement itself contributes to its contract: strings, numbers, and the view's words for them. */
export class AgreementText {
  private readonly literals: { lower: string; start: boolean; end: boolean }[];
  private readonly numbers = new Set<string>();
  private readonly memo = new Map<string, boolean>();

  /** `computed`: text the view computes from the data that neither the data nor a phrase contains (downtime). */
  constructor(data: unknown, locale: string, phrases: readonly string[], computed: readonly string[] = []) {
    const strings = new Set<string>(computed);
    const addNumbers = (text: string) => {
      for (const m of text.match(NUMBER) ?? []) { this.numbers.add(m); this.numbers.add(m.replace(/^0+(?=\d)/, '')); }
    };
    const visit = (value: unknown) => {
      if (typeof value === 'string') {
        // The contract shows bidi and control characters as markers such as `⟨U+202E⟩` (escape.ts).
        const text = showInvisibleControls(value.replace(/\s+/g, ' ').trim());
        if (!text) return;
        // The contract writes the text with the locale's curly quotes (typography.ts).
        for (const variant of new Set([text, smartQuotes(text, locale)])) {
          strings.add(variant);
          for (const sentence of sentences(variant)) strings.add(sentence);
        }
        addNumbers(text);
        // A zone the view writes in words (`Berlin time (CET/CEST)`), and clock times on the locale's clock (`5:30 PM`).
        if (/^(?:[A-Za-z_]+\/[A-Za-z_+\-/]+|UTC|GMT)$/.test(text)) {
          const words = zoneWords(text, locale);
          for (const part of [words.text, words.name, words.detail]) if (part) strings.add(part);
        }
        for (const [, hours, minutes] of text.matchAll(/\b(\d{1,2}):(\d{2})\b/g)) {
          const clock = clockWords(Number(hours) * 60 + Number(minutes), locale);
          strings.add(clock);
          addNumbers(clock);
        }
        if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
          strings.add(dateWords(text, locale));
          strings.add(dateWords(text, locale, { weekday: true }));
        }
      } else if (typeof value === 'number') {
        for (const text of [String(value), numberWords(value, locale, 3), percentWords(value, locale)]) { strings.add(text); addNumbers(text); }
      } else if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        if (typeof record.amount === 'number' && typeof record.currency === 'string') {
          try { strings.add(moneyWords(record as never, locale)); } catch { /* not money after all */ }
        }
        Object.values(record).forEach(visit);
      }
    };
    visit(data);
    for (const text of computed) addNumbers(text);
    for (const part of phrases) strings.add(part);
    // Numbers are matched whole (`12:00`, `1,500`), never as part of a longer number.
    this.literals = [...strings].filter((s) => WORD.test(s)).sort((a, b) => b.length - a.length).map((text) => ({
      lower: text.toLowerCase(), start: WORD_EDGE.test(text[0]!), end: WORD_EDGE.test(text.at(-1)!),
    }));
  }

  /** The text, lower-cased, with every value and phrase it contains (as whole words) replaced by NUL. */
  reduce(text: string): string {
    let rest = text.toLowerCase();
    for (const literal of this.literals) {
      for (let at = rest.indexOf(literal.lower); at !== -1; at = rest.indexOf(literal.lower, at + 1)) {
        const after = at + literal.lower.length;
        const bounded = (!literal.start || at === 0 || !WORD_EDGE.test(rest[at - 1]!)) && (!literal.end || after === rest.length || !WORD_EDGE.test(rest[after]!));
        if (bounded) rest = `${rest.slice(0, at)}\0${rest.slice(after)}`;
      }
    }
    return rest.replace(NUMBER, (m) => (this.numbers.has(m) ? '\0' : m));
  }

  /** True when the text is made wholly of the agreement's values and the view's phrases, with punctuation between. */
  explains(text: string): boolean {
    let known = this.memo.get(text);
    if (known === undefined) this.memo.set(text, (known = /^[\0\s\p{P}\p{S}]*$/u.test(this.reduce(text))));
    return known;
  }
}
