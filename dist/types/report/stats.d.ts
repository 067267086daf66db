/** The median: the middle value, or the mean of the two middle values. Undefined for no values. */
export declare function median(values: readonly number[]): number | undefined;
/**
 * The nearest-rank percentile: the smallest value with at least `p`% of values at or below it. Chosen because it
 * is always a value that occurred, so a reader can find the ticket behind it.
 */
export declare function percentile(values: readonly number[], p: number): number | undefined;
/** A share in [0, 1], rounded to 4 places so JSON stays stable; undefined when there is nothing to share. */
export declare function share(part: number, whole: number): number | undefined;
