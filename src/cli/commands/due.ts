import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, Option } from 'commander';
import type { DateTime } from 'luxon';
import type { DueTarget, DueTimes } from '../../clock/index.js';
import type { Agreement, Calendar } from '../../model/agreement.js';
import { durationInWords, minutesInWords } from '../../model/duration.js';
import { didYouMean } from '../../util/did-you-mean.js';
import { readErrorReason } from '../../util/file-errors.js';
import { formatDiagnosticLine } from '../format-diagnostic.js';
import { EXIT, failure, type CliContext } from '../context.js';
import { loadInputs } from '../load-inputs.js';

interface DueOptions {
  severity?: string;
  opened: string;
  now?: string;
  tier?: string;
  holidays?: string;
  format: 'text' | 'json';
}

export function dueCommand(ctx: CliContext): Command {
  return new Command('due')
    .description("when a ticket's response, updates and resolution are due, on the agreement's business-hours calendars")
    .argument('<agreement>', 'the agreement file')
    .option('-s, --severity <id>', 'the severity level id, e.g. critical (required)')
    .option('-o, --opened <time>', 'when the ticket was opened: ISO 8601, or `now`; a time without an offset is read in the calendar\'s zone', 'now')
    .option('-t, --tier <id>', "the tier whose targets apply (default: the client's tier)")
    .option('--holidays <file.ics>', 'add the all-day events of an iCalendar file as holidays to the business-hours calendars')
    .option('--now <time>', 'the current time to count working time left from (default: the system clock)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', `
Examples:
  $ sla due agreement.sla.yaml --severity critical
  $ sla due agreement.sla.yaml --severity high --opened 2027-03-25T17:45
  $ sla due agreement.sla.yaml --severity normal --opened 2027-01-08T16:00+01:00 --tier essential --format json
  $ sla due agreement.sla.yaml --severity high --holidays public-holidays.ics

Times are printed in each calendar's zone and in UTC. When --opened is in the past, the working time
left until each due time is shown (negative when overdue). Working days and DST: see docs/clock.md.

Exit codes: 0 done, 1 the agreement has errors, 2 unknown severity or tier, bad time, or unreadable file.`)
    .action(async (file: string, options: DueOptions) => {
      const loaded = await loadOneAgreement(ctx, file);
      if (!loaded) return;
      const clock = await import('../../clock/index.js');
      const { DateTime } = await import('luxon');
      const agreement = options.holidays ? await addHolidays(ctx, loaded, options.holidays) : loaded;
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
      let responseZone: string;
      try {
        const { targets } = clock.targetsFor(agreement, severity.id, options.tier);
        responseZone = clock.calendarFor(agreement, clock.countable(targets, 'response', severity.id).calendar).timezone;
      } catch (error) {
        if (!(error instanceof clock.ClockError)) throw error;
        failure(ctx, error.message);
        return;
      }
      const readTime = (text: string, name: string) => {
        if (text === 'now') return { ok: true as const, time: DateTime.now().setZone(responseZone) };
        const parsed = clock.parseOpenedTime(text, responseZone);
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
        // e.g. a calendar whose every working day is a holiday for ten years: the clock never runs.
        if (!(error instanceof clock.ClockError)) throw error;
        failure(ctx, error.message);
        return;
      }
      const readIn = 'readIn' in opened ? opened.readIn : undefined;
      const shiftedFrom = 'shiftedFrom' in opened ? opened.shiftedFrom : undefined;
      const ambiguous = 'ambiguous' in opened ? opened.ambiguous : undefined;
      if (options.format === 'json') {
        ctx.io.stdout(`${JSON.stringify(dueJson(result, now.time, readIn), null, 2)}\n`);
      } else {
        ctx.io.stdout(dueText(ctx, agreement, result, { readIn, shiftedFrom, ambiguous, now: now.time }));
      }
    });
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
    for (const reason of skipped) ctx.io.stderr(`${ctx.err.yellow('sla:')} ${file}: skipped ${reason}\n`);
    return { ...agreement, calendars: agreement.calendars.map((calendar) => withHolidays(calendar, holidays)) };
  } catch (error) {
    if (!(error instanceof ClockError)) throw error;
    failure(ctx, `--holidays: ${file} is ${error.message}`);
    return undefined;
  }
}

const iso = (time: DateTime) => time.toISO({ suppressMilliseconds: true });

function dueJson(result: DueTimes, now: DateTime, readIn?: string) {
  const target = (t: DueTarget) => ({
    target: t.within.text,
    calendar: t.calendar.id,
    due: iso(t.due),
    dueUtc: iso(t.due.toUTC()),
    ...(t.workingMinutesLeft !== undefined && { workingMinutesLeft: t.workingMinutesLeft }),
  });
  const opened = result.opened;
  return {
    severity: result.severity,
    tier: result.tier,
    opened: iso(opened),
    ...(readIn && { openedReadIn: readIn }),
    ...(now > opened && { now: iso(now) }),
    response: target(result.response),
    update: result.update
      ? { every: result.update.every.text, calendar: result.update.calendar.id, next: iso(result.update.next), nextUtc: iso(result.update.next.toUTC()) }
      : null,
    resolution: result.resolution ? { ...target(result.resolution), kind: result.resolution.kind ?? null } : null,
  };
}

function when(time: DateTime, calendar: Calendar): string {
  const local = time.setZone(calendar.timezone).setLocale('en-GB');
  return `${local.toFormat('ccc d LLL yyyy, HH:mm')} ${calendar.timezone} (${time.toUTC().toFormat('yyyy-MM-dd HH:mm')} UTC)`;
}

function calendarName(calendar: Calendar): string {
  return `${calendar.name} [${calendar.id}]`;
}


function left(ctx: CliContext, target: DueTarget): string {
  if (target.workingMinutesLeft === undefined) return '';
  if (target.workingMinutesLeft > 0) return `\n${' '.repeat(12)}${minutesInWords(target.workingMinutesLeft)} of working time left`;
  if (target.workingMinutesLeft === 0) return `\n${' '.repeat(12)}${ctx.out.red('due now')}`;
  return `\n${' '.repeat(12)}${ctx.out.red(`overdue by ${minutesInWords(target.workingMinutesLeft)} of working time`)}`;
}

function dueText(ctx: CliContext, agreement: Agreement, result: DueTimes, notes: { readIn?: string; shiftedFrom?: string; ambiguous?: [DateTime, DateTime]; now: DateTime }): string {
  const { out } = ctx;
  const severity = agreement.severityLevels.find((s) => s.id === result.severity)!;
  const tier = agreement.tiers.find((t) => t.id === result.tier)!;
  const label = (text: string) => out.bold(text.padEnd(12));
  const lines: string[] = [];
  lines.push(`${out.bold(severity.name)} [${severity.id}], ${tier.name} tier [${tier.id}]`);
  let opened = `${label('Opened')}${when(result.opened, result.response.calendar)}`;
  if (notes.readIn) {
    opened += out.dim(`\n${' '.repeat(12)}the time had no offset, so it was read in ${notes.readIn}`);
    if (notes.shiftedFrom) opened += out.dim(`; ${notes.shiftedFrom} does not exist there that day (clocks spring forward)`);
    if (notes.ambiguous) {
      const [first, second] = notes.ambiguous.map((t) => t.toFormat('HH:mm ZZ'));
      opened += out.dim(`; it happens twice that day (clocks go back), read as the first, ${first}, not ${second}: give an offset to choose`);
    }
  }
  lines.push(opened);
  if (notes.now > result.opened) lines.push(`${label('Now')}${when(notes.now, result.response.calendar)}`);
  const { response, update, resolution } = result;
  lines.push(`${label('Response')}within ${durationInWords(response.within)} on ${calendarName(response.calendar)}`);
  lines.push(`${' '.repeat(12)}due ${when(response.due, response.calendar)}${left(ctx, response)}`);
  if (update) {
    lines.push(`${label('Updates')}every ${durationInWords(update.every)} on ${calendarName(update.calendar)}`);
    lines.push(`${' '.repeat(12)}next ${when(update.next, update.calendar)}`);
  } else {
    lines.push(`${label('Updates')}${out.dim('no update cadence in the agreement')}`);
  }
  if (resolution) {
    const kind = resolution.kind ? `${resolution.kind} target` : 'target';
    lines.push(`${label('Resolution')}${kind} ${durationInWords(resolution.within)} on ${calendarName(resolution.calendar)}`);
    lines.push(`${' '.repeat(12)}due ${when(resolution.due, resolution.calendar)}${left(ctx, resolution)}`);
  } else {
    lines.push(`${label('Resolution')}${out.dim('no resolution target in the agreement')}`);
  }
  return `${lines.join('\n')}\n`;
}
