// Shared helpers for the render tests: agreements from text or edited examples, and Markdown read back with marked.
import { marked, type Token, type Tokens } from 'marked';
import { parse, stringify } from 'yaml';
import { loadAgreementText } from '../../src/agreement.js';
import type { Agreement } from '../../src/model/agreement.js';
import { exampleText } from '../helpers/example.js';

export function agreementFrom(text: string, file = 'test.sla.yaml'): Agreement {
  const result = loadAgreementText(text, file);
  if (!result.ok || !result.agreement) throw new Error(`fixture is not valid:\n${result.diagnostics.map((d) => `${d.range.line}: ${d.message}`).join('\n')}`);
  return result.agreement;
}

/** The standard example as data, changed by `edit`, written back as YAML. */
export function editedExample(edit: (document: any) => void, text = exampleText()): string {
  const document = parse(text);
  edit(document);
  return stringify(document);
}

/** The smallest agreement the schema accepts: no optional section at all. */
export const MINIMAL = `
slaVersion: 1
kind: SupportAgreement
id: minimal
title: Minimal Agreement
version: "1.0"
status: draft
effectiveDate: 2027-03-01
parties:
  provider: { name: Provider Ltd }
  client: { name: Client Ltd }
services:
  - { id: bot, name: Bot }
calendars:
  - { id: office, name: Office hours, timezone: Europe/London, hours: [{ days: [mon, tue, wed, thu, fri], open: ["09:00-17:00"] }] }
severityLevels:
  - { id: high, level: 1, name: High }
tiers:
  - id: basic
    name: Basic
    targets:
      high: { response: { within: 4h, calendar: office } }
channels:
  - { id: mail, type: email, address: help@provider.example }
`;

/** Every token of a Markdown document, depth first. */
export function allTokens(markdown: string): Token[] {
  const out: Token[] = [];
  const visit = (tokens: Token[] | undefined) => {
    for (const token of tokens ?? []) {
      out.push(token);
      const t = token as Tokens.Generic;
      visit(t.tokens);
      if (token.type === 'list') for (const item of (token as Tokens.List).items) visit(item.tokens);
      if (token.type === 'table') {
        const table = token as Tokens.Table;
        for (const cell of table.header) visit(cell.tokens);
        for (const row of table.rows) for (const cell of row) visit(cell.tokens);
      }
    }
  };
  visit(marked.lexer(markdown, { gfm: true }));
  return out;
}

/** The text a reader sees in inline tokens: escapes undone, markup dropped. */
export function plainText(tokens: Token[] | undefined): string {
  return (tokens ?? []).map((token) => {
    const t = token as Tokens.Generic;
    if (t.tokens && t.tokens.length) return plainText(t.tokens);
    return token.type === 'escape' || token.type === 'text' || token.type === 'codespan' ? (t.text as string) : (t.raw as string);
  }).join('');
}

export function tables(markdown: string): Tokens.Table[] {
  return allTokens(markdown).filter((t): t is Tokens.Table => t.type === 'table');
}

export function headings(markdown: string): string[] {
  return allTokens(markdown).filter((t): t is Tokens.Heading => t.type === 'heading').map((h) => plainText(h.tokens));
}
