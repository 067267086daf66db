/**
 * Sentences of a text, split after `.`, `!` or `?` (and a closing quote or bracket) before white space. Kept apart
 * from the clause registry (clauses.ts, which loads Handlebars and marked) so that the view can use it cheaply.
 */
export const SENTENCE_END = /(?<=[.!?][”’")]?)\s+(?=\S)/u;

export function sentences(text: string): string[] {
  return text.split(SENTENCE_END).map((s) => s.trim()).filter(Boolean);
}
