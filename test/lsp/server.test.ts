/**
 * `sla lsp` end to end: the CLI is spawned as an editor starts it (`sla lsp --stdio`) and driven over stdio by a real
 * JSON-RPC client (vscode-jsonrpc). Waits are for events (a publication, a response), never for a time.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ruleDocsUrl } from '../../src/lint/engine.js';
import { editExample, ROOT } from '../helpers/example.js';
import { buildTestCli, LspClient, type PublishedDiagnostics } from './lsp-client.js';

type Diagnostic = PublishedDiagnostics['diagnostics'][number];
type Range = Diagnostic['range'];
interface TextEdit { range: Range; newText: string }
interface CodeAction { title: string; kind?: string; isPreferred?: boolean; edit?: { changes?: Record<string, TextEdit[]> } }

// A definition with vague wording planted in it: one `vague-wording` finding on "promptly".
const VAGUE = 'The assistant is unavailable to customers and escalations are handled promptly, or gives answers that put customers';
const PLANTED = editExample([['The assistant is unavailable to customers, or gives answers that put customers', VAGUE]]);

/** The 0-based LSP position of the n-th occurrence of `needle`. */
function lspPosition(text: string, needle: string, occurrence = 1): { line: number; character: number } {
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`not found: ${needle}`);
  }
  const before = text.slice(0, index);
  return { line: before.split('\n').length - 1, character: index - (before.lastIndexOf('\n') + 1) };
}

/** Applies LSP edits to a text (edits do not overlap; applied from the last). */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  let result = text;
  for (const edit of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) {
    result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end));
  }
  return result;
}

let build: Awaited<ReturnType<typeof buildTestCli>>;
let version = 1;

/** Replaces the main document's text (as a new version) and returns what the server publishes for that version. */
async function change(text: string): Promise<PublishedDiagnostics> {
  const uri = pathToFileURL(path.join(workspace, 'acme.sla.yaml')).href;
  const next = ++version;
  await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: next }, contentChanges: [{ text }] });
  return client.waitForDiagnostics(uri, (p) => p.version === next);
}
let workspace: string;
let client: LspClient;

beforeAll(async () => {
  build = await buildTestCli();
  // Outside the repository: its root .slarc.yaml ignores test/**, and the workspace brings configs of its own.
  workspace = await mkdtemp(path.join(os.tmpdir(), 'sla-lsp-'));
  await mkdir(path.join(workspace, 'strict'));
  await writeFile(path.join(workspace, 'strict/.slarc.yaml'), 'rules:\n  vague-wording: error\n');
  client = new LspClient(build.launcher, workspace);
  await client.initialize(workspace);
}, 60_000);

afterAll(async () => {
  const code = await client?.close();
  expect(code).toBe(0);
  expect(client.stderr).toBe('');
  await build?.remove();
  if (workspace) await rm(workspace, { recursive: true, force: true });
});

describe('sla lsp over stdio', () => {
  const uri = () => pathToFileURL(path.join(workspace, 'acme.sla.yaml')).href;

  it('answers initialize with its capabilities', async () => {
    // initialize ran in beforeAll; a second client would be a second server. Ask for what it offers through a hover instead.
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///nowhere.sla.yaml' }, position: { line: 0, character: 0 } });
    expect(hover).toBeNull();
  });

  it('publishes the planted finding at its exact range, with the rule id and docs link', async () => {
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(), languageId: 'yaml', version: 1, text: PLANTED } });
    const published = await client.waitForDiagnostics(uri(), (p) => p.version === 1);
    const vague = published.diagnostics.filter((d) => d.code === 'vague-wording');
    expect(vague).toHaveLength(1);
    const start = lspPosition(PLANTED, 'promptly');
    expect(vague[0]!.range).toEqual({ start, end: { line: start.line, character: start.character + 'promptly'.length } });
    expect(vague[0]!.severity).toBe(2); // warning, the rule's default
    expect(vague[0]!.codeDescription?.href).toBe(ruleDocsUrl('vague-wording'));
    expect(vague[0]!.source).toBe('sla');
    // The example is otherwise clean.
    expect(published.diagnostics).toHaveLength(1);
  });

  it('offers to disable the rule for the line, with the indentation of the line', async () => {
    const diagnostic = (await change(PLANTED)).diagnostics.find((d) => d.code === 'vague-wording')!;
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uri() }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
    });
    const disable = actions.find((a) => a.title === 'Disable vague-wording for this line');
    expect(disable?.kind).toBe('quickfix');
    const edits = disable!.edit!.changes![uri()]!;
    const line = lspPosition(PLANTED, VAGUE).line;
    expect(edits).toEqual([{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: '    # sla-disable-next-line vague-wording -- <reason>\n' }]);

    // Applied, the finding is suppressed and the comment brings no finding of its own.
    expect((await change(applyEdits(PLANTED, edits))).diagnostics).toEqual([]);
  });

  it('updates the diagnostics after an incremental edit that fixes the mistake', async () => {
    // Back to the planted text, then replace "promptly" with a number, as a user types it.
    const planted = await change(PLANTED);
    expect(planted.diagnostics.map((d) => d.code)).toEqual(['vague-wording']);
    const start = lspPosition(PLANTED, 'promptly');
    const next = ++version;
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri(), version: next },
      contentChanges: [{ range: { start, end: { line: start.line, character: start.character + 'promptly'.length } }, text: 'within 2 business hours' }],
    });
    const fixed = await client.waitForDiagnostics(uri(), (p) => p.version === next);
    expect(fixed.diagnostics.filter((d) => d.code === 'vague-wording')).toEqual([]);
  });

  it('reports an unknown key as a schema finding and offers its did-you-mean as the preferred fix', async () => {
    const typo = editExample([['    businessImpact: Customers cannot get help', '    businesImpact: Customers cannot get help']]);
    const published = await change(typo);
    const schema = published.diagnostics.find((d) => d.code === 'schema');
    const start = lspPosition(typo, 'businesImpact');
    expect(schema?.range).toEqual({ start, end: { line: start.line, character: start.character + 'businesImpact'.length } });
    expect(schema?.severity).toBe(1);
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uri() }, range: schema!.range, context: { diagnostics: [schema] },
    });
    // Schema findings cannot be suppressed: the only action is the fix.
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ title: 'Change `businesImpact` to `businessImpact`', kind: 'quickfix', isPreferred: true });
    expect(actions[0]!.edit!.changes![uri()]).toEqual([{ range: schema!.range, newText: 'businessImpact' }]);
  });

  it('offers the IANA zone for a time-zone abbreviation in prose', async () => {
    const text = editExample([['no workaround exists.', 'no workaround exists before 17:00 CET.']]);
    const published = await change(text);
    const zone = published.diagnostics.find((d) => d.code === 'timezone-abbreviation');
    const start = lspPosition(text, 'CET.');
    expect(zone?.range).toEqual({ start, end: { line: start.line, character: start.character + 3 } });
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uri() }, range: zone!.range, context: { diagnostics: [zone] },
    });
    expect(actions.map((a) => a.title)).toEqual(['Replace "CET" with Europe/Berlin', 'Disable timezone-abbreviation for this line']);
    expect(actions[0]!.edit!.changes![uri()]).toEqual([{ range: zone!.range, newText: 'Europe/Berlin' }]);
  });

  it('shows the field description on hover, and the rule with its docs on a finding', async () => {
    await change(PLANTED);
    const onKey = await client.connection.sendRequest<{ contents: { kind: string; value: string } }>('textDocument/hover', {
      textDocument: { uri: uri() }, position: { ...lspPosition(PLANTED, 'status: active'), character: 2 },
    });
    expect(onKey.contents.kind).toBe('markdown');
    expect(onKey.contents.value).toContain('**Status**');
    expect(onKey.contents.value).toContain('Where the document is in its life');

    const onFinding = await client.connection.sendRequest<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri: uri() }, position: lspPosition(PLANTED, 'promptly'),
    });
    expect(onFinding.contents.value).toContain('**Definition**');
    expect(onFinding.contents.value).toContain('sla: `vague-wording`');
    expect(onFinding.contents.value).toContain(`(${ruleDocsUrl('vague-wording')})`);
  });

  it('completes enum values and the ids the document defines', async () => {
    const text = PLANTED.replace('status: active', 'status: ').replace('response: { within: 2h, calendar: berlin-business,', 'response: { within: 2h, calendar: ber,');
    await change(text);
    const status = await client.connection.sendRequest<{ label: string }[]>('textDocument/completion', {
      textDocument: { uri: uri() }, position: { ...lspPosition(text, 'status: '), character: 'status: '.length },
    });
    expect(status.map((item) => item.label)).toEqual(['draft', 'proposed', 'active', 'superseded', 'expired']);

    const at = lspPosition(text, 'calendar: ber,');
    const calendar = await client.connection.sendRequest<{ label: string; textEdit: TextEdit }[]>('textDocument/completion', {
      textDocument: { uri: uri() }, position: { line: at.line, character: at.character + 'calendar: ber'.length },
    });
    expect(calendar.map((item) => item.label)).toEqual(['berlin-business', 'always-on', 'unstated']);
    expect(calendar[0]!.textEdit.range.start.character).toBe(at.character + 'calendar: '.length);

    // The first tier without its target for `low`, and a key being typed where it was.
    const severityKey = text.replace('      low:\n        response: { within: 2d, calendar: berlin-business, firmness: commitment }\n', '      lo\n');
    await change(severityKey);
    const keyAt = lspPosition(severityKey, '      lo\n');
    const keys = await client.connection.sendRequest<{ label: string; textEdit: TextEdit }[]>('textDocument/completion', {
      textDocument: { uri: uri() }, position: { line: keyAt.line, character: 8 },
    });
    // The only level the tier does not give targets for yet.
    expect(keys.map((item) => [item.label, item.textEdit.newText])).toEqual([['low', 'low: ']]);

    // The keys a severity level takes and does not have yet.
    const levelKey = PLANTED.replace('    businessImpact: Customers cannot get help', '    busi\n    x-note: Customers cannot get help');
    await change(levelKey);
    const levelAt = lspPosition(levelKey, '    busi\n');
    const levelKeys = await client.connection.sendRequest<{ label: string }[]>('textDocument/completion', {
      textDocument: { uri: uri() }, position: { line: levelAt.line, character: 8 },
    });
    expect(levelKeys.map((item) => item.label)).toContain('businessImpact');
    expect(levelKeys.map((item) => item.label)).not.toContain('definition');
  });

  it('honours the nearest .slarc.yaml', async () => {
    const strict = pathToFileURL(path.join(workspace, 'strict/acme.sla.yaml')).href;
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: strict, languageId: 'yaml', version: 1, text: PLANTED } });
    const published = await client.waitForDiagnostics(strict, (p) => p.version === 1);
    expect(published.diagnostics.map((d) => [d.code, d.severity])).toEqual([['vague-wording', 1]]);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: strict } });
    const cleared = await client.waitForDiagnostics(strict);
    expect(cleared.diagnostics).toEqual([]);
  });

  it('reads a config again when the editor reports it changed, and names a config that cannot be used', async () => {
    const strict = pathToFileURL(path.join(workspace, 'strict/acme.sla.yaml')).href;
    const config = path.join(workspace, 'strict/.slarc.yaml');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: strict, languageId: 'yaml', version: 1, text: PLANTED } });
    expect((await client.waitForDiagnostics(strict, (p) => p.version === 1)).diagnostics.map((d) => d.code)).toEqual(['vague-wording']);

    await writeFile(config, 'rules:\n  vague-wording: off\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    expect((await client.waitForDiagnostics(strict)).diagnostics).toEqual([]);

    await writeFile(config, 'rules:\n  vague-wordings: off\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    const broken = await client.waitForDiagnostics(strict);
    expect(broken.diagnostics).toHaveLength(1);
    expect(broken.diagnostics[0]).toMatchObject({ code: 'config', severity: 1, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
    expect(broken.diagnostics[0]!.message).toContain(`${config}:2:3`);
    expect(broken.diagnostics[0]!.message).toContain('did you mean `vague-wording`?');

    await writeFile(config, 'rules:\n  vague-wording: error\n');
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: strict } });
    await client.waitForDiagnostics(strict);
  });

  it("reports a plugin's findings with its docs, and describes its rule on hover", async () => {
    // The repository's example plugin, named by path from a config of the workspace.
    await mkdir(path.join(workspace, 'house'));
    await writeFile(path.join(workspace, 'house/.slarc.yaml'), `plugins:\n  acme: ${JSON.stringify(path.join(ROOT, 'examples/plugin/index.js'))}\nrules:\n  acme/banned-terms: error\n`);
    const house = pathToFileURL(path.join(workspace, 'house/acme.sla.yaml')).href;
    const text = editExample([['no workaround exists.', 'no workaround exists; unlimited help follows.']]);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: house, languageId: 'yaml', version: 1, text } });
    const published = await client.waitForDiagnostics(house, (p) => p.version === 1);
    const start = lspPosition(text, 'unlimited');
    expect(published.diagnostics.map((d) => [d.code, d.severity, d.range])).toEqual([['acme/banned-terms', 1, { start, end: { line: start.line, character: start.character + 'unlimited'.length } }]]);
    expect(published.diagnostics[0]!.codeDescription?.href).toBe('https://github.com/sla-as-code/sla/blob/main/examples/plugin/docs/rules/banned-terms.md');
    const hover = await client.connection.sendRequest<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: house }, position: start });
    expect(hover.contents.value).toContain('sla: `acme/banned-terms`** — Free text uses a term the house style forbids');
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: house } });
    await client.waitForDiagnostics(house);
  });

  it('leaves other YAML files alone', async () => {
    const other = pathToFileURL(path.join(workspace, 'compose.yaml')).href;
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: other, languageId: 'yaml', version: 1, text: 'promptly: TODO\n' } });
    const completion = await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: other }, position: { line: 0, character: 0 } });
    expect(completion).toEqual([]);
    // Requests are answered in order: had the server linted the file, its diagnostics would have arrived by now.
    await expect(client.waitForDiagnostics(other, () => true, 1)).rejects.toThrow();
  });
});
