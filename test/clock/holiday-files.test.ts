/**
 * `.ics` files named by a calendar (`holidayFiles`): the library reads them through a reader it is given, reports a
 * file it cannot use by name, and `sla due` reads them relative to the agreement file.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAgreementText } from '../../src/agreement.js';
import { calendarWarnings, dueTimes, hasUnloadedHolidayFiles, loadHolidayFiles } from '../../src/clock/index.js';
import type { Agreement } from '../../src/model/agreement.js';
import { runCli } from '../helpers/cli.js';
import { at, iso } from './helpers.js';

const POLICY = 'examples/published-support-policy.sla.yaml';
const ICS = readFileSync('test/clock/fixtures/holidays.ics', 'utf8');

function agreementNaming(files: string[]): Agreement {
  const text = readFileSync(POLICY, 'utf8').replace('holidayFiles: [holidays/northwind-closures.ics]', `holidayFiles: [${files.join(', ')}]`);
  return loadAgreementText(text, 'policy.sla.yaml').agreement!;
}

describe('loadHolidayFiles', () => {
  it('adds the all-day events of each file to the calendars that name it, reading each file once', async () => {
    const reads: string[] = [];
    const agreement = agreementNaming(['a.ics']);
    const loaded = await loadHolidayFiles(agreement, async (file) => (reads.push(file), ICS));
    expect(reads).toEqual(['a.ics']);
    expect(loaded.problems).toEqual([]);
    expect(loaded.skipped).toEqual([{ file: 'a.ics', reason: 'Team party: a timed event, not an all-day holiday' }]);
    const london = loaded.agreement.calendars.find((c) => c.id === 'london-business')!;
    expect(london.holidays.get('2027-01-04')?.name).toBe('Office shutdown');
    expect(hasUnloadedHolidayFiles(london)).toBe(false);
    // Mon 4 and Tue 5 Jan 2027 are the office shutdown: a 4h response raised on Friday 1 Jan (a bank holiday) at
    // 10:00 is due Wednesday 13:00.
    const due = dueTimes(loaded.agreement, 'sev-1', at('2027-01-01T10:00', 'Europe/London'), { tierId: 'starter' });
    expect(iso(due.response!.due)).toBe('2027-01-06T13:00:00+00:00');
    expect(due.warnings).toEqual([]);
  });

  it('reports a file it cannot read, or that is not iCalendar, by name, and does not throw', async () => {
    const agreement = agreementNaming(['missing.ics', 'notes.ics']);
    const loaded = await loadHolidayFiles(agreement, async (file) => {
      if (file === 'missing.ics') throw new Error('no such file');
      return 'date,name\n2027-01-01,New Year';
    });
    expect(loaded.problems).toEqual([
      { file: 'missing.ics', calendars: ['london-business'], message: 'cannot read missing.ics: no such file' },
      { file: 'notes.ics', calendars: ['london-business'], message: expect.stringMatching(/^notes\.ics is not an iCalendar file: /) },
    ]);
  });

  it('a calendar whose files were never loaded warns that their holidays count as working days', () => {
    const agreement = agreementNaming(['a.ics']);
    const london = agreement.calendars.find((c) => c.id === 'london-business')!;
    expect(calendarWarnings(london)).toEqual([expect.stringContaining('names holiday files (a.ics) that were not read')]);
  });
});

describe('sla due reads the holiday files relative to the agreement', () => {
  it('the published-policy example: its company day (18 Jun 2027) is closed', async () => {
    // Thu 17 Jun 16:00 + 4h: 1h30m on Thursday, Friday closed, Monday 09:00 + 2h30m.
    const run = await runCli(['due', POLICY, '--tier', 'starter', '--severity', 'sev-1', '--opened', '2027-06-17T16:00', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).response.due).toBe('2027-06-21T11:30:00+01:00');
  });

  it('a file it cannot read is exit 2, named with the calendar, and no stack trace', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sla-ics-'));
    const text = readFileSync(POLICY, 'utf8').replace('holidayFiles: [holidays/northwind-closures.ics]', 'holidayFiles: [closures.ics, notes.ics]');
    writeFileSync(path.join(dir, 'policy.sla.yaml'), text);
    writeFileSync(path.join(dir, 'notes.ics'), 'not a calendar\n');
    const run = await runCli(['due', path.join(dir, 'policy.sla.yaml'), '--tier', 'starter', '--severity', 'sev-1', '--opened', '2027-06-17T16:00']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('holiday file of calendar `london-business`: cannot read closures.ics: no such file');
    expect(run.stderr).toContain('holiday file of calendar `london-business`: notes.ics is not an iCalendar file');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
