import type { Diagnostic } from '../diagnostics.js';
import type { SchemaError } from '../generated/validate-agreement.js';
import { type SourceMap } from '../load/source-map.js';
/** Turns JSON Schema errors into diagnostics a contract author can act on, positioned in the source. */
export declare function schemaDiagnostics(errors: readonly SchemaError[], data: unknown, sourceMap: SourceMap, file?: string): Diagnostic[];
