/**
 * The editing features of `sla lsp` in process, on the cases the end-to-end test does not reach: suppressions
 * inside multi-line text and beside existing directives, fixes of directives, quoted keys, and completion in block
 * and flow lists.
 */
import { describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import { lintText, loadBuiltInRules } from '../../src/lint/engine.js';
import { codeActions } from '../../src/lsp/code-actions.js';
import { completionsAt } from '../../src/lsp/completion.js';
import { toDiagnostic } from '../../src/lsp/diagnostics.js';
import { editExample, exampleText } from '../helpers/example.js';

const URI = 'file:///work/acme.sla.yaml';
const rules = await loadBuiltInRules();

function diagnosticsOf(text: string): Diagnostic[] {
  return lintText(text, { rules, file: '/work/acme.sla.yaml' }).findings.map((finding) => toDiagnostic(finding, text));
}

function actionsFor(text: string, code: string): CodeAction[] {
  const diagnostic = diagnosticsOf(text).find((d) => d.code === code);
  if (!diagnostic) throw new Error(`no ${code} finding`);
  return codeActions(URI, text, [diagnostic]);
}

function apply(text: string, action: CodeAction | undefined): string {
  const edits: TextEdit[] = action?.edit?.changes?.[URI] ?? [];
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  let result = text;
  for (const edit of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) {
    result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end));
  }
  return result;
}

function position(text: string, needle: string, after = needle.length): { line: number; character: number } {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`not found: ${needle}`);
  const before = text.slice(0, index + after);
  return { line: before.split('\n').length - 1, character: before.length - (before.lastIndexOf('\n') + 1) };
}

describe('diagnostics', () => {
  it('count columns in UTF-16 code units, as LSP does by default', () => {
    // An emoji is two UTF-16 units, an accented letter one: the finding starts where the editor shows the word.
    const text = editExample([['    definition: The assistant is unavailable to customers,', '    definition: The assistant 😀 é is unavailable to customers and escalations are handled promptly,']]);
    const vague = diagnosticsOf(text).find((d) => d.code === 'vague-wording');
    const line = text.split('\n').findIndex((l) => l.includes('handled promptly'));
    const character = text.split('\n')[line]!.indexOf('promptly');
    expect(vague?.range).toEqual({ start: { line, character }, end: { line, character: character + 8 } });
  });
});

describe('code actions', () => {
  it('disables the rule for the file when the finding is inside a multi-line text', () => {
    const text = editExample([[
      '    businessImpact: Customers cannot get help in the help centre,',
      '    businessImpact: |\n      Customers are answered promptly\n      but cannot get help in the help centre,',
    ]]);
    const [action] = actionsFor(text, 'vague-wording');
    expect(action?.title).toBe('Disable vague-wording for this file');
    const fixed = apply(text, action);
    // After the comments the file opens with: the schema line stays first.
    expect(fixed.split('\n')[0]).toBe(exampleText().split('\n')[0]);
    expect(fixed).toContain('\n# sla-disable vague-wording -- <reason>\n');
    expect(diagnosticsOf(fixed)).toEqual([]);
  });

  it('adds the rule to a sla-disable-next-line comment already above the line', () => {
    const text = editExample([[
      '    definition: The assistant is unavailable to customers, or',
      '    # sla-disable-next-line no-placeholders -- agreed\n    definition: The assistant is unavailable to customers (TBD) and escalations are handled promptly, or',
    ]]);
    const vague = actionsFor(text, 'vague-wording').find((a) => a.title === 'Disable vague-wording for this line');
    const fixed = apply(text, vague);
    expect(fixed).toContain('    # sla-disable-next-line no-placeholders, vague-wording -- agreed\n    definition:');
    expect(diagnosticsOf(fixed)).toEqual([]);
  });

  it('corrects a misspelt rule id in a directive, and removes a directive that suppresses nothing', () => {
    const misspelt = editExample([['    definition: The assistant is unavailable', '    # sla-disable-next-line vague-wordin -- agreed\n    definition: The assistant is unavailable']]);
    const [fix] = actionsFor(misspelt, 'unused-disable-directive');
    expect(fix).toMatchObject({ title: 'Change `vague-wordin` to `vague-wording`', isPreferred: true });
    expect(apply(misspelt, fix)).toContain('# sla-disable-next-line vague-wording -- agreed');

    const unused = editExample([['    definition: The assistant is unavailable', '    # sla-disable-next-line vague-wording -- agreed\n    definition: The assistant is unavailable']]);
    const [remove] = actionsFor(unused, 'unused-disable-directive');
    expect(remove?.title).toBe('Remove the unused directive');
    expect(apply(unused, remove)).toBe(exampleText());
  });

  it('keeps the quotes of a quoted key it corrects, and offers nothing to suppress a schema finding', () => {
    const text = editExample([['    businessImpact: Customers cannot get help', '    "businesImpact": Customers cannot get help']]);
    const actions = actionsFor(text, 'schema');
    expect(actions.map((a) => a.title)).toEqual(['Change to `businessImpact`']);
    expect(apply(text, actions[0])).toBe(text.replace('"businesImpact"', '"businessImpact"'));
  });
});

describe('completion', () => {
  it('offers severity ids for an item of a block list, and weekdays in a flow list', () => {
    const severities = editExample([['    hours: berlin-business\n', '    hours: berlin-business\n    severities:\n      - cri\n']]);
    const items = completionsAt(severities, position(severities, '      - cri'));
    expect(items.map((item) => item.label)).toEqual(['critical', 'high', 'normal', 'low']);

    const days = editExample([['days: [mon, tue, wed, thu, fri]', 'days: [mon, tue, w]']]);
    const weekdays = completionsAt(days, position(days, 'days: [mon, tue, w'));
    expect(weekdays.map((item) => item.label)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
    expect(weekdays[2]?.textEdit).toMatchObject({ newText: 'wed' });
  });

  it('offers the keys of a new item in a list of mappings', () => {
    const text = editExample([['calendars:\n', 'calendars:\n  - \n']]);
    const keys = completionsAt(text, position(text, 'calendars:\n  - ')).map((item) => item.label);
    expect(keys).toEqual(expect.arrayContaining(['id', 'name', 'timezone', 'hours', 'holidays']));
  });

  it('offers the top-level keys a document does not have yet', () => {
    const text = `${exampleText()}\nrev`;
    const keys = completionsAt(text, { line: text.split('\n').length - 1, character: 3 }).map((item) => item.label);
    expect(keys).not.toContain('kind');
    expect(keys).toContain('availability');
  });
});
