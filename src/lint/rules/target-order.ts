/**
 * A response target slower than the resolution target, or a critical incident answered later than a low one,
 * is a drafting slip that the client will read literally. Targets on one calendar are compared directly. Across
 * calendars the rule reports only what holds whenever the incident is raised: a duration on a 24x7 calendar ends
 * exactly that long after the start, a duration on business hours at least that long after, so business-hours
 * "4h" is certainly later than 24x7 "2h". Two different business-hours calendars are not compared (it depends on
 * the hours and the moment); the `worst-case-wait` rule measures that with a real clock.
 *
 * A response and a resolution are compared as they apply to one request: both for a request raised during support
 * hours, and both outside-hours targets for one raised outside them. A range is compared by its longer end (when it
 * falls due); a calendar whose hours are unstated against a time in other units, and a resolution counted from the
 * response (it cannot fall due before the response), are left alone.
 *
 * Where arithmetic cannot decide — two calendars that are not both 24x7, named deadlines, outside-hours targets — the
 * support clock is run over a year, as `sla due` would for each ticket: a request for which the response falls due
 * after the resolution is reported, with the moment (business-hours "4h" response against a 24x7 "8h" resolution:
 * raised on a Friday evening, the resolution is due on Saturday, the response on Monday).
 */
import { DateTime } from 'luxon';
import { countableTarget, type Agreement, type Calendar, type Duration, type ResponseTarget, type TargetTime } from '../../model/agreement.js';
import { clockMillis } from '../../clock/clock.js';
import { dayNumberOfIsoDate, localDay, MINUTE } from '../../clock/local-day.js';
import { targetTimeText } from '../../clock/targets.js';
import { calendarZone, ClockError, clockZoneName, runnableZones, workingDay } from '../../clock/working-day.js';
import { calendarById, certainlySlower, escapeSegment, referenceYear, severitiesInOrder } from '../rule-helpers.js';
import type { Rule } from '../types.js';

/** A target as the comparison needs it: when it falls due (a range's longer end), on which calendar, in its words. */
interface Counted {
  duration: Duration;
  calendar: Calendar;
  words: string;
}

/** One response and one resolution that apply to the same request, and where the response is written. */
interface Pair {
  response: TargetTime;
  resolution: TargetTime;
  /** The calendar outside whose hours the request was raised, for outside-hours targets. */
  outside?: string;
  pointer: string;
}

/** Where a target writes its time: `within`, `between` or `by`. */
function timePointer(target: string, time: TargetTime): string {
  return `${target}/${time.between ? 'between' : time.by ? 'by' : 'within'}`;
}

/**
 * The response/resolution pairs that apply together to one request. Without outside-hours targets, one pair. With an
 * outside-hours target on one side, the other side's target applies both inside and outside those hours. With
 * outside-hours targets on both sides for the same hours, the two outside-hours targets apply together; for different
 * hours, which combinations can happen depends on the calendars, and only the targets for requests raised during
 * support hours are compared.
 */
function pairs(agreement: Agreement, response: ResponseTarget, resolution: ResponseTarget, responsePointer: string): Pair[] {
  const alwaysOpen = (id: string | undefined) => id !== undefined && calendarById(agreement, id)?.alwaysOpen === true;
  // Outside-hours targets for 24x7 "hours" never apply: such hours are never closed.
  const responseOutside = response.outsideHours && !alwaysOpen(response.outsideHours.hours) ? response.outsideHours : undefined;
  const resolutionOutside = resolution.outsideHours && !alwaysOpen(resolution.outsideHours.hours) ? resolution.outsideHours : undefined;
  const pointer = timePointer(responsePointer, response);
  const list: Pair[] = [{ response, resolution, pointer }];
  if (responseOutside && resolutionOutside) {
    if (responseOutside.hours === resolutionOutside.hours) {
      list.push({ response: responseOutside, resolution: resolutionOutside, outside: responseOutside.hours, pointer: timePointer(`${responsePointer}/outsideHours`, responseOutside) });
    }
  } else if (responseOutside) {
    list.push({ response: responseOutside, resolution, outside: responseOutside.hours, pointer: timePointer(`${responsePointer}/outsideHours`, responseOutside) });
  } else if (resolutionOutside) {
    list.push({ response, resolution: resolutionOutside, outside: resolutionOutside.hours, pointer });
  }
  return list;
}

/**
 * Whether arithmetic alone shows a response on one calendar never falls due after a resolution on another: a 24x7
 * response takes exactly its length, a resolution on any calendar at least its own.
 */
function neverAfter(response: Counted, resolution: Counted): boolean {
  const r = response.duration;
  const s = resolution.duration;
  return response.calendar.alwaysOpen && r.days * 1440 + r.minutes <= s.days * 1440 + s.minutes;
}

/**
 * Whether a named-deadline response never falls due after a resolution counted in days on the same calendar: the
 * close of the working day a request arrives in comes before one working day from it; the close of the first working
 * day after the arrival date, before two working days from it.
 */
function deadlineNeverAfter(response: TargetTime, resolution: Counted): boolean {
  if (response.calendar !== resolution.calendar.id || resolution.calendar.hoursUnstated) return false;
  const days = resolution.duration.days;
  return response.by === 'same-business-day' ? days >= 1 : response.by === 'next-business-day' ? days >= 2 : false;
}

/** The moments of a year worth trying: either side of every edge of each calendar's working time, and each day's start. */
function candidateMoments(calendars: readonly Calendar[], year: number): number[] {
  const moments = new Set<number>();
  const first = dayNumberOfIsoDate(`${year}-01-01`);
  const last = dayNumberOfIsoDate(`${year}-12-31`);
  for (const calendar of calendars) {
    if (calendar.alwaysOpen) continue;
    const zone = calendarZone(calendar);
    for (let day = first; day <= last; day++) {
      moments.add(localDay(zone, day).start);
      for (const span of workingDay(calendar, day).spans) {
        for (const at of [span.start - MINUTE, span.start, span.end - MINUTE, span.end, span.end + MINUTE]) moments.add(at);
      }
    }
  }
  return [...moments].sort((a, b) => a - b);
}

const moment = (at: number, calendar: Calendar) => DateTime.fromMillis(at, { zone: clockZoneName(calendar) }).setLocale('en-US').toFormat("cccc d LLL yyyy 'at' HH:mm");

/** A request for which the response falls due after the resolution: when it was raised, and what applied to it. */
interface Contradiction {
  raised: string;
  responseDue: string;
  resolutionDue: string;
  response: string;
  resolution: string;
  /** True when the response that applied is the outside-hours target. */
  outside: boolean;
}

/**
 * The first request of the year for which the response falls due after the resolution, by the support clock (the
 * target that applies to each moment, outside-hours ones included), or undefined. Calendars the clock cannot run (a
 * zone or hours unstated, a zone the client names, `calendar: unstated`) give undefined.
 */
function firstContradiction(agreement: Agreement, response: ResponseTarget, resolution: ResponseTarget): Contradiction | undefined {
  type Applied = { time: TargetTime; calendar: Calendar; outside: boolean };
  const ids = [response, response.outsideHours, resolution, resolution.outsideHours].flatMap((time) => (time ? [time.calendar, ...('hours' in time ? [time.hours] : [])] : []));
  const calendars = ids.map((id) => calendarById(agreement, id));
  if (calendars.some((calendar) => calendar === undefined)) return undefined;
  try {
    for (const calendar of calendars) runnableZones(calendar!);
    const choose = (target: ResponseTarget, at: number): Applied => {
      const outside = target.outsideHours;
      if (outside && clockMillis.locate(calendarById(agreement, outside.hours)!, at).at !== at) {
        return { time: outside, calendar: calendarById(agreement, outside.calendar)!, outside: true };
      }
      return { time: target, calendar: calendarById(agreement, target.calendar)!, outside: false };
    };
    const dueAt = ({ time, calendar }: Applied, at: number) => (time.by ? clockMillis.namedDeadlineAt(calendar, at, time.by) : clockMillis.addWorkingTimeAt(calendar, at, time.within!));
    for (const at of candidateMoments([...new Set(calendars as Calendar[])], referenceYear(agreement))) {
      const appliedResponse = choose(response, at);
      const appliedResolution = choose(resolution, at);
      const responseDue = dueAt(appliedResponse, at);
      const resolutionDue = dueAt(appliedResolution, at);
      if (resolutionDue >= responseDue) continue;
      const shownIn = appliedResponse.calendar.alwaysOpen ? appliedResolution.calendar : appliedResponse.calendar;
      return {
        raised: moment(at, shownIn),
        responseDue: `on ${moment(responseDue, shownIn)}`,
        resolutionDue: `due on ${moment(resolutionDue, shownIn)}`,
        response: `${targetTimeText(appliedResponse.time)} on \`${appliedResponse.calendar.id}\``,
        resolution: `${targetTimeText(appliedResolution.time)} on \`${appliedResolution.calendar.id}\``,
        outside: appliedResponse.outside,
      };
    }
  } catch (error) {
    if (error instanceof ClockError) return undefined;
    throw error;
  }
  return undefined;
}

export const targetOrder: Rule = {
  meta: {
    id: 'target-order',
    description: 'A response target is slower than its resolution target, or a more severe level responds more slowly than a less severe one.',
    category: 'targets',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      responseAfterResolution:
        'in tier `{{tier}}`, `{{severity}}` incidents{{when}} get a response within {{response}} but are to be resolved within {{resolution}}; a response cannot come after the resolution',
      responseCanFollowResolution:
        'in tier `{{tier}}`, a `{{severity}}` incident raised {{raised}} is due a response {{responseDue}}, after its resolution ({{resolutionDue}}): the response within {{response}} and the resolution within {{resolution}} contradict each other for such a request; count both on the same hours, or shorten the response',
      slowerThanLowerSeverity:
        'in tier `{{tier}}`, `{{severity}}` incidents get a response within {{response}}, later than the less severe `{{lower}}` ({{lowerResponse}}); more severe levels must respond at least as fast',
    },
  },
  check(context) {
    const { agreement } = context;
    const levels = severitiesInOrder(agreement);
    const on = (target: TargetTime | undefined): Counted | undefined => {
      const plain = countableTarget(target);
      const calendar = plain && calendarById(agreement, plain.calendar);
      return calendar && { duration: plain.within, calendar, words: `${targetTimeText(target!)} on \`${calendar.id}\`` };
    };

    agreement.tiers.forEach((tier, tierIndex) => {
      const responseOf = (severity: string) => `/tiers/${tierIndex}/targets/${escapeSegment(severity)}/response`;
      for (const [i, level] of levels.entries()) {
        const targets = tier.targets[level.id];
        if (!targets?.response) continue;

        // A resolution counted from the response falls due after it, whatever the times.
        if (targets.resolution && targets.resolution.from !== 'response') {
          let certain = false;
          let decided = true;
          for (const pair of pairs(agreement, targets.response, targets.resolution, responseOf(level.id))) {
            const response = on(pair.response);
            const resolution = on(pair.resolution);
            if (pair.response.by && resolution && deadlineNeverAfter(pair.response, resolution)) continue;
            if (!response || !resolution || pair.response.by || pair.resolution.by) {
              decided = false;
              continue;
            }
            if (!certainlySlower(response, resolution)) {
              // Two times on one calendar are judged by its working days alone: whether a half-day holiday makes two
              // business days shorter than twelve business hours is `sla due`'s to say for that ticket.
              if (response.calendar.id !== resolution.calendar.id && !neverAfter(response, resolution)) decided = false;
              continue;
            }
            certain = true;
            context.report({
              messageId: 'responseAfterResolution',
              data: { tier: tier.id, severity: level.id, when: pair.outside ? ` raised outside \`${pair.outside}\`` : '', response: response.words, resolution: resolution.words },
              pointer: pair.pointer,
            });
          }
          // What arithmetic cannot decide, the clock can: the first request of the year whose response falls due late.
          if (!certain && !decided) {
            const found = firstContradiction(agreement, targets.response, targets.resolution);
            if (found) {
              const { outside, ...data } = found;
              context.report({
                messageId: 'responseCanFollowResolution',
                data: { tier: tier.id, severity: level.id, ...data },
                pointer: outside ? timePointer(`${responseOf(level.id)}/outsideHours`, targets.response.outsideHours!) : timePointer(responseOf(level.id), targets.response),
              });
            }
          }
        }

        const response = on(targets.response);
        if (!response) continue;
        for (const lower of levels.slice(i + 1)) {
          if (lower.level === level.level) continue;
          const lowerResponse = on(tier.targets[lower.id]?.response);
          if (lowerResponse && certainlySlower(response, lowerResponse)) {
            context.report({
              messageId: 'slowerThanLowerSeverity',
              data: { tier: tier.id, severity: level.id, response: response.words, lower: lower.id, lowerResponse: lowerResponse.words },
              pointer: timePointer(responseOf(level.id), targets.response),
            });
            break;
          }
        }
      }
    });
  },
};
