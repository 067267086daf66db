/**
 * Bidirectional controls, as a character class: embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069),
 * the marks (U+200E, U+200F) and the Arabic letter mark (U+061C). Invisible, they make text display in another order
 * than it is stored. One list for the lint rule that reports them, the contract that shows them as markers and the
 * output formats that escape them.
 */
export declare const BIDI_CONTROL_CLASS = "\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069";
/**
 * Makes control characters visible (`\x1b`) in text printed to a terminal. Messages quote keys, values and cell
 * contents from the user's files; a quoted escape sequence must show as text, never recolour or clear the screen.
 */
export declare function showControlCharacters(text: string): string;
