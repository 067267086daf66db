/**
 * A changed value in the contract's words: what it is (`Excluded work “Training”`, `Critical response target
 * (Premium tier)`) and what it says (`30 minutes, 24×7`, `€4,800 per month`), and the sentence a reviewer reads.
 */
import type { Agreement, Money } from '../model/agreement.js';
import { type DiffRule, type Json, type Site } from './rule.js';
import type { ChangeEffect } from './types.js';
/** Long free text is cut at a word for a one-line summary; the whole text is in the agreement. */
export declare function clip(text: string, longest?: number): string;
/** The name a list item goes by (its name, term, title, date or id), if it has one. */
export declare function itemName(item: Json, locale?: string): string | undefined;
/** A list item in a few words: its name, else the start of its text. */
export declare function itemLabel(item: Json, locale?: string): string | undefined;
/** The value at a pointer of a document's data. */
export declare function valueAt(data: Json, pointer: string): Json;
/**
 * What the changed value is: the schema's title of the field, qualified by the list items and map entries it sits in
 * (`Request type “Tuning” › Cap › Hours`). The first segment is the section and is not repeated.
 */
export declare function defaultSubject(site: Site): string;
/** A time target written `{ within: 2h, calendar: x }` (or every, between, by) in words: `30 minutes, 24×7`. */
export declare function targetWords(raw: Json, agreement: Agreement | undefined, { firmness, withCalendar }?: {
    firmness?: boolean | undefined;
    withCalendar?: boolean | undefined;
}): string | undefined;
export declare const isMoney: (value: Json) => value is Money;
/** A value in contract words, for any field a rule does not word itself. */
export declare function defaultWords(value: Json, site: Site): string | undefined;
/** The sentence a reviewer reads for one change. */
export declare function summarise(rule: DiffRule | undefined, change: 'added' | 'removed' | 'changed', effect: ChangeEffect, subject: string, before: string | undefined, after: string | undefined, reason: string | undefined, note?: string): string;
/** `24×7` or `Mon–Fri 08:00–18:00 London time`: the hours a calendar counts, said once for two targets that share it. */
export declare function calendarNote(agreement: Agreement | undefined, calendarId: Json): string | undefined;
