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
/** `en*` (and any locale without a style of its own): “ ” ‘ ’; `de*`: „ “ ‚ ‘; `fr*`: « » with narrow no-break spaces. */
export declare function quoteStyle(locale: string): QuoteStyle;
/**
 * The ranges of `text` that are not prose, `[start, end)` in order: code spans (a run of backticks up to the next
 * run of the same length, as CommonMark reads them), URLs, e-mail addresses, paths and file names.
 */
export declare function protectedSpans(text: string): [number, number][];
/**
 * Straight quotes to curly ones, by context: `'` inside a word (`don't`, `O'Brien`) or after one with no quote
 * open (`the clients' data`) is an apostrophe; a quote after a space or an opening bracket opens, else it closes;
 * `'90s` keeps its apostrophe; `5'10"` becomes `5′10″` (primes). Text without straight quotes is returned as is,
 * and the result has none outside protected spans, so applying it twice changes nothing more.
 */
export declare function smartQuotes(text: string, locale?: string): string;
