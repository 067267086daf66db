import type { Tokens } from 'marked';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContractTemplate, renderMarkdown, type ContractTemplate } from '../../src/render/index.js';
import { exampleText } from '../helpers/example.js';
import { agreementFrom, allTokens, editedExample, headings, MINIMAL, plainText, tables } from './support.js';

let template: ContractTemplate;
beforeAll(async () => {
  template = await loadContractTemplate();
});
/** The contract without its summary, whose own table and lists come first (summary.test.ts covers the summary). */
const render = (text: string) => {
  const agreement = agreementFrom(text);
  return renderMarkdown({ ...agreement, presentation: { ...agreement.presentation, summary: false } }, { template });
};
const renderWithSummary = (text: string) => renderMarkdown(agreementFrom(text), { template });
/** The comments the template writes itself: the summary's compact block (see docs/pdf.md). */
const TEMPLATE_COMMENTS = new Set(['<!-- compact -->', '<!-- /compact -->']);

const HOSTILE = {
  client: 'Smith | Jones *Ltd*',
  description: '# heading',
  script: '<script>alert(1)</script>',
  code: '```js\nrun()\n```',
  example: 'Line one\n\n- not a list\n| not | a row |',
};

function hostileExample(): string {
  return editedExample((doc) => {
    doc.parties.client.name = HOSTILE.client;
    doc.parties.client.legalName = HOSTILE.client;
    doc.services[0].description = HOSTILE.description;
    doc.severityLevels[0].definition = HOSTILE.script;
    doc.severityLevels[0].examples = [HOSTILE.code, HOSTILE.example];
    doc.clientResponsibilities[0].description = '`backticks` and _underscores_ and [a](javascript:alert(1))';
    doc.signatures[1].name = HOSTILE.client;
  });
}

describe('the default contract', () => {
  it('reads the same on every render', async () => {
    const text = exampleText();
    expect(await render(text)).toBe(await render(text));
  });

  it('keeps hostile values as literal text: tables keep their columns, no heading, HTML, code or link appears', async () => {
    const markdown = await renderWithSummary(hostileExample());
    const tokens = allTokens(markdown);
    expect(tokens.filter((t) => ['html', 'code', 'codespan', 'image'].includes(t.type) && !TEMPLATE_COMMENTS.has((t as { raw: string }).raw.trim()))).toEqual([]);
    // Links: the agreement's own addresses, and the summary's links to numbered sections of this contract.
    expect(tokens.filter((t) => t.type === 'link').map((t) => (t as { href: string }).href).filter((href) => !/^(https?:|mailto:|#\d+-)/.test(href))).toEqual([]);
    expect(headings(markdown)).not.toContain('heading');
    for (const table of tables(markdown)) for (const row of table.rows) expect(row).toHaveLength(table.header.length);

    const signatures = tables(markdown).find((t) => t.header.some((h) => h.text === 'Signature'))!;
    expect(signatures.rows.map((row) => plainText(row[1]!.tokens))).toContain(HOSTILE.client);
    expect(signatures.rows.map((row) => plainText(row[0]!.tokens))).toContain(`${HOSTILE.client} (Client)`);
    // The levels are a list: each level's definition and examples stay inside its own item.
    const levels = tokens.filter((t): t is Tokens.List => t.type === 'list').flatMap((list) => list.items.map((item) => plainText(item.tokens)));
    const critical = levels.find((text) => text.startsWith('Critical') && text.includes('Examples'))!;
    expect(critical).toContain(HOSTILE.script);
    expect(critical).toContain('```js run() ```. Line one - not a list | not | a row |.');
    expect(markdown).toContain('\\# heading');
  });

  it('leaves out every section the agreement has no data for, without empty headings or placeholders', async () => {
    const markdown = await render(MINIMAL);
    expect(markdown).not.toMatch(/undefined|null|NaN|\[object Object\]/);
    expect(headings(markdown)).toEqual([
      'Minimal Agreement',
      '1. Parties and term',
      '2. Services covered',
      '3. Severity levels and targets',
      '3.1 Severity levels',
      '3.2 Targets',
      '4. Support hours and holidays',
      '4.1 Office hours',
      '5. Channels',
      '6. Signatures',
    ]);
    expect(markdown).toContain('> **Draft.**');
    // No definitions, firmness or obligations the data does not carry.
    expect(markdown).not.toMatch(/Definitions|commits to|objectives|not a breach/);
    // No heading is directly followed by another heading of the same or a higher level.
    const lines = markdown.split('\n').filter((l) => l !== '');
    lines.forEach((line, i) => {
      const level = /^(#+) /.exec(line)?.[1]?.length;
      const next = /^(#+) /.exec(lines[i + 1] ?? 'x')?.[1]?.length;
      if (level && next) expect(next, `${line} is empty`).toBeGreaterThan(level);
    });
    // Signatures without names still give each party a line to sign.
    const signatures = tables(markdown).at(-1)!;
    expect(signatures.rows.map((row) => plainText(row[0]!.tokens))).toEqual(['Provider Ltd (Provider)', 'Client Ltd (Client)']);
  });

  it('defines exactly the terms the agreement defines, in its words, and no standard term it leaves out', async () => {
    const markdown = await render(editedExample((doc) => {
      doc.definitions = doc.definitions.filter((d: { term: string }) => d.term !== 'Update interval');
      doc.definitions.find((d: { term: string }) => d.term === 'Business day').meaning = 'A weekday that is not a public holiday in Berlin.';
    }));
    expect(markdown.match(/\*\*Business day\*\*/g)).toHaveLength(1);
    expect(markdown).toContain('- **Business day**: A weekday that is not a public holiday in Berlin.');
    expect(markdown).not.toContain('Update interval');
  });

  it('defines each severity level in a list and sets the targets in a compact table of the columns that have values', async () => {
    const markdown = await render(exampleText());
    expect(markdown).toContain('- **Low**: Questions, cosmetic issues and requests for advice with no business impact. _Impact:_ None on customers or agents. _Examples:_ A question about how the drift metric is calculated.');
    const matrix = tables(markdown).find((t) => t.header[0]?.text === 'Severity')!;
    expect(matrix.header.map((h) => h.text)).toEqual(['Severity', 'Response', 'Updates', 'Resolution', 'Hours']);
    const rows = matrix.rows.map((row) => row.map((cell) => plainText(cell.tokens)));
    expect(rows.map((r) => r[0])).toEqual(['Critical', 'High', 'Normal', 'Low']);
    expect(rows[0]!.slice(1)).toEqual(['1 hour', 'Every 2 hours', '8 hours (fix or workaround)', 'Around the clock']);
    // Every target of a kind has the same firmness, so one sentence says it and the cells do not repeat it.
    expect(rows[1]!.slice(1)).toEqual(['2 business hours', 'Every 4 business hours', '2 business days', 'Berlin business hours']);
    expect(rows[3]![2]).toBe('—');
    expect(markdown).toContain('A dash means that no time is set.');
    expect(markdown).toContain('The Provider commits to the response times.');
    expect(markdown).toContain('The Provider commits to the update intervals.');
    expect(markdown).toContain('The resolution times are objectives the Provider works towards.');
  });

  it('leaves out a column no level fills, and the dash sentence when no cell is a dash', async () => {
    const markdown = await render(editedExample((doc) => {
      for (const tier of doc.tiers) for (const targets of Object.values(tier.targets) as { update?: unknown }[]) delete targets.update;
    }));
    const matrix = tables(markdown).find((t) => t.header[0]?.text === 'Severity')!;
    expect(matrix.header.map((h) => h.text)).toEqual(['Severity', 'Response', 'Resolution', 'Hours']);
    expect(markdown).not.toContain('A dash means');
  });

  it('names each calendar in the cell when one level’s targets run on different calendars', async () => {
    const text = editedExample((doc) => {
      doc.calendars.push({ id: 'ny', name: 'New York hours', timezone: 'America/New_York', hours: [{ days: ['mon'], open: ['09:00-17:00'] }] });
      doc.tiers[1].targets.high.update.calendar = 'ny';
    });
    const matrix = tables(await render(text)).find((t) => t.header[0]?.text === 'Severity')!;
    const high = matrix.rows[1]!.map((cell) => plainText(cell.tokens));
    expect(high.slice(1)).toEqual([
      '2 business hours (Berlin business hours)',
      'Every 4 business hours (New York hours)',
      '2 business days (Berlin business hours)',
      'As shown',
    ]);
  });

  it('shows only the client’s own tier, without its targets again, unless the agreement asks for the comparison', async () => {
    const markdown = await render(exampleText());
    expect(markdown).toContain('## 14. Service tier\n\nThe Client’s service tier is **Standard**.');
    expect(markdown).toContain('- **Price:** €2,900 per month');
    // Another tier's name and price are not the client's business unless the provider wants them shown.
    expect(markdown).not.toContain('€1,400');
    expect(markdown).not.toMatch(/Response: Critical/);
  });

  it('compares the tiers in one table and marks the client’s, with presentation.tierComparison or --all-tiers', async () => {
    const asked = editedExample((doc) => {
      doc.presentation = { tierComparison: true };
    });
    for (const markdown of [await render(asked), await renderMarkdown(agreementFrom(exampleText()), { template, allTiers: true })]) {
      const comparison = tables(markdown).find((t) => t.header.length === 3 && t.header[0]?.text === '')!;
      expect(comparison.header.map((h) => plainText(h.tokens))).toEqual(['', 'Essential', 'Standard (Client’s tier)']);
      const rows = Object.fromEntries(comparison.rows.map((row) => [plainText(row[0]!.tokens), row.slice(1).map((c) => plainText(c.tokens))]));
      expect(rows['Response: Critical']).toEqual(['2 business hours', '1 hour, 24×7']);
      expect(rows['Price']).toEqual(['€1,400 per month', '€2,900 per month']);
    }
  });

  it('states the downtime an availability target allows', async () => {
    const withAvailability = (convention: string) => editedExample((doc) => {
      doc.availability = { target: 99.9, measurementWindow: 'month', monthConvention: convention, serviceCredits: [{ below: 99.9, creditPercent: 5 }, { below: 99, creditPercent: 25 }] };
    });
    expect(await render(withAvailability('30d'))).toContain('Over a month this allows 43 minutes 12 seconds of downtime, counting a month of 30 days.');
    expect(await render(withAvailability('730h'))).toContain('Over a month this allows 43 minutes 48 seconds of downtime, counting an average month of 730 hours.');
    const credits = tables(await render(withAvailability('30d'))).at(-2)!;
    expect(credits.rows.map((row) => row.map((c) => plainText(c.tokens)))).toEqual([['Below 99.9%', '5%'], ['Below 99%', '25%']]);
  });

  it('writes dates and money in the agreement’s locale', async () => {
    const us = await render(editedExample((doc) => {
      doc.locale = 'en-US';
      doc.tiers[1].price = { amount: 2900.5, currency: 'USD', per: 'month' };
    }));
    expect(us).toContain('- **Effective date:** January 1, 2027');
    expect(us).toContain('$2,900.50 per month');
    expect(us).toContain('| Friday, December 24, 2027 ');
  });

  it('reads the clock as the locale does: 12 hours with AM/PM in en-US, 24 hours in en-GB', async () => {
    const us = await render(editedExample((doc) => { doc.locale = 'en-US'; }));
    expect(us).toContain('Monday to Friday: 9:00 AM–12:30 PM and 1:30 PM–5:30 PM');
    expect(us).toContain('at least 3 business days (Mon–Fri 9:00 AM–12:30 PM, 1:30 PM–5:30 PM Berlin time)');
    expect(us).toContain('| Open 9:00 AM–12:00 PM only |');
    expect(await render(exampleText())).toContain('Monday to Friday: 09:00–12:30 and 13:30–17:30');
  });

  it('names time zones as a client reads them, and records the IANA name once, in the support hours', async () => {
    const markdown = await render(exampleText());
    expect(markdown).toContain('Time zone: Berlin time (CET/CEST), IANA time zone Europe/Berlin.');
    expect(markdown.match(/Europe\/Berlin/g)).toHaveLength(1);
    expect(markdown).toMatch(/\(Mon–Fri 09:00–12:30, 13:30–17:30 Berlin time\)/);
  });

  it('writes the agreement’s straight quotes and apostrophes as curly ones, leaving code and addresses alone', async () => {
    const markdown = await render(editedExample((doc) => {
      doc.clientResponsibilities[0].description = `Keep the workflow's "pause" switch reachable; see https://example.com/o'brien and run \`echo 'x'\`.`;
    }));
    expect(markdown).toContain('Keep the workflow’s “pause” switch reachable; see https://example.com/o\'brien and run \\`echo \'x\'\\`.');
    expect(markdown.split('\n').filter((line) => !line.includes('://') && !line.includes('`')).join('\n')).not.toMatch(/['"]/);
  });

  it('is tidy Markdown: aligned tables, blank lines around headings, no trailing spaces or blank runs', async () => {
    const markdown = await render(exampleText());
    expect(markdown.endsWith('\n') && !markdown.endsWith('\n\n')).toBe(true);
    expect(markdown).not.toMatch(/[ \t]$/m);
    expect(markdown).not.toMatch(/\n\n\n/);
    const lines = markdown.split('\n');
    lines.forEach((line, i) => {
      if (/^#{1,6} /.test(line)) {
        if (i > 0) expect(lines[i - 1], `before ${line}`).toBe('');
        expect(lines[i + 1], `after ${line}`).toBe('');
      }
    });
    // In every table all rows are as long as the header, so the pipes line up.
    const blocks = markdown.split(/\n(?!\|)/).map((block) => block.split('\n').filter((l) => l.startsWith('|'))).filter((b) => b.length > 0);
    expect(blocks.length).toBeGreaterThan(5);
    for (const block of blocks) for (const row of block) expect([...row].length).toBe([...block[0]!].length);
    // One emphasis style: ** for strong, _ for emphasis.
    expect(markdown).not.toMatch(/(?<![\\*])\*(?!\*)[^*\n]+(?<!\\)\*(?!\*)/);
    expect(markdown).not.toMatch(/__/);
  });
});
