/**
 * A response target slower than the resolution target, or a critical incident answered later than a low one,
 * is a drafting slip that the client will read literally. Targets on one calendar are compared directly. Across
 * calendars the rule reports only what holds whenever the incident is raised: a duration on a 24x7 calendar ends
 * exactly that long after the start, a duration on business hours at least that long after, so business-hours
 * "4h" is certainly later than 24x7 "2h". Two different business-hours calendars are not compared (it depends on
 * the hours and the moment); the `worst-case-wait` rule measures that with a real clock.
 */
import { countableTarget, type Calendar, type Duration, type TargetTime } from '../../model/agreement.js';
import { calendarById, certainlySlower, escapeSegment, severitiesInOrder } from '../rule-helpers.js';
import type { Rule } from '../types.js';

export const targetOrder: Rule = {
  meta: {
    id: 'target-order',
    description: 'A response target is slower than its resolution target, or a more severe level responds more slowly than a less severe one.',
    category: 'targets',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      responseAfterResolution:
        'in tier `{{tier}}`, `{{severity}}` incidents get a response within {{response}} but are to be resolved within {{resolution}}; a response cannot come after the resolution',
      slowerThanLowerSeverity:
        'in tier `{{tier}}`, `{{severity}}` incidents get a response within {{response}}, later than the less severe `{{lower}}` ({{lowerResponse}}); more severe levels must respond at least as fast',
    },
  },
  check(context) {
    const { agreement } = context;
    const levels = severitiesInOrder(agreement);
    const on = (target: TargetTime | undefined): { duration: Duration; calendar: Calendar } | undefined => {
      const plain = countableTarget(target);
      const calendar = plain && calendarById(agreement, plain.calendar);
      return calendar && { duration: plain.within, calendar };
    };
    const words = (duration: Duration, calendarId: string) => `${duration.text} on \`${calendarId}\``;

    agreement.tiers.forEach((tier, tierIndex) => {
      const pointerOf = (severity: string) => `/tiers/${tierIndex}/targets/${escapeSegment(severity)}/response/within`;
      for (const [i, level] of levels.entries()) {
        const targets = tier.targets[level.id];
        if (!targets) continue;
        const response = on(targets.response);
        if (!response) continue;

        const resolution = on(targets.resolution);
        if (resolution && certainlySlower(response, resolution)) {
          context.report({
            messageId: 'responseAfterResolution',
            data: { tier: tier.id, severity: level.id, response: words(response.duration, response.calendar.id), resolution: words(resolution.duration, resolution.calendar.id) },
            pointer: pointerOf(level.id),
          });
        }

        for (const lower of levels.slice(i + 1)) {
          if (lower.level === level.level) continue;
          const lowerTargets = tier.targets[lower.id];
          const lowerResponse = on(lowerTargets?.response);
          if (lowerResponse && certainlySlower(response, lowerResponse)) {
            context.report({
              messageId: 'slowerThanLowerSeverity',
              data: { tier: tier.id, severity: level.id, response: words(response.duration, response.calendar.id), lower: lower.id, lowerResponse: words(lowerResponse.duration, lowerResponse.calendar.id) },
              pointer: pointerOf(level.id),
            });
            break;
          }
        }
      }
    });
  },
};
