/** Numbers, as a plain array or a typed array (the report keeps its times in Float64Arrays). */
export type Numbers = readonly number[] | Float64Array;

function sortedCopy(values: Numbers): Float64Array {
  // A typed array sorts numerically without a comparator; NaN never occurs here.
  return Float64Array.from(values).sort();
}

/** The median: the middle value, or the mean of the two middle values. Undefined for no values. */
export function median(values: Numbers): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = sortedCopy(values);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The nearest-rank percentile: the smallest value with at least `p`% of values at or below it. Chosen because it
 * is always a value that occurred, so a reader can find the ticket behind it.
 */
export function percentile(values: Numbers, p: number): number | undefined {
  if (values.length === 0) return undefined;
  return percentileOfSorted(sortedCopy(values), p);
}

/** The nearest-rank percentile of values already sorted in ascending order. */
export function percentileOfSorted(sorted: Numbers, p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** The median of values already sorted in ascending order. */
export function medianOfSorted(sorted: Numbers): number | undefined {
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * A growing list of numbers in one Float64Array (8 bytes a value, doubling as it fills): exact percentiles over a
 * million response times take 8 MB, where a JavaScript array of numbers takes two to three times that and the
 * garbage collector walks it. Exact rather than a quantile sketch, so the report's p50/p90 stay values that occurred.
 */
export class NumberList {
  private data = new Float64Array(16);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
  /** The values in ascending order (a view of the list's own storage, which it sorts in place). */
  sorted(): Float64Array {
    return this.data.subarray(0, this.length).sort();
  }
}

/** A share in [0, 1], rounded to 4 places so JSON stays stable; undefined when there is nothing to share. */
export function share(part: number, whole: number): number | undefined {
  return whole === 0 ? undefined : Math.round((part / whole) * 10_000) / 10_000;
}
