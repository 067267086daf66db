/** Numbers, as a plain array or a typed array (the report keeps its times in Float64Arrays). */
export type Numbers = readonly number[] | Float64Array;
/** The median: the middle value, or the mean of the two middle values. Undefined for no values. */
export declare function median(values: Numbers): number | undefined;
/**
 * The nearest-rank percentile: the smallest value with at least `p`% of values at or below it. Chosen because it
 * is always a value that occurred, so a reader can find the ticket behind it.
 */
export declare function percentile(values: Numbers, p: number): number | undefined;
/** The nearest-rank percentile of values already sorted in ascending order. */
export declare function percentileOfSorted(sorted: Numbers, p: number): number | undefined;
/** The median of values already sorted in ascending order. */
export declare function medianOfSorted(sorted: Numbers): number | undefined;
/**
 * A growing list of numbers in one Float64Array (8 bytes a value, doubling as it fills): exact percentiles over a
 * million response times take 8 MB, where a JavaScript array of numbers takes two to three times that and the
 * garbage collector walks it. Exact rather than a quantile sketch, so the report's p50/p90 stay values that occurred.
 */
export declare class NumberList {
    private data;
    length: number;
    push(value: number): void;
    /** The values in ascending order (a view of the list's own storage, which it sorts in place). */
    sorted(): Float64Array;
}
/** A share in [0, 1], rounded to 4 places so JSON stays stable; undefined when there is nothing to share. */
export declare function share(part: number, whole: number): number | undefined;
