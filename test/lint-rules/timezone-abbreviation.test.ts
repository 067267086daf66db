import { describe, expect, it } from 'vitest';
import { timezoneAbbreviation as rule } from '../../src/lint/rules/timezone-abbreviation.js';
import { expectClean, lint, positionOf, standard, standardWith } from './helpers.js';

const businessHours = '09:00–12:30 and 13:30–17:30, Monday to Friday, Berlin time (CET/CEST), excluding the public holidays listed in this Agreement.';

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
      ['Central European Time', 'Working hours are in Central European Time.', 'spelledOut', 'Europe/Berlin'],
      ['Eastern', 'Business hours are 9am to 5pm Eastern, Monday to Friday.', 'spelledOut', 'America/New_York'],
    ])('%s', (words, meaning, messageId, zone) => {
      const text = standardWith([businessHours, meaning]);
      const at = positionOf(text, words);
      expect(lint(rule, text)).toMatchObject([{ messageId, data: { words, zone }, line: at.line, column: at.column, endColumn: at.column + words.length }]);
    });
  });

  describe('the longest phrase, with the zone it means', () => {
    it.each([
      ['European Central Time', 'Support is staffed 08:00-18:00 European Central Time on working days.', 'Europe/Berlin'],
      ['Central European Time', 'Support is staffed 08:00-18:00 Central European Time on working days.', 'Europe/Berlin'],
      ['Central European Summer Time', 'In summer the hours are given in Central European Summer Time.', 'Europe/Berlin'],
      ['Central European', 'Support is staffed from 8am to 6pm Central European on working days.', 'Europe/Berlin'],
      ['Australian Eastern Time', 'The APAC desk works 9am-5pm Australian Eastern Time.', 'Australia/Sydney'],
      ['Australian Eastern Standard Time', 'The APAC desk works 9am-5pm Australian Eastern Standard Time.', 'Australia/Sydney'],
      ['Australian Eastern', 'Weekend cover runs until 10am Australian Eastern on Monday.', 'Australia/Sydney'],
      ['Pacific Standard Time', 'The US desk works 6 AM to 6 PM Pacific Standard Time.', 'America/Los_Angeles'],
      ['US Pacific Daylight Time', 'Weekend cover starts at 5pm US Pacific Daylight Time on Friday.', 'America/Los_Angeles'],
      ['Mountain Time', 'The Denver desk works 8am-5pm Mountain Time.', 'America/Denver'],
      ['US Mountain', 'The Denver desk works 8am-5pm US Mountain.', 'America/Denver'],
      ['Eastern Daylight Time', 'Business Hours are 9am-8pm Eastern Daylight Time (EDT) on a Business Day.', 'America/New_York'],
      ['Central Standard Time', 'Business hours are 8am-5pm Central Standard Time.', 'America/Chicago'],
    ])('"%s"', (words, meaning, zone) => {
      const text = standardWith([businessHours, meaning]);
      const at = positionOf(text, words);
      expect(lint(rule, text)).toMatchObject([{ messageId: 'spelledOut', data: { words, zone }, line: at.line, column: at.column, endColumn: at.column + words.length }]);
    });

    it('reads a policy\'s weekend hours in two zones as two mentions, and reports the one that is not a year-round clock', () => {
      const text = standardWith([businessHours, 'Weekend cover runs from 5pm US Pacific on Friday to 10am Australian Eastern Time on Monday.']);
      expect(lint(rule, text).map((f) => [f.data.words, f.data.zone])).toEqual([['Australian Eastern Time', 'Australia/Sydney']]);
    });

    it.each([
      ['AET', 'The APAC desk works 9am-5pm AET.', 'Australia/Sydney'],
      ['AEST', 'The APAC desk works 9am-5pm AEST.', 'Australia/Sydney'],
      ['ACST', 'The Adelaide desk works 9am-5pm ACST.', 'Australia/Adelaide'],
      ['CEST', 'Summer hours are 08:00-18:00 CEST.', 'Europe/Berlin'],
    ])('abbreviation %s', (words, meaning, zone) => {
      const text = standardWith([businessHours, meaning]);
      expect(lint(rule, text)).toMatchObject([{ messageId: 'abbreviation', data: { words, zone }, ...positionOf(text, words) }]);
    });

    it('reports an abbreviation with the name in brackets after it once, at the name', () => {
      const text = standardWith([businessHours, 'The APAC desk works 9am-5pm AEST (Australian Eastern Standard Time).']);
      expect(lint(rule, text)).toMatchObject([{ messageId: 'spelledOut', data: { zone: 'Australia/Sydney' }, ...positionOf(text, 'Australian Eastern Standard Time') }]);
    });

    it('still reports an abbreviation elsewhere in the field than the name', () => {
      const text = standardWith([businessHours, 'Hours are 9am-5pm Eastern Standard Time; reports are sent at 08:00 GMT.']);
      expect(lint(rule, text).map((f) => f.data.words)).toEqual(['Eastern Standard Time', 'GMT']);
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
      ['"Central European" not after a clock time', 'Customers in Central European markets are served in German.'],
      ['"Australian Eastern" not after a clock time', 'Data centres on the Australian Eastern seaboard are out of scope.'],
      ['"Asia Pacific"', 'The Asia Pacific Time Zone Group is a customer, not a zone.'],
      // The name of one region's clock, daylight saving included, is as precise as its IANA name.
      ['"US Pacific"', 'Monday to Friday, 6:00 AM to 6:00 PM US Pacific.'],
      ['"Pacific Time"', 'The US desk works 6 AM to 6 PM Pacific Time.'],
      ['"US Eastern"', 'Weekend cover starts at 5pm US Eastern on Friday.'],
      ['"Central Time"', 'Business hours are 8am-5pm Central Time.'],
      ['"Eastern Prevailing Time" (whichever is in force)', 'Business hours are 9am-5pm Eastern Prevailing Time.'],
      ['"UK time"', 'Reports are sent at 08:00 UK Time.'],
      ['an abbreviation beside a zone name', 'Business hours are 9am-5pm Pacific Time (PT).'],
      // The place names the zone exactly; the brackets say what the zone is called there, as the contract writes it.
      ['a place\'s time with its names in brackets', 'Monday to Friday, Berlin time (CET/CEST).'],
      ['a place\'s time with its spelled-out name in brackets', 'Business hours are 09:00-18:00 Tokyo time (Japan Standard Time).'],
    ])('%s', (_name, meaning) => {
      expectClean(rule, standardWith([businessHours, meaning]));
    });
  });
});
