/**
 * The contract's own words (headings, clauses, labels) follow the agreement's `locale`; the author's free text is
 * printed as written. A German description in an en-GB agreement is allowed (mixed-language documents are), but it
 * is worth a note: either the text wants translating or `locale` is wrong.
 *
 * Detection is a stop-word count over the five languages `sla` writes (en, de, fr, nl, es), with the lists of the
 * maintained `stopwords-iso` package. Function words ("der", "und", "le", "het", "los", "the", "of") say which
 * language a sentence is in long before its nouns do, and they are what product names, ids and defined terms lack.
 * N-gram detectors (eld, franc, tinyld) were measured on the same texts (docs/rules/text-language.md): eld was as
 * accurate but weighs about 1 MB of n-gram tables and 230 ms to load in every `sla lint`, for an info rule.
 *
 * The rule is conservative: a field is judged only when it has enough words, with quotations, URLs, e-mail
 * addresses, code and the agreement's defined terms taken out; it is reported only when another language's stop
 * words clearly outnumber the locale's. When most of the judged prose reads as one other language, one finding at
 * `locale` says so instead of one per field.
 */
import stopwords from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import type { Rule, TextField } from '../types.js';

export interface TextLanguageOptions {
  /** The fewest words (after quotations, URLs and defined terms are taken out) a field needs to be judged. */
  minWords: number;
  /** The most fields reported one by one in a file; the rest are counted in one more finding. */
  maxFindings: number;
}

/** The languages `sla` renders contracts in, with their English names for messages. */
const LANGUAGES = { en: 'English', de: 'German', fr: 'French', nl: 'Dutch', es: 'Spanish' } as const;
type Language = keyof typeof LANGUAGES;
const CODES = Object.keys(LANGUAGES) as Language[];

const DEFAULT_LOCALE = 'en-GB';

/**
 * A field is reported only when the other language's stop words weigh at least this much. A word counts 1 when it is
 * a stop word of one language only, 1/n when n of the five lists have it: "de" is French, Spanish and Dutch (and in
 * `stopwords-iso`'s long English list), "die" German and English, so neither says much alone.
 */
const MIN_WEIGHT = 2.5;
/** ...at least this weight per word of the field... */
const MIN_SHARE = 0.2;
/** ...and at least this many times the locale language's weight, and more than any third language's. */
const MIN_LEAD = 2;
/** One finding at `locale` when the fields reading as one other language hold at least this share of the judged words. */
const MOSTLY = 0.5;

/** Each stop word of the five lists, with the languages whose list has it. */
let stopIndex: Map<string, Language[]> | undefined;
function stopWords(): Map<string, Language[]> {
  if (stopIndex) return stopIndex;
  const lists = stopwords as unknown as Record<string, string[]>;
  stopIndex = new Map();
  for (const code of CODES) {
    for (const word of new Set(lists[code]!.map((w) => w.toLowerCase()))) {
      const languages = stopIndex.get(word);
      if (languages) languages.push(code);
      else stopIndex.set(word, [code]);
    }
  }
  return stopIndex;
}

// What is not the author's prose in the author's language: URLs, e-mail addresses, code, and quotations (product
// names, UI labels, a clause quoted from another document).
const NOT_PROSE = new RegExp(
  [
    String.raw`\bhttps?:\/\/\S+|\bwww\.\S+`,
    String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}`,
    '`[^`]*`',
    // The quote marks as \u escapes: the CLI bundle keeps String.raw templates ASCII (scripts/build-cli.mjs).
    String.raw`"[^"\n]*"|\u201c[^\u201d\n]*\u201d|\u201e[^\u201c\u201d\n]*[\u201c\u201d]|\u00ab[^\u00bb\n]*\u00bb|\u2018[^\u2019\n]*\u2019|\u201a[^\u2018\u2019\n]*[\u2018\u2019]`,
    String.raw`(?<![\p{L}\p{N}])'[^'\n]*'(?![\p{L}\p{N}])`,
  ].join('|'),
  'gu',
);
const WORD = /\p{L}+/gu;

/** How many words a field's prose has, and how much each language's stop words among them weigh. */
interface Count {
  words: number;
  weights: Record<Language, number>;
}

/**
 * Counts the author's prose in `text`: without quotations, URLs, e-mail addresses and code, and without the words of
 * the agreement's defined terms. A word counts 1 for a language when it is a stop word of that language only, 1/n
 * when n of the five lists have it. Elisions ("l'assistant", "d’une") split at the apostrophe.
 */
export function countWords(text: string, termWords: ReadonlySet<string> = new Set()): Count {
  const prose = /["“„«‘‚`@]|https?:|www\.|(?:^|\s)'/.test(text) ? text.replace(NOT_PROSE, ' ') : text;
  const index = stopWords();
  const weights = { en: 0, de: 0, fr: 0, nl: 0, es: 0 } satisfies Record<Language, number>;
  let words = 0;
  for (const [raw] of prose.matchAll(WORD)) {
    const word = raw.toLowerCase();
    if (termWords.has(word)) continue;
    words++;
    const languages = index.get(word);
    if (languages) for (const code of languages) weights[code] += 1 / languages.length;
  }
  return { words, weights };
}

/** Every word of the agreement's defined terms (`definitions[].term`), lower-cased. */
function definedTermWords(data: unknown): Set<string> {
  const definitions = (data as { definitions?: unknown } | null)?.definitions;
  const words = new Set<string>();
  if (!Array.isArray(definitions)) return words;
  for (const definition of definitions) {
    const term = (definition as { term?: unknown } | null)?.term;
    if (typeof term === 'string') for (const word of term.toLowerCase().match(WORD) ?? []) words.add(word);
  }
  return words;
}

/** The language a field clearly reads as, other than `home`, or undefined when it does not clearly read as one. */
export function foreignLanguage({ words, weights }: Count, home: Language): Language | undefined {
  const others = CODES.filter((code) => code !== home).sort((a, b) => weights[b] - weights[a]);
  const [best, second] = [others[0]!, others[1]!];
  const found = weights[best];
  if (found < MIN_WEIGHT || found < MIN_SHARE * words || found < MIN_LEAD * weights[home] || found === weights[second]) return undefined;
  return best;
}

interface Judged {
  field: TextField;
  words: number;
  language?: Language;
}

export const textLanguage: Rule<TextLanguageOptions> = {
  meta: {
    id: 'text-language',
    description: "Free text that clearly reads as another language (English, German, French, Dutch, Spanish) than the agreement's `locale`.",
    category: 'wording',
    defaultSeverity: 'info',
    recommended: true,
    kind: 'text',
    messages: {
      foreignText:
        "this text reads as {{language}}, but the agreement's locale is {{locale}}; the contract's own words will be {{localeLanguage}} around it. Translate it, or set `locale` if the contract is meant to be in {{language}}",
      moreForeignText: '{{count}} more text fields read as another language than the locale {{locale}} (only the first {{shown}} are reported one by one)',
      mostlyForeign:
        "most of the agreement's text ({{fields}} of {{judged}} fields) reads as {{language}}, but its locale is {{locale}}; the contract's own words will be {{localeLanguage}}. Set `locale` to a {{language}} locale (e.g. {{suggested}}), or translate the text",
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        minWords: { type: 'integer', minimum: 3, description: 'The fewest words a text field needs to be judged (quotations, URLs and defined terms not counted).' },
        maxFindings: { type: 'integer', minimum: 1, description: 'The most fields reported one by one in a file; the rest are counted in one more finding.' },
      },
    },
    defaultOptions: { minWords: 6, maxFindings: 5 },
  },
  check(context) {
    const data = context.source.data as { locale?: unknown } | null | undefined;
    const written = typeof data?.locale === 'string' ? data.locale : undefined;
    const locale = written ?? DEFAULT_LOCALE;
    const home = locale.split('-')[0]!.toLowerCase() as Language;
    // A locale in a language the rule does not know (it-IT): its stop words are not counted, so nothing can be judged.
    if (!(home in LANGUAGES)) return;
    const terms = definedTermWords(data);
    const judged: Judged[] = [];
    for (const field of context.textFields()) {
      const count = countWords(field.text, terms);
      if (count.words < context.options.minWords) continue;
      judged.push({ field, words: count.words, language: foreignLanguage(count, home) });
    }
    const foreign = judged.filter((j) => j.language);
    if (!foreign.length) return;
    const localeLanguage = LANGUAGES[home];

    // Mostly one other language: the locale is the likelier mistake, and one finding says so.
    const totalWords = judged.reduce((sum, j) => sum + j.words, 0);
    for (const code of CODES) {
      const inCode = foreign.filter((j) => j.language === code);
      if (inCode.reduce((sum, j) => sum + j.words, 0) < MOSTLY * totalWords) continue;
      const suggested = { en: 'en-GB', de: 'de-DE', fr: 'fr-FR', nl: 'nl-NL', es: 'es-ES' }[code];
      context.report({
        messageId: 'mostlyForeign',
        data: { language: LANGUAGES[code], locale, localeLanguage, fields: inCode.length, judged: judged.length, suggested },
        ...(written === undefined ? { pointer: '', at: 'key' as const } : { pointer: '/locale' }),
      });
      return;
    }

    const { maxFindings } = context.options;
    for (const { field, language } of foreign.slice(0, maxFindings)) {
      context.report({
        messageId: 'foreignText',
        data: { language: LANGUAGES[language!], locale, localeLanguage },
        pointer: field.pointer,
        range: field.rangeOf(0, field.text.length),
      });
    }
    if (foreign.length > maxFindings) {
      const next = foreign[maxFindings]!.field;
      context.report({
        messageId: 'moreForeignText',
        data: { count: foreign.length - maxFindings, locale, shown: maxFindings },
        pointer: next.pointer,
        range: next.rangeOf(0, next.text.length),
      });
    }
  },
};
