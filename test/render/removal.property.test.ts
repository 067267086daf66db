// Removal property (issue 13): take each example and transcribed policy, remove one optional field at a time
// (a property its schema object does not require, or an item of a list), and render before and after. What the
// removed field carried disappears and nothing else changes: the words of the new contract are the old contract's
// words with some left out (no word added, none reworded), and a distinctive string of the removed field (12
// characters or more, found nowhere else in the document) is gone. A removal that makes the document invalid is
// skipped. Each document is deterministic: every kind of optional field is tried at its first occurrences.
import { describe, expect, it } from 'vitest';
import { validateAgreement } from '../../src/agreement.js';
import { parseYamlSource } from '../../src/load/parse-yaml.js';
import { SourceMap } from '../../src/load/source-map.js';
import { escapeMarkdown, loadContractTemplate, renderMarkdown, type ContractTemplate } from '../../src/render/index.js';
import { agreementSchema } from '../../src/schema.js';
import { agreementFiles, type AgreementFile } from './provenance-support.js';

/**
 * Fields whose removal legitimately changes words rather than only removing them. Each must still render and its
 * distinctive strings must still go; the words may change, or (with `mayAdd`) only these words may be added.
 */
const SUBSTITUTIONS: { path: RegExp; why: string; mayAdd?: string[] }[] = [
  // Without a legal name the party is called by its short name: every mention changes, not only the introduction.
  { path: /^parties\.(provider|client)\.legalName$/, why: 'the display name falls back to the short name' },
  // Dates, numbers and money are written in the document's locale (default en-GB).
  { path: /^locale$/, why: 'dates, numbers and money are written for the default locale instead' },
  // The client's tier falls back to the first tier: the targets shown are that tier's.
  { path: /^serviceTier$/, why: 'the client tier falls back to the first tier' },
  // Without a month convention the downtime is a range over every month length instead of one figure.
  { path: /^availability\.monthConvention$/, why: 'the downtime becomes a range over the month conventions' },
  // Firmness is one sentence when every target of a kind in a table agrees, else a word in each cell: removing one
  // target's firmness moves the others' from the sentence into their cells.
  { path: /^tiers\[\]\.targets\.\*\.(response|update|resolution)\.firmness$/, why: 'firmness moves into each cell', mayAdd: ['commitment', 'objective', 'commercially', 'reasonable', 'efforts', 'best', 'effort'] },
  // A channel that lists no severities (or tiers) takes all of them: its cell says All.
  { path: /^channels\[\]\.(severities|tiers)(\[\])?$/, why: 'a channel without a list serves all', mayAdd: ['all'] },
  // A holiday without opening hours is closed all day (the schema's meaning): its Hours cell says Closed.
  { path: /^calendars\[\]\.holidays\[\]\.open(\[\])?$/, why: 'a holiday without open hours is closed', mayAdd: ['closed'] },
  // Weekdays with the same hours are written as one run (Monday to Friday, Mon–Fri 09:00–17:00): taking a day out
  // of the middle splits the run, and each part repeats the hours.
  { path: /^calendars\[\]\.hours\[\]\.days\[\]$/, why: 'runs of weekdays are rewritten' },
  // Weekly hours with a zone of their own count in that zone; without it, in the calendar's zone, where they join
  // (and regroup with) the calendar's other hours.
  { path: /^calendars\[\]\.hours\[\]\.timezone$/, why: 'the hours then count in the calendar\'s own zone' },
  // `threshold` is the rule in the author's words, `thresholdHours` the same limit as a number for lint: the
  // contract prints the words, and the hours only when there are no words.
  { path: /^changeOrders\.threshold$/, why: 'the hours are printed when the words are gone' },
  // `noticeDays` is notice of the changes `description` names, or of every change when it names none: without the
  // description the notice sentence speaks of every change.
  { path: /^amendments\.description$/, why: 'the notice then covers every change' },
  // With one tier left, the comparison is introduced as that tier's summary rather than as a choice of tiers.
  { path: /^tiers\[\]$/, why: 'one tier is introduced differently from several' },
];

/** How many occurrences of each kind of optional field (its path with list indices as `[]`) are tried per document. */
const PER_KIND = 2;

const DOCUMENTS: AgreementFile[] = [...agreementFiles('examples'), ...agreementFiles('test/corpus')];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];
type SchemaNode = Record<string, unknown>;

const schema = agreementSchema as SchemaNode;
const defs = schema.$defs as Record<string, SchemaNode>;

/** Nodes that apply only under a condition (`then`, `else`, one of `anyOf`/`oneOf`): their `required` is not the field's. */
const conditional = new WeakSet<SchemaNode>();

/** A schema node with its `$ref`, `allOf`, `anyOf`/`oneOf` and `if`/`then`/`else` branches followed: every node that may apply. */
function applicable(node: SchemaNode | undefined, underCondition = false): SchemaNode[] {
  if (!node || typeof node !== 'object') return [];
  if (underCondition) conditional.add(node);
  const ref = node.$ref as string | undefined;
  const nodes = [node, ...(ref ? applicable(defs[ref.split('/').pop()!], underCondition) : [])];
  for (const branch of (node.allOf as SchemaNode[] | undefined) ?? []) nodes.push(...applicable(branch, underCondition));
  for (const key of ['anyOf', 'oneOf'] as const) for (const branch of (node[key] as SchemaNode[] | undefined) ?? []) nodes.push(...applicable(branch, true));
  for (const key of ['then', 'else'] as const) nodes.push(...applicable(node[key] as SchemaNode | undefined, true));
  return nodes;
}

/** What the schema object requires whatever the document says; a conditional requirement shows up as an invalid removal. */
function requiredOf(nodes: SchemaNode[]): Set<string> {
  return new Set(nodes.filter((n) => !conditional.has(n)).flatMap((n) => (n.required as string[] | undefined) ?? []));
}

function childSchema(nodes: SchemaNode[], key: string | number): SchemaNode[] {
  const children: SchemaNode[] = [];
  for (const node of nodes) {
    // What a conditional node says of its children is conditional too (`then: { properties: { channels: … } } }`).
    const underCondition = conditional.has(node);
    if (typeof key === 'number') { children.push(...applicable(node.items as SchemaNode | undefined, underCondition)); continue; }
    const property = (node.properties as Record<string, SchemaNode> | undefined)?.[key];
    if (property) { children.push(...applicable(property, underCondition)); continue; }
    for (const [pattern, value] of Object.entries((node.patternProperties as Record<string, SchemaNode> | undefined) ?? {})) {
      if (new RegExp(pattern, 'u').test(key)) children.push(...applicable(value, underCondition));
    }
    if (node.additionalProperties && typeof node.additionalProperties === 'object') {
      children.push(...applicable(node.additionalProperties as SchemaNode, underCondition));
    }
  }
  return children;
}

/** `tiers[].targets.*.response.firmness`: the kind of field a path points at. */
function kindOf(path: Path, data: Json): string {
  let node: Json = data;
  const parts: string[] = [];
  for (const key of path) {
    const parentIsTargets = parts.at(-1) === 'targets';
    parts.push(typeof key === 'number' ? '[]' : parentIsTargets ? '*' : key);
    node = (node as Record<string, Json>)[key as string]!;
  }
  return parts.join('.').replace(/\.\[\]/g, '[]');
}

/** Every optional field of the document: properties not required by their schema object, and list items. */
function optionalFields(data: Json): Path[] {
  const found: Path[] = [];
  const visit = (value: Json, nodes: SchemaNode[], path: Path) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        found.push([...path, index]);
        visit(item, childSchema(nodes, index), [...path, index]);
      });
    } else if (value && typeof value === 'object') {
      const required = requiredOf(nodes);
      for (const [key, item] of Object.entries(value)) {
        if (!required.has(key)) found.push([...path, key]);
        visit(item, childSchema(nodes, key), [...path, key]);
      }
    }
  };
  visit(data, applicable(schema), []);
  // Deterministic sample: the first occurrences of each kind of field.
  const seen = new Map<string, number>();
  return found.filter((path) => {
    const kind = kindOf(path, data);
    const count = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, count);
    return count <= PER_KIND;
  });
}

function without(data: Json, path: Path): { data: Json; removed: Json } {
  const copy = structuredClone(data);
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path.at(-1)!;
  const removed = parent[last]!;
  if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete parent[last];
  return { data: copy, removed };
}

function strings(value: Json): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/**
 * The contract's words, lower-case, without heading numbers, list numbers and table padding, and without a plural
 * `s` (a lead-in agrees in number with its list): what "the same text" means here.
 */
function words(markdown: string): string[] {
  const text = markdown.split('\n').map((line) => line.replace(/^(#{2,6})\s+\d+(?:\.\d+)*\.?\s+/, '$1 ').replace(/^\d+\.\s+/, '')).join('\n');
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => word.replace(/(?<=\p{L}{3})s$/u, ''));
}

function occurrences(text: string, value: string): number {
  return text.split(value).length - 1;
}

/** Where `shorter` is not `longer` with words left out: the first word of `shorter` that has no place in `longer`, with context. */
function addedWords(longer: string[], shorter: string[]): string | undefined {
  let j = 0;
  for (let i = 0; i < shorter.length; i++) {
    while (j < longer.length && longer[j] !== shorter[i]) j++;
    if (j === longer.length) return `…${shorter.slice(Math.max(0, i - 8), i).join(' ')} [${shorter.slice(i, i + 6).join(' ')}]…`;
    j++;
  }
  return undefined;
}

/**
 * The contract without its summary: the summary restates the sections (and links to them by number), so removing a
 * field rewords it by design (an answer becomes "not defined", a section number moves). summary.test.ts checks
 * that the summary follows each change.
 */
async function render(data: Json, file: string, template: ContractTemplate): Promise<string | undefined> {
  const result = validateAgreement({ file, text: '', data, sourceMap: new SourceMap(), diagnostics: [] });
  if (!result.ok) return undefined;
  const agreement = { ...result.agreement!, presentation: { ...result.agreement!.presentation, summary: false } };
  return renderMarkdown(agreement, { template });
}

const dotted = (path: Path) => path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('').replace(/^\./, '');

describe('removing an optional field removes its text and changes nothing else', () => {
  it.each(DOCUMENTS.map((d) => [d.name, d] as const))('%s', async (_, document) => {
    const template = await loadContractTemplate();
    const data = parseYamlSource(document.text, document.name).data as Json;
    const before = await render(data, document.name, template);
    expect(before, `${document.name} does not validate`).toBeDefined();
    const beforeWords = words(before!);
    const problems: string[] = [];
    let tried = 0;
    for (const path of optionalFields(data)) {
      const { data: changed, removed } = without(data, path);
      const after = await render(changed, document.name, template);
      if (after === undefined) continue; // required here after all (a reference, a kind-dependent field): not optional
      tried++;
      const where = dotted(path);
      const kind = kindOf(path, data);
      const remaining = strings(changed).join('\n');
      // A distinctive value goes: gone entirely, or (when the template or a label has the same words) fewer times.
      for (const value of strings(removed).filter((s) => s.trim().length >= 12 && !remaining.includes(s.trim()))) {
        const escaped = escapeMarkdown(value);
        const left = occurrences(after, escaped);
        if (left > 0 && left >= occurrences(before!, escaped)) problems.push(`${where}: "${value.slice(0, 60)}" still appears`);
      }
      const substitution = SUBSTITUTIONS.find((s) => s.path.test(kind));
      if (substitution && !substitution.mayAdd) {
        expect(after.length, `${where} renders`).toBeGreaterThan(0);
        continue;
      }
      const allowed = new Set(substitution?.mayAdd ?? []);
      const added = addedWords(beforeWords, words(after).filter((word) => !allowed.has(word)));
      if (added) problems.push(`${where}: added or reworded ${added}`);
    }
    expect(tried, 'removals tried').toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  it('keeps its exception list to fields the documents have', () => {
    const kinds = new Set(DOCUMENTS.flatMap((d) => {
      const data = parseYamlSource(d.text, d.name).data as Json;
      return optionalFields(data).map((path) => kindOf(path, data));
    }));
    for (const substitution of SUBSTITUTIONS) expect([...kinds].some((kind) => substitution.path.test(kind)), String(substitution.path)).toBe(true);
  });
});
