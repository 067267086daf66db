import { type Connection } from 'vscode-languageserver';
/** Milliseconds from the last change to the lint: long enough to skip the keystrokes of a word, short enough to feel live. */
export declare const LINT_DELAY_MS = 150;
export interface ServerOptions {
    /** Override the debounce (tests and benchmarks measure with the default). */
    lintDelayMs?: number;
}
export declare function attachServer(connection: Connection, options?: ServerOptions): void;
