/**
 * Starts `start(item)` for up to `window` items ahead and yields the results in the items' order: the disk reads
 * the next files while the caller works on one, without holding more than `window` of them.
 */
export declare function readAhead<T, R>(items: readonly T[], start: (item: T) => Promise<R>, window?: number): AsyncGenerator<[T, R]>;
