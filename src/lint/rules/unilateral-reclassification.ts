/**
 * A provider that may reclassify severity at will can meet every target by downgrading the incident: the clock
 * that was running for a critical incident quietly becomes a low one. Reclassification is fine when the client
 * has recourse: agreement, a dispute path, or an escalation step for severity disagreements.
 *
 * Published policies say it in more ways than "reclassify": "reserves the right to change the priority", "priority
 * is determined by [the provider]", "the provider's classification is final and binding". And a clause that lets
 * the client dispute, reverse or appeal a reclassification is the recourse itself, not a finding.
 */
import { findInFields, isNegated, sentenceAt, type TextMatch } from '../rule-helpers.js';
import type { ParsedSource } from '../../load/parse-yaml.js';
import type { Rule } from '../types.js';

// "Reassign" alone is usually about people ("reassigned to the on-call engineer"), so it counts only with "the severity".
const RECLASSIFY =
  /\b(?:re-?classif(?:y|ies|ied|ying|ication)|re-?categori[sz](?:e|es|ed|ing|ation)|downgrad(?:e|es|ed|ing)|re-?prioriti[sz](?:e|es|ed|ing|ation)|(?:change|changes|changed|changing|lower|lowers|lowered|lowering|adjust|adjusts|adjusted|adjusting|reduce|reduces|reduced|reducing|re-?assign|re-?assigns|re-?assigned|re-?assigning)\s+(?:the|its|an?|any|their)\s+(?:incident'?s\s+|ticket'?s\s+)?(?:severity|priority)(?:\s+levels?)?)\b/gi;

const RECLASSIFY_ONCE = new RegExp(RECLASSIFY.source, 'i');

// "Reserves the right to change / re-evaluate / set the priority": the right to decide, without the word "reclassify".
const RESERVES_RIGHT =
  /\breserves?\s+the\s+right\s+to\s+(?:\w+\s+){0,2}?(?:change|modify|adjust|alter|amend|set|assign|determine|re-?assess|re-?evaluate|review|update|lower|raise|downgrade|re-?classify|re-?prioriti[sz]e|re-?categori[sz]e)\b/gi;

// The decision is the provider's alone: "final and binding", "in its sole discretion", "the sole judge".
const FINAL_SAY =
  /\b(?:final\s+and\s+(?:binding|conclusive)|(?:is|are|shall\s+be|will\s+be)\s+final\b(?!\s+(?:and|when|once|after|upon|on|if|unless)\b)|(?:in|at)\s+(?:its|our|the\s+provider'?s|\w+'s)\s+(?:sole|absolute|own)\s+(?:and\s+absolute\s+)?discretion|sole\s+(?:judge|arbiter))/gi;

const ABOUT_SEVERITY = /\b(?:severity|severities|priority|priorities|sev\s?\d|P[1-4])\b/i;

// The client acts, not the provider: "the client may reclassify", "... reclassified by the client".
const CLIENT_ACTS_BEFORE =
  /\b(?:client|customer)(?:'s\s+\w+(?:\s+\w+)?)?\s+(?:may|can|will|shall|must|should|is\s+entitled\s+to|has\s+the\s+right\s+to|reserves\s+the\s+right\s+to)\s*$|\b(?:client|customer)\s*$/i;
const CLIENT_ACTS_AFTER = /^[^.;]*?\bby\s+(?:the\s+)?(?:client|customer)\b/i;
// The client is the one whose word is final: "the customer's selection of priority is final".
const CLIENT_DECIDES = /\b(?:client|customer)(?:'s)?\s+(?:own\s+)?(?:determination|decision|classification|assessment|choice|selection)\b|\b(?:selected|chosen|set|determined|assigned)\s+by\s+(?:the\s+)?(?:client|customer)\b/i;

// Recourse in the same sentence: "only with the client's agreement", "by mutual agreement", "at the client's request".
const AGREEMENT_HERE =
  /\b(?:(?:with|after|subject\s+to)\s+(?:the\s+)?(?:client|customer)(?:'s)?\s+(?:prior\s+)?(?:written\s+)?(?:agreement|consent|approval|confirmation)|mutual(?:ly)?|jointly|by\s+(?:joint\s+)?agreement|agreed?\s+(?:with|by)\s+(?:the\s+)?(?:client|customer)|at\s+(?:the\s+)?(?:client|customer)(?:'s)?\s+request)\b/i;

// The client can push back on a severity or a reclassification: the recourse this rule looks for. Each expression's
// first group is the word that a negation in front of it ("may not dispute") would undo.
const CLIENT_RECOURSE: RegExp[] = [
  // "the customer may dispute / appeal / reject / reverse ..."
  /\b(?:client|customer)s?(?:'s\s+\w+)?\s+(?:may|can|is\s+entitled\s+to|has\s+the\s+right\s+to|shall\s+have\s+the\s+right\s+to|will\s+be\s+entitled\s+to|is\s+free\s+to)\s+(?:\w+\s+){0,2}?(dispute|challenge|contest|appeal|object|reject|reverse|overrule|veto|refuse|decline)\b/i,
  // "the customer may ask for a review / for the original severity to be restored"
  /\b(?:client|customer)s?(?:'s\s+\w+)?\s+(?:may|can)\s+(?:\w+\s+){0,2}?(request|ask)\b[^.;]*\b(?:revers\w*|revert\w*|restor\w*|reconsider\w*|review\w*|original\s+(?:severity|priority))/i,
  // "if the customer disagrees / objects ..."
  /\b(?:if|where|when|should|in\s+case|in\s+the\s+event\s+that|unless)\s+(?:the\s+)?(?:client|customer)\s+(disagrees|disputes|objects|challenges|contests|appeals|rejects|does\s+not\s+agree)\b/i,
  // "upon the customer's objection", "a customer dispute"
  /\b(?:client|customer)(?:'s)?\s+(objection|dispute|appeal|challenge|disagreement)s?\b/i,
];

// Recourse anywhere else: a sentence about severity in which the client disagrees with, disputes or challenges it,
// or escalates a wrong or disputed classification. Escalating "critical severity incidents by phone" is no recourse.
const DISPUTE = /\b(?:disagree\w*|disput\w*|challeng\w*|contest(?:s|ed|ing)?|appeal\w*|object(?:s|ed|ing|ion|ions)?)\b/i;
const ESCALATE = /\bescalat\w*\b/i;
const ABOUT_CLASSIFICATION = /\b(?:assigned|classif\w*|reclassif\w*|downgrad\w*|determination|decision|wrong\w*|incorrect\w*|misclassif\w*)\b/i;
const CLIENT = /\b(?:client|customer)s?\b/i;

/** The client can push back in this sentence: dispute, object, appeal, ask for a reversal. */
function clientCanDispute(sentence: string): boolean {
  return CLIENT_RECOURSE.some((pattern) => {
    const match = pattern.exec(sentence);
    return match !== null && !isNegated(sentence, match.index + match[0].lastIndexOf(match[1]!));
  });
}

/** The sentence gives the client a way to dispute a severity, whether or not it also speaks of reclassifying. */
function isRecourse(sentence: string): boolean {
  if (!CLIENT.test(sentence)) return false;
  if (!ABOUT_SEVERITY.test(sentence) && !ABOUT_CLASSIFICATION.test(sentence)) return false;
  if (clientCanDispute(sentence)) return true;
  if (RECLASSIFY_ONCE.test(sentence) || !ABOUT_SEVERITY.test(sentence)) return false;
  const dispute = DISPUTE.exec(sentence) ?? (ABOUT_CLASSIFICATION.test(sentence) ? ESCALATE.exec(sentence) : null);
  return dispute !== null && !isNegated(sentence, dispute.index);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The schema's limit for a name. Lint also runs on files the schema refuses, so a longer one is left out here. */
const MAX_NAME_LENGTH = 300;

/** The provider as the text names it: "the provider", "we", "Support", or its own name from `parties.provider`. */
function providerPattern(source: ParsedSource): string {
  const provider = (source.data as { parties?: { provider?: { name?: unknown; legalName?: unknown } } } | undefined)?.parties?.provider;
  // A name of a megabyte would make a regular expression V8 refuses to compile ("Invalid regular expression").
  const names = [provider?.legalName, provider?.name]
    .filter((name): name is string => typeof name === 'string' && name.trim().length > 1 && name.length <= MAX_NAME_LENGTH)
    .map((name) => name.trim());
  const shortName = names.at(-1)?.split(/\s+/)[0];
  if (shortName && shortName.length > 2 && /^\p{Lu}/u.test(shortName)) names.push(shortName);
  const generic = String.raw`(?:the\s+)?(?:service\s+)?(?:provider|supplier|vendor|licensor|contractor)|we|us|(?:the\s+|our\s+)?support(?:\s+(?:team|engineer|engineers|staff|organi[sz]ation))?`;
  return [...names.map(escapeRegExp), generic].join('|');
}

/** "Priority is determined by the provider", "the provider alone decides the severity". */
function providerDecidesPatterns(provider: string): RegExp[] {
  return [
    new RegExp(String.raw`\b(?:determined|decided|assigned|set|established|assessed|confirmed)\s+(?:solely\s+|exclusively\s+|only\s+|finally\s+)?by\s+(?:${provider})\b`, 'gi'),
    new RegExp(String.raw`(?<![\w-])(?:${provider})\s+(?:alone\s+|solely\s+|exclusively\s+)?(?:determines?|decides?|sets?|assigns?)\s+(?:the\s+|a\s+|each\s+|every\s+)?(?:final\s+)?(?:severity|priority|classification)\b`, 'gi'),
  ];
}

type Kind = 'unilateral' | 'providerDecides';

export const unilateralReclassification: Rule = {
  meta: {
    id: 'unilateral-reclassification',
    description: 'The provider may reclassify an incident\'s severity on its own, and the client has no recourse.',
    category: 'governance',
    defaultSeverity: 'warning',
    recommended: true,
    kind: 'text',
    messages: {
      unilateral:
        '"{{words}}" lets the provider change an incident\'s severity on its own, and nothing lets the client dispute it; require the client\'s agreement or add a recourse, e.g. an escalation step "the client disagrees with the severity assigned"',
      providerDecides:
        '"{{words}}" leaves an incident\'s severity to the provider alone, and nothing lets the client dispute it; add a recourse, e.g. an escalation step "the client disagrees with the severity assigned", or agree severities with the client',
    },
  },
  check(context) {
    const fields = context.textFields();

    const hasRecourseElsewhere = fields.some((field) => field.text.split(/(?<=[.!?;])\s+|\n/).some(isRecourse));
    if (hasRecourseElsewhere) return;

    const candidates: { match: TextMatch; kind: Kind }[] = [
      ...findInFields(fields, RECLASSIFY).map((match) => ({ match, kind: 'unilateral' as const })),
      ...findInFields(fields, RESERVES_RIGHT, 'right').map((match) => ({ match, kind: 'unilateral' as const })),
      ...findInFields(fields, FINAL_SAY).map((match) => ({ match, kind: 'providerDecides' as const })),
      ...providerDecidesPatterns(providerPattern(context.source)).flatMap((pattern) => findInFields(fields, pattern).map((match) => ({ match, kind: 'providerDecides' as const }))),
    ];
    // One finding per sentence, at the words that come first: "reserves the right to reclassify ..." is one clause.
    const order = new Map(fields.map((field, index) => [field, index]));
    candidates.sort((a, b) => order.get(a.match.field)! - order.get(b.match.field)! || a.match.start - b.match.start);
    const reported = new Set<string>();
    for (const { match, kind } of candidates) {
      const { text } = match.field;
      const sentence = sentenceAt(text, match.start);
      const key = `${match.field.pointer}#${sentence.start}`;
      if (reported.has(key)) continue;
      if (!ABOUT_SEVERITY.test(sentence.text)) continue;
      if (isNegated(text, match.start, 3)) continue;
      if (CLIENT_ACTS_BEFORE.test(text.slice(sentence.start, match.start)) || CLIENT_ACTS_AFTER.test(text.slice(match.end, sentence.end))) continue;
      if (kind === 'providerDecides' && (CLIENT_DECIDES.test(sentence.text) || CLIENT.test(match.text))) continue;
      if (AGREEMENT_HERE.test(sentence.text) || clientCanDispute(sentence.text)) continue;
      reported.add(key);
      context.report({ messageId: kind, data: { words: match.text }, pointer: match.field.pointer, range: match.field.rangeOf(match.start, match.end) });
    }
  },
};
