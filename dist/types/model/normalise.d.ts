import type * as Doc from '../generated/agreement-document.js';
import { type Agreement, type Calendar, type ResponseTarget } from './agreement.js';
/**
 * The clock's calendar from a calendar written as an agreement file writes it (an entry of `calendars`). Checks its
 * shape first and throws a TypeError or RangeError naming the calendar and the field: unknown weekday spellings
 * (use mon … sun), windows not written HH:MM-HH:MM, and weekly hours with no working time (use `hours: 24x7` for a
 * calendar that never closes).
 */
export declare function normaliseCalendar(calendar: Doc.Calendar): Calendar;
export declare function normaliseResponseTarget(target: Doc.TimedResponseTarget): ResponseTarget;
/** Builds the model every command uses from a document that passed schema and semantic validation. */
export declare function normaliseAgreement(document: Doc.AgreementDocument): Agreement;
