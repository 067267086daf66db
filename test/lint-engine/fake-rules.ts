/** Small rules for testing the engine on its own, independent of the real rules' wording and fate. */
import { findInFields } from '../../src/lint/rule-helpers.js';
import type { Rule } from '../../src/lint/types.js';

/** Structural: reports the first severity level, at its key or value. */
export const firstSeverity: Rule<{ at: 'key' | 'value'; label: string }> = {
  meta: {
    id: 'fake-first-severity',
    description: 'Reports the first severity level.',
    category: 'severity',
    defaultSeverity: 'error',
    recommended: true,
    messages: { first: 'first level is `{{id}}` ({{label}})' },
    optionsSchema: { type: 'object', additionalProperties: false, properties: { at: { enum: ['key', 'value'] }, label: { type: 'string' } } },
    defaultOptions: { at: 'value', label: 'default' },
  },
  check(context) {
    const first = context.agreement.severityLevels[0]!;
    context.report({ messageId: 'first', data: { id: first.id, label: context.options.label }, pointer: '/severityLevels/0/id', at: context.options.at });
  },
};

/** Text: reports every "ZZTOP" in free text, at the exact word. */
export const shout: Rule = {
  meta: {
    id: 'fake-shout',
    description: 'Reports the word ZZTOP.',
    category: 'wording',
    defaultSeverity: 'warning',
    recommended: false,
    kind: 'text',
    messages: { shout: '"{{word}}" is shouting' },
  },
  check(context) {
    for (const match of findInFields(context.textFields(), /ZZTOP/)) {
      context.report({ messageId: 'shout', data: { word: match.text }, pointer: match.field.pointer, range: match.field.rangeOf(match.start, match.end) });
    }
  },
};

/** Structural, throws: a bug in a rule must not take the run down silently. */
export const broken: Rule = {
  meta: { id: 'fake-broken', description: 'Throws.', category: 'hygiene', defaultSeverity: 'error', recommended: true, messages: {} },
  check() {
    throw new Error('boom');
  },
};

/** Text rule that wrongly reaches for the model: on an invalid document it is skipped, not a crash. */
export const nosy: Rule = {
  meta: { id: 'fake-nosy', description: 'Reads the model.', category: 'hygiene', defaultSeverity: 'info', recommended: true, kind: 'text', messages: { id: 'id {{id}}' } },
  check(context) {
    context.report({ messageId: 'id', data: { id: context.agreement.id }, pointer: '/id' });
  },
};

export const fakeRules = [firstSeverity, shout];

/** Text rule over the raw source, as a conflict-marker rule reads it: it must run even when the YAML does not parse. */
export const rawMarker: Rule = {
  meta: { id: 'fake-raw-marker', description: 'Reports <<<<<<< lines.', category: 'hygiene', defaultSeverity: 'error', recommended: true, kind: 'text', messages: { marker: 'marker' } },
  check(context) {
    context.source.text.split('\n').forEach((line, index) => {
      if (line.startsWith('<<<<<<<')) context.report({ messageId: 'marker', pointer: '', range: { line: index + 1, column: 1, endLine: index + 1, endColumn: 8 } });
    });
  },
};
