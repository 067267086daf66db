import { describe, expect, it } from 'vitest';
import { normaliseCalendar } from '../../src/model/normalise.js';
import { parseDuration } from '../../src/model/duration.js';
import { layoutMarkdown, splitRow } from '../../src/render/layout.js';
import { outputPath, defaultPaper, documentDate } from '../../src/render/outputs.js';
import { calendarHoursShort, clockWords, durationWithCalendar, durationWords, timezoneIanaWords, timezoneWords, usesTwelveHourClock, weeklyHours, windowWords, zoneWords } from '../../src/render/words.js';

const berlin = normaliseCalendar({
  id: 'berlin', name: 'Berlin', timezone: 'Europe/Berlin',
  hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: ['09:00-12:30', '13:30-17:30'] }],
});
const shifts = normaliseCalendar({
  id: 'shifts', name: 'Shifts', timezone: 'UTC',
  hours: [{ days: ['mon', 'tue'], open: ['08:00-16:00'] }, { days: ['wed'], open: ['22:00-06:00'] }, { days: ['sat'], open: ['10:00-14:00'] }],
});
const always = normaliseCalendar({ id: 'always', name: 'Always', timezone: 'UTC', hours: '24x7' });
const d = (text: string) => parseDuration(text)!;

describe('durations in words', () => {
  it.each([
    ['4h', berlin, '4 business hours (Mon–Fri 09:00–12:30, 13:30–17:30 Berlin time)'],
    ['1h', always, '1 hour, 24×7'],
    ['30m', always, '30 minutes, 24×7'],
    ['1h30m', berlin, '1 business hour and 30 minutes (Mon–Fri 09:00–12:30, 13:30–17:30 Berlin time)'],
    ['1d4h', berlin, '1 business day and 4 hours (Mon–Fri 09:00–12:30, 13:30–17:30 Berlin time)'],
    ['P2D', always, '2 days, 24×7'],
  ])('%s', (text, calendar, expected) => {
    expect(durationWithCalendar(d(text), calendar, 'en-GB')).toBe(expected);
  });

  it('groups weekdays that share hours, and shows overnight windows', () => {
    expect(weeklyHours(shifts, 'en-GB').map((g) => `${g.days}: ${g.windows}`)).toEqual(['Monday and Tuesday: 08:00–16:00', 'Wednesday: 22:00–06:00', 'Saturday: 10:00–14:00']);
    expect(calendarHoursShort(shifts, 'en-GB')).toBe('Mon–Tue 08:00–16:00; Wed 22:00–06:00; Sat 10:00–14:00 UTC');
    expect(durationWords(d('0m'), berlin)).toBe('0 minutes');
  });

  it('reads the clock as the locale does: 24 hours in en-GB and de-DE, 12 hours with AM/PM in en-US', () => {
    expect(usesTwelveHourClock('en-US')).toBe(true);
    expect(usesTwelveHourClock('en-GB')).toBe(false);
    expect(usesTwelveHourClock('de-DE')).toBe(false);
    expect(clockWords(9 * 60, 'en-GB')).toBe('09:00');
    expect(clockWords(17 * 60 + 30, 'en-US')).toBe('5:30 PM');
    expect(clockWords(0, 'en-US')).toBe('12:00 AM');
    // The end of a working day is 24:00, not the 00:00 that starts the next one.
    expect(clockWords(1440, 'en-GB')).toBe('24:00');
    expect(windowWords({ start: 9 * 60, end: 17 * 60 + 30 }, 'en-US')).toBe('9:00 AM–5:30 PM');
    expect(weeklyHours(berlin, 'en-US')[0]!.windows).toBe('9:00 AM–12:30 PM and 1:30 PM–5:30 PM');
  });
});

describe('time zones in words', () => {
  it.each([
    ['Europe/Berlin', 'en-GB', 'Berlin time (CET/CEST)'],
    ['Europe/London', 'en-GB', 'London time (GMT/BST)'],
    ['America/New_York', 'en-US', 'New York time (EST/EDT)'],
    ['America/New_York', 'en-GB', 'New York time (Eastern Time)'],
    ['Asia/Kathmandu', 'en-GB', 'Kathmandu time (Nepal Time)'],
    ['UTC', 'en-GB', 'UTC'],
  ])('%s in %s is %s', (zone, locale, expected) => {
    expect(zoneWords(zone, locale).text).toBe(expected);
  });

  it('names a zone without its detail where the text is compact, and keeps the IANA name for the record', () => {
    const calendar = { timezone: 'Europe/Berlin', timezones: ['Europe/Berlin'] };
    expect(timezoneWords(calendar, 'en-GB', { compact: true })).toBe('Berlin time');
    expect(timezoneIanaWords(calendar, 'en-GB')).toBe('Europe/Berlin');
    expect(timezoneIanaWords(calendar, 'en-GB', { except: new Set(['Europe/Berlin']) })).toBeNull();
    expect(timezoneIanaWords({ timezone: 'UTC', timezones: ['UTC'] }, 'en-GB')).toBeNull();
    expect(timezoneWords({ timezone: 'unstated', timezones: [] }, 'en-GB')).toBe('time zone not stated');
  });
});

describe('layout', () => {
  it('numbers sections and clauses, leaving the title and pre-numbered headings alone', () => {
    const markdown = layoutMarkdown('# Title\n## One\n### A\n### B\n## Two\n## 9. Kept\n### C\n', { numberHeadings: true });
    expect(markdown).toBe('# Title\n\n## 1. One\n\n### 1.1 A\n\n### 1.2 B\n\n## 2. Two\n\n## 9. Kept\n\n### 9.1 C\n');
  });

  it('aligns table columns, keeps escaped pipes in their cell and alignment colons', () => {
    const markdown = layoutMarkdown('text\n| a | long header |\n| :-- | --: |\n| x \\| y | 1 |\n|z|\nafter\n', { numberHeadings: false });
    expect(markdown).toBe('text\n\n| a      | long header |\n| :----- | ----------: |\n| x \\| y | 1           |\n| z      |             |\n\nafter\n');
    expect(splitRow('| a \\| b | c |')).toEqual(['a \\| b', 'c']);
  });

  it('leaves a {-} heading unnumbered and links [§](#section:name) to the named heading by number and anchor', () => {
    const markdown = layoutMarkdown([
      '# Title', '## Summary {-}', 'See ([§](#section:fees)) and ([§](#section:missing)); \\[§\\](#section:fees) is text.',
      '## One', '<!-- section: fees -->', '## Fees and rates', '### Rates',
    ].join('\n'), { numberHeadings: true });
    expect(markdown).toBe('# Title\n\n## Summary\n\nSee ([section 2](#2-fees-and-rates)) and; \\[§\\](#section:fees) is text.\n\n## 1. One\n\n## 2. Fees and rates\n\n### 2.1 Rates\n');
  });

  it('collapses blank runs and trailing spaces, leaves code fences as they are', () => {
    expect(layoutMarkdown('\n\na  \n\n\n\nb\n```\n## not a heading  \n```\n\n\n', { numberHeadings: true })).toBe('a\n\nb\n\n```\n## not a heading\n```\n');
  });
});

describe('outputs', () => {
  it('names documents after the agreement, beside it or in --out-dir', () => {
    expect(outputPath('agreements/acme.sla.yaml', 'md')).toBe('agreements/acme.md');
    expect(outputPath('agreements/acme.sla.yml', 'pdf', 'build')).toBe('build/acme.pdf');
    expect(outputPath('<stdin>', 'md')).toBe('<stdin>.md');
  });

  it('takes the paper from the locale and the date from SOURCE_DATE_EPOCH or the effective date', () => {
    expect([defaultPaper('en-US'), defaultPaper('en-CA'), defaultPaper('en-GB'), defaultPaper('de')]).toEqual(['letter', 'letter', 'a4', 'a4']);
    expect(documentDate('2027-01-01', undefined).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(documentDate('2027-01-01', '1798761600').toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(() => documentDate('2027-01-01', '-1')).toThrow(/SOURCE_DATE_EPOCH/);
  });
});
