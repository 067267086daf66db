import type { Paint } from './scene.js';
export declare const INK: {
    readonly text: string;
    readonly muted: string;
    readonly rule: string;
    readonly grid: string;
    readonly accent: string;
    readonly accentTint: string;
};
export type Status = 'met' | 'near' | 'below' | 'none';
/** Target met: solid green. Within 10 points: amber with dark hatching. Below: red tint with dark dots. */
export declare const STATUS_PAINT: Record<Status, Paint>;
/** The status words of the legend in English; statusWords(locale) gives them in a report's language. */
export declare const STATUS_WORDS: Record<Status, string>;
/** The legend's status words in the locale's language. */
export declare function statusWords(locale: string): Record<Status, string>;
/** The paint of the `index`th series (request type) of a chart. */
export declare function seriesPaint(index: number): Paint;
/** Within the cap: the accent, solid. Over it: red with dark crosshatching. */
export declare const CAP_PAINT: {
    within: Paint;
    over: Paint;
};
