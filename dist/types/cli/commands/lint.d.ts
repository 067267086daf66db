import { Command } from 'commander';
import { type CliContext } from '../context.js';
export declare function lintCommand(ctx: CliContext): Command;
