/**
 * Contract templates: a directory of Handlebars files, `contract.hbs` plus one partial per section
 * (`cover.hbs`, `scope.hbs`, ...). A custom directory overrides any of them by file name; the rest come from the
 * default template. Templates are compiled once and can render any number of agreements.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { TemplateDelegate } from 'handlebars';
import { readErrorReason } from '../util/file-errors.js';
import { parse as parseMessage } from '@formatjs/icu-messageformat-parser';
import type { Catalog } from '../i18n/catalog.js';
import { HELPERS, HelperError } from './helpers.js';
import { defaultTemplateDirectory } from './package-root.js';

export const ROOT_TEMPLATE = 'contract';
const TEMPLATE_NAME = /^[a-z0-9][a-z0-9-]*$/;
const EXTENSION = '.hbs';
const MAX_PARTIAL_DEPTH = 50;
/** Partial calls in one render: 31 partials each including the next twice would otherwise make 2^30 calls. */
export const MAX_PARTIAL_CALLS = 10_000;
/** Characters of output from one render (or from any partial or helper within it). */
export const MAX_OUTPUT_CHARS = 10 * 1024 * 1024;
/** Blocks (`{{#if}}`, `{{#each}}`, …) inside one another in one file, checked when the template loads. */
export const MAX_BLOCK_DEPTH = 100;

/** A template problem: where it is (file, line, column) and what is wrong. */
export class TemplateError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(`${file}${line ? `:${line}${column ? `:${column}` : ''}` : ''}: ${message}`);
    this.name = 'TemplateError';
  }
}

export interface TemplateFile {
  /** The partial name: the file name without `.hbs`. */
  name: string;
  /** Absolute path of the file. */
  path: string;
  /** True when it comes from the custom directory rather than the default template. */
  custom: boolean;
  source: string;
}

export interface ContractTemplate {
  /** Every file in effect, by name. */
  files: TemplateFile[];
  /** SHA-256 over the names and contents of the files in effect, so a rendered document can say what produced it. */
  sha256: string;
  /**
   * The custom template's own messages (`messages.json` in its directory: a key → ICU message object), which
   * `{{t}}` looks up before the shipped catalogs; undefined when it has none.
   */
  messages?: Catalog;
  /**
   * Renders a view (already escaped) with the root file, `contract.hbs`, or with another file of the template
   * (`summary-page` for `sla render --summary-only`). Throws TemplateError naming the template file and line.
   */
  render(view: object, entry?: string): string;
}

export interface TemplateOptions {
  /** A directory whose `*.hbs` files replace or add to the default template's. */
  directory?: string;
  /** Where the default template lives; tests point it elsewhere. */
  defaultDirectory?: string;
}

/** Reads the `*.hbs` files of a directory, refusing names that are not plain and files that lead outside it. */
async function readTemplateDirectory(directory: string, custom: boolean): Promise<TemplateFile[]> {
  const info = await stat(directory).catch(() => undefined);
  if (!info) throw new TemplateError('no such template directory', directory);
  if (!info.isDirectory()) throw new TemplateError('not a directory; --template takes a directory of .hbs files', directory);
  const real = await realpath(directory);
  const entries = (await readdir(directory, { withFileTypes: true }).catch((error: unknown) => {
    throw new TemplateError(`cannot read the template directory: ${readErrorReason(error)}`, directory);
  })).filter((e) => e.name.endsWith(EXTENSION)).sort((a, b) => (a.name < b.name ? -1 : 1));
  const files: TemplateFile[] = [];
  for (const entry of entries) {
    const file = path.join(directory, entry.name);
    const name = entry.name.slice(0, -EXTENSION.length);
    if (!TEMPLATE_NAME.test(name)) throw new TemplateError('template file names are lower-case letters, digits and hyphens, ending in .hbs', file);
    // A symlink may point anywhere; the template may only use files inside its directory.
    const target = await realpath(file);
    if (path.relative(real, target).startsWith('..') || path.isAbsolute(path.relative(real, target))) {
      throw new TemplateError('links to a file outside the template directory', file);
    }
    if (!(await stat(target)).isFile()) continue;
    const source = await readFile(target, 'utf8').catch((error: unknown) => {
      throw new TemplateError(`cannot read the template file: ${readErrorReason(error)}`, file);
    });
    files.push({ name, path: file, custom, source });
  }
  return files;
}

/** The most messages a custom template's messages.json may hold. */
const MAX_TEMPLATE_MESSAGES = 10_000;

/**
 * A custom template's `messages.json`, when it has one: a flat object of message keys to ICU messages, each checked
 * to parse so that a broken message is reported when the template loads, with its key.
 */
async function readTemplateMessages(directory: string): Promise<Catalog | undefined> {
  const file = path.join(directory, 'messages.json');
  const info = await stat(file).catch(() => undefined);
  if (!info) return undefined;
  if (!info.isFile()) throw new TemplateError('messages.json must be a file of message keys and ICU messages', file);
  if (info.size > 4 * 1024 * 1024) throw new TemplateError('messages.json is larger than 4 MB', file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new TemplateError(`cannot read messages.json: ${error instanceof SyntaxError ? `not JSON (${error.message})` : readErrorReason(error)}`, file);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new TemplateError('messages.json must be an object of message keys to ICU messages, e.g. {"cover.title": "Support terms"}', file);
  const entries = Object.entries(parsed as Record<string, unknown>);
  if (entries.length > MAX_TEMPLATE_MESSAGES) throw new TemplateError(`messages.json has more than ${MAX_TEMPLATE_MESSAGES} messages`, file);
  const messages: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [key, message] of entries) {
    if (typeof message !== 'string') throw new TemplateError(`message \`${key}\` must be text (an ICU message), got ${Array.isArray(message) ? 'a list' : typeof message}`, file);
    try {
      parseMessage(message, { ignoreTag: true });
    } catch (error) {
      throw new TemplateError(`message \`${key}\` is not an ICU message: ${(error as Error).message}`, file);
    }
    messages[key] = message;
  }
  return messages;
}

interface HandlebarsLikeError extends Error {
  lineNumber?: number;
  column?: number;
}

/** `"nope" not defined in [object Object] - 4:16` → `"nope" is not a field here`. */
function cleanMessage(error: HandlebarsLikeError): string {
  const message = error.message.replace(/ - \d+:\d+$/, '');
  const missing = /^"([^"]+)" not defined in /.exec(message);
  if (missing) return `"${missing[1]}" is not defined here (a misspelt field, or one the view does not have; see docs/render.md)`;
  const partial = /^The partial (.+) could not be found$/.exec(message);
  if (partial) return `there is no partial named "${partial[1]}" (partials are the .hbs files of the template directory)`;
  return message.replace(/^Parse error on line \d+:\n?/, 'syntax error:\n');
}

/** Thrown for a path through a field that is missing or null (`{{a.b.c}}` where `a.b` is null): Handlebars reads on. */
class NullPathError extends Error {
  constructor(readonly property: string, parent: unknown) {
    super(`cannot read "${property}" of ${parent === null ? 'null' : 'a missing field'}: the field before it is missing or null (test it with {{#if}} first)`);
  }
}

/** The one line of `source` whose mustaches use the path segment `name`; undefined when none or several do. */
function fieldLine(source: string, name: string): number | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const use = new RegExp(`\\{\\{[^}]*(?<![\\w-])${escaped}(?![\\w-])`);
  const lines = source.split('\n').flatMap((line, index) => (use.test(line) ? [index + 1] : []));
  return lines.length === 1 ? lines[0] : undefined;
}

/**
 * The deepest nesting of blocks in a file, without parsing it: Handlebars' parser takes seconds and then overflows
 * the stack on thousands of nested blocks, so such a file is refused first. Comments are skipped; the line is where
 * the nesting first goes deeper than `limit`.
 */
function scanBlockDepth(source: string, limit: number): number | undefined {
  const text = source.replace(/\{\{!--[\s\S]*?--~?\}\}|\{\{![\s\S]*?\}\}/g, (comment) => comment.replace(/[^\n]/g, ' '));
  let depth = 0;
  for (const match of text.matchAll(/(?<!\\)\{\{~?(#|\^(?!\s*~?\}\})|\/)/g)) {
    depth += match[1] === '/' ? -1 : 1;
    if (depth > limit) return text.slice(0, match.index).split('\n').length;
  }
  return undefined;
}

interface AstNode {
  type: string;
  body?: AstNode[];
  program?: AstNode;
  inverse?: AstNode & { chained?: boolean };
  loc?: { start: { line: number; column: number } };
}

/** The first block nested deeper than `limit` in a parsed file; `{{else if}}` chains count as one level. */
function deepBlock(program: AstNode | undefined, depth: number, limit: number): AstNode | undefined {
  for (const node of program?.body ?? []) {
    if (node.type !== 'BlockStatement' && node.type !== 'PartialBlockStatement' && node.type !== 'DecoratorBlock') continue;
    if (depth + 1 > limit) return node;
    const found = deepBlock(node.program, depth + 1, limit) ?? deepBlock(node.inverse, node.inverse?.chained ? depth : depth + 1, limit);
    if (found) return found;
  }
  return undefined;
}

/** The first line of `source` that uses the partial `name`: Handlebars does not say where a missing partial was called. */
function partialCallLine(source: string, name: string): number | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const index = source.split('\n').findIndex((line) => new RegExp(`\\{\\{~?#?>\\s*${escaped}(?=[\\s}~])`).test(line));
  return index === -1 ? undefined : index + 1;
}

/** Names the template file (and line) of an error from Handlebars or a helper, once: the innermost file wins. */
function locate(error: unknown, file: TemplateFile): TemplateError {
  if (error instanceof TemplateError) return error;
  const e = error as HandlebarsLikeError;
  const parse = /^Parse error on line (\d+):/.exec(e?.message ?? '');
  if (parse) return new TemplateError(cleanMessage(e), file.path, Number(parse[1]));
  const partial = /^The partial (.+) could not be found$/.exec(e?.message ?? '');
  if (partial) return new TemplateError(cleanMessage(e), file.path, partialCallLine(file.source, partial[1]!));
  if (error instanceof HelperError) return new TemplateError(error.message, file.path, error.loc?.start.line, error.loc ? error.loc.start.column + 1 : undefined);
  if (typeof e?.lineNumber === 'number') return new TemplateError(cleanMessage(e), file.path, e.lineNumber, (e.column ?? 0) + 1);
  if (error instanceof NullPathError) return new TemplateError(error.message, file.path, fieldLine(file.source, error.property));
  // A JavaScript error with no place of its own (Handlebars' runtime, a stack overflow): the file, and the line when
  // the name it mentions is used on one line only.
  const property = /\(reading '([^']+)'\)|operator to search for '([^']+)'/.exec(e?.message ?? '');
  const name = property?.[1] ?? property?.[2];
  return new TemplateError(e?.message ?? String(error), file.path, name ? fieldLine(file.source, name) : undefined);
}

/** Loads and compiles a contract template: the default, with any files of `options.directory` in their place. */
export async function loadContractTemplate(options: TemplateOptions = {}): Promise<ContractTemplate> {
  const [{ default: Handlebars }, { precompiledTemplates, templateCompileOptions }] = await Promise.all([import('handlebars'), import('../generated/default-templates.js')]);
  const byName = new Map<string, TemplateFile>();
  for (const file of await readTemplateDirectory(options.defaultDirectory ?? defaultTemplateDirectory(), false)) byName.set(file.name, file);
  if (options.directory) for (const file of await readTemplateDirectory(options.directory, true)) byName.set(file.name, file);
  const files = [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
  const root = byName.get(ROOT_TEMPLATE);
  if (!root) throw new TemplateError(`the template has no ${ROOT_TEMPLATE}${EXTENSION}`, options.directory ?? options.defaultDirectory ?? 'templates/default');

  const hb = Handlebars.create();
  // Per render: partial calls so far, the file being rendered (to say who called a partial) and the partial depth.
  let calls = 0;
  let current: TemplateFile = root;
  let depth = 0;
  const tooLong = (what: string) => `${what} more than ${MAX_OUTPUT_CHARS / (1024 * 1024)} MB of text; does a partial or an {{#each}} repeat far more than intended?`;

  // Helpers: a JavaScript error inside one (a value of an unexpected kind) is reported at the helper's line, and
  // what any helper writes counts towards the output limit. Block helpers (`#if`, `#each`) also run their contents,
  // whose errors pass through with their own place.
  type AnyHelper = (this: unknown, ...args: unknown[]) => unknown;
  const guard = (name: string, helper: AnyHelper, block: boolean): AnyHelper => function (this: unknown, ...args: unknown[]) {
    const loc = (args.at(-1) as { loc?: HelperError['loc'] } | undefined)?.loc;
    let result: unknown;
    if (block) {
      result = helper.apply(this, args);
    } else {
      try {
        result = helper.apply(this, args);
      } catch (error) {
        if (error instanceof HelperError || error instanceof TemplateError || typeof (error as HandlebarsLikeError)?.lineNumber === 'number') throw error;
        throw new HelperError(`{{${name}}} failed: ${(error as Error)?.message ?? String(error)}`, loc);
      }
    }
    if (typeof result === 'string' && result.length > MAX_OUTPUT_CHARS) throw new HelperError(tooLong(`{{${name}}} wrote`), loc);
    return result;
  };
  for (const [name, helper] of Object.entries(HELPERS)) hb.registerHelper(name, guard(name, helper as AnyHelper, false));
  // The built-in `log` writes to the console (stdout, into `-o -` output); a template is text, never code.
  hb.registerHelper('log', (...args: unknown[]) => {
    const options = args.at(-1) as { loc?: HelperError['loc'] };
    throw new HelperError('{{log}} is not available in contract templates: a template writes only the document', options.loc);
  });
  for (const name of ['lookup']) hb.registerHelper(name, guard(name, hb.helpers[name] as AnyHelper, false));
  for (const name of ['if', 'unless', 'each', 'with']) hb.registerHelper(name, guard(name, hb.helpers[name] as AnyHelper, true));

  // Handlebars' strict mode tests a field with `name in value`, a TypeError without a line when the value is text or
  // a number (`{{document.title.x}}`), and reads `a.b` of a null `a` as a TypeError too. Each compiled template's
  // runtime container gets checks that say which field, with its line where Handlebars knows it.
  type Container = { strict(obj: unknown, name: string, loc: unknown): unknown; lookupProperty(parent: unknown, name: string): unknown };
  const hardened = new WeakSet<object>();
  const harden = (container: Container) => {
    if (hardened.has(container)) return;
    hardened.add(container);
    const lookupProperty = container.lookupProperty;
    container.lookupProperty = (parent, name) => {
      if (parent === null || parent === undefined) throw new NullPathError(name, parent);
      return lookupProperty(parent, name);
    };
    container.strict = (obj, name, loc) => {
      if (!obj || !(name in Object(obj))) throw new hb.Exception(`"${name}" not defined in ${String(obj)}`, { loc } as never);
      return container.lookupProperty(obj, name);
    };
  };
  const baseTemplate = hb.template.bind(hb);
  hb.template = ((spec: { main: (container: Container, ...rest: unknown[]) => unknown }) => baseTemplate({
    ...spec,
    main(this: unknown, container: Container, ...rest: unknown[]) {
      harden(container);
      return spec.main.call(this, container, ...rest);
    },
  } as never)) as typeof hb.template;

  const compiled = new Map<string, TemplateDelegate>();
  for (const file of files) {
    // A file that is still the default's text uses the spec precompiled at build time (compiling the default
    // template took ~100 ms a run); any other file is parsed now, so a syntax error or blocks nested too deep are
    // reported when the template loads, with its file and line.
    const precompiled = precompiledTemplates[file.name];
    let template: TemplateDelegate;
    if (precompiled && precompiled.source === file.source) {
      template = hb.template(precompiled.spec);
    } else {
      const tooDeep = `blocks are nested more than ${MAX_BLOCK_DEPTH} deep`;
      const scanned = scanBlockDepth(file.source, MAX_BLOCK_DEPTH);
      if (scanned !== undefined) throw new TemplateError(tooDeep, file.path, scanned);
      let ast: AstNode;
      try {
        ast = hb.parse(file.source) as unknown as AstNode;
      } catch (error) {
        throw locate(error, file);
      }
      const deep = deepBlock(ast, 0, MAX_BLOCK_DEPTH);
      if (deep) throw new TemplateError(tooDeep, file.path, deep.loc?.start.line, deep.loc ? deep.loc.start.column + 1 : undefined);
      template = hb.compile(file.source, { ...templateCompileOptions }); // Handlebars adds its defaults to the object it is given
    }
    compiled.set(file.name, template);
    if (file.name !== ROOT_TEMPLATE) {
      hb.registerPartial(file.name, ((context: unknown, partialOptions: object) => {
        if (depth >= MAX_PARTIAL_DEPTH) {
          throw new TemplateError(`partials are nested more than ${MAX_PARTIAL_DEPTH} deep; does ${file.name}${EXTENSION} include itself, directly or through another partial?`, file.path);
        }
        if (++calls > MAX_PARTIAL_CALLS) {
          throw new TemplateError(
            `partials were called more than ${MAX_PARTIAL_CALLS} times; does ${path.basename(current.path)} include ${file.name}${EXTENSION} repeatedly (or in a long loop)?`,
            current.path,
            partialCallLine(current.source, file.name),
          );
        }
        const caller = current;
        current = file;
        depth++;
        try {
          const output = template(context, partialOptions as Parameters<TemplateDelegate>[1]);
          if (output.length > MAX_OUTPUT_CHARS) throw new TemplateError(tooLong('the partial wrote'), file.path);
          return output;
        } catch (error) {
          throw locate(error, file);
        } finally {
          depth--;
          current = caller;
        }
      }) as unknown as TemplateDelegate);
    }
  }

  const messages = options.directory ? await readTemplateMessages(options.directory) : undefined;
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file.name}\0${file.source}\0`);
  if (messages) hash.update(`messages.json\0${JSON.stringify(messages)}\0`);
  const render = compiled.get(ROOT_TEMPLATE)!;
  return {
    files,
    sha256: hash.digest('hex'),
    ...(messages && { messages }),
    render(view: object, entry?: string): string {
      const file = entry === undefined ? root : files.find((f) => f.name === entry);
      const template = entry === undefined ? render : compiled.get(entry);
      if (!file || !template) throw new TemplateError(`the template has no file ${entry}${EXTENSION}`, root.path);
      calls = 0;
      depth = 0;
      current = file;
      try {
        const output = template(view, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
        if (output.length > MAX_OUTPUT_CHARS) throw new TemplateError(tooLong('the document is'), file.path);
        return output;
      } catch (error) {
        throw locate(error, file);
      }
    },
  };
}
