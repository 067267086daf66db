// @ts-check
/**
 * A structural rule: it reads the validated agreement (`context.agreement`), so it runs only on a valid file.
 *
 * @typedef {{ max: number }} Options
 * @type {import('@sla-as-code/sla').Rule<Options>}
 */
const rule = {
  meta: {
    id: 'max-severity-levels',
    description: 'The agreement defines more severity levels than the team can tell apart.',
    category: 'severity',
    defaultSeverity: 'warning',
    recommended: false,
    messages: {
      tooMany: '{{count}} severity levels; our support runs on at most {{max}}',
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { max: { type: 'integer', minimum: 1 } },
    },
    defaultOptions: { max: 4 },
    url: 'https://github.com/sla-as-code/sla/blob/main/examples/plugin/docs/rules/max-severity-levels.md',
  },
  check(context) {
    const count = context.agreement.severityLevels.length;
    if (count > context.options.max) {
      context.report({ messageId: 'tooMany', data: { count, max: context.options.max }, pointer: '/severityLevels', at: 'key' });
    }
  },
};

export default rule;
