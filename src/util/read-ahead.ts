/**
 * Starts `start(item)` for up to `window` items ahead and yields the results in the items' order: the disk reads
 * the next files while the caller works on one, without holding more than `window` of them.
 */
export async function* readAhead<T, R>(items: readonly T[], start: (item: T) => Promise<R>, window = 8): AsyncGenerator<[T, R]> {
  const pending: Promise<R>[] = [];
  const launch = (i: number) => {
    if (i < items.length) pending[i] = start(items[i]!);
  };
  for (let i = 0; i < window; i++) launch(i);
  for (let i = 0; i < items.length; i++) {
    const result = await pending[i]!;
    delete pending[i];
    launch(i + window);
    yield [items[i]!, result];
  }
}
