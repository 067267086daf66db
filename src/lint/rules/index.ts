/**
 * Every built-in lint rule, in the order `sla rules` lists them. The list is explicit (no directory scanning)
 * so a bundle carries exactly these rules and a test can check each has docs, tests and a unique id.
 */
import type { Rule } from '../types.js';
import { generalAvailabilityPromise } from './general-availability-promise.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rules differ in their options
export const rules: Rule<any>[] = [generalAvailabilityPromise];
