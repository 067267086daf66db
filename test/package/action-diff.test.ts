// The action's diff step (action/diff.mjs) on pull_request events, run by the action emulator from this checkout
// (its dist/, which must be built: `npm run build:dist`) in a real git repository: an "origin" with a base branch,
// a pull request that slows a response target, and GitHub's test merge of the two, checked out one commit deep as
// actions/checkout does, so the step has to fetch the base by its SHA. A local HTTP server stands in for the GitHub
// API (GITHUB_API_URL); the comment is created the first time, updated after, and a read-only token is a notice.
// Last, a repository made by `sla init --repo`, run with the inputs its workflow gives the action.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { runAction, type ActionRun } from './run-action.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MARKER = '<!-- sla-diff -->';

const GIT_ENV = { GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com', GIT_CONFIG_NOSYSTEM: '1' };

let work: string;
let origin: string;
const sha: Record<string, string> = {};
let runs = 0;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' }).trim();
}

/** A checkout of one commit, one deep, as actions/checkout makes it: the base commit is not in it. */
function checkout(ref: string, from = origin): string {
  const workspace = path.join(work, `workspace-${++runs}`);
  mkdirSync(workspace);
  git(workspace, 'init', '--quiet', '--initial-branch', 'main');
  git(workspace, 'remote', 'add', 'origin', `file://${from}`);
  git(workspace, 'fetch', '--quiet', '--no-tags', '--depth=1', 'origin', ref);
  git(workspace, 'checkout', '--quiet', '--detach', 'FETCH_HEAD');
  return workspace;
}

interface Request { method: string; url: string; authorization?: string; body?: { body: string } }
interface FakeApi { url: string; requests(): Request[]; comments(): { id: number; body: string }[]; process: ChildProcess; log: string }
const servers: ChildProcess[] = [];

/** The fake GitHub API (fake-github-api.mjs) in its own process, so it answers while the emulator blocks. */
async function startApi(name: string, ...args: string[]): Promise<FakeApi> {
  const log = path.join(work, `${name}.log`);
  writeFileSync(log, '');
  const child = spawn(process.execPath, [path.join(ROOT, 'test/package/fake-github-api.mjs'), log, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  servers.push(child);
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /listening (\d+)/.exec(String(chunk));
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`fake GitHub API exited ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`, process: child, log,
    requests: () => readFileSync(log, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Request),
    comments: () => (existsSync(`${log}.comments.json`) ? JSON.parse(readFileSync(`${log}.comments.json`, 'utf8')) : []),
  };
}

function pullRequestEvent(name: string, base: string, head: string): string {
  const file = path.join(work, `${name}.json`);
  writeFileSync(file, JSON.stringify({
    action: 'synchronize', number: 7,
    pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'slower-response' } },
    repository: { full_name: 'acme/contracts' },
  }));
  return file;
}

/** Runs the action; `with` adds to `paths: agreements` and `fail-on: never`, `inputs` replaces them. */
function run(workspace: string, options: { api?: FakeApi; event: string; eventName?: string; sha: string; with?: Record<string, string>; inputs?: Record<string, string> }): ActionRun & { diff: { status?: number; stdout: string } } {
  const scratch = path.join(work, `runner-${++runs}`);
  mkdirSync(scratch);
  const action = runAction(ROOT, {
    with: options.inputs ?? { paths: 'agreements', 'fail-on': 'never', ...options.with },
    workspace, scratch, skip: ['Install sla'],
    env: {
      ...GIT_ENV, GITHUB_EVENT_NAME: options.eventName ?? 'pull_request', GITHUB_EVENT_PATH: options.event, GITHUB_SHA: options.sha,
      GITHUB_REPOSITORY: 'acme/contracts', GITHUB_API_URL: options.api?.url ?? 'http://127.0.0.1:9', GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_RUN_ID: '42', GITHUB_TOKEN: 'test-token',
    },
  });
  const step = action.steps.find((s) => s.name === 'Compare agreements')!;
  return { ...action, diff: { status: step.status, stdout: `${step.stdout ?? ''}${step.stderr ?? ''}` } };
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'sla-action-diff-'));
  origin = path.join(work, 'origin');
  mkdirSync(path.join(origin, 'agreements'), { recursive: true });
  const agreement = path.join(origin, 'agreements/acme.sla.yaml');
  git(origin, 'init', '--quiet', '--initial-branch', 'main');
  // GitHub serves any commit by its SHA; so does this origin.
  git(origin, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
  copyFileSync(path.join(ROOT, 'examples/essential-document-extraction.sla.yaml'), agreement);
  writeFileSync(path.join(origin, 'README.md'), '# Contracts\n');
  git(origin, 'add', '.');
  git(origin, 'commit', '--quiet', '-m', 'The agreement');
  sha.first = git(origin, 'rev-parse', 'HEAD');

  // The pull request: the Critical response target goes from 2 hours to 4.
  git(origin, 'checkout', '--quiet', '-b', 'slower-response');
  const text = readFileSync(agreement, 'utf8');
  expect(text).toContain('response: { within: 2h,');
  writeFileSync(agreement, text.replace('response: { within: 2h,', 'response: { within: 4h,'));
  git(origin, 'commit', '--quiet', '-am', 'Slower Critical response');
  sha.head = git(origin, 'rev-parse', 'HEAD');

  // Meanwhile main moves on (not touching the agreement), and GitHub makes its test merge.
  git(origin, 'checkout', '--quiet', 'main');
  writeFileSync(path.join(origin, 'README.md'), '# Contracts\n\nSigned copies are in the drive.\n');
  git(origin, 'commit', '--quiet', '-am', 'README');
  sha.base = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'merge', '--quiet', '--no-ff', '-m', 'Merge slower-response into main', 'slower-response');
  sha.merge = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'update-ref', 'refs/pull/7/merge', sha.merge);
  git(origin, 'reset', '--quiet', '--hard', sha.base);

  // A later push to the pull request takes the change back: it no longer changes the agreement.
  git(origin, 'checkout', '--quiet', 'slower-response');
  git(origin, 'revert', '--no-edit', 'HEAD');
  sha.reverted = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'checkout', '--quiet', 'main');
}, 60_000);
afterAll(() => {
  for (const server of servers) server.kill();
  rmSync(work, { recursive: true, force: true });
});

describe('the action on a pull request: sla diff in the job summary and one pull request comment', () => {
  let api: FakeApi;
  let existing: string;
  beforeAll(async () => {
    // Three comments already on the pull request (pages of two), none of them sla's.
    existing = path.join(work, 'existing-comments.json');
    writeFileSync(existing, JSON.stringify([1, 2, 3].map((id) => ({ id, issue: 7, body: `Looks good ${id}`, html_url: `https://github.example/c/${id}` }))));
    api = await startApi('api', '--comments', existing);
  });

  it('compares GitHub\'s test merge with the base, fetching the base commit, and comments once', () => {
    const workspace = checkout(sha.merge!);
    expect(spawnSync('git', ['cat-file', '-e', `${sha.base}^{commit}`], { cwd: workspace }).status).not.toBe(0);
    const action = run(workspace, { api, event: pullRequestEvent('event', sha.base!, sha.head!), sha: sha.merge! });
    expect(action.diff.status, action.diff.stdout).toBe(0);
    expect(action.failed, action.diff.stdout).toBe(false);
    expect(action.diff.stdout).toContain(`fetching ${sha.base}`);
    expect(action.summary).toContain(`${MARKER}\n## Agreement changes`);
    expect(action.summary).toMatch(/\*\*1 change weaker for the client\*\*/);
    expect(action.outputs.diff).toMatchObject({ changes: 'true' });

    const requests = api.requests();
    expect(requests.map((r) => r.method)).toEqual(['GET', 'GET', 'POST']);
    expect(requests[1]!.url).toContain('page=2');
    expect(requests.every((r) => r.authorization === 'Bearer test-token')).toBe(true);
    expect(requests[2]!.url).toBe('/repos/acme/contracts/issues/7/comments');
    const body = requests[2]!.body!.body;
    expect(body.split('\n')[0]).toBe(MARKER);
    expect(body).toContain('## Agreement changes');
    expect(body).toMatch(/weaker for the client/);
    expect(body).toContain('https://github.example/acme/contracts/actions/runs/42');
    expect(action.outputs.diff!['comment-url']).toMatch(/#issuecomment-1000$/);
  });

  it('updates that comment on the next run instead of adding another', () => {
    const workspace = checkout(sha.merge!);
    const before = api.requests().length;
    const action = run(workspace, { api, event: pullRequestEvent('event', sha.base!, sha.head!), sha: sha.merge! });
    expect(action.diff.status, action.diff.stdout).toBe(0);
    const requests = api.requests().slice(before);
    expect(requests.map((r) => `${r.method} ${r.url.split('?')[0]}`)).toEqual([
      'GET /repos/acme/contracts/issues/7/comments', 'GET /repos/acme/contracts/issues/7/comments', 'PATCH /repos/acme/contracts/issues/comments/1000',
    ]);
    expect(api.comments()).toHaveLength(4);
    expect(api.comments().filter((c) => c.body.startsWith(MARKER))).toHaveLength(1);
  });

  it('says so when a later push takes the change back, in the summary and in the comment, and adds none', () => {
    // This time the workflow checked out the pull request's head itself (no test merge).
    const workspace = checkout(sha.reverted!);
    const before = api.requests().length;
    const action = run(workspace, { api, event: pullRequestEvent('event-reverted', sha.base!, sha.reverted!), sha: sha.reverted! });
    expect(action.diff.status, action.diff.stdout).toBe(0);
    expect(action.outputs.diff).toMatchObject({ changes: 'false' });
    expect(action.summary).toContain('## Agreement changes');
    const requests = api.requests().slice(before);
    expect(requests.map((r) => r.method)).toEqual(['GET', 'GET', 'PATCH']);
    expect(requests[2]!.body!.body).toContain('no longer changes any agreement');
    expect(api.comments()).toHaveLength(4);
  });

  it('writes no comment when a pull request never changed an agreement', async () => {
    const quiet = await startApi('quiet');
    const workspace = checkout(sha.reverted!);
    const action = run(workspace, { api: quiet, event: pullRequestEvent('event-reverted', sha.base!, sha.reverted!), sha: sha.reverted! });
    expect(action.diff.status, action.diff.stdout).toBe(0);
    expect(quiet.requests().map((r) => r.method)).toEqual(['GET']);
    expect(quiet.comments()).toEqual([]);
  });

  it('turns a token that may not comment (403, a fork) into a notice, not a failure', async () => {
    const readOnly = await startApi('read-only', '--deny-writes', '403');
    const workspace = checkout(sha.merge!);
    const action = run(workspace, { api: readOnly, event: pullRequestEvent('event', sha.base!, sha.head!), sha: sha.merge! });
    expect(action.diff.status, action.diff.stdout).toBe(0);
    expect(action.failed).toBe(false);
    expect(action.diff.stdout).toMatch(/^::notice title=sla diff::could not comment on the pull request \(POST .*HTTP 403/m);
    expect(action.diff.stdout).toContain('pull-requests: write');
    expect(action.summary).toMatch(/weaker for the client/);
  });

  it('fails the step with diff-fail-on: weaker, and only then', () => {
    const workspace = checkout(sha.merge!);
    const strict = run(workspace, { event: pullRequestEvent('event', sha.base!, sha.head!), sha: sha.merge!, with: { 'diff-fail-on': 'weaker', 'diff-comment': 'false' } });
    expect(strict.diff.status, strict.diff.stdout).toBe(1);
    expect(strict.failed).toBe(true);
    expect(strict.diff.stdout).toMatch(/^::error title=sla diff::/m);
    // The steps after it still run (render, the lint result).
    expect(strict.steps.find((s) => s.name === 'Result')!.ran).toBe(true);
    // The same gate on a pull request that (no longer) changes an agreement passes.
    const reverted = checkout(sha.reverted!);
    const clean = run(reverted, { event: pullRequestEvent('event-reverted', sha.base!, sha.reverted!), sha: sha.reverted!, with: { 'diff-fail-on': 'weaker', 'diff-comment': 'false' } });
    expect(clean.diff.status, clean.diff.stdout).toBe(0);
    expect(clean.failed).toBe(false);
  });

  it('does nothing on a push with diff: auto, and nothing at all with diff: false', () => {
    const workspace = checkout(sha.base!);
    const push = path.join(work, 'push.json');
    writeFileSync(push, JSON.stringify({ before: sha.first, after: sha.base }));
    const auto = run(workspace, { event: push, eventName: 'push', sha: sha.base! });
    expect(auto.diff.status).toBe(0);
    expect(auto.summary).not.toContain('Agreement changes');
    const off = run(workspace, { event: pullRequestEvent('event', sha.base!, sha.head!), sha: sha.base!, with: { diff: 'false' } });
    expect(off.steps.find((s) => s.name === 'Compare agreements')!.ran).toBe(false);
  });

  it('reports a base it cannot fetch as a warning, and fails on it only when diff-fail-on asks', () => {
    const workspace = checkout(sha.head!);
    const gone = 'f'.repeat(40);
    const lenient = run(workspace, { event: pullRequestEvent('event-gone', gone, sha.head!), sha: sha.head! });
    expect(lenient.diff.status, lenient.diff.stdout).toBe(0);
    expect(lenient.diff.stdout).toMatch(new RegExp(`^::warning title=sla diff::could not fetch commit ${gone} from origin`, 'm'));
    expect(lenient.summary).toContain('sla could not compare the agreements');
    const strict = run(workspace, { event: pullRequestEvent('event-gone', gone, sha.head!), sha: sha.head!, with: { 'diff-fail-on': 'any' } });
    expect(strict.diff.status).toBe(1);
    expect(strict.diff.stdout).toMatch(/^::error title=sla diff::could not fetch/m);
  });

  it('refuses an invalid input', () => {
    const workspace = checkout(sha.base!);
    const bad = run(workspace, { event: pullRequestEvent('event', sha.base!, sha.head!), sha: sha.base!, with: { 'diff-fail-on': 'stronger' } });
    expect(bad.diff.status).toBe(2);
    expect(bad.diff.stdout).toContain('input `diff-fail-on` must be one of none, weaker, any');
  });
});

describe('a repository made by sla init --repo', () => {
  it('gets the diff on its pull requests from the workflow as written: the summary, one comment, and a passing job', async () => {
    const init = await runCli(['init', '--repo', 'contracts', '--client', 'Acme', '--provider', 'Kestrel', '--workflow', 'Invoices', '--timezone', 'Europe/Berlin', '--tier', 'standard', '--yes'], { cwd: work });
    expect(init.code, init.stderr).toBe(0);
    const repo = path.join(work, 'contracts');
    const workflow = parse(readFileSync(path.join(repo, '.github/workflows/sla.yml'), 'utf8')) as {
      on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
    };
    expect(Object.keys(workflow.on)).toContain('pull_request');
    expect(workflow.permissions['pull-requests']).toBe('write');
    const step = Object.values(workflow.jobs)[0]!.steps.find((s) => s.uses?.startsWith('sla-as-code/sla@'))!;
    const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, String(v)]));

    git(repo, 'init', '--quiet', '--initial-branch', 'main');
    git(repo, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
    git(repo, 'add', '.');
    git(repo, 'commit', '--quiet', '-m', 'Contracts');
    const base = git(repo, 'rev-parse', 'HEAD');
    git(repo, 'checkout', '--quiet', '-b', 'slower');
    const file = path.join(repo, 'agreements', readFileSync(path.join(repo, 'README.md'), 'utf8').match(/agreements\/([^`]+\.sla\.yaml)/)![1]!);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('response: { within: 1h,');
    writeFileSync(file, text.replace('response: { within: 1h,', 'response: { within: 3h,'));
    git(repo, 'commit', '--quiet', '-am', 'Slower first response');
    const head = git(repo, 'rev-parse', 'HEAD');

    const api = await startApi('scaffold-api');
    const workspace = checkout(head, repo);
    const action = run(workspace, { api, event: pullRequestEvent('event-scaffold', base, head), sha: head, inputs });
    const log = action.steps.map((s) => `${s.name}: ${s.ran ? `exit ${s.status}\n${s.stdout}${s.stderr}` : `skipped (${s.skippedBecause})`}`).join('\n');
    expect(action.failed, log).toBe(false);
    expect(action.summary).toContain('## sla lint');
    expect(action.summary).toMatch(/\*\*1 change weaker for the client\*\*/);
    expect(action.summary).toContain('## sla render');
    expect(api.requests().map((r) => r.method)).toEqual(['GET', 'POST']);
    expect(api.comments()[0]!.body).toMatch(/weaker for the client/);
  }, 120_000);
});
