import type { Rule } from '../types.js';
/** Each bidi control, by code point, with its Unicode name. */
export declare const BIDI_CONTROL_NAMES: Readonly<Record<number, string>>;
export declare const bidiControl: Rule;
