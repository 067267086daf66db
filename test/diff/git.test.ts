// `sla diff --git` in a real repository made by `sla init --repo`: a ref against the working tree, two commits,
// renames (git mv), added and removed agreements, paths, and what stops it (exit 2). git runs with no global or
// system configuration and an identity set through the environment; nothing touches the network.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitDiffError, parseGitRange, parseNameStatus } from '../../src/diff/git.js';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/example.js';

let home: string;
let repo: string;
const AGREEMENT = 'agreements/acme-logistics-invoice-extraction.sla.yaml';
const RENAMED = 'agreements/acme-invoices.sla.yaml';
const SLOWER: [string, string] = ['response: { within: 1h, calendar: always-on', 'response: { within: 2h, calendar: always-on'];

function gitEnv(): Record<string, string> {
  return {
    HOME: home, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: path.join(home, 'no-gitconfig'), GIT_CEILING_DIRECTORIES: path.dirname(home),
    GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com',
  };
}

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, env: { PATH: process.env.PATH, ...gitEnv() }, encoding: 'utf8' });
}

function edit(file: string, [search, replacement]: [string, string]): void {
  const full = path.join(repo, file);
  const text = readFileSync(full, 'utf8');
  if (!text.includes(search)) throw new Error(`fixture edit did not apply: ${search}`);
  writeFileSync(full, text.replace(search, replacement));
}

const diff = (args: string[], cwd = repo) => runCli(['diff', ...args], { cwd, env: gitEnv() });
const json = async (args: string[], cwd = repo) => {
  const run = await diff([...args, '-f', 'json'], cwd);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
};

beforeAll(async () => {
  home = mkdtempSync(path.join(tmpdir(), 'sla-diff-git-'));
  const init = await runCli(['init', '--repo', 'demo', '--client', 'Acme Logistics', '--provider', 'Kestrel Studio', '--workflow', 'Invoice extraction', '--timezone', 'Europe/London', '--yes'], { cwd: home });
  expect(init.code).toBe(0);
  repo = path.join(home, 'demo');
  git('init', '--quiet', '--initial-branch=main');
  git('add', '.');
  git('commit', '--quiet', '-m', 'the agreement as signed');
}, 60_000);
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('sla diff --git', () => {
  it('<ref> alone compares it with the working tree; from any directory inside the repository, paths from its root', async () => {
    edit(AGREEMENT, SLOWER);
    const report = await json(['--git', 'HEAD']);
    expect(report).toMatchObject({ base: 'HEAD', head: 'working tree', verdict: { weaker: 1, mixed: 0, stronger: 0, neutral: 0 } });
    expect(report.files).toEqual([expect.objectContaining({ status: 'modified', oldPath: AGREEMENT, newPath: AGREEMENT })]);
    expect(report.files[0].diff.changes).toEqual([expect.objectContaining({ pointer: '/tiers/0/targets/critical/response', effect: 'weaker' })]);
    // The same from a subdirectory, and with a path relative to it.
    expect((await json(['--git', 'HEAD'], path.join(repo, 'agreements'))).files[0].newPath).toBe(AGREEMENT);
    expect((await json(['--git', 'HEAD', '.'], path.join(repo, '.github'))).files).toEqual([]);

    const stylish = await diff(['--git', 'HEAD']);
    expect(stylish.code).toBe(0);
    expect(stylish.stdout.split('\n')[0]).toBe('HEAD → working tree');
    expect(stylish.stdout).toContain(`\n${AGREEMENT}\n`);
    expect(stylish.stdout.trimEnd().split('\n').at(-1)).toBe('1 change weaker for the client');
    expect((await diff(['--git', 'HEAD', '--fail-on', 'weaker'])).code).toBe(1);
    expect((await diff(['--git', 'HEAD', '--fail-on', 'none'])).code).toBe(0);
    // -o never writes over an agreement it compares.
    const over = await diff(['--git', 'HEAD', '-o', path.basename(AGREEMENT), '--force'], path.join(repo, 'agreements'));
    expect(over.code).toBe(2);
    expect(over.stderr).toBe(`sla: --output ${path.basename(AGREEMENT)} is the agreement ${AGREEMENT} itself; write the diff to another file\n`);
  });

  it('<a>..<b> compares two commits, whatever the working tree holds; <ref> = HEAD after the commit finds nothing', async () => {
    git('commit', '--quiet', '-am', 'critical response 1h → 2h');
    for (const range of ['HEAD~1..HEAD', 'HEAD~1', 'HEAD~1..']) {
      const report = await json(['--git', range]);
      expect(report.verdict, range).toEqual({ stronger: 0, weaker: 1, neutral: 0, mixed: 0 });
      expect(report.files.map((f: { status: string }) => f.status)).toEqual(['modified']);
    }
    expect((await json(['--git', 'HEAD~1..HEAD'])).head).toBe('HEAD');
    const none = await diff(['--git', 'HEAD', '--fail-on', 'any', '-f', 'md']);
    expect(none.code).toBe(0);
    expect(none.stdout).toBe('<!-- sla-diff -->\n## Agreement changes\n\n**No change to the agreement**\n');
    expect((await diff(['--git', 'HEAD~1..HEAD', '--fail-on', 'weaker'])).code).toBe(1);
  });

  it('pairs a renamed agreement (git mv) and compares it', async () => {
    git('mv', AGREEMENT, RENAMED);
    edit(RENAMED, ['response: { within: 2h, calendar: always-on', 'response: { within: 30m, calendar: always-on']);
    const uncommitted = await json(['--git', 'HEAD']);
    expect(uncommitted.files).toEqual([expect.objectContaining({ status: 'renamed', oldPath: AGREEMENT, newPath: RENAMED })]);
    expect(uncommitted.verdict).toEqual({ stronger: 1, weaker: 0, neutral: 0, mixed: 0 });
    git('commit', '--quiet', '-am', 'renamed, critical response 2h → 30m');
    const report = await json(['--git', 'HEAD~1..HEAD']);
    expect(report.files).toEqual([expect.objectContaining({ status: 'renamed', oldPath: AGREEMENT, newPath: RENAMED })]);
    expect(report.files[0].diff.changes).toEqual([expect.objectContaining({ effect: 'stronger' })]);
    expect(report.headline).toBe('1 change stronger for the client; 1 agreement renamed');
    const md = await diff(['--git', 'HEAD~1..HEAD', '-f', 'md']);
    expect(md.stdout).toContain(`Renamed from ${AGREEMENT}.`);
  });

  it('names added and removed agreements without comparing them; other files are not agreements', async () => {
    mkdirSync(path.join(repo, 'agreements/extra'), { recursive: true });
    writeFileSync(path.join(repo, 'agreements/extra/policy.sla.yaml'), readFileSync(path.join(ROOT, 'examples/published-support-policy.sla.yaml')));
    writeFileSync(path.join(repo, 'notes.yaml'), 'not: an agreement\n');
    // Untracked agreements in the working tree count as added.
    const untracked = await json(['--git', 'HEAD']);
    expect(untracked.files).toEqual([{ status: 'added', newPath: 'agreements/extra/policy.sla.yaml' }]);
    expect(untracked.headline).toBe('1 agreement added');
    git('add', '.');
    git('commit', '--quiet', '-m', 'a second agreement');
    const added = await json(['--git', 'HEAD~1..HEAD']);
    expect(added.files).toEqual([{ status: 'added', newPath: 'agreements/extra/policy.sla.yaml' }]);
    expect((await diff(['--git', 'HEAD~1..HEAD', '--fail-on', 'weaker'])).code).toBe(0);
    expect((await diff(['--git', 'HEAD~1..HEAD', '--fail-on', 'any'])).code).toBe(1);

    git('rm', '--quiet', 'agreements/extra/policy.sla.yaml');
    git('commit', '--quiet', '-m', 'the second agreement ended');
    const removed = await json(['--git', 'HEAD~1..HEAD']);
    expect(removed.files).toEqual([{ status: 'removed', oldPath: 'agreements/extra/policy.sla.yaml' }]);
    expect(removed.headline).toBe('1 agreement removed');
    // Losing a whole agreement is weaker for the client.
    expect((await diff(['--git', 'HEAD~1..HEAD', '--fail-on', 'weaker'])).code).toBe(1);

    // Over all four commits, limited to a path: the original agreement, under its new name.
    const all = await json(['--git', 'HEAD~4..HEAD', 'agreements']);
    expect(all.files).toEqual([expect.objectContaining({ status: 'renamed', oldPath: AGREEMENT, newPath: RENAMED })]);
    expect(all.verdict).toEqual({ stronger: 1, weaker: 0, neutral: 0, mixed: 0 });
    expect((await json(['--git', 'HEAD~4..HEAD', 'README.md'])).files).toEqual([]);
  });

  it('<a>...<b> compares b with the merge base of a and b', async () => {
    git('checkout', '--quiet', '-b', 'feature');
    edit(RENAMED, ['response: { within: 30m, calendar: always-on', 'response: { within: 4h, calendar: always-on']);
    git('commit', '--quiet', '-am', 'feature: slower');
    git('checkout', '--quiet', 'main');
    edit(RENAMED, ['title: ', 'title: Renamed ']);
    git('commit', '--quiet', '-am', 'main: a new title');
    const report = await json(['--git', 'main...feature']);
    expect(report.verdict).toEqual({ stronger: 0, weaker: 1, neutral: 0, mixed: 0 });
    expect((await json(['--git', 'main..feature'])).verdict.neutral).toBe(1);
  });

  it('a malformed working-tree version: exit 2 with file:line:column, no report, no stack trace', async () => {
    const full = path.join(repo, RENAMED);
    const good = readFileSync(full, 'utf8');
    writeFileSync(full, `${good}\nbroken: [unclosed\n`);
    try {
      const run = await diff(['--git', 'HEAD']);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(new RegExp(`^${RENAMED.replace(/[.]/g, '\\.')}:\\d+:\\d+  error  `));
      expect(run.stderr).not.toMatch(/\n\s+at /);
    } finally {
      writeFileSync(full, good);
    }
  });

  it('an unknown revision, a directory outside git, or no git at all: exit 2 with one line saying so', async () => {
    const bad = await diff(['--git', 'nope~3']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^sla: unknown revision `nope~3`: no commit, branch or tag has that name in this repository.*\n$/);
    expect((await diff(['--git', 'HEAD..nope'])).stderr).toContain('unknown revision `nope`');
    expect((await diff(['--git', 'HEAD~99'])).code).toBe(2);

    const outside = mkdtempSync(path.join(home, 'plain-'));
    const notRepo = await diff(['--git', 'HEAD'], outside);
    expect(notRepo.code).toBe(2);
    expect(notRepo.stderr).toMatch(/is not inside a git repository/);

    const noGit = await runCli(['diff', '--git', 'HEAD'], { cwd: repo, env: { ...gitEnv(), PATH: path.join(home, 'no-bin') } });
    expect(noGit.code).toBe(2);
    expect(noGit.stderr).toBe('sla: git is not installed or not on the PATH; --git needs it (or compare two files: sla diff old.sla.yaml new.sla.yaml)\n');
  });

  it('refuses a revision that git would read as an option', async () => {
    expect(() => parseGitRange('--output=/tmp/x')).toThrow(GitDiffError);
    expect(() => parseGitRange('HEAD..-x')).toThrow(/is not a revision/);
    const run = await diff(['--git=--output=x']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not a revision');
  });
});

describe('parseGitRange and parseNameStatus', () => {
  it('reads <ref>, <a>..<b>, <a>...<b>, empty sides as HEAD', () => {
    expect(parseGitRange('HEAD~1')).toEqual({ base: 'HEAD~1', mergeBase: false });
    expect(parseGitRange('main..feature')).toEqual({ base: 'main', head: 'feature', mergeBase: false });
    expect(parseGitRange('main...feature')).toEqual({ base: 'main', head: 'feature', mergeBase: true });
    expect(parseGitRange('..feature')).toEqual({ base: 'HEAD', head: 'feature', mergeBase: false });
  });

  it('keeps agreement files only; a rename to or from another name is a removal or an addition', () => {
    const z = (...fields: string[]) => `${fields.join('\0')}\0`;
    expect(parseNameStatus(z('M', 'a.sla.yaml', 'M', 'README.md', 'A', 'b.sla.yml', 'D', 'c.sla.yaml', 'R097', 'd.sla.yaml', 'e.sla.yaml', 'R100', 'f.sla.yaml', 'f.yaml', 'R100', 'g.yaml', 'g.sla.yaml', 'C090', 'h.sla.yaml', 'i.sla.yaml', 'T', 'j.sla.yaml'))).toEqual([
      { status: 'modified', oldPath: 'a.sla.yaml', newPath: 'a.sla.yaml' },
      { status: 'added', newPath: 'b.sla.yml' },
      { status: 'removed', oldPath: 'c.sla.yaml' },
      { status: 'renamed', oldPath: 'd.sla.yaml', newPath: 'e.sla.yaml' },
      { status: 'removed', oldPath: 'f.sla.yaml' },
      { status: 'added', newPath: 'g.sla.yaml' },
      { status: 'added', newPath: 'i.sla.yaml' },
      { status: 'modified', oldPath: 'j.sla.yaml', newPath: 'j.sla.yaml' },
    ]);
  });
});
