/**
 * `JSON.stringify`, with every character a terminal or log viewer could act on written as a `\u` escape. JSON
 * already escapes C0 controls (a line break is `\n`); DEL, the C1 controls (U+009B is a one-character CSI), bidi
 * controls and U+2028/U+2029 it writes raw. The escaped text parses back to the same data.
 */
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

export function jsonText(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
