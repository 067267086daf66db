// Every example in every locale sla writes: Markdown and PDF render, no placeholder is left unfilled, and the German
// and French contracts match goldens that were read by eye (refresh with UPDATE_GOLDEN=1 after a deliberate change,
// and read the diff as a client would). In de-DE and fr-FR no English word of sla's own is left: the rendered text,
// minus the agreement's own strings, has none of a list of common English words.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../../src/i18n/catalog.js';
import { markdownToPdf } from '../../src/pdf/markdown-to-pdf.js';
import { contractPdfOptions } from '../../src/render/outputs.js';
import { loadContractTemplate, renderMarkdown, type ContractTemplate } from '../../src/render/index.js';
import { ROOT } from '../helpers/example.js';
import { readPdf } from '../pdf/read-pdf.js';
import { agreementFrom } from '../render/support.js';

const EXAMPLES = path.join(ROOT, 'examples');
const GOLDEN = path.join(ROOT, 'test/i18n/golden');
const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.sla.yaml')).sort();
const update = Boolean(process.env.UPDATE_GOLDEN);

let template: ContractTemplate;
beforeAll(async () => {
  template = await loadContractTemplate();
});

const render = (example: string, locale: string) => renderMarkdown(agreementFrom(readFileSync(path.join(EXAMPLES, example), 'utf8'), example), { template, locale });

/** Every string of the agreement's YAML: the author's own text, which stays as written in any locale. */
function authorStrings(example: string): string[] {
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(parse(readFileSync(path.join(EXAMPLES, example), 'utf8')));
  return strings;
}

/**
 * Common English words that none of sla's German or French sentences has (not loanwords both use: Services, Name,
 * Version, Date, Signature, Contact); any in the text is an untranslated word of ours.
 */
const ENGLISH = new Set([
  'the', 'and', 'of', 'to', 'within', 'hours', 'hour', 'business', 'response', 'resolution', 'tier', 'tiers', 'provider', 'customer',
  'agreement', 'days', 'day', 'minutes', 'every', 'month', 'not', 'stated', 'included', 'are', 'will', 'with', 'for', 'from', 'by',
  'this', 'that', 'which', 'when', 'where', 'or', 'than', 'must', 'shall', 'each', 'any', 'after', 'before', 'during', 'outside',
  'holidays', 'working', 'target', 'targets', 'severity', 'level', 'levels', 'covered', 'scope', 'order', 'orders',
  'signed', 'effective', 'updates', 'escalation', 'included', 'excluded', 'request', 'requests',
]);

/** Text as compared: Markdown escapes and emphasis gone, quotes straight, whitespace single (the render curls quotes and wraps nothing). */
const comparable = (text: string) => text.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1').replace(/[‘’‚]/g, "'").replace(/[“”„«»]/g, '"').replace(/"[\u00a0\u202f]+|[\u00a0\u202f]+"/g, '"').replace(/\*\*|__/g, '').replace(/\s+/g, ' ');

/** Words of the list that are also the language's own: French writes "minutes" and "tiers" (third parties). */
const OWN_WORDS: Record<string, readonly string[]> = { 'fr-FR': ['minutes', 'tiers'], 'de-DE': [] };

function englishWordsLeft(text: string, own: string[], locale: string): string[] {
  let rest = comparable(text);
  // The author's strings, longest first (a name inside a description is removed with the description).
  for (const value of [...own].sort((a, b) => b.length - a.length)) {
    const piece = comparable(value).trim();
    if (piece.length > 1) rest = rest.split(piece).join(' ');
  }
  if (process.env.DEBUG_ENGLISH) console.log(rest);
  // A deliberate gloss of an English legal term: "gesetzliche Feiertage in England und Wales (Bank Holidays)".
  rest = rest.replace(/\(bank holidays\)/gi, ' ');
  rest = rest.replace(/https?:\/\/\S+|\S+@\S+|`[^`]*`|\([^)]*#[^)]*\)/g, ' ');
  return [...new Set((rest.match(/\p{L}+/gu) ?? []).filter((word) => ENGLISH.has(word.toLowerCase()) && !OWN_WORDS[locale]?.includes(word.toLowerCase())))];
}

describe.each(SUPPORTED_LOCALES)('contracts in %s', (locale) => {
  it.each(examples)('%s renders to Markdown with every placeholder filled, and to a PDF', async (example) => {
    const markdown = await render(example, locale);
    expect(markdown).not.toMatch(/\{[a-zA-Z]+(?:,|\})/);
    const agreement = { ...agreementFrom(readFileSync(path.join(EXAMPLES, example), 'utf8'), example), locale };
    const pdf = await readPdf(await markdownToPdf(markdown, contractPdfOptions(agreement, { sourceText: '', templateSha256: '0'.repeat(64), creationDate: new Date('2027-01-01T00:00:00Z') })));
    expect(pdf.pages.length).toBeGreaterThan(1);
    expect(String(pdf.info.Subject)).not.toBe('');
  });
});

describe.each(['de-DE', 'fr-FR'])('%s contracts', (locale) => {
  it.each(examples)('%s matches its golden Markdown, read by eye', async (example) => {
    const markdown = await render(example, locale);
    const golden = path.join(GOLDEN, locale, example.replace(/\.sla\.yaml$/, '.md'));
    if (update) {
      mkdirSync(path.dirname(golden), { recursive: true });
      writeFileSync(golden, markdown);
    }
    expect(existsSync(golden), `${golden} is missing: run UPDATE_GOLDEN=1 npx vitest run test/i18n`).toBe(true);
    expect(markdown).toBe(readFileSync(golden, 'utf8'));
  });

  it.each(examples)('%s has no English word of sla\'s own', async (example) => {
    expect(englishWordsLeft(await render(example, locale), authorStrings(example), locale)).toEqual([]);
  });
});

describe('the signature page in another language', () => {
  it('sets the German signatures table as signature blocks, captioned in German', async () => {
    const example = 'standard-customer-service-assistant.sla.yaml';
    const markdown = await render(example, 'de-DE');
    const agreement = { ...agreementFrom(readFileSync(path.join(EXAMPLES, example), 'utf8'), example), locale: 'de-DE' };
    const pdf = await readPdf(await markdownToPdf(markdown, contractPdfOptions(agreement, { sourceText: '', templateSha256: '0'.repeat(64), creationDate: new Date('2027-01-01T00:00:00Z') })));
    const last = pdf.pages.at(-1)!;
    expect(last.items.filter((item) => item === 'Unterschrift')).toHaveLength(2);
    expect(last.items.filter((item) => item === 'Datum:')).toHaveLength(2);
    expect(last.text).toContain('Name: Zoë Šimková');
    // The Markdown table's column headings are not printed as a table.
    expect(last.items).not.toContain('Partei');
  });
});
