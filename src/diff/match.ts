/** Which item of a list's old version is which item of its new version. */
import { isObject, sameJson, type Json } from './rule.js';

const idOf = (item: Json): string | undefined => {
  if (!isObject(item)) return undefined;
  const id = item.id ?? item.term ?? item.date;
  return id === undefined ? undefined : String(id);
};

/**
 * Pairs the items of two versions of a list: by id (or term, or date) where items have one, then equal items, then an
 * item whose id alone changed, then what is left in order when both sides have the same number left; an unpaired item
 * was added or removed.
 */
export function matchItems(olds: readonly Json[], news: readonly Json[]): Array<[number | undefined, number | undefined]> {
  const pairs: Array<[number | undefined, number | undefined]> = [];
  const usedNew = new Set<number>();
  const freeOld: number[] = [];
  olds.forEach((item, i) => {
    const id = idOf(item);
    let j = id === undefined ? -1 : news.findIndex((n, k) => !usedNew.has(k) && idOf(n) === id);
    if (j < 0 && id === undefined) j = news.findIndex((n, k) => !usedNew.has(k) && idOf(n) === undefined && sameJson(n, item));
    if (j >= 0) {
      usedNew.add(j);
      pairs.push([i, j]);
    } else freeOld.push(i);
  });
  const freeNew = news.map((_, j) => j).filter((j) => !usedNew.has(j));
  // An item whose id alone changed is the same item renamed.
  const withoutId = (item: Json) => (isObject(item) ? JSON.stringify({ ...item, id: undefined, term: undefined }) : JSON.stringify(item));
  for (let k = freeOld.length - 1; k >= 0; k--) {
    const i = freeOld[k]!;
    const m = freeNew.findIndex((j) => withoutId(news[j]) === withoutId(olds[i]));
    if (m >= 0) {
      pairs.push([i, freeNew[m]!]);
      freeNew.splice(m, 1);
      freeOld.splice(k, 1);
    }
  }
  // Left-over items without ids are the same item edited when both sides have as many left.
  while (freeOld.length > 0 && freeNew.length > 0 && idOf(olds[freeOld[0]!]) === undefined && idOf(news[freeNew[0]!]) === undefined && freeOld.length === freeNew.length) {
    pairs.push([freeOld.shift()!, freeNew.shift()!]);
  }
  for (const i of freeOld) pairs.push([i, undefined]);
  for (const j of freeNew) pairs.push([undefined, j]);
  return pairs;
}
