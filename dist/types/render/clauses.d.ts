export { sentences } from './sentences.js';
/** A test a piece of wording is printed under. */
export interface ClauseCondition {
    /** The view fields the test reads, without `.length`: `term.renewal`, `services[].components`. */
    fields: string[];
    /** The test as the template writes it: `term`, `not term.renewalText`, `term.renewal = "automatic"`, `each services`. */
    test: string;
}
/** Literal text of a template line, or the part of it inside an inline block. */
export interface TemplateClause {
    template: string;
    line: number;
    /** The clause as printed, values as `{field}` and the parts inside inline blocks as `…`: `Time zone: {calendars[].timezoneText}.` */
    text: string;
    role: 'heading' | 'table header' | 'table cell' | 'list item' | 'sentence';
    /** Every block the clause sits in, outermost first. */
    conditions: ClauseCondition[];
}
/** Fixed wording the view builds in code. `{}` stands for a value (from the data, or another phrase). */
export interface ViewPhrase {
    text: string;
    /** The catalog key the phrase is written from (`words.duration.hour`), when it comes from the message catalogs. */
    key?: string;
    /** True for words `Intl` writes in the locale (weekday and month names), which no catalog holds. */
    intl?: boolean;
    /** The view field the phrase is put into: `firmness.response`, `severityLevels[].response.text`. */
    field: string;
    /** Where the wording is written: `labels.ts FIRMNESS_SENTENCES.response`. */
    origin: string;
    /** The YAML fields that decide this phrase, when fewer than the view field's (`from: response` for `counted from the response`). */
    yaml?: string[];
}
export type Piece = {
    kind: 'text';
    text: string;
} | {
    kind: 'slot';
    field: string;
} | {
    kind: 'alt';
    options: Option[];
};
export interface Option {
    conditions: ClauseCondition[];
    pieces: Piece[];
}
/** One line of template output: its pieces, and the multi-line blocks around it. */
export interface TemplateLine {
    template: string;
    line: number;
    conditions: ClauseCondition[];
    pieces: Piece[];
    /** True when the next line is a table delimiter row (`| --- |`): this line is the table's header. */
    header: boolean;
}
/** The words of a `{{plural n "hour"}}` in a template: a unit the helper prints after a number from the data. */
export interface HelperWord {
    template: string;
    line: number;
    words: string[];
    field: string;
}
/**
 * Reads one template into output lines. A block that opens and closes on one line is an alternative inside that
 * line; a block over several lines adds its condition to each of its lines. Throws on a construct the registry
 * cannot account for, so the registry is never silently incomplete.
 */
export declare function templateLines(template: string, source: string): {
    lines: TemplateLine[];
    helperWords: HelperWord[];
};
/** Every literal clause of the default template's files, with the conditions it is printed under. */
export declare function templateClauses(templates: Record<string, string>): TemplateClause[];
/**
 * The sentences and table cells of one line of a contract, markup removed: what a reader takes for one statement.
 * `numberedHeadings` strips the numbers the layout puts before `##` and `###` headings. Delimiter rows give none.
 */
export declare function contractSegments(line: string, { numberedHeadings }?: {
    numberedHeadings?: boolean | undefined;
}): string[];
export interface ClausePattern {
    template: string;
    line: number;
    /** The sentence with `{}` for each value. */
    text: string;
    /** Matches the whole sentence; each group is one value (possibly empty: a value may end a sentence before it). */
    regex: RegExp;
    /** The longest literal part, to skip patterns that cannot match. */
    literal: string;
    /** The literal text between the values, trimmed: `parts.length - 1` values. */
    parts: string[];
}
/** Every sentence (or table cell) each line of the templates can print, as a pattern over the plain text. */
export declare function clausePatterns(templates: Record<string, string>): ClausePattern[];
/** Every phrase the view builds in code, with the view field it lands in. */
export declare const VIEW_PHRASES: readonly ViewPhrase[];
/**
 * Markdown tables: for each template file, every clause with the conditions it is printed under (outermost first)
 * and the YAML fields its innermost condition reads; then every phrase the view writes, with its view field.
 */
export declare function clauseTable(templates: Record<string, string>): string;
