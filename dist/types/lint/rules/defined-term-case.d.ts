import type { Rule } from '../types.js';
export declare const definedTermCase: Rule;
/** True when `index` of `text` lies inside a quotation or a code span (see `literalSpans`). */
export declare function isQuoted(text: string, index: number): boolean;
