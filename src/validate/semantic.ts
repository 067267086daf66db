import { shown } from '../util/shown.js';
import type { Diagnostic } from '../diagnostics.js';
import { isZero, parseDuration, type Duration } from '../model/duration.js';
import { UNSTATED } from '../model/agreement.js';
import { parseWindow } from '../model/calendar-hours.js';
import { checkTimezone, TIMEZONE_KEYWORDS } from '../model/timezone.js';
import { isRealDate } from '../util/real-date.js';
import { joinPointer, type SourceMap } from '../load/source-map.js';
import { didYouMean, listOf } from '../util/did-you-mean.js';

type Obj = Record<string, unknown>;


function isShorter(a: Duration, b: Duration): boolean {
  return a.days < b.days || (a.days === b.days && a.minutes < b.minutes);
}

const MAX_TARGET_DAYS = 366;

// C0 controls except tab, newline and carriage return; DEL; C1 controls.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

function isObject(value: unknown): value is Obj {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Entries of a list field that are mappings, with their pointers. Anything malformed was reported by the schema. */
function entries(parent: unknown, key: string, base: string): { item: Obj; pointer: string }[] {
  const list = isObject(parent) ? parent[key] : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, index) => (isObject(item) ? [{ item, pointer: joinPointer(base, key, index) }] : []));
}

function idsOf(list: { item: Obj }[]): string[] {
  return list.map(({ item }) => item.id).filter((id): id is string => typeof id === 'string');
}

/**
 * Checks that the JSON Schema cannot express: references resolve, ids are unique, severity levels are in order,
 * dates are real, time zones exist, durations are not zero, and the client's tier is known.
 * Runs on any parsed data, valid or not, so one run reports every problem.
 */
export function semanticDiagnostics(data: unknown, sourceMap: SourceMap, file?: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  if (!isObject(data)) return diagnostics;
  const report = (code: string, message: string, pointer: string, at: 'key' | 'value' = 'value') => {
    diagnostics.push({ code, severity: 'error', message, pointer, range: sourceMap.rangeOf(pointer, at), ...(file !== undefined && { file }) });
  };

  const calendars = entries(data, 'calendars', '');
  const severities = entries(data, 'severityLevels', '');
  const tiers = entries(data, 'tiers', '');
  const metrics = entries(data.monitoring, 'metrics', '/monitoring');
  const calendarIds = idsOf(calendars);
  const severityIds = idsOf(severities);
  const tierIds = idsOf(tiers);

  // Unique ids within each list.
  const uniqueLists: [string, { item: Obj; pointer: string }[]][] = [
    ['calendar', calendars], ['severity level', severities], ['tier', tiers], ['metric', metrics],
    ['service', entries(data, 'services', '')], ['request type', entries(data, 'requestTypes', '')], ['channel', entries(data, 'channels', '')],
  ];
  for (const [what, list] of uniqueLists) {
    const first = new Map<string, number>();
    list.forEach(({ item, pointer }, index) => {
      if (typeof item.id !== 'string') return;
      const earlier = first.get(item.id);
      if (earlier === undefined) first.set(item.id, index);
      else report('duplicate-id', `the ${what} id \`${shown(item.id)}\` is used twice (first at item ${earlier + 1}); ids must be unique`, `${pointer}/id`);
    });
  }

  const checkReference = (value: unknown, pointer: string, what: string, known: string[], plural: string) => {
    if (typeof value !== 'string' || known.includes(value)) return;
    const suggestion = didYouMean(value, known);
    const fix = suggestion ? `did you mean \`${suggestion}\`?` : known.length ? `the ${plural} are ${listOf(known, 'and')}` : `no ${plural} are defined`;
    report('unknown-reference', `there is no ${what} \`${shown(value)}\`; ${fix}`, pointer);
  };
  const checkCalendar = (value: unknown, pointer: string) => checkReference(value, pointer, 'calendar', calendarIds, 'calendars');
  // A target may say it does not know its hours: `calendar: unstated`, unless a calendar is really called that.
  const checkTargetCalendar = (value: unknown, pointer: string) => {
    if (value !== UNSTATED || calendarIds.includes(UNSTATED)) checkCalendar(value, pointer);
  };
  const checkDuration = (value: unknown, pointer: string) => {
    if (typeof value !== 'string') return;
    const duration = parseDuration(value);
    if (duration && isZero(duration)) report('zero-duration', `\`${value}\` is zero; a time target must be longer than zero`, pointer);
    // A year of working time is far beyond any support target; longer values are typos (`2000d` for `2d`).
    else if (duration && duration.days + duration.minutes / 1440 > MAX_TARGET_DAYS) {
      report('duration-too-long', `\`${value}\` is longer than ${MAX_TARGET_DAYS} days; a support target this long is almost certainly a typo`, pointer);
    }
  };
  const checkTarget = (target: unknown, pointer: string, durationKey = 'within') => {
    if (!isObject(target)) return;
    checkDuration(target[durationKey], `${pointer}/${durationKey}`);
    checkCalendar(target.calendar, `${pointer}/calendar`);
  };
  // A severity target: exactly one of `within`, `between` or `by`; a range shortest first; its own outside-hours target.
  const checkSeverityTarget = (target: unknown, pointer: string, outsideHoursAllowed = true): void => {
    if (!isObject(target)) return;
    const given = (['within', 'between', 'by'] as const).filter((key) => target[key] !== undefined);
    if (given.length === 0) report('missing-field', 'the target needs a time: give `within` (e.g. `4h`), `between` (e.g. `[1d, 2d]`) or `by` (e.g. `next-business-day`)', pointer, 'key');
    else if (given.length > 1) report('conflicting-fields', `give only one of \`within\`, \`between\` and \`by\`; this target has ${listOf(given.map((k) => `\`${k}\``), 'and')}`, joinPointer(pointer, given[1]!), 'key');
    checkDuration(target.within, `${pointer}/within`);
    if (Array.isArray(target.between)) {
      target.between.forEach((value, index) => checkDuration(value, joinPointer(`${pointer}/between`, index)));
      const [shortest, longest] = target.between.map((value) => (typeof value === 'string' ? parseDuration(value) : undefined));
      if (shortest && longest && !isShorter(shortest, longest)) report('range-order', `the range must go from the shorter time to the longer: \`[${String(target.between[0])}, ${String(target.between[1])}]\``, `${pointer}/between`);
    }
    checkTargetCalendar(target.calendar, `${pointer}/calendar`);
    if (isObject(target.outsideHours)) {
      if (!outsideHoursAllowed) return;
      checkCalendar(target.outsideHours.hours, `${pointer}/outsideHours/hours`);
      checkSeverityTarget(target.outsideHours, `${pointer}/outsideHours`, false);
    }
  };
  const checkDate = (value: unknown, pointer: string) => {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return;
    if (!isRealDate(value)) report('invalid-date', `\`${value}\` is not a real date`, pointer);
  };
  const checkZone = (value: unknown, pointer: string) => {
    if (typeof value !== 'string') return;
    const result = checkTimezone(value);
    if (!result.ok) report('invalid-timezone', result.message, pointer);
  };
  const checkWindows = (list: unknown, pointer: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((text, index) => {
      if (typeof text !== 'string') return;
      const [start, end] = text.split('-');
      if (start !== undefined && start === end) report('empty-window', `the time window \`${text}\` starts and ends at the same time, so it is empty`, joinPointer(pointer, index));
      else if (/^\d\d:\d\d-\d\d:\d\d$/.test(text) && !parseWindow(text)) report('invalid-window', `\`${text}\` is not a valid time window`, joinPointer(pointer, index));
    });
  };

  // A holiday is a date, a fixed day every year, or the nth weekday of a month: exactly one of these forms.
  const checkHolidayForm = (holiday: Obj, pointer: string) => {
    const dated = holiday.date !== undefined;
    const fixed = holiday.day !== undefined;
    const nth = holiday.weekday !== undefined || holiday.week !== undefined;
    const forms = [dated, fixed, nth].filter(Boolean).length;
    if (forms === 0) report('missing-field', 'the holiday needs a `date` (e.g. `2027-12-25`), a `month` and `day` (every year), or a `month`, `weekday` and `week` (e.g. the 4th Thursday of November)', pointer, 'key');
    else if (forms > 1) report('conflicting-fields', 'a holiday is either dated (`date`), on a fixed day every year (`month`, `day`) or on the nth weekday of a month (`month`, `weekday`, `week`); this one mixes them', pointer, 'key');
    else if (!dated && holiday.month === undefined) report('missing-field', 'a recurring holiday needs its `month`', pointer, 'key');
    else if (nth && (holiday.weekday === undefined || holiday.week === undefined)) report('missing-field', 'a holiday on the nth weekday of a month needs both `weekday` and `week`', pointer, 'key');
    else if (fixed && typeof holiday.month === 'number' && typeof holiday.day === 'number' && holiday.day > [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][holiday.month - 1]!) {
      report('invalid-date', `month ${holiday.month} has no day ${holiday.day}`, `${pointer}/day`);
    }
    if (holiday.observed !== undefined && !fixed) report('conflicting-fields', '`observed` applies only to a holiday on a fixed day (`month` and `day`)', `${pointer}/observed`, 'key');
  };

  checkDate(data.effectiveDate, '/effectiveDate');
  checkDate(data.lastUpdated, '/lastUpdated');

  for (const { item, pointer } of calendars) {
    if (item.timezone === undefined && item.timezones === undefined) {
      report('missing-field', 'the calendar needs a `timezone` (an IANA name such as `Europe/Berlin`, or `client-local` or `unstated`) or `timezones`', pointer, 'key');
    } else if (item.timezone !== undefined && item.timezones !== undefined) {
      report('conflicting-fields', 'give `timezone` or `timezones`, not both', `${pointer}/timezones`, 'key');
    }
    if (!TIMEZONE_KEYWORDS.includes(item.timezone as string)) checkZone(item.timezone, `${pointer}/timezone`);
    if (Array.isArray(item.timezones)) item.timezones.forEach((zone, index) => checkZone(zone, joinPointer(`${pointer}/timezones`, index)));
    for (const { item: week, pointer: weekPointer } of entries(item, 'hours', pointer)) {
      checkWindows(week.open, `${weekPointer}/open`);
      checkZone(week.timezone, `${weekPointer}/timezone`);
    }
    const dates = new Set<string>();
    for (const { item: holiday, pointer: holidayPointer } of entries(item, 'holidays', pointer)) {
      checkDate(holiday.date, `${holidayPointer}/date`);
      checkWindows(holiday.open, `${holidayPointer}/open`);
      checkHolidayForm(holiday, holidayPointer);
      if (typeof holiday.date !== 'string') continue;
      if (dates.has(holiday.date)) report('duplicate-holiday', `the holiday date ${holiday.date} is listed twice in this calendar`, `${holidayPointer}/date`);
      dates.add(holiday.date);
    }
  }

  // Severity levels: unique, increasing `level` in list order (1 = most severe first).
  let previousLevel = 0;
  for (const { item, pointer } of severities) {
    if (typeof item.level !== 'number') continue;
    if (item.level <= previousLevel) {
      report('severity-order', `severity levels must be listed most severe first with increasing \`level\` numbers; level ${item.level} comes after level ${previousLevel}`, `${pointer}/level`);
    }
    previousLevel = Math.max(previousLevel, item.level);
  }

  // The client's tier; a published policy has no client, so no tier of its own.
  if (data.kind === 'SupportPolicy') {
    if (data.serviceTier !== undefined) report('policy-service-tier', 'a `SupportPolicy` names no client, so it has no `serviceTier`; remove it, or make the document a `SupportAgreement`', '/serviceTier', 'key');
  } else if (data.serviceTier !== undefined) checkReference(data.serviceTier, '/serviceTier', 'tier', tierIds, 'tiers');
  else if (tierIds.length > 1) report('missing-field', `\`serviceTier\` must say which of the ${tierIds.length} tiers (${listOf(tierIds, 'and')}) this client has`, '', 'key');

  for (const { item, pointer } of tiers) {
    checkCalendar(item.supportHours, `${pointer}/supportHours`);
    const targets = item.targets;
    if (!isObject(targets)) continue;
    for (const [severity, target] of Object.entries(targets)) {
      const targetPointer = joinPointer(`${pointer}/targets`, severity);
      if (!severityIds.includes(severity)) {
        const suggestion = didYouMean(severity, severityIds);
        report('unknown-reference', `there is no severity level \`${shown(severity)}\`; ${suggestion ? `did you mean \`${suggestion}\`?` : `the levels are ${listOf(severityIds, 'and')}`}`, targetPointer, 'key');
      }
      if (!isObject(target)) continue;
      checkSeverityTarget(target.response, `${targetPointer}/response`);
      if (isObject(target.update)) {
        checkDuration(target.update.every, `${targetPointer}/update/every`);
        checkTargetCalendar(target.update.calendar, `${targetPointer}/update/calendar`);
      }
      checkSeverityTarget(target.resolution, `${targetPointer}/resolution`);
    }
    // A level a tier leaves out is a drafting gap that `sla lint` reports (missing-targets), not a broken file.
  }
  for (const { item, pointer } of entries(data, 'requestTypes', '')) checkSeverityTarget(item.response, `${pointer}/response`, false);
  // Severity levels and client duties limited to some tiers or services.
  const serviceIds = idsOf(entries(data, 'services', ''));
  for (const { item, pointer } of [...severities, ...entries(data, 'clientResponsibilities', ''), ...tiers]) {
    if (Array.isArray(item.tiers)) item.tiers.forEach((t, i) => checkReference(t, joinPointer(`${pointer}/tiers`, i), 'tier', tierIds, 'tiers'));
    if (Array.isArray(item.services)) item.services.forEach((s, i) => checkReference(s, joinPointer(`${pointer}/services`, i), 'service', serviceIds, 'services'));
  }

  for (const { item, pointer } of entries(data, 'channels', '')) {
    checkCalendar(item.hours, `${pointer}/hours`);
    if (Array.isArray(item.tiers)) item.tiers.forEach((t, i) => checkReference(t, joinPointer(`${pointer}/tiers`, i), 'tier', tierIds, 'tiers'));
    if (Array.isArray(item.severities)) item.severities.forEach((s, i) => checkReference(s, joinPointer(`${pointer}/severities`, i), 'severity level', severityIds, 'severity levels'));
  }

  if (isObject(data.changeOrders)) checkTarget(data.changeOrders.estimateWithin, '/changeOrders/estimateWithin');
  for (const { item, pointer } of entries(data.monitoring, 'reports', '/monitoring')) checkTarget(item.deliveredWithin, `${pointer}/deliveredWithin`);
  for (const { item, pointer } of entries(data.monitoring, 'proactiveOutreach', '/monitoring')) {
    checkTarget(item.within, `${pointer}/within`);
    checkReference(item.metric, `${pointer}/metric`, 'metric', idsOf(metrics), 'metrics');
  }
  if (isObject(data.maintenance)) {
    checkTarget(data.maintenance.notice, '/maintenance/notice');
    if (isObject(data.maintenance.emergencyChanges)) checkTarget(data.maintenance.emergencyChanges.notifyWithin, '/maintenance/emergencyChanges/notifyWithin');
    for (const { item, pointer } of entries(data.maintenance, 'windows', '/maintenance')) {
      checkZone(item.timezone, `${pointer}/timezone`);
      checkWindows(item.open, `${pointer}/open`);
    }
  }
  if (isObject(data.availability) && Array.isArray(data.availability.services)) {
    data.availability.services.forEach((s, i) => checkReference(s, joinPointer('/availability/services', i), 'service', serviceIds, 'services'));
  }
  if (isObject(data.severityAssignment) && isObject(data.severityAssignment.matrix)) {
    const { impacts, urgencies, levels } = data.severityAssignment.matrix;
    const pointer = '/severityAssignment/matrix';
    if (Array.isArray(levels)) {
      if (Array.isArray(impacts) && levels.length !== impacts.length) report('matrix-shape', `the matrix has ${impacts.length} impacts but ${levels.length} rows of levels; give one row per impact`, `${pointer}/levels`);
      levels.forEach((row, r) => {
        if (!Array.isArray(row)) return;
        if (Array.isArray(urgencies) && row.length !== urgencies.length) report('matrix-shape', `row ${r + 1} has ${row.length} levels but there are ${urgencies.length} urgencies; give one level per urgency`, joinPointer(`${pointer}/levels`, r));
        row.forEach((s, c) => checkReference(s, joinPointer(`${pointer}/levels`, r, c), 'severity level', severityIds, 'severity levels'));
      });
    }
  }
  const credits = entries(data.availability, 'serviceCredits', '/availability');
  const target = isObject(data.availability) ? data.availability.target : undefined;
  for (const { item, pointer } of credits) {
    if (typeof item.below === 'number' && typeof target === 'number' && item.below > target) {
      report('credit-above-target', `a service credit for availability below ${item.below}% is above the availability target of ${target}%`, `${pointer}/below`);
    }
  }
  // Control characters (an ESC written as "\e", a stray form feed) would reach the contract, the PDF and terminals.
  const visit = (value: unknown, pointer: string, depth: number): void => {
    if (typeof value === 'string') {
      const found = CONTROL_CHARACTER.exec(value);
      if (found) {
        const code = found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
        report('control-character', `the text contains the control character U+${code} (written as an escape such as \\e or \\x${code.slice(2)}); remove it`, pointer);
      }
    } else if (Array.isArray(value)) {
      if (depth < 50) value.forEach((item, index) => visit(item, joinPointer(pointer, index), depth + 1));
    } else if (isObject(value) && depth < 50) {
      for (const [key, item] of Object.entries(value)) visit(item, joinPointer(pointer, key), depth + 1);
    }
  };
  visit(data, '', 0);
  return diagnostics;
}
