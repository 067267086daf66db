import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContractTemplate, renderMarkdown, TemplateError } from '../../src/render/index.js';
import { MAX_BLOCK_DEPTH, MAX_OUTPUT_CHARS, MAX_PARTIAL_CALLS } from '../../src/render/template.js';
import { exampleText } from '../helpers/example.js';
import { agreementFrom } from './support.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'sla-template-limits-'));
let count = 0;

function templateDir(files: Record<string, string>): string {
  const dir = path.join(tmp, `t${++count}`);
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const standard = agreementFrom(exampleText());

async function renderError(files: Record<string, string>): Promise<TemplateError> {
  const error = await renderMarkdown(standard, { template: templateDir(files) }).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(TemplateError);
  return error as TemplateError;
}

async function loadError(files: Record<string, string>): Promise<TemplateError> {
  const error = await loadContractTemplate({ directory: templateDir(files) }).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(TemplateError);
  return error as TemplateError;
}

describe('template limits', () => {
  it('stop 31 partials that each include the next twice (2^30 calls) at the partial-call budget', async () => {
    const files: Record<string, string> = { 'contract.hbs': '{{> fan-0}}\n', 'fan-30.hbs': 'leaf {{leaf}}\n' };
    for (let i = 0; i < 30; i++) files[`fan-${i}.hbs`] = `{{> fan-${i + 1}}}\n{{> fan-${i + 1}}}\n`;
    const template = await loadContractTemplate({ directory: templateDir(files) });
    // Each leaf reads `leaf`, so the getter counts how many leaves ran before the render gave up.
    let leaves = 0;
    const view = { get leaf() { leaves++; return ''; } };
    let error: unknown;
    try {
      template.render(view);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).message).toMatch(new RegExp(`fan-\\d+\\.hbs:[12]: partials were called more than ${MAX_PARTIAL_CALLS} times; does fan-\\d+\\.hbs include fan-\\d+\\.hbs repeatedly`));
    expect((error as TemplateError).file).toMatch(/fan-\d+\.hbs$/);
    expect(leaves).toBeGreaterThan(0);
    expect(leaves).toBeLessThanOrEqual(MAX_PARTIAL_CALLS);
  });

  it('count partial calls per render, so a template renders many agreements', async () => {
    const template = await loadContractTemplate({ directory: templateDir({ 'contract.hbs': '{{#each services}}{{> item}}{{/each}}\n', 'item.hbs': '- {{name}}\n' }) });
    const services = Array.from({ length: Math.ceil(MAX_PARTIAL_CALLS * 0.6) }, () => ({ name: 'a' }));
    for (let i = 0; i < 2; i++) expect(template.render({ services })).toBe(`${'- a\n'.repeat(services.length)}\n`);
  });

  it('refuse 5,000 nested {{#if}} when the template loads, with file and line', async () => {
    const source = `intro\n${'{{#if document}}\n'.repeat(5000)}x\n${'{{/if}}\n'.repeat(5000)}`;
    const error = await loadError({ 'scope.hbs': source });
    expect(error.message).toMatch(new RegExp(`scope\\.hbs:${MAX_BLOCK_DEPTH + 2}: blocks are nested more than ${MAX_BLOCK_DEPTH} deep`));
    expect(error.line).toBe(MAX_BLOCK_DEPTH + 2);
  });

  it('refuse nesting just past the limit through the parsed template, and allow it up to the limit', async () => {
    // `{{else if}}` chains are one level however long, and blocks inside comments do not count.
    const chain = `{{#if a}}a${'{{else if b}}b'.repeat(300)}{{/if}}\n`;
    const nested = (n: number) => `${'{{#with document}}'.repeat(n)}{{title}}${'{{/with}}'.repeat(n)}\n`;
    await expect(loadContractTemplate({ directory: templateDir({ 'scope.hbs': `{{!-- ${'{{#if x}}'.repeat(200)} --}}\n${chain}${nested(MAX_BLOCK_DEPTH)}` }) })).resolves.toBeDefined();
    const error = await loadError({ 'scope.hbs': `\n\n${nested(MAX_BLOCK_DEPTH + 1)}` });
    expect(error.message).toMatch(new RegExp(`scope\\.hbs:3: blocks are nested more than ${MAX_BLOCK_DEPTH} deep`));
  });

  it('stop output larger than the limit, naming the file', async () => {
    const big = 'x'.repeat(1024 * 1024);
    const template = await loadContractTemplate({ directory: templateDir({ 'contract.hbs': '{{> twelve}}\n', 'twelve.hbs': '{{#each items}}{{../big}}{{/each}}' }) });
    let error: unknown;
    try {
      template.render({ items: Array.from({ length: 12 }, () => 1), big });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).message).toMatch(new RegExp(`twelve\\.hbs:1:\\d+: \\{\\{each\\}\\} wrote more than ${MAX_OUTPUT_CHARS / 1024 / 1024} MB of text`));
  });
});

describe('template runtime errors name the file and line', () => {
  it('a field of text (strict mode would raise a bare TypeError)', async () => {
    const error = await renderError({ 'scope.hbs': '\n{{document.title.nope}}\n' });
    expect(error.message).toMatch(/scope\.hbs:2:\d+: "nope" is not defined here/);
    expect(error.message).not.toMatch(/Cannot use 'in' operator/);
  });

  it('a path through a null field', async () => {
    const error = await renderError({ 'scope.hbs': 'a\nb\n{{document.lastUpdated.day.nope}}\n' });
    expect(error.file).toMatch(/scope\.hbs$/);
    expect(error.line).toBe(3);
  });

  it('a JavaScript error inside a helper', async () => {
    // `String()` of an object without a prototype throws a TypeError inside {{lower}}.
    const template = await loadContractTemplate({ directory: templateDir({ 'contract.hbs': '{{> part}}\n', 'part.hbs': '\n\n\n{{lower thing}}\n' }) });
    expect(() => template.render({ thing: Object.create(null) })).toThrow(TemplateError);
    expect(() => template.render({ thing: Object.create(null) })).toThrow(/part\.hbs:4:\d+: \{\{lower\}\} failed: Cannot convert object to primitive value/);
  });

  it('{{date}} of a day that does not exist', async () => {
    const error = await renderError({ 'scope.hbs': '\n{{date "2027-02-30"}}\n' });
    expect(error.message).toMatch(/scope\.hbs:2:\d+: \{\{date\}\}: "2027-02-30" is not a calendar date/);
  });
});
