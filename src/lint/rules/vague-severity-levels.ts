/**
 * Severity decides how fast the clock runs, so a dispute about a slow response is usually a dispute about
 * severity. Levels must be distinct, defined, tied to business impact, and must actually change the targets.
 */
import { countableTarget } from '../../model/agreement.js';
import { joinPointer } from '../../load/source-map.js';
import { severitiesInOrder } from '../rule-helpers.js';
import type { Rule } from '../types.js';

export interface VagueSeverityLevelsOptions {
  /** Word overlap (0..1, Jaccard) at or above which two definitions count as near-identical. */
  maxSimilarity: number;
}

// Words a definition uses when it talks about what the incident does to the client's business.
const IMPACT_WORDS =
  /\b(?:impact\w*|business|customers?|users?|revenue|cost\w*|loss|lost|outage|down|unavailable|unusable|cannot|can't|unable|fail\w*|degrad\w*|slow\w*|workaround|production|stopp\w*|block\w*|risk|legal|financial|safety|operations?|operational|deadline|sla|breach\w*|halt\w*|interrupt\w*)\b/i;

const STOP_WORDS = new Set(['the', 'and', 'for', 'are', 'but', 'not', 'with', 'that', 'this', 'has', 'have', 'its', 'any', 'all', 'can', 'from', 'into', 'only', 'such', 'than', 'then', 'there', 'which', 'when', 'where', 'will', 'been', 'was', 'were', 'our', 'their', 'one', 'some']);

function words(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []).filter((w) => w.length > 2 && !STOP_WORDS.has(w)));
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

export const vagueSeverityLevels: Rule<VagueSeverityLevelsOptions> = {
  meta: {
    id: 'vague-severity-levels',
    description: 'Severity levels are too vague: fewer than two, undefined, not tied to business impact, near-identical, or all with the same response target.',
    category: 'severity',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      tooFewLevels: 'the agreement defines only one severity level; define at least two, so urgent incidents can be told from the rest',
      noDefinition: 'severity level `{{severity}}` has no definition; say which incidents qualify for it, in terms of business impact',
      noBusinessImpact: 'the definition of `{{severity}}` says nothing about business impact; say what the incident does to the client\'s business, or add `businessImpact`',
      nearIdentical: 'the definition of `{{severity}}` is near-identical to that of `{{other}}` ({{percent}}% of words shared); say what tells them apart',
      sameResponseTarget: 'every severity level in tier `{{tier}}` has the same response target ({{target}}), so the severity makes no difference to the response',
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { maxSimilarity: { type: 'number', minimum: 0, maximum: 1, description: 'Word overlap (Jaccard, 0..1) at or above which two definitions are near-identical.' } },
    },
    defaultOptions: { maxSimilarity: 0.8 },
  },
  check(context) {
    const { agreement, options } = context;
    const levels = severitiesInOrder(agreement);
    const pointerOf = (id: string) => `/severityLevels/${agreement.severityLevels.findIndex((level) => level.id === id)}`;

    if (levels.length < 2) context.report({ messageId: 'tooFewLevels', pointer: '/severityLevels', at: 'key' });

    const defined: { id: string; words: Set<string> }[] = [];
    for (const level of levels) {
      const pointer = pointerOf(level.id);
      if (!level.definition) {
        context.report({ messageId: 'noDefinition', data: { severity: level.id }, pointer: `${pointer}/id` });
        continue;
      }
      if (!level.businessImpact && !IMPACT_WORDS.test(level.definition)) {
        context.report({ messageId: 'noBusinessImpact', data: { severity: level.id }, pointer: `${pointer}/definition` });
      }
      const own = words(level.definition);
      const twin = defined
        .map((other) => ({ other, score: similarity(own, other.words) }))
        .find(({ score }) => score >= options.maxSimilarity);
      if (twin) {
        context.report({ messageId: 'nearIdentical', data: { severity: level.id, other: twin.other.id, percent: Math.round(twin.score * 100) }, pointer: `${pointer}/definition` });
      }
      defined.push({ id: level.id, words: own });
    }

    if (levels.length < 2) return;
    agreement.tiers.forEach((tier, index) => {
      const responses = levels.map((level) => countableTarget(tier.targets[level.id]?.response)).filter((r) => r !== undefined);
      if (responses.length < 2) return;
      const key = (r: (typeof responses)[number]) => `${r.within.days}d${r.within.minutes}m@${r.calendar}`;
      if (responses.length === levels.length && responses.every((r) => key(r) === key(responses[0]!))) {
        context.report({
          messageId: 'sameResponseTarget',
          data: { tier: tier.id, target: `${responses[0]!.within.text} on ${responses[0]!.calendar}` },
          pointer: joinPointer(`/tiers/${index}`, 'targets'),
          at: 'key',
        });
      }
    });
  },
};
