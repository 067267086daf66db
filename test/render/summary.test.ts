// "Your support at a glance" (issue 24): every answer comes from the YAML, follows it when it changes, and says
// "not defined" when the YAML has nothing to say.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContractTemplate, renderMarkdown, type ContractTemplate } from '../../src/render/index.js';
import { buildContractView } from '../../src/render/view.js';
import path from 'node:path';
import { exampleText, ROOT } from '../helpers/example.js';
import { agreementFrom, editedExample, MINIMAL } from './support.js';
import { agreementFiles } from './provenance-support.js';

let template: ContractTemplate;
beforeAll(async () => {
  template = await loadContractTemplate();
});
const render = (text: string, options = {}) => renderMarkdown(agreementFrom(text), { template, ...options });
/** The summary's Markdown: from its heading to the first numbered section. */
const summaryOf = (markdown: string) => {
  const start = markdown.indexOf('## Your support at a glance');
  expect(start, 'the contract has a summary').toBeGreaterThan(-1);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end === -1 ? undefined : end);
};

describe('the summary', () => {
  it('comes after the title block and before the first section, unnumbered, and the sections keep their numbers', async () => {
    const markdown = await render(exampleText());
    expect(markdown.indexOf('- **Reference:**')).toBeLessThan(markdown.indexOf('## Your support at a glance'));
    expect(markdown.indexOf('## Your support at a glance')).toBeLessThan(markdown.indexOf('## 1. Parties and term'));
    expect(markdown).not.toMatch(/\{-\}/);
  });

  it('links each answer to the section that governs it, by the heading’s number and GitHub anchor', async () => {
    const summary = summaryOf(await render(exampleText()));
    expect(summary).toContain('[section 9](#9-channels-and-escalation)');
    expect(summary).toContain('[section 7](#7-severity-levels-and-targets)');
    expect(summary).toContain('[section 6](#6-support-and-enhancement)');
    expect(summary).toContain('[section 10](#10-client-responsibilities)');
    expect(summary).not.toContain('#section:');
  });

  it('follows a changed target, channel and duty', async () => {
    const before = summaryOf(await render(exampleText()));
    expect(before).toContain('| Critical | 1 hour ');
    const after = summaryOf(await render(editedExample((doc) => {
      doc.tiers.find((tier: { id: string }) => tier.id === doc.serviceTier).targets.critical.response.within = '2h';
      doc.channels.find((channel: { type: string }) => channel.type === 'phone').address = '+49 30 5550 9999';
      doc.clientResponsibilities[0].description = 'Name one contact for everything.';
    })));
    expect(after).toContain('| Critical | 2 hours ');
    expect(after).toContain('Phone +49 30 5550 9999');
    expect(after).not.toContain('+49 30 5550 1499');
    expect(after).toContain('- [ ] **Designated contact**: Name one contact for everything.');
  });

  it('says an answer is not defined when the YAML has no such section, rather than inventing one', async () => {
    const summary = summaryOf(await render(editedExample((doc) => {
      delete doc.scope;
      doc.requestTypes = [];
      delete doc.changeOrders;
      delete doc.clientResponsibilities;
    })));
    expect(summary).toContain('**Included.** What support includes is not defined in this Agreement.');
    expect(summary).toContain('**Separate work.** What counts as separate work is not defined in this Agreement.');
    expect(summary).toContain('**Your side.** The Client’s responsibilities are not defined in this Agreement.');
  });

  it('states its standing only when the agreement does (presentation.summaryNote)', async () => {
    expect(summaryOf(await render(editedExample((doc) => { delete doc.presentation; })))).not.toMatch(/^_/m);
    const noted = summaryOf(await render(editedExample((doc) => {
      doc.presentation = { summaryNote: 'Only the sections are binding.' };
    })));
    expect(noted).toContain('_Only the sections are binding._');
  });

  it('is left out with presentation.summary: false, and --summary-only writes it alone', async () => {
    const off = editedExample((doc) => { doc.presentation = { summary: false }; });
    expect(await render(off)).not.toContain('Your support at a glance');
    const only = await render(off, { summaryOnly: true });
    expect(only).toMatch(/^# Support Agreement — Customer-Service Assistant\n\n<!-- compact -->\n\n## Your support at a glance\n/);
    expect(only).not.toContain('## 1.');
    // Links to sections the page does not have are left out.
    expect(only).not.toContain('](#');
  });

  it('computes the worst wall-clock wait for the most severe level with the support clock', async () => {
    // Essential tier: Critical answered within 2 business hours, Mon–Fri 09:00–17:00 New York, US holidays. Raised
    // on Friday 15 January 2027 just after 17:00, before Martin Luther King Jr. Day (Monday 18 January), it is
    // answered on Tuesday 19 January at 11:00: 3 days 17 hours 59 minutes, 89 hours 59 minutes, later.
    const essential = exampleText(path.join(ROOT, 'examples/essential-document-extraction.sla.yaml'));
    const view = buildContractView(agreementFrom(essential));
    expect(view.summary?.worstCase).toBe('At worst, a Critical incident raised on Friday, January 15, 2027 at 5:01 PM New York time is answered by Tuesday, January 19, 2027 at 11:00 AM New York time: 89 hours 59 minutes later.');
    // Around the clock, the worst moment is any moment.
    expect(buildContractView(agreementFrom(exampleText())).summary?.worstCase).toBe('At any hour of any day, a Critical incident is answered within 1 hour.');
  });

  it('renders for every example and every transcribed policy', async () => {
    const files = [...agreementFiles('examples'), ...agreementFiles('test/corpus')];
    expect(files.length).toBeGreaterThan(4);
    for (const file of files) {
      const summary = summaryOf(await render(file.text));
      expect(summary, file.name).toMatch(/\*\*When something breaks\.\*\*/);
      expect(summary, file.name).toMatch(/\*\*Your side\.\*\*/);
    }
  });

  it('renders for a minimal agreement, saying what is not defined', async () => {
    const summary = summaryOf(await render(MINIMAL));
    expect(summary).toContain('**Included.**');
    expect(summary).toContain('**Your side.**');
  });
});
