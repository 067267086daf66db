// `sla diff --format pdf`: the schedule of changes a client reads. The Markdown (amendment.ts) is checked exactly on
// hand-made reports (fixtures/amendment-report.ts), so these tests do not hang on the diff's wording of the day; the
// PDF (pdf.ts) is read back with pdf.js, both for those reports and for real diffs of examples/ with edits applied.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAgreementText } from '../../src/agreement.js';
import { amendmentMarkdown, amendmentTitle, EFFECT_MARKINGS } from '../../src/diff/formatters/amendment.js';
import { formatDiffPdf } from '../../src/diff/formatters/pdf.js';
import { diffAgreements, headlineOf } from '../../src/diff/index.js';
import { CHANGE_EFFECTS, type AgreementChange, type DiffReport, type FileDiff } from '../../src/diff/types.js';
import { checkLayout, formatViolation } from '../pdf/layout-rules.js';
import { readPdf, type ReadPdf } from '../pdf/read-pdf.js';
import { applyEdits, type Edit } from './apply-edits.js';
import { ACME_REPORT, EMPTY_REPORT, REPOSITORY_REPORT, UNVERSIONED_REPORT } from './fixtures/amendment-report.js';
import { ROOT } from './schema-paths.js';

const example = (name: string) => readFileSync(path.join(ROOT, 'examples', name), 'utf8');

/** A compared file: the example as the old version (after `baseEdits`), with `edits` applied as the new one. */
function compared(file: string, edits: Edit[], baseEdits: Edit[] = [], where = `contracts/${file}`): FileDiff {
  const oldText = applyEdits(example(file), baseEdits);
  const newText = applyEdits(oldText, edits);
  const diff = diffAgreements(loadAgreementText(oldText, where), loadAgreementText(newText, where));
  return { status: 'modified', oldPath: where, newPath: where, diff };
}

function reportOf(files: FileDiff[]): DiffReport {
  const verdict = { weaker: 0, mixed: 0, stronger: 0, neutral: 0 };
  for (const file of files) for (const effect of CHANGE_EFFECTS) verdict[effect] += file.diff?.verdict[effect] ?? 0;
  return { base: 'HEAD~1', head: 'working tree', files, verdict, headline: headlineOf(verdict) };
}

const changesOf = (report: DiffReport): AgreementChange[] => report.files.flatMap((file) => file.diff?.changes ?? []);
const count = (text: string, part: string) => text.split(part).length - 1;
/** Anything that reads like a JSON pointer into an agreement: `/tiers/2/…`, `/serviceTier`. */
const POINTER = /(^|[\s(])\/[a-zA-Z]+(\/|\b)/;

/** What every schedule must show: its title, each section, each change's marking in words, no pointers, tidy pages. */
async function expectReadableSchedule(report: DiffReport, pdf: ReadPdf, markdown: string): Promise<void> {
  expect(pdf.pages[0]!.text).toContain(amendmentTitle(report));
  const changes = changesOf(report);
  for (const section of new Set(changes.map((change) => change.section))) expect(pdf.text).toContain(section);
  for (const effect of CHANGE_EFFECTS) {
    // The markings are capitalised; the introduction's counts ("2 are less favourable…") are not.
    const marked = count(pdf.text, `${EFFECT_MARKINGS[effect]}.`) + count(pdf.text, `${EFFECT_MARKINGS[effect]} —`);
    expect(marked, `${effect}: ${EFFECT_MARKINGS[effect]}`).toBe(changes.filter((change) => change.effect === effect).length);
  }
  for (const change of changes) {
    expect(markdown).not.toContain(change.pointer);
    expect(pdf.text).not.toContain(change.pointer);
  }
  expect(pdf.text).not.toMatch(POINTER);
  expect(pdf.text).not.toMatch(/\blines? \d|--format|sla diff|HEAD/);
  expect(pdf.pages.length).toBeGreaterThanOrEqual(1);
  // A change takes a few lines and at most a table of a dozen rows: never more than a page each, and most share one.
  expect(pdf.pages.length).toBeLessThanOrEqual(Math.max(2, Math.ceil(changes.length / 2)));
  expect(checkLayout(pdf, { markdown }).map(formatViolation)).toEqual([]);
  expect(pdf.marked).toBe(true);
}

describe('amendmentMarkdown', () => {
  it('writes the schedule of a hand-made report, section by section, every change marked in words', () => {
    expect(amendmentMarkdown(ACME_REPORT, { generatedAt: '2026-12-03T14:00:00Z' })).toBe(
      [
        '# Schedule of changes to version 2.1 of the agreement',
        '',
        'This schedule sets out the changes between version 2.1 (effective 1 January 2027) and version 2.2 (effective 1 July 2027) of the agreement “Support Agreement — Acme Widgets”. It lists 5 changes: 2 are less favourable to the Client, 1 is both more and less favourable, 1 is more favourable and 1 has no effect on the service levels. Each change is marked as more favourable to the Client, less favourable, both, or as having no effect on the service levels.',
        '',
        'Prepared on 3 December 2026.',
        '',
        '## Document',
        '',
        '1. Document version changed, with no effect on the terms: 2.1 → 2.2.\\',
        '   **No effect on the service levels.**',
        '',
        '## Severity levels and targets',
        '',
        '2. Critical response is slower for the client: 1 hour → 2 hours on 24×7.\\',
        '   **Less favourable to the Client.** In figures:',
        '',
        '   | What is measured | Before | After |',
        '   | --- | --- | --- |',
        '   | Worst-case wait for a Critical response | 1 hour | 2 hours |',
        '',
        '3. High resolution is faster for the client: 2 business days → 1 business day (Mon–Fri 09:00–17:30 London time).\\',
        '   **More favourable to the Client.**',
        '',
        '## Support hours and holidays',
        '',
        '4. Holiday added, worse for the client: Friday, 5 November 2027 — Founders’ Day \\*observed\\*, closed.\\',
        '   **Less favourable to the Client.** In figures:',
        '',
        '   | What is measured | Before | After |',
        '   | --- | --- | --- |',
        '   | Working hours a year | 2,008.5 hours | 2,000 hours |',
        '   | Worst-case wait for a Normal response | 100 hours 59 minutes | 124 hours 59 minutes |',
        '',
        '## Service tier',
        '',
        '5. Client’s tier changed: Standard → Premium.\\',
        '   **Both more and less favourable to the Client** — every target is faster, but the price rises from £4,800 to £9,500 per month. In figures:',
        '',
        '   | What is measured | Before | After | For the Client |',
        '   | --- | --- | --- | --- |',
        '   | Critical response target | 1 hour, 24×7 | 15 minutes, 24×7 | More\u00a0favourable |',
        '   | Support hours a week | 42\\.5 hours | 168 hours | More\u00a0favourable |',
        '   | Price | £4,800 per month | £9,500 per month | Less\u00a0favourable |',
        '',
      ].join('\n'),
    );
  });

  it('says nothing of when it was prepared unless told', () => {
    const markdown = amendmentMarkdown(ACME_REPORT);
    expect(markdown).not.toContain('Prepared');
    // Only what the data says: the new version's effective date, never a date "the changes take effect".
    expect(markdown).not.toMatch(/take effect|shall|binding/i);
  });

  it('does not repeat a reason the summary gives already', () => {
    const change: AgreementChange = { ...ACME_REPORT.files[0]!.diff!.changes[4]!, summary: 'Client’s tier is mixed for the client: Standard → Premium (the price rises).', reason: 'the price rises' };
    const report: DiffReport = { ...ACME_REPORT, files: [{ ...ACME_REPORT.files[0]!, diff: { ...ACME_REPORT.files[0]!.diff!, changes: [change] } }] };
    expect(amendmentMarkdown(report)).toContain('(the price rises).\\\n   **Both more and less favourable to the Client.** In figures:');
  });

  it('names an agreement without a version by its title', () => {
    const markdown = amendmentMarkdown(UNVERSIONED_REPORT);
    expect(markdown.split('\n')[0]).toBe('# Schedule of changes to the agreement “Support Policy”');
    expect(markdown).toContain('between the previous version and the new version of the agreement “Support Policy”. It lists 1 change, which is less favourable to the Client.');
  });

  it('says in one sentence that there are no changes', () => {
    expect(amendmentMarkdown(EMPTY_REPORT, { generatedAt: '2026-12-03' })).toBe(
      '# Schedule of changes to version 2.1 of the agreement\n\nThere are no changes to the agreement “Support Agreement — Acme Widgets”.\n',
    );
    expect(amendmentMarkdown({ base: 'a', head: 'b', files: [], verdict: { weaker: 0, mixed: 0, stronger: 0, neutral: 0 }, headline: '' })).toBe(
      '# Schedule of changes to the agreements\n\nThere are no changes to the agreements.\n',
    );
  });

  it('gives each agreement of a repository its heading, numbers changes on across them and states added and removed files', () => {
    const markdown = amendmentMarkdown(REPOSITORY_REPORT);
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# Schedule of changes to the agreements');
    expect(lines).toContain('The agreement file “contracts/initech.sla.yaml” is added.');
    expect(lines).toContain('The agreement file “contracts/hooli.sla.yaml” is removed.');
    expect(lines.filter((line) => line.startsWith('## '))).toEqual(['## The agreement “Support Agreement — Acme Widgets”', '## The agreement “Support Agreement — Globex”']);
    expect(lines).toContain('Changes between version 1.0 (effective 1 October 2026) and version 1.1.');
    expect(lines.filter((line) => line.startsWith('### ')).at(-1)).toBe('### Severity levels and targets');
    expect(lines.filter((line) => /^\d+\. /.test(line)).map((line) => line.split('.')[0])).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(markdown).toContain('It lists 6 changes: 2 are less favourable to the Client, 1 is both more and less favourable, 2 are more favourable and 1 has no effect on the service levels.');
  });

  it('escapes what comes from the agreement', () => {
    const change: AgreementChange = {
      pointer: '/exclusions/0', change: 'added', effect: 'weaker', section: 'Not included | *scope*', subject: 'Exclusion',
      summary: '# Exclusion “<b>Training</b> & [link](https://x)” added, worse for the client.',
      measures: [{ label: 'a | b', before: '1. first', after: '`code`', effect: 'weaker' }],
    };
    const report: DiffReport = { ...ACME_REPORT, files: [{ ...ACME_REPORT.files[0]!, diff: { ...ACME_REPORT.files[0]!.diff!, old: { title: 'Smith *&* Jones', version: '1' }, changes: [change] } }] };
    const markdown = amendmentMarkdown(report);
    expect(markdown).toContain('## Not included \\| \\*scope\\*');
    expect(markdown).toContain('1. \\# Exclusion “\\<b\\>Training\\</b\\> & \\[link\\](https://x)” added');
    expect(markdown).toContain('| A \\| b | 1\\. first | \\`code\\` |');
    expect(markdown).toContain('of the agreement “Smith \\*&\\* Jones”.');
  });
});

describe('formatDiffPdf', () => {
  it('typesets the hand-made schedule: title, sections, markings in words, no pointers, one or two pages', async () => {
    const bytes = await formatDiffPdf(ACME_REPORT, { generatedAt: '2026-12-03T14:00:00Z' });
    const pdf = await readPdf(bytes);
    await expectReadableSchedule(ACME_REPORT, pdf, amendmentMarkdown(ACME_REPORT, { generatedAt: '2026-12-03T14:00:00Z' }));
    expect(pdf.pages[0]!.text).toContain('Support Agreement — Acme Widgets');
    expect(pdf.text).toContain('Founders’ Day *observed*');
    expect(pdf.text).toContain('What is measured Before After For the Client');
    expect(pdf.text).toContain('Support hours a week 42.5 hours 168 hours More favourable');
    expect(pdf.outline.map((entry) => entry.title)).toEqual(['Document', 'Severity levels and targets', 'Support hours and holidays', 'Service tier']);
    expect(pdf.info['Title']).toBe('Schedule of changes to version 2.1 of the agreement');
    expect(pdf.info['CreationDate']).toBe('D:20261203140000Z');
  });

  it('gives the same bytes for the same report, dated by the new version when no date is given', async () => {
    const [one, two] = await Promise.all([formatDiffPdf(ACME_REPORT), formatDiffPdf(ACME_REPORT)]);
    expect(Buffer.from(one).equals(Buffer.from(two))).toBe(true);
    expect((await readPdf(one)).info['CreationDate']).toBe('D:20270701000000Z');
    const dated = await formatDiffPdf(ACME_REPORT, { generatedAt: '2026-12-03' });
    expect(Buffer.from(dated).equals(Buffer.from(one))).toBe(false);
  });

  it('typesets a repository schedule with each agreement and the files added and removed', async () => {
    const pdf = await readPdf(await formatDiffPdf(REPOSITORY_REPORT));
    await expectReadableSchedule(REPOSITORY_REPORT, pdf, amendmentMarkdown(REPOSITORY_REPORT));
    expect(pdf.text).toContain('The agreement file “contracts/initech.sla.yaml” is added.');
    expect(pdf.text).toContain('The agreement file “contracts/hooli.sla.yaml” is removed.');
    expect(pdf.outline.map((entry) => entry.title)).toEqual(['The agreement “Support Agreement — Acme Widgets”', 'The agreement “Support Agreement — Globex”']);
  });

  it('typesets an empty schedule as one page with one sentence', async () => {
    const pdf = await readPdf(await formatDiffPdf(EMPTY_REPORT));
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.text).toContain('There are no changes to the agreement “Support Agreement — Acme Widgets”.');
  });

  describe('real diffs of the examples', () => {
    const pricing = 'premium-pricing-agent.sla.yaml';
    const slowerAndHoliday = () =>
      compared(pricing, [
        { set: '/version', value: '2.1' },
        { set: '/effectiveDate', value: '2027-07-01' },
        { set: '/tiers/2/targets/high/response/within', value: '1h' },
        { add: '/calendars/0/holidays/-', value: { date: '2027-11-05', name: 'Company day' } },
      ]);
    // The client moves up from the Standard tier to Premium: every target faster, the price higher.
    const upgrade = () => compared(pricing, [{ set: '/serviceTier', value: 'premium' }], [{ set: '/serviceTier', value: 'standard' }], 'contracts/pricing-agent-emea.sla.yaml');

    it('a slower high-severity response and a holiday added', async () => {
      const report = reportOf([slowerAndHoliday()]);
      const changes = changesOf(report);
      expect(changes.filter((change) => change.effect === 'weaker')).toHaveLength(2);
      const markdown = amendmentMarkdown(report);
      const pdf = await readPdf(await formatDiffPdf(report));
      await expectReadableSchedule(report, pdf, markdown);
      expect(pdf.pages[0]!.text).toContain('Schedule of changes to version 2.0.1 of the agreement');
      expect(pdf.text).toContain('between version 2.0.1 (effective 1 April 2027) and version 2.1 (effective 1 July 2027) of the agreement “Support Agreement — Dynamic Pricing Agent”');
    });

    it('a move to a higher service tier', async () => {
      const report = reportOf([upgrade()]);
      const [change] = changesOf(report);
      expect(change?.effect).toBe('mixed');
      const markdown = amendmentMarkdown(report);
      expect(markdown).toContain('| What is measured | Before | After | For the Client |');
      const pdf = await readPdf(await formatDiffPdf(report));
      await expectReadableSchedule(report, pdf, markdown);
      expect(pdf.text).toContain('Both more and less favourable to the Client');
    });

    it('several agreements, one added', async () => {
      const added: FileDiff = { status: 'added', newPath: 'contracts/extraction.sla.yaml' };
      const holidaySet = compared('standard-customer-service-assistant.sla.yaml', [{ add: '/calendars/0/holidaySets', value: ['de'] }]);
      const report = reportOf([slowerAndHoliday(), upgrade(), holidaySet, added]);
      const markdown = amendmentMarkdown(report);
      const bytes = await formatDiffPdf(report, { generatedAt: '2026-12-03' });
      if (process.env.AMENDMENT_PDF) writeFileSync(process.env.AMENDMENT_PDF, bytes);
      const pdf = await readPdf(bytes);
      await expectReadableSchedule(report, pdf, markdown);
      expect(pdf.text).toContain('The agreement file “contracts/extraction.sla.yaml” is added.');
      // Two agreements of one title, told apart by their files; one whose version did not move says so.
      expect(pdf.outline.map((entry) => entry.title)).toEqual([
        'The agreement “Support Agreement — Dynamic Pricing Agent” (contracts/premium-pricing-agent.sla.yaml)',
        'The agreement “Support Agreement — Dynamic Pricing Agent” (contracts/pricing-agent-emea.sla.yaml)',
        'The agreement “Support Agreement — Customer-Service Assistant”',
      ]);
      expect(markdown).toContain('Changes to version 1.1 (effective 1 January 2027), whose version and effective date are unchanged.');
      expect(Buffer.from(await formatDiffPdf(report, { generatedAt: '2026-12-03' })).equals(Buffer.from(bytes))).toBe(true);
    });
  });
});
