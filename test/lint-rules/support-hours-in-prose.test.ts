import { describe, expect, it } from 'vitest';
import { supportHoursInProse as rule } from '../../src/lint/rules/support-hours-in-prose.js';
import { editDocument, expectClean, lint, rangeOfText, standard } from './helpers.js';

/** The standard example with the Berlin calendar (calendars[0]) edited. */
function withBerlin(values: Record<string, unknown>, remove: string[] = []): string {
  return editDocument(standard, (doc) => {
    for (const key of remove) doc.deleteIn(['calendars', 0, key]);
    for (const [key, value] of Object.entries(values)) doc.setIn(['calendars', 0, key], doc.createNode(value));
  });
}

describe('support-hours-in-prose', () => {
  it('accepts the standard example: its calendars state days, times and zones', () => {
    expectClean(rule, standard);
  });

  it('flags a calendar that names hours without stating them, with its words, at `hours`', () => {
    const text = withBerlin({ hours: 'unstated', timezone: 'unstated', description: 'Standard business hours (8x5).' }, ['holidays']);
    expect(lint(rule, text)).toMatchObject([
      { messageId: 'hoursUnstated', pointer: '/calendars/0/hours', data: { calendar: 'berlin-business', andZone: ', `timezone: unstated`', words: ': "Standard business hours (8x5)."' } },
    ]);
  });

  it('names the zone only when it is unstated too, and falls back to the calendar name', () => {
    const text = withBerlin({ hours: 'unstated' });
    expect(lint(rule, text)).toMatchObject([{ messageId: 'hoursUnstated', data: { andZone: '', words: ': "Berlin business hours"' } }]);
  });

  it('flags stated hours with no time zone, in the calendar or its words, at `timezone`', () => {
    const text = withBerlin({ timezone: 'unstated', description: 'Mon-Fri 6 a.m.-6 p.m.' });
    expect(lint(rule, text)).toMatchObject([
      { messageId: 'zoneUnstated', pointer: '/calendars/0/timezone', data: { calendar: 'berlin-business', hours: 'Mon–Fri 09:00–12:30, 13:30–17:30' } },
    ]);
  });

  it('flags prose about business hours in a document whose calendars are all 24x7, once, at the first words', () => {
    const text = withBerlin({ hours: '24x7' }, ['holidays']);
    const findings = lint(rule, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ messageId: 'proseOnly', data: { words: 'business hours' } });
  });

  it('flags "standard working hours" and "8x5" as hours in prose', () => {
    const text = editDocument(withBerlin({ hours: '24x7' }, ['holidays']), (doc) => {
      doc.setIn(['definitions'], doc.createNode([{ term: 'Support hours', meaning: 'Support is given during standard working hours (8x5).' }]));
    });
    expect(lint(rule, text)).toMatchObject([{ messageId: 'proseOnly', data: { words: 'standard working hours' }, ...rangeOfText(text, 'standard working hours') }]);
  });

  describe('near misses that must not trigger', () => {
    it('a 24x7 calendar without a zone (a round-the-clock clock counts the same everywhere)', () => {
      expectClean(rule, editDocument(standard, (doc) => doc.setIn(['calendars', 1, 'timezone'], 'unstated')));
    });
    it('a zone the client names (`client-local`)', () => {
      expectClean(rule, withBerlin({ timezone: 'client-local' }));
    });
    it.each([
      ['an abbreviation (timezone-abbreviation reports it, at the words)', 'Government Cloud: Mon-Fri 6 a.m.-6 p.m. PST.'],
      ['a zone name', 'Business hours Monday-Friday, 6:00 AM to 6:00 PM US Pacific.'],
      ['a spelled-out zone', 'Business Hours 9am-5pm Eastern Daylight Time (EDT).'],
    ])('stated hours whose words give the zone: %s', (_name, description) => {
      expectClean(rule, withBerlin({ timezone: 'unstated', description }));
    });
    it('prose about business hours beside a calendar that states them, or even one whose hours are unstated (reported once, at it)', () => {
      expectClean(rule, standard);
      expect(lint(rule, withBerlin({ hours: 'unstated' })).map((f) => f.messageId)).toEqual(['hoursUnstated']);
    });
  });
});
