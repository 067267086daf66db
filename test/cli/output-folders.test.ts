// -o creates the folders on the way to the file, in every command that writes one (as ESLint's -o does), and a
// path through a file is still an error with exit 2.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const AGREEMENT = path.join(ROOT, 'examples/standard-customer-service-assistant.sla.yaml');
const TICKETS = path.join(ROOT, 'examples/standard-customer-service-assistant.tickets.csv');

describe('-o into folders that do not exist yet', () => {
  const cases: [string, (file: string) => string[]][] = [
    ['lint --output', (file) => ['lint', AGREEMENT, '--format', 'sarif', '--output', file]],
    ['render -o', (file) => ['render', AGREEMENT, '--format', 'md', '-o', file]],
    ['report --output', (file) => ['report', AGREEMENT, '--tickets', TICKETS, '--now', '2027-04-01T09:00', '--format', 'json', '--output', file]],
    ['review --output', (file) => ['review', AGREEMENT, '--tickets', TICKETS, '--from', '2027-03', '--to', '2027-03', '--format', 'json', '--output', file]],
    ['diff --output', (file) => ['diff', AGREEMENT, AGREEMENT, '--format', 'json', '--output', file]],
  ];
  it.each(cases)('%s creates them and writes the file', async (_name, args) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sla-out-'));
    const file = path.join(dir, 'reports', 'nested', 'out.txt');
    const run = await runCli(args(file), { cwd: dir });
    expect(run.stderr).not.toMatch(/does not exist/);
    expect(existsSync(file), run.stderr).toBe(true);
    expect(readFileSync(file).length).toBeGreaterThan(0);
  });

  it('still refuses a path that runs through a file', async () => {
    const run = await runCli(['lint', AGREEMENT, '--format', 'sarif', '--output', path.join(AGREEMENT, 'x.sarif')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot write .*: a parent path is a file, not a directory/);
  });
});
