import { BIDI_CONTROL_CLASS } from '../util/control-characters.js';

/**
 * `JSON.stringify`, with every character a terminal or log viewer could act on written as a `\u` escape. JSON
 * already escapes C0 controls (a line break is `\n`); DEL, the C1 controls (U+009B is a one-character CSI), bidi
 * controls and U+2028/U+2029 it writes raw. The escaped text parses back to the same data.
 */
const RAW_IN_JSON = new RegExp(`[\u007f-\u009f${BIDI_CONTROL_CLASS}\u2028\u2029]`, 'g');

export function jsonText(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
