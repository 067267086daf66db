// C0 controls except tab and newline, DEL, and the C1 controls (U+0080–U+009F, among them the one-character CSI).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Makes control characters visible (`\x1b`) in text printed to a terminal. Messages quote keys, values and cell
 * contents from the user's files; a quoted escape sequence must show as text, never recolour or clear the screen.
 */
export function showControlCharacters(text: string): string {
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
