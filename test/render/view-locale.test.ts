// The words the view writes in code (labels.ts, view.ts, summary.ts) are the agreement's locale's, from the catalogs
// (locales/<language>/labels.json and view.json); English stays as the goldens have it.
import { describe, expect, it } from 'vitest';
import { buildContractView } from '../../src/render/view.js';
import { labels, LABELS } from '../../src/render/labels.js';
import { exampleText } from '../helpers/example.js';
import { agreementFrom } from './support.js';

const inLocale = (locale: string) => buildContractView(agreementFrom(exampleText().replace(/^locale: .*$/m, `locale: ${locale}`)));

describe('the view in the agreement\'s locale', () => {
  it('keeps the English labels for lint, diff and init, and gives each locale its own', () => {
    expect(LABELS.channelType.email).toBe('Email');
    expect(labels('de-DE').channelType.email).toBe('E-Mail');
    expect(labels('en-GB', { policy: true }).excluded['client-systems']).toBe('Customer systems');
    expect(labels('de-DE', { policy: true }).excluded['client-systems']).toBe('Systeme des Kunden');
    expect(labels('nl-NL').party.client).toBe('Opdrachtgever');
  });

  it('writes target cells, intervals, coverage and the summary in German', () => {
    const view = inLocale('de-DE');
    expect(view.document.noun).toBe('Vereinbarung');
    expect(view.document.clientNoun).toBe('Auftraggeber');
    const cells = view.severityLevels.flatMap((level) => [level.response?.text, level.update?.text, level.resolution?.text]).filter(Boolean).join(' | ');
    expect(cells).toMatch(/Geschäftsstunden/);
    expect(cells).toMatch(/Alle 4 Geschäftsstunden/);
    expect(cells).not.toMatch(/\b(?:hours?|days?|every)\b/i);
    expect(view.requestTypes.map((r) => r.coverageText)).toContain('Inbegriffen bis zu 8 Stunden pro Monat; darüber hinausgehende Arbeiten erfordern einen Änderungsauftrag');
    expect(view.summary?.worstCase).toMatch(/^Zu jeder Stunde an jedem Tag erhält eine Störung des Schweregrads \S+ innerhalb von 1 Stunde eine Reaktion\.$/);
  });

  it('writes the French with its no-break spaces and the Spanish with its words', () => {
    const fr = inLocale('fr-FR');
    expect(fr.requestTypes.map((r) => r.coverageText)).toContain('Inclus jusqu’à 8 heures par mois\u00a0; au-delà, les travaux font l’objet d’une demande de modification');
    expect(fr.firmness.response).toBe('Le Prestataire s’engage sur les délais de prise en charge (obligation de résultat).');
    const es = inLocale('es-ES');
    expect(es.term?.initialText).toMatch(/^\d+ mes(?:es)?$/);
  });

  it('writes English as before', () => {
    const view = inLocale('en-GB');
    expect(view.requestTypes.map((r) => r.coverageText)).toContain('Included up to 8 hours per month; further work is a change order');
    expect(view.severityLevels.map((level) => level.update?.text)).toContain('Every 4 business hours');
    expect(view.document.noun).toBe('Agreement');
  });
});
