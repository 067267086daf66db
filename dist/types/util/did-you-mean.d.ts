/** Edit distance (Levenshtein) between two short strings. */
export declare function editDistance(a: string, b: string): number;
/** The closest candidate to a misspelled word, if one is close enough to be what was meant. */
export declare function didYouMean(word: string, candidates: Iterable<string>): string | undefined;
/** `a`, `b` and `c` — for listing allowed values in a message. */
/** At most this many values are listed; the rest are counted ("and 12 more"). */
export declare const LISTED_VALUES = 20;
/**
 * `a`, `b` and `c`: each value quoted through `shown` (a value from the input may be a megabyte long) and at most
 * LISTED_VALUES of them, so a message stays a line however large the file.
 */
export declare function listOf(values: readonly string[], conjunction?: string): string;
