/** Which item of a list's old version is which item of its new version. */
import { type Json } from './rule.js';
/**
 * Pairs the items of two versions of a list: by id (or term, or date) where items have one, then equal items, then an
 * item whose id alone changed, then what is left in order when both sides have the same number left; an unpaired item
 * was added or removed.
 */
export declare function matchItems(olds: readonly Json[], news: readonly Json[]): Array<[number | undefined, number | undefined]>;
