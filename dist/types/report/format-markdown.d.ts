import { type Translator } from '../i18n/catalog.js';
import { type ReportAudience, type ReportNames } from './audience.js';
import type { ServiceReport } from './build-report.js';
/** `45 min`, `2 h 05 min`, `31 h` — working time, as read in a report. */
export declare function formatMinutes(minutes: number): string;
/** A share as a whole percentage in the locale: `93%` (English), `93 %` (de-DE, with a no-break space). */
export declare function percentText(rate: number | null, locale: string): string;
/** Hours and other figures as the report writes them: `7.5` in English (as JavaScript writes it), `7,5` in German. */
export declare function figureText(value: number, locale: string): string;
/** A Markdown table whose cells cannot break it (a `|` or a line break in a value). Shared with sla review. */
export declare function table(headers: readonly string[], rows: readonly (readonly string[])[], align?: readonly ('l' | 'r')[]): string;
/**
 * A text bar of time to first response as a share of the target: `█` up to the median, `▒` up to the 90th
 * percentile, `│` at the target. 20 cells cover 0–200% of the target; `▸` marks more.
 */
export declare function responseBar(medianOfTarget: number | null, p90OfTarget: number | null, cells?: number): string;
export interface ReportMarkdownOptions {
    /** Dates are written in this locale; default `en-GB`. */
    locale?: string;
    /**
     * Who reads it (default `internal`). `client`: no command lines or options, no advice to the provider, rows of the
     * export that could not be used as one count, and calendars, severities, tiers and request-type coverage by their
     * names. `internal`: everything, with how to fix the rows that could not be used.
     */
    audience?: ReportAudience;
    /**
     * The agreement the report was built from (or just its calendars, tiers and change orders): names the calendars
     * and tiers in a client report. Without it calendars and tiers other than the report's own are named by their ids.
     */
    agreement?: ReportNames;
    /**
     * Charts to show, each as an image alone in its paragraph after the part of the report it goes with: the path of
     * its SVG file beside the Markdown, which the PDF draws from the same scene (PdfOptions.figures).
     */
    charts?: readonly ReportChartReference[];
}
export interface ReportChartReference {
    /** Relative to the Markdown file, with `/` separators: `report.charts/on-time-share.svg`. */
    path: string;
    /** The chart's text alternative. */
    alt: string;
    after: 'response' | 'caps' | 'distribution' | 'types';
}
/** `![alt](path)` with the alt text's brackets and the path's spaces and parentheses escaped. */
export declare function chartImage(chart: Pick<ReportChartReference, 'path' | 'alt'>): string;
/**
 * A target as the report data words it (`2h on berlin-business (commitment)`, `…; outside office-hours hours: 4h on
 * always-on`, `…, raised outside hours`, `not offered`) in the report's language; in English as it is. `named`: the
 * calendars are already named (a client report), so `outside Office hours:` has no `hours` to drop.
 */
export declare function targetWords(targetText: string, tr: Translator, named?: boolean): string;
export declare function formatReportMarkdown(report: ServiceReport, options?: ReportMarkdownOptions): string;
