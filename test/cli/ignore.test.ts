/**
 * Ignoring files as ESLint 9 users expect: a named file that is ignored is a warning and exit 0 (a pre-commit hook
 * that touches only ignored files passes), a directory or glob whose every match is ignored is exit 2, and the flags
 * --no-ignore, --ignore-pattern, --no-warn-ignored and --no-error-on-unmatched-pattern, on `sla lint` and `sla validate`.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { exampleText, ROOT } from '../helpers/example.js';

const valid = exampleText();
/** A schema error: exit 1 from both commands, so a test can tell a linted file from a skipped one. */
const invalid = valid.replace('slaVersion: 1', 'slaVersion: 7');

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'sla-ignore-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

const jsonFiles = (stdout: string): string[] => (JSON.parse(stdout) as { file: string }[]).map((r) => r.file);

describe('a named file the config ignores (sla lint)', () => {
  const cwd = project({ '.slarc.yaml': 'ignores: [drafts/**]\n', 'drafts/a.sla.yaml': invalid, 'final/b.sla.yaml': valid });

  it('pre-commit touching only an ignored file: exit 0, a warning naming the file, the config and the flags', async () => {
    const run = await runCli(['lint', 'drafts/a.sla.yaml', '--max-warnings', '0'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('sla: warning: drafts/a.sla.yaml: file ignored because of a matching ignore pattern (`ignores` in .slarc.yaml); add --no-ignore to check it, or --no-warn-ignored to hide this warning\n');
  });

  it('is skipped while the other named files are linted and decide the exit code', async () => {
    const run = await runCli(['lint', 'drafts/a.sla.yaml', 'final/b.sla.yaml', '--format', 'json'], { cwd });
    expect(run.code).toBe(0);
    expect(jsonFiles(run.stdout)).toEqual(['final/b.sla.yaml']);
    expect(run.stderr).toContain('drafts/a.sla.yaml: file ignored');
  });

  it('--no-warn-ignored: exit 0 and nothing on stderr', async () => {
    expect(await runCli(['lint', 'drafts/a.sla.yaml', '--no-warn-ignored'], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--no-ignore lints it (its schema error exits 1)', async () => {
    const run = await runCli(['lint', 'drafts/a.sla.yaml', '--no-ignore', '--format', 'json'], { cwd });
    expect(run.code).toBe(1);
    expect(jsonFiles(run.stdout)).toEqual(['drafts/a.sla.yaml']);
    expect(run.stderr).toBe('');
  });
});

describe('a directory or glob whose every match is ignored (sla lint)', () => {
  const cwd = project({ '.slarc.yaml': 'ignores: [drafts/**]\n', 'drafts/a.sla.yaml': invalid, 'drafts/c.sla.yaml': invalid, 'final/b.sla.yaml': valid });

  it('is exit 2, as ESLint 9 errors "All files matched by … are ignored", with the flags that change it', async () => {
    for (const input of ['drafts', 'drafts/*.sla.yaml']) {
      const run = await runCli(['lint', input], { cwd });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`sla: ${input}: every agreement it matches is ignored; add --no-ignore to check them anyway, or --no-error-on-unmatched-pattern to allow this\n`);
    }
  });

  it('--no-error-on-unmatched-pattern: exit 0, and no warning for files that were not named', async () => {
    expect(await runCli(['lint', 'drafts', 'drafts/*.sla.yaml', '--no-error-on-unmatched-pattern'], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('a walk that still finds other files skips the ignored ones silently', async () => {
    const run = await runCli(['lint', '--format', 'json'], { cwd });
    expect(run.code).toBe(0);
    expect(jsonFiles(run.stdout)).toEqual(['final/b.sla.yaml']);
    expect(run.stderr).toBe('');
  });

  it('--no-ignore lints them all', async () => {
    const run = await runCli(['lint', 'drafts', '--no-ignore', '--format', 'json'], { cwd });
    expect(run.code).toBe(1);
    expect(jsonFiles(run.stdout)).toEqual(['drafts/a.sla.yaml', 'drafts/c.sla.yaml']);
  });
});

describe('--ignore-pattern', () => {
  const cwd = project({ 'drafts/a.sla.yaml': invalid, 'old/x.sla.yaml': invalid, 'old/deep/y.sla.yaml': valid, 'final/b.sla.yaml': valid });

  it('is repeatable, relative to the current directory, and adds to the config', async () => {
    for (const command of ['lint', 'validate']) {
      const run = await runCli([command, '.', '--ignore-pattern', 'drafts/**', '--ignore-pattern', 'old/*.sla.yaml', '--format', 'json'], { cwd });
      expect(run.code).toBe(0);
      expect(jsonFiles(run.stdout)).toEqual(['final/b.sla.yaml', 'old/deep/y.sla.yaml']);
      expect(run.stderr).toBe('');
    }
    // From a subdirectory, the pattern is relative to it.
    const sub = await runCli(['lint', '.', '--ignore-pattern', '*.sla.yaml', '--format', 'json'], { cwd: path.join(cwd, 'old') });
    expect(jsonFiles(sub.stdout)).toEqual(['deep/y.sla.yaml']);
    const withConfig = project({ '.slarc.yaml': 'ignores: [drafts/**]\n', 'drafts/a.sla.yaml': invalid, 'old/x.sla.yaml': invalid, 'b.sla.yaml': valid });
    const both = await runCli(['lint', '--ignore-pattern', 'old/**', '--format', 'json'], { cwd: withConfig });
    expect(both.code).toBe(0);
    expect(jsonFiles(both.stdout)).toEqual(['b.sla.yaml']);
  });

  it('a named file it matches: a warning naming --ignore-pattern, exit 0 (lint and validate)', async () => {
    for (const command of ['lint', 'validate']) {
      const run = await runCli([command, 'drafts/a.sla.yaml', '--ignore-pattern', 'drafts/**'], { cwd });
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('sla: warning: drafts/a.sla.yaml: file ignored because of a matching ignore pattern (--ignore-pattern); add --no-ignore to check it, or --no-warn-ignored to hide this warning\n');
      expect(await runCli([command, 'drafts/a.sla.yaml', '--ignore-pattern', 'drafts/**', '--no-warn-ignored'], { cwd })).toMatchObject({ code: 0, stderr: '' });
      expect((await runCli([command, 'drafts/a.sla.yaml', '--ignore-pattern', 'drafts/**', '--no-ignore'], { cwd })).code).toBe(1);
    }
  });
});

describe('.gitignore', () => {
  const cwd = project({
    '.git/HEAD': 'ref: refs/heads/main\n',
    '.gitignore': 'build/\n*.tmp.sla.yaml\n',
    'pkg/build/out.sla.yaml': invalid,
    'pkg/scratch.tmp.sla.yaml': invalid,
    'pkg/sub/.gitignore': 'local-*.sla.yaml\n!local-keep.sla.yaml\n',
    'pkg/sub/local-mine.sla.yaml': invalid,
    'pkg/sub/local-keep.sla.yaml': valid,
    'pkg/a.sla.yaml': valid,
  });
  const pkg = path.join(cwd, 'pkg');

  it('is honoured in directory walks: from the git root down, and in walked subdirectories', async () => {
    for (const command of ['lint', 'validate']) {
      const run = await runCli([command, '--format', 'json', '.'], { cwd: pkg });
      expect(run.code).toBe(0);
      expect(jsonFiles(run.stdout)).toEqual(['a.sla.yaml', 'sub/local-keep.sla.yaml']);
      expect(run.stderr).toBe('');
    }
  });

  it('is honoured in globs', async () => {
    const run = await runCli(['lint', '**/*.sla.yaml', '--format', 'json'], { cwd: pkg });
    expect(run.code).toBe(0);
    expect(jsonFiles(run.stdout)).toEqual(['a.sla.yaml', 'sub/local-keep.sla.yaml']);
  });

  it('does not apply to a file named on the command line', async () => {
    expect((await runCli(['lint', 'scratch.tmp.sla.yaml'], { cwd: pkg })).code).toBe(1);
  });

  it('a directory it ignores whole is exit 2, with the flags that change it', async () => {
    const run = await runCli(['validate', 'build'], { cwd: pkg });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('sla: build: every agreement it matches is ignored (by .gitignore); add --no-ignore to check them anyway, or --no-error-on-unmatched-pattern to allow this\n');
    expect((await runCli(['validate', 'build', '--no-error-on-unmatched-pattern'], { cwd: pkg })).code).toBe(0);
  });

  it('--no-ignore walks everything', async () => {
    const run = await runCli(['lint', '.', '--no-ignore', '--format', 'json'], { cwd: pkg });
    expect(run.code).toBe(1);
    expect(jsonFiles(run.stdout)).toEqual(['a.sla.yaml', 'build/out.sla.yaml', 'scratch.tmp.sla.yaml', 'sub/local-keep.sla.yaml', 'sub/local-mine.sla.yaml']);
  });
});

describe('--no-error-on-unmatched-pattern', () => {
  const cwd = project({ 'a.sla.yaml': valid, 'empty/readme.txt': '' });

  it('a missing file, a directory without agreements and a glob without matches are not exit 2 (lint and validate)', async () => {
    for (const command of ['lint', 'validate']) {
      for (const input of ['missing.sla.yaml', 'empty', 'nothing/*.sla.yaml']) {
        const failing = await runCli([command, input], { cwd });
        expect(failing.code).toBe(2);
        expect(failing.stderr).toContain('--no-error-on-unmatched-pattern allows this');
        expect(await runCli([command, input, '--no-error-on-unmatched-pattern'], { cwd })).toMatchObject({ code: 0, stderr: '' });
      }
      expect((await runCli([command, 'missing.sla.yaml', 'a.sla.yaml', '--no-error-on-unmatched-pattern'], { cwd })).code).toBe(0);
    }
  });
});

describe('ignores of configs further up', () => {
  it('add up: a root config\'s ignores hold below a nested config of its own', async () => {
    const cwd = project({
      '.slarc.yaml': 'ignores: [fixtures/**]\n',
      'fixtures/corpus/.slarc.yaml': 'extends: sla:strict\n',
      'fixtures/corpus/x.sla.yaml': invalid,
      'agreements/a.sla.yaml': valid,
    });
    const run = await runCli(['lint', '--format', 'json'], { cwd });
    expect(run.code).toBe(0);
    expect(jsonFiles(run.stdout)).toEqual(['agreements/a.sla.yaml']);
    expect((await runCli(['lint', 'fixtures/corpus', '--no-ignore'], { cwd })).code).toBe(1);
    // With --config, only that file's ignores apply.
    expect((await runCli(['lint', 'fixtures/corpus', '--config', 'fixtures/corpus/.slarc.yaml'], { cwd })).code).toBe(1);
  });

  it('sla lint at the root of this repository lints the examples, not the test fixtures or benchmarks', async () => {
    const run = await runCli(['lint', '--format', 'json'], { cwd: ROOT });
    expect(run.code).toBe(0);
    const files = jsonFiles(run.stdout);
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((file) => !file.startsWith('examples/'))).toEqual([]);
  });
});

describe('docs/lint.md', () => {
  it('quotes the warning and the error as sla prints them', async () => {
    const docs = readFileSync(path.join(ROOT, 'docs/lint.md'), 'utf8');
    const cwd = project({ '.slarc.yaml': 'ignores: [drafts/**]\n', 'drafts/a.sla.yaml': valid });
    for (const input of ['drafts/a.sla.yaml', 'drafts']) {
      const { stderr } = await runCli(['lint', input], { cwd });
      expect(docs).toContain(stderr);
    }
  });
});

describe('help', () => {
  it('lists the ignore flags on lint and validate', async () => {
    for (const command of ['lint', 'validate']) {
      const { stdout } = await runCli([command, '--help']);
      for (const flag of ['--no-ignore', '--ignore-pattern <glob>', '--no-warn-ignored', '--no-error-on-unmatched-pattern']) expect(stdout).toContain(flag);
    }
  });
});
