import { Command } from 'commander';
import type { DiffReport } from '../../diff/types.js';
import { type CliContext } from '../context.js';
interface DiffOptions {
    git?: string;
    format: 'stylish' | 'md' | 'json' | 'pdf';
    output?: string;
    force?: boolean;
    failOn: 'weaker' | 'any' | 'none';
}
/**
 * Whether `--fail-on` asks for exit 1: `weaker` on a change weaker or mixed for the client, or an agreement removed;
 * `any` on any change at all (neutral ones included) or an agreement added or removed; `none` never.
 */
export declare function failsOn(report: DiffReport, failOn: DiffOptions['failOn']): boolean;
export declare function diffCommand(ctx: CliContext): Command;
export {};
