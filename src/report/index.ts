// `sla report`: a ticket export checked against the agreement. See docs/report.md.
export {
  readTickets, streamTickets, TicketStream, decodeTicketExport, detectFormat, TicketExportError, MAX_TICKET_ROWS,
  type Ticket, type TicketRecord, type TicketItem, type TicketSource, type TicketProgress, type TicketStreamOptions, type TicketStreamSummary,
  type BadRow, type BadRowReason, type TicketReadOptions, type TicketReadResult,
} from './read-tickets.js';
export { TICKET_FIELDS, parseColumnSpec, parseValueMap, resolveColumns, ColumnSpecError, type TicketField } from './columns.js';
export { resolvePeriod, resolveNow, PeriodError, type ReportPeriod } from './period.js';
export {
  buildReport, buildReportFromStream, ReportBuilder, REPORT_DETAIL_ROWS, reportTier, reportZone,
  type ServiceReport, type SeveritySummary, type Breach, type OpenTicket, type RequestTypeSummary, type CapUsage, type ReportOptions,
  type ReportBuilderOptions, type StreamReportOptions, type ReportInput, type OmittedDetail, type ReportChartData,
} from './build-report.js';
export { reportFindings, clientFindingText, type Finding, type FindingId } from './findings.js';
export { formatReportMarkdown, formatMinutes, type ReportMarkdownOptions, type ReportChartReference } from './format-markdown.js';
export { REPORT_AUDIENCES, reportAudience, type ReportAudience, type ReportNames } from './audience.js';
export { formatReportJson } from './format-json.js';
export { defaultClock, dueExcludingPauses, type WorkingClock } from './working-clock.js';
export { median, percentile, NumberList } from './stats.js';
