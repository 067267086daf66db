/**
 * Sentences of a text, split after `.`, `!` or `?` (and a closing quote or bracket) before white space. Kept apart
 * from the clause registry (clauses.ts, which loads Handlebars and marked) so that the view can use it cheaply.
 */
export declare const SENTENCE_END: RegExp;
export declare function sentences(text: string): string[];
