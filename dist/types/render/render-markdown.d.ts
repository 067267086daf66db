import type { Agreement } from '../model/agreement.js';
import { type ContractTemplate } from './template.js';
export interface RenderMarkdownOptions {
    /** A compiled template (load it once for many agreements), or a directory to load one from. Default: templates/default. */
    template?: ContractTemplate | string;
    /** Number `##` and `###` headings (1., 1.1). Default true. */
    numberHeadings?: boolean;
    /** Compare every tier offered, with prices, as `presentation.tierComparison: true` does. Default false. */
    allTiers?: boolean;
    /**
     * Only the title and the summary ("Your support at a glance"), through the template's `summary-page.hbs`, even
     * where `presentation.summary: false` leaves the summary out of the contract. Default false.
     */
    summaryOnly?: boolean;
    /**
     * The language and formats of the contract's own words (`de-DE`), instead of the agreement's `locale`. The
     * author's text is printed as written. A RangeError when it is not a BCP 47 tag.
     */
    locale?: string;
}
/**
 * Renders an agreement as a Markdown contract. Every string from the agreement gets the locale's curly quotes and
 * apostrophes (typography.ts) and is escaped before the template sees it. Throws TemplateError (with the template file and line) when the template is broken.
 */
export declare function renderMarkdown(agreement: Agreement, options?: RenderMarkdownOptions): Promise<string>;
