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
/** The pattern set for a BCP 47 tag (`de-DE`, `en-GB`, `fr`), or undefined when there is none for its language. */
export declare function patternSetFor(language: string): string | undefined;
/**
 * The hyphenator for a document's language, or undefined when there are no patterns for it. The patterns are
 * read on the first call for a language (a CommonJS module of the `hyphen` package, resolved at run time from
 * node_modules so the bundles do not carry every language's patterns) and kept for the rest of the process.
 */
export declare function hyphenatorFor(language: string): Hyphenator | undefined;
/**
 * A directory where the CLI keeps each language's patterns as JSON once read: the package ships them as a
 * JavaScript array literal (German's is 0.75 MB, ~90 ms to parse), and JSON.parse reads the same data in ~13 ms.
 * Library callers leave it unset, and then nothing is written. A cache that cannot be read or written is ignored.
 */
export declare function usePatternCache(directory: (() => string | undefined) | undefined): void;
