import { type Environment, type FactName, type InitFacts } from './facts.js';
/** Where prompts read keys and draw; tests pass streams of their own. */
export interface PromptStreams {
    input: NodeJS.ReadableStream;
    output: NodeJS.WritableStream;
}
/** The person pressed Ctrl+C or closed the prompt: nothing is written. */
export declare class PromptCancelled extends Error {
    constructor();
}
export interface AskOptions {
    /**
     * Ask which language to write the agreement in, when the holiday region has one of its own (Germany, France, the
     * Netherlands), offering it first; otherwise the agreement is English, as without prompts.
     */
    askLocale?: boolean;
}
/** Asks for each fact in `missing`, in the usual order, and returns the answers checked and normalised. */
export declare function askForFacts(missing: readonly FactName[], known: Partial<InitFacts>, env: Environment, streams: PromptStreams, options?: AskOptions): Promise<Partial<InitFacts>>;
