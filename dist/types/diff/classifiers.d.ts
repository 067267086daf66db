import { type Classify, type Json, type Judgement } from './rule.js';
import type { ChangeEffect } from './types.js';
export declare const opposite: (effect: ChangeEffect) => ChangeEffect;
/** No effect on what the client is promised: names, descriptions, ids, presentation. */
export declare const neutral: Classify;
/** Material, with no direction that can be decided from the data: says why. */
export declare const mixed: (reason: string) => Classify;
/** A list item (or optional value): adding it is `onAdd` for the client, removing it the opposite; editing it `onChange`. */
export declare const listItem: (onAdd: ChangeEffect, onChange?: ChangeEffect) => Classify;
/** A number; `higherIsBetter` says whether a higher value is better for the client. */
export declare const number: (higherIsBetter: boolean, whenAdded?: ChangeEffect) => Classify;
/** One of a list of words, best for the client first. An unknown word ranks below every known one. */
export declare const ranked: (order: readonly string[]) => Classify;
/** A yes/no field; `absent` is what leaving it out means. */
export declare const flag: (trueIs: ChangeEffect, absent?: boolean) => Classify;
/** Two durations as written, ordered as the model orders them; undefined when either is not one. */
export declare function compareWritten(a: Json, b: Json): number | undefined;
/** A plain duration (a notice period, say); `shorterIs` is what a shorter one means for the client. */
export declare const duration: (shorterIs: ChangeEffect) => Classify;
/** Several findings about one value: one direction wins outright, or the whole is mixed. */
export declare function combine(effects: readonly ChangeEffect[], reason?: string): Judgement;
export declare const FIRMNESS: readonly ['commitment', 'objective', 'commercially-reasonable-efforts', 'best-effort'];
export declare const FREQUENCY: readonly ['daily', 'weekly', 'fortnightly', 'monthly', 'quarterly', 'semi-annually', 'annually'];
