// The public, typed API of `sla`. Every command in src/cli/ is a thin layer over these functions.
// Heavy modules (pdfkit, handlebars, fonts, prompts, the CSV parser) load only inside the functions that need them.

// The agreement: load, validate, the normalised model.
export { loadAgreement, loadAgreementBytes, loadAgreementText, validateAgreement, type AgreementInput, type AgreementResult, type LoadOptions } from './agreement.js';
export type { Diagnostic, DiagnosticSeverity, SourceRange } from './diagnostics.js';
export { parseYamlSource, DEFAULT_LIMITS, type ParsedSource, type ParseLimits, type ParseOptions } from './load/parse-yaml.js';
export { SourceMap, joinPointer, splitPointer, type NodeLocation } from './load/source-map.js';
export * from './model/agreement.js';
export { parseDuration, durationInWords, compareDurations, isZero } from './model/duration.js';
export { checkTimezone } from './model/timezone.js';
export { normaliseCalendar } from './model/normalise.js';
export { agreementSchema } from './schema.js';
export { findAgreementFiles, type FileSearch, type FindOptions, type IgnoredFile, type IgnoreSource, type SearchProblem } from './files.js';

// Lint: rules, configuration, formatters.
export {
  lintAgreement, lintText, Linter, loadBuiltInRules, ruleDocsUrl, docsUrlOf, SCHEMA_RULE_ID,
  type LintResult, type LintSettings, type LintTextOptions, type LinterOptions, type LintRun,
} from './lint/engine.js';
export type { Rule, RuleMeta, RuleContext, RuleSeverity, RuleSetting, RuleCategory, TextField, Finding, FindingReport } from './lint/types.js';
// For plugin authors (docs/plugins.md): a plugin module's export, and what a config loaded.
export type { SlaPlugin, SlaPluginMeta, PluginRule, LoadedPluginInfo } from './lint/types.js';
export { ConfigLoader, ConfigError, configSchema, CONFIG_FILE_NAMES, type ResolvedConfig, type RuleConfig } from './lint/config.js';
export { textFields } from './lint/text-fields.js';
export { describeRules, type RuleSummary } from './lint/catalog.js';
export { FORMATTERS, FORMAT_NAMES, type FormatName, type Formatter, type FormatterContext } from './formatters/index.js';
export { loadCustomFormatter, FormatterLoadError, type CustomFormatter } from './formatters/custom.js';
export { LintCache, resolveCacheLocation, DEFAULT_CACHE_FILE, type LintCacheOptions } from './lint/cache.js';
export type { LintFilesHooks } from './lint/engine.js';

// Render: agreement → Markdown contract → PDF.
export { renderMarkdown, loadContractTemplate, TemplateError, escapeMarkdown, type RenderMarkdownOptions, type ContractTemplate } from './render/index.js';
export { markdownToPdf, type PdfOptions } from './pdf/markdown-to-pdf.js';

// The support clock: working time, due times, downtime budgets, the worst-case wait.
export * from './clock/index.js';

// Reports: a ticket export checked against the agreement.
export {
  readTickets, buildReport, formatReportMarkdown, formatReportJson, resolvePeriod, TicketExportError,
  type Ticket, type BadRow, type TicketReadOptions, type TicketReadResult, type ServiceReport, type SeveritySummary,
  type Breach, type OpenTicket, type ReportOptions, type ReportPeriod, type Finding as ReportFinding,
  type ReportAudience, type ReportMarkdownOptions,
} from './report/index.js';

// Init: scaffold an agreement or a contract repository.
export { scaffoldAgreement, scaffoldRepository, PRESETS as TIER_PRESETS, HOLIDAY_REGIONS, type Scaffold, type InitFacts } from './init/index.js';

// Diff: two versions of an agreement compared, each change judged from the client's side.
export {
  diffAgreements, headlineOf, CHANGE_EFFECTS, SECTION_ORDER,
  type AgreementChange, type AgreementDiff, type AgreementVersion, type ChangeEffect, type ChangeMeasure, type FileDiff, type DiffReport,
} from './diff/index.js';
export {
  diffReport, diffFilePair, diffFilePairs, diffTwoFiles, reportHeadline, loadVersion,
  type AgreementVersionText, type FilePair, type DiffOutcome,
} from './diff/report.js';
export {
  readGitAgreementVersions, resolveGitRange, listChangedAgreements, readGitVersion, parseGitRange, gitRoot, GitDiffError, WORKING_TREE,
  type GitRange, type GitFileChange, type GitAgreementVersions, type GitOptions,
} from './diff/git.js';
export {
  DIFF_FORMATTERS, DIFF_FORMAT_NAMES, formatDiffStylish, formatDiffMarkdown, formatDiffJson, diffJson, DIFF_MARKDOWN_MARKER, DIFF_JSON_FORMAT_VERSION,
  type DiffFormatter, type DiffFormatName, type DiffFormatOptions, type DiffJson,
} from './diff/formatters/index.js';
export { formatDiffPdf, type DiffPdfOptions } from './diff/formatters/pdf.js';
export { amendmentMarkdown, type AmendmentOptions } from './diff/formatters/amendment.js';
