import type { ServiceReport } from './build-report.js';

/** The stable JSON shape documented in docs/report.md; `reportVersion` changes if a field changes meaning. */
export function formatReportJson(report: ServiceReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
