/**
 * Runs over many files: V8 grows the heap in large steps while a thousand files' worth of short-lived parser
 * objects come and go, so the peak resident memory of `sla lint` over 10,000 files reached 255 MB with ~13 MB live.
 * Past LARGE_RUN_FILES files the CLI asks for smaller steps: measured −20 % peak memory for +6–10 % time
 * (bench/FINDINGS.md). The heap limit itself cannot be changed once Node has started; this factor can.
 */
export declare const LARGE_RUN_FILES = 2000;
export declare function tuneHeapForLargeRun(fileCount: number): void;
