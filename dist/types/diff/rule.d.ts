/**
 * What a diff rule is: a schema path pattern, the contract section it falls under, and how a difference there is judged
 * and put into words. One file per contract section in ./rules.
 */
import type { Agreement } from '../model/agreement.js';
import type { ChangeEffect, ChangeMeasure } from './types.js';
export type Json = unknown;
/** The two versions being compared. The normalised agreements are absent for a version with schema errors. */
export interface DiffContext {
    old?: Agreement;
    new?: Agreement;
    oldData: Json;
    newData: Json;
}
/** One difference: the values of both versions (undefined where absent), where they are, and the schema path. */
export interface Site {
    old: Json;
    new: Json;
    oldPointer: string;
    newPointer: string;
    /** The pointer with list indexes and map keys of free-form maps replaced by `*`: `/tiers/*\/targets/*\/response`. */
    path: string;
    context: DiffContext;
}
export interface Judgement {
    effect: ChangeEffect;
    reason?: string;
    measures?: ChangeMeasure[];
    /** The rule's direction words do not fit this change (a target's firmness is not `slower`). */
    plain?: boolean;
}
export type Classify = (site: Site) => Judgement;
export interface DiffRule {
    /** A schema path pattern; `*` stands for a list index or a map key. */
    path: string;
    /** The heading of the rendered contract. */
    section: string;
    classify: Classify;
    /** What the changed value is, in contract words; by default from the path and the list item it sits in. */
    subject?: (site: Site) => string;
    /** A value in contract words; by default its text, a list item's name or description. */
    words?: (value: Json, side: 'old' | 'new', site: Site) => string | undefined;
    /** Said once after both values when it holds for both: the calendar both times run on. */
    note?: (site: Site) => string | undefined;
    /** Judge the value whole rather than item by item (a calendar's weekly hours). */
    whole?: boolean;
    /** How a better and a worse change read: `['faster', 'slower']`; by default `better` and `worse`. */
    direction?: readonly [better: string, worse: string];
}
export declare const isObject: (value: Json) => value is Record<string, Json>;
export declare const present: (value: Json) => boolean;
/** Two values of the parsed data are the same: the data is plain JSON, so its text says so. */
export declare const sameJson: (a: Json, b: Json) => boolean;
