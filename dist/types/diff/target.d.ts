/**
 * Time targets (a response, an update interval, a resolution, an estimate, a notice) judged through the support
 * clock: the nominal time and the worst-case wall-clock wait, plus the named deadline, the resolution clock's start,
 * an outside-hours fallback and the firmness.
 */
import type { Agreement } from '../model/agreement.js';
import { type Classify, type DiffRule, type Json, type Judgement, type Site } from './rule.js';
/** Compares two targets as written, each measured in its own agreement. */
export declare function judgeTargets(before: Json, after: Json, oldAgreement: Agreement | undefined, newAgreement: Agreement | undefined, waitLabel?: string): Judgement;
export declare const timeTarget: Classify;
/** How a target reads: `30 minutes, 24×7`; the firmness only where it changed, the calendar once where it did not. */
export declare const targetValueWords: NonNullable<DiffRule['words']>;
export declare const targetNote: NonNullable<DiffRule['note']>;
/** `Critical response target (Premium tier)` for a tier's target; the kind alone elsewhere. */
export declare function tierTargetSubject(site: Site): string;
export declare const TARGET_DIRECTION: readonly ['faster', 'slower'];
export declare const UPDATE_DIRECTION: readonly ['more frequent', 'less frequent'];
