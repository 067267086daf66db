import { Command } from 'commander';
import type { PromptStreams } from '../../init/prompts.js';
import { type CliContext } from '../context.js';
export interface InitDependencies {
    /** Where interactive prompts read and draw; the terminal by default (drawn on stderr, so stdout stays clean). */
    promptStreams(): PromptStreams;
}
export declare function initCommand(ctx: CliContext, deps?: InitDependencies): Command;
