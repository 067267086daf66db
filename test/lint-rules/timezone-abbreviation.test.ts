import { describe, expect, it } from 'vitest';
import { timezoneAbbreviation as rule } from '../../src/lint/rules/timezone-abbreviation.js';
import { expectClean, lint, positionOf, standard, standardWith } from './helpers.js';

const businessHours = '09:00–12:30 and 13:30–17:30, Monday to Friday, Europe/Berlin time, excluding the public holidays listed in this agreement.';

describe('timezone-abbreviation', () => {
  it('accepts the standard example, which names Europe/Berlin', () => {
    expectClean(rule, standard);
  });

  describe('abbreviations and zone names in prose, at the exact words', () => {
    it.each([
      ['CET', '09:00–17:30 CET, Monday to Friday.', 'abbreviation', 'Europe/Berlin'],
      ['EST', 'Phone support from 9am to 5pm EST.', 'abbreviation', 'America/New_York'],
      ['PT', 'Phone support from 6 AM to 6 PM PT.', 'abbreviation', 'America/Los_Angeles'],
      ['GMT', 'Reports are sent at 08:00 GMT.', 'abbreviation', 'Europe/London'],
      ['Eastern Daylight Time', 'Business hours are 9am-5pm Eastern Daylight Time.', 'spelledOut', 'America/New_York'],
      ['US Pacific', 'Monday to Friday, 6:00 AM to 6:00 PM US Pacific.', 'spelledOut', 'America/Los_Angeles'],
      ['Central European Time', 'Working hours are in Central European Time.', 'spelledOut', 'Europe/Berlin'],
      ['Eastern', 'Business hours are 9am to 5pm Eastern, Monday to Friday.', 'spelledOut', 'America/New_York'],
    ])('%s', (words, meaning, messageId, zone) => {
      const text = standardWith([businessHours, meaning]);
      const at = positionOf(text, words);
      expect(lint(rule, text)).toMatchObject([{ messageId, data: { words, zone }, line: at.line, column: at.column, endColumn: at.column + words.length }]);
    });
  });

  it('reports a zone name with its abbreviation in brackets once, at the name', () => {
    const text = standardWith([businessHours, '9am to 5pm Eastern Daylight Time (EDT).']);
    expect(lint(rule, text)).toMatchObject([{ messageId: 'spelledOut', ...positionOf(text, 'Eastern Daylight Time') }]);
  });

  describe('near misses that must not trigger', () => {
    it.each([
      ['an IANA zone', '09:00–17:30 Europe/Berlin time.'],
      ['UTC', 'Reports are sent at 08:00 UTC.'],
      ['an abbreviation inside a word', 'The BEST answers and the ESTimate are reviewed.'],
      ['two-letter initials not after a time', 'MT output and CT scans are out of scope; PT stands for part-time.'],
      ['an ISO duration', 'Escalates after PT4H.'],
      ['lower-case words', 'Est. 2019; the cet and pst files.'],
      ['"Pacific" without "Time"', 'Customers in the Pacific region are served in English.'],
      ['a region after a number that is not a clock time', 'We serve 3 Eastern markets and 2 Central regions.'],
    ])('%s', (_name, meaning) => {
      expectClean(rule, standardWith([businessHours, meaning]));
    });
  });
});
