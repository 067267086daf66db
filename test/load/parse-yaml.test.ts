import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadAgreement, loadAgreementText } from '../../src/agreement.js';
import { parseYamlSource } from '../../src/load/parse-yaml.js';
import { runCli } from '../helpers/cli.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'sla-load-'));
function writeTemp(name: string, content: string | Uint8Array): string {
  const file = path.join(tmp, name);
  writeFileSync(file, content);
  return file;
}

function only(text: string) {
  const result = loadAgreementText(text, 'x.sla.yaml');
  expect(result.ok).toBe(false);
  return result.diagnostics[0]!;
}

describe('loading YAML', () => {
  it('reports a syntax error with its line and column', () => {
    const d = only('slaVersion: 1\nkind: "SupportAgreement\nid: x\n');
    expect(d.code).toBe('yaml-syntax');
    expect(d.message).toMatch(/quote/);
    expect(d.range.line).toBeGreaterThanOrEqual(2);
  });

  it('refuses duplicate keys, naming the key and where the second one is', () => {
    const d = only('slaVersion: 1\nparties:\n  client: {name: A}\n  client: {name: B}\n');
    expect(d.code).toBe('duplicate-key');
    expect(d.message).toContain('`client` appears twice');
    expect(d.range).toMatchObject({ line: 4, column: 3 });
  });

  it('stops an alias bomb before it expands, at the first alias', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
    ].join('\n');
    // How long it takes is measured in bench/load-linear.mjs (anchors-aliases-at-limit), not here.
    const d = only(bomb);
    expect(d.code).toBe('alias-limit');
    expect(d.message).toContain('alias bomb');
    expect(d.range).toMatchObject({ line: 2, column: 8 });
  });

  it('says a document nests too deeply instead of "Maximum call stack size exceeded"', () => {
    const d = only(`slaVersion: 1\ntitle: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`);
    expect(d.message).toMatch(/^the document nests too deeply to read/);
    expect(d.range.line).toBe(2);
  });

  it('refuses text over the size limit and text with NUL characters, as it refuses such files', () => {
    const big = loadAgreementText(`# ${'x'.repeat(2000)}\n`, 'x.sla.yaml', { limits: { maxBytes: 1000 } });
    expect(big.diagnostics[0]).toMatchObject({ code: 'file-too-large', message: expect.stringContaining('2,003 bytes, more than the 1,000-byte limit') });
    const nul = only('slaVersion: 1\nkind: Support\u0000Agreement\n');
    expect(nul).toMatchObject({ code: 'binary-file', range: { line: 2, column: 14 } });
  });

  it('names an alias whose anchor is missing', () => {
    const d = only('a: &x [1]\nb: *y\n');
    expect(d.code).toBe('unresolved-alias');
    expect(d.range.line).toBe(2);
  });

  it('says why a file with CR-only line endings reads as nothing, and reads CRLF', () => {
    const text = 'slaVersion: 1\nkind: SupportAgreement\n';
    expect(only(text.replace(/\n/g, '\r'))).toMatchObject({ code: 'cr-line-endings', message: expect.stringContaining('save it with LF (or CRLF) line endings') });
    expect(only(text.replace(/\n/g, '\r\n')).code).not.toBe('cr-line-endings');
  });

  it('refuses an empty file and a file of comments only', () => {
    expect(only('').code).toBe('empty-file');
    expect(only('   \n\n').code).toBe('empty-file');
    expect(only('# just a comment\n').code).toBe('empty-file');
  });

  it('refuses several documents in one file, pointing at the second', () => {
    const d = only('slaVersion: 1\n---\nslaVersion: 1\n');
    expect(d.code).toBe('multiple-documents');
    expect(d.range.line).toBe(2);
  });

  it('refuses a top level that is not a mapping', () => {
    expect(only('- a\n- b\n').code).toBe('not-a-mapping');
    expect(only('just text\n').code).toBe('not-a-mapping');
  });

  it('keeps __proto__ keys harmless: plain data, reported as an unknown field, no prototype pollution', () => {
    const result = loadAgreementText('__proto__: {polluted: true}\nslaVersion: 1\n', 'x.sla.yaml');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const d = result.diagnostics.find((x) => x.code === 'unknown-field');
    expect(d?.message).toContain('`__proto__`');
    expect(d?.range).toMatchObject({ line: 1, column: 1 });
  });

  it('puts YAML warnings into the result, never on stderr', () => {
    const source = parseYamlSource('slaVersion: !custom 1\n', 'x.sla.yaml');
    expect(source.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'yaml-tag-resolve-failed' })]);
  });

  it('maps every value to its source position', () => {
    const source = parseYamlSource('parties:\n  client:\n    name: "Zoë"\nlist:\n  - one\n  - two\n', 'x');
    expect(source.sourceMap.get('/parties/client/name')).toEqual({
      key: { line: 3, column: 5, endLine: 3, endColumn: 9 },
      value: { line: 3, column: 11, endLine: 3, endColumn: 16 },
    });
    expect(source.sourceMap.get('/list/1')?.value).toMatchObject({ line: 6, column: 5 });
    // A missing field is shown at the nearest ancestor's key.
    expect(source.sourceMap.rangeOf('/parties/client/email')).toMatchObject({ line: 2, column: 3 });
  });
});

describe('reading files', () => {
  it('refuses a file over the size limit without reading it', async () => {
    const file = writeTemp('big.sla.yaml', `slaVersion: 1\n# ${'x'.repeat(5000)}\n`);
    const result = await loadAgreement(file, { limits: { maxBytes: 1000 } });
    expect(result.diagnostics[0]).toMatchObject({ code: 'file-too-large' });
    expect(result.diagnostics[0]!.message).toContain('1,000-byte limit');
    expect(result.unreadable).toBe(false);
  });

  it('refuses a 50 MB file through the CLI with exit 1 and no stack trace', async () => {
    const file = writeTemp('huge.sla.yaml', Buffer.alloc(50 * 1024 * 1024, 0x20));
    const run = await runCli(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/huge\.sla\.yaml:1:1 {2}error {2}the file is 52,428,800 bytes/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses binary files, pointing at the first NUL byte', async () => {
    const file = writeTemp('bin.sla.yaml', Buffer.from('slaVersion: 1\nkind: \u0000\u0001\u0002\n'));
    const result = await loadAgreement(file);
    expect(result.diagnostics[0]).toMatchObject({ code: 'binary-file', range: { line: 2, column: 7 } });
  });

  it('refuses text that is not UTF-8, pointing at the bad byte', async () => {
    const latin1 = Buffer.from('slaVersion: 1\ntitle: Caf\xe9\n', 'latin1');
    const result = await loadAgreement(writeTemp('latin1.sla.yaml', latin1));
    expect(result.diagnostics[0]).toMatchObject({ code: 'not-utf8', range: { line: 2, column: 11 } });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('slaVersion: 1\n', 'utf16le')]);
    expect((await loadAgreement(writeTemp('utf16.sla.yaml', utf16))).diagnostics[0]!.message).toContain('UTF-16');
  });

  it('accepts a UTF-8 byte-order mark', async () => {
    const result = await loadAgreement(writeTemp('bom.sla.yaml', '\ufeffslaVersion: 1\n'));
    expect(result.diagnostics.some((d) => d.code === 'not-utf8' || d.code === 'yaml-syntax')).toBe(false);
  });

  it('reports a missing file as unreadable (the command could not do its job)', async () => {
    const result = await loadAgreement(path.join(tmp, 'nope.sla.yaml'));
    expect(result.unreadable).toBe(true);
    expect(result.diagnostics[0]!.message).toContain('no such file');
  });
});

describe('the YAML parser stays quiet', () => {
  it('prints no process warning for a collection used as a key (it would reach stderr)', () => {
    const emitWarning = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
    try {
      for (const fastPath of [true, false]) {
        const result = parseYamlSource('[a, b]: x\nkey:\n  {c: 1}: y\n', 'a.sla.yaml', undefined, { fastPath });
        expect(result.data).toEqual({ '[ a, b ]': 'x', key: { '{ c: 1 }': 'y' } });
      }
      expect(emitWarning).not.toHaveBeenCalled();
    } finally {
      emitWarning.mockRestore();
    }
  });
});
