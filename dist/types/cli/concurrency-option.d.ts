/** `--concurrency auto|off|<n>` of `sla lint` and `sla validate`: worker threads, as ESLint's flag (docs/lint.md). */
import { Option } from 'commander';
import type { Concurrency } from '../lint/parallel.js';
/** `auto`, `off` (without case) or a whole number of worker threads, at least 1; anything else is a usage error (exit 2). */
export declare function parseConcurrency(value: string): Concurrency;
/** The option; not given is `off`. */
export declare function concurrencyOption(): Option;
