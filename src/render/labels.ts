import type { Firmness, NamedDeadline, TargetGap } from '../model/agreement.js';

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
  fee: { 'after-hours': 'After-hours work', weekend: 'Weekend work', 'public-holiday': 'Public-holiday work', emergency: 'Emergency work', 'on-site': 'On-site work', other: 'Other' },
  holidaySet: {
    us: 'US federal holidays', 'gb-eng': 'bank holidays in England and Wales', de: 'nationwide public holidays in Germany',
    fr: 'public holidays in mainland France', nl: 'national public holidays in the Netherlands',
  },
  holidaysOf: { 'provider-location': 'the holidays of the Provider’s location', 'client-location': 'the holidays of the Client’s location' },
} as const;

/** How firm a target is, as a table cell says it: `4 business hours (objective)`. */
export const FIRMNESS_WORDS: Record<Firmness, string> = {
  commitment: 'commitment', objective: 'objective', 'commercially-reasonable-efforts': 'commercially reasonable efforts', 'best-effort': 'best effort',
};

/** One sentence for a table whose targets of a kind all say the same firmness. */
export const FIRMNESS_SENTENCES: Record<'response' | 'update' | 'resolution', Record<Firmness, string>> = {
  response: {
    commitment: 'The Provider commits to the response times.',
    objective: 'The response times are objectives the Provider works towards.',
    'commercially-reasonable-efforts': 'The Provider uses commercially reasonable efforts to meet the response times.',
    'best-effort': 'The response times are met on a best-effort basis.',
  },
  update: {
    commitment: 'The Provider commits to the update intervals.',
    objective: 'The update intervals are objectives the Provider works towards.',
    'commercially-reasonable-efforts': 'The Provider uses commercially reasonable efforts to keep to the update intervals.',
    'best-effort': 'The update intervals are kept on a best-effort basis.',
  },
  resolution: {
    commitment: 'The Provider commits to the resolution times.',
    objective: 'The resolution times are objectives the Provider works towards.',
    'commercially-reasonable-efforts': 'The Provider uses commercially reasonable efforts to meet the resolution times.',
    'best-effort': 'The resolution times are met on a best-effort basis.',
  },
};

export const AVAILABILITY_FIRMNESS: Record<Firmness, string> = {
  commitment: 'The Provider commits to this availability.',
  objective: 'This availability is an objective the Provider works towards.',
  'commercially-reasonable-efforts': 'The Provider uses commercially reasonable efforts to achieve this availability.',
  'best-effort': 'This availability is provided on a best-effort basis.',
};

export const GAP_WORDS: Record<TargetGap, string> = { unstated: 'Not stated', 'not-offered': 'Not offered' };

export const NAMED_DEADLINES: Record<NamedDeadline, string> = {
  'next-business-day': 'By the next business day',
  'same-business-day': 'By the end of the business day',
};

export const TARGET_ROW_LABELS = { response: 'Response', update: 'Updates', resolution: 'Resolution' } as const;

export const ASSIGNED_BY: Record<'client' | 'provider' | 'jointly', string> = {
  client: 'The Client sets the severity of a request when raising it.',
  provider: 'The Provider sets the severity of a request.',
  jointly: 'The Client and the Provider set the severity of a request together.',
};

export function label<T extends Record<string, string>>(table: T, key: string | undefined): string | null {
  if (key === undefined) return null;
  return (table as Record<string, string>)[key] ?? key;
}
