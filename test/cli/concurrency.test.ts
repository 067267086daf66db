// `--concurrency auto|off|N` for lint and validate (worker threads, as ESLint's flag): the same output, exit code and
// stderr as one thread, in the same order, for every format; the cache stays in the main thread; flag mistakes are
// usage errors; a crashed worker is an error with a message; and the built launcher starts its workers from dist/.
import { execFile } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { workerCount } from '../../src/lint/parallel.js';
import { runCli, type CliRun } from '../helpers/cli.js';
import { ROOT } from '../helpers/example.js';

// A file that cannot be read (no permission). Faked, because tests may run as root, who can read anything. The main
// thread reads every file (workers get the text), so the fake covers the parallel path too.
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const open = (async (file: string, ...rest: unknown[]) => {
    if (path.basename(String(file)) === 'locked.sla.yaml') throw Object.assign(new Error(`EACCES: permission denied, open '${String(file)}'`), { code: 'EACCES' });
    return (fs.open as (...args: unknown[]) => Promise<unknown>)(file, ...rest);
  }) as typeof fs.open;
  return { ...fs, open, default: { ...fs, open } };
});

const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'gitlab', 'checkstyle'];
const EXAMPLES = readdirSync(path.join(ROOT, 'examples')).filter((name) => name.endsWith('.sla.yaml'));

/**
 * ~20 agreements made from the examples: clean ones, ones with findings (an unused directive, a schema error), a
 * binary one, an unreadable one, and drafts/ that the config ignores.
 */
function project(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'sla-concurrency-'));
  const dir = path.join(root, 'repo');
  mkdirSync(path.join(dir, 'drafts'), { recursive: true });
  for (let i = 0; i < 18; i++) {
    const example = EXAMPLES[i % EXAMPLES.length]!;
    let text = readFileSync(path.join(ROOT, 'examples', example), 'utf8');
    if (i % 3 === 1) text += '# sla-disable-next-line vague-wording\n';
    if (i % 5 === 2) text = `nonsense: true\n${text}`;
    writeFileSync(path.join(dir, `${String(i).padStart(2, '0')}-${example}`), text);
  }
  writeFileSync(path.join(dir, 'binary.sla.yaml'), 'title: x\n\0\n');
  writeFileSync(path.join(dir, 'locked.sla.yaml'), 'title: x\n');
  copyFileSync(path.join(ROOT, 'examples', EXAMPLES[0]!), path.join(dir, 'drafts/draft.sla.yaml'));
  writeFileSync(path.join(dir, '.slarc.yaml'), 'ignores: ["drafts/**"]\nrules:\n  vague-wording: warning\n');
  return root;
}

let root: string;
const scratch: string[] = [];
const tempDir = (prefix: string): string => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
};
beforeAll(() => {
  root = project();
});
afterAll(() => {
  for (const dir of [root, ...scratch]) rmSync(dir, { recursive: true, force: true });
});

const lint = (...args: string[]): Promise<CliRun> => runCli(['lint', ...args], { cwd: root });

async function expectSame(args: string[], concurrency = '2'): Promise<CliRun> {
  const single = await runCli(args, { cwd: root });
  const parallel = await runCli([...args, '--concurrency', concurrency], { cwd: root });
  expect(parallel).toEqual(single);
  return parallel;
}

describe('--concurrency: the same results as one thread', () => {
  it('lint: every format, with findings, an unreadable file, a binary one and an ignored one named', async () => {
    for (const format of FORMATS) {
      const run = await expectSame(['lint', 'repo/drafts/draft.sla.yaml', 'repo', '-f', format]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('repo/locked.sla.yaml: cannot read the file: permission denied');
      expect(run.stderr).toContain('repo/drafts/draft.sla.yaml: file ignored');
      if (format === 'json') {
        const results = JSON.parse(run.stdout) as { file: string; errorCount: number; warningCount: number }[];
        expect(results).toHaveLength(19);
        expect(results.map((r) => r.file)).toEqual([...results.map((r) => r.file)].sort());
        expect(results.some((r) => r.errorCount > 0)).toBe(true);
        expect(results.some((r) => r.warningCount > 0)).toBe(true);
      }
    }
  }, 120_000);

  it('lint: stdin beside files, --quiet and --max-warnings, auto, and more workers than files', async () => {
    const stdin = readFileSync(path.join(ROOT, 'examples', EXAMPLES[0]!), 'utf8');
    const args = ['lint', '-', 'repo', '--stdin-filename', 'repo/from-stdin.sla.yaml', '-f', 'json', '--max-warnings', '0'];
    const single = await runCli(args, { cwd: root, stdin });
    for (const concurrency of ['3', 'auto']) {
      expect(await runCli([...args, '--concurrency', concurrency], { cwd: root, stdin })).toEqual(single);
    }
    await expectSame(['lint', 'repo', '--quiet']);
    await expectSame(['lint', 'repo/00-essential-document-extraction.sla.yaml', 'repo/01-premium-pricing-agent.sla.yaml', '-f', 'json'], '8');
  }, 60_000);

  it('lint: --stats counts the same findings per rule, and --progress ends on the same line', async () => {
    const stats = (run: CliRun): string[] => run.stderr.split('\n').filter((line) => line.includes('|')).map((line) => {
      const cells = line.split('|').map((cell) => cell.trim());
      return `${cells[0]} ${cells[3]}`;
    }).sort();
    const single = await lint('repo', '--stats', '-f', 'json');
    const parallel = await lint('repo', '--stats', '-f', 'json', '--concurrency', '2');
    expect(parallel.stdout).toBe(single.stdout);
    expect(stats(parallel)).toEqual(stats(single));
    expect(stats(parallel).length).toBeGreaterThan(10);
    const lastProgress = (run: CliRun): string | undefined => run.stderr.split('\n').filter((line) => line.startsWith('[')).at(-1);
    const progress = await lint('repo', '--progress', '-f', 'json', '--concurrency', '2');
    expect(lastProgress(progress)).toBe(lastProgress(await lint('repo', '--progress', '-f', 'json')));
    expect(lastProgress(progress)).toMatch(/^\[20\/20\] repo\//);
  }, 60_000);

  it('lint --cache: hits never go to a worker, misses are cached by the main thread, and the output is the same', async () => {
    const cache = path.join(root, 'cache.json');
    const first = await lint('repo', '-f', 'json', '--cache', '--cache-location', cache, '--concurrency', '2', '--debug');
    expect(first.stderr).toContain('linting in 2 worker threads');
    expect(first.stderr).toMatch(/cache: 0 unchanged, 18 linted/);
    const second = await lint('repo', '-f', 'json', '--cache', '--cache-location', cache, '--concurrency', '2', '--debug');
    expect(second.stdout).toBe(first.stdout);
    expect(second.stderr).toMatch(/cache: 18 unchanged, 0 linted/);
    const file = path.join(root, 'repo/00-essential-document-extraction.sla.yaml');
    const text = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, `${text}# sla-disable-next-line vague-wording\n`);
      const third = await lint('repo', '-f', 'json', '--cache', '--cache-location', cache, '--concurrency', '2', '--debug');
      expect(third.stderr).toMatch(/cache: 17 unchanged, 1 linted/);
      expect(third.stdout).toBe((await lint('repo', '-f', 'json')).stdout);
    } finally {
      writeFileSync(file, text);
    }
  }, 60_000);

  it('validate: text and JSON, with the unreadable file; auto lints few files in this thread', async () => {
    for (const format of ['text', 'json']) {
      const run = await expectSame(['validate', 'repo', '-f', format]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('repo/locked.sla.yaml: cannot read the file: permission denied');
    }
    await expectSame(['validate', 'repo', '-f', 'json'], 'auto');
    const stdin = readFileSync(path.join(ROOT, 'examples', EXAMPLES[1]!), 'utf8');
    const args = ['validate', '-', 'repo', '--no-ignore', '--stdin-filename', 'x.sla.yaml', '-f', 'json'];
    expect(await runCli([...args, '--concurrency', '3'], { cwd: root, stdin })).toEqual(await runCli(args, { cwd: root, stdin }));
  }, 60_000);

  it('a broken config exits 2 with the same message', async () => {
    const dir = tempDir('sla-concurrency-config-');
    cpSync(path.join(root, 'repo'), dir, { recursive: true });
    writeFileSync(path.join(dir, '.slarc.yaml'), 'rules:\n  vague-wordng: warning\n');
    const single = await runCli(['lint', '.', '--no-ignore'], { cwd: dir });
    expect(single.code).toBe(2);
    expect(single.stderr).toMatch(/\.slarc\.yaml:2:3: unknown rule `vague-wordng`/);
    expect(await runCli(['lint', '.', '--no-ignore', '--concurrency', '2'], { cwd: dir })).toEqual(single);
  }, 60_000);
});

describe('--concurrency: mistakes and crashes', () => {
  it.each([
    ['0', /`0` is not a number of worker threads; give 1 or more, or off/],
    ['lots', /`lots` is not a concurrency\. Give auto, off or a number of worker threads, e\.g\. --concurrency 4\./],
    ['aut', /did you mean `auto`\?/],
    ['-2', /./],
  ])('--concurrency %s is a usage error (exit 2)', async (value, message) => {
    for (const command of ['lint', 'validate']) {
      const run = await runCli([command, 'repo', `--concurrency=${value}`], { cwd: root });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
    }
  });

  it('takes auto and off in any case', async () => {
    expect((await lint('repo/00-essential-document-extraction.sla.yaml', '--concurrency', 'AUTO')).code).toBe(0);
    expect((await lint('repo/00-essential-document-extraction.sla.yaml', '--concurrency', 'Off')).code).toBe(0);
  });

  it('a worker that dies (a plugin calls process.exit) is an error naming the file, exit 2, never a hang', async () => {
    const dir = tempDir('sla-concurrency-crash-');
    for (const name of ['a', 'b', 'c']) copyFileSync(path.join(ROOT, 'examples', EXAMPLES[0]!), path.join(dir, `${name}.sla.yaml`));
    writeFileSync(path.join(dir, 'exit.mjs'), `export default {
      meta: { name: 'sla-plugin-exit', version: '1.0.0' },
      rules: {
        quit: {
          meta: { id: 'quit', description: 'Exits.', category: 'hygiene', defaultSeverity: 'warning', recommended: false, messages: { x: 'x' } },
          check() { process.exit(3); },
        },
      },
    };\n`);
    writeFileSync(path.join(dir, '.slarc.yaml'), 'plugins:\n  exit: ./exit.mjs\nrules:\n  exit/quit: warning\n');
    const run = await runCli(['lint', '.', '--concurrency', '2'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^sla: a worker thread stopped unexpectedly \(exit code 3\) while checking [abc]\.sla\.yaml; run again with --concurrency off/);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
  }, 60_000);
});

describe('workerCount, as ESLint counts', () => {
  it('off is none, one worker is none, a number is capped by the files', () => {
    expect(workerCount('off', 1000, 16)).toBe(0);
    expect(workerCount(1, 1000, 16)).toBe(0);
    expect(workerCount(4, 1000, 1)).toBe(4);
    expect(workerCount(4, 3, 16)).toBe(3);
    expect(workerCount(4, 1, 16)).toBe(0);
  });

  it('auto: one worker per 50 files, at most half the cores, none for 50 files or fewer or under 4 cores', () => {
    expect(workerCount('auto', 50, 16)).toBe(0);
    expect(workerCount('auto', 51, 16)).toBe(2);
    expect(workerCount('auto', 1000, 16)).toBe(8);
    expect(workerCount('auto', 1000, 4)).toBe(2);
    expect(workerCount('auto', 1000, 3)).toBe(0);
    expect(workerCount('auto', 1000, 2)).toBe(0);
  });
});

describe('the built launcher starts its workers from dist/', () => {
  const run = promisify(execFile);
  let home: string;

  beforeAll(async () => {
    await mkdir(path.join(ROOT, 'node_modules/.cache'), { recursive: true });
    home = await mkdtemp(path.join(ROOT, 'node_modules/.cache/sla-concurrency-test-'));
    const { buildCli } = (await import(path.join(ROOT, 'scripts/build-cli.mjs'))) as {
      buildCli: (outdir: string, options: { warm: boolean; esbuild: object }) => Promise<string>;
    };
    await buildCli(path.join(home, 'dist'), { warm: false, esbuild: { logLevel: 'error' } });
    mkdirSync(path.join(home, 'bin'));
    copyFileSync(path.join(ROOT, 'bin/sla.cjs'), path.join(home, 'bin/sla.cjs'));
  }, 120_000);

  afterAll(() => {
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it('lint and validate examples --concurrency 2: workers start, and the output is that of one thread', async () => {
    const sla = (...args: string[]) => run(process.execPath, [path.join(home, 'bin/sla.cjs'), ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    expect(readdirSync(path.join(home, 'dist'))).toContain('sla-worker.cjs');
    const parallel = await sla('lint', 'examples', '--concurrency', '2', '-f', 'json', '--debug');
    expect(parallel.stderr).toContain('linting in 2 worker threads (--concurrency 2)');
    expect(parallel.stdout).toBe((await sla('lint', 'examples', '-f', 'json')).stdout);
    const validate = await sla('validate', 'examples', '--concurrency', '2', '-f', 'json');
    expect(validate.stdout).toBe((await sla('validate', 'examples', '-f', 'json')).stdout);
  }, 60_000);
});
