import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { loadAgreementText } from '../../src/agreement.js';
import type { InitFacts } from '../../src/init/facts.js';
import { slugify } from '../../src/init/facts.js';
import { PRESETS, TIER_IDS } from '../../src/init/presets.js';
import { scaffoldAgreement } from '../../src/init/scaffold.js';
import { runCli } from '../helpers/cli.js';

const BASE: InitFacts = {
  client: 'Acme Logistics',
  provider: 'Kestrel Studio',
  workflow: 'Invoice extraction',
  timezone: 'Europe/Berlin',
  tier: 'standard',
  effectiveDate: '2027-01-01',
  holidays: 'de',
};

/** Presets and awkward facts: non-ASCII names, zones with odd offsets, no holidays, years without data. */
const CASES: [string, InitFacts][] = [
  ...TIER_IDS.map((tier): [string, InitFacts] => [`${tier} preset`, { ...BASE, tier }]),
  ['non-ASCII client, premium', { ...BASE, tier: 'premium', client: 'Zoë Šimková & Søn ApS', provider: 'Ærø Automatisering', workflow: 'Kundeservice-assistent' }],
  ['CJK client name (no Latin letters)', { ...BASE, client: '株式会社さくら', workflow: '請求書の抽出', holidays: 'none', timezone: 'Asia/Tokyo' }],
  ['Asia/Kathmandu, no holidays, essential', { ...BASE, tier: 'essential', timezone: 'Asia/Kathmandu', holidays: 'none' }],
  ['America/Los_Angeles with US holidays', { ...BASE, timezone: 'America/Los_Angeles', holidays: 'us', effectiveDate: '2026-12-01' }],
  ['Europe/London, premium, gb-eng, term past the data', { ...BASE, tier: 'premium', timezone: 'Europe/London', holidays: 'gb-eng', effectiveDate: '2028-03-01' }],
  ['Pacific/Chatham (UTC+12:45), fr holidays', { ...BASE, timezone: 'Pacific/Chatham', holidays: 'fr' }],
  ['quotes, colons and hashes in names', { ...BASE, client: 'O\'Brien: "Data" #1', workflow: 'Agent: triage # v2' }],
];

describe.each(CASES)('sla init scaffold: %s', (_, facts) => {
  const { text, notes } = scaffoldAgreement(facts, '../schemas/sla.schema.json');

  it('is a valid agreement with no diagnostics', () => {
    const result = loadAgreementText(text, 'agreement.sla.yaml');
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.agreement?.parties.client?.name).toBe(facts.client);
  });

  it('starts with the yaml-language-server line and explains every section', () => {
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/sla.schema.json');
    const doc = parseDocument(text);
    const keys = (doc.contents as unknown as { items: { key: { value: string; commentBefore?: string } }[] }).items;
    for (const { key } of keys) {
      if (['kind', 'id', 'title', 'version', 'status', 'locale', 'effectiveDate'].includes(key.value)) continue; // the header shares one comment
      expect(key.commentBefore, `comment above ${key.value}`).toMatch(/\w{3,}/);
    }
  });

  it('uses every section a real agreement needs', () => {
    const data = parseDocument(text).toJS() as Record<string, unknown>;
    for (const section of ['term', 'parties', 'definitions', 'services', 'scope', 'requestTypes', 'changeOrders', 'calendars', 'severityLevels', 'tiers', 'channels', 'escalation', 'clientResponsibilities', 'monitoring', 'maintenance', 'review', 'signatures']) {
      expect(data, section).toHaveProperty(section);
    }
    expect(data.serviceTier).toBe(facts.tier);
  });

  it('writes its drafting defaults as data, so the contract states them and the author can change them', () => {
    const agreement = loadAgreementText(text, 'agreement.sla.yaml').agreement!;
    const terms = (agreement.definitions ?? []).map((d) => d.term);
    expect(terms).toEqual(expect.arrayContaining(['Business hours', 'Business day', 'Severity level', 'Response time', 'Update interval', 'Resolution target', 'Change order']));
    expect(agreement.definitions?.find((d) => d.term === 'Response time')?.meaning).toMatch(/runs from when a request reaches an agreed channel/);
    for (const [severity, targets] of Object.entries(agreement.tiers[0]!.targets)) {
      expect(targets.response?.firmness, `${severity} response`).toBe('commitment');
      if (targets.update) expect(targets.update.firmness, `${severity} update`).toBe('commitment');
      if (targets.resolution) {
        expect(targets.resolution.firmness, `${severity} resolution`).toBe('objective');
        // `kind: objective` would only repeat the firmness; `workaround` says what counts as resolved, so it stays.
        const presetKind = PRESETS[facts.tier].targets[severity as 'critical'].resolution![2];
        expect(targets.resolution.kind, `${severity} resolution kind`).toBe(presetKind === 'workaround' ? 'workaround' : undefined);
      }
    }
    // The content is the point, not the case of the defined party (defined-term-case, run below, checks that).
    expect((agreement.excusedDelays ?? []).join('\n')).toMatch(/client not meeting one of its responsibilities/i);
    expect((agreement.excusedDelays ?? []).join('\n')).toMatch(/third-party service/i);
    expect((agreement.scope?.excluded ?? []).map((item) => item.category)).toContain('third-party-services');
  });

  it('says when holiday data runs out', () => {
    if (facts.effectiveDate.startsWith('2028') && facts.holidays !== 'none') expect(notes.join()).toMatch(/no dates for 2029/);
    else expect(notes).toEqual([]);
  });
});

describe('sla init presets differ like real tiers', () => {
  const doc = (tier: InitFacts['tier']) => loadAgreementText(scaffoldAgreement({ ...BASE, tier }, 'x').text).agreement!;
  const minutes = (d: { days: number; minutes: number }) => d.days * 24 * 60 + d.minutes;

  it('answers critical incidents faster, reports more often and offers more as the tier rises', () => {
    const [essential, standard, premium] = TIER_IDS.map(doc);
    const critical = (a: typeof essential) => minutes(a!.tiers[0]!.targets.critical!.response!.within!);
    expect(critical(essential)).toBeGreaterThan(critical(standard));
    expect(critical(standard)).toBeGreaterThan(critical(premium));
    expect(essential!.tiers[0]!.targets.critical!.response!.calendar).toBe('business-hours');
    expect(premium!.tiers[0]!.supportHours).toBe('always-on');
    expect(premium!.tiers[0]!.reporting).toBe('weekly');
    expect(essential!.tiers[0]!.proactiveOptimisation).toEqual({ included: false });
    expect(premium!.availability?.target).toBe(99.9);
    expect(essential!.availability).toBeUndefined();
    const threshold = (a: typeof essential) => a!.changeOrders!.thresholdHours!;
    expect(threshold(essential)).toBeLessThan(threshold(standard));
    expect(threshold(standard)).toBeLessThan(threshold(premium));
    expect(TIER_IDS.map((tier) => PRESETS[tier].monthlyPrice)).toEqual([...TIER_IDS.map((tier) => PRESETS[tier].monthlyPrice)].sort((a, b) => a - b));
  });

  it('puts the chosen holidays in the business-hours calendar for the initial term only', () => {
    const agreement = doc('standard');
    const holidays = [...agreement.calendars.find((c) => c.id === 'business-hours')!.holidays.keys()];
    expect(holidays[0]).toBe('2027-01-01');
    expect(holidays.every((date) => date >= '2027-01-01' && date <= '2027-12-31')).toBe(true);
    expect(holidays).toContain('2027-10-03');
  });
});

describe('slugify', () => {
  it('makes ids from names in any script', () => {
    expect(slugify('Müller & Söhne GmbH')).toBe('muller-sohne-gmbh');
    expect(slugify('Straße Ærø')).toBe('strasse-aero');
    expect(slugify('株式会社さくら')).toBe('');
    expect(slugify('  --Agent: triage # v2--  ')).toBe('agent-triage-v2');
  });
});

describe('sla lint on every scaffold', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'sla-init-lint-'));
    for (const [index, [, facts]] of CASES.entries()) {
      await writeFile(path.join(directory, `case-${index}.sla.yaml`), scaffoldAgreement(facts, '../schemas/sla.schema.json').text);
    }
    await writeFile(path.join(directory, 'strict.slarc.yaml'), 'extends: sla:strict\n');
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  it.each([['recommended rules', []], ['every rule (sla:strict)', ['--config', 'strict.slarc.yaml']]])('reports zero findings with the %s', async (_, config) => {
    const run = await runCli(['lint', '.', '--format', 'json', ...config], { cwd: directory });
    expect(run.stderr).toBe('');
    const results = JSON.parse(run.stdout) as { file: string; findings: unknown[] }[];
    expect(results).toHaveLength(CASES.length);
    for (const result of results) expect(result.findings, result.file).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('renders every scaffold to Markdown and PDF', async () => {
    const run = await runCli(['render', '.', '--format', 'md', '--format', 'pdf', '--out-dir', 'contracts'], { cwd: directory });
    expect(run.stderr).not.toMatch(/error|sla:/i);
    expect(run.code).toBe(0);
    for (const [index, [, facts]] of CASES.entries()) {
      const markdown = await readFile(path.join(directory, 'contracts', `case-${index}.md`), 'utf8');
      // Markdown escapes undone, and the contract's typographic quotes straightened, to compare with the facts.
      const unescaped = markdown.replace(/\\(.)/g, '$1').replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
      expect(unescaped.split('\n')[0]).toBe(`# Support Agreement — ${facts.workflow}`);
      expect(unescaped).toContain(`**${facts.client}**`);
      // The drafting defaults are data now, and the contract states them.
      for (const sentence of ['The Provider commits to the response times.', 'The Provider commits to the update intervals.', 'The resolution times are objectives the Provider works towards.', ' Excused delays\n', '- **Response time**: ', '- **Business day**: ', '- **Change order**: ', '- **Third-party services**: ']) {
        expect(unescaped, `case ${index}`).toContain(sentence);
      }
      const pdf = await readFile(path.join(directory, 'contracts', `case-${index}.pdf`));
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(10_000);
    }
  }, 180_000);
});
