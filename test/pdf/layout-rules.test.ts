// The layout rules of issue 15 on every example and on the stress set, rendered exactly as
// `sla render --format pdf` renders them. A failure lists each violation as `p. <page>  <rule>  "<text>" — why`.
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAgreementText, type AgreementResult } from '../../src/agreement.js';
import { loadHolidayFiles } from '../../src/clock/index.js';
import { markdownToPdf } from '../../src/pdf/markdown-to-pdf.js';
import { loadContractTemplate, renderMarkdown, type ContractTemplate } from '../../src/render/index.js';
import { contractPdfOptions, documentDate } from '../../src/render/outputs.js';
import { ROOT } from '../helpers/example.js';
import { checkLayout, formatViolation, LAYOUT_RULES, type Violation } from './layout-rules.js';
import { readPdf, type ReadPdf } from './read-pdf.js';
import { stressAgreements } from './stress-agreements.js';

interface Source {
  readonly name: string;
  /** Where the agreement is (or would be): `.ics` holiday files are read relative to it. */
  readonly file: string;
  readonly text: string;
}

const EXAMPLES = path.join(ROOT, 'examples');

const examples: Source[] = readdirSync(EXAMPLES)
  .filter((name) => name.endsWith('.sla.yaml'))
  .sort()
  .map((name) => ({ name: name.replace(/\.sla\.yaml$/, ''), file: path.join(EXAMPLES, name), text: readFileSync(path.join(EXAMPLES, name), 'utf8') }));

const stress: Source[] = stressAgreements().map((agreement) => ({
  name: agreement.name,
  file: path.join(EXAMPLES, `${agreement.name}.sla.yaml`),
  text: agreement.text,
}));

let template: Promise<ContractTemplate> | undefined;

/**
 * The CLI's path (src/cli/commands/render.ts, renderOne and renderPdf): load and validate, read the calendars'
 * `.ics` files relative to the agreement, render the Markdown with the default template, typeset it with the
 * agreement's PDF options. SOURCE_DATE_EPOCH is not read, so the date is the agreement's own.
 */
async function renderContract(source: Source, result: AgreementResult): Promise<{ markdown: string; pdf: ReadPdf }> {
  template ??= loadContractTemplate({});
  const contract = await template;
  const loaded = await loadHolidayFiles(result.agreement!, (name) => readFile(path.resolve(path.dirname(source.file), name), 'utf8'));
  if (loaded.problems.length > 0) throw new Error(`${source.name}: ${loaded.problems.map((problem) => problem.message).join('; ')}`);
  const agreement = loaded.agreement;
  const markdown = await renderMarkdown(agreement, { template: contract });
  const bytes = await markdownToPdf(
    markdown,
    contractPdfOptions(agreement, {
      sourceText: result.source.text,
      templateSha256: contract.sha256,
      creationDate: documentDate(agreement.effectiveDate ?? agreement.lastUpdated, undefined),
    }),
  );
  return { markdown, pdf: await readPdf(bytes) };
}

describe.each([...examples, ...stress])('layout of $name', (source) => {
  let violations: Violation[] = [];
  let pages = 0;
  let summaryPages: number[] = [];

  beforeAll(async () => {
    // Validated as `sla validate` does; an invalid agreement fails every test below with its errors.
    const result = loadAgreementText(source.text, source.file);
    if (!result.ok) {
      const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
      throw new Error(`${source.name} is not a valid agreement:\n${errors.map((error) => `  ${error.range.line}:${error.range.column} ${error.message}`).join('\n')}`);
    }
    const { markdown, pdf } = await renderContract(source, result);
    pages = pdf.pages.length;
    violations = checkLayout(pdf, { markdown });
    // The pages from the summary's heading to its last line: the last line of the Markdown's summary block.
    const summary = /<!-- compact -->([\s\S]*?)<!-- \/compact -->/.exec(markdown)?.[1] ?? '';
    const lastLine = summary.trim().split('\n').at(-1)!.replace(/^- \[ \] \*\*[^*]+\*\*: /, '').replace(/[*_\\]/g, '');
    // The last page that has the words: the table of contents names the summary too, on an earlier page.
    const pageOf = (words: string) => pdf.pages.findLastIndex((page) => page.text.includes(words));
    // Its last line's words appear again in the section it sums up, so they are looked for on the heading's page.
    const heading = pageOf('Your support at a glance');
    const ending = lastLine.split(/\s+/).slice(-4).join(' ');
    summaryPages = summary ? [heading, pdf.pages[heading]?.text.includes(ending) ? heading : -1] : [];
  }, 60_000);

  it('is a valid agreement and renders', () => {
    expect(pages).toBeGreaterThan(0);
  });

  it.runIf(examples.includes(source))('sets the summary on one page', () => {
    expect(summaryPages).toHaveLength(2);
    expect(summaryPages[0]).toBeGreaterThanOrEqual(0);
    expect(summaryPages[1]).toBe(summaryPages[0]);
  });

  it.each(LAYOUT_RULES)('%s', (rule) => {
    expect(violations.filter((violation) => violation.rule === rule).map(formatViolation)).toEqual([]);
  });
});
