/**
 * The charts of a service report, built from its data: on-time share of first responses per severity, and hours
 * used against each capped request type's allowance. Each is a scene (src/charts) that the Markdown shows as an SVG
 * file and the PDF draws as vectors from the same scene.
 */
import type { Scene } from '../charts/scene.js';
import type { Measure } from '../charts/measure.js';
import type { Agreement } from '../model/agreement.js';
import type { ReportChartData, ServiceReport } from './build-report.js';

export interface ReportChart {
  /** A file name for the chart's SVG: `on-time-share.svg`. */
  file: string;
  /** Which part of the report the chart goes with. */
  after: 'response' | 'caps' | 'distribution' | 'types';
  scene: Scene;
}

export interface ReportChartOptions {
  locale: string;
  /** Text widths of the PDF's fonts (chartMeasure()); the same for the SVG so both lay out alike. */
  measure: Measure;
  /** For each severity's response firmness: a commitment is meant for every ticket, so its on-time target is 100 %. */
  agreement?: Pick<Agreement, 'tiers'>;
  width?: number;
  /** Weekly volume and response ratios from the report's builder (buildReportFromStream's `charts`). */
  data?: ReportChartData;
}

/** The charts the report has data for, in the order the report shows them. */
export async function reportCharts(report: ServiceReport, options: ReportChartOptions): Promise<ReportChart[]> {
  const { onTimeShareChart, responseDistributionChart, tuningVsCapChart, weeklyVolumeChart } = await import('../charts/index.js');
  const chartOptions = { locale: options.locale, language: options.locale, measure: options.measure, ...(options.width !== undefined && { width: options.width }) };
  const charts: ReportChart[] = [];
  const tier = options.agreement?.tiers.find((t) => t.id === report.agreement.tier);
  const rows = report.severities
    .filter((s) => s.response.met + s.response.breached > 0)
    .map((s) => {
      // A commitment promises every ticket: its share is measured against 100 %. An objective sets no share to meet.
      const committed = tier?.targets[s.id]?.response?.firmness === 'commitment';
      return { severity: s.name, onTime: s.response.met, total: s.response.met + s.response.breached, ...(committed && { target: 1 }) };
    });
  if (rows.length > 0) charts.push({ file: 'on-time-share.svg', after: 'response', scene: onTimeShareChart(rows, chartOptions) });
  const answered = (options.data?.ratios ?? []).filter((r) => r.ratios.length > 0);
  if (answered.length > 0) {
    // Each severity's own target beside its name: the axis is a share of the target, and the targets differ.
    const target = (id: string) => report.severities.find((s) => s.id === id)?.targets.response.split(' on ')[0];
    const rows = answered.map((r) => ({ severity: target(r.severity) ? `${r.name} (${target(r.severity)})` : r.name, ratios: Array.from(r.ratios) }));
    charts.push({ file: 'response-against-target.svg', after: 'distribution', scene: responseDistributionChart(rows, chartOptions) });
  }
  if (options.data && options.data.weeks.some((w) => w.types.length > 0)) {
    charts.push({ file: 'weekly-volume.svg', after: 'types', scene: weeklyVolumeChart(options.data.weeks, chartOptions) });
  }
  if (report.caps.length > 0) {
    const periods = report.caps.map((cap) => ({ period: cap.name, usedHours: cap.usedHours, capHours: cap.allowedHours }));
    charts.push({ file: 'hours-against-cap.svg', after: 'caps', scene: tuningVsCapChart(periods, chartOptions) });
  }
  return charts;
}
