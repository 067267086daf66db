import { constructFromEvents, CORE_SCHEMA, parseEvents, type Event } from 'js-yaml';
import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, YAMLParseError, type Document, type Node, type ParsedNode } from 'yaml';
import { START_OF_FILE, type Diagnostic, type SourceRange } from '../diagnostics.js';
import { mapEventPositions } from './event-positions.js';
import { joinPointer, SourceMap } from './source-map.js';

export interface ParseLimits {
  /** Largest accepted file, in bytes. */
  maxBytes: number;
  /** Most aliases (`*name`) one document may expand; guards against alias bombs. */
  maxAliasCount: number;
}

export const DEFAULT_LIMITS: ParseLimits = { maxBytes: 1024 * 1024, maxAliasCount: 100 };

/** A YAML document read from text: its plain data, where every value is written, and what was wrong. */
export interface ParsedSource {
  file: string;
  text: string;
  /** The document as plain data; undefined when it could not be read. */
  data: unknown;
  sourceMap: SourceMap;
  /** Errors that stop the document from being read, and warnings from the YAML parser. */
  diagnostics: Diagnostic[];
}

/** Source map entries are walked up to this many nodes; aliases are followed only after the alias limit has passed. */
const MAX_MAPPED_NODES = 200_000;

function rangeFrom(lines: LineCounter, start: number, end: number): SourceRange {
  const from = lines.linePos(start);
  const to = lines.linePos(Math.max(start, end));
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

function diagnostic(code: string, message: string, range: SourceRange, file: string, severity: Diagnostic['severity'] = 'error'): Diagnostic {
  return { code, severity, message, pointer: '', range, file };
}

const YAML_ERROR_FIXES: Record<string, string> = {
  DUPLICATE_KEY: 'each key may appear once in a mapping; remove or rename one of them',
  BAD_INDENT: 'check the indentation: nested entries must be indented further than their parent, with spaces',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  MISSING_CHAR: 'a closing quote or bracket is missing',
  MULTILINE_IMPLICIT_KEY: 'a key must fit on one line; check for a missing `:` or an unclosed quote on the line before',
  BLOCK_AS_IMPLICIT_KEY: 'check for a missing `:` or wrong indentation',
  UNEXPECTED_TOKEN: 'check the punctuation near this position',
};

/** Messages that replace the parser's own: `Maximum call stack size exceeded` says nothing about the file. */
const YAML_ERROR_MESSAGES: Record<string, string> = {
  RESOURCE_EXHAUSTION: 'the document nests too deeply to read (brackets or indentation hundreds of levels deep); an agreement nests a few levels, so is this the right file?',
};

function describeYamlError(code: string, message: string): string {
  const replaced = YAML_ERROR_MESSAGES[code];
  if (replaced) return replaced;
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const fix = YAML_ERROR_FIXES[code];
  return fix ? `${first} (${fix})` : first;
}

/**
 * Records where every value of the document is written. A block collection's range runs from its first item to
 * the end of its last value (not over the comments and blank lines `yaml` adds to it), so that the parser-event
 * route (event-positions.ts) gives the same ranges without a second parse; a flow collection's ends at its bracket.
 */
function mapSource(doc: Document.Parsed, lines: LineCounter, sourceMap: SourceMap, followAliases: boolean): void {
  let visited = 0;
  /** Returns the value's offsets, for the enclosing collection's end. */
  const visit = (node: Node | null | undefined, pointer: string, key: SourceRange | undefined, depth: number): readonly [number, number] | undefined => {
    if (!node || visited++ > MAX_MAPPED_NODES || depth > 200) return undefined;
    const range = (node as ParsedNode).range;
    let span: readonly [number, number] | undefined = range ? [range[0], range[1]] : undefined;
    const record = (): SourceRange | undefined => {
      const value = span ? rangeFrom(lines, span[0], span[1]) : key;
      if (value) sourceMap.set(pointer, key ? { key, value } : { value });
      return value;
    };
    if (isAlias(node)) {
      const value = record();
      if (followAliases) visit(node.resolve(doc) as Node | undefined, pointer, key ?? value, depth + 1);
      return span;
    }
    let last: readonly [number, number] | undefined;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as ParsedNode | null;
        const keyText = isScalar(keyNode) ? String(keyNode.value) : undefined;
        if (keyText === undefined || !keyNode?.range) {
          last = undefined; // a collection key is not mapped; a collection ending in one keeps `yaml`'s range
          continue;
        }
        const keyRange = rangeFrom(lines, keyNode.range[0], keyNode.range[1]);
        const child = joinPointer(pointer, keyText);
        if (pair.value) {
          last = visit(pair.value as Node, child, keyRange, depth + 1);
        } else {
          sourceMap.set(child, { key: keyRange, value: keyRange });
          last = [keyNode.range[0], keyNode.range[1]];
        }
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => (last = visit(item as Node, joinPointer(pointer, index), undefined, depth + 1)));
    }
    if (span && last && (isMap(node) || isSeq(node)) && !node.flow) span = [span[0], last[1]];
    record();
    return span;
  };
  visit(doc.contents as Node | null, '', undefined, 0);
}

function firstAliasRange(doc: Document.Parsed, lines: LineCounter, unresolvedOnly = false): SourceRange | undefined {
  let found: SourceRange | undefined;
  const visit = (node: unknown): void => {
    if (found || !node) return;
    if (isAlias(node)) {
      if (unresolvedOnly && node.resolve(doc)) return;
      const range = (node as ParsedNode).range;
      if (range) found = rangeFrom(lines, range[0], range[1]);
    } else if (isMap(node) || isSeq(node)) {
      for (const item of node.items) visit(isPair(item) ? item.value : item);
    }
  };
  visit(doc.contents);
  return found;
}

function unresolvedAliasRange(doc: Document.Parsed, lines: LineCounter): SourceRange | undefined {
  return firstAliasRange(doc, lines, true);
}

export interface ParseOptions {
  /** false reads every text with `yaml` only, as the fast path's equivalence tests and benchmarks need. */
  fastPath?: boolean;
}

// logLevel 'error': `yaml` would otherwise print warnings (a collection used as a key) on stderr through
// process.emitWarning; the loader reports through diagnostics only.
// uniqueKeys false: `yaml` checks each key against every earlier key of its mapping (`items.some`), which is
// quadratic in the keys of one mapping (100,000 keys in a file that also has a tab took minutes); duplicateKeyErrors
// below finds the same duplicates with one Set per mapping (keepSourceTokens gives it the positions `yaml` uses). No prettyErrors either: it copies the whole line of every
// error for a context the loader drops (`describeYamlError` keeps the first line), so a 1 MB line with many errors
// was quadratic.
const YAML_OPTIONS = { uniqueKeys: false, keepSourceTokens: true, merge: false, version: '1.2', strict: true, logLevel: 'error' } as const;

/** Where a CST token ends. */
const tokenEnd = (token: { offset: number; source: string }): number => token.offset + token.source.length;

/**
 * The DUPLICATE_KEY errors `yaml` gives with `uniqueKeys: true` (a scalar key whose value equals an earlier key's,
 * by `===`, in the same mapping), found in one pass over the document: a Set of the key values seen per mapping, and
 * an explicit stack, so neither the number of keys nor the depth costs more than linear time. Keys that are
 * collections or aliases are never equal to another key (`yaml` compares them by identity). The position is the
 * one `yaml` gives, the end of the item's leading tokens (`resolveProps(start).end`, from the pair's source tokens),
 * or where the previous item of a block mapping ended when it has none.
 */
function duplicateKeyErrors(doc: Document.Parsed): YAMLParseError[] {
  const errors: YAMLParseError[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      let offset: number | undefined = node.flow ? undefined : (node as ParsedNode).range?.[0];
      for (const pair of node.items) {
        const key = pair.key as ParsedNode | null;
        const source = (pair as { srcToken?: { start?: { offset: number; source: string }[]; sep?: { offset: number; source: string }[] } }).srcToken;
        const leading = source?.start ?? [];
        if (isScalar(key) && key.range && !Number.isNaN(key.value)) {
          if (seen.has(key.value)) {
            const at = leading.length > 0 ? tokenEnd(leading.at(-1)!) : (offset ?? key.range[0]);
            errors.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
          } else seen.add(key.value);
        }
        // resolve-block-map.ts: the next item starts where this value ended, or after its `:` when it has none.
        const value = pair.value as ParsedNode | null;
        if (value?.range) offset = value.range[2];
        else if (source?.sep?.length) offset = tokenEnd(source.sep.at(-1)!);
        else if (key?.range) offset = key.range[2];
        stack.push(pair.value, pair.key);
      }
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
    }
  }
  return errors.sort((a, b) => a.pos[0] - b.pos[0]);
}

/** `yaml`'s errors with the duplicate keys merged in by position (a stable merge: the parser's come first at a tie). */
function withDuplicateKeys(errors: readonly YAMLParseError[], duplicates: readonly YAMLParseError[]): YAMLParseError[] {
  if (duplicates.length === 0) return [...errors];
  const merged: YAMLParseError[] = [];
  let d = 0;
  for (const error of errors) {
    while (d < duplicates.length && duplicates[d]!.pos[0] < error.pos[0]) merged.push(duplicates[d++]!);
    merged.push(error);
  }
  while (d < duplicates.length) merged.push(duplicates[d++]!);
  return merged;
}

/**
 * Names the key of each DUPLICATE_KEY error, as `/^("[^"\n]*"|'[^'\n]*'|[^:\n]+?)\s*:/` on the text from the
 * error would, but in linear time: the expression was run on the rest of the whole text for every duplicate, and
 * backtracked over a long run of spaces in a key. Called in increasing positions, the plain-key scan (to the line's
 * first colon, then back over white space) is remembered, so many duplicates on one long line (`{a, a, a, …}`)
 * scan it once.
 */
function duplicateKeyNamer(text: string): (at: number, end: number) => string {
  const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
  /** True when white space (line breaks included) and then `:` follow `from`. */
  const colonAfter = (from: number): boolean => {
    let i = from;
    while (isSpace(text[i])) i++;
    return text[i] === ':';
  };
  let scan: { from: number; stop: number; trimmed: number; colon: boolean } | undefined;
  return (at, end) => {
    const quote = text[at];
    if (quote === '"' || quote === "'") {
      let close = at + 1;
      while (close < text.length && text[close] !== quote && text[close] !== '\n') close++;
      if (text[close] === quote && colonAfter(close + 1)) return text.slice(at, close + 1);
    }
    if (!scan || at < scan.from || at > scan.stop) {
      // The first colon or line break at or after `at`, the end of the text before it without white space, and
      // whether a colon follows (after white space, across lines) where the line ends without one.
      let stop = at;
      while (stop < text.length && text[stop] !== '\n' && text[stop] !== ':') stop++;
      let trimmed = stop;
      while (trimmed > at && isSpace(text[trimmed - 1])) trimmed--;
      scan = { from: at, stop, trimmed, colon: text[stop] === ':' || colonAfter(stop) };
    }
    // The shortest key of at least one character after which only white space comes before the colon.
    const keyEnd = Math.max(scan.trimmed, at + 1);
    if (scan.stop > at && scan.colon) return text.slice(at, keyEnd);
    return text.slice(at, end);
  };
}

/**
 * What sends a text past the fast reader to `yaml`, which alone explains or warns about it: directives, tags, anchors
 * and aliases (alias limits), explicit `?` keys, flow collections spread over several lines (indentation warnings),
 * a CR not followed by LF (a line break to js-yaml, as the YAML spec says, but not to `yaml`), and a comment at the
 * start of a line with no space after `#` (before an indented value, `yaml` 2.9 reads it as an error; js-yaml not),
 * and a tab in a line's indentation (js-yaml accepts one inside a multi-line quoted string, `yaml` does not).
 */
const NEEDS_FULL_PARSER: readonly [string[], RegExp | ((text: string) => boolean)][] = [
  // Each test runs only on a text that has one of its characters: one expression with every alternative tried them
  // all at every character of every file. Each is linear in the text: a fixed-length expression, or a scan of lines
  // where an expression would backtrack (80 KB of `[` took 21 s as /[[{][^\]}\n]*$/m).
  [['%'], /^%/m],
  [['#'], /^#\S/m],
  [['\t'], /^ *\t/m],
  [['!', '&', '*'], /(?:^|[\s[{,])[!&*][^\s,[\]{}]/m],
  [['?'], hasExplicitKey],
  [['[', '{'], hasOpenFlowAtLineEnd],
  [['\r'], /\r(?!\n)/],
];

function needsFullParser(text: string): boolean {
  return NEEDS_FULL_PARSER.some(([characters, test]) => characters.some((c) => text.includes(c)) && (typeof test === 'function' ? test(text) : test.test(text)));
}

/** A line whose first non-blank character is `?` followed by white space or the line's end: an explicit key. */
function hasExplicitKey(text: string): boolean {
  for (let at = text.indexOf('?'); at !== -1; at = text.indexOf('?', at + 1)) {
    const next = text[at + 1];
    if (next !== undefined && next !== ' ' && next !== '\t' && next !== '\n' && next !== '\r') continue;
    let before = at - 1;
    while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
    if (before < 0 || text[before] === '\n' || text[before] === '\r') return true;
  }
  return false;
}

/** A line on which a `[` or `{` is not closed by a later `]` or `}`: a flow collection spread over several lines. */
function hasOpenFlowAtLineEnd(text: string): boolean {
  // The last bracket of each line decides: one pass, remembering the last bracket seen since the line began.
  let last = '';
  for (let at = 0; at < text.length; at++) {
    const c = text[at];
    if (c === '\n') {
      if (last === '[' || last === '{') return true;
      last = '';
    } else if (c === '[' || c === '{' || c === ']' || c === '}') last = c;
  }
  return last === '[' || last === '{';
}

/**
 * How deep the fast reader follows collections. Above MAX_COMPACT_NESTING and MAX_FLOW_NESTING (each checked in one
 * pass before either parser runs) with room for the block levels around them: at 100, a line of 100 nested brackets
 * or dashes under a key went to `yaml`, which reads such a line about ten times slower (5 to 10 µs a byte here, so
 * seconds for 1 MB of them). Deeper block indentation still goes to `yaml`, and is few nodes for its size.
 */
const MAX_FAST_DEPTH = 250;

/**
 * Reads a plain agreement with js-yaml (YAML 1.2 core schema, like `yaml` below, and about 3× faster), or returns
 * undefined. Anything js-yaml refuses, and anything in NEEDS_FULL_PARSER, is left to `yaml`, so every message about
 * a broken file still comes from one parser; the data of a file both accept is the same (test/load/fast-path.test.ts).
 * The parser's events are kept for positions.
 */
function readPlainDocument(text: string): { data: Record<string, unknown>; events: Event[] } | undefined {
  if (needsFullParser(text)) return undefined;
  let events: Event[];
  let documents: unknown[];
  try {
    events = parseEvents(text, { maxDepth: MAX_FAST_DEPTH });
    documents = constructFromEvents(events, { source: text, schema: CORE_SCHEMA, maxAliases: 0 });
  } catch {
    return undefined;
  }
  const data = documents.length === 1 ? documents[0] : undefined;
  if (data === null || typeof data !== 'object' || Array.isArray(data) || hasNullKey(data)) return undefined;
  return { data: data as Record<string, unknown>, events };
}

/**
 * True when a collection holds itself, directly or deeper. An explicit stack of the collections on the current path
 * (no recursion, so depth cannot overflow); a shared collection (an alias used twice) is looked into once.
 */
function containsItself(root: unknown): boolean {
  if (root === null || typeof root !== 'object') return false;
  const onPath = new Set<object>();
  const done = new Set<object>();
  const stack: { node: object; children: Iterator<unknown> }[] = [];
  const enter = (node: object) => {
    onPath.add(node);
    stack.push({ node, children: (Array.isArray(node) ? node : Object.values(node)).values() });
  };
  enter(root);
  while (stack.length > 0) {
    const top = stack.at(-1)!;
    const next = top.children.next();
    if (next.done) {
      stack.pop();
      onPath.delete(top.node);
      done.add(top.node);
      continue;
    }
    const child = next.value;
    if (child === null || typeof child !== 'object' || done.has(child)) continue;
    if (onPath.has(child)) return true;
    enter(child);
  }
  return false;
}

/**
 * Values that aliases may add to the data beyond those written. `maxAliasCount` counts aliases, not what they
 * stand for: 99 aliases of a list of 80,000 items passed it and gave every later walk (schema, semantic checks,
 * positions) 8 million values, seconds for a 1 MB file. With this bound the data is at most the written values plus
 * a constant, so everything after the parser stays linear in the file.
 */
const MAX_ALIAS_EXPANSION = 100_000;

/**
 * How many values the data holds counted once each (`written`: a collection an alias shares counts once) and, up
 * to `written + limit`, counted along every path (`expanded`). Both walks use an explicit stack and stop early, so
 * this costs O(written + limit) whatever the aliases would expand to.
 */
function aliasExpansion(root: unknown, limit: number): { written: number; expanded: number } {
  const children = (value: unknown): unknown[] => (value === null || typeof value !== 'object' ? [] : Array.isArray(value) ? value : Object.values(value));
  let written = 0;
  const seen = new Set<object>();
  for (const stack: unknown[] = [root]; stack.length > 0; ) {
    const value = stack.pop();
    written++;
    if (value !== null && typeof value === 'object') {
      if (seen.has(value)) continue;
      seen.add(value);
      for (const child of children(value)) stack.push(child);
    }
  }
  let expanded = 0;
  for (const stack: unknown[] = [root]; stack.length > 0 && expanded <= written + limit; ) {
    expanded++;
    for (const child of children(stack.pop())) stack.push(child);
  }
  return { written, expanded };
}

/** More compact collections than this opened on one line (`- - - x`) is a file no agreement is. */
const MAX_COMPACT_NESTING = 100;

/** The first line (1-based) that opens more than `limit` compact block collections (`- `, `? ` after its indent). */
function deepCompactLine(text: string, limit: number): { line: number } | undefined {
  let line = 1;
  let at = 0;
  while (at < text.length) {
    let i = at;
    while (text[i] === ' ') i++;
    let opened = 0;
    while ((text[i] === '-' || text[i] === '?') && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
      opened++;
      i += 2;
      while (text[i] === ' ' || text[i] === '\t') i++;
    }
    if (opened > limit) return { line };
    const end = text.indexOf('\n', i);
    if (end === -1) break;
    at = end + 1;
    line++;
  }
  return undefined;
}

/** Flow collections (`[`, `{`) nested deeper than this is a file no agreement is. */
const MAX_FLOW_NESTING = 100;

/**
 * Where flow collections first nest deeper than `limit`, in one pass. `yaml` gives up on deep brackets by catching
 * a stack overflow, so where it reports that (and how often) depends on how deep the caller's stack already is; a
 * count made before any parser runs gives one answer. Brackets count inside a flow collection, except in quotes,
 * and open one where a value starts (after the indentation, `- `, `? ` or `: `); comments are skipped. Brackets in a
 * block scalar's lines could be miscounted, but only a file with a hundred unclosed ones would be refused.
 */
function deepFlowPosition(text: string, limit: number): { line: number; column: number } | undefined {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      line++;
      lineStart = i + 1;
      continue;
    }
    if (quote !== undefined) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) {
        if (quote === "'" && text[i + 1] === "'") i++;
        else quote = undefined;
      }
      continue;
    }
    if (c === '#' && (i === lineStart || text[i - 1] === ' ' || text[i - 1] === '\t')) {
      const end = text.indexOf('\n', i);
      if (end === -1) break;
      i = end - 1;
      continue;
    }
    if (depth === 0 && (c === '[' || c === '{' || c === '"' || c === "'")) {
      // Outside a flow collection, only a bracket or quote that starts a value opens one.
      let j = i - 1;
      while (j >= lineStart && (text[j] === ' ' || text[j] === '\t')) j--;
      const startsValue = j < lineStart || ((text[j] === ':' || text[j] === '-' || text[j] === '?') && j < i - 1);
      if (!startsValue) continue;
      if (c === '"' || c === "'") {
        quote = c;
        continue;
      }
    }
    if (c === '[' || c === '{') {
      if (++depth > limit) return { line, column: i - lineStart + 1 };
    } else if (depth > 0) {
      if (c === ']' || c === '}') depth--;
      else if (c === '"' || c === "'") {
        // A quote starts a scalar only where one begins (the Customer's is plain text).
        let j = i - 1;
        while (j >= lineStart && (text[j] === ' ' || text[j] === '\t')) j--;
        if (j < lineStart || '[{,:'.includes(text[j]!)) quote = c;
      }
    }
  }
  return undefined;
}

/** A key written empty, `~` or `null` is "null" to js-yaml and "" to `yaml`; such rare texts take the full route. */
function hasNullKey(value: object): boolean {
  if (Array.isArray(value)) return value.some((item) => item !== null && typeof item === 'object' && hasNullKey(item));
  for (const key in value) {
    if (key === 'null') return true;
    const item = (value as Record<string, unknown>)[key];
    if (item !== null && typeof item === 'object' && hasNullKey(item)) return true;
  }
  return false;
}

/** `yaml`'s positions for a text the fast reader accepted, for the few ranges the parser events cannot give. */
function mapPositions(text: string, map: SourceMap): void {
  const lines = new LineCounter();
  const [doc] = parseAllDocuments(text, { lineCounter: lines, ...YAML_OPTIONS }) as Document.Parsed[];
  if (doc) mapSource(doc, lines, map, false);
}

/**
 * Parses agreement YAML text. Never throws: every problem becomes a diagnostic with a position.
 * Refuses several documents in one file, duplicate keys and alias bombs; `__proto__` keys stay plain data.
 */
export function parseYamlSource(text: string, file: string, limits: ParseLimits = DEFAULT_LIMITS, options: ParseOptions = {}): ParsedSource {
  const lines = new LineCounter();
  let document: Document.Parsed | undefined;
  let followAliases = false;
  const sourceMap = new SourceMap((map) => {
    if (document) mapSource(document, lines, map, followAliases);
  });
  const result: ParsedSource = { file, text, data: undefined, sourceMap, diagnostics: [] };
  const fail = (code: string, message: string, range: SourceRange): ParsedSource => {
    result.diagnostics.push(diagnostic(code, message, range, file));
    return result;
  };

  if (text.trim() === '') {
    return fail('empty-file', 'the file is empty; an agreement starts with `slaVersion: 1` and `kind: SupportAgreement` (run `sla init` for a complete one)', { line: 1, column: 1, endLine: 1, endColumn: 1 });
  }

  // YAML breaks lines only at LF: a file saved with CR alone (classic Mac) is one long line, often a comment.
  if (text.includes('\r') && !text.includes('\n')) {
    return fail('cr-line-endings', 'the lines of the file end in CR alone (classic Mac OS), which YAML does not read as line breaks; save it with LF (or CRLF) line endings', { line: 1, column: 1, endLine: 1, endColumn: 1 });
  }

  // `- - - … x` nests a sequence per dash on one line; 20,000 of them overflowed the stack inside `yaml`, which
  // limits only brackets. Counted in one pass before either parser sees the text.
  const compact = deepCompactLine(text, MAX_COMPACT_NESTING);
  if (compact) return fail('yaml-syntax', YAML_ERROR_MESSAGES.RESOURCE_EXHAUSTION!, { line: compact.line, column: 1, endLine: compact.line, endColumn: 2 });
  const flow = deepFlowPosition(text, MAX_FLOW_NESTING);
  if (flow) return fail('yaml-syntax', YAML_ERROR_MESSAGES.RESOURCE_EXHAUSTION!, { line: flow.line, column: flow.column, endLine: flow.line, endColumn: flow.column + 1 });

  const plain = options.fastPath === false ? undefined : readPlainDocument(text);
  if (plain) {
    result.data = plain.data;
    let full: SourceMap | undefined;
    const fromYaml = (pointer: string): SourceRange => {
      full ??= new SourceMap((map) => mapPositions(text, map));
      return full.get(pointer)?.value ?? full.rangeOf(pointer);
    };
    result.sourceMap = new SourceMap((map) => mapEventPositions(text, plain.events, plain.data, map, fromYaml));
    return result;
  }

  // Every problem `yaml` finds is an Error, and capturing its stack trace was a third of the time of a text with
  // many (200,000 duplicate keys: 5.5 → 3.8 s); the loader never shows those stacks.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let docs: Document.Parsed[] | undefined;
  let duplicates: YAMLParseError[] = [];
  try {
    const parsed = parseAllDocuments(text, { lineCounter: lines, ...YAML_OPTIONS, prettyErrors: false });
    docs = Array.isArray(parsed) ? (parsed as Document.Parsed[]) : undefined;
    if (docs?.length === 1) duplicates = duplicateKeyErrors(docs[0]!);
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  const documents = docs ?? [];
  if (documents.length === 0) {
    return fail('empty-file', 'the file has no YAML document, only comments or blank lines', { line: 1, column: 1, endLine: 1, endColumn: 1 });
  }
  if (documents.length > 1) {
    const second = documents[1]!;
    const start = second.range[0];
    return fail('multiple-documents', 'the file holds more than one YAML document (a `---` separator between them); put each agreement in a file of its own', rangeFrom(lines, start, start + 3));
  }
  const doc = documents[0]!;
  document = doc;

  for (const warning of doc.warnings) {
    result.diagnostics.push(diagnostic(`yaml-${warning.code.toLowerCase().replace(/_/g, '-')}`, describeYamlError(warning.code, warning.message), rangeFrom(lines, warning.pos[0], warning.pos[1]), file, 'warning'));
  }
  const errors = withDuplicateKeys(doc.errors, duplicates);
  if (errors.length > 0) {
    let tooDeep = false;
    const keyName = duplicateKeyNamer(text);
    for (const error of errors) {
      // Nesting too deep is a fact about the document, said once; the parser repeats it at every level it gives up.
      if (error.code === 'RESOURCE_EXHAUSTION') {
        if (tooDeep) continue;
        tooDeep = true;
      }
      const range = rangeFrom(lines, error.pos[0], error.pos[1]);
      if (error.code === 'DUPLICATE_KEY') {
        // The parser points at the key's first character; read the key up to its colon.
        const key = keyName(error.pos[0], error.pos[1]);
        result.diagnostics.push(diagnostic('duplicate-key', `the key \`${key}\` appears twice in the same mapping; each key may appear once, so remove or rename one of them`, range, file));
      } else {
        result.diagnostics.push(diagnostic('yaml-syntax', describeYamlError(error.code, error.message), range, file));
      }
    }
    return result;
  }

  try {
    result.data = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    const range = firstAliasRange(doc, lines) ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
    const text = (error as Error).message;
    if (/excessive alias count/i.test(text)) {
      return fail('alias-limit', `the document expands aliases (\`*name\`) more than ${limits.maxAliasCount} times, as an "alias bomb" does; write the values out or use fewer aliases`, range);
    }
    if (/unresolved alias/i.test(text)) {
      return fail('unresolved-alias', `${text.replace(/\.$/, '')}; define the anchor (\`&name\`) before using it`, unresolvedAliasRange(doc, lines) ?? range);
    }
    return fail('yaml-syntax', `the document could not be read: ${text}`, range);
  }
  // `&self [*self]` makes a collection that contains itself: data without end, which every walk over it would follow
  // until the stack overflows. Refused here, at the alias.
  if (containsItself(result.data)) {
    result.data = undefined;
    return fail('circular-alias', 'an alias (`*name`) stands inside the collection its anchor (`&name`) names, so the value would contain itself without end; write the value out', firstAliasRange(doc, lines) ?? START_OF_FILE);
  }
  if (text.includes('*')) {
    const { written, expanded } = aliasExpansion(result.data, MAX_ALIAS_EXPANSION);
    if (expanded > written + MAX_ALIAS_EXPANSION) {
      result.data = undefined;
      return fail('alias-limit', `the aliases (\`*name\`) of the document expand to more than ${MAX_ALIAS_EXPANSION.toLocaleString('en')} values beyond those written, as an "alias bomb" does; write the values out or use fewer aliases`, firstAliasRange(doc, lines) ?? START_OF_FILE);
    }
  }
  // Aliases are followed only once the alias limits have been checked.
  followAliases = true;

  if (result.data === null || typeof result.data !== 'object' || Array.isArray(result.data)) {
    const range = sourceMap.rangeOf('');
    result.data = undefined;
    return fail('not-a-mapping', 'the top level of an agreement must be a mapping of fields (`slaVersion: 1`, `kind: SupportAgreement`, ...), not a list or a single value', range);
  }
  return result;
}
