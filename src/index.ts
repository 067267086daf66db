// The public, typed API of `sla`. Commands in src/cli/ are thin wrappers over these functions.
export { loadAgreement, loadAgreementText, validateAgreement, type AgreementInput, type AgreementResult, type LoadOptions } from './agreement.js';
export type { Diagnostic, DiagnosticSeverity, SourceRange } from './diagnostics.js';
export { parseYamlSource, DEFAULT_LIMITS, type ParsedSource, type ParseLimits } from './load/parse-yaml.js';
export { SourceMap, joinPointer, splitPointer, type NodeLocation } from './load/source-map.js';
export * from './model/agreement.js';
export { parseDuration, durationInWords, compareDurations, isZero, type Duration as ParsedDuration } from './model/duration.js';
export { checkTimezone } from './model/timezone.js';
export { normaliseCalendar } from './model/normalise.js';
export { agreementSchema } from './schema.js';
