import { describe, expect, it } from 'vitest';
import { holidaysUndefined as rule } from '../../src/lint/rules/holidays-undefined.js';
import { editDocument, expectClean, lint, positionOf, standard } from './helpers.js';

/** The standard example with the Berlin calendar's holidays removed, and then `change` applied. */
function withoutHolidays(change: (doc: import('yaml').Document) => void = () => {}): string {
  return editDocument(standard, (doc) => {
    doc.deleteIn(['calendars', 0, 'holidays']);
    change(doc);
  });
}

describe('holidays-undefined', () => {
  it('accepts the standard example: the Berlin calendar lists its holidays', () => {
    expectClean(rule, standard);
  });

  it('flags a business-hours calendar that says nothing about holidays, at its id', () => {
    const text = withoutHolidays();
    const at = positionOf(text, '- id: berlin-business');
    expect(lint(rule, text)).toMatchObject([{ messageId: 'noHolidays', pointer: '/calendars/0/id', data: { calendar: 'berlin-business' }, line: at.line, column: at.column + '- id: '.length }]);
  });

  it('flags a calendar with unstated hours too: its business days still need holidays', () => {
    const text = withoutHolidays((doc) => doc.setIn(['calendars', 0, 'hours'], 'unstated'));
    expect(lint(rule, text)).toMatchObject([{ messageId: 'noHolidays', data: { calendar: 'berlin-business' } }]);
  });

  it.each([
    ['excluding major US holidays'],
    ['On local holidays and weekends, requests are handled by the regional team.'],
  ])('flags holidays named only in words, at the words: "%s"', (words) => {
    const text = withoutHolidays((doc) => doc.setIn(['calendars', 0, 'holidaysDescription'], words));
    expect(lint(rule, text)).toMatchObject([{ messageId: 'holidaysInWordsOnly', pointer: '/calendars/0/holidaysDescription', data: { words } }]);
  });

  describe('near misses that must not trigger', () => {
    it.each([
      ['a regional set', (doc: import('yaml').Document) => doc.setIn(['calendars', 0, 'holidaySets'], doc.createNode(['de']))],
      ['a recurring rule', (doc: import('yaml').Document) => doc.setIn(['calendars', 0, 'holidays'], doc.createNode([{ name: 'Christmas Day', month: 12, day: 25 }]))],
      ['a holiday file', (doc: import('yaml').Document) => doc.setIn(['calendars', 0, 'holidayFiles'], doc.createNode(['holidays/berlin.ics']))],
      ['whose holidays they are', (doc: import('yaml').Document) => doc.setIn(['calendars', 0, 'holidaysOf'], 'provider-location')],
      ['a set beside words that describe it', (doc: import('yaml').Document) => {
        doc.setIn(['calendars', 0, 'holidaySets'], doc.createNode(['de']));
        doc.setIn(['calendars', 0, 'holidaysDescription'], 'Business days exclude German public holidays.');
      }],
    ])('%s', (_name, change) => {
      expectClean(rule, withoutHolidays(change));
    });

    it('a 24x7 calendar (holidays do not stop it)', () => {
      expectClean(rule, withoutHolidays((doc) => doc.setIn(['calendars', 0, 'hours'], '24x7')));
    });

    it('business days the glossary defines without excluding holidays (the document settled it: holidays are working days)', () => {
      const text = withoutHolidays((doc) => {
        doc.setIn(['definitions'], doc.createNode([
          { term: 'Business hours', meaning: '09:00–17:00, Monday to Friday, Europe/Berlin time. A time stated in business hours counts only time within these hours.' },
          { term: 'Business day', meaning: 'A day on which the business-hours calendar has working hours.' },
        ]));
      });
      expectClean(rule, text);
    });

    it.each([
      ['de', 'Geschäftstag', 'Ein Tag, an dem der Kalender der Geschäftszeiten Arbeitszeiten hat.', 'Montag bis Freitag, ausgenommen gesetzliche Feiertage.'],
      ['fr', 'Jour ouvré', 'Un jour où le calendrier des heures ouvrées a des heures de travail.', 'Du lundi au vendredi, hors jours fériés.'],
      ['nl', 'Werkdag', 'Een dag waarop de kalender van de werkuren werktijden heeft.', 'Maandag tot en met vrijdag, behalve feestdagen.'],
      ['es', 'Día hábil', 'Un día en que el calendario del horario laboral tiene horas de trabajo.', 'De lunes a viernes, salvo días festivos.'],
    ])('the same in a %s glossary: settled without holidays, not settled when it excludes them', (_language, term, settled, excluding) => {
      expectClean(rule, withoutHolidays((doc) => doc.setIn(['definitions'], doc.createNode([{ term, meaning: settled }]))));
      expect(lint(rule, withoutHolidays((doc) => doc.setIn(['definitions'], doc.createNode([{ term, meaning: excluding }]))))).toMatchObject([{ messageId: 'noHolidays' }]);
    });

    it('but not a glossary that excludes holidays without listing them', () => {
      const text = withoutHolidays((doc) => {
        doc.setIn(['definitions'], doc.createNode([{ term: 'Business day', meaning: 'Monday to Friday, excluding public holidays.' }]));
      });
      expect(lint(rule, text)).toMatchObject([{ messageId: 'noHolidays' }]);
    });
  });
});
