/**
 * Seeded mutation generator for the fuzzing suite: takes the example and corpus agreements and breaks them in one
 * of a fixed set of ways (the mutation classes). Deterministic: mutant `index` of run `seed` is always the same
 * input, so a failure is reproduced with `npm run fuzz -- --seed S --from I --count 1`.
 */
import { isMap, isScalar, isSeq, parseDocument, Scalar, type Node } from 'yaml';

export type Rng = () => number;

/** mulberry32: a tiny 32-bit PRNG, good enough to pick mutations and fully reproducible. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rng: Rng, n: number): number => Math.floor(rng() * n);
const pick = <T>(rng: Rng, items: readonly T[]): T => items[int(rng, items.length)]!;

export interface Seed {
  name: string;
  text: string;
}

export interface Mutant {
  /** The mutation class. */
  class: MutationClass;
  /** Which seed file it came from. */
  seed: string;
  /** The mutated text, as `loadAgreementText` gets it. */
  text: string;
  /** The raw bytes, for classes that work below the text (byte flips, encodings): checked with `loadAgreementBytes` too. */
  bytes?: Uint8Array;
}

/** The size limit of the loader (DEFAULT_LIMITS.maxBytes). */
export const SIZE_LIMIT = 1024 * 1024;

const encoder = new TextEncoder();
const lossy = new TextDecoder('utf-8', { fatal: false });

// ---- structural helpers (parsed with `yaml`, re-serialised) ----

interface Slot {
  /** The collection holding the node. */
  parent: Node;
  key: unknown;
  node: unknown;
}

/** Every node reachable from the root with its parent, in document order. */
function slots(root: unknown): Slot[] {
  const out: Slot[] = [];
  const walk = (node: unknown, depth: number): void => {
    if (depth > 200) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        out.push({ parent: node, key: pair.key, node: pair.value });
        walk(pair.value, depth + 1);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        out.push({ parent: node, key: i, node: item });
        walk(item, depth + 1);
      });
    }
  };
  walk(root, 0);
  return out;
}

function structural(text: string, rng: Rng, change: (slot: Slot, doc: ReturnType<typeof parseDocument>) => void): string {
  const doc = parseDocument(text, { uniqueKeys: false });
  const all = slots(doc.contents);
  if (all.length === 0) return text;
  change(pick(rng, all), doc);
  return doc.toString({ lineWidth: 0 });
}

function setSlot(slot: Slot, doc: ReturnType<typeof parseDocument>, value: unknown): void {
  const node = value instanceof Object && 'toJSON' in (value as object) ? value : doc.createNode(value);
  if (isMap(slot.parent)) {
    const pair = slot.parent.items.find((p) => p.key === slot.key);
    if (pair) pair.value = node as Node;
  } else if (isSeq(slot.parent)) {
    slot.parent.items[slot.key as number] = node as Node;
  }
}

/** A random scalar slot whose value is a string (for replacement by dates, zones, long strings). */
function stringSlot(text: string, rng: Rng, value: (old: string) => unknown): string {
  return structural(text, rng, (_, doc) => {
    const strings = slots(doc.contents).filter((s) => isScalar(s.node) && typeof (s.node as Scalar).value === 'string');
    if (strings.length === 0) return;
    const slot = pick(rng, strings);
    setSlot(slot, doc, value(String((slot.node as Scalar).value)));
  });
}

/** Replaces one match of `pattern` (chosen at random), or returns undefined when nothing matches. */
function replaceMatch(text: string, pattern: RegExp, rng: Rng, replacement: string): string | undefined {
  const matches = [...text.matchAll(pattern)];
  if (matches.length === 0) return undefined;
  const m = pick(rng, matches);
  return text.slice(0, m.index) + replacement + text.slice(m.index! + m[0].length);
}

/** Inserts `snippet` as the value of a new or existing top-level key, or at a random line start. */
function insertAtLine(text: string, rng: Rng, snippet: string): string {
  const lines = text.split('\n');
  const at = int(rng, lines.length + 1);
  lines.splice(at, 0, snippet);
  return lines.join('\n');
}

/** Replaces the value of a random `key: value` line with `value` (kept on that line). */
function replaceLineValue(text: string, rng: Rng, value: string): string {
  const matches = [...text.matchAll(/^(\s*(?:- )?[\w$-]+:)[ \t]+\S.*$/gm)];
  if (matches.length === 0) return insertAtLine(text, rng, `fuzz: ${value}`);
  const m = pick(rng, matches);
  return text.slice(0, m.index) + `${m[1]} ${value}` + text.slice(m.index! + m[0].length);
}

// ---- the mutation classes ----

const WEIRD_VALUES: unknown[] = [
  null, true, false, 0, -1, 1.5, 1e308, -0, Number.MAX_SAFE_INTEGER + 2, '', ' ', 'null', 'NaN', '1d', 'P1D', [], {}, [[]], [{}], { '': null },
  ['a', 1, null], { a: { b: { c: [] } } }, '{{ title }}', '<script>', '\u0000', 'x'.repeat(300),
];

const BAD_DATES = [
  '2024-02-30', '2023-02-29', '0000-00-00', '9999-12-31', '10000-01-01', '2024-13-01', '2024-00-10', '2024-1-1', '24-01-01',
  '2024-01-01T25:61:61Z', '2024-01-01T00:00:00+99:00', '-2024-01-01', '2024-W01-1', '2024-366', '1969-12-31T23:59:60Z',
  '2024-06-31', '"2024-02-30"', '"  2024-01-01  "', '2024-01-01 00:00:00', '20240101', '2024/01/01', '01.01.2024', '"2024-01-01\\u0000"',
  '275760-09-13', '-271821-04-19', '2024-03-31T02:30:00', '2024-10-27T02:30:00', '0001-01-01', '1e10', '.inf', '2024-02-29T24:00',
];

const BAD_ZONES = [
  'Mars/Olympus_Mons', 'UTC+25', 'UTC+14', 'UTC-12', 'Etc/GMT+99', 'Etc/GMT-14', '../../etc/passwd', 'europe/berlin', 'EUROPE/BERLIN',
  'Europe/Berlin ', '" Europe/Berlin"', "''", '+05:30', '+99:99', 'Z', 'local', 'system', 'GMT', 'EST5EDT', 'America/Argentina/ComodRivadavia',
  'Asia/Calcutta', 'US/Pacific-New', 'Europe/Kyiv', 'Europe/Kiev', 'Antarctica/Troll', 'Pacific/Chatham', 'Australia/Lord_Howe', 'Asia/Kathmandu',
  '"Europe/Berlin\\u0000"', 'Europe/Ber\u200Blin', '"\\u202EEurope/Berlin"', 'x'.repeat(5000), '123', 'true', '[]', '{}',
];

const UNICODE = [
  '\u202E', '\u200B', '\u200D', '\uFEFF', '\u0085', '\u2028', '\u2029', '\u00A0', '\u3000', '\u0301\u0301\u0301', '😀', '👩‍👩‍👧‍👦', '\u{10FFFF}',
  '\uFFFE', '\uFFFF', '\uD800', '\uDFFF', '\u0007', '\u001B[2J', '\u009B31m', '\u0009', 'ﷺ', 'İ', 'ß', 'Å', '\u1E9E', 'ǅ', '\u0000',
  'Z̷̡̢̛͖͇̲̤̖̰̥͔͕͙̞̰͕̓̈́͆̓̾͂̒̌͌̾̂̈́̚͠ͅa̸̡̨̡̛̟̪̣̣̫̦̺̜̖͙͍̿̑̂͐̓͛̈́̅͗̚l̷̛̮͎̞̫̮͇̘̗̮̥̬̤̙͕̥̤̰̿̋̌̏̑̈́̾̊̉̂͘g̸̢̛̛̪̮̬͚̹̭̝͚̹̞̙̫͊̆̾̃̿̀͐̈́͛̓̚͠o', 'مرحبا', 'שלום', '\u0E01\u0E33', '\u{1D4D0}',
];

const TAGS = [
  '!!binary', '!!set', '!!omap', '!!pairs', '!!timestamp', '!!int', '!!float', '!!bool', '!!null', '!!str', '!!map', '!!seq', '!custom', '!',
  '!!js/function', '!!python/object:os.system', '!<tag:yaml.org,2002:str>', '!<tag:example.com:x>', '!e!thing', '!!merge',
];

type Mutator = (text: string, rng: Rng) => { text: string; bytes?: Uint8Array };

const MUTATORS = {
  /** A key (and its value) removed somewhere in the document. */
  'deleted-key': (text, rng) => ({
    text: structural(text, rng, (slot) => {
      if (isMap(slot.parent)) slot.parent.items = slot.parent.items.filter((p) => p.key !== slot.key);
      else if (isSeq(slot.parent)) slot.parent.items.splice(slot.key as number, 1);
    }),
  }),

  /** A value replaced by one of another type (null, number, list, map, string...). */
  'type-swap': (text, rng) => ({ text: structural(text, rng, (slot, doc) => setSlot(slot, doc, pick(rng, WEIRD_VALUES))) }),

  /** A date replaced by an impossible, out-of-range or oddly written one. */
  'bad-date': (text, rng) => {
    const bad = pick(rng, BAD_DATES);
    return { text: replaceMatch(text, /\b\d{4}-\d{2}-\d{2}(?:[T ][\d:.+Z-]*)?\b/g, rng, bad) ?? replaceLineValue(text, rng, bad) };
  },

  /** A time zone replaced by an unknown, deprecated, odd-offset or malformed one. */
  'bad-zone': (text, rng) => {
    const bad = pick(rng, BAD_ZONES);
    return { text: replaceMatch(text, /\b(?:[A-Z][a-z]+\/[A-Za-z_]+(?:\/[A-Za-z_]+)?|UTC)\b/g, rng, bad) ?? replaceLineValue(text, rng, bad) };
  },

  /** Unicode oddities (bidi overrides, zero-width, combining marks, lone surrogates, NEL, non-characters) in values and keys. */
  unicode: (text, rng) => {
    let out = text;
    const n = 1 + int(rng, 5);
    for (let i = 0; i < n; i++) {
      const at = int(rng, out.length + 1);
      out = out.slice(0, at) + pick(rng, UNICODE).repeat(1 + int(rng, 3)) + out.slice(at);
    }
    return { text: out };
  },

  /** A string value of about 1 MB: just under the size limit, or just over it. */
  'huge-string': (text, rng) => {
    const room = SIZE_LIMIT - encoder.encode(text).length;
    const over = rng() < 0.25;
    const length = Math.max(1, over ? room + 10 : room - 200 - int(rng, 2000));
    const unit = pick(rng, ['a', 'word ', 'TODO ', 'x\\n', 'ä', '24/7 ']);
    const fill = unit.repeat(Math.ceil(length / encoder.encode(unit).length)).slice(0, length);
    return { text: stringSlot(text, rng, () => fill) };
  },

  /** 20,000 levels of nesting (flow sequences, flow maps or block sequences) as a value. */
  'deep-nesting': (text, rng) => {
    const depth = 20_000;
    const kind = int(rng, 4);
    const nested = kind === 0 ? '['.repeat(depth) + ']'.repeat(depth)
      : kind === 1 ? '{a: '.repeat(depth) + '1' + '}'.repeat(depth)
      : kind === 2 ? '- '.repeat(depth) + 'x'
      : '['.repeat(depth); // unclosed
    return { text: kind === 2 ? insertAtLine(text, rng, `deep:\n  ${nested}`) : replaceLineValue(text, rng, nested) };
  },

  /** Anchors and aliases: exponential alias bombs, self references, undefined aliases, merge keys. */
  'alias-bomb': (text, rng) => {
    const kind = int(rng, 5);
    if (kind === 0) {
      const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
      return { text: insertAtLine(text, rng, levels.join('\n')) };
    }
    if (kind === 1) return { text: replaceLineValue(text, rng, '&self [*self]') };
    if (kind === 2) return { text: replaceLineValue(text, rng, '*nowhere') };
    if (kind === 3) {
      // Anchor an existing value and reference it many times elsewhere.
      const aliased = replaceMatch(text, /^(\s*[\w$-]+:)[ \t]*$/gm, rng, '');
      if (aliased === undefined) return { text: replaceLineValue(text, rng, '*a') };
      const m = pick(rng, [...text.matchAll(/^(\s*[\w$-]+:)[ \t]*$/gm)]);
      const anchored = text.slice(0, m.index) + `${m[1]} &fz` + text.slice(m.index! + m[0].length);
      let out = anchored;
      for (let i = 0; i < 1 + int(rng, 200); i++) out = `${out}\nfz${i}: *fz`;
      return { text: out };
    }
    return { text: insertAtLine(text, rng, 'base: &base {x: 1}\nmerged:\n  <<: [*base, *base, *base]\n  <<: *base') };
  },

  /** YAML tags and directives on values: core tags on the wrong values, unknown and language-specific tags. */
  tags: (text, rng) => {
    const tag = pick(rng, TAGS);
    if (rng() < 0.2) return { text: `%YAML 1.1\n%TAG !e! tag:example.com,2000:\n---\n${text}` };
    const m = [...text.matchAll(/^(\s*(?:- )?[\w$-]+:)[ \t]+(\S.*)$/gm)];
    if (m.length === 0) return { text: `${tag} ${text}` };
    const hit = pick(rng, m);
    return { text: text.slice(0, hit.index) + `${hit[1]} ${tag} ${hit[2]}` + text.slice(hit.index! + hit[0].length) };
  },

  /** Random bits flipped in the UTF-8 bytes (the text is the lossy decoding; the bytes are checked as stdin would be). */
  'byte-flip': (text, rng) => {
    const bytes = encoder.encode(text);
    const n = 1 + int(rng, 8);
    for (let i = 0; i < n; i++) {
      const at = int(rng, bytes.length);
      bytes[at] = bytes[at]! ^ (1 << int(rng, 8));
    }
    return { text: lossy.decode(bytes), bytes };
  },

  /** The input cut off at a random byte (possibly inside a multi-byte character). */
  truncation: (text, rng) => {
    const bytes = encoder.encode(text).slice(0, int(rng, encoder.encode(text).length));
    return { text: lossy.decode(bytes), bytes };
  },

  /** Byte-order marks and UTF-16 / UTF-32 encodings of the whole file. */
  'bom-utf16': (text, rng) => {
    const kind = int(rng, 5);
    if (kind === 0) return { text: `\uFEFF${text}`, bytes: encoder.encode(`\uFEFF${text}`) };
    if (kind === 1) return { text: `\uFEFF\uFEFF${text}`, bytes: encoder.encode(`\uFEFF\uFEFF${text}`) };
    const le = kind !== 3;
    const withBom = kind !== 4;
    const bytes = new Uint8Array((text.length + (withBom ? 1 : 0)) * 2);
    const source = withBom ? `\uFEFF${text}` : text;
    for (let i = 0; i < source.length; i++) {
      const c = source.charCodeAt(i);
      bytes[2 * i + (le ? 0 : 1)] = c & 0xff;
      bytes[2 * i + (le ? 1 : 0)] = c >> 8;
    }
    // As text: what a caller that decoded the file as latin1 would pass (with NULs).
    return { text: Array.from(bytes, (b) => String.fromCharCode(b)).join(''), bytes };
  },

  /** Line ends: all CRLF, mixed CRLF/LF, lone CR (old Mac), or NEL/LS. */
  crlf: (text, rng) => {
    const kind = int(rng, 4);
    if (kind === 0) return { text: text.replace(/\n/g, '\r\n') };
    if (kind === 1) return { text: text.replace(/\n/g, () => (rng() < 0.5 ? '\r\n' : '\n')) };
    if (kind === 2) return { text: text.replace(/\n/g, '\r') };
    return { text: text.replace(/\n/g, () => pick(rng, ['\n', '\r\n', '\u0085', '\u2028', '\r\r\n'])) };
  },
} satisfies Record<string, Mutator>;

export type MutationClass = keyof typeof MUTATORS;
export const MUTATION_CLASSES = Object.keys(MUTATORS) as MutationClass[];

/** Applies one mutation class to a seed text. */
export function mutate(cls: MutationClass, text: string, rng: Rng): { text: string; bytes?: Uint8Array } {
  return MUTATORS[cls](text, rng);
}

/** Mutant number `index` of run `seed`: the class goes round-robin, so every class gets an equal share. */
export function mutant(seed: number, index: number, seeds: readonly Seed[], classes: readonly MutationClass[] = MUTATION_CLASSES): Mutant {
  const rng = mulberry32((Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)) >>> 0);
  const cls = classes[index % classes.length]!;
  const source = pick(rng, seeds);
  const { text, bytes } = mutate(cls, source.text, rng);
  return { class: cls, seed: source.name, text, ...(bytes && { bytes }) };
}

/** Mutants `from` .. `from + count - 1` of run `seed`. */
export function* mutants(seed: number, count: number, seeds: readonly Seed[], from = 0): Generator<Mutant & { index: number }> {
  for (let i = from; i < from + count; i++) yield { ...mutant(seed, i, seeds), index: i };
}
