import { type ChangeEffect, type DiffReport } from '../types.js';
export interface AmendmentOptions {
    /** When the schedule was prepared (an ISO date or timestamp); stated as "Prepared on …" when given. */
    generatedAt?: string;
}
/** How each change is marked, in words. */
export declare const EFFECT_MARKINGS: Readonly<Record<ChangeEffect, string>>;
/** The plain title (no Markdown), for the PDF's metadata and page headers. */
export declare function amendmentTitle(report: DiffReport): string;
/** The line under the title in the PDF: the agreement's title when the title names only its version. */
export declare function amendmentSubtitle(report: DiffReport): string | undefined;
/** The schedule as Markdown: a `#` title, an introduction, and the changes under the contract's section headings. */
export declare function amendmentMarkdown(report: DiffReport, options?: AmendmentOptions): string;
