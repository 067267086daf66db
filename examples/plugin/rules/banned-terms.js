// @ts-check
/**
 * A text rule: it reads only the agreement's free-text fields (`context.textFields()`), so it also runs on a file
 * with schema errors. Options: the terms the house style forbids.
 *
 * @typedef {{ terms: string[] }} Options
 * @type {import('@sla-as-code/sla').Rule<Options>}
 */
const rule = {
  meta: {
    id: 'banned-terms',
    description: 'Free text uses a term the house style forbids, such as "unlimited".',
    category: 'wording',
    defaultSeverity: 'warning',
    recommended: true,
    kind: 'text',
    messages: {
      banned: '"{{term}}" is a banned term in our agreements; say what is promised instead',
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { terms: { type: 'array', items: { type: 'string', minLength: 1 } } },
    },
    defaultOptions: { terms: ['unlimited'] },
    url: 'https://github.com/sla-as-code/sla/blob/main/examples/plugin/docs/rules/banned-terms.md',
  },
  check(context) {
    for (const field of context.textFields()) {
      const lower = field.text.toLowerCase();
      for (const term of context.options.terms) {
        const start = lower.indexOf(term.toLowerCase());
        if (start < 0) continue;
        context.report({
          messageId: 'banned',
          data: { term: field.text.slice(start, start + term.length) },
          pointer: field.pointer,
          range: field.rangeOf(start, start + term.length),
        });
      }
    }
  },
};

export default rule;
