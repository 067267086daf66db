import type { ServiceReview } from './build-review.js';
export interface ReviewChartReference {
    path: string;
    alt: string;
}
export interface ReviewMarkdownOptions {
    /** Charts shown after the tables, each an image alone in its paragraph (the PDF draws them from their scenes). */
    charts?: readonly ReviewChartReference[];
    /** The language and formats of the review's own words; default `en-GB`. */
    locale?: string;
}
export declare function formatReviewMarkdown(review: ServiceReview, options?: ReviewMarkdownOptions): string;
