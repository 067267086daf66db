/** The charts of a service review: tickets a month by request type, and capped hours a month against the cap. */
import type { Measure } from '../charts/measure.js';
import type { Scene } from '../charts/scene.js';
import type { ServiceReview } from './build-review.js';
export interface ReviewChart {
    file: string;
    scene: Scene;
}
export declare function reviewCharts(review: ServiceReview, options: {
    locale: string;
    measure: Measure;
    width?: number;
}): Promise<ReviewChart[]>;
