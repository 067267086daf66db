import type { Diagnostic } from '../diagnostics.js';
import { type SourceMap } from '../load/source-map.js';
/**
 * Checks that the JSON Schema cannot express: references resolve, ids are unique, severity levels are in order,
 * dates are real, time zones exist, durations are not zero, and the client's tier is known.
 * Runs on any parsed data, valid or not, so one run reports every problem.
 */
export declare function semanticDiagnostics(data: unknown, sourceMap: SourceMap, file?: string): Diagnostic[];
