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
export declare function reportCharts(report: ServiceReport, options: ReportChartOptions): Promise<ReportChart[]>;
