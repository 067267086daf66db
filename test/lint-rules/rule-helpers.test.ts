import { describe, expect, it } from 'vitest';
import { normaliseCalendar } from '../../src/model/normalise.js';
import { parseDuration } from '../../src/model/duration.js';
import { certainlySlower, hasQuantity, isNegated, sentenceAt } from '../../src/lint/rule-helpers.js';

const office = normaliseCalendar({ id: 'office', name: 'Office', timezone: 'Europe/Berlin', hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: ['09:00-17:00'] }] });
const otherOffice = normaliseCalendar({ id: 'other', name: 'Other office', timezone: 'America/New_York', hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: ['09:00-17:00'] }] });
const always = normaliseCalendar({ id: 'always', name: 'Always', timezone: 'UTC', hours: '24x7' });
const on = (text: string, calendar = office) => ({ duration: parseDuration(text)!, calendar });

describe('certainlySlower', () => {
  it.each([
    // slow, fast, certainly slower?
    [on('4h'), on('2h'), true],
    [on('2h'), on('2h'), false],
    [on('2d'), on('1d'), true],
    [on('1d'), on('8h'), false], // an 8-hour working day: 1d is 8 working hours
    [on('2d'), on('9h'), true], // at least 16 working hours
    [on('1d'), on('7h'), true],
    [on('1d1h'), on('9h'), false], // 9 working hours either way
    [on('9h'), on('8h', always), true], // business hours take at least their length in wall time
    [on('8h'), on('8h', always), false],
    [on('4h', always), on('2h'), false], // a business-hours clock can stand still all weekend
    [on('2h', always), on('1h', always), true],
    [on('8h', otherOffice), on('1h'), false], // two business-hours calendars: it depends on the moment
  ])('%o later than %o: %s', (slow, fast, expected) => {
    expect(certainlySlower(slow, fast)).toBe(expected);
  });
});

describe('hasQuantity', () => {
  it.each(['within 2 business days', 'within one business day', '4h', 'an hour', 'at least 95%', 'by 09:00', 'after PT4H', 'every 30 minutes', 'within four (4) hours', 'within thirty (30) days', 'within 24 (twenty-four) Business Hours', 'one (1) business day'])('"%s" names an amount', (text) => {
    expect(hasQuantity(text)).toBe(true);
  });
  it.each(['promptly', 'within a reasonable time', 'as soon as possible', 'the 2nd level', 'version 2', 'Severity (1) incidents', 'four (4)'])('"%s" does not', (text) => {
    expect(hasQuantity(text)).toBe(false);
  });
});

describe('sentenceAt and isNegated', () => {
  const text = 'It is an objective, not a guarantee. We guarantee nothing else; really.\nNext line';
  it('finds the sentence around an index', () => {
    expect(sentenceAt(text, text.indexOf('objective')).text).toBe('It is an objective, not a guarantee.');
    expect(sentenceAt(text, text.indexOf('We guarantee')).text.trim()).toBe('We guarantee nothing else;');
    expect(sentenceAt(text, text.indexOf('Next')).text).toBe('Next line');
  });
  it('sees a negation only in the few words before, in the same sentence', () => {
    expect(isNegated(text, text.indexOf('guarantee'))).toBe(true);
    expect(isNegated(text, text.indexOf('guarantee nothing'))).toBe(false);
    expect(isNegated('No fees. We guarantee it.', 'No fees. We guarantee it.'.indexOf('guarantee'))).toBe(false);
  });
});
