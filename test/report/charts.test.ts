// The charts of a service report: built from its data, shown in Markdown written to a file as SVG files beside it,
// drawn in the PDF as vectors from the same scenes, and left out of Markdown on stdout.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { chartMeasure } from '../../src/charts/index.js';
import { loadAgreement } from '../../src/agreement.js';
import { reportCharts } from '../../src/report/charts.js';
import type { ServiceReport } from '../../src/report/build-report.js';
import { runCli } from '../helpers/cli.js';
import { readPdf, roles } from '../pdf/read-pdf.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const AGREEMENT = path.join(ROOT, 'examples/standard-customer-service-assistant.sla.yaml');
const TICKETS = path.join(ROOT, 'examples/standard-customer-service-assistant.tickets.csv');
const NOW = ['--now', '2027-04-01T09:00'];

async function scratch(): Promise<string> {
  const { mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  return mkdtemp(path.join(tmpdir(), 'sla-report-charts-'));
}

async function jsonReport(): Promise<ServiceReport> {
  const run = await runCli(['report', AGREEMENT, '--tickets', TICKETS, ...NOW, '--format', 'json']);
  return JSON.parse(run.stdout) as ServiceReport;
}

describe('reportCharts', () => {
  it('charts the on-time share of each severity with a due response, against 100 % for a commitment, and the hours against each cap', async () => {
    const report = await jsonReport();
    const agreement = (await loadAgreement(AGREEMENT)).agreement!;
    const charts = await reportCharts(report, { locale: 'en-GB', measure: await chartMeasure(), agreement });
    expect(charts.map((c) => [c.file, c.after])).toEqual([['on-time-share.svg', 'response'], ['hours-against-cap.svg', 'caps']]);
    const onTime = charts[0]!.scene;
    for (const severity of report.severities) {
      const due = severity.response.met + severity.response.breached;
      if (due > 0) expect(onTime.alt).toContain(`${severity.name}: `);
    }
    expect(onTime.alt).toContain('target 100%');
    const cap = report.caps[0]!;
    expect(charts[1]!.scene.alt).toContain(`${cap.usedHours} h of ${cap.allowedHours} h`);
  });

  it('has no chart where the report has no data for one', async () => {
    const report = await jsonReport();
    const empty = { ...report, severities: report.severities.map((s) => ({ ...s, response: { ...s.response, met: 0, breached: 0 } })), caps: [] };
    expect(await reportCharts(empty, { locale: 'en-GB', measure: await chartMeasure() })).toEqual([]);
  });
});

describe('sla report with charts', () => {
  it('writes Markdown to a file with its charts as SVG files beside it, each referred to by a relative path', async () => {
    const dir = await scratch();
    const run = await runCli(['report', AGREEMENT, '--tickets', TICKETS, ...NOW, '--output', 'march.md'], { cwd: dir });
    expect(run.code).toBe(0);
    const markdown = await readFile(path.join(dir, 'march.md'), 'utf8');
    const references = [...markdown.matchAll(/^!\[([^\]]+)\]\(([^)]+)\)$/gm)].map((m) => m[2]!);
    expect(references).toEqual(['march.charts/hours-against-cap.svg', 'march.charts/on-time-share.svg', 'march.charts/response-against-target.svg', 'march.charts/weekly-volume.svg']);
    for (const reference of references) {
      const svg = await readFile(path.join(dir, reference), 'utf8');
      expect(XMLValidator.validate(svg)).toBe(true);
      expect(new XMLParser().parse(svg).svg).toBeDefined();
    }
    expect((await readdir(path.join(dir, 'march.charts'))).sort()).toEqual(['hours-against-cap.svg', 'on-time-share.svg', 'response-against-target.svg', 'weekly-volume.svg']);
    // The chart of every response replaces the text bar.
    expect(markdown).not.toContain('`█` median');
  });

  it('shows no chart in Markdown on stdout, which has nowhere to put one', async () => {
    const run = await runCli(['report', AGREEMENT, '--tickets', TICKETS, ...NOW]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/!\[/);
  });

  it('draws the charts in the PDF as tagged figures with real text', async () => {
    const dir = await scratch();
    const run = await runCli(['report', AGREEMENT, '--tickets', TICKETS, ...NOW, '--format', 'pdf', '--output', 'march.pdf'], { cwd: dir });
    expect(run.code).toBe(0);
    const pdf = await readPdf(new Uint8Array(await readFile(path.join(dir, 'march.pdf'))));
    expect(pdf.text).toContain('On-time share per severity');
    expect(pdf.text).toContain('Tuning hours against the cap');
    expect(pdf.text).toContain('Time to first response against target');
    expect(pdf.text).toContain('Weekly ticket volume by request type');
    expect(pdf.text).not.toContain('.svg');
    expect(pdf.structure.flatMap((page) => roles(page)).filter((role) => role === 'Figure')).toHaveLength(4);
    expect(await readdir(dir)).toEqual(['march.pdf']);
  });
});

describe('the chart data a report builder collects', () => {
  it('counts every in-period ticket once, by ISO week and request type, with empty weeks kept, and every answered response ratio', async () => {
    const { streamTickets, buildReportFromStream, resolvePeriod } = await import('../../src/report/index.js');
    const { DateTime } = await import('luxon');
    const agreement = (await loadAgreement(AGREEMENT)).agreement!;
    const zone = 'Europe/Berlin';
    const now = DateTime.fromISO('2027-04-01T09:00', { zone });
    const { report, charts } = await buildReportFromStream(agreement, streamTickets(await readFile(TICKETS, 'utf8'), agreement, { zone }), { period: resolvePeriod({ now, zone }), now });
    expect(charts.weeks.map((w) => w.week)).toEqual(['2027-W09', '2027-W10', '2027-W11', '2027-W12', '2027-W13']);
    const weekly = charts.weeks.flatMap((w) => w.types).reduce((n, t) => n + t.tickets, 0);
    expect(weekly).toBe(report.totals.tickets);
    for (const type of report.requestTypes) {
      expect(charts.weeks.flatMap((w) => w.types).filter((t) => t.type === type.name).reduce((n, t) => n + t.tickets, 0)).toBe(type.tickets);
    }
    for (const severity of report.severities) {
      const ratios = charts.ratios.find((r) => r.severity === severity.id)!.ratios;
      if (severity.response.medianOfTarget !== null) expect(ratios.length).toBeGreaterThan(0);
      expect([...ratios]).toEqual([...ratios].sort((a, b) => a - b));
    }
  });
});
