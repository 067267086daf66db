import { shown } from './shown.js';

/** Edit distance (Levenshtein) between two short strings. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}

const MAX_SUGGESTED_LENGTH = 100;

/** The closest candidate to a misspelled word, if one is close enough to be what was meant. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  // Nobody misspells a name by 100 characters: a longer word gets no suggestion, and its cost stays bounded.
  if (word.length > MAX_SUGGESTED_LENGTH) return undefined;
  const lower = word.toLowerCase();
  const allowed = Math.max(1, Math.floor(Math.max(word.length, 3) / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    // The difference in length is the least the distance can be: no need to compute it when that is already too far.
    if (Math.abs(candidate.length - word.length) > Math.min(allowed, bestDistance)) continue;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= allowed ? best : undefined;
}

/** `a`, `b` and `c` — for listing allowed values in a message. */
/** At most this many values are listed; the rest are counted ("and 12 more"). */
export const LISTED_VALUES = 20;

/**
 * `a`, `b` and `c`: each value quoted through `shown` (a value from the input may be a megabyte long) and at most
 * LISTED_VALUES of them, so a message stays a line however large the file.
 */
export function listOf(values: readonly string[], conjunction = 'or'): string {
  const quoted = values.slice(0, LISTED_VALUES).map((v) => `\`${shown(v)}\``);
  if (values.length > LISTED_VALUES) return `${quoted.join(', ')} ${conjunction} ${(values.length - LISTED_VALUES).toLocaleString('en')} more`;
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted[quoted.length - 1]}`;
}
