// @ts-check
/**
 * An example plugin for `sla lint`. A config names it and sets its rules with the prefix it chose:
 *
 *   plugins: { example: sla-plugin-example }      # or: plugins: [sla-plugin-example] (prefix `example`)
 *   rules:
 *     example/banned-terms: [error, { terms: [unlimited, guaranteed uptime] }]
 *     example/max-severity-levels: warning
 *
 * @typedef {import('@sla-as-code/sla').SlaPlugin} SlaPlugin
 */
import bannedTerms from './rules/banned-terms.js';
import maxSeverityLevels from './rules/max-severity-levels.js';

/** @type {SlaPlugin} */
const plugin = {
  meta: { name: 'sla-plugin-example', version: '1.0.0' },
  rules: {
    'banned-terms': bannedTerms,
    'max-severity-levels': maxSeverityLevels,
  },
};

export default plugin;
