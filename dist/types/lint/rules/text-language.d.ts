import type { Rule } from '../types.js';
export interface TextLanguageOptions {
    /** The fewest words (after quotations, URLs and defined terms are taken out) a field needs to be judged. */
    minWords: number;
    /** The most fields reported one by one in a file; the rest are counted in one more finding. */
    maxFindings: number;
}
/** The languages `sla` renders contracts in, with their English names for messages. */
declare const LANGUAGES: {
    readonly en: 'English';
    readonly de: 'German';
    readonly fr: 'French';
    readonly nl: 'Dutch';
    readonly es: 'Spanish';
};
type Language = keyof typeof LANGUAGES;
/** How many words a field's prose has, and how much each language's stop words among them weigh. */
interface Count {
    words: number;
    weights: Record<Language, number>;
}
/**
 * Counts the author's prose in `text`: without quotations, URLs, e-mail addresses and code, and without the words of
 * the agreement's defined terms. A word counts 1 for a language when it is a stop word of that language only, 1/n
 * when n of the five lists have it. Elisions ("l'assistant", "d’une") split at the apostrophe.
 */
export declare function countWords(text: string, termWords?: ReadonlySet<string>): Count;
/** The language a field clearly reads as, other than `home`, or undefined when it does not clearly read as one. */
export declare function foreignLanguage({ words, weights }: Count, home: Language): Language | undefined;
export declare const textLanguage: Rule<TextLanguageOptions>;
export {};
