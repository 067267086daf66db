/** The languages `sla` writes documents in, by the locales users name them with. */
export declare const SUPPORTED_LOCALES: readonly ['en-GB', 'en-US', 'de-DE', 'fr-FR', 'nl-NL', 'es-ES'];
/** The catalogs shipped in `locales/`: one per language; regional differences come from `Intl`. */
export declare const CATALOG_LANGUAGES: readonly ['en', 'de', 'fr', 'nl', 'es'];
export type CatalogLanguage = (typeof CATALOG_LANGUAGES)[number];
/** The source catalog: keys and placeholders are defined here, and a missing translation falls back to it. */
export declare const SOURCE_LANGUAGE: CatalogLanguage;
export type Catalog = Readonly<Record<string, string>>;
/** A value a message's placeholder takes. */
export type MessageValue = string | number | Date | null | undefined;
export type MessageArguments = Readonly<Record<string, MessageValue>>;
/** The catalog language a locale is written in: `de-DE`, `de-AT` and `de` → `de`; one without a catalog → English. */
export declare function catalogLanguage(locale: string): CatalogLanguage;
/**
 * A locale as given on the command line or in a library call (`de-de`, `fr_FR`), as its canonical BCP 47 tag
 * (`de-DE`). Throws RangeError naming the locales `sla` writes when the tag is not a locale at all.
 */
export declare function canonicalLocale(tag: string): string;
/** True when `sla` has a catalog for the locale's language (else documents are in English). */
export declare function hasCatalog(locale: string): boolean;
/** The files of a shipped catalog, by name (`words.json` → `words`), each a key → message object. */
export declare function shippedCatalogFiles(language: CatalogLanguage): Map<string, Catalog>;
/** A catalog shipped with `sla` (all its files as one), read once. */
export declare function shippedCatalog(language: CatalogLanguage): Catalog;
/** A catalog key that is not in the source catalog: a mistake in `sla`'s code or a custom template. */
export declare class UnknownMessageError extends Error {
}
/**
 * Formats catalog messages in one locale. A key missing from the locale's catalog (or from `extra`, a custom
 * template's own catalog, which comes first) falls back to the English message; a key in no catalog throws
 * UnknownMessageError. Compiled messages are kept, so a contract asking for the same phrase a hundred times parses
 * it once.
 */
export declare class Translator {
    readonly locale: string;
    readonly language: CatalogLanguage;
    private readonly compiled;
    private readonly catalogs;
    constructor(locale: string, extra?: Catalog);
    /** True when some catalog has the key. */
    has(key: string): boolean;
    /** The message `key` with its placeholders filled in. Bound, so `const { t } = translator(locale)` works. */
    readonly t: (key: string, args?: MessageArguments) => string;
}
/** The translator for a locale with the shipped catalogs, made once per locale. */
export declare function translator(locale: string): Translator;
