import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadContractTemplate, renderMarkdown, TemplateError } from '../../src/render/index.js';
import { exampleText } from '../helpers/example.js';
import { agreementFrom, MINIMAL } from './support.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'sla-template-'));
let count = 0;

/** A template directory holding the given files. */
function templateDir(files: Record<string, string>): string {
  const dir = path.join(tmp, `t${++count}`);
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const standard = agreementFrom(exampleText());

async function renderError(files: Record<string, string>): Promise<TemplateError> {
  const dir = templateDir(files);
  const error = await renderMarkdown(standard, { template: dir }).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(TemplateError);
  return error as TemplateError;
}

describe('custom templates', () => {
  it('replace one partial and keep the rest of the default template', async () => {
    const dir = templateDir({ 'scope.hbs': '## What we do\n\n{{#each scope.included}}\n- {{label}}\n{{/each}}\n' });
    const markdown = await renderMarkdown(standard, { template: dir });
    expect(markdown).toContain('## 4. What we do\n\n- Incident response\n');
    expect(markdown).not.toContain('Scope of support');
    expect(markdown).toContain('## 7. Severity levels and targets');
  });

  it('replace the whole contract, and may add partials of their own', async () => {
    const dir = templateDir({
      'contract.hbs': '# {{document.title}}\n\n{{> parties-line}}\n\n{{> signatures}}\n',
      'parties-line.hbs': 'Between {{provider.name}} and {{client.name}}, from {{date document.effectiveDate}}.',
    });
    const markdown = await renderMarkdown(standard, { template: dir });
    expect(markdown.split('\n').slice(0, 6)).toEqual([
      '# Support Agreement — Customer-Service Assistant',
      '',
      'Between Kestrel Workflow Studio and Brightline Home Appliances, from 1 January 2027.',
      '',
      '## 1. Signatures',
      '',
    ]);
    expect(markdown).not.toContain('Scope');
  });

  it('fail on a field that does not exist, naming the partial file and line', async () => {
    const error = await renderError({ 'review.hbs': '## Review\n\nThe parties meet\n{{review.frequncy}}.\n' });
    expect(error.file).toMatch(/review\.hbs$/);
    expect(error.line).toBe(4);
    expect(error.message).toMatch(/review\.hbs:4:\d+: "frequncy" is not defined here/);
  });

  it('fail on a misspelt top-level field inside a loop, at the right line', async () => {
    const error = await renderError({ 'request-types.hbs': '{{#each requestTypes}}\n- {{name}}\n- {{coverge}}\n{{/each}}\n' });
    expect(error.message).toMatch(/request-types\.hbs:3:\d+: "coverge" is not defined here/);
  });

  it('report a syntax error when the template loads, with file and line', async () => {
    const dir = templateDir({ 'scope.hbs': 'line one\n{{#if scope}}\nunclosed\n' });
    const error = await loadContractTemplate({ directory: dir }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).message).toMatch(/scope\.hbs:4: syntax error/);
  });

  it('cannot reach files outside the template directory through partial names or links', async () => {
    const outside = await renderError({ 'scope.hbs': '{{> ../../etc/passwd}}\n' });
    expect(outside.message).toMatch(/scope\.hbs:1: there is no partial named "\.\.\/\.\.\/etc\/passwd"/);

    const secret = path.join(tmp, 'secret.hbs');
    writeFileSync(secret, 'secret');
    const dir = templateDir({});
    symlinkSync(secret, path.join(dir, 'scope.hbs'));
    await expect(loadContractTemplate({ directory: dir })).rejects.toThrow(/links to a file outside the template directory/);
  });

  it('cannot reach prototypes', async () => {
    for (const text of ['{{constructor}}', '{{document.constructor.name}}', '{{document.__proto__}}', '{{#with document}}{{toString}}{{/with}}', '{{services.constructor}}', '{{services.push}}']) {
      const error = await renderError({ 'scope.hbs': `${text}\n` });
      expect(error.message, text).toMatch(/is not defined here/);
    }
  });

  it('cannot write to the console with {{log}} (it would land in `-o -` output)', async () => {
    const log = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const error = await renderError({ 'scope.hbs': '\n{{log "hello"}}\n' });
    expect(error.message).toMatch(/scope\.hbs:2:\d+: \{\{log\}\} is not available/);
    expect(log).not.toHaveBeenCalled();
    log.mockRestore();
  });

  it('report partials that include each other without end, naming a file instead of a stack overflow', async () => {
    const error = await renderError({ 'scope.hbs': '{{> loop-a}}\n', 'loop-a.hbs': '{{> loop-b}}\n', 'loop-b.hbs': 'x {{> loop-a}}\n' });
    expect(error.message).toMatch(/loop-[ab]\.hbs: partials are nested more than 50 deep; does loop-[ab]\.hbs include itself/);
  });

  it('report a helper used wrongly at its line', async () => {
    const error = await renderError({ 'scope.hbs': '\n\n{{money "lots" "EUR"}}\n' });
    expect(error.message).toMatch(/scope\.hbs:3:\d+: \{\{money\}\} needs a number/);
    const key = await renderError({ 'scope.hbs': '{{list severityLevels key="nmae"}}\n' });
    expect(key.message).toMatch(/scope\.hbs:1:\d+: \{\{list\}\}: an item has no field "nmae"/);
  });

  it('refuse a directory that does not exist, and names that are not plain', async () => {
    await expect(loadContractTemplate({ directory: path.join(tmp, 'missing') })).rejects.toThrow(/no such template directory/);
    await expect(loadContractTemplate({ directory: templateDir({ 'Scope Section.hbs': 'x' }) })).rejects.toThrow(/lower-case letters/);
  });

  it('compile once and render many agreements', async () => {
    const template = await loadContractTemplate();
    expect(template.files.map((f) => f.name)).toContain('severity-levels');
    expect(template.sha256).toMatch(/^[0-9a-f]{64}$/);
    const one = await renderMarkdown(standard, { template });
    const two = await renderMarkdown(agreementFrom(MINIMAL), { template });
    expect(one).toContain('Brightline');
    expect(two).toContain('Minimal Agreement');
    const custom = await loadContractTemplate({ directory: templateDir({ 'scope.hbs': 'x\n' }) });
    expect(custom.sha256).not.toBe(template.sha256);
  });
});

describe('helpers', () => {
  const helperOutput = async (text: string) => {
    const dir = templateDir({ 'contract.hbs': `${text}\n` });
    return (await renderMarkdown(standard, { template: dir })).trim();
  };

  it.each([
    ['{{duration "4h" "berlin-business"}}', '4 business hours (Mon–Fri 09:00–12:30, 13:30–17:30 Berlin time)'],
    ['{{duration "30m" "always-on"}}', '30 minutes, 24×7'],
    ['{{duration "1h30m" "berlin-business" calendar=false}}', '1 business hour and 30 minutes'],
    ['{{#with (lookup severityLevels 0)}}{{duration response}} / {{duration response calendar=false}}{{/with}}', '1 hour, 24×7 / 1 hour'],
    ['{{date "2027-12-24"}}', '24 December 2027'],
    ['{{date "2027-12-24" weekday=true}}', 'Friday, 24 December 2027'],
    ['{{money 1234.5 "EUR" "hour"}}', '€1,234.50 per hour'],
    ['{{percent 99.95}}', '99.95%'],
    ['{{plural 1 "hour"}} / {{plural 8 "hour"}} / {{plural 2 "entry" "entries"}}', '1 hour / 8 hours / 2 entries'],
    ['{{#with (lookup severityLevels 0)}}{{list examples}}{{/with}}', 'The chat widget shows an error for all visitors. and The assistant quotes refund terms that contradict the published warranty.'],
    ['{{list severityLevels key="name" type="or"}}', 'Critical, High, Normal or Low'],
    ['{{#if (and document.id (not document.isDraft))}}signed{{/if}}', 'signed'],
  ])('%s', async (text, expected) => {
    expect(await helperOutput(text)).toBe(expected);
  });

  it('a tier’s target by severity through lookup; `tiers` holds the tiers the contract shows (only the client’s by default)', async () => {
    expect(await helperOutput('{{#each tiers}}{{name}}: {{lookup (lookup targets 0) "response"}}; {{/each}}')).toBe('Standard: 1 hour, 24×7;');
  });
});
