/**
 * Bidirectional controls: embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069), the marks
 * (U+200E, U+200F) and the Arabic letter mark (U+061C). Invisible, they make text display in another order than it
 * is stored, so a contract could read differently from its source (the `bidi-control` lint rule reports them).
 */
export declare const BIDI_CONTROL: RegExp;
/** `⟨U+202E⟩`: how a render shows a bidi or control character from an agreement, so it reads as the source. */
export declare function codePointMarker(character: string): string;
/** The text with each bidi control and (non-whitespace) control character replaced by its visible marker. */
export declare function showInvisibleControls(text: string): string;
/** Escapes one value for use anywhere in a line of Markdown, including a table cell. */
export declare function escapeMarkdown(value: string): string;
/**
 * Escapes every string in a value (objects, arrays) and returns null-prototype copies of its objects. `prepare`
 * runs on each string before it is escaped (the contract's typography: curly quotes).
 */
export declare function escapeDeep<T>(value: T, prepare?: (text: string) => string): T;
