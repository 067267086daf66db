/** Contract wording for the agreement's enumerated values. Kept in one place so templates and docs agree. */
export const LABELS = {
  status: { draft: 'Draft', proposed: 'Proposed', active: 'Active', superseded: 'Superseded', expired: 'Expired' },
  environment: { production: 'Production', staging: 'Staging', development: 'Development', all: 'All environments' },
  dependencyKind: {
    'model-provider': 'Model provider', api: 'API', saas: 'SaaS platform', infrastructure: 'Infrastructure',
    'data-source': 'Data source', other: 'Other',
  },
  ownedBy: { client: 'Client', provider: 'Provider', 'third-party': 'Third party' },
  included: {
    'incident-response': 'Incident response', troubleshooting: 'Troubleshooting', 'defect-remediation': 'Defect remediation',
    'monitoring-review': 'Monitoring review', reporting: 'Reporting', 'prompt-tuning': 'Prompt tuning',
    'configuration-tuning': 'Configuration tuning', maintenance: 'Maintenance', 'optimisation-review': 'Optimisation review',
    'user-support': 'User support', other: 'Other',
  },
  excluded: {
    'new-features': 'New features', 'unrelated-systems': 'Unrelated systems', 'major-redesign': 'Major redesign',
    training: 'Training', 'third-party-services': 'Third-party services', 'client-systems': 'Client systems', other: 'Other',
  },
  requestCategory: {
    bug: 'Bug or failure', 'output-quality': 'Output quality', tuning: 'Tuning', question: 'Question',
    monitoring: 'Monitoring and reporting', enhancement: 'Enhancement', other: 'Other',
  },
  responsibility: {
    'designated-contact': 'Designated contact', 'escalation-channel': 'Agreed channels', 'access-and-context': 'Access and context',
    'client-systems': 'Client systems', 'operating-procedures': 'Operating procedures', testing: 'Testing', data: 'Data', other: 'Other',
  },
  metricCategory: {
    'output-quality': 'Output quality', drift: 'Drift', confidence: 'Confidence', latency: 'Latency', cost: 'Cost',
    volume: 'Volume', 'error-rate': 'Error rate', availability: 'Availability', other: 'Other',
  },
  reviewTopic: {
    'issue-types': 'Issue types', 'target-realism': 'Target realism', 'tuning-volume': 'Tuning volume',
    'client-understanding': 'Client understanding', scope: 'Scope', pricing: 'Pricing', other: 'Other',
  },
  channelType: { portal: 'Support portal', email: 'Email', phone: 'Phone', chat: 'Chat', pager: 'Pager', other: 'Other' },
  role: {
    'point-of-contact': 'Point of contact', escalation: 'Escalation', technical: 'Technical', billing: 'Billing',
    'executive-sponsor': 'Executive sponsor', signatory: 'Signatory',
  },
  criticality: { low: 'Low', medium: 'Medium', high: 'High', 'mission-critical': 'Mission-critical' },
  frequency: {
    daily: 'daily', weekly: 'weekly', fortnightly: 'fortnightly', monthly: 'monthly', quarterly: 'quarterly',
    'semi-annually': 'every six months', annually: 'annually',
  },
  party: { provider: 'Provider', client: 'Client' },
} as const;

export function label<T extends Record<string, string>>(table: T, key: string | undefined): string | null {
  if (key === undefined) return null;
  return (table as Record<string, string>)[key] ?? key;
}
