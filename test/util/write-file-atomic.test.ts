import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFilesAtomic } from '../../src/util/write-file-atomic.js';

const directory = () => mkdtempSync(path.join(tmpdir(), 'sla-write-'));

/** A process id that is certainly not running: one that has just exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', ''], { stdio: 'ignore' }).pid!;
}

describe('writing a set of files', () => {
  it('writes every file, and leaves no temporary file behind', async () => {
    const dir = directory();
    await writeFilesAtomic([[path.join(dir, 'a.md'), 'text'], [path.join(dir, 'a.pdf'), new Uint8Array([37, 80])]]);
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'a.pdf']);
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe('text');
  });

  it('writes none of them when one exists and force is not given', async () => {
    const dir = directory();
    writeFileSync(path.join(dir, 'a.pdf'), 'old');
    await expect(writeFilesAtomic([[path.join(dir, 'a.md'), 'new'], [path.join(dir, 'a.pdf'), 'new']])).rejects.toMatchObject({ code: 'EEXIST', file: path.join(dir, 'a.pdf') });
    expect(readdirSync(dir)).toEqual(['a.pdf']);
    expect(readFileSync(path.join(dir, 'a.pdf'), 'utf8')).toBe('old');
  });

  it('removes the temporary files of a run that was killed, and keeps those of a run still going', async () => {
    const dir = directory();
    const stale = `.a.md.${deadPid()}-0123abcd.tmp`;
    const live = `.b.md.${process.ppid}-0123abcd.tmp`;
    writeFileSync(path.join(dir, stale), 'half');
    writeFileSync(path.join(dir, live), 'busy');
    await writeFilesAtomic([[path.join(dir, 'a.md'), 'text']]);
    expect(readdirSync(dir).sort()).toEqual([live, 'a.md'].sort());
  });
});
