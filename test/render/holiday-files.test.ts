// `sla render` lists the holidays of the `.ics` files a calendar names as dates: the client signs the contract,
// not the file, so the dates must be in it. A file that cannot be read is exit 2, naming it.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/example.js';

const POLICY = 'published-support-policy.sla.yaml';

function workspace(withHolidayFile: boolean): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sla-render-ics-'));
  copyFileSync(path.join(ROOT, 'examples', POLICY), path.join(dir, POLICY));
  if (withHolidayFile) {
    mkdirSync(path.join(dir, 'holidays'));
    copyFileSync(path.join(ROOT, 'examples/holidays/northwind-closures.ics'), path.join(dir, 'holidays/northwind-closures.ics'));
  }
  return dir;
}

describe('sla render with holiday files', () => {
  it('lists the all-day events of the calendar’s .ics file as dated holidays, read relative to the agreement', async () => {
    const dir = workspace(true);
    const run = await runCli(['render', POLICY, '--format', 'md', '--out-dir', 'out'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const markdown = readFileSync(path.join(dir, 'out/published-support-policy.md'), 'utf8');
    expect(markdown).toMatch(/\| Friday, 18 June 2027 +\| Company day \(offices closed\) +\| Closed +\|/);
    expect(markdown).toMatch(/\| Wednesday, 29 December 2027 +\| Year-end closure +\| Closed +\|/);
    expect(markdown).not.toMatch(/31 December 2027/); // DTEND is exclusive
  });

  it('refuses, with exit 2 and the file’s name, when the file is missing, and writes nothing', async () => {
    const dir = workspace(false);
    const run = await runCli(['render', POLICY, '--format', 'md', '--out-dir', 'out'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/holidays\/northwind-closures\.ics/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
