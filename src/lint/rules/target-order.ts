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
 * falls due); a named deadline, a calendar whose hours are unstated against a time in other units, and a resolution
 * counted from the response (it cannot fall due before the response) are left alone.
 */
import { countableTarget, type Calendar, type Duration, type Agreement, type ResponseTarget, type TargetTime } from '../../model/agreement.js';
import { targetTimeText } from '../../clock/targets.js';
import { calendarById, certainlySlower, escapeSegment, severitiesInOrder } from '../rule-helpers.js';
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
          for (const pair of pairs(agreement, targets.response, targets.resolution, responseOf(level.id))) {
            const response = on(pair.response);
            const resolution = on(pair.resolution);
            if (!response || !resolution || !certainlySlower(response, resolution)) continue;
            context.report({
              messageId: 'responseAfterResolution',
              data: { tier: tier.id, severity: level.id, when: pair.outside ? ` raised outside \`${pair.outside}\`` : '', response: response.words, resolution: resolution.words },
              pointer: pair.pointer,
            });
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
