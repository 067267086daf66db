/**
 * "Monday to Friday, 9 to 5" is read by everyone as "except public holidays" — until the first Easter Monday, when
 * the client expects an answer and the provider's office is closed. Which holidays, and whose (the provider's city,
 * the client's, a country's), decides when a business-hours target falls due. A business-hours calendar must list
 * them, name a regional set, or say whose they are.
 */
import type { Agreement, Calendar } from '../../model/agreement.js';
import type { Rule } from '../types.js';

// Terms a document defines when it settles what its business time is, in the languages sla writes contracts in
// (docs/i18n.md): business day, Geschäftstag, jour ouvré, werkdag, día hábil, and their kin.
const BUSINESS_TIME_TERM = new RegExp([
  String.raw`\b(?:business|working|office)\s+(?:days?|hours?|time)\b`,
  String.raw`(?:gesch\u00e4fts|arbeits|b\u00fcro)(?:tag|stunde|zeit)`,
  String.raw`\b(?:jours?|heures?)\s+ouvr(?:\u00e9e?|able)s?(?!\p{L})`,
  String.raw`\b(?:werkdag(?:en)?|werkuren|werktijd(?:en)?|kantoortijd(?:en)?)\b`,
  String.raw`(?<!\p{L})(?:d\u00edas?|horas?)\s+(?:h\u00e1bil(?:es)?|laborables?)\b|\bhorario\s+laboral\b`,
].join('|'), 'iu');
const HOLIDAY_WORDS = /\bholidays?\b|feiertag|f\u00e9ri\u00e9|feestdag|festivo/iu;

/** True when the calendar names its holidays in a form anyone can count: dates, rules, a regional set, files, or a place. */
function holidaysListed(calendar: Calendar): boolean {
  return calendar.holidays.size > 0 || calendar.recurringHolidays.length > 0 || calendar.holidaySets.length > 0 || calendar.holidayFiles.length > 0 || calendar.holidaysOf !== undefined;
}

/**
 * A definition of the document's business time that says nothing of holidays ("Business day: a day on which the
 * business-hours calendar has working hours"): the document has settled the question itself — every weekday the
 * calendar works is a business day, holiday or not. That is a business choice, not an ambiguity.
 */
function definedWithoutHolidays(agreement: Agreement): boolean {
  const definitions = (agreement.definitions ?? []).filter((d) => BUSINESS_TIME_TERM.test(d.term));
  return definitions.length > 0 && definitions.every((d) => !HOLIDAY_WORDS.test(d.meaning));
}

export const holidaysUndefined: Rule = {
  meta: {
    id: 'holidays-undefined',
    description: 'A business-hours calendar lists no holidays: no dates, rules, regional set or holiday file, and no place whose holidays it keeps.',
    category: 'calendar',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      noHolidays:
        'calendar `{{calendar}}` says nothing about holidays: business hours are usually read as excluding public holidays, but whose, and which? List them (`holidays`, `holidaySets: [...]`, `holidayFiles`), say whose they are (`holidaysOf`), or define the business days as including them',
      holidaysInWordsOnly:
        'calendar `{{calendar}}` names its holidays only in words ("{{words}}"): nothing says which days those are, and a deadline counted across one is open to argument; list them (`holidays`, `holidaySets: [...]`, `holidayFiles`) or say whose they are (`holidaysOf`)',
    },
  },
  check(context) {
    const { agreement } = context;
    const settledByDefinition = definedWithoutHolidays(agreement);
    agreement.calendars.forEach((calendar, index) => {
      // Holidays do not stop a 24x7 clock.
      if (calendar.alwaysOpen || holidaysListed(calendar)) return;
      if (calendar.holidaysDescription !== undefined) {
        context.report({ messageId: 'holidaysInWordsOnly', data: { calendar: calendar.id, words: calendar.holidaysDescription.trim() }, pointer: `/calendars/${index}/holidaysDescription` });
        return;
      }
      if (settledByDefinition) return;
      context.report({ messageId: 'noHolidays', data: { calendar: calendar.id }, pointer: `/calendars/${index}/id` });
    });
  },
};
