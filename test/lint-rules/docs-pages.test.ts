/**
 * A rule's docs page says what each of its messages means and documents each option; when a message or an option
 * is added to a rule, this fails until the page says so.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/lint/rules/index.js';
import { ROOT } from './helpers.js';

describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('docs/rules/%s.md', (id, rule) => {
  const page = readFileSync(path.join(ROOT, 'docs/rules', `${id}.md`), 'utf8');

  it('starts with the rule id and its description', () => {
    expect(page.startsWith(`# ${id}\n\n${rule.meta.description}\n`)).toBe(true);
  });

  it('states the category, default severity and preset as the rule does', () => {
    const row = new RegExp(`\\|\\s*${rule.meta.category}\\s*\\|\\s*${rule.meta.defaultSeverity}\\s*\\|\\s*${rule.meta.recommended ? 'yes' : 'no'}\\s*\\|`);
    expect(page).toMatch(row);
  });

  it('explains every message id', () => {
    for (const messageId of Object.keys(rule.meta.messages)) expect(page, messageId).toContain(`\`${messageId}\``);
  });

  it('says, in a Calibration section, when the rule is agency-only (info in sla:policy)', () => {
    const calibration = page.includes('## Calibration') ? page.slice(page.indexOf('## Calibration'), page.indexOf('## Options')) : '';
    if (rule.meta.agencyOnly) expect(calibration).toMatch(/\*\*agency-only\*\*: the `sla:policy` preset reports it as `info`/);
    else expect(page).not.toContain('**agency-only**');
    if (rule.meta.agencyOnlyMessages?.length) {
      expect(calibration).toMatch(/\*\*partly agency-only\*\*: the `sla:policy` preset reports /);
      for (const messageId of rule.meta.agencyOnlyMessages) expect(calibration, messageId).toContain(`\`${messageId}\``);
    } else expect(page).not.toContain('**partly agency-only**');
  });

  it('documents every option, or says there are none', () => {
    const options = Object.keys((rule.meta.optionsSchema?.properties as Record<string, unknown> | undefined) ?? {});
    const section = page.slice(page.indexOf('## Options'));
    expect(section.startsWith('## Options')).toBe(true);
    if (options.length === 0) expect(section).toMatch(/^## Options\n\nNone\.\n/);
    for (const option of options) expect(section, option).toContain(`| \`${option}\` |`);
  });
});
