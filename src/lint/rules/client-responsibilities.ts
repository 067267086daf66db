/**
 * Targets are only fair when the client does its part: without a named contact, the agreed channel, access to
 * logs, working client systems and followed procedures, the provider cannot meet any clock, and a missed target
 * becomes an argument about whose fault it was.
 */
import type { ClientResponsibility } from '../../model/agreement.js';
import { listOf } from '../../util/did-you-mean.js';
import type { Rule } from '../types.js';

type Category = ClientResponsibility['category'];

export interface ClientResponsibilitiesOptions {
  /** The categories every agreement must cover. */
  required: Category[];
}

const ESSENTIALS: Category[] = ['designated-contact', 'escalation-channel', 'access-and-context', 'client-systems', 'operating-procedures'];

export const clientResponsibilities: Rule<ClientResponsibilitiesOptions> = {
  meta: {
    id: 'client-responsibilities',
    description: 'Client responsibilities are missing or thin: the five essentials (designated contact, escalation channel, access and context, client systems, operating procedures) are not all there.',
    category: 'responsibilities',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      missing: 'the agreement lists no client responsibilities; add at least {{required}}',
      missingCategories: 'client responsibilities do not cover {{missing}}',
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        required: {
          type: 'array',
          uniqueItems: true,
          items: { enum: [...ESSENTIALS, 'testing', 'data', 'other'] },
          description: 'The responsibility categories the agreement must cover.',
        },
      },
    },
    defaultOptions: { required: ESSENTIALS },
  },
  check(context) {
    const responsibilities = context.agreement.clientResponsibilities ?? [];
    const { required } = context.options;
    if (responsibilities.length === 0) {
      if (required.length === 0) return;
      context.report({ messageId: 'missing', data: { required: listOf(required, 'and') }, pointer: context.agreement.clientResponsibilities ? '/clientResponsibilities' : '', at: 'key' });
      return;
    }
    const present = new Set(responsibilities.map((r) => r.category));
    const missing = required.filter((category) => !present.has(category));
    if (missing.length) {
      context.report({ messageId: 'missingCategories', data: { missing: listOf(missing, 'and') }, pointer: '/clientResponsibilities', at: 'key' });
    }
  },
};
