/**
 * Checks on the arguments of the clock's public functions. Library callers get a TypeError (wrong kind of value) or
 * a RangeError (right kind, impossible value) naming the function, the argument and the shape expected; the
 * commands pass values the loader has already validated, so for them these checks never fire.
 */
import { DateTime } from 'luxon';
import type { Agreement, Calendar, Duration } from '../model/agreement.js';
/** A short, safe rendering of a bad argument for a message. */
export declare function shown(value: unknown): string;
/** A duration string (`4h`, `1d2h`, `PT4H`) or a Duration object `{ days, minutes }`, as a Duration. */
export declare function durationArgument(fn: string, name: string, value: unknown): Duration;
/** A luxon DateTime. */
export declare function instantArgument(fn: string, name: string, value: unknown): DateTime;
/** A calendar as normaliseCalendar returns it (or as found in an Agreement's `calendars`). */
export declare function calendarArgument(fn: string, name: string, value: unknown): Calendar;
/** A loaded Agreement (from loadAgreement or normaliseAgreement). */
export declare function agreementArgument(fn: string, name: string, value: unknown): Agreement;
export declare function stringArgument(fn: string, name: string, value: unknown, what: string): string;
export declare function optionalStringArgument(fn: string, name: string, value: unknown, what: string): string | undefined;
