// Provenance of every sentence (issue 13): render each example, lint fixture, `sla init` scaffold and transcribed
// policy; split the Markdown into sentences and table cells; each must be a clause the default template can print
// (src/render/clauses.ts, values as wildcards) whose values all come from the agreement, or be made wholly of
// what comes from the agreement: its strings and numbers, the dates, durations and amounts the view writes for
// them, and the phrases the view builds in code for a field (VIEW_PHRASES). A sentence that is neither is text
// from nowhere: a term the data does not state.
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAgreementText } from '../../src/agreement.js';
import { PRESETS, TIER_IDS } from '../../src/init/presets.js';
import { scaffoldAgreement } from '../../src/init/scaffold.js';
import type { InitFacts } from '../../src/init/facts.js';
import { clausePatterns, contractSegments, type ClausePattern } from '../../src/render/clauses.js';
import { loadContractTemplate, renderMarkdown, type ContractTemplate } from '../../src/render/index.js';
import { buildContractView } from '../../src/render/view.js';
import { AgreementText, agreementFiles, defaultTemplateSources, phraseParts, type AgreementFile } from './provenance-support.js';

/** `sla init` output for each tier preset, and with no holidays. */
function scaffolds(): AgreementFile[] {
  const base: InitFacts = {
    client: 'Acme Logistics', provider: 'Kestrel Studio', workflow: 'Invoice extraction', timezone: 'Europe/Berlin',
    tier: TIER_IDS[0]!, effectiveDate: '2027-01-01', holidays: 'de',
  };
  const facts: [string, InitFacts][] = [
    ...TIER_IDS.map((tier): [string, InitFacts] => [`sla init --tier ${tier}`, { ...base, tier }]),
    ['sla init --holidays none --timezone America/New_York', { ...base, holidays: 'none', timezone: 'America/New_York' }],
  ];
  expect(Object.keys(PRESETS).length).toBeGreaterThan(0);
  return facts.map(([name, f]) => ({ name, text: scaffoldAgreement(f, '../schemas/sla.schema.json').text }));
}

const DOCUMENTS: AgreementFile[] = [
  ...agreementFiles('examples'),
  ...agreementFiles('test/fixtures/lint'),
  ...agreementFiles('test/fixtures/lint/calibration'),
  ...agreementFiles('test/fixtures/lint/presets'),
  ...agreementFiles('test/corpus'), // transcribed real policies, when present
];

const sources = defaultTemplateSources();
const patterns = clausePatterns(sources);
const PHRASES = phraseParts(sources);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const regexOf = (parts: string[], { head = '^', tail = '$' } = {}) => new RegExp(`${head}${parts.map(escape).join('\\s*(.*?)\\s*')}${tail}`, 'su');

/**
 * Each clause pattern, and its variants for a value that holds a sentence end (`MongoDB, Inc.`, `… (8x5). More`):
 * the sentence splitter then cuts the clause inside that value, so a segment is the clause up to that value and
 * the first sentences of the value (a head), or the last sentence of the value and the rest of the clause (a tail).
 */
const MATCHERS = patterns.map((pattern) => {
  const { parts } = pattern;
  const heads = parts.slice(1).map((_, i) => regexOf([...parts.slice(0, i + 1), ''], { tail: '(?<=[.!?][”’")]?)$' }));
  const tails = parts.slice(1).map((_, i) => regexOf(['', ...parts.slice(i + 1)]));
  // Lazy values first; greedy ones when a lazy split leaves a value unexplained.
  const regexes = [pattern.regex, ...heads, ...tails].flatMap((regex) => [regex, new RegExp(regex.source.replace(/\(\.\*\?\)/g, '(.*)'), 'su')]);
  return { pattern, literals: parts.filter((p) => /\p{L}/u.test(p)), regexes };
});

/** The clause a sentence is, with its values explained; undefined when it is none. */
function clauseOf(segment: string, data: AgreementText): ClausePattern | undefined {
  for (const { pattern, literals, regexes } of MATCHERS) {
    if (!literals.some((literal) => segment.includes(literal))) continue;
    for (const regex of regexes) {
      const match = regex.exec(segment);
      if (match && match.slice(1).every((value) => value.trim() === '' || data.explains(value))) return pattern;
    }
  }
  return undefined;
}

let template: ContractTemplate;
beforeAll(async () => {
  template = await loadContractTemplate();
});

async function offenders(document: AgreementFile): Promise<string[]> {
  const result = loadAgreementText(document.text, document.name);
  expect(result.ok, `${document.name} does not load: ${result.diagnostics.map((d) => d.message).join('; ')}`).toBe(true);
  const agreement = result.agreement!;
  const view = buildContractView(agreement);
  const data = new AgreementText(parse(document.text), agreement.locale, PHRASES, [view.availability?.downtimeText ?? '', view.summary?.worstCase ?? ''].filter(Boolean));
  const markdown = await renderMarkdown(agreement, { template });
  const found: string[] = [];
  for (const line of markdown.split('\n')) {
    for (const segment of contractSegments(line, { numberedHeadings: true })) {
      if (data.explains(segment) || clauseOf(segment, data)) continue;
      found.push(`${document.name}: ${segment}`);
    }
  }
  return found;
}

describe('every sentence of a rendered contract comes from the agreement or from a clause printed for it', () => {
  it('has documents to check', () => {
    expect(DOCUMENTS.filter((d) => d.name.startsWith('examples/')).length).toBeGreaterThanOrEqual(4);
    expect(DOCUMENTS.filter((d) => d.name.startsWith('test/fixtures/lint/')).length).toBeGreaterThanOrEqual(10);
    expect(patterns.length).toBeGreaterThan(100);
  });

  it.each(DOCUMENTS.map((d) => [d.name, d] as const))('%s', async (_, document) => {
    expect(await offenders(document)).toEqual([]);
  });

  it('holds for the sla init scaffolds', async () => {
    const found: string[] = [];
    for (const scaffold of scaffolds()) found.push(...(await offenders(scaffold)));
    expect(found).toEqual([]);
  });

  it('reports a sentence from nowhere, and a clause whose value is not the agreement\'s', async () => {
    const document = DOCUMENTS.find((d) => d.name === 'examples/standard-customer-service-assistant.sla.yaml')!;
    const agreement = loadAgreementText(document.text, document.name).agreement!;
    const markdown = await renderMarkdown(agreement, { template });
    expect(markdown).toContain('Time zone: Berlin time (CET/CEST).');
    const tampered = `${markdown.replace('Time zone: Berlin time (CET/CEST).', 'Time zone: Olympus time (MST).')}\nThe Provider guarantees a fix within 4 hours.\n`;
    const view = buildContractView(agreement);
    const data = new AgreementText(parse(document.text), agreement.locale, PHRASES, [view.availability?.downtimeText ?? '', view.summary?.worstCase ?? ''].filter(Boolean));
    const segments = tampered.split('\n').flatMap((line) => contractSegments(line, { numberedHeadings: true }));
    expect(segments.filter((s) => !data.explains(s) && !clauseOf(s, data))).toEqual(['Time zone: Olympus time (MST).', 'The Provider guarantees a fix within 4 hours.']);
  });
});
