/**
 * A transcribed or half-finished document says `unstated` where it owes a number: a tier with no response time for
 * a level, a time that names no hours to count in ("2 hr" — of business hours or of the clock?), an availability
 * promise without its level or its measurement period. The format lets the document say so honestly; the reader
 * still has no promise there, and lint says where.
 *
 * One silence is one finding: all of a tier's unstated times are reported together, at the first of them (at the
 * tier's `targets` when the tier states no response for any level it covers), and a time without hours apart from a
 * missing time, because the fixes differ.
 */
import { UNSTATED, type ServiceTier, type TargetTime } from '../../model/agreement.js';
import { targetTimeText } from '../../clock/targets.js';
import { joinPointer } from '../../load/source-map.js';
import { listOf } from '../../util/did-you-mean.js';
import { severitiesInOrder } from '../rule-helpers.js';
import type { Rule } from '../types.js';

type Kind = 'response' | 'update' | 'resolution';
const KINDS: readonly Kind[] = ['response', 'update', 'resolution'];
const KIND_WORDS: Record<Kind, string> = { response: 'a response time', update: 'an update cadence', resolution: 'a resolution time' };

/** A stated time whose hours are not: what it is, where it is written and how it reads. */
interface HoursGap {
  severity: string;
  /** `response time`, `update cadence`... */
  label: string;
  /** `2h`, `every 4h`, `next business day`. */
  time: string;
  pointer: string;
}

export const unstatedTarget: Rule = {
  meta: {
    id: 'unstated-target',
    description: 'A target the document marks `unstated`: no response, update or resolution time, a time with no hours to count in (`calendar: unstated`), or an availability level or measurement period left open.',
    category: 'targets',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      unstated: 'tier `{{tier}}` does not state {{what}} (`unstated`); state the time, or mark what the tier does not give `not-offered`',
      noResponseAtAll: 'tier `{{tier}}` states no response time for any level it covers (`unstated`); state the times, or mark the levels the tier does not give `not-offered`',
      unstatedHours:
        'in tier `{{tier}}`, {{what}} {{verb}} not say which hours {{pronoun}} in (`calendar: unstated`); the same time on business hours and around the clock are different promises, so name the calendar',
      requestTypeUnstatedHours: 'the response to request type `{{type}}` ({{time}}) does not say which hours it counts in (`calendar: unstated`); name the calendar',
      availabilityTarget:
        'the availability promise{{scope}} states no availability level (`target: unstated`), so its credits and remedies apply to a level the document does not give; state the percentage',
      measurementWindow:
        'the availability promise{{scope}} does not say over what period availability is measured (`measurementWindow: unstated`): 99.9% of a month allows 43 minutes of downtime, of a year almost 9 hours; state the period',
    },
  },
  check(context) {
    const { agreement } = context;
    const levels = severitiesInOrder(agreement).map((level) => level.id);

    agreement.tiers.forEach((tier, tierIndex) => {
      const base = `/tiers/${tierIndex}/targets`;
      const covered = levels.filter((id) => tier.targets[id]);

      // Times the tier marks `unstated`, by kind, in severity order.
      const missing = new Map<Kind, string[]>(KINDS.map((kind) => [kind, []]));
      let first: string | undefined;
      for (const severity of covered) {
        for (const kind of KINDS) {
          if (tier.targets[severity]!.gaps[kind] !== UNSTATED) continue;
          missing.get(kind)!.push(severity);
          first ??= joinPointer(base, severity, kind);
        }
      }
      for (const kind of KINDS) if (missing.get(kind)!.length === 0) missing.delete(kind);
      const responses = missing.get('response') ?? [];
      if (covered.length > 0 && responses.length === covered.length && missing.size === 1) {
        context.report({ messageId: 'noResponseAtAll', data: { tier: tier.id }, pointer: base, at: 'key' });
      } else if (first) {
        const what = [...missing].map(([kind, severities]) => `${KIND_WORDS[kind]} for ${listOf(severities, 'and')}`).join(', or ');
        context.report({ messageId: 'unstated', data: { tier: tier.id, what }, pointer: first });
      }

      const hours = hoursGaps(tier, covered, base);
      if (hours.length > 0) {
        const labels = [...new Set(hours.map((gap) => gap.label))];
        const what = labels
          .map((label) => {
            const of = hours.filter((gap) => gap.label === label).map((gap) => `\`${gap.severity}\` (${gap.time})`);
            return `the ${label}${of.length > 1 ? 's' : ''} of ${of.length > 1 ? `${of.slice(0, -1).join(', ')} and ${of.at(-1)}` : of[0]}`;
          })
          .join(', ');
        const plural = hours.length > 1;
        context.report({
          messageId: 'unstatedHours',
          data: { tier: tier.id, what, verb: plural ? 'do' : 'does', pronoun: plural ? 'they count' : 'it counts' },
          pointer: hours[0]!.pointer,
        });
      }
    });

    agreement.requestTypes.forEach((type, index) => {
      if (type.response?.calendar === UNSTATED) {
        context.report({ messageId: 'requestTypeUnstatedHours', data: { type: type.id, time: targetTimeText(type.response) }, pointer: `/requestTypes/${index}/response/calendar` });
      }
    });

    const { availability } = agreement;
    if (availability) {
      const scope = availability.services?.length ? ` for ${listOf(availability.services, 'and')}` : '';
      if (availability.target === UNSTATED) context.report({ messageId: 'availabilityTarget', data: { scope }, pointer: '/availability/target' });
      if (availability.measurementWindow === UNSTATED) context.report({ messageId: 'measurementWindow', data: { scope }, pointer: '/availability/measurementWindow' });
    }
  },
};

/** The tier's stated times that count in no stated hours: response, its outside-hours target, update, resolution. */
function hoursGaps(tier: ServiceTier, covered: readonly string[], base: string): HoursGap[] {
  const gaps: HoursGap[] = [];
  const check = (severity: string, time: TargetTime | undefined, label: string, ...path: string[]) => {
    if (time?.calendar === UNSTATED) gaps.push({ severity, label, time: targetTimeText(time), pointer: joinPointer(base, severity, ...path, 'calendar') });
  };
  for (const severity of covered) {
    const targets = tier.targets[severity]!;
    check(severity, targets.response, 'response time', 'response');
    check(severity, targets.response?.outsideHours, 'outside-hours response time', 'response', 'outsideHours');
    if (targets.update?.calendar === UNSTATED) {
      gaps.push({ severity, label: 'update cadence', time: `every ${targets.update.every.text}`, pointer: joinPointer(base, severity, 'update', 'calendar') });
    }
    check(severity, targets.resolution, 'resolution time', 'resolution');
    check(severity, targets.resolution?.outsideHours, 'outside-hours resolution time', 'resolution', 'outsideHours');
  }
  return gaps;
}
