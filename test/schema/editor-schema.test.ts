// The agreement schema as editors see it: VS Code's JSON support and yaml-language-server (the YAML extension's
// server) read `markdownDescription` for hovers, `examples` and `defaultSnippets` for completion, and
// `patternErrorMessage` instead of the raw regular expression. Checked here with Ajv (every snippet and example is
// valid where it is offered) and with yaml-language-server's own language service, driven in-process with the
// schema associated to `*.sla.yaml` as a user's `yaml.schemas` setting does (docs/editor-schema.md).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs build script without types
import { EDITOR_KEYWORDS as GENERATOR_KEYWORDS } from '../../scripts/generate.mjs';
import { loadAgreementText } from '../../src/agreement.js';
import { agreementSchema, EDITOR_KEYWORDS } from '../../src/schema.js';
import { ROOT } from '../helpers/example.js';

type Node = Record<string, unknown>;
const schema = agreementSchema as Node;
const SCHEMA_FILE = path.join(ROOT, 'schemas/sla.schema.json');
const EXAMPLES = readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.sla.yaml')).sort();
const MAPS = new Set(['properties', '$defs', 'patternProperties']);

/** Every schema object with its JSON pointer, keyword positions only (a property *named* `examples` is a schema). */
function* schemaNodes(node: unknown, pointer = ''): Generator<[string, Node]> {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return;
  const s = node as Node;
  yield [pointer, s];
  for (const [key, value] of Object.entries(s)) {
    if (key === 'examples' || key === 'defaultSnippets' || key === 'enum' || key === 'const') continue;
    const at = `${pointer}/${key}`;
    if (MAPS.has(key)) for (const [name, child] of Object.entries(value as Node)) yield* schemaNodes(child, `${at}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    else if (Array.isArray(value)) for (const [i, child] of value.entries()) yield* schemaNodes(child, `${at}/${i}`);
    else yield* schemaNodes(value, at);
  }
}

/** A snippet body as the text the user ends up with: `${1:4h}` becomes `4h`, a bare tab stop `$1` nothing. */
function filledIn(body: unknown): unknown {
  if (typeof body === 'string') return body.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{?\d+\}?/g, '');
  if (Array.isArray(body)) return body.map(filledIn);
  if (body && typeof body === 'object') return Object.fromEntries(Object.entries(body).map(([k, v]) => [filledIn(k) as string, filledIn(v)]));
  return body;
}

/** A snippet's insert text as the user ends up with it, placeholders filled with their defaults. */
function filledInText(snippet: string): string {
  return snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{?\d+\}?/g, '').replace(/\\([$}\\])/g, '$1');
}

function ajv() {
  const instance = new Ajv2020.default({ strict: true, strictTypes: false, strictRequired: false, allErrors: true });
  instance.addVocabulary([...EDITOR_KEYWORDS]);
  instance.addSchema(schema);
  return instance;
}

describe('the schema for editors: its keywords', () => {
  it('registers the same editor keywords in the generator and the library', () => {
    expect([...EDITOR_KEYWORDS]).toEqual(GENERATOR_KEYWORDS);
  });

  it('gives every `pattern` a human `patternErrorMessage` ("Must be …."), never the regular expression', () => {
    const patterns = [...schemaNodes(schema)].filter(([, node]) => typeof node.pattern === 'string');
    expect(patterns.length).toBeGreaterThanOrEqual(10);
    for (const [pointer, node] of patterns) {
      const message = node.patternErrorMessage;
      expect(message, pointer).toMatch(/^Must be .+\.$/);
      expect(message, pointer).not.toContain(String(node.pattern));
      expect(message, pointer).not.toMatch(/[\\^$]|\(\?/);
    }
    const messages = Object.fromEntries(patterns.map(([pointer, node]) => [pointer, node.patternErrorMessage]));
    expect(messages['/$defs/duration']).toMatch(/4h.*not words such as 4 hours or 2 business days/);
    expect(messages['/$defs/id']).toMatch(/kebab-case/);
  });

  it('has a `markdownDescription` wherever the description uses code, and wherever a $ref would lend its own', () => {
    const missing: string[] = [];
    for (const [pointer, node] of schemaNodes(schema)) {
      if (typeof node.description !== 'string') continue;
      if ((node.description.includes('`') || node.$ref) && typeof node.markdownDescription !== 'string') missing.push(pointer);
      // The plain description stays for clients without Markdown, saying the same.
      if (typeof node.markdownDescription === 'string') expect(node.markdownDescription.startsWith(node.description), pointer).toBe(true);
    }
    expect(missing).toEqual([]);
  });

  it('offers examples for the main value types and snippets for the main sections', () => {
    const defs = schema.$defs as Record<string, Node>;
    for (const name of ['id', 'duration', 'date', 'timeWindow', 'timezone', 'email', 'money', 'durationRange']) expect(defs[name]!.examples, name).toBeInstanceOf(Array);
    const properties = schema.properties as Record<string, Node>;
    for (const name of ['id', 'version', 'locale', 'serviceTier']) expect(properties[name]!.examples, name).toBeInstanceOf(Array);
    expect((properties.availability!.properties as Record<string, Node>).target!.examples).toContain(99.5);
    expect((schema.defaultSnippets as Node[]).map((s) => s.label)).toEqual(['Support agreement', 'Support policy']);
    for (const name of ['parties', 'term', 'scope', 'availability', 'review', 'monitoring', 'maintenance', 'changeOrders']) expect(properties[name]!.defaultSnippets, name).toBeInstanceOf(Array);
    // A list's snippets sit on its items: yaml-language-server 1.25 offers them with the `- ` itself, while a list
    // body in a list's own defaultSnippets comes out as `- 0:` at some positions.
    for (const name of ['services', 'calendars', 'severityLevels', 'tiers', 'channels', 'escalation', 'requestTypes', 'definitions', 'clientResponsibilities', 'fees', 'signatures']) {
      expect(properties[name]!.defaultSnippets, name).toBeUndefined();
      expect((properties[name]!.items as Node).defaultSnippets, `${name} items`).toBeInstanceOf(Array);
    }
  });

  it('every `examples` value and every `defaultSnippets` body validates against the schema it sits in (Ajv)', () => {
    const instance = ajv();
    const checked: string[] = [];
    for (const [pointer, node] of schemaNodes(schema)) {
      const values = [
        ...((node.examples as unknown[] | undefined) ?? []).map((value, i) => [`${pointer}/examples/${i}`, value] as const),
        ...((node.defaultSnippets as Node[] | undefined) ?? []).map((snippet, i) => [`${pointer}/defaultSnippets/${i} (${String(snippet.label)})`, filledIn(snippet.body)] as const),
      ];
      if (!values.length) continue;
      const validate = instance.compile({ $ref: `${String(schema.$id)}#${pointer}` });
      for (const [where, value] of values) {
        checked.push(where);
        expect(validate(value), `${where}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
    }
    expect(checked.length).toBeGreaterThan(60);
  });

  it('the whole-document snippets are agreements `sla validate` accepts, references included', () => {
    for (const snippet of schema.defaultSnippets as Node[]) {
      const text = `# yaml-language-server: $schema=../schemas/sla.schema.json\n${JSON.stringify(filledIn(snippet.body), null, 2)}\n`;
      const result = loadAgreementText(text, 'snippet.sla.yaml');
      expect(result.diagnostics.filter((d) => d.severity === 'error'), String(snippet.label)).toEqual([]);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// yaml-language-server, in-process: the same language service the VS Code YAML extension runs.

const require = createRequire(import.meta.url);
const yamlServerEntry = require.resolve('yaml-language-server');
const { getLanguageService } = require('yaml-language-server') as typeof import('yaml-language-server');
// Its own copy of the text-document type, resolved from the server's folder.
const { TextDocument } = createRequire(yamlServerEntry)('vscode-languageserver-textdocument') as typeof import('vscode-languageserver-textdocument');

const SCHEMA_URI = pathToFileURL(SCHEMA_FILE).href;
type LanguageService = ReturnType<typeof getLanguageService>;
type TextDoc = ReturnType<typeof TextDocument.create>;
let service: LanguageService;
let version = 0;

/** A document at `examples/<name>`, so `*.sla.yaml` matches it and its modeline's relative path resolves. */
function documentOf(text: string, name = 'agreement.sla.yaml'): TextDoc {
  return TextDocument.create(pathToFileURL(path.join(ROOT, 'examples', name)).href, 'yaml', ++version, text);
}

/** The text without the example's modeline, so the schema comes from the `*.sla.yaml` association alone. */
function withoutModeline(text: string): string {
  return text.replace(/^# yaml-language-server: \$schema=.*\n/, '');
}

function positionIn(doc: TextDoc, needle: string, offset = 0) {
  const index = doc.getText().indexOf(needle);
  if (index === -1) throw new Error(`not found: ${needle}`);
  return doc.positionAt(index + offset);
}

const standard = () => readFileSync(path.join(ROOT, 'examples/standard-customer-service-assistant.sla.yaml'), 'utf8');

describe('the schema in yaml-language-server', () => {
  beforeAll(() => {
    service = getLanguageService({
      // Only our schema is ever asked for; nothing is fetched from the network.
      schemaRequestService: async (uri) => {
        if (uri === SCHEMA_URI) return readFileSync(SCHEMA_FILE, 'utf8');
        throw new Error(`unexpected schema request: ${uri}`);
      },
      workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).href },
    });
    service.configure({ validate: true, hover: true, completion: true, schemas: [{ uri: SCHEMA_URI, fileMatch: ['*.sla.yaml', '*.sla.yml'], name: 'SLA agreement' }] });
  });

  it.each(EXAMPLES)('%s gets no schema diagnostics (associated by file name, and by its modeline)', async (example) => {
    const text = readFileSync(path.join(ROOT, 'examples', example), 'utf8');
    expect(await service.doValidation(documentOf(withoutModeline(text), example), false)).toEqual([]);
    expect(await service.doValidation(documentOf(text, example), false)).toEqual([]);
  });

  it('a bad duration gets the human message, at the value', async () => {
    const doc = documentOf(standard().replace('response: { within: 8h,', 'response: { within: 2 business days,'));
    const diagnostics = await service.doValidation(doc, false);
    const duration = (schema.$defs as Record<string, Node>).duration!;
    expect(diagnostics.map((d) => d.message)).toEqual([duration.patternErrorMessage]);
    expect(diagnostics[0]!.message).not.toContain('^(?:');
    expect(diagnostics[0]!.range.start).toEqual(positionIn(doc, '2 business days'));
  });

  it('a bad id and a bad time window get theirs', async () => {
    const doc = documentOf(standard().replace('  - id: portal\n', '  - id: Web_Portal\n').replace('open: ["09:00-12:30", "13:30-17:30"]', 'open: ["9:00-12:30", "13:30-17:30"]'));
    const messages = (await service.doValidation(doc, false)).map((d) => d.message);
    const defs = schema.$defs as Record<string, Node>;
    expect(messages).toEqual(expect.arrayContaining([defs.id!.patternErrorMessage, defs.timeWindow!.patternErrorMessage]));
    expect(messages.join('\n')).not.toMatch(/does not match the pattern/i);
  });

  it('hover on a field shows its markdownDescription, and the examples', async () => {
    const doc = documentOf(standard());
    const properties = schema.properties as Record<string, Node>;
    const hover = await service.doHover(doc, positionIn(doc, 'effectiveDate:', 2));
    expect(hover?.contents).toMatchObject({ kind: 'markdown' });
    expect((hover?.contents as { value: string }).value).toContain(String(properties.effectiveDate!.markdownDescription));
    const within = await service.doHover(doc, positionIn(doc, 'within: 8h', 2));
    const text = (within?.contents as { value: string }).value;
    expect(text).toContain('The time, e.g. `30m`, `4h`, `1d`.');
    expect(text).toContain('1h30m'); // from the duration's examples
  });

  it('completion at a top-level position offers the whole-document snippets, which give a valid agreement', async () => {
    const atStart = await service.doComplete(documentOf(''), { line: 0, character: 0 }, false);
    const labels = atStart.items.map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['Support agreement', 'Support policy', 'tiers', 'severityLevels', 'calendars', 'parties']));
    for (const label of ['Support agreement', 'Support policy']) {
      const item = atStart.items.find((candidate) => candidate.label === label)!;
      const inserted = filledInText(item.insertText ?? '');
      expect(loadAgreementText(inserted, 'new.sla.yaml').diagnostics.filter((d) => d.severity === 'error'), label).toEqual([]);
      expect(await service.doValidation(documentOf(inserted), false), label).toEqual([]);
    }
  });

  it('completion of a section value offers its snippet, and the result validates', async () => {
    const base = withoutModeline(standard()).replace(/^term:\n(?: {2}.*\n)+/m, '');
    const doc = documentOf(`${base}term: `);
    const items = (await service.doComplete(doc, doc.positionAt(doc.getText().length), false)).items;
    const term = items.find((item) => item.label === 'Term with automatic renewal')!;
    const text = `${base}term: ${filledInText(term.insertText ?? '')}\n`;
    expect(parse(text).term).toEqual({ initialMonths: 12, renewal: 'automatic', renewalMonths: 12, noticeDays: 60 });
    expect(await service.doValidation(documentOf(text), false)).toEqual([]);
  });

  it('completion inside a list offers its item snippets, and the result validates', async () => {
    const base = withoutModeline(standard());
    for (const [list, label] of [['tiers', 'Tier'], ['severityLevels', 'Severity level'], ['calendars', 'Business-hours calendar'], ['channels', 'Channel'], ['escalation', 'Escalation step']] as const) {
      const text = base.replace(new RegExp(`^${list}:\\n`, 'm'), `${list}:\n  - \n`);
      const doc = documentOf(text);
      const position = positionIn(doc, `${list}:\n  - `, `${list}:\n  - `.length);
      const items = (await service.doComplete(doc, position, false)).items;
      const item = items.find((candidate) => candidate.label === label);
      expect(item, `${list}: ${items.map((i) => i.label).join(', ')}`).toBeDefined();
      // The snippet continues the item on the lines below, indented to the item's fields.
      const inserted = filledInText(item!.insertText ?? '').replace(/\n/g, '\n  ');
      const edited = text.replace(`${list}:\n  - \n`, `${list}:\n  - ${inserted}\n`);
      const fresh = parse(edited)[list][0];
      expect(fresh, list).toEqual(filledIn((((schema.properties as Record<string, Node>)[list]!.items as Node).defaultSnippets as Node[]).find((s) => s.label === label)!.body));
      // Schema-valid in the editor (a new tier or level may still draw lint's or semantics' notes, e.g. a duplicate id).
      expect(await service.doValidation(documentOf(edited), false), list).toEqual([]);
    }
  });
});

describe('docs/editor-schema.md and the SchemaStore entry', () => {
  const docs = readFileSync(path.join(ROOT, 'docs/editor-schema.md'), 'utf8');
  const catalog = JSON.parse(readFileSync(path.join(ROOT, 'docs/schemastore-catalog.json'), 'utf8')) as Record<string, unknown>;
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; files: string[]; exports: Record<string, unknown> };

  it('is a SchemaStore catalog entry for *.sla.yaml and *.sla.yml at the schema the package ships', () => {
    expect(Object.keys(catalog).sort()).toEqual(['description', 'fileMatch', 'name', 'url']);
    expect(catalog.fileMatch).toEqual(['*.sla.yaml', '*.sla.yml']);
    expect(catalog.url).toBe(`https://cdn.jsdelivr.net/npm/${pkg.name}/schemas/sla.schema.json`);
    expect(pkg.files).toContain('schemas');
    expect(pkg.exports['./schema.json']).toBe('./schemas/sla.schema.json');
    for (const example of EXAMPLES) expect(example).toMatch(/\.sla\.ya?ml$/);
  });

  it('shows the entry, the VS Code setting and the Ajv keywords as they are', () => {
    const blocks = [...docs.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => [m[1]!, m[2]!] as const);
    const jsonBlocks = blocks.filter(([lang]) => lang === 'json').map(([, body]) => JSON.parse(body));
    expect(jsonBlocks).toContainEqual(catalog);
    expect(jsonBlocks).toContainEqual({ 'yaml.schemas': { [`./node_modules/${pkg.name}/schemas/sla.schema.json`]: catalog.fileMatch } });
    expect(docs).toContain(`ajv.addVocabulary(${JSON.stringify(EDITOR_KEYWORDS).replace(/"/g, "'").replace(/,/g, ', ')});`);
    const duration = (schema.$defs as Record<string, Node>).duration!;
    expect(docs).toContain(String(duration.patternErrorMessage));
    // The modeline the examples carry.
    expect(docs).toContain('# yaml-language-server: $schema=../schemas/sla.schema.json');
  });
});
