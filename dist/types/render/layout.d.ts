/**
 * Tidies the Markdown a template produced so it reads and lints the same whatever the template's whitespace:
 * numbered headings, one blank line around headings and tables, aligned table columns, no trailing spaces,
 * no runs of blank lines, one final newline.
 */
export interface LayoutOptions {
    /** The language of the words layout writes itself ("section 9" in a link); en-GB when not given. */
    locale?: string;
    /**
     * Number `##` headings 1, 2, 3 and `###` headings 1.1, 1.2; headings that already start with a number keep it,
     * and a heading that ends with ` {-}` (Pandoc's mark for an unnumbered heading) is left unnumbered.
     */
    numberHeadings: boolean;
}
/** Splits a table row on the pipes that are not escaped. */
export declare function splitRow(line: string): string[];
export declare function layoutMarkdown(markdown: string, options: LayoutOptions): string;
