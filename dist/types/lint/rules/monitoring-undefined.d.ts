/**
 * An AI workflow degrades quietly: answers drift, quality slips, costs creep. If the agreement does not say what
 * is measured, how often it is looked at, what the client receives and what makes the provider call first, the
 * client finds out from its customers and the provider cannot show it was watching.
 */
import type { Metric } from '../../model/agreement.js';
import type { Rule } from '../types.js';
export interface MonitoringUndefinedOptions {
    /** Metric categories an AI workflow must track; `[]` for agreements that do not cover AI workflows. */
    aiMetrics: Metric['category'][];
}
export declare const monitoringUndefined: Rule<MonitoringUndefinedOptions>;
