/**
 * An AI workflow degrades quietly: answers drift, quality slips, costs creep. If the agreement does not say what
 * is measured, how often it is looked at, what the client receives and what makes the provider call first, the
 * client finds out from its customers and the provider cannot show it was watching.
 */
import type { Metric } from '../../model/agreement.js';
import { listOf } from '../../util/did-you-mean.js';
import { clientTier } from '../rule-helpers.js';
import type { Rule } from '../types.js';

export interface MonitoringUndefinedOptions {
  /** Metric categories an AI workflow must track; `[]` for agreements that do not cover AI workflows. */
  aiMetrics: Metric['category'][];
}

export const monitoringUndefined: Rule<MonitoringUndefinedOptions> = {
  meta: {
    id: 'monitoring-undefined',
    description: 'Monitoring and reporting are undefined: no metrics, review frequency, report or proactive-outreach trigger, or no output-quality and drift metric for an AI workflow.',
    category: 'monitoring',
    defaultSeverity: 'warning',
    recommended: true,
    agencyOnly: true,
    messages: {
      noMonitoring: 'the agreement does not say what is monitored or reported; add `monitoring` with metrics, a review frequency, reports and proactive-outreach triggers',
      noMetrics: 'no metrics are listed; say what is measured (for AI workflows: output quality, drift, latency, cost, volume)',
      noReviewFrequency: 'nothing says how often the metrics are reviewed; add `reviewFrequency`',
      noReports: 'the client receives no report: add `reports`, or a `reporting` frequency on the client\'s tier',
      noOutreach: 'nothing says when the provider contacts the client before the client notices a problem; add `proactiveOutreach` triggers',
      missingAiMetric: 'no {{missing}} metric is tracked; an AI workflow can degrade without failing, and only these show it',
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        aiMetrics: {
          type: 'array',
          uniqueItems: true,
          items: { enum: ['output-quality', 'drift', 'confidence', 'latency', 'cost', 'volume', 'error-rate', 'availability', 'other'] },
          description: 'Metric categories that must be tracked; [] when the agreement does not cover an AI workflow.',
        },
      },
    },
    defaultOptions: { aiMetrics: ['output-quality', 'drift'] },
  },
  check(context) {
    const { agreement, options } = context;
    const monitoring = agreement.monitoring;
    if (!monitoring) {
      context.report({ messageId: 'noMonitoring', pointer: '', at: 'key' });
      return;
    }
    const at = { pointer: '/monitoring', at: 'key' as const };
    const metrics = monitoring.metrics ?? [];
    if (metrics.length === 0) context.report({ messageId: 'noMetrics', ...at });
    if (!monitoring.reviewFrequency) context.report({ messageId: 'noReviewFrequency', ...at });
    if (!monitoring.reports?.length && !clientTier(agreement)?.reporting) context.report({ messageId: 'noReports', ...at });
    if (!monitoring.proactiveOutreach?.length) context.report({ messageId: 'noOutreach', ...at });
    if (metrics.length > 0) {
      const tracked = new Set(metrics.map((metric) => metric.category));
      const missing = options.aiMetrics.filter((category) => !tracked.has(category));
      if (missing.length) context.report({ messageId: 'missingAiMetric', data: { missing: listOf(missing, 'or') }, pointer: '/monitoring/metrics', at: 'key' });
    }
  },
};
