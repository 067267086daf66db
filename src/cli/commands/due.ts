import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import type { DateTime } from 'luxon';
import type { DueTarget, DueTimes, MissingTarget } from '../../clock/index.js';
import type { Agreement, Calendar } from '../../model/agreement.js';
import { durationInWords, minutesInWords } from '../../model/duration.js';
import { didYouMean } from '../../util/did-you-mean.js';
import { readErrorReason } from '../../util/file-errors.js';
import { formatDiagnosticLine } from '../format-diagnostic.js';
import { EXIT, failure, type CliContext } from '../context.js';
import { loadInputs } from '../load-inputs.js';
import { showText } from '../../formatters/visible-text.js';
import { choiceOption, renamedFlag, takeRenamed } from '../options.js';

interface DueOptions {
  severity?: string;
  opened: string;
  now?: string;
  tier?: string;
  timezone?: string;
  holidays?: string;
  format: 'text' | 'json';
}

export function dueCommand(ctx: CliContext): Command {
  return new Command('due')
    .description("when a ticket's response, updates and resolution are due, on the agreement's business-hours calendars")
    .argument('<agreement>', 'the agreement file')
    .option('-s, --severity <id>', 'the severity level id, e.g. critical (required)')
    .option('--opened <time>', 'when the ticket was opened: ISO 8601, or `now`; a time without an offset is read in the calendar\'s zone', 'now')
    // -o was --opened in 0.1; every other command's -o is --output, so it moves to the long spelling.
    .addOption(renamedFlag('-o <time>'))
    .option('-t, --tier <id>', "the tier whose targets apply (default: the client's tier; a support policy with several tiers needs one)")
    .option('--timezone <zone>', 'the client\'s IANA time zone, for calendars whose zone is `client-local`, e.g. America/Chicago')
    .option('--holidays <file.ics>', 'add the all-day events of an iCalendar file as holidays to the business-hours calendars')
    .option('--now <time>', 'the current time to count working time left from (default: the system clock)')
    .addOption(choiceOption('-f, --format <format>', 'output format', ['text', 'json'], { noun: 'a format', default: 'text' }))
    .addHelpText('after', `
Examples:
  $ sla due agreement.sla.yaml --severity critical
  $ sla due agreement.sla.yaml --severity high --opened 2027-03-25T17:45
  $ sla due agreement.sla.yaml --severity normal --opened 2027-01-08T16:00+01:00 --tier essential --format json
  $ sla due agreement.sla.yaml --severity high --holidays public-holidays.ics
  $ sla due vendor-policy.sla.yaml --severity sev2 --tier premium --timezone America/Chicago

Times are printed in each calendar's zone and in UTC. When --opened is in the past, the working time
left until each due time is shown (negative when overdue). Holiday files the calendars name (holidayFiles)
are read relative to the agreement file. Working days, ranges, named deadlines, outside-hours targets and
calendars of several zones: see docs/clock.md.

Exit codes: 0 done; 1 the agreement has errors, or gives no response time the clock can count for this
ticket (not offered, unstated, or on hours it does not state; the reason is printed); 2 unknown severity or
tier, a policy without --tier, a client-local calendar without --timezone, a bad time, or an unreadable file.`)
    .action(async (file: string, options: DueOptions) => {
      takeRenamed(ctx, options, 'o', 'opened', '-o is now --opened (in every other command -o is --output); the old spelling still works in this release (see docs/cli.md#output)');
      const loaded = await loadOneAgreement(ctx, file);
      if (!loaded) return;
      const clock = await import('../../clock/index.js');
      const { DateTime } = await import('luxon');
      let agreement: Agreement | undefined = await readHolidayFiles(ctx, loaded, file);
      if (agreement && options.holidays) agreement = await addHolidays(ctx, agreement, options.holidays);
      if (agreement && options.timezone !== undefined) agreement = await clientTimezone(ctx, agreement, options.timezone);
      if (!agreement) return;
      const severity = agreement.severityLevels.find((s) => s.id === options.severity);
      if (!severity) {
        const ids = agreement.severityLevels.map((s) => s.id);
        if (options.severity === undefined) {
          failure(ctx, `give the ticket's severity with --severity; this agreement's severities are: ${ids.join(', ')}`);
          return;
        }
        const guess = didYouMean(options.severity, ids);
        failure(ctx, `unknown severity \`${options.severity}\`${guess ? ` (did you mean \`${guess}\`?)` : ''}; use one of: ${ids.join(', ')}`);
        return;
      }
      const zone = clock.ticketZone(agreement, severity.id, options.tier);
      const readTime = (text: string, name: string) => {
        if (text === 'now') return { ok: true as const, time: DateTime.now().setZone(zone) };
        const parsed = clock.parseOpenedTime(text, zone);
        if (!parsed.ok) failure(ctx, `${name}: ${parsed.message}`);
        return parsed;
      };
      const now = readTime(options.now ?? 'now', '--now');
      const opened = options.opened === 'now' && now.ok ? now : readTime(options.opened, '--opened');
      if (!now.ok || !opened.ok) return;
      let result: DueTimes;
      try {
        result = clock.dueTimes(agreement, severity.id, opened.time, { tierId: options.tier, now: now.time });
      } catch (error) {
        if (!(error instanceof clock.ClockError)) throw error;
        // The agreement does not give this ticket a target (not offered, left out): its content, exit 1. Otherwise
        // the command line must change (unknown tier, a policy's tier, a client's zone), or the clock cannot run: 2.
        if (error instanceof clock.AgreementGapError) inputProblem(ctx, error.message);
        else failure(ctx, error.message);
        return;
      }
      for (const warning of result.warnings) ctx.io.stderr(`${ctx.err.yellow('sla: warning:')} ${warning}\n`);
      const readIn = 'readIn' in opened ? opened.readIn : undefined;
      const shiftedFrom = 'shiftedFrom' in opened ? opened.shiftedFrom : undefined;
      const ambiguous = 'ambiguous' in opened ? opened.ambiguous : undefined;
      if (options.format === 'json') {
        ctx.io.stdout(`${JSON.stringify(dueJson(result, now.time, readIn), null, 2)}\n`);
      } else {
        ctx.io.stdout(dueText(ctx, agreement, result, { readIn, shiftedFrom, ambiguous, now: now.time, zone }));
      }
      if (!result.response) inputProblem(ctx, result.missing.response?.message ?? `no response target applies to severity \`${severity.id}\``);
    });
}

/** The agreement's content keeps the command from answering (exit 1), as opposed to the command line (exit 2). */
function inputProblem(ctx: CliContext, message: string): void {
  ctx.io.stderr(`${ctx.err.red('sla:')} ${message}\n`);
  ctx.exitCode = Math.max(ctx.exitCode, EXIT.inputProblems);
}

/**
 * The agreement with the holidays of the `.ics` files its calendars name, read relative to the agreement file; a file
 * that cannot be used is reported (exit 2) and undefined returned. Shared with `sla report`.
 */
export async function readHolidayFiles(ctx: CliContext, agreement: Agreement, file: string): Promise<Agreement | undefined> {
  if (!agreement.calendars.some((c) => c.holidayFiles.length > 0)) return agreement;
  const { loadHolidayFiles } = await import('../../clock/index.js');
  const base = path.dirname(path.resolve(ctx.io.cwd, file));
  const result = await loadHolidayFiles(agreement, async (name) => {
    try {
      return await readFile(path.resolve(base, name), 'utf8');
    } catch (error) {
      throw new Error(readErrorReason(error));
    }
  });
  for (const { file: name, reason } of result.skipped) ctx.io.stderr(`${ctx.err.yellow('sla:')} ${name}: skipped ${reason}\n`);
  for (const problem of result.problems) {
    failure(ctx, `${file}: holiday file of calendar ${problem.calendars.map((id) => `\`${id}\``).join(', ')}: ${problem.message}`);
  }
  return result.problems.length > 0 ? undefined : result.agreement;
}

/** The agreement with its `client-local` calendars in the zone of `--timezone`. Shared with `sla report`. */
export async function clientTimezone(ctx: CliContext, agreement: Agreement, zone: string): Promise<Agreement | undefined> {
  const { withClientTimezone, ClockError } = await import('../../clock/index.js');
  try {
    const result = withClientTimezone(agreement, zone);
    if (result.calendars.length === 0) ctx.io.stderr(`${ctx.err.yellow('sla:')} --timezone ${zone}: no calendar of this agreement is \`client-local\`, so it changes nothing\n`);
    return result.agreement;
  } catch (error) {
    if (!(error instanceof ClockError)) throw error;
    failure(ctx, `--timezone: ${error.message}`);
    return undefined;
  }
}

/** Loads the one agreement; reports problems and returns undefined when it cannot be used. */
async function loadOneAgreement(ctx: CliContext, file: string): Promise<Agreement | undefined> {
  const loaded = await loadInputs(ctx, [file]);
  if (loaded.length === 0) return undefined;
  if (loaded.length > 1) {
    failure(ctx, `${file} names ${loaded.length} agreements; give one file`);
    return undefined;
  }
  const [{ file: name, result }] = loaded as [(typeof loaded)[number]];
  if (!result.ok || !result.agreement) {
    for (const d of result.diagnostics) ctx.io.stderr(`${formatDiagnosticLine(d, name, ctx.err)}\n`);
    ctx.io.stderr(`${ctx.err.red('sla:')} ${name} has errors; fix them (see \`sla validate ${name}\`) before computing due times\n`);
    ctx.exitCode = Math.max(ctx.exitCode, EXIT.inputProblems);
    return undefined;
  }
  return result.agreement;
}

/** The agreement with an iCalendar file's holidays added to its business-hours calendars, for the years around now. */
async function addHolidays(ctx: CliContext, agreement: Agreement, file: string): Promise<Agreement | undefined> {
  const { holidaysFromICalendar, withHolidays, ClockError } = await import('../../clock/index.js');
  let text: string;
  try {
    text = await readFile(path.resolve(ctx.io.cwd, file), 'utf8');
  } catch (error) {
    failure(ctx, `--holidays: cannot read ${file}: ${readErrorReason(error)}`);
    return undefined;
  }
  try {
    // Every year a ticket can be opened or fall due in; recurring events are capped in the library.
    const { holidays, skipped } = await holidaysFromICalendar(text, { from: '1970-01-01', to: '2199-12-31' });
    for (const reason of skipped) ctx.io.stderr(`${ctx.err.yellow('sla:')} ${showText(`${file}: skipped ${reason}`)}\n`);
    return { ...agreement, calendars: agreement.calendars.map((calendar) => withHolidays(calendar, holidays)) };
  } catch (error) {
    if (!(error instanceof ClockError)) throw error;
    failure(ctx, `--holidays: ${file} is ${error.message}`);
    return undefined;
  }
}

const iso = (time: DateTime) => time.toISO({ suppressMilliseconds: true });

function targetJson(t: DueTarget) {
  return {
    target: t.by ?? (t.between ? `${t.between[0].text}–${t.between[1].text}` : t.within!.text),
    ...(t.between && { between: t.between.map((d) => d.text) }),
    ...(t.by && { by: t.by }),
    calendar: t.calendar.id,
    ...(t.outsideHours && { outsideHours: true }),
    ...(t.firmness && { firmness: t.firmness }),
    ...(t.earliest && { earliest: iso(t.earliest), earliestUtc: iso(t.earliest.toUTC()) }),
    due: iso(t.due),
    dueUtc: iso(t.due.toUTC()),
    ...(t.workingMinutesLeft !== undefined && { workingMinutesLeft: t.workingMinutesLeft }),
  };
}

function dueJson(result: DueTimes, now: DateTime, readIn?: string) {
  const opened = result.opened;
  const { resolution } = result;
  return {
    severity: result.severity,
    tier: result.tier,
    opened: iso(opened),
    ...(readIn && { openedReadIn: readIn }),
    ...(now > opened && { now: iso(now) }),
    response: result.response ? targetJson(result.response) : null,
    update: result.update
      ? { every: result.update.every.text, calendar: result.update.calendar.id, next: iso(result.update.next), nextUtc: iso(result.update.next.toUTC()) }
      : null,
    resolution: resolution
      ? { ...targetJson(resolution), kind: resolution.kind ?? null, ...(resolution.from === 'response' && { from: 'response', start: iso(resolution.start) }) }
      : null,
    ...(Object.keys(result.missing).length > 0 && { missing: result.missing }),
    ...(result.warnings.length > 0 && { warnings: result.warnings }),
  };
}

function when(time: DateTime, zone: string): string {
  const local = time.setZone(zone).setLocale('en-GB');
  return `${local.toFormat('ccc d LLL yyyy, HH:mm')} ${zone} (${time.toUTC().toFormat('yyyy-MM-dd HH:mm')} UTC)`;
}

/** The zone a calendar's times are shown in: its first zone, or UTC for a 24x7 calendar that gives none. */
function zoneOf(calendar: Calendar): string {
  const zone = calendar.timezone;
  return zone === 'unstated' || zone === 'client-local' ? 'UTC' : zone;
}

function calendarName(calendar: Calendar): string {
  const zones = calendar.timezones.length > 1 ? ` (${calendar.timezones.join(', ')})` : '';
  return `${calendar.name} [${calendar.id}]${zones}`;
}

const INDENT = ' '.repeat(12);

function left(ctx: CliContext, target: DueTarget): string {
  if (target.workingMinutesLeft === undefined) return '';
  if (target.workingMinutesLeft > 0) return `\n${INDENT}${minutesInWords(target.workingMinutesLeft)} of working time left`;
  if (target.workingMinutesLeft === 0) return `\n${INDENT}${ctx.out.red('due now')}`;
  return `\n${INDENT}${ctx.out.red(`overdue by ${minutesInWords(target.workingMinutesLeft)} of working time`)}`;
}

/** `within 2 hours`, `between 1 working day and 2 working days`, `by the next business day`. */
function targetWords(target: DueTarget): string {
  if (target.by) return `by the ${target.by.replace(/-/g, ' ')}`;
  if (target.between) return `between ${durationInWords(target.between[0])} and ${durationInWords(target.between[1])}`;
  return `within ${durationInWords(target.within!)}`;
}

/** The lines of one target: what it is, on which calendar, and when it falls due. */
function targetLines(ctx: CliContext, target: DueTarget, qualifier = ''): string[] {
  const firmness = target.firmness ? ` (${target.firmness.replace(/-/g, ' ')})` : '';
  const outside = target.outsideHours ? ctx.out.dim(' — raised outside support hours, so the target for such requests applies') : '';
  const zone = zoneOf(target.calendar);
  const lines = [`${qualifier}${targetWords(target)} on ${calendarName(target.calendar)}${firmness}${outside}`];
  if (target.earliest) {
    lines.push(`${INDENT}due from ${when(target.earliest, zone)}`);
    lines.push(`${INDENT}at the latest ${when(target.due, zone)}${left(ctx, target)}`);
  } else {
    lines.push(`${INDENT}due ${when(target.due, zone)}${left(ctx, target)}`);
  }
  return lines;
}

function missingText(missing: MissingTarget | undefined, fallback: string): string {
  if (!missing) return fallback;
  if (missing.reason === 'not-offered') return 'not offered in this tier';
  if (missing.reason === 'unstated') return 'not stated in the agreement';
  return missing.message;
}

function dueText(ctx: CliContext, agreement: Agreement, result: DueTimes, notes: { readIn?: string; shiftedFrom?: string; ambiguous?: [DateTime, DateTime]; now: DateTime; zone: string }): string {
  const { out } = ctx;
  const severity = agreement.severityLevels.find((s) => s.id === result.severity)!;
  const tier = agreement.tiers.find((t) => t.id === result.tier)!;
  const label = (text: string) => out.bold(text.padEnd(12));
  const lines: string[] = [];
  lines.push(`${out.bold(severity.name)} [${severity.id}], ${tier.name} tier [${tier.id}]`);
  const zone = result.response ? zoneOf(result.response.calendar) : notes.zone;
  let opened = `${label('Opened')}${when(result.opened, zone)}`;
  if (notes.readIn) {
    opened += out.dim(`\n${INDENT}the time had no offset, so it was read in ${notes.readIn}`);
    if (notes.shiftedFrom) opened += out.dim(`; ${notes.shiftedFrom} does not exist there that day (clocks spring forward)`);
    if (notes.ambiguous) {
      const [first, second] = notes.ambiguous.map((t) => t.toFormat('HH:mm ZZ'));
      opened += out.dim(`; it happens twice that day (clocks go back), read as the first, ${first}, not ${second}: give an offset to choose`);
    }
  }
  lines.push(opened);
  if (notes.now > result.opened) lines.push(`${label('Now')}${when(notes.now, zone)}`);
  const { response, update, resolution, missing } = result;
  if (response) {
    const [first, ...rest] = targetLines(ctx, response);
    lines.push(`${label('Response')}${first}`, ...rest);
  } else {
    lines.push(`${label('Response')}${out.red(missingText(missing.response, 'no response target in the agreement'))}`);
  }
  if (update) {
    lines.push(`${label('Updates')}every ${durationInWords(update.every)} on ${calendarName(update.calendar)}`);
    lines.push(`${INDENT}next ${when(update.next, zoneOf(update.calendar))}`);
  } else {
    lines.push(`${label('Updates')}${out.dim(missingText(missing.update, 'no update cadence in the agreement'))}`);
  }
  if (resolution) {
    const kind = resolution.kind ? `${resolution.kind} target ` : 'target ';
    const [first, ...rest] = targetLines(ctx, resolution, kind);
    lines.push(`${label('Resolution')}${first}`);
    if (resolution.from === 'response') lines.push(`${INDENT}counted from the response's due time, ${when(resolution.start, zoneOf(resolution.calendar))}`);
    lines.push(...rest);
  } else {
    lines.push(`${label('Resolution')}${out.dim(missingText(missing.resolution, 'no resolution target in the agreement'))}`);
  }
  return `${lines.join('\n')}\n`;
}
