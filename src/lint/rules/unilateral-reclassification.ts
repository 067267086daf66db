/**
 * A provider that may reclassify severity at will can meet every target by downgrading the incident: the clock
 * that was running for a critical incident quietly becomes a low one. Reclassification is fine when the client
 * has recourse: agreement, a dispute path, or an escalation step for severity disagreements.
 */
import { findInFields, isNegated, sentenceAt } from '../rule-helpers.js';
import type { Rule } from '../types.js';

// "Reassign" alone is usually about people ("reassigned to the on-call engineer"), so it counts only with "the severity".
const RECLASSIFY =
  /\b(?:re-?classif(?:y|ies|ied|ying|ication)|re-?categori[sz](?:e|es|ed|ing|ation)|downgrad(?:e|es|ed|ing)|re-?prioriti[sz](?:e|es|ed|ing|ation)|(?:change|changes|changed|changing|lower|lowers|lowered|lowering|adjust|adjusts|adjusted|adjusting|reduce|reduces|reduced|reducing|re-?assign|re-?assigns|re-?assigned|re-?assigning)\s+(?:the|its|an?|any|their)\s+(?:incident'?s\s+|ticket'?s\s+)?(?:severity|priority)(?:\s+levels?)?)\b/gi;

const RECLASSIFY_ONCE = new RegExp(RECLASSIFY.source, 'i');

const ABOUT_SEVERITY = /\b(?:severity|severities|priority|priorities|sev\s?\d|P[1-4])\b/i;

// The client acts, not the provider: "the client may reclassify", "... reclassified by the client".
const CLIENT_ACTS_BEFORE = /\b(?:client|customer)(?:'s\s+\w+(?:\s+\w+)?)?\s+(?:may|can|will|shall|must|should|is\s+entitled\s+to)\s*$/i;
const CLIENT_ACTS_AFTER = /^[^.;]*?\bby\s+(?:the\s+)?(?:client|customer)\b/i;

// Recourse in the same sentence: "only with the client's agreement", "by mutual agreement".
const RECOURSE_HERE =
  /\b(?:(?:with|after|subject\s+to)\s+(?:the\s+)?(?:client|customer)(?:'s)?\s+(?:agreement|consent|approval|confirmation)|mutual(?:ly)?|jointly|agreed?\s+(?:with|by)\s+(?:the\s+)?(?:client|customer)|(?:client|customer)\s+(?:may|can)\s+(?:dispute|challenge|contest|appeal|object|escalate|disagree))\b/i;

// Recourse anywhere else: a sentence about severity in which the client disagrees with, disputes or challenges it,
// or escalates a wrong or disputed classification. Escalating "critical severity incidents by phone" is no recourse.
const DISPUTE = /\b(?:disagree\w*|disput\w*|challeng\w*|contest(?:s|ed|ing)?|appeal\w*|object(?:s|ed|ing|ion|ions)?)\b/i;
const ESCALATE = /\bescalat\w*\b/i;
const ABOUT_CLASSIFICATION = /\b(?:assigned|classif\w*|wrong|incorrect\w*|misclassif\w*)\b/i;
const CLIENT = /\b(?:client|customer)s?\b/i;

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
    },
  },
  check(context) {
    const fields = context.textFields();

    const hasRecourseElsewhere = fields.some((field) =>
      field.text.split(/(?<=[.!?;])\s+|\n/).some((sentence) => {
        if (!ABOUT_SEVERITY.test(sentence) || !CLIENT.test(sentence) || RECLASSIFY_ONCE.test(sentence)) return false;
        const dispute = DISPUTE.exec(sentence) ?? (ABOUT_CLASSIFICATION.test(sentence) ? ESCALATE.exec(sentence) : null);
        return dispute !== null && !isNegated(sentence, dispute.index);
      }),
    );
    if (hasRecourseElsewhere) return;

    for (const match of findInFields(fields, RECLASSIFY)) {
      const { text } = match.field;
      const sentence = sentenceAt(text, match.start);
      if (!ABOUT_SEVERITY.test(sentence.text)) continue;
      if (CLIENT_ACTS_BEFORE.test(text.slice(sentence.start, match.start)) || CLIENT_ACTS_AFTER.test(text.slice(match.end, sentence.end))) continue;
      if (RECOURSE_HERE.test(sentence.text)) continue;
      context.report({ messageId: 'unilateral', data: { words: match.text }, pointer: match.field.pointer, range: match.field.rangeOf(match.start, match.end) });
    }
  },
};
