// `sla init --locale`: the prose the scaffold writes comes from the init.* catalogs, so a German or French scaffold is
// German or French throughout, validates, renders and lints as clean as the English one.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadAgreementText } from '../../src/agreement.js';
import type { InitFacts } from '../../src/init/facts.js';
import { scaffoldAgreement } from '../../src/init/scaffold.js';
import { renderMarkdown } from '../../src/render/render-markdown.js';
import { runCli } from '../helpers/cli.js';

const BASE: InitFacts = {
  client: 'Acme GmbH',
  provider: 'Kestrel Studio',
  workflow: 'Invoice extraction',
  timezone: 'Europe/Berlin',
  tier: 'standard',
  effectiveDate: '2027-01-01',
  holidays: 'de',
};

interface Expected {
  /** Phrases of the scaffold's prose in the language. */
  phrases: RegExp[];
  /** English phrases that must be gone. */
  notEnglish: RegExp[];
}

const LANGUAGES: [string, Partial<InitFacts>, Expected][] = [
  ['de-DE', {}, {
    phrases: [/^Supportvereinbarung – Invoice extraction$/m, /^Geschäftszeiten$/m, /^Änderungsauftrag$/m, /Montag bis Freitag, 08:00–18:00 Uhr, Ortszeit Berlin/, /gesetzlichen Feiertage in Deutschland/, /^Kritisch$/m, /Der Auftraggeber benennt einen Ansprechpartner/, /^Neujahr$/m, /^Monatlicher Servicebericht$/m],
    notEnglish: [/Business hours/, /the Client/i, /New Year/, /Monday to Friday/],
  }],
  ['fr-FR', { timezone: 'Europe/Paris', holidays: 'fr', tier: 'premium' }, {
    phrases: [/Contrat de support — Invoice extraction/, /^Heures ouvrées$/m, /^Demande de modification$/m, /du lundi au vendredi, 08:00–18:00, heure de Paris/, /jours fériés en France/, /^Critique$/m, /Désigner un interlocuteur et un suppléant/, /^Jour de l'an$/m, /^Rapport de service hebdomadaire$/m, /le Prestataire/],
    notEnglish: [/Business hours/, /the Client/i, /New Year/, /Monday to Friday/],
  }],
];

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe.each(LANGUAGES)('sla init --locale %s', (locale, facts, expected) => {
  const { text } = scaffoldAgreement({ ...BASE, ...facts, locale }, '../schemas/sla.schema.json');
  const data = parse(text) as Record<string, unknown>;
  // Every text of the YAML, one a line; its comments stay English (they speak to the author, like the CLI).
  const values = strings(data).join('\n');

  it(`writes locale: ${locale} and its prose in the language`, () => {
    expect(data.locale).toBe(locale);
    for (const phrase of expected.phrases) expect(values).toMatch(phrase);
    for (const phrase of expected.notEnglish) expect(values).not.toMatch(phrase);
  });

  it('is a valid agreement that renders to Markdown in the language', async () => {
    const result = loadAgreementText(text, 'agreement.sla.yaml');
    expect(result.diagnostics).toEqual([]);
    const markdown = await renderMarkdown(result.agreement!);
    expect(markdown.split('\n')[0]).toBe(`# ${data.title as string}`);
    expect(markdown).toContain((data.definitions as { meaning: string }[])[0]!.meaning.slice(0, 40));
  });
});

describe('sla lint on the scaffold in every language', () => {
  let directory: string;
  const CASES: [string, Partial<InitFacts>][] = [
    ...['de-DE', 'fr-FR', 'nl-NL', 'es-ES'].flatMap((locale) => (['essential', 'standard', 'premium'] as const).map((tier): [string, Partial<InitFacts>] => [locale, { tier }])),
    ['fr-FR', { timezone: 'Europe/Paris', holidays: 'fr' }],
    ['nl-NL', { timezone: 'Europe/Amsterdam', holidays: 'nl', tier: 'premium' }],
    ['es-ES', { timezone: 'America/New_York', holidays: 'us' }],
  ];
  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'sla-init-locale-'));
    for (const [index, [locale, facts]] of CASES.entries()) {
      await writeFile(path.join(directory, `case-${index}-${locale}.sla.yaml`), scaffoldAgreement({ ...BASE, ...facts, locale }, '../schemas/sla.schema.json').text);
    }
    await writeFile(path.join(directory, 'strict.slarc.yaml'), 'extends: sla:strict\n');
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  it.each([['recommended rules', []], ['every rule (sla:strict)', ['--config', 'strict.slarc.yaml']]])('reports no error or warning with the %s', async (_, config) => {
    const run = await runCli(['lint', '.', '--format', 'json', ...config], { cwd: directory });
    expect(run.stderr).toBe('');
    const results = JSON.parse(run.stdout) as { file: string; findings: { ruleId: string; severity: string; message: string }[] }[];
    expect(results).toHaveLength(CASES.length);
    for (const result of results) expect(result.findings.filter((f) => f.severity !== 'info'), result.file).toEqual([]);
    expect(run.code).toBe(0);
  });
});

describe('sla init --locale on the command line', () => {
  const FLAGS = ['--client', 'Acme GmbH', '--provider', 'Kestrel Studio', '--workflow', 'Invoice extraction', '--timezone', 'Europe/Berlin', '--tier', 'essential', '--effective-date', '2027-01-01', '--holidays', 'de', '--stdout'];
  const ENV = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 26) / 1000), TZ: 'Europe/Berlin' };

  it('writes the agreement in the language given, its tag made canonical', async () => {
    const run = await runCli(['init', ...FLAGS, '--locale', 'de_de'], { env: ENV, stdinIsTTY: false });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('\nlocale: de-DE\n');
    expect(run.stdout).toContain('title: Supportvereinbarung – Invoice extraction');
  });

  it('keeps English, as before, when no locale is given, even with German holidays', async () => {
    const run = await runCli(['init', ...FLAGS], { env: ENV, stdinIsTTY: false });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('\nlocale: en-GB\n');
    expect(run.stdout).toContain('title: Support Agreement — Invoice extraction');
  });

  it('refuses a tag that is not a locale (exit 2, nothing written), with the other bad flags', async () => {
    const run = await runCli(['init', ...FLAGS, '--locale', 'not a locale', '--tier', 'gold'], { env: ENV, stdinIsTTY: false });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--locale: `not a locale` is not a locale; give a BCP 47 tag such as en-GB, en-US, de-DE, fr-FR, nl-NL, es-ES');
    expect(run.stderr).toContain('--tier: `gold` is not a tier');
  });

  it('accepts a locale without a catalog, and says its words are English', async () => {
    const run = await runCli(['init', ...FLAGS, '--locale', 'ja-JP'], { env: ENV, stdinIsTTY: false });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('\nlocale: ja-JP\n');
    expect(run.stdout).toContain('title: Support Agreement — Invoice extraction');
    expect(run.stderr).toMatch(/no catalog for ja-JP, so the agreement's text is in English/);
  });
});
