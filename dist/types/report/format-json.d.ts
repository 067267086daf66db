import type { ServiceReport } from './build-report.js';
/** The stable JSON shape documented in docs/report.md; `reportVersion` changes if a field changes meaning. */
export declare function formatReportJson(report: ServiceReport): string;
