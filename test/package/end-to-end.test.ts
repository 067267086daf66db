// A new user's path, end to end, offline against npm's cache: pack this checkout, install the tarball globally into
// an empty prefix with an empty HOME, `sla init --repo demo`, then in demo: `npm install` (of the tarball),
// `npm run lint`, `npm run render`, the GitHub Action's steps as the runner would run them, and `pre-commit run
// --all-files` with the hook of this repository (skipped when pre-commit is not installed; .ci/run installs it).
// The action and the hook use a `git clone` of this repository, i.e. the committed HEAD with its dist/.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { PACKAGE_NAME } from '../../src/package-name.js';
import { runAction } from './run-action.js';

const PYTHON_USER_BASE = process.env.PYTHONUSERBASE ?? spawnSync('python3', ['-m', 'site', '--user-base'], { encoding: 'utf8' }).stdout?.trim();

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const NPM_CACHE = execFileSync('npm', ['config', 'get', 'cache'], { encoding: 'utf8' }).trim();
const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;

let work: string;
let env: Record<string, string>;
let tarball: string;
let checkout: string;

function run(command: string, args: string[], cwd: string, extra: Record<string, string> = {}): { status: number; output: string } {
  const result = spawnSync(command, args, { cwd, env: { ...env, ...extra }, encoding: 'utf8' });
  return { status: result.status ?? 1, output: `$ ${command} ${args.join(' ')}\n${result.stdout}${result.stderr}` };
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'sla-e2e-'));
  const home = path.join(work, 'home');
  mkdirSync(home);
  env = {
    PATH: `${path.join(work, 'prefix', 'bin')}:${process.env.PATH}`,
    HOME: home,
    // npm's cache from `npm ci`, and no network: everything a user downloads must already be there.
    npm_config_cache: NPM_CACHE, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false',
    npm_config_update_notifier: 'false', NO_COLOR: '1', SOURCE_DATE_EPOCH: '1798761600',
    GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com',
    PRE_COMMIT_HOME: path.join(work, 'pre-commit-cache'),
    // A `pip install --user` pre-commit lives under the real HOME, which Python finds from HOME unless told.
    ...(PYTHON_USER_BASE ? { PYTHONUSERBASE: PYTHON_USER_BASE } : {}),
  };
  tarball = path.join(work, execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' }).trim().split('\n').at(-1)!);
  checkout = path.join(work, 'sla-checkout');
  execFileSync('git', ['clone', '--quiet', ROOT, checkout]);
}, 120_000);
// Removing an installed package tree takes seconds, and more on a busy machine: not the hook's default 10 s.
afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

describe('from an empty directory to a contract repository whose checks run', () => {
  it('packs the built CLI without sources, tests or a code cache', () => {
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');
    expect(files).toContain('package/dist/cli.cjs');
    expect(files).toContain('package/bin/sla.cjs');
    expect(files).toContain('package/LICENSE');
    expect(files.filter((f) => /\.v8-cache$|^package\/(src|test|bench|scripts)\//.test(f))).toEqual([]);
  });

  it('installs globally, scaffolds, installs in the repository, lints, renders, and runs the action and the hook', () => {
    const log: string[] = [];
    const step = (command: string, args: string[], cwd: string, extra?: Record<string, string>) => {
      const result = run(command, args, cwd, extra);
      log.push(result.output);
      expect(result.status, log.join('\n')).toBe(0);
      return result.output;
    };
    step('npm', ['install', '--global', '--prefix', path.join(work, 'prefix'), tarball], work);
    expect(step('sla', ['--version'], work)).toContain(VERSION);

    step('sla', ['init', '--repo', 'demo', '--client', 'Acme Logistics', '--provider', 'Kestrel Studio', '--workflow', 'Invoice extraction', '--timezone', 'Europe/Berlin', '--yes'], work);
    const demo = path.join(work, 'demo');
    const manifest = JSON.parse(readFileSync(path.join(demo, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(manifest.devDependencies).toEqual({ [PACKAGE_NAME]: `^${VERSION}` });
    // The registry would resolve ^VERSION to this tarball; offline, install the tarball itself under the same name.
    step('npm', ['install', '--save-dev', tarball], demo);
    step('npm', ['run', 'lint'], demo);
    step('npm', ['run', 'render'], demo);
    expect(readdirSync(path.join(demo, 'rendered')).sort()).toEqual(['acme-logistics-invoice-extraction.md', 'acme-logistics-invoice-extraction.pdf']);

    // The workflow's step `uses: sla-as-code/sla@vX` with its `with:`, run from a checkout of this repository.
    const workflow = parse(readFileSync(path.join(demo, '.github/workflows/sla.yml'), 'utf8')) as { jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }> };
    const uses = Object.values(workflow.jobs)[0]!.steps.find((s) => s.uses?.startsWith('sla-as-code/sla@'))!;
    const scratch = path.join(work, 'runner');
    mkdirSync(scratch);
    const action = runAction(checkout, {
      with: { ...Object.fromEntries(Object.entries(uses.with ?? {}).map(([k, v]) => [k, String(v)])), 'upload-sarif': 'true' },
      workspace: demo, scratch, env,
    });
    log.push(...action.steps.map((s) => `[action] ${s.name}: ${s.ran ? `exit ${s.status}\n${s.stdout}${s.stderr}` : `skipped (${s.skippedBecause})`}`));
    expect(action.failed, log.join('\n')).toBe(false);
    expect(action.outputs.lint).toMatchObject({ errors: '0', 'exit-code': '0', 'sarif-file': 'sla-results.sarif', files: '1' });
    expect(action.summary).toContain('## sla lint');
    expect(action.summary).toContain('## sla render');
    expect(action.summary).toContain('acme-logistics-invoice-extraction.pdf');
    expect((JSON.parse(readFileSync(path.join(demo, 'sla-results.sarif'), 'utf8')) as { version: string }).version).toBe('2.1.0');
    const upload = action.steps.find((s) => s.skippedBecause?.startsWith('uses: github/codeql-action/upload-sarif'))!;
    expect(upload.with).toEqual({ sarif_file: 'sla-results.sarif', category: 'sla' });
    const artifact = action.steps.find((s) => s.skippedBecause?.startsWith('uses: actions/upload-artifact'))!;
    expect(artifact.with).toMatchObject({ name: 'contracts', path: 'rendered' });

    if (hasPreCommit) {
      const config = parse(readFileSync(path.join(demo, '.pre-commit-config.yaml'), 'utf8')) as { repos: { repo: string; rev: string }[] };
      expect(config.repos[0]!.rev).toBe(`v${VERSION}`);
      // The release tag does not exist in a test checkout: the same hook from this repository's HEAD.
      config.repos[0]!.repo = checkout;
      config.repos[0]!.rev = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: checkout, encoding: 'utf8' }).trim();
      writeFileSync(path.join(demo, '.pre-commit-config.yaml'), stringify(config));
      step('git', ['init', '--quiet', '--initial-branch', 'main'], demo);
      step('git', ['add', '.'], demo);
      step('git', ['commit', '--quiet', '-m', 'agreements'], demo);
      const hook = step('pre-commit', ['run', '--all-files'], demo);
      expect(hook).toMatch(/sla lint\.+Passed/);
    }
    writeFileSync(path.join(ROOT, 'node_modules', '.cache', 'sla-e2e-transcript.txt'), log.join('\n'));
    expect(existsSync(path.join(demo, 'rendered'))).toBe(true);
  }, 600_000);
});
