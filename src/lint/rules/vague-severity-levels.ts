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

// Kinds of request rather than incidents: the least severe levels of published policies are defined this way
// ("general questions, feature requests", "documentation errors and cosmetic UI issues", "how-to questions").
const REQUEST_TYPE_WORDS =
  /\b(?:questions?|queries|query|inquir(?:y|ies)|enquir(?:y|ies)|how-to|clarifications?|(?:feature|enhancement|change)\s+requests?|requests?\s+for\s+(?:enhancements?|features?|information|advice)|enhancements?|documentation|cosmetic|advice|suggestions?)\b/i;

// Words that carry no difference between two definitions. Negations ("not", "no", "without") and quantifiers ("all",
// "some", "any", "only", "one") are not among them: "all users" and "some users" are two different severities.
const STOP_WORDS = new Set(['the', 'and', 'for', 'are', 'but', 'with', 'that', 'this', 'has', 'have', 'its', 'can', 'from', 'into', 'such', 'than', 'then', 'there', 'which', 'when', 'where', 'will', 'been', 'was', 'were', 'our', 'their']);

// Words that turn a statement into its opposite: "a workaround exists" and "no workaround exists" are the classic
// line between two severities, not one definition written twice.
const NEGATIONS = new Set(['not', 'no', 'nor', 'never', 'without', 'cannot', "can't", 'none', 'neither', 'non', "isn't", "aren't", "doesn't", "don't"]);

function words(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []).filter((w) => NEGATIONS.has(w) || (w.length > 2 && !STOP_WORDS.has(w))));
}

/** How two definitions' words compare: the Jaccard overlap, and the words only one of them has. */
function compare(a: Set<string>, b: Set<string>): { score: number; onlyA: string[]; onlyB: string[] } {
  const onlyA = [...a].filter((word) => !b.has(word));
  const onlyB = [...b].filter((word) => !a.has(word));
  const shared = a.size - onlyA.length;
  const union = a.size + b.size - shared;
  return { score: union === 0 ? 0 : shared / union, onlyA, onlyB };
}

function onlyNegations(differing: string[]): boolean {
  return differing.length > 0 && differing.every((word) => NEGATIONS.has(word));
}

function quoted(list: string[]): string {
  const shown = list.slice(0, 6).map((word) => `"${word}"`);
  return list.length > 6 ? `${shown.join(', ')}, …` : shown.join(', ');
}

/** The words that tell two definitions apart, for the message: what the reader must look at to see the difference. */
function difference(severity: string, onlySeverity: string[], other: string, onlyOther: string[]): string {
  if (onlySeverity.length && onlyOther.length) return `they differ only in ${quoted(onlyOther)} (\`${other}\`) against ${quoted(onlySeverity)} (\`${severity}\`)`;
  if (onlySeverity.length) return `only \`${severity}\` adds ${quoted(onlySeverity)}`;
  if (onlyOther.length) return `only \`${other}\` adds ${quoted(onlyOther)}`;
  return 'they use the same words';
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
      nearIdentical: 'the definition of `{{severity}}` is near-identical to that of `{{other}}` ({{percent}}% of words shared; {{difference}}); say what tells them apart',
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

    // The least severe levels may be defined by kind of request ("general questions, feature requests") rather than
    // by impact: below every level that is defined by its impact, such a definition says "no business impact" by
    // what it lists.
    const speaksOfImpact = (level: (typeof levels)[number]) => Boolean(level.businessImpact) || (level.definition !== undefined && IMPACT_WORDS.test(level.definition));
    const lastByImpact = levels.reduce((last, level, index) => (speaksOfImpact(level) ? index : last), -1);

    const defined: { id: string; words: Set<string> }[] = [];
    for (const [index, level] of levels.entries()) {
      const pointer = pointerOf(level.id);
      if (!level.definition) {
        context.report({ messageId: 'noDefinition', data: { severity: level.id }, pointer: `${pointer}/id` });
        continue;
      }
      const byRequestType = index > lastByImpact && lastByImpact >= 0 && REQUEST_TYPE_WORDS.test(level.definition);
      if (!speaksOfImpact(level) && !byRequestType) {
        context.report({ messageId: 'noBusinessImpact', data: { severity: level.id }, pointer: `${pointer}/definition` });
      }
      const own = words(level.definition);
      const twin = defined
        .map((other) => ({ other, ...compare(own, other.words) }))
        // Definitions that differ only by a negation say opposite things: that is what tells them apart.
        .filter(({ score, onlyA, onlyB }) => score >= options.maxSimilarity && !onlyNegations([...onlyA, ...onlyB]))
        .sort((a, b) => b.score - a.score)[0];
      if (twin) {
        // Rounded down, so a single differing word never shows as 100 %.
        const percent = Math.floor(twin.score * 100);
        context.report({
          messageId: 'nearIdentical',
          data: { severity: level.id, other: twin.other.id, percent, difference: difference(level.id, twin.onlyA, twin.other.id, twin.onlyB) },
          pointer: `${pointer}/definition`,
        });
      }
      defined.push({ id: level.id, words: own });
    }

    if (levels.length < 2) return;
    const key = (r: { within: { days: number; minutes: number }; calendar: string }) => `${r.within.days}d${r.within.minutes}m@${r.calendar}`;
    const flat = agreement.tiers.map((tier) => {
      const responses = levels.map((level) => countableTarget(tier.targets[level.id]?.response)).filter((r) => r !== undefined);
      const same = responses.length >= 2 && responses.length === levels.length && responses.every((r) => key(r) === key(responses[0]!));
      return same ? responses[0]! : undefined;
    });
    // Some tier tells the levels apart: the severities mean something in this document.
    const levelsMatter = agreement.tiers.some((tier, index) => {
      if (flat[index]) return false;
      const responses = levels.map((level) => countableTarget(tier.targets[level.id]?.response)).filter((r) => r !== undefined);
      return new Set(responses.map(key)).size > 1;
    });
    agreement.tiers.forEach((tier, index) => {
      const same = flat[index];
      if (!same) return;
      // Beside tiers that tell the levels apart, a flat tier is a product ("next business day support for all
      // severities"), unless it is the client's own: then severity makes no difference to the one who signed.
      const clientsTier = !agreement.isPolicy && tier.id === agreement.serviceTier;
      if (levelsMatter && !clientsTier) return;
      context.report({
        messageId: 'sameResponseTarget',
        data: { tier: tier.id, target: `${same.within.text} on ${same.calendar}` },
        pointer: joinPointer(`/tiers/${index}`, 'targets'),
        at: 'key',
      });
    });
  },
};
