/**
 * The words `sla` writes into documents, one message catalog per language in `locales/<language>/`: flat JSON
 * files of a key to an ICU MessageFormat message (`{count, plural, one {# business hour} other {# business hours}}`),
 * the format translators' tools (Crowdin, Lokalise, Phrase, FormatJS) read. The catalog is split by what it words
 * (`words.json`, `labels.json`, `contract.json`, …); a key starts with its file's name (`words.duration.hour`), so
 * the files of a language together are one catalog with unique keys. English is the source: every other catalog has
 * exactly its keys, with the same placeholders (test/i18n/catalogs.test.ts).
 *
 * Messages are formatted by intl-messageformat, so plurals follow `Intl.PluralRules` and numbers, dates and
 * percentages `Intl`; nothing here knows a language's grammar.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { packageRoot } from '../render/package-root.js';

/** The languages `sla` writes documents in, by the locales users name them with. */
export const SUPPORTED_LOCALES = ['en-GB', 'en-US', 'de-DE', 'fr-FR', 'nl-NL', 'es-ES'] as const;

/** The catalogs shipped in `locales/`: one per language; regional differences come from `Intl`. */
export const CATALOG_LANGUAGES = ['en', 'de', 'fr', 'nl', 'es'] as const;
export type CatalogLanguage = (typeof CATALOG_LANGUAGES)[number];

/** The source catalog: keys and placeholders are defined here, and a missing translation falls back to it. */
export const SOURCE_LANGUAGE: CatalogLanguage = 'en';

export type Catalog = Readonly<Record<string, string>>;

/** A value a message's placeholder takes. */
export type MessageValue = string | number | Date | null | undefined;
export type MessageArguments = Readonly<Record<string, MessageValue>>;

/** The catalog language a locale is written in: `de-DE`, `de-AT` and `de` → `de`; one without a catalog → English. */
export function catalogLanguage(locale: string): CatalogLanguage {
  const language = locale.split(/[-_]/)[0]!.toLowerCase();
  return (CATALOG_LANGUAGES as readonly string[]).includes(language) ? (language as CatalogLanguage) : SOURCE_LANGUAGE;
}

/**
 * A locale as given on the command line or in a library call (`de-de`, `fr_FR`), as its canonical BCP 47 tag
 * (`de-DE`). Throws RangeError naming the locales `sla` writes when the tag is not a locale at all.
 */
export function canonicalLocale(tag: string): string {
  if (typeof tag !== 'string') throw new TypeError(`a locale must be a BCP 47 tag such as de-DE, got ${JSON.stringify(tag)}`);
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'));
    if (canonical) return canonical;
  } catch {
    // Not a BCP 47 tag: the message below.
  }
  throw new RangeError(`\`${tag}\` is not a locale; give a BCP 47 tag such as ${SUPPORTED_LOCALES.join(', ')}`);
}

/** True when `sla` has a catalog for the locale's language (else documents are in English). */
export function hasCatalog(locale: string): boolean {
  return catalogLanguage(locale) === locale.split(/[-_]/)[0]!.toLowerCase();
}

const shipped = new Map<CatalogLanguage, Catalog>();

/** The files of a shipped catalog, by name (`words.json` → `words`), each a key → message object. */
export function shippedCatalogFiles(language: CatalogLanguage): Map<string, Catalog> {
  const directory = path.join(packageRoot(), 'locales', language);
  const files = new Map<string, Catalog>();
  for (const name of readdirSync(directory).filter((file) => file.endsWith('.json')).sort()) {
    files.set(name.slice(0, -'.json'.length), JSON.parse(readFileSync(path.join(directory, name), 'utf8')) as Catalog);
  }
  return files;
}

/** A catalog shipped with `sla` (all its files as one), read once. */
export function shippedCatalog(language: CatalogLanguage): Catalog {
  let catalog = shipped.get(language);
  if (!catalog) {
    catalog = Object.assign({}, ...shippedCatalogFiles(language).values()) as Catalog;
    shipped.set(language, catalog);
  }
  return catalog;
}

/** A catalog key that is not in the source catalog: a mistake in `sla`'s code or a custom template. */
export class UnknownMessageError extends Error {}

/**
 * Formats catalog messages in one locale. A key missing from the locale's catalog (or from `extra`, a custom
 * template's own catalog, which comes first) falls back to the English message; a key in no catalog throws
 * UnknownMessageError. Compiled messages are kept, so a contract asking for the same phrase a hundred times parses
 * it once.
 */
export class Translator {
  readonly language: CatalogLanguage;
  private readonly compiled = new Map<string, IntlMessageFormat>();
  private readonly catalogs: Catalog[];

  constructor(readonly locale: string, extra?: Catalog) {
    if (typeof locale !== 'string' || locale === '') throw new TypeError(`Translator: locale must be a BCP 47 tag such as de-DE, got ${JSON.stringify(locale)}`);
    this.language = catalogLanguage(locale);
    const own = shippedCatalog(this.language);
    this.catalogs = [...(extra ? [extra] : []), own, ...(this.language === SOURCE_LANGUAGE ? [] : [shippedCatalog(SOURCE_LANGUAGE)])];
  }

  /** True when some catalog has the key. */
  has(key: string): boolean {
    return this.catalogs.some((catalog) => Object.hasOwn(catalog, key));
  }

  /** The message `key` with its placeholders filled in. Bound, so `const { t } = translator(locale)` works. */
  readonly t = (key: string, args?: MessageArguments): string => {
    let format = this.compiled.get(key);
    if (!format) {
      const message = this.catalogs.find((catalog) => Object.hasOwn(catalog, key))?.[key];
      if (message === undefined) throw new UnknownMessageError(`no message \`${key}\` in the catalogs (locales/${SOURCE_LANGUAGE}/ is the source)`);
      // ignoreTag: the messages are Markdown, where `<` is text, not an XML-like tag.
      format = new IntlMessageFormat(message, this.locale, undefined, { ignoreTag: true });
      this.compiled.set(key, format);
    }
    const formatted = format.format(args as Record<string, string | number | Date>);
    if (typeof formatted !== 'string') throw new TypeError(`message \`${key}\` did not format to text`);
    return formatted;
  };
}

const translators = new Map<string, Translator>();

/** The translator for a locale with the shipped catalogs, made once per locale. */
export function translator(locale: string): Translator {
  let found = translators.get(locale);
  if (!found) {
    found = new Translator(locale);
    if (translators.size < 100) translators.set(locale, found);
  }
  return found;
}
