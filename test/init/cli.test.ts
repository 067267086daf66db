import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadAgreement } from '../../src/agreement.js';
import { runCli } from '../helpers/cli.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PACKAGE = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const FLAGS = ['--client', 'Acme Logistics', '--provider', 'Kestrel Studio', '--workflow', 'Invoice extraction', '--timezone', 'Europe/Berlin', '--tier', 'essential', '--effective-date', '2027-01-01', '--holidays', 'de'];
// "Today" for the defaults, so runs do not depend on the clock.
const ENV = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 26) / 1000), TZ: 'Europe/Amsterdam' };

let cwd: string;
beforeEach(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), 'sla-init-'));
});
afterEach(() => rm(cwd, { recursive: true, force: true }));

describe('sla init FILE', () => {
  it('writes agreement.sla.yaml from the flags without asking, and says what to do next', async () => {
    const run = await runCli(['init', ...FLAGS], { cwd, env: ENV });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('created agreement.sla.yaml\n');
    expect(run.stderr).toContain('sla lint agreement.sla.yaml');
    expect(run.stderr).not.toContain('assumed');
    const result = await loadAgreement(path.join(cwd, 'agreement.sla.yaml'));
    expect(result.diagnostics).toEqual([]);
    expect(result.agreement?.serviceTier).toBe('essential');
  });

  it('with stdin not a terminal, never asks: uses the documented defaults and lists them on stderr', async () => {
    const run = await runCli(['init', 'x.sla.yaml'], { cwd, env: ENV, stdinIsTTY: false });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/standard input is not a terminal, so nothing was asked; assumed:/);
    expect(run.stderr).toContain('--client "Example Client"');
    expect(run.stderr).toContain('--tier standard');
    expect(run.stderr).toContain("--timezone Europe/Amsterdam  (this machine's time zone)");
    expect(run.stderr).toContain('--holidays nl  (the time zone)');
    expect(run.stderr).toContain('--effective-date 2026-12-01  (the first day of next month)');
    const agreement = (await loadAgreement(path.join(cwd, 'x.sla.yaml'))).agreement!;
    expect(agreement.effectiveDate).toBe('2026-12-01');
    expect(agreement.calendars[0]!.holidays.has('2026-12-25')).toBe(true);
  });

  it('does not ask when stderr, where questions are drawn, is not a terminal', async () => {
    const run = await runCli(['init', '--stdout', ...FLAGS.slice(0, 2)], { cwd, env: ENV, stdinIsTTY: true });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/standard error is not a terminal, so nothing was asked; assumed:/);
  });

  it('--yes uses the defaults even in a terminal', async () => {
    const run = await runCli(['init', '--yes', '--stdout', '--client', 'Ørsted Data'], { cwd, env: ENV, stdinIsTTY: true });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/--yes; assumed:/);
    expect(run.stderr).not.toContain('--client');
    expect(run.stdout).toMatch(/^# yaml-language-server: \$schema=/);
    expect(run.stdout).toContain('name: Ørsted Data');
    expect(await readdir(cwd)).toEqual([]);
  });

  it('never hangs when run as a real process with stdin closed', async () => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/dev.mjs'), 'init', '--stdout'], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...ENV } });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stdout).toContain('kind: SupportAgreement');
  }, 20_000);

  it('in an empty directory: init --yes, then lint . and render all succeed with zero findings', async () => {
    expect((await runCli(['init', '--yes'], { cwd, env: ENV })).code).toBe(0);
    const lint = await runCli(['lint', '.', '--format', 'json'], { cwd });
    expect(lint.code).toBe(0);
    expect(JSON.parse(lint.stdout)).toEqual([expect.objectContaining({ file: 'agreement.sla.yaml', findings: [] })]);
    const render = await runCli(['render', 'agreement.sla.yaml'], { cwd });
    expect(render.code).toBe(0);
    expect((await readdir(cwd)).sort()).toEqual(['agreement.md', 'agreement.pdf', 'agreement.sla.yaml']);
  }, 60_000);

  it('refuses to overwrite an existing file and leaves it byte-identical', async () => {
    const file = path.join(cwd, 'agreement.sla.yaml');
    const original = Buffer.from('# hand-written, do not lose\nslaVersion: 1\n\u00e9\r\n');
    await writeFile(file, original);
    const before = await stat(file);
    const run = await runCli(['init', ...FLAGS], { cwd, env: ENV });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('agreement.sla.yaml already exists; use --force to overwrite');
    expect(run.stdout).toBe('');
    expect((await readFile(file)).equals(original)).toBe(true);
    expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);
    expect((await readdir(cwd)).sort()).toEqual(['agreement.sla.yaml']); // no temporary file left behind
  });

  it('in a terminal, an existing file is refused before any question is asked', async () => {
    await writeFile(path.join(cwd, 'agreement.sla.yaml'), 'mine');
    const run = await runCli(['init'], { cwd, env: { ...ENV, NO_COLOR: '1' }, stdinIsTTY: true, stderrIsTTY: true });
    expect(run.code).toBe(2);
    // Only the refusal: no question drawn on stderr, no defaults assumed.
    expect(run.stderr).toBe('sla: agreement.sla.yaml already exists; use --force to overwrite\n');
    expect(run.stdout).toBe('');
    expect(await readFile(path.join(cwd, 'agreement.sla.yaml'), 'utf8')).toBe('mine');
  });

  it('--force replaces an existing file', async () => {
    await writeFile(path.join(cwd, 'agreement.sla.yaml'), 'old');
    const run = await runCli(['init', ...FLAGS, '--force'], { cwd, env: ENV });
    expect(run.code).toBe(0);
    expect(await readFile(path.join(cwd, 'agreement.sla.yaml'), 'utf8')).toContain('kind: SupportAgreement');
  });

  it('refuses a directory as the file, and warns about names lint will not find', async () => {
    await mkdir(path.join(cwd, 'contracts'));
    const run = await runCli(['init', 'contracts', ...FLAGS], { cwd, env: ENV });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`contracts is a directory; name the file to write, e.g. ${path.join('contracts', 'agreement.sla.yaml')}`);
    const odd = await runCli(['init', 'acme.yaml', ...FLAGS], { cwd, env: ENV });
    expect(odd.code).toBe(0);
    expect(odd.stderr).toContain('acme.yaml does not end in .sla.yaml');
  });

  it('creates missing parent directories', async () => {
    const run = await runCli(['init', 'contracts/acme/acme.sla.yaml', ...FLAGS], { cwd, env: ENV });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`created ${path.join('contracts', 'acme', 'acme.sla.yaml')}\n`);
  });

  it('points the schema line at the installed package when there is one', async () => {
    await mkdir(path.join(cwd, 'node_modules/@sla-as-code/sla/schemas'), { recursive: true });
    await writeFile(path.join(cwd, 'node_modules/@sla-as-code/sla/package.json'), '{"name":"@sla-as-code/sla"}');
    await writeFile(path.join(cwd, 'node_modules/@sla-as-code/sla/schemas/sla.schema.json'), '{}');
    await runCli(['init', 'agreements/a.sla.yaml', ...FLAGS], { cwd, env: ENV });
    const text = await readFile(path.join(cwd, 'agreements/a.sla.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../node_modules/@sla-as-code/sla/schemas/sla.schema.json');
  });

  it.each([
    [['--timezone', 'EDT'], /--timezone: `EDT` is a time-zone abbreviation.*America\/New_York/],
    [['--timezone', 'Europe/Berln'], /did you mean `Europe\/Berlin`/],
    [['--tier', 'premum'], /--tier: `premum` is not a tier; did you mean `premium`\?/],
    [['--holidays', 'sg'], /--holidays: there is no holiday data for `sg`/],
    [['--effective-date', '2027-02-30'], /--effective-date: `2027-02-30` is not a real date/],
    [['--client', '   '], /--client: the client name is empty/],
  ])('rejects %j with a fix and exit 2, writing nothing', async (flags, message) => {
    const run = await runCli(['init', '--yes', ...flags], { cwd, env: ENV });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(await readdir(cwd)).toEqual([]);
  });

  it('reports every bad flag at once', async () => {
    const run = await runCli(['init', '--timezone', 'CET', '--tier', 'gold'], { cwd, env: ENV });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--timezone');
    expect(run.stderr).toContain('--tier');
  });

  it('notes years the holiday data does not cover', async () => {
    const run = await runCli(['init', ...FLAGS, '--effective-date', '2028-06-01'], { cwd, env: ENV });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/note: the holiday data for Germany .* has no dates for 2029/);
  });

  it('has help with examples', async () => {
    const run = await runCli(['init', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Examples:');
    expect(run.stdout).toContain('--holidays <region>');
    expect(run.stdout).toMatch(/essential +business hours only/);
  });
});

describe('sla init --repo', () => {
  const repoFlags = ['--client', 'Acme Logistics', '--provider', 'Kestrel Studio', '--workflow', 'Invoice extraction', '--timezone', 'Europe/London', '--yes'];

  it('sets up a contract repository whose agreement lints clean with its own config', async () => {
    const run = await runCli(['init', '--repo', 'demo', ...repoFlags], { cwd, env: ENV });
    expect(run.code).toBe(0);
    const repo = path.join(cwd, 'demo');
    const files = run.stdout.trim().split('\n').map((line) => line.replace(/^created /, ''));
    expect(files.sort()).toEqual([
      'demo/.github/workflows/sla.yml', 'demo/.gitignore', 'demo/.pre-commit-config.yaml', 'demo/.slarc.yaml',
      'demo/README.md', 'demo/agreements/acme-logistics-invoice-extraction.sla.yaml', 'demo/package.json',
    ].map((f) => f.split('/').join(path.sep)).sort());
    expect(run.stderr).toContain('cd demo && npm install');

    const lint = await runCli(['lint', 'agreements', '--format', 'json'], { cwd: repo });
    expect(lint.code).toBe(0);
    expect(JSON.parse(lint.stdout)[0].findings).toEqual([]);
    const validate = await runCli(['validate', 'agreements'], { cwd: repo });
    expect(validate.code).toBe(0);

    // A bad setting in the generated config is caught, which proves lint read it.
    const config = await readFile(path.join(repo, '.slarc.yaml'), 'utf8');
    await writeFile(path.join(repo, '.slarc.yaml'), config.replace('extends: sla:recommended', 'extends: sla:nonsense'));
    expect((await runCli(['lint', 'agreements'], { cwd: repo })).code).toBe(2);
  });

  it('writes a GitHub Actions workflow that runs the sla action of its own version, with SARIF upload opt-in and the pull request diff', async () => {
    await runCli(['init', '--repo', 'demo', ...repoFlags], { cwd, env: ENV });
    const workflow = parse(await readFile(path.join(cwd, 'demo/.github/workflows/sla.yml'), 'utf8')) as {
      name: string;
      on: Record<string, unknown>;
      permissions: Record<string, string>;
      jobs: Record<string, { 'runs-on': string; permissions?: Record<string, string>; steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] }>;
    };
    expect(workflow.name).toBeTruthy();
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    // Least privilege that works on a private repository without code scanning, and may comment the diff on a
    // pull request.
    expect(workflow.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    const [job, ...others] = Object.values(workflow.jobs);
    expect(others).toEqual([]);
    expect(job!['runs-on']).toBe('ubuntu-latest');
    expect(job!.steps[0]!.uses).toMatch(/^actions\/checkout@v\d+$/);
    const action = job!.steps.find((s) => s.uses?.startsWith('sla-as-code/sla@'))!;
    expect(action.uses).toBe(`sla-as-code/sla@v${PACKAGE.version}`);
    expect(action.with).toEqual({ paths: 'agreements', render: true, 'upload-sarif': false, 'diff-fail-on': 'none' });
    // The checkout stays one commit deep and keeps its credentials: the action fetches the base it compares with.
    expect(job!.steps[0]!.with).toBeUndefined();
    // Every input the workflow passes is one the action declares.
    const declared = parse(await readFile(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
    for (const name of Object.keys(action.with!)) expect(Object.keys(declared.inputs)).toContain(name);
  });

  it('has npm-script commands that work when run by hand', async () => {
    await runCli(['init', '--repo', 'demo', ...repoFlags], { cwd, env: ENV });
    const repo = path.join(cwd, 'demo');
    const workflow = parse(await readFile(path.join(repo, '.github/workflows/sla.yml'), 'utf8')) as { jobs: Record<string, { steps: { run?: string }[] }> };
    const commands = Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => step.run ?? '')).filter((run) => run.startsWith('npx sla '));
    const manifest = JSON.parse(await readFile(path.join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    commands.push(...Object.values(manifest.scripts));
    expect(commands.length).toBeGreaterThanOrEqual(3);
    for (const command of commands) {
      const run = await runCli(command.replace(/^(npx )?sla /, '').split(/\s+/), { cwd: repo });
      expect(run.code, `${command}\n${run.stderr}`).toBe(0);
    }
    expect((await readdir(path.join(repo, 'rendered'))).sort()).toEqual(['acme-logistics-invoice-extraction.md', 'acme-logistics-invoice-extraction.pdf']);
  }, 120_000);

  it('uses the project\'s pre-commit hook, ignores rendered output, and explains itself', async () => {
    await runCli(['init', '--repo', 'demo', ...repoFlags], { cwd, env: ENV });
    const repo = path.join(cwd, 'demo');
    const preCommit = parse(await readFile(path.join(repo, '.pre-commit-config.yaml'), 'utf8')) as { repos: { repo: string; rev: string; hooks: { id: string }[] }[] };
    const hooks = parse(await readFile(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; files: string; language: string }[];
    expect(hooks.map((h) => h.id)).toContain(preCommit.repos[0]!.hooks[0]!.id);
    const hook = hooks.find((h) => h.id === preCommit.repos[0]!.hooks[0]!.id)!;
    expect(hook.entry).toBe('sla lint');
    expect(new RegExp(hook.files).test('agreements/acme.sla.yaml')).toBe(true);
    expect(new RegExp(hook.files).test('README.md')).toBe(false);
    const gitignore = await readFile(path.join(repo, '.gitignore'), 'utf8');
    expect(gitignore).toContain('/rendered/');
    expect(gitignore).toContain('*.pdf');
    const readme = await readFile(path.join(repo, 'README.md'), 'utf8');
    expect(readme).toContain('sla lint');
    expect(readme).toContain('npx sla diff --git main agreements');
    expect(readme).toMatch(/comments on the pull request/);
    expect(readme).toContain('agreements/acme-logistics-invoice-extraction.sla.yaml');
    const manifest = JSON.parse(await readFile(path.join(repo, 'package.json'), 'utf8')) as { devDependencies: Record<string, string>; scripts: Record<string, string> };
    expect(manifest.devDependencies).toEqual({ '@sla-as-code/sla': `^${PACKAGE.version}` });
    // The hook's revision is this version's release tag (docs/releasing.md).
    expect(preCommit.repos[0]!.rev).toBe(`v${PACKAGE.version}`);
    expect(manifest.scripts.lint).toBe('sla lint agreements');
  });

  it('refuses to touch an existing repository file, writing nothing at all', async () => {
    await mkdir(path.join(cwd, 'demo'));
    await writeFile(path.join(cwd, 'demo/README.md'), 'mine');
    const run = await runCli(['init', '--repo', 'demo', ...repoFlags], { cwd, env: ENV });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('README.md already exists; use --force to overwrite');
    expect(await readdir(path.join(cwd, 'demo'))).toEqual(['README.md']);
    expect(await readFile(path.join(cwd, 'demo/README.md'), 'utf8')).toBe('mine');
  });

  it('--repo without a directory uses the current one; a file and --repo together is a usage error', async () => {
    expect((await runCli(['init', '--repo', ...repoFlags], { cwd, env: ENV })).code).toBe(0);
    expect(await readdir(cwd)).toContain('.slarc.yaml');
    const both = await runCli(['init', 'a.sla.yaml', '--repo', 'x', '--yes'], { cwd, env: ENV });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('either a file or --repo');
  });

  it('--repo naming a file is refused up front, naming it', async () => {
    await writeFile(path.join(cwd, 'notes.txt'), 'mine');
    const run = await runCli(['init', '--repo', 'notes.txt', ...repoFlags], { cwd, env: ENV });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('sla: --repo notes.txt is a file; name a directory for the repository (it is created if missing)\n');
    expect(await readdir(cwd)).toEqual(['notes.txt']);
  });
});

describe('SOURCE_DATE_EPOCH', () => {
  it('refuses a malformed value as render and report do, instead of silently reading the clock', async () => {
    const run = await runCli(['init', '--stdout', '--yes'], { env: { SOURCE_DATE_EPOCH: '-1' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('SOURCE_DATE_EPOCH must be whole seconds');
    expect(run.stdout).toBe('');
  });
});
