// `sla validate` names what a value should look like when it does not match a `pattern`: its own words for the
// common types, else the schema's `patternErrorMessage` (the one editors show); never the regular expression.
import { describe, expect, it } from 'vitest';
import { loadAgreementText } from '../../src/agreement.js';
import { agreementSchema } from '../../src/schema.js';
import { editExample } from '../helpers/example.js';

type Node = Record<string, unknown>;
const calendarFields = ((((agreementSchema.properties as Record<string, Node>).calendars!.items as Node).properties) as Record<string, Node>);
const icsMessage = String((calendarFields.holidayFiles!.items as Node).patternErrorMessage);

function errorsOf(text: string) {
  return loadAgreementText(text, 'x.sla.yaml').diagnostics.filter((d) => d.severity === 'error');
}

describe('pattern mismatches in sla validate', () => {
  it('a holiday file that is not .ics gets the schema\'s human message, not the regex', () => {
    const text = editExample([['    timezone: Europe/Berlin\n    hours:\n      - days: [mon, tue, wed, thu, fri]', '    timezone: Europe/Berlin\n    holidayFiles: [holidays/berlin.ical]\n    hours:\n      - days: [mon, tue, wed, thu, fri]']]);
    const errors = errorsOf(text);
    expect(errors.map((d) => d.message)).toEqual([
      '`holidayFiles[0]` must be the path of an iCalendar file ending in .ics, relative to the agreement file, e.g. holidays/berlin-2027.ics, not the text "holidays/berlin.ical"',
    ]);
    expect(icsMessage).toBe('Must be the path of an iCalendar file ending in .ics, relative to the agreement file, e.g. holidays/berlin-2027.ics.');
    expect(errors[0]!.message).not.toContain('\\.ics$');
    expect(errors[0]).toMatchObject({ code: 'invalid-value', pointer: '/calendars/0/holidayFiles/0' });
  });

  it.each([
    ['a duration', ['response: { within: 8h,', 'response: { within: 2 business days,'], /`within` must be a duration such as 30m, 4h, 1h30m, 2d or PT4H, not the text "2 business days"/],
    ['an id', ['  - id: portal\n', '  - id: Web_Portal\n'], /`id` must be an identifier in kebab-case/],
    ['a time window', ['open: ["09:00-12:30", "13:30-17:30"]', 'open: ["9:00-12:30", "13:30-17:30"]'], /`open\[0\]` must be a time window HH:MM-HH:MM/],
    ['a currency', ['price: { amount: 1400, currency: EUR', 'price: { amount: 1400, currency: eur'], /`currency` must be a three-letter ISO 4217 currency code/],
    ['a locale', ['locale: en-GB', 'locale: english'], /`locale` must be a language tag such as `en-GB`/],
  ] as const)('%s: no regular expression in the message', (_name, edit, message) => {
    const errors = errorsOf(editExample([[edit[0], edit[1]]]));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(message);
    expect(errors[0]!.message).not.toMatch(/\^|\$|\\d|\(\?/);
  });
});
