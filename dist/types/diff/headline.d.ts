import { type ChangeEffect } from './types.js';
/**
 * The one-line verdict of a diff, what hurts the client first: `3 changes weaker for the client, 1 stronger, 2 neutral`.
 * The first count names its noun and the client; the rest read on from it.
 */
export declare function headlineOf(verdict: Record<ChangeEffect, number>): string;
