import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadContractTemplate } from '../../src/render/index.js';

// Files and directories without read permission. Faked, because tests may run as root, who can read anything.
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const denied = (target: unknown) => Object.assign(new Error(`EACCES: permission denied, open '${String(target)}'`), { code: 'EACCES' });
  const readdir = (async (directory: string, ...rest: unknown[]) => {
    if (path.basename(String(directory)) === 'locked') throw denied(directory);
    return (fs.readdir as (...args: unknown[]) => Promise<unknown>)(directory, ...rest);
  }) as typeof fs.readdir;
  const readFile = (async (file: string, ...rest: unknown[]) => {
    if (path.basename(String(file)) === 'secret.hbs') throw denied(file);
    return (fs.readFile as (...args: unknown[]) => Promise<unknown>)(file, ...rest);
  }) as typeof fs.readFile;
  return { ...fs, readdir, readFile, default: { ...fs, readdir, readFile } };
});

const tmp = mkdtempSync(path.join(tmpdir(), 'sla-template-unreadable-'));

describe('a template that cannot be read', () => {
  it('is a TemplateError naming the directory or file, not an internal error', async () => {
    mkdirSync(path.join(tmp, 'locked'));
    await expect(loadContractTemplate({ directory: path.join(tmp, 'locked') })).rejects.toThrow(/locked: cannot read the template directory: permission denied$/);
    mkdirSync(path.join(tmp, 'tpl'));
    writeFileSync(path.join(tmp, 'tpl/secret.hbs'), 'x');
    await expect(loadContractTemplate({ directory: path.join(tmp, 'tpl') })).rejects.toThrow(/secret\.hbs: cannot read the template file: permission denied$/);
  });
});
