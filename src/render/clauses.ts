/**
 * The clause registry: every piece of fixed wording the default contract can print, with the data it is printed
 * for. Two kinds of wording exist:
 *
 * - template clauses: the literal text of `templates/default/*.hbs`, read from Handlebars' syntax tree together
 *   with the block helpers it sits in (`{{#if term}}`, `{{#each services}}`, `{{#if (eq term.renewal "automatic")}}`,
 *   a `{{default address "—"}}` fallback), each condition naming the view field it tests;
 * - view phrases: the fixed sentences and words `buildContractView` puts into the view (labels.ts, view.ts,
 *   words.ts), each with the view field it lands in.
 *
 * `src/render/view-sources.ts` maps view fields to the YAML fields they derive from; docs/render.md shows the
 * resulting clause → condition → YAML field table (scripts/generate.mjs), and test/render/clauses.test.ts fails when
 * a clause is printed under no condition with a known source. `contractSegments` and `clausePatterns` let the
 * provenance test (test/render/provenance.test.ts) match every sentence of a rendered contract to its clause.
 */
import Handlebars from 'handlebars';
import { marked, type Token, type Tokens } from 'marked';
import { LABEL_GROUPS, type LabelTable } from './labels.js';
import { escapeMarkdown } from './escape.js';
import { splitRow } from './layout.js';
import { SENTENCE_END, sentences } from './sentences.js';
import { viewFieldSources } from './view-sources.js';
import { shippedCatalog, SOURCE_LANGUAGE } from '../i18n/catalog.js';
import { messagePieces, messageTexts, type MessagePiece } from '../i18n/message-text.js';

export { sentences } from './sentences.js';

type AST = hbs.AST.Node;

/** A test a piece of wording is printed under. */
export interface ClauseCondition {
  /** The view fields the test reads, without `.length`: `term.renewal`, `services[].components`. */
  fields: string[];
  /** The test as the template writes it: `term`, `not term.renewalText`, `term.renewal = "automatic"`, `each services`. */
  test: string;
}

/** Literal text of a template line, or the part of it inside an inline block. */
export interface TemplateClause {
  template: string;
  line: number;
  /** The clause as printed, values as `{field}` and the parts inside inline blocks as `…`: `Time zone: {calendars[].timezoneText}.` */
  text: string;
  role: 'heading' | 'table header' | 'table cell' | 'list item' | 'sentence';
  /** Every block the clause sits in, outermost first. */
  conditions: ClauseCondition[];
}

/** Fixed wording the view builds in code. `{}` stands for a value (from the data, or another phrase). */
export interface ViewPhrase {
  text: string;
  /** The catalog key the phrase is written from (`words.duration.hour`), when it comes from the message catalogs. */
  key?: string;
  /** True for words `Intl` writes in the locale (weekday and month names), which no catalog holds. */
  intl?: boolean;
  /** The view field the phrase is put into: `firmness.response`, `severityLevels[].response.text`. */
  field: string;
  /** Where the wording is written: `labels.ts FIRMNESS_SENTENCES.response`. */
  origin: string;
  /** The YAML fields that decide this phrase, when fewer than the view field's (`from: response` for `counted from the response`). */
  yaml?: string[];
}

// ---------------------------------------------------------------------------------------------------------------
// Reading a template: lines of pieces, each line with the blocks it sits in.

export type Piece =
  | { kind: 'text'; text: string }
  | { kind: 'slot'; field: string }
  | { kind: 'alt'; options: Option[] };

export interface Option {
  conditions: ClauseCondition[];
  pieces: Piece[];
}

/** One line of template output: its pieces, and the multi-line blocks around it. */
export interface TemplateLine {
  template: string;
  line: number;
  conditions: ClauseCondition[];
  pieces: Piece[];
  /** True when the next line is a table delimiter row (`| --- |`): this line is the table's header. */
  header: boolean;
}

/** The words of a `{{plural n "hour"}}` in a template: a unit the helper prints after a number from the data. */
export interface HelperWord {
  template: string;
  line: number;
  words: string[];
  field: string;
}

interface Scope {
  /** The view path of each context, outermost first: '' (the view), `services[]` inside `{{#each services}}`. */
  contexts: string[];
}

const FLOW_HELPERS = new Set(['if', 'unless', 'each', 'with']);

function pathOf(node: hbs.AST.PathExpression, scope: Scope): string | undefined {
  if (node.data) {
    if (node.parts[0] !== 'root') return undefined; // @index, @first: positions, not data
    return node.parts.slice(1).join('.');
  }
  const base = scope.contexts[Math.max(0, scope.contexts.length - 1 - node.depth)] ?? '';
  const parts = node.parts.filter((part) => part !== 'this');
  const joined = [base, ...parts].filter(Boolean).join('.');
  return joined.replace(/\.length$/, '');
}

function literalText(node: AST): string | undefined {
  if (node.type === 'StringLiteral') return (node as hbs.AST.StringLiteral).value;
  if (node.type === 'NumberLiteral') return String((node as hbs.AST.NumberLiteral).value);
  if (node.type === 'BooleanLiteral') return String((node as hbs.AST.BooleanLiteral).value);
  return undefined;
}

/** A helper argument as a test: its fields and how the template writes it. */
function expression(node: AST, scope: Scope): { fields: string[]; text: string } {
  if (node.type === 'PathExpression') {
    const path = node as hbs.AST.PathExpression;
    const field = pathOf(path, scope);
    const length = path.parts.at(-1) === 'length' ? '.length' : '';
    return { fields: field ? [field] : [], text: field ? field + length : path.original };
  }
  if (node.type === 'SubExpression') {
    const sub = node as hbs.AST.SubExpression;
    const helper = (sub.path as hbs.AST.PathExpression).original;
    const args = sub.params.map((param) => expression(param, scope));
    const fields = args.flatMap((arg) => arg.fields);
    const texts = args.map((arg) => arg.text);
    const infix: Record<string, string> = { eq: '=', ne: '≠', gt: '>', and: 'and', or: 'or' };
    const text = helper === 'not' ? `not ${texts[0]}` : infix[helper] ? texts.join(` ${infix[helper]} `) : `${helper}(${texts.join(', ')})`;
    return { fields, text };
  }
  if (node.type === 'StringLiteral') return { fields: [], text: JSON.stringify((node as hbs.AST.StringLiteral).value) };
  return { fields: [], text: literalText(node) ?? '?' };
}

function negate(condition: ClauseCondition): ClauseCondition {
  const test = condition.test.startsWith('each ') ? `no ${condition.test.slice(5)}`
    : condition.test.startsWith('not ') && !/ (=|≠|>|and|or) /.test(condition.test) ? condition.test.slice(4)
    : / (=|≠|>|and|or) /.test(condition.test) ? `not (${condition.test})` : `not ${condition.test}`;
  return { fields: condition.fields, test };
}

/** Where a ContentStatement's value starts in its source, as a line number. */
function contentStartLine(node: hbs.AST.ContentStatement): number {
  // The type says StripFlags; Handlebars' parser puts the source text there.
  const { rightStripped, original } = node as unknown as { rightStripped?: boolean; original: string };
  const removed = rightStripped ? (/^[ \t]*\r?\n/.exec(original)?.[0] ?? /^\s*/.exec(original)![0]) : '';
  return node.loc.start.line + (removed.match(/\n/g)?.length ?? 0);
}

/**
 * Reads one template into output lines. A block that opens and closes on one line is an alternative inside that
 * line; a block over several lines adds its condition to each of its lines. Throws on a construct the registry
 * cannot account for, so the registry is never silently incomplete.
 */
export function templateLines(template: string, source: string): { lines: TemplateLine[]; helperWords: HelperWord[] } {
  const lines: TemplateLine[] = [];
  const helperWords: HelperWord[] = [];
  let current: { line: number; pieces: Piece[]; conditions: ClauseCondition[] } | undefined;

  const flush = () => {
    // A `<!-- section: name -->` line names the heading after it for links; layout.ts removes it, so it is no clause.
    const sectionMark = current?.pieces.length === 1 && current.pieces[0]!.kind === 'text' && /^\s*<!-- section: [a-z][a-z0-9-]* -->\s*$/.test(current.pieces[0]!.text);
    if (current && !sectionMark && current.pieces.some((p) => p.kind !== 'text' || p.text.trim() !== '')) {
      lines.push({ template, line: current.line, conditions: current.conditions, pieces: current.pieces, header: false });
    }
    current = undefined;
  };
  const within = (conditions: ClauseCondition[], condition: ClauseCondition) =>
    conditions.some((c) => c.test === condition.test) ? conditions : [...conditions, condition];
  const target = (line: number, conditions: ClauseCondition[]) => {
    if (!current) current = { line, pieces: [], conditions };
    return current.pieces;
  };

  /** The condition a block tests (for its main branch), and the scope inside it. */
  const blockTest = (block: hbs.AST.BlockStatement, scope: Scope): { condition: ClauseCondition; inner: Scope } => {
    const helper = (block.path as hbs.AST.PathExpression).original;
    if (!FLOW_HELPERS.has(helper)) throw new Error(`${template}:${block.loc.start.line}: the clause registry does not know the block helper {{#${helper}}}`);
    const argument = expression(block.params[0]!, scope);
    if (helper === 'each') {
      return { condition: { fields: argument.fields, test: `each ${argument.text}` }, inner: { contexts: [...scope.contexts, `${argument.fields[0]}[]`] } };
    }
    if (helper === 'with') return { condition: { fields: argument.fields, test: argument.text }, inner: { contexts: [...scope.contexts, argument.fields[0]!] } };
    const condition = { fields: argument.fields, test: argument.text };
    return { condition: helper === 'unless' ? negate(condition) : condition, inner: scope };
  };

  /** Pieces of a program that stays on one line. */
  const inlinePieces = (program: hbs.AST.Program | undefined, scope: Scope): Piece[] => {
    const pieces: Piece[] = [];
    for (const statement of program?.body ?? []) pieces.push(...inlineStatement(statement, scope));
    return pieces;
  };
  const inlineStatement = (statement: hbs.AST.Statement, scope: Scope): Piece[] => {
    switch (statement.type) {
      case 'ContentStatement': {
        const text = (statement as hbs.AST.ContentStatement).value;
        if (text.includes('\n')) throw new Error(`${template}:${statement.loc.start.line}: a line break inside an inline block`);
        return text ? [{ kind: 'text', text }] : [];
      }
      case 'CommentStatement': return [];
      case 'MustacheStatement': return mustache(statement as hbs.AST.MustacheStatement, scope);
      case 'BlockStatement': {
        const block = statement as hbs.AST.BlockStatement;
        const { condition, inner } = blockTest(block, scope);
        return [{
          kind: 'alt',
          options: [
            { conditions: [condition], pieces: inlinePieces(block.program, inner) },
            { conditions: [negate(condition)], pieces: inlinePieces(block.inverse, scope) },
          ],
        }];
      }
      default: throw new Error(`${template}:${statement.loc.start.line}: the clause registry does not know ${statement.type}`);
    }
  };
  const mustache = (node: hbs.AST.MustacheStatement, scope: Scope): Piece[] => {
    if (node.path.type !== 'PathExpression') throw new Error(`${template}:${node.loc.start.line}: a literal mustache`);
    const path = node.path as hbs.AST.PathExpression;
    if (node.params.length === 0) {
      const field = pathOf(path, scope);
      return [{ kind: 'slot', field: field ?? `@${path.parts.join('.')}` }];
    }
    const helper = path.original;
    if (helper === 't') return messageSlots(node, scope);
    const first = expression(node.params[0]!, scope);
    const field = first.fields[0] ?? first.text;
    if (helper === 'default') {
      const fallback = literalText(node.params[1]!);
      const condition = { fields: first.fields, test: first.text };
      return [{
        kind: 'alt',
        options: [
          { conditions: [condition], pieces: [{ kind: 'slot', field }] },
          { conditions: [negate(condition)], pieces: fallback ? [{ kind: 'text', text: fallback }] : [] },
        ],
      }];
    }
    if (helper === 'plural') {
      const words = node.params.slice(1).map(literalText).filter((w): w is string => w !== undefined);
      if (words.length === 1) words.push(`${words[0]}s`);
      helperWords.push({ template, line: node.loc.start.line, words, field });
    }
    return [{ kind: 'slot', field }];
  };

  /**
   * `{{t "key" name=field}}`: the English message of the key read as the line's pieces — its text, its placeholders
   * as the fields the hash gives them, and each select or plural as alternatives tested on that field.
   */
  const messageSlots = (node: hbs.AST.MustacheStatement, scope: Scope): Piece[] => {
    const key = literalText(node.params[0]!);
    const message = key === undefined ? undefined : shippedCatalog(SOURCE_LANGUAGE)[key];
    if (message === undefined) throw new Error(`${template}:${node.loc.start.line}: {{t}} names no message of locales/${SOURCE_LANGUAGE}/ (${JSON.stringify(key)})`);
    if (message.includes('\n')) throw new Error(`${template}:${node.loc.start.line}: the message ${key} spans lines; a message is one line of output`);
    const hash = new Map((node.hash?.pairs ?? []).map((pair) => [pair.key, pair.value]));
    const argument = (name: string): { fields: string[]; text: string; literal?: string } => {
      const value = hash.get(name);
      if (!value) throw new Error(`${template}:${node.loc.start.line}: {{t "${key}"}} gives no value for {${name}}`);
      const literal = literalText(value);
      return literal !== undefined ? { fields: [], text: JSON.stringify(literal), literal } : expression(value, scope);
    };
    const convert = (pieces: MessagePiece[]): Piece[] => pieces.map((piece): Piece => {
      if (piece.kind === 'text') return piece;
      const value = argument(piece.argument);
      if (piece.kind === 'slot') return value.literal !== undefined ? { kind: 'text', text: value.literal } : { kind: 'slot', field: value.fields[0] ?? value.text };
      const present = { fields: value.fields, test: value.text };
      return {
        kind: 'alt',
        options: piece.options.map((option) => {
          const exact = /^=(\d+)$/.exec(option.selector)?.[1] ?? (option.plural && option.selector === 'one' ? '1' : undefined);
          const condition = option.selector === 'none' ? negate(present)
            : option.selector === 'other' ? (option.plural ? { fields: value.fields, test: `${value.text} ≠ 1` } : present)
            : exact !== undefined ? { fields: value.fields, test: `${value.text} = ${exact}` }
            : { fields: value.fields, test: `${value.text} = ${JSON.stringify(option.selector)}` };
          return { conditions: [condition], pieces: convert(option.pieces) };
        }),
      };
    });
    return convert(messagePieces(message));
  };

  const walk = (program: hbs.AST.Program | undefined, scope: Scope, conditions: ClauseCondition[]) => {
    for (const statement of program?.body ?? []) {
      if (statement.type === 'ContentStatement') {
        const content = statement as hbs.AST.ContentStatement;
        let line = contentStartLine(content);
        const parts = content.value.split('\n');
        parts.forEach((part, index) => {
          if (index > 0) { flush(); line++; }
          if (part) target(line, conditions).push({ kind: 'text', text: part });
        });
        continue;
      }
      if (statement.type === 'BlockStatement' && statement.loc.start.line !== statement.loc.end.line) {
        const block = statement as hbs.AST.BlockStatement;
        if (current?.pieces.some((p) => p.kind !== 'text' || p.text.trim())) {
          throw new Error(`${template}:${block.loc.start.line}: a block over several lines must stand on its own line`);
        }
        flush();
        const { condition, inner } = blockTest(block, scope);
        walk(block.program, inner, within(conditions, condition));
        flush();
        walk(block.inverse, scope, within(conditions, negate(condition)));
        flush();
        continue;
      }
      if (statement.type === 'PartialStatement' || statement.type === 'CommentStatement') continue;
      target(statement.loc.start.line, conditions).push(...inlineStatement(statement, scope));
    }
  };
  walk(Handlebars.parse(source), { contexts: [''] }, []);
  flush();
  for (let i = 0; i + 1 < lines.length; i++) {
    const next = lines[i + 1]!.pieces[0];
    if (next?.kind === 'text' && /^\|\s*:?-{3,}/.test(next.text.trim())) lines[i]!.header = true;
  }
  return { lines, helperWords };
}

// ---------------------------------------------------------------------------------------------------------------
// Clauses: the literal sentences of each line.

const SLOT = '\uE000';
const ALT = '\uE001';
const BLOCK_MARKER = new RegExp(`^(?:#{1,6}\\s+|>\\s*|[-*+]\\s+|(?:\\d+|${SLOT})\\.\\s+)`);

/** Markdown emphasis out of a clause's text: `**{name}**` → `{name}`, `_Impact:_` → `Impact:`. */
function withoutEmphasis(text: string): string {
  return text.replace(/\*\*/g, '').replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '');
}

function joinPieces(pieces: Piece[], slotText: (field: string) => string): string {
  return pieces.map((p) => (p.kind === 'text' ? p.text : p.kind === 'slot' ? slotText(p.field) : ALT)).join('');
}

const HAS_WORD = /\p{L}/u;

/** Every literal clause of the default template's files, with the conditions it is printed under. */
export function templateClauses(templates: Record<string, string>): TemplateClause[] {
  const clauses: TemplateClause[] = [];
  for (const [template, source] of Object.entries(templates).sort(([a], [b]) => a.localeCompare(b))) {
    for (const line of templateLines(template, source).lines) {
      const fields: string[] = [];
      const visit = (pieces: Piece[], conditions: ClauseCondition[], top: boolean) => {
        let text = joinPieces(pieces, (field) => { fields.push(field); return `${SLOT}${fields.length - 1}${SLOT}`; });
        const table = text.trim().startsWith('|') || (!top && text.includes('|'));
        let role: TemplateClause['role'] = table ? (line.header ? 'table header' : 'table cell') : 'sentence';
        if (top && !table) {
          if (/^#{1,6}\s/.test(text)) role = 'heading';
          else if (/^(?:[-*+]\s|\d+\.\s|\uE000\d+\uE000\.\s)/.test(text)) role = 'list item';
          text = text.replace(/^(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+\.\s+|\uE000\d+\uE000\.\s+)/, '');
        }
        const segments = table ? text.split(/(?<!\\)\|/) : [text];
        for (const segment of segments) {
          for (const sentence of withoutEmphasis(segment).split(SENTENCE_END)) {
            const literal = sentence.replace(/\uE000\d+\uE000/g, '').replace(/\uE001/g, '');
            if (!HAS_WORD.test(literal)) continue;
            const shown = sentence.trim().replace(/\uE000(\d+)\uE000/g, (_, i: string) => `{${fields[Number(i)]}}`).replace(/\uE001+/g, '…');
            clauses.push({ template, line: line.line, text: shown, role, conditions });
          }
        }
        for (const piece of pieces) {
          if (piece.kind === 'alt') for (const option of piece.options) visit(option.pieces, [...conditions, ...option.conditions], false);
        }
      };
      visit(line.pieces, line.conditions, true);
    }
  }
  return clauses;
}

// ---------------------------------------------------------------------------------------------------------------
// Segments: the sentences and table cells of a line of Markdown, as a reader sees them.

function plainText(tokens: Token[] | undefined): string {
  return (tokens ?? []).map((token) => {
    const t = token as Tokens.Generic;
    if (t.tokens && t.tokens.length) return plainText(t.tokens);
    return token.type === 'escape' || token.type === 'text' || token.type === 'codespan' ? (t.text as string) : (t.raw as string);
  }).join('');
}

// A link to a section of the same document (`([section 9](#9-channels))`, or the template's `([§](#section:channels))`)
// is navigation, not a term: it is left out of the sentence it stands in. So is Pandoc's `{-}` (an unnumbered heading).
const SECTION_LINK = / ?\(\[[^\]]*\]\(#[^)\s]*\)\)|\[§\]\(#section:[a-z0-9-]+\)|\s+\{-\}$/g;

function inlinePlain(text: string): string {
  return plainText(marked.Lexer.lexInline(text.replace(SECTION_LINK, ''), { gfm: true })).replace(/\s+/g, ' ').trim();
}


/**
 * The sentences and table cells of one line of a contract, markup removed: what a reader takes for one statement.
 * `numberedHeadings` strips the numbers the layout puts before `##` and `###` headings. Delimiter rows give none.
 */
export function contractSegments(line: string, { numberedHeadings = false } = {}): string[] {
  const trimmed = line.trim();
  if (!trimmed) return [];
  if (trimmed.startsWith('|')) {
    const cells = splitRow(trimmed);
    if (cells.every((cell) => /^:?-+:?$/.test(cell))) return [];
    return cells.flatMap((cell) => sentences(inlinePlain(cell)));
  }
  let text = trimmed;
  const heading = /^#{1,6}\s+(.*)$/.exec(text);
  if (heading) {
    text = heading[1]!;
    if (numberedHeadings && /^##/.test(trimmed)) text = text.replace(/^\d+(?:\.\d+)*\.?\s+/, '');
    return sentences(inlinePlain(text));
  }
  text = text.replace(BLOCK_MARKER, '');
  return sentences(inlinePlain(text));
}

// ---------------------------------------------------------------------------------------------------------------
// Patterns: every sentence a template line can print, values as wildcards.

export interface ClausePattern {
  template: string;
  line: number;
  /** The sentence with `{}` for each value. */
  text: string;
  /** Matches the whole sentence; each group is one value (possibly empty: a value may end a sentence before it). */
  regex: RegExp;
  /** The longest literal part, to skip patterns that cannot match. */
  literal: string;
  /** The literal text between the values, trimmed: `parts.length - 1` values. */
  parts: string[];
}

const MAX_EXPANSIONS = 20_000;

function expansions(pieces: Piece[]): string[] {
  let results = [''];
  for (const piece of pieces) {
    if (piece.kind === 'text') results = results.map((r) => r + piece.text);
    else if (piece.kind === 'slot') results = results.map((r) => r + SLOT);
    else {
      const options = [...new Set(piece.options.flatMap((option) => expansions(option.pieces)))];
      results = results.flatMap((r) => options.map((o) => r + o));
    }
    if (results.length > MAX_EXPANSIONS) throw new Error('a template line with too many alternatives for the clause registry');
  }
  return [...new Set(results)];
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every sentence (or table cell) each line of the templates can print, as a pattern over the plain text. */
export function clausePatterns(templates: Record<string, string>): ClausePattern[] {
  const patterns = new Map<string, ClausePattern>();
  for (const [template, source] of Object.entries(templates)) {
    for (const line of templateLines(template, source).lines) {
      for (const expansion of expansions(line.pieces)) {
        for (const segment of contractSegments(expansion)) {
          const collapsed = segment.replace(new RegExp(`${SLOT}(?:\\s*${SLOT})*`, 'g'), SLOT);
          const parts = collapsed.split(SLOT);
          const literal = parts.reduce((a, b) => (b.trim().length > a.length ? b.trim() : a), '');
          if (!HAS_WORD.test(parts.join(''))) continue; // values and punctuation only: nothing fixed to match
          // A value may be empty, or may have ended the sentence before: the spaces around it are optional.
          const source = `^${parts.map((part) => escapeRegex(part.trim())).join('\\s*(.*?)\\s*')}$`;
          if (!patterns.has(source)) {
            patterns.set(source, {
              template, line: line.line, text: parts.join('{}'), regex: new RegExp(source, 'su'), literal, parts: parts.map((part) => part.trim()),
            });
          }
        }
      }
    }
  }
  return [...patterns.values()];
}

// ---------------------------------------------------------------------------------------------------------------
// View phrases: what buildContractView writes itself.

const TARGETS = ['tiers[].targets.*.response', 'tiers[].targets.*.update', 'tiers[].targets.*.resolution', 'requestTypes[].response'];

/** The phrases of every message of a label table (`labels.status.*`), each of its texts (a policy's `Customer` too). */
function labelPhrases(table: LabelTable, field: string): ViewPhrase[] {
  const prefix = LABEL_GROUPS[table];
  return Object.keys(shippedCatalog(SOURCE_LANGUAGE)).filter((key) => key.startsWith(prefix)).flatMap((key) => message(key, field, `labels.ts ${table}`));
}

/** The English texts of a catalog message, as phrases of a view field. */
function message(key: string, field: string, origin: string, yaml?: string[]): ViewPhrase[] {
  const source = shippedCatalog(SOURCE_LANGUAGE)[key];
  if (source === undefined) throw new Error(`the clause registry names \`${key}\`, which locales/${SOURCE_LANGUAGE}/ does not have`);
  return messageTexts(source).map((text) => ({ text, key, field, origin: `${origin} (${key})`, ...(yaml && { yaml }) }));
}

/** Every phrase the view builds in code, with the view field it lands in. */
export const VIEW_PHRASES: readonly ViewPhrase[] = [
  ...(['response', 'update', 'resolution'] as const).flatMap((kind) => [
    ...labelPhrases(`${kind}Firmness`, `firmness.${kind}`),
    ...labelPhrases(`${kind}Firmness`, `tierFirmness.${kind}`),
  ]),
  ...labelPhrases('availabilityFirmness', 'availability.firmnessText'),
  ...labelPhrases('assignedBy', 'severityAssignment.assignedByText'),
  ...labelPhrases('firmness', 'severityLevels[].response.firmnessText'),
  ...labelPhrases('gap', 'severityLevels[].response.gap'),
  ...labelPhrases('deadline', 'severityLevels[].response.words'),
  ...message('view.tiers.targetRow', 'tierTargetRows[].label', 'view.ts tierTargetRows'),
  ...labelPhrases('status', 'document.statusLabel'),
  ...labelPhrases('environment', 'services[].environment'),
  ...labelPhrases('dependencyKind', 'services[].dependencies[].kind'),
  ...labelPhrases('ownedBy', 'services[].dependencies[].ownedBy'),
  ...labelPhrases('included', 'scope.included[].label'),
  ...labelPhrases('excluded', 'scope.excluded[].label'),
  ...labelPhrases('requestCategory', 'requestTypes[].categoryLabel'),
  ...labelPhrases('responsibility', 'clientResponsibilities[].label'),
  ...labelPhrases('metricCategory', 'monitoring.metrics[].category'),
  ...labelPhrases('reviewTopic', 'review.topics[].label'),
  ...labelPhrases('channelType', 'channels[].typeLabel'),
  ...labelPhrases('role', 'contacts[].roles'),
  ...labelPhrases('criticality', 'tiers[].criticality'),
  ...labelPhrases('frequency', 'review.frequency'),
  ...labelPhrases('party', 'contacts[].party'),
  ...labelPhrases('fee', 'fees[].forLabel'),
  ...labelPhrases('holidaySet', 'calendars[].holidaySets[]'),
  ...labelPhrases('holidaysOf', 'calendars[].holidaysOf'),

  // view.ts: the document and its parties.
  ...message('view.document.noun', 'document.noun', 'view.ts document.noun'),
  ...message('view.document.clientNoun', 'document.clientNoun', 'view.ts document.clientNoun'),
  // view.ts: targets, in the severity table, the tier comparison and the request types alike.
  ...message('view.target.text', 'severityLevels[].resolution.text', 'view.ts targetView', [
    'tiers[].targets.*.resolution.kind', 'tiers[].targets.*.resolution.from',
    'tiers[].targets.*.response.outsideHours', 'tiers[].targets.*.resolution.outsideHours', 'requestTypes[].response.outsideHours',
  ]),
  ...message('view.target.outsideHours', 'severityLevels[].response.outsideHours', 'view.ts targetView', [
    'tiers[].targets.*.response.outsideHours', 'tiers[].targets.*.resolution.outsideHours', 'requestTypes[].response.outsideHours',
  ]),
  ...message('view.target.withFirmness', 'severityLevels[].response.text', 'view.ts withFirmness', TARGETS.map((t) => `${t}.firmness`)),
  ...message('view.target.hoursUnstated', 'severityLevels[].response.words', 'view.ts timeWords', TARGETS.map((t) => `${t}.calendar`)),
  ...message('view.time.every', 'severityLevels[].update.text', 'view.ts everyWords', ['tiers[].targets.*.update.every']),
  ...message('view.time.onCalendar', 'severityLevels[].response.words', 'view.ts onCalendar'),
  ...message('view.range.sameUnit', 'severityLevels[].response.words', 'view.ts rangeWords'),
  ...message('view.range.between', 'severityLevels[].response.words', 'view.ts rangeWords'),
  ...message('view.coverage.included', 'requestTypes[].coverageText', 'view.ts requestTypes coverageText'),
  ...message('view.coverage.changeOrder', 'requestTypes[].coverageText', 'view.ts requestTypes coverageText'),
  ...message('view.coverage.capped', 'requestTypes[].coverageText', 'view.ts requestTypes coverageText'),
  ...message('view.coverage.cap', 'requestTypes[].coverageText', 'view.ts requestTypes coverageText'),
  ...message('view.coverage.notCovered', 'requestTypes[].coverageText', 'view.ts requestTypes coverageText'),
  ...['severityLevels[].appliesTo', 'clientResponsibilities[].appliesTo'].flatMap((field) => message('view.appliesTo', field, 'view.ts appliesTo')),
  ...message('view.tiers.optimisation', 'tiers[].proactiveOptimisation', 'view.ts tierView'),
  ...message('view.channels.allSeverities', 'channels[].severities', 'view.ts channels (no severities listed)'),
  // view.ts: calendars and holidays.
  ...message('view.holiday.open', 'calendars[].holidays[].hoursText', 'view.ts holidayHours'),
  ...message('view.holiday.closed', 'calendars[].holidays[].hoursText', 'view.ts holidayHours'),
  ...message('view.holiday.yearly', 'calendars[].recurringHolidays[].when', 'view.ts recurringWords'),
  ...message('view.holiday.weekdayOfMonth', 'calendars[].recurringHolidays[].when', 'view.ts recurringWords (week, weekday)'),
  ...['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
    .map((text) => ({ text, field: 'calendars[].recurringHolidays[].when', origin: 'words.ts monthName (Intl)', intl: true })),
  ...['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
    .map((text) => ({ text, field: 'calendars[].weekly[].days', origin: 'words.ts dayName (Intl)', intl: true })),
  ...['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((text) => ({ text, field: 'calendars[].hoursText', origin: 'words.ts dayName (Intl)', intl: true })),
  ...message('words.days.range', 'calendars[].weekly[].days', 'words.ts weeklyHours'),
  ...message('words.hours.alwaysOpen', 'calendars[].hoursText', 'words.ts calendarHoursShort'),
  ...message('words.hours.unstated', 'calendars[].hoursText', 'words.ts calendarHoursShort'),
  ...message('words.zone.place', 'calendars[].timezoneText', 'words.ts zoneWords'),
  ...message('words.zone.unstated', 'calendars[].timezoneText', 'words.ts timezoneWords'),
  ...message('words.zone.clientLocal', 'calendars[].timezoneText', 'words.ts timezoneWords'),
  // words.ts: durations, lists, money.
  ...['day', 'hour', 'minute'].flatMap((unit) => [
    ...message(`words.duration.${unit}`, 'severityLevels[].response.words', 'words.ts durationWords'),
    ...message(`words.duration.business${unit[0]!.toUpperCase()}${unit.slice(1)}`, 'severityLevels[].response.words', 'words.ts durationWords'),
  ]),
  ...message('words.duration.alwaysOpen', 'severityLevels[].response.words', 'words.ts durationWithCalendar'),
  ...message('words.duration.withHours', 'severityLevels[].response.words', 'words.ts durationWithCalendar'),
  { text: '{} and {}', field: 'severityLevels[].response.words', origin: 'words.ts durationWords, listWords (Intl)', intl: true },
  { text: '{} or {}', field: 'channels[].severities', origin: 'words.ts listWords (Intl)', intl: true },
  ...message('words.money.per', 'tiers[].price', 'words.ts moneyWords'),
  ...message('view.term.months', 'term.initialText', 'view.ts term'),
  ...message('words.duration.day', 'term.noticeText', 'view.ts term, availabilityView'),
  // summary.ts: the summary's own words.
  ...message('view.summary.anySeverity', 'summary.routes', 'summary.ts channelRoutes'),
  ...message('view.summary.worstCase', 'summary.worstCase', 'summary.ts worstCaseSentence'),
  ...message('view.summary.worstCaseAnyHour', 'summary.worstCase', 'summary.ts worstCaseSentence'),
  ...message('view.summary.moment', 'summary.worstCase', 'summary.ts moment'),
  // view.ts: availability.
  { text: 'period', field: 'availability.creditPeriod', origin: 'view.ts availabilityView (measurementWindow: unstated)' },
  ...message('view.availability.below', 'availability.serviceCredits[].belowText', 'view.ts availabilityView'),
  ...message('view.availability.downtimeRange', 'availability.downtimeText', 'view.ts availabilityView'),
  ...message('view.availability.convention', 'availability.convention', 'view.ts availabilityView'),
  ...message('view.duration.second', 'availability.downtimeText', 'summary.ts elapsedWords'),
];

// ---------------------------------------------------------------------------------------------------------------
// The clause → condition → YAML field table of docs/render.md (written by scripts/generate.mjs).

function markdownText(text: string): string {
  // Values stay code (`{calendars[].name}`); the literal text around them is escaped for a table cell.
  return text.split(/(\{[^}]*\})/).map((part, i) => {
    if (i % 2) return `\`${part}\``;
    const [, before, middle, after] = /^(\s*)(.*?)(\s*)$/s.exec(part)!;
    return `${before ? ' ' : ''}${escapeMarkdown(middle!)}${after ? ' ' : ''}`;
  }).join('');
}

function yamlFields(fields: readonly string[], yaml?: readonly string[]): string {
  const sources = [...new Set(yaml ?? fields.flatMap((field) => viewFieldSources(field) ?? []))];
  return sources.length ? sources.map((s) => `\`${s}\``).join(', ') : '—';
}

/**
 * Markdown tables: for each template file, every clause with the conditions it is printed under (outermost first)
 * and the YAML fields its innermost condition reads; then every phrase the view writes, with its view field.
 */
export function clauseTable(templates: Record<string, string>): string {
  const clauses = templateClauses(templates);
  const out: string[] = [];
  for (const template of [...new Set(clauses.map((c) => c.template))]) {
    out.push(`#### \`${template}.hbs\``, '', '| Line | Clause | Printed when | From the YAML |', '| ---: | --- | --- | --- |');
    for (const clause of clauses.filter((c) => c.template === template)) {
      const innermost = [...clause.conditions].reverse().find((c) => c.fields.some((field) => viewFieldSources(field)));
      const when = clause.conditions.map((c) => `\`${c.test}\``).join(' › ') || 'always';
      out.push(`| ${clause.line} | ${markdownText(clause.text)} | ${when} | ${innermost ? yamlFields(innermost.fields) : '—'} |`);
    }
    out.push('');
  }
  out.push('#### Phrases the view writes', '', '| Phrases | View field | Written in | From the YAML |', '| --- | --- | --- | --- |');
  const groups = new Map<string, { origin: string; field: string; yaml?: string[]; texts: string[] }>();
  for (const phrase of VIEW_PHRASES) {
    const key = `${phrase.origin}\n${phrase.field}\n${phrase.yaml}`;
    const group = groups.get(key) ?? { origin: phrase.origin, field: phrase.field, ...(phrase.yaml && { yaml: phrase.yaml }), texts: [] };
    if (!group.texts.includes(phrase.text)) group.texts.push(phrase.text);
    groups.set(key, group);
  }
  for (const { origin, field, yaml, texts } of groups.values()) {
    out.push(`| ${texts.map((t) => markdownText(t.replace(/\{\}/g, '{…}'))).join(' · ')} | \`${field}\` | ${escapeMarkdown(origin)} | ${yamlFields([field], yaml)} |`);
  }
  return `${out.join('\n')}\n`;
}
