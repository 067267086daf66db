// The package as a consumer sees it: installed under its published name (a link to this checkout, as npm links a
// local dependency), imported from ESM, required from CommonJS, and its bin run. Runs on each Node line .ci/run
// tests (20, 22, 24). Needs dist/ (the committed build).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_NAME } from '../../src/package-name.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  name: string; version: string; bin: Record<string, string>; exports: Record<string, unknown>; files: string[];
  engines: { node: string }; repository: { url: string }; bugs: { url: string }; homepage: string; license: string; scripts: Record<string, string>;
};

let consumer: string;
beforeAll(() => {
  consumer = mkdtempSync(path.join(tmpdir(), 'sla-consumer-'));
  mkdirSync(path.join(consumer, 'node_modules', '@sla-as-code'), { recursive: true });
  symlinkSync(ROOT, path.join(consumer, 'node_modules', ...PACKAGE_NAME.split('/')), 'dir');
  writeFileSync(path.join(consumer, 'package.json'), '{ "name": "consumer", "private": true }\n');
});
afterAll(() => rmSync(consumer, { recursive: true, force: true }), 120_000);

function node(file: string, source: string): { status: number | null; stdout: string; stderr: string } {
  writeFileSync(path.join(consumer, file), source);
  const run = spawnSync(process.execPath, [file], { cwd: consumer, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const CHECK = `const r = sla.loadAgreementText('slaVersion: 1', 'a.sla.yaml'); console.log(typeof sla.lintAgreement, r.ok, r.diagnostics.length > 0);`;

describe(`the package ${PACKAGE_NAME} on Node ${process.versions.node}`, () => {
  it('has the name the code looks itself up by, and the metadata a registry page shows', () => {
    expect(manifest.name).toBe(PACKAGE_NAME);
    expect(manifest.bin).toEqual({ sla: 'bin/sla.cjs' });
    expect(manifest.license).toBe('MIT');
    expect(readFileSync(path.join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    expect(manifest.repository.url).toMatch(/^git\+https:\/\/github\.com\/.+\.git$/);
    expect(manifest.bugs.url).toMatch(/^https:\/\//);
    expect(manifest.homepage).toMatch(/^https:\/\//);
    expect(manifest.files).toEqual(expect.arrayContaining(['bin', 'dist', 'schemas', 'templates']));
  });

  it('needs no build when installed: no install-time scripts (git installs and pre-commit run the committed dist/)', () => {
    // npm prepares a git dependency (installing its devDependencies) when any of these exist, `build` included.
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare', 'prepack', 'build']) expect(manifest.scripts[script]).toBeUndefined();
  });

  it('keeps engines honest: this Node satisfies it', () => {
    const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
    expect(manifest.engines.node).toBe('>=20.19');
    expect(major > 20 || (major === 20 && minor >= 19)).toBe(true);
  });

  it('is imported from ESM', () => {
    const run = node('esm.mjs', `import * as sla from '${PACKAGE_NAME}';\n${CHECK}\n`);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('function false true\n');
  });

  it('is required from CommonJS (require of an ES module, Node 20.19+)', () => {
    const run = node('cjs.cjs', `const sla = require('${PACKAGE_NAME}');\n${CHECK}\n`);
    expect(run.stderr.replace(/^.*ExperimentalWarning.*\n(?:.*--trace-warnings.*\n)?/m, '')).toBe('');
    expect(run.stdout).toBe('function false true\n');
  });

  it('exposes the schema and package.json, and nothing else by deep path', () => {
    const run = node('paths.cjs', [
      `console.log(require('${PACKAGE_NAME}/schema.json').$id);`,
      `console.log(require('${PACKAGE_NAME}/package.json').name);`,
      `try { require('${PACKAGE_NAME}/dist/index.js'); } catch (e) { console.log(e.code); }`,
    ].join('\n'));
    expect(run.stdout.split('\n')).toEqual(['https://sla-as-code.dev/schemas/sla-1.schema.json', PACKAGE_NAME, 'ERR_PACKAGE_PATH_NOT_EXPORTED', '']);
  });

  it('runs its bin', () => {
    const run = spawnSync(process.execPath, [path.join(consumer, 'node_modules', ...PACKAGE_NAME.split('/'), manifest.bin.sla!), '--version'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(manifest.version);
  });
});
