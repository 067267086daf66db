// Installs from git, as `npm install git+…` and pre-commit do: from a clone of this repository's HEAD, offline
// against npm's cache, with no build step (dist/ is committed) and — for global installs — no devDependencies.
// The pre-commit hooks of .pre-commit-hooks.yaml are run by the real pre-commit (`try-repo`), skipped only when
// pre-commit is not installed (.ci/run installs it with pip).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_NAME } from '../../src/package-name.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const NPM_CACHE = execFileSync('npm', ['config', 'get', 'cache'], { encoding: 'utf8' }).trim();
const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
// The tests run with a scratch HOME; a `pip install --user` pre-commit lives under the real one, which Python finds
// from HOME unless PYTHONUSERBASE names it.
const PYTHON_USER_BASE = process.env.PYTHONUSERBASE ?? spawnSync('python3', ['-m', 'site', '--user-base'], { encoding: 'utf8' }).stdout?.trim();

let work: string;
let checkout: string;
let env: NodeJS.ProcessEnv;

function sh(command: string, args: string[], cwd: string): { status: number; output: string } {
  const r = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  return { status: r.status ?? 1, output: `${r.stdout}${r.stderr}` };
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'sla-git-install-'));
  mkdirSync(path.join(work, 'home'));
  checkout = path.join(work, 'sla');
  execFileSync('git', ['clone', '--quiet', ROOT, checkout]);
  env = {
    ...process.env, HOME: path.join(work, 'home'), npm_config_cache: NPM_CACHE, npm_config_offline: 'true',
    npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', NO_COLOR: '1',
    PRE_COMMIT_HOME: path.join(work, 'pre-commit-cache'),
    ...(PYTHON_USER_BASE ? { PYTHONUSERBASE: PYTHON_USER_BASE } : {}),
    GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com',
  };
}, 60_000);
// Removing an installed package tree takes seconds, and more on a busy machine: not the hook's default 10 s.
afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

describe('installing sla from git', () => {
  it('npm install git+file://… into a project: no build, the CLI runs', () => {
    const project = path.join(work, 'project');
    mkdirSync(project);
    writeFileSync(path.join(project, 'package.json'), '{ "name": "project", "private": true }\n');
    const install = sh('npm', ['install', `git+file://${checkout}`], project);
    expect(install.status, install.output).toBe(0);
    // No `build`, `prepare` or `prepack` script: npm does not install devDependencies to prepare the clone.
    expect(install.output).not.toMatch(/git dep preparation|esbuild/);
    const run = sh(process.execPath, [path.join(project, 'node_modules', ...PACKAGE_NAME.split('/'), 'bin/sla.cjs'), 'lint', path.join(ROOT, 'examples')], project);
    expect(run.status, run.output).toBe(0);
  }, 180_000);

  it('npm install --global git+file://… (devDependencies omitted, as pre-commit installs it): the CLI runs', () => {
    const prefix = path.join(work, 'global');
    const install = sh('npm', ['install', '--global', '--prefix', prefix, `git+file://${checkout}`], work);
    expect(install.status, install.output).toBe(0);
    const run = sh(path.join(prefix, 'bin', 'sla'), ['--version'], work);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain(VERSION);
  }, 180_000);

  describe.skipIf(!hasPreCommit)('pre-commit hooks (.pre-commit-hooks.yaml), run by pre-commit itself', () => {
    let repo: string;
    beforeAll(() => {
      repo = path.join(work, 'contracts');
      mkdirSync(path.join(repo, 'agreements'), { recursive: true });
      copyFileSync(path.join(ROOT, 'examples/essential-document-extraction.sla.yaml'), path.join(repo, 'agreements/good.sla.yaml'));
      for (const [command, args] of [['git', ['init', '--quiet', '--initial-branch', 'main']], ['git', ['add', '.']], ['git', ['commit', '--quiet', '-m', 'init']]] as const) {
        const r = sh(command, [...args], repo);
        expect(r.status, r.output).toBe(0);
      }
    });

    for (const hook of ['sla-lint', 'sla-validate']) {
      it(`${hook} passes a clean agreement and fails a broken one, naming file and line`, () => {
        const clean = sh('pre-commit', ['try-repo', checkout, hook, '--all-files'], repo);
        expect(clean.status, clean.output).toBe(0);
        expect(clean.output).toMatch(/\.{3,}Passed/);
        // A staged change with a wrong type: both hooks refuse it.
        const text = readFileSync(path.join(repo, 'agreements/good.sla.yaml'), 'utf8');
        writeFileSync(path.join(repo, 'agreements/bad.sla.yaml'), text.replace(/^slaVersion: 1$/m, 'slaVersion: one'));
        sh('git', ['add', 'agreements/bad.sla.yaml'], repo);
        const broken = sh('pre-commit', ['try-repo', checkout, hook, '--files', 'agreements/bad.sla.yaml'], repo);
        rmSync(path.join(repo, 'agreements/bad.sla.yaml'));
        sh('git', ['rm', '--quiet', '--cached', 'agreements/bad.sla.yaml'], repo);
        expect(broken.status, broken.output).toBe(1);
        // validate writes file:line:col; lint's stylish format names the file above its line:col findings.
        expect(broken.output).toContain('agreements/bad.sla.yaml');
        expect(broken.output).toMatch(/\b\d+:\d+\b.*slaVersion/);
      }, 240_000);
    }
  });
});
