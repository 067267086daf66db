/**
 * Bidirectional controls, as a character class: embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069),
 * the marks (U+200E, U+200F) and the Arabic letter mark (U+061C). Invisible, they make text display in another order
 * than it is stored. One list for the lint rule that reports them, the contract that shows them as markers and the
 * output formats that escape them.
 */
export const BIDI_CONTROL_CLASS = '\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069';

// C0 controls except tab and newline, DEL, and the C1 controls (U+0080–U+009F, among them the one-character CSI).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Makes control characters visible (`\x1b`) in text printed to a terminal. Messages quote keys, values and cell
 * contents from the user's files; a quoted escape sequence must show as text, never recolour or clear the screen.
 */
export function showControlCharacters(text: string): string {
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
