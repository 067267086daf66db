import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFiles } from '../../src/init/write-files.js';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'sla-write-'));
});
afterEach(() => rm(directory, { recursive: true, force: true }));

describe('writeFiles', () => {
  it('writes every file, creating directories', async () => {
    const result = await writeFiles(directory, [{ path: 'a.txt', content: 'A' }, { path: 'x/y/b.txt', content: 'B' }]);
    expect(result).toEqual({ ok: true, written: ['a.txt', 'x/y/b.txt'] });
    expect(await readFile(path.join(directory, 'x/y/b.txt'), 'utf8')).toBe('B');
  });

  it('writes nothing when any file exists, and names them all', async () => {
    await writeFile(path.join(directory, 'b.txt'), 'mine');
    await writeFile(path.join(directory, 'c.txt'), 'mine too');
    const result = await writeFiles(directory, [{ path: 'a.txt', content: 'A' }, { path: 'b.txt', content: 'B' }, { path: 'c.txt', content: 'C' }]);
    expect(result).toMatchObject({ ok: false, reason: 'exists', existing: ['b.txt', 'c.txt'] });
    expect((await readdir(directory)).sort()).toEqual(['b.txt', 'c.txt']);
    expect(await readFile(path.join(directory, 'b.txt'), 'utf8')).toBe('mine');
  });

  it('removes what it created when a later file cannot be written, and leaves no temporary files', async () => {
    await writeFile(path.join(directory, 'blocker'), 'a file where a directory should be');
    const result = await writeFiles(directory, [{ path: 'a.txt', content: 'A' }, { path: 'blocker/b.txt', content: 'B' }]);
    expect(result).toMatchObject({ ok: false, reason: 'io' });
    expect(!result.ok && result.message).toBe('could not write blocker/b.txt: a parent path is a file, not a directory');
    expect(await readdir(directory)).toEqual(['blocker']);
  });

  it('replaces existing files with force', async () => {
    await writeFile(path.join(directory, 'a.txt'), 'old');
    expect((await writeFiles(directory, [{ path: 'a.txt', content: 'new' }], { force: true })).ok).toBe(true);
    expect(await readFile(path.join(directory, 'a.txt'), 'utf8')).toBe('new');
    expect(await readdir(directory)).toEqual(['a.txt']);
  });
});
