/**
 * The VS Code extension in editors/vscode/ packages into a .vsix with the maintained packaging tool (@vscode/vsce,
 * a devDependency). PACKAGING TEST: it copies the folder to a temporary directory, bundles extension.js with
 * vscode-languageclient into itself (esbuild; `vscode` stays external, VS Code provides it), and packages with
 * `--no-dependencies`, so nothing is installed and no network is needed. Takes a few seconds.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/example.js';

const run = promisify(execFile);
const EXTENSION = path.join(ROOT, 'editors/vscode');

/** The entries of a zip file by name: enough of the format (central directory, stored or deflated) for a .vsix. */
function readZip(zip: Buffer): Map<string, Buffer> {
  const entries = new Map<string, Buffer>();
  // The end-of-central-directory record is in the last 64 KB + 22 bytes (its comment is at most 64 KB).
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('broken central directory');
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + compressed);
    entries.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

let work: string;
let vsix: Map<string, Buffer>;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'sla-vscode-'));
  const folder = path.join(work, 'vscode');
  await cp(EXTENSION, folder, { recursive: true, filter: (source) => !source.includes(`${path.sep}node_modules`) && !source.endsWith('.vsix') });
  // One self-contained extension.js in place of the source: the folder has no node_modules of its own here.
  await build({
    entryPoints: [path.join(folder, 'extension.js')],
    outfile: path.join(folder, 'extension.js'),
    allowOverwrite: true,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    nodePaths: [path.join(ROOT, 'node_modules')],
    logLevel: 'error',
  });
  const out = path.join(work, 'sla.vsix');
  await run(process.execPath, [path.join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--out', out], {
    cwd: folder,
    env: { ...process.env, NO_COLOR: '1' },
  });
  vsix = readZip(await readFile(out));
}, 60_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('editors/vscode packaged with vsce', () => {
  it('holds the manifest, the extension and its readme and licence', () => {
    expect([...vsix.keys()]).toEqual(expect.arrayContaining([
      'extension.vsixmanifest', '[Content_Types].xml', 'extension/package.json', 'extension/extension.js', 'extension/readme.md', 'extension/LICENSE.txt',
    ]));
  });

  it('starts from extension.js on yaml files and workspaces with agreements', () => {
    const manifest = JSON.parse(vsix.get('extension/package.json')!.toString('utf8')) as Record<string, any>;
    expect(manifest.main).toBe('./extension.js');
    expect(manifest.engines.vscode).toMatch(/^\^1\.\d+\.\d+$/);
    expect(manifest.activationEvents).toEqual(expect.arrayContaining(['onLanguage:yaml', 'workspaceContains:**/*.sla.yaml']));
    expect(manifest.contributes.configuration.properties['sla.path']).toBeDefined();
  });

  it('carries vscode-languageclient inside extension.js, and only `vscode` from outside', () => {
    const code = vsix.get('extension/extension.js')!.toString('utf8');
    expect(code).toContain('LanguageClient');
    const required = [...code.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((m) => m[1]!).filter((id) => !id.startsWith('node:'));
    expect([...new Set(required.filter((id) => !builtinModules.includes(id)))]).toEqual(['vscode']);
    expect([...vsix.keys()].some((name) => name.includes('node_modules/'))).toBe(false);
  });
});
