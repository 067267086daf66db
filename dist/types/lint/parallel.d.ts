import { type AgreementResult, type LoadOptions } from '../agreement.js';
import type { Diagnostic } from '../diagnostics.js';
import type { SearchProblem } from '../files.js';
import { ConfigError, type ResolvedConfig } from './config.js';
import type { LinterOptions, LintResult } from './engine.js';
/** `off`: lint in this thread (the default); a number: up to that many worker threads; `auto`: see `workerCount`. */
export type Concurrency = 'off' | 'auto' | number;
/**
 * Files one worker is worth starting for, under `auto` (ESLint's AUTO_FILES_PER_WORKER is 50). Measured here: a
 * worker takes ~100 ms to start and load the rules, and a file ~1–3 ms to parse, validate and lint.
 */
export declare const AUTO_FILES_PER_WORKER = 50;
/**
 * How many worker threads lint `fileCount` files; 0 means none (lint in this thread). As ESLint: `off` is 0; a
 * number N is min(N, files), and 1 is 0 (one worker would only add its start-up); `auto` is one worker per
 * AUTO_FILES_PER_WORKER files, at most half the cores this process may use (`os.availableParallelism()`, which
 * follows `taskset`), and again 1 is 0 — so a machine with fewer than 4 cores, or a run of 50 files or fewer,
 * lints in one thread.
 */
export declare function workerCount(concurrency: Concurrency, fileCount: number, cores?: number): number;
/** Throws a TypeError for a `concurrency` that is not `off`, `auto` or a whole number of at least 1. */
export declare function checkConcurrency(concurrency: unknown): void;
/** What a worker is started with. */
export interface WorkerSetup {
    /** The Linter's options for lint tasks (without the cache, which stays in the main thread). */
    linter?: Omit<LinterOptions, 'cache' | 'rules' | 'concurrency'>;
    /** Load options for validate tasks. */
    load?: LoadOptions;
}
/** One file for a worker: the name results carry, its absolute path (as the single-thread path loads it) and its text. */
export interface WorkerTask {
    kind: 'lint' | 'validate';
    file: string;
    absolute: string;
    text: string;
}
/** What `sla validate` keeps of a file. */
export interface ValidateOutcome {
    ok: boolean;
    diagnostics: Diagnostic[];
    unreadable: boolean;
}
export type WorkerReply = {
    id: number;
    lint: LintResult;
} | {
    id: number;
    validate: ValidateOutcome;
} | {
    id: number;
    problem: string;
} | {
    id: number;
    error: SerializedError;
};
export interface SerializedError {
    name: string;
    message: string;
    stack?: string;
    configError?: {
        file: string;
        range: ConfigError['range'];
    };
}
/**
 * A worker thread that could not start, crashed or stopped (a plugin that calls process.exit, memory running out):
 * the run cannot finish, and the CLI says so (exit 2) rather than report part of it.
 */
export declare class WorkerError extends Error {
    constructor(message: string, options?: ErrorOptions);
}
/**
 * The worker's entry file: `sla-worker.cjs` beside the bundle this module is part of (dist/cli.cjs, or
 * dist/chunks/… of the library), or, run from the TypeScript sources, a bundle of parallel-worker.ts made now.
 */
export declare function workerEntry(): Promise<string>;
/**
 * A fixed set of worker threads fed from one queue. A worker that crashes, exits or cannot start fails every task
 * still pending with a message (never a hang), and the pool stops the others.
 */
export declare class WorkerPool {
    #private;
    readonly size: number;
    private constructor();
    static start(size: number, setup: WorkerSetup): Promise<WorkerPool>;
    /** Runs a task on the next free worker. */
    run(task: WorkerTask): Promise<WorkerReply>;
    /** Stops every worker. */
    close(): Promise<void>;
}
/** What `Linter.lintFiles` lends the parallel run: its options, configs and one-thread linting. */
export interface ParallelLintContext {
    cwd: string;
    options: LinterOptions;
    files: readonly string[];
    workers: number;
    problems: SearchProblem[];
    results: LintResult[];
    /** The config of a file; also records the plugin rules it brings (Linter.pluginRules). */
    configFor(file: string): Promise<ResolvedConfig>;
    /** Lints a loaded agreement in this thread (files that could not be read as text: nothing to parse). */
    lintLoaded(result: AgreementResult): Promise<LintResult>;
    onProgress?: (done: number, total: number, file: string) => void;
}
/** Lints `files` in `workers` worker threads, with the same results, problems, cache use and order as one thread. */
export declare function lintInWorkers(context: ParallelLintContext): Promise<void>;
export interface ParallelValidateOptions {
    cwd: string;
    workers: number;
    load?: LoadOptions;
    /** Each file's outcome, in the files' order (an unreadable one too: `unreadable`, its reason the first diagnostic). */
    onResult: (file: string, outcome: ValidateOutcome) => void;
}
/**
 * Loads and validates `files` in worker threads (`sla validate --concurrency`), handing each outcome over in order.
 * With 0 workers, in this thread.
 */
export declare function validateInWorkers(files: readonly string[], { cwd, workers, load, onResult }: ParallelValidateOptions): Promise<void>;
