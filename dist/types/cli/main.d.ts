import { type CliIo } from './context.js';
/** Runs the `sla` command line and returns the exit code. Never calls process.exit. */
export declare function main(argv: readonly string[], io?: CliIo): Promise<number>;
