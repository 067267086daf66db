import { Command } from 'commander';
import type { CliContext } from '../context.js';
export declare function lspCommand(_ctx: CliContext): Command;
