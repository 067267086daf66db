/**
 * Tokens a reader must see whole: an e-mail address, a URL, a phone number, a time-zone name, an amount of money,
 * a duration ("2 business hours"), a clock time or a date. The line breaker never breaks inside one, except that
 * a URL or e-mail address longer than the whole line may break at its own seams (after `/`, before `.` or `@`,
 * with no hyphen added), which is how typesetters treat them.
 *
 * The patterns run once over each run of text; they have no nested quantifiers, so their cost is linear in the
 * length of the text.
 */
export type KeepKind = 'url' | 'email' | 'phone' | 'timezone' | 'money' | 'duration' | 'time' | 'date' | 'percent';
export interface KeptSpan {
    readonly start: number;
    readonly end: number;
    readonly kind: KeepKind;
}
/** The spans of `text` to keep on one line, in order and not overlapping. */
export declare function keptSpans(text: string): KeptSpan[];
/**
 * Where a kept token longer than a whole line may still break, as offsets into it: after each `/` of a URL
 * (not within the `//` of its scheme), before each `.` of an e-mail domain and before its `@`. Other kinds never
 * break (a phone number or an amount that does not fit a line is cut like any over-long word).
 */
export declare function seams(token: string, kind: KeepKind): number[];
