import { type CliContext } from '../context.js';
import type { ReviewCommandOptions } from './review.js';
/** What `sla review` does; loaded only when it runs (./review.ts defines the command line). */
export declare function runReview(ctx: CliContext, agreementFile: string, options: ReviewCommandOptions): Promise<void>;
