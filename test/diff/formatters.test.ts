// The diff formatters on hand-made DiffReports: exact text for stylish (no colour) and Markdown, the JSON envelope.
// The reports are built here, not by diffAgreements, so the wording of summaries can change without touching these.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { DIFF_FORMATTERS, DIFF_FORMAT_NAMES, DIFF_MARKDOWN_MARKER, diffJson, formatDiffJson, formatDiffMarkdown, formatDiffStylish } from '../../src/diff/formatters/index.js';
import { diffReport, reportHeadline } from '../../src/diff/report.js';
import type { AgreementDiff, AgreementChange, DiffReport } from '../../src/diff/types.js';

const slower: AgreementChange = {
  pointer: '/tiers/1/targets/critical/response', oldPointer: '/tiers/1/targets/critical/response', newPointer: '/tiers/1/targets/critical/response',
  change: 'changed', effect: 'weaker', section: 'Severity levels and targets', subject: 'Critical response target',
  before: '1 hour', after: '2 hours', summary: 'Critical response is slower for the client: 1 hour → 2 hours',
  measures: [{ label: 'worst-case wait for a Critical response', before: '1 hour', after: '2 hours', effect: 'weaker' }],
  oldLine: 12, newLine: 14,
};
const hours: AgreementChange = {
  pointer: '/calendars/0/hours', change: 'changed', effect: 'mixed', section: 'Support hours', subject: 'Support hours',
  summary: 'Support hours move: Mon–Fri 09:00–17:00 → Mon–Sat 10:00–16:00',
  reason: 'more days, shorter days',
  measures: [{ label: 'support hours a week', before: '40 hours', after: '36 hours', effect: 'weaker' }],
  oldLine: 30, newLine: 30,
};
const contact: AgreementChange = {
  pointer: '/parties/client/contacts/1', change: 'added', effect: 'neutral', section: 'Parties', subject: 'Contact “Ops | <b>desk</b>”',
  summary: 'Contact “Ops | <b>desk</b>” added', newLine: 8,
};

const diffOf = (changes: AgreementChange[]): AgreementDiff => {
  const verdict = { weaker: 0, mixed: 0, stronger: 0, neutral: 0 };
  for (const change of changes) verdict[change.effect]++;
  return { old: { title: 'Acme', version: '1.0' }, new: { title: 'Acme', version: '1.1' }, changes, verdict, headline: 'n/a' };
};

const report: DiffReport = diffReport([
  { status: 'modified', oldPath: 'agreements/acme.sla.yaml', newPath: 'agreements/acme.sla.yaml', diff: diffOf([contact, hours, slower]) },
  { status: 'renamed', oldPath: 'agreements/old.sla.yaml', newPath: 'agreements/beta.sla.yaml', diff: diffOf([]) },
  { status: 'added', newPath: 'agreements/gamma.sla.yaml' },
  { status: 'removed', oldPath: 'agreements/delta.sla.yaml' },
], { base: 'HEAD~1', head: 'working tree' });

const empty: DiffReport = diffReport([], { base: 'main', head: 'HEAD' });

describe('diffReport', () => {
  it('sums the verdict over the files and names added, removed and renamed agreements in the headline', () => {
    expect(report.verdict).toEqual({ weaker: 1, mixed: 1, stronger: 0, neutral: 1 });
    expect(report.headline).toBe('1 change weaker for the client, 1 mixed, 1 neutral; 1 agreement added, 1 removed, 1 renamed');
    expect(empty.headline).toBe('No change to the agreement');
  });

  it('with only files added or removed, the headline is about them', () => {
    expect(reportHeadline({ weaker: 0, mixed: 0, stronger: 0, neutral: 0 }, [{ status: 'added', newPath: 'a.sla.yaml' }, { status: 'added', newPath: 'b.sla.yaml' }])).toBe('2 agreements added');
    expect(reportHeadline({ weaker: 0, mixed: 0, stronger: 2, neutral: 0 }, [{ status: 'removed', oldPath: 'a.sla.yaml' }])).toBe('2 changes stronger for the client; 1 agreement removed');
  });
});

describe('stylish', () => {
  it('groups by file then section, with effect tags, line numbers old → new, reasons, measures and the headline last', () => {
    expect(formatDiffStylish(report)).toBe([
      'HEAD~1 → working tree',
      '',
      'agreements/acme.sla.yaml',
      '  Parties',
      '    neutral   Contact “Ops | <b>desk</b>” added  new:8',
      '  Support hours',
      '    mixed     Support hours move: Mon–Fri 09:00–17:00 → Mon–Sat 10:00–16:00  old:30 → new:30',
      '              more days, shorter days',
      '              support hours a week: 40 hours → 36 hours (weaker)',
      '  Severity levels and targets',
      '    weaker    Critical response is slower for the client: 1 hour → 2 hours  old:12 → new:14',
      '              worst-case wait for a Critical response: 1 hour → 2 hours (weaker)',
      '',
      'agreements/beta.sla.yaml  renamed from agreements/old.sla.yaml',
      '  no change to the terms',
      '',
      'agreements/gamma.sla.yaml  agreement added',
      '',
      'agreements/delta.sla.yaml  agreement removed',
      '',
      '1 change weaker for the client, 1 mixed, 1 neutral; 1 agreement added, 1 removed, 1 renamed',
      '',
    ].join('\n'));
  });

  it('colours the effect tags and the headline by the worst effect when asked', () => {
    const color = new Chalk({ level: 1 });
    const text = formatDiffStylish(report, { color });
    expect(text).toContain(color.red('weaker  '));
    expect(text).toContain(color.yellow('mixed   '));
    expect(text).toContain(color.red.bold(report.headline));
  });

  it('shows control characters in agreement text as escapes, so a value cannot forge a line', () => {
    const text = formatDiffStylish(diffReport([{ status: 'modified', oldPath: 'a.sla.yaml', newPath: 'a.sla.yaml', diff: diffOf([{ ...contact, summary: 'x\n\u001b[2Jfake' }]) }], { base: 'a', head: 'b' }));
    expect(text).toContain('x\\n\\x1b[2Jfake');
    expect(text).not.toContain('\u001b');
  });

  it('names two files compared by path once, in the file\'s title', () => {
    const two = diffReport([{ status: 'unchanged', oldPath: 'a.sla.yaml', newPath: 'b.sla.yaml', diff: diffOf([]) }], { base: 'a.sla.yaml', head: 'b.sla.yaml' });
    expect(formatDiffStylish(two)).toBe('a.sla.yaml → b.sla.yaml\n  no change to the terms\n\nNo change to the agreement\n');
  });

  it('says when there is nothing', () => {
    expect(formatDiffStylish(empty)).toBe('main → HEAD\n\nNo change to the agreement\n');
  });
});

describe('markdown', () => {
  it('starts with the marker, heads the comment, gives the verdict in bold and a table per file and section', () => {
    expect(formatDiffMarkdown(report)).toBe([
      DIFF_MARKDOWN_MARKER,
      '## Agreement changes',
      '',
      '**1 change weaker for the client, 1 mixed, 1 neutral; 1 agreement added, 1 removed, 1 renamed**',
      '',
      'Comparing HEAD\\~1 → working tree.',
      '',
      '### agreements/acme.sla.yaml',
      '',
      '#### Parties',
      '',
      '| Effect | Change | Where |',
      '| --- | --- | --- |',
      '| neutral | Contact “Ops \\| \\<b\\>desk\\</b\\>” added | /parties/client/contacts/1 new:8 |',
      '',
      '#### Support hours',
      '',
      '| Effect | Change | Where |',
      '| --- | --- | --- |',
      '| **mixed** | Support hours move: Mon–Fri 09:00–17:00 → Mon–Sat 10:00–16:00<br>*more days, shorter days*<br>support hours a week: 40 hours → 36 hours (weaker) | /calendars/0/hours old:30 → new:30 |',
      '',
      '#### Severity levels and targets',
      '',
      '| Effect | Change | Where |',
      '| --- | --- | --- |',
      '| **weaker** | Critical response is slower for the client: 1 hour → 2 hours<br>worst-case wait for a Critical response: 1 hour → 2 hours (weaker) | /tiers/1/targets/critical/response old:12 → new:14 |',
      '',
      '### agreements/beta.sla.yaml',
      '',
      'Renamed from agreements/old.sla.yaml.',
      '',
      'No change to the terms.',
      '',
      '### agreements/gamma.sla.yaml',
      '',
      'Agreement added (not compared clause by clause).',
      '',
      '### agreements/delta.sla.yaml',
      '',
      'Agreement removed.',
      '',
    ].join('\n'));
  });

  it('says an empty diff in one line under the heading', () => {
    expect(formatDiffMarkdown(empty)).toBe(`${DIFF_MARKDOWN_MARKER}\n## Agreement changes\n\n**No change to the agreement**\n`);
    const commentsOnly = diffReport([{ status: 'modified', oldPath: 'a.sla.yaml', newPath: 'a.sla.yaml', diff: diffOf([]) }], { base: 'a', head: 'b' });
    expect(formatDiffMarkdown(commentsOnly).trimEnd().split('\n')).toHaveLength(4);
  });
});

describe('json', () => {
  it('wraps the report in a versioned envelope with its keys in a fixed order', () => {
    const parsed = JSON.parse(formatDiffJson(report));
    expect(Object.keys(parsed)).toEqual(['formatVersion', 'base', 'head', 'verdict', 'headline', 'files']);
    expect(parsed.formatVersion).toBe(1);
    expect(parsed.verdict).toEqual({ weaker: 1, mixed: 1, stronger: 0, neutral: 1 });
    expect(parsed.files.map((f: { status: string }) => f.status)).toEqual(['modified', 'renamed', 'added', 'removed']);
    expect(Object.keys(parsed.files[0].diff.changes[2])).toEqual(['pointer', 'oldPointer', 'newPointer', 'change', 'effect', 'section', 'subject', 'before', 'after', 'summary', 'measures', 'oldLine', 'newLine']);
    expect(parsed).toEqual(JSON.parse(JSON.stringify(diffJson(report))));
    expect(formatDiffJson(report).endsWith('}\n')).toBe(true);
  });

  it('writes the same bytes for the same report whatever order its objects were built in', () => {
    const shuffled = JSON.parse(JSON.stringify(report), (_key, value) => (value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value));
    expect(formatDiffJson(shuffled)).toBe(formatDiffJson(report));
  });
});

describe('the registry', () => {
  it('names every format --format takes; pdf is separate (asynchronous, binary)', () => {
    expect(DIFF_FORMAT_NAMES).toEqual(['stylish', 'md', 'json', 'pdf']);
    expect(DIFF_FORMATTERS.md(report)).toBe(formatDiffMarkdown(report));
  });
});

describe('what the summary already says', () => {
  const told: AgreementChange = {
    pointer: '/tiers/0/targets/high/response', change: 'changed', effect: 'mixed', section: 'Severity levels and targets', subject: 'High response target',
    summary: 'High response target is mixed for the client: 2 hours, 24×7 → 1 business hour (the time is shorter, but the worst-case wait grows from 2 hours to 116 hours); support hours a week: 168 hours → 50 hours.',
    reason: 'the time is shorter, but the worst-case wait grows from 2 hours to 116 hours',
    measures: [
      { label: 'worst-case wait', before: '2 hours', after: '116 hours', effect: 'weaker' },
      { label: 'support hours a week', before: '168 hours', after: '50 hours', effect: 'weaker' },
    ],
  };
  const many: AgreementChange = {
    pointer: '/serviceTier', change: 'changed', effect: 'mixed', section: 'Service tier', subject: 'Client’s tier',
    summary: 'Client’s tier is mixed for the client: Standard → Premium (4 targets are faster; the price rises).',
    reason: '4 targets are faster; the price rises',
    measures: ['Critical', 'High', 'Normal', 'Low'].map((name) => ({ label: `${name} response target`, before: '2 hours', after: '1 hour', effect: 'stronger' as const })),
  };
  const both = diffReport([{ status: 'modified', oldPath: 'a.sla.yaml', newPath: 'a.sla.yaml', diff: diffOf([told, many]) }], { base: 'main', head: 'HEAD' });

  it('is not repeated below it: neither the reason nor a measure the sentence gives', () => {
    const text = formatDiffStylish(both);
    expect(text.split('the worst-case wait grows from 2 hours to 116 hours')).toHaveLength(2);
    expect(text.split('support hours a week: 168 hours → 50 hours')).toHaveLength(2);
    expect(text).toContain('worst-case wait: 2 hours → 116 hours');
    const markdown = formatDiffMarkdown(both);
    expect(markdown.split('4 targets are faster; the price rises')).toHaveLength(2);
  });

  it('folds more than three figures into a <details> a reviewer opens, in Markdown', () => {
    const row = formatDiffMarkdown(both).split('\n').find((line) => line.includes('Client’s tier'))!;
    expect(row).toContain('<details><summary>4 figures</summary>Critical response target: 2 hours → 1 hour (stronger)<br>');
    expect(row.match(/\|/g)).toHaveLength(4);
  });
});
