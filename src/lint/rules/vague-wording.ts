/**
 * "Promptly" means four hours to one party and four days to the other; "best efforts" is argued about by lawyers.
 * Where a number belongs, the words must give one. A sentence that already names an amount ("promptly, and
 * within 2 business hours", "within four (4) hours") is fine: the vague word is then only colour.
 *
 * "(Commercially) reasonable efforts" is the standard formula with which a provider commits to stated numbers
 * ("will use commercially reasonable efforts to respond within 4 hours", "... to meet the response times set out
 * below"): the number is the commitment, the formula says how hard the provider must try. It is reported only when
 * no number, and no reference to the agreement's targets, stands beside it. "Best efforts" is not given that
 * reading: how far it obliges a party to go is itself what courts argue about.
 */
import { findInFields, hasQuantity, sentenceAt } from '../rule-helpers.js';
import type { Rule } from '../types.js';

export interface VagueWordingOptions {
  /** More words or phrases to treat as vague, matched as whole words regardless of case. */
  extraPhrases: string[];
}

// "prompt" alone is not here: in an AI agreement it is the model prompt.
const VAGUE = [
  'promptly',
  'as soon as (?:reasonably )?(?:possible|practicable|practical)',
  'asap',
  '(?:commercially[- ])?reasonable[- ](?:efforts?|endeavou?rs?)',
  'best[- ](?:efforts?|endeavou?rs?)',
  'in a timely (?:manner|fashion|way)',
  'timely',
  'without undue delay',
  'as (?:quickly|fast) as (?:possible|practicable)',
  'within a reasonable (?:time|period)(?: of time)?',
  'at the earliest (?:opportunity|convenience)',
  'expeditiously',
  'in due course',
  // Only about the service's own numbers: "response times may vary depending on your plan" (see VARIES).
  '(?:may|can|might|could)\\s+vary',
];

// "May vary" leaves a commitment open only when what varies is a time, a target or the hours of support; "the
// number of conversations may vary" is a fact about the world.
const VARIES = /vary$/i;
const ABOUT_COMMITMENTS = /\b(?:(?:response|resolution|update|restoration)\s+(?:times?|targets?)|targets?|support\s+(?:hours|availability)|availability|service\s+levels?|support\s+levels?|hours\s+of\s+(?:support|cover(?:age)?))\b/i;

const REASONABLE_EFFORTS = /^(?:commercially[-\s]+)?reasonable[- ](?:efforts?|endeavou?rs?)$/i;

// The agreement's own numbers, named rather than repeated: "the response times", "the target resolution times set
// out below", "the support levels", "the service levels in Schedule 2".
const STATED_TARGETS =
  /\b(?:(?:initial|first|target)\s+)?(?:response|resolution|update|restoration)\s+(?:times?|targets?|goals?|intervals?)\b|\b(?:service|support)[- ]levels?\b|\b(?:time|response|resolution)\s+frames?\b|\btargets?\b/i;

// Words about how fast: beside a numeric response table, said of responding, they describe the aim the numbers measure.
const SPEED = /^(?:promptly|timely|in a timely (?:manner|fashion|way)|as soon as (?:reasonably )?(?:possible|practicable|practical)|asap|as (?:quickly|fast) as (?:possible|practicable)|expeditiously|without undue delay)$/i;
const ABOUT_RESPONDING = /\b(?:respond\w*|response|repl(?:y|ies|ied))\b/i;

/** True when the document gives a response a time somewhere: a tier's target or a request type's (`within`, `between`, `by`). */
function statesResponseTimes(data: unknown): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const { tiers, requestTypes } = data as { tiers?: unknown; requestTypes?: unknown };
  const timed = (response: unknown) =>
    typeof response === 'object' && response !== null && ['within', 'between', 'by'].some((key) => key in response);
  const tierResponses = Array.isArray(tiers)
    ? tiers.flatMap((tier) => Object.values((tier as { targets?: Record<string, unknown> })?.targets ?? {})).map((targets) => (targets as { response?: unknown })?.response)
    : [];
  const typeResponses = Array.isArray(requestTypes) ? requestTypes.map((type) => (type as { response?: unknown })?.response) : [];
  return [...tierResponses, ...typeResponses].some(timed);
}

function escape(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

export const vagueWording: Rule<VagueWordingOptions> = {
  meta: {
    id: 'vague-wording',
    description: 'Vague prose where a number belongs: "promptly", "as soon as possible", "reasonable efforts", "best efforts", "timely", "response times may vary".',
    category: 'wording',
    defaultSeverity: 'warning',
    recommended: true,
    kind: 'text',
    messages: {
      vague: '"{{words}}" has no number; say within how long, how often or how much (e.g. "within 4 business hours")',
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        extraPhrases: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'More words or phrases to report, matched as whole words regardless of case.' },
      },
    },
    defaultOptions: { extraPhrases: [] },
  },
  check(context) {
    const phrases = [...VAGUE, ...context.options.extraPhrases.map(escape)];
    const pattern = new RegExp(`(?<![\\w-])(?:${phrases.join('|')})(?![\\w-])`, 'gi');
    let responseTimes: boolean | undefined;
    for (const match of findInFields(context.textFields(), pattern)) {
      const sentence = sentenceAt(match.field.text, match.start).text;
      if (hasQuantity(sentence)) continue;
      // "We attempt to respond to all issues in a timely manner" beside a table of response times: the table is the
      // measure. Not for the client's own duties, which that table does not time.
      if (SPEED.test(match.text) && ABOUT_RESPONDING.test(sentence) && !match.field.pointer.startsWith('/clientResponsibilities')) {
        responseTimes ??= statesResponseTimes(context.source.data);
        if (responseTimes) continue;
      }
      if (REASONABLE_EFFORTS.test(match.text) && STATED_TARGETS.test(sentence)) continue;
      if (VARIES.test(match.text) && !ABOUT_COMMITMENTS.test(sentence)) continue;
      context.report({ messageId: 'vague', data: { words: match.text }, pointer: match.field.pointer, range: match.field.rangeOf(match.start, match.end) });
    }
  },
};
