import type { DiffReport } from '../types.js';
export interface DiffPdfOptions {
    /** When the schedule was prepared (ISO date or timestamp): stated in it and written as the PDF's creation date. */
    generatedAt?: string;
    /** Default `a4`. */
    paper?: 'a4' | 'letter';
    /** The PDF's Author entry (the provider who issues the schedule); default `sla`. */
    author?: string;
}
export declare function formatDiffPdf(report: DiffReport, options?: DiffPdfOptions): Promise<Uint8Array>;
