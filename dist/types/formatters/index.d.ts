import type { Formatter } from './types.js';
export declare const FORMATTERS: {
    readonly stylish: Formatter;
    readonly json: Formatter;
    readonly sarif: Formatter;
    readonly junit: Formatter;
    readonly github: Formatter;
    readonly gitlab: Formatter;
    readonly checkstyle: Formatter;
};
export type FormatName = keyof typeof FORMATTERS;
export declare const FORMAT_NAMES: FormatName[];
export declare function isFormatName(name: string): name is FormatName;
export type { Formatter, FormatterContext, RuleDescription } from './types.js';
