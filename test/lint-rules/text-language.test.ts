import { describe, expect, it } from 'vitest';
import { countWords, foreignLanguage, textLanguage as rule } from '../../src/lint/rules/text-language.js';
import { editDocument, expectClean, lint, positionOf, standard, standardWith } from './helpers.js';

const englishQuality = '    description: Wrong, outdated or hallucinated answers, or answers in the wrong language.';
const withQuality = (description: string) => standardWith([englishQuality, `    description: ${description}`]);

const GERMAN = [
  'Falsche oder veraltete Antworten des Assistenten, die Kunden in die Irre führen können.',
  'Der Anbieter prüft die Anfrage und sendet ein schriftliches Angebot mit Aufwand und Preis.',
  'Kritische Störungen werden rund um die Uhr bearbeitet, auch an Feiertagen.',
  'Der Kunde benennt einen festen Ansprechpartner für alle Supportanfragen und Rückfragen.',
  'Wartungsarbeiten werden mindestens drei Werktage im Voraus angekündigt und mit dem Kunden abgestimmt.',
  'Die Lösungszeit ist ein Ziel und keine Garantie für die Behebung.',
  'Fragen zur Bedienung oder zu den monatlichen Berichten des Anbieters.',
];

describe('text-language', () => {
  it('accepts the standard example (en-GB, English prose)', () => {
    expectClean(rule, standard);
  });

  it('reports a German field in an en-GB agreement at the field, once', () => {
    const text = withQuality(GERMAN[0]!);
    const at = positionOf(text, 'Falsche');
    expect(lint(rule, text)).toMatchObject([
      { messageId: 'foreignText', pointer: '/requestTypes/1/description', line: at.line, column: at.column, data: { language: 'German', locale: 'en-GB', localeLanguage: 'English' } },
    ]);
    expect(lint(rule, text)[0]!.message).toBe(
      "this text reads as German, but the agreement's locale is en-GB; the contract's own words will be English around it. Translate it, or set `locale` if the contract is meant to be in German",
    );
  });

  it.each([
    ['French', 'Des réponses fausses ou obsolètes qui peuvent induire les clients en erreur.'],
    ['Dutch', 'Een functie werkt beperkt, maar er is een tijdelijke oplossing voor de klant.'],
    ['Spanish', 'El cliente designa una persona de contacto para todas las solicitudes de soporte.'],
  ])('reports %s', (language, description) => {
    expect(lint(rule, withQuality(description))).toMatchObject([{ messageId: 'foreignText', data: { language } }]);
  });

  it('reports English prose in a de-DE agreement, and German prose there not at all', () => {
    const german = editDocument(withQuality(GERMAN[0]!), (doc) => doc.set('locale', 'de-DE'));
    const findings = lint(rule, german);
    expect(findings.length).toBeGreaterThan(0);
    // Most of the prose is English: one finding at `locale` says so.
    expect(findings).toMatchObject([{ messageId: 'mostlyForeign', pointer: '/locale', data: { language: 'English', locale: 'de-DE', suggested: 'en-GB' } }]);
  });

  describe('is conservative', () => {
    it.each([
      ['a short German label', 'Falsche Antworten'],
      ['five German words', 'Falsche oder veraltete Antworten allgemein.'],
      ['English around a quoted German product name', 'Hand-overs go to the "Kundenservice Zentrale für die Region Nord und den Süden" queue in the help desk.'],
      ['English around a German address', 'Invoices are sent to Brightline, Hafenstraße 8, 20457 Hamburg, for the attention of the finance team.'],
      ['English with a URL', 'See https://example.com/de/die-antworten-und-die-fragen-der-kunden-und-der-anbieter for the published wording.'],
      ['English around German defined terms', 'The Auftraggeber names one Ansprechpartner for every request, and keeps the contact details current.'],
    ])('%s is not reported', (_name, description) => {
      let text = withQuality(description);
      if (description.includes('Auftraggeber')) {
        text = editDocument(text, (doc) => {
          (doc.get('definitions') as import('yaml').YAMLSeq).add(doc.createNode({ term: 'Auftraggeber', meaning: 'The Client.' }));
          (doc.get('definitions') as import('yaml').YAMLSeq).add(doc.createNode({ term: 'Ansprechpartner', meaning: 'The Client\'s point of contact.' }));
        });
      }
      expectClean(rule, text);
    });

    it('judges nothing in a locale of another language', () => {
      expectClean(rule, editDocument(withQuality(GERMAN[0]!), (doc) => doc.set('locale', 'it-IT')));
    });

    it('takes en-GB when `locale` is absent', () => {
      const text = editDocument(withQuality(GERMAN[0]!), (doc) => doc.delete('locale'));
      expect(lint(rule, text)).toMatchObject([{ messageId: 'foreignText', data: { locale: 'en-GB' } }]);
    });

    it('honours minWords', () => {
      expectClean(rule, withQuality(GERMAN[0]!), { minWords: 20 });
    });
  });

  describe('caps what it reports', () => {
    /** The standard example with the first `n` request types described in German. */
    const germanTypes = (n: number) =>
      editDocument(standard, (doc) => {
        for (let i = 0; i < n; i++) doc.setIn(['requestTypes', i, 'description'], GERMAN[i]!);
      });

    it('reports at most maxFindings fields, then one finding with how many more', () => {
      const findings = lint(rule, germanTypes(6), { maxFindings: 2 });
      expect(findings.map((f) => f.messageId)).toEqual(['foreignText', 'foreignText', 'moreForeignText']);
      expect(findings[2]).toMatchObject({ pointer: '/requestTypes/2/description', data: { count: 4, shown: 2 } });
    });

    it('says once, at the top, when most prose is in another language and `locale` is absent', () => {
      const text = editDocument(standard, (doc) => {
        doc.delete('locale');
        const visit = (node: unknown): void => {
          if (node && typeof node === 'object' && 'items' in node) for (const item of (node as { items: unknown[] }).items) visit(item);
          if (node && typeof node === 'object' && 'value' in node && 'key' in node) {
            const { key, value } = node as { key: { value?: unknown }; value: { value?: unknown } | null };
            if (['description', 'meaning', 'definition', 'businessImpact', 'threshold'].includes(String(key.value)) && value && typeof value.value === 'string') value.value = GERMAN[String(value.value).length % GERMAN.length]!;
            else visit(value);
          }
        };
        visit(doc.contents);
      });
      expect(lint(rule, text)).toMatchObject([{ messageId: 'mostlyForeign', pointer: '', line: positionOf(text, 'slaVersion').line, data: { language: 'German', locale: 'en-GB', suggested: 'de-DE' } }]);
    });
  });

  describe('foreignLanguage', () => {
    it('weighs stop words shared by several languages less', () => {
      expect(foreignLanguage(countWords('Le délai de résolution est un objectif et non une garantie.'), 'en')).toBe('fr');
      expect(foreignLanguage(countWords('The resolution time is an objective and not a guarantee.'), 'de')).toBe('en');
      expect(foreignLanguage(countWords('The resolution time is an objective and not a guarantee.'), 'en')).toBeUndefined();
    });
  });
});
