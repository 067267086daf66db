/** Edit distance (Levenshtein) between two short strings. */
export declare function editDistance(a: string, b: string): number;
/** The closest candidate to a misspelled word, if one is close enough to be what was meant. */
export declare function didYouMean(word: string, candidates: Iterable<string>): string | undefined;
/** `a`, `b` and `c` — for listing allowed values in a message. */
export declare function listOf(values: readonly string[], conjunction?: string): string;
