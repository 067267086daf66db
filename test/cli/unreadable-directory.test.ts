import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { editExample } from '../helpers/example.js';

// A directory that cannot be listed (no permission). Faked, because tests may run as root, who can list anything.
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const readdir = (async (directory: string, ...rest: unknown[]) => {
    if (path.basename(String(directory)) === 'locked') throw Object.assign(new Error(`EACCES: permission denied, scandir '${directory}'`), { code: 'EACCES' });
    return (fs.readdir as (...args: unknown[]) => Promise<unknown>)(directory, ...rest);
  }) as typeof fs.readdir;
  return { ...fs, readdir, default: { ...fs, readdir } };
});

const tmp = mkdtempSync(path.join(tmpdir(), 'sla-unreadable-'));
mkdirSync(path.join(tmp, 'repo/locked'), { recursive: true });
writeFileSync(path.join(tmp, 'repo/good.sla.yaml'), editExample([]));

describe('a directory that cannot be read', () => {
  it('is a problem named with the directory (exit 2), not an internal error', async () => {
    for (const command of ['validate', 'lint']) {
      const run = await runCli([command, 'repo/locked'], { cwd: tmp });
      expect(run.stderr).toBe('sla: repo/locked: cannot read this directory: permission denied\n');
      expect(run.code).toBe(2);
    }
  });

  it('inside a searched directory: the readable agreements are still checked', async () => {
    const run = await runCli(['validate', 'repo'], { cwd: tmp });
    expect(run.stderr).toBe('sla: repo/locked: cannot read this directory: permission denied\n');
    expect(run.stdout).toContain('✔ 1 file valid');
    expect(run.code).toBe(2);
  });
});
