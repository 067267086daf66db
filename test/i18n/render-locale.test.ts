// The contract in another language: --locale and the agreement's locale choose the catalog; a custom template's
// messages.json comes first; a broken message or an unknown key is a template error with its place.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAgreement } from '../../src/agreement.js';
import { renderMarkdown } from '../../src/render/render-markdown.js';
import { loadContractTemplate, TemplateError } from '../../src/render/template.js';
import { runCli } from '../helpers/cli.js';

const EXAMPLE = 'examples/standard-customer-service-assistant.sla.yaml';

describe('sla render --locale', () => {
  it('writes the contract\'s own words in German, with the author\'s text as written', async () => {
    const run = await runCli(['render', EXAMPLE, '--locale', 'de-de', '-o', '-']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Supportzeiten und Feiertage');
    expect(run.stdout).toContain('Zu allen anderen Zeiten ist der Kalender geschlossen.');
    expect(run.stdout).not.toContain('Support hours and holidays');
    // The calendar's name is the author's.
    expect(run.stdout).toContain('Berlin business hours');
  });

  it('refuses a tag that is not a locale, and notes a language without a catalog', async () => {
    const bad = await runCli(['render', EXAMPLE, '--locale', 'not a locale!', '-o', '-']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--locale: `not a locale!` is not a locale; give a BCP 47 tag such as en-GB, en-US, de-DE/);
    const japanese = await runCli(['render', EXAMPLE, '--locale', 'ja-JP', '-o', '-']);
    expect(japanese.code).toBe(0);
    expect(japanese.stderr).toContain('no catalog for ja-JP');
    expect(japanese.stdout).toContain('Support hours and holidays');
  });

  it('takes the locale in the library, and refuses one that is not a tag', async () => {
    const { agreement } = await loadAgreement(EXAMPLE);
    const french = await renderMarkdown(agreement!, { locale: 'fr-FR' });
    expect(french).toContain('Heures de support et jours fériés');
    await expect(renderMarkdown(agreement!, { locale: '!!' })).rejects.toThrow(RangeError);
  });
});

describe('a custom template\'s messages.json', () => {
  async function templateDir(messages: string): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'sla-messages-'));
    await writeFile(path.join(dir, 'messages.json'), messages);
    return dir;
  }

  it('rewords a shipped message and adds its own keys, used with {{t}}', async () => {
    const dir = await templateDir(JSON.stringify({ 'support-hours.heading': 'When we are there', 'acme.hello': 'Hello {name}' }));
    await writeFile(path.join(dir, 'cover.hbs'), '# {{t "acme.hello" name=document.title}}\n');
    const { agreement } = await loadAgreement(EXAMPLE);
    const markdown = await renderMarkdown(agreement!, { template: dir });
    expect(markdown).toContain('When we are there');
    expect(markdown).toMatch(/^# Hello Support Agreement/m);
  });

  it('reports a message that does not parse, with its key, when the template loads', async () => {
    const dir = await templateDir(JSON.stringify({ 'acme.broken': 'Hello {name' }));
    await expect(loadContractTemplate({ directory: dir })).rejects.toThrow(/messages\.json: message `acme\.broken` is not an ICU message/);
    const notJson = await templateDir('{ nope');
    await expect(loadContractTemplate({ directory: notJson })).rejects.toThrow(TemplateError);
  });

  it('reports an unknown key at the template line that asks for it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sla-messages-'));
    await writeFile(path.join(dir, 'cover.hbs'), 'Title\n\n{{t "acme.missing"}}\n');
    const run = await runCli(['render', EXAMPLE, '--template', dir, '-o', '-']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cover\.hbs:3:\d+: \{\{t\}\}: no message `acme\.missing`/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(await readFile(path.join(dir, 'cover.hbs'), 'utf8')).toContain('acme.missing');
  });
});
