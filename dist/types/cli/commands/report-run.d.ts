import { type CliContext } from '../context.js';
import type { ReportCommandOptions } from './report.js';
/** What `sla report` does; loaded only when it runs (./report.ts defines the command line). */
export declare function runReport(ctx: CliContext, agreementFile: string, options: ReportCommandOptions): Promise<void>;
