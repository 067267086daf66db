/**
 * Targets are only fair when the client does its part: without a named contact, the agreed channel, access to
 * logs, working client systems and followed procedures, the provider cannot meet any clock, and a missed target
 * becomes an argument about whose fault it was.
 *
 * A vendor's published policy is written for every customer at once: it names who may open tickets and what the
 * customer must give (detail, logs, access), and covers the customer's own systems by what it excludes ("software
 * altered by the customer"). In a `SupportPolicy` the rule asks for those two (`requiredInPolicies`). A duty worded
 * as a preference ("it is preferable to include logs") binds no one and does not count.
 */
import type { ClientResponsibility } from '../../model/agreement.js';
import { listOf } from '../../util/did-you-mean.js';
import type { Rule } from '../types.js';

type Category = ClientResponsibility['category'];

export interface ClientResponsibilitiesOptions {
  /** The categories every agreement must cover. */
  required: Category[];
  /** The categories a published support policy (`kind: SupportPolicy`) must cover. */
  requiredInPolicies: Category[];
}

const ESSENTIALS: Category[] = ['designated-contact', 'escalation-channel', 'access-and-context', 'client-systems', 'operating-procedures'];
const POLICY_ESSENTIALS: Category[] = ['designated-contact', 'access-and-context'];
const CATEGORIES = [...ESSENTIALS, 'testing', 'data', 'other'];

// Words that make a duty a wish: "it is preferable to include logs", "customers are encouraged to", "ideally".
const PREFERENCE = /\b(?:preferabl[ey]|ideally|encouraged\s+to|(?:it\s+is\s+)?recommended\s+(?:that|to)|nice\s+to\s+have)\b/i;

export const clientResponsibilities: Rule<ClientResponsibilitiesOptions> = {
  meta: {
    id: 'client-responsibilities',
    description: 'Client responsibilities are missing or thin: the five essentials (designated contact, escalation channel, access and context, client systems, operating procedures) are not all there.',
    category: 'responsibilities',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      missing: 'the agreement lists no client responsibilities; add at least {{required}}',
      missingCategories: 'client responsibilities do not cover {{missing}}{{preferences}}',
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        required: {
          type: 'array',
          uniqueItems: true,
          items: { enum: CATEGORIES },
          description: 'The responsibility categories the agreement must cover.',
        },
        requiredInPolicies: {
          type: 'array',
          uniqueItems: true,
          items: { enum: CATEGORIES },
          description: 'The responsibility categories a published support policy (kind: SupportPolicy) must cover.',
        },
      },
    },
    defaultOptions: { required: ESSENTIALS, requiredInPolicies: POLICY_ESSENTIALS },
  },
  check(context) {
    const { agreement, options } = context;
    const responsibilities = agreement.clientResponsibilities ?? [];
    const required = agreement.isPolicy ? options.requiredInPolicies : options.required;
    if (responsibilities.length === 0) {
      if (required.length === 0) return;
      context.report({ messageId: 'missing', data: { required: listOf(required, 'and') }, pointer: agreement.clientResponsibilities ? '/clientResponsibilities' : '', at: 'key' });
      return;
    }
    const binding = responsibilities.filter((r) => !PREFERENCE.test(r.description));
    const present = new Set(binding.map((r) => r.category));
    const missing = required.filter((category) => !present.has(category));
    if (missing.length) {
      const wished = missing.filter((category) => responsibilities.some((r) => r.category === category));
      const preferences = wished.length ? ` (${listOf(wished, 'and')} ${wished.length > 1 ? 'are' : 'is'} worded only as a preference, which binds no one)` : '';
      context.report({ messageId: 'missingCategories', data: { missing: listOf(missing, 'and'), preferences }, pointer: '/clientResponsibilities', at: 'key' });
    }
  },
};
