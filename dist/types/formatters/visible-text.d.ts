/** The text on one line, with every control character shown as an escape (`\n`, `\x1b`, `\u202e`). */
export declare function showText(text: string): string;
