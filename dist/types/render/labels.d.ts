import type { Firmness, NamedDeadline, TargetGap } from '../model/agreement.js';
/** Contract wording for the agreement's enumerated values. Kept in one place so templates and docs agree. */
export declare const LABELS: {
    readonly status: {
        readonly draft: 'Draft';
        readonly proposed: 'Proposed';
        readonly active: 'Active';
        readonly superseded: 'Superseded';
        readonly expired: 'Expired';
    };
    readonly environment: {
        readonly production: 'Production';
        readonly staging: 'Staging';
        readonly development: 'Development';
        readonly all: 'All environments';
    };
    readonly dependencyKind: {
        readonly 'model-provider': 'Model provider';
        readonly api: 'API';
        readonly saas: 'SaaS platform';
        readonly infrastructure: 'Infrastructure';
        readonly 'data-source': 'Data source';
        readonly other: 'Other';
    };
    readonly ownedBy: {
        readonly client: 'Client';
        readonly provider: 'Provider';
        readonly 'third-party': 'Third party';
    };
    readonly included: {
        readonly 'incident-response': 'Incident response';
        readonly troubleshooting: 'Troubleshooting';
        readonly 'defect-remediation': 'Defect remediation';
        readonly 'monitoring-review': 'Monitoring review';
        readonly reporting: 'Reporting';
        readonly 'prompt-tuning': 'Prompt tuning';
        readonly 'configuration-tuning': 'Configuration tuning';
        readonly maintenance: 'Maintenance';
        readonly 'optimisation-review': 'Optimisation review';
        readonly 'user-support': 'User support';
        readonly other: 'Other';
    };
    readonly excluded: {
        readonly 'new-features': 'New features';
        readonly 'unrelated-systems': 'Unrelated systems';
        readonly 'major-redesign': 'Major redesign';
        readonly training: 'Training';
        readonly 'third-party-services': 'Third-party services';
        readonly 'client-systems': 'Client systems';
        readonly other: 'Other';
    };
    readonly requestCategory: {
        readonly bug: 'Bug or failure';
        readonly 'output-quality': 'Output quality';
        readonly tuning: 'Tuning';
        readonly question: 'Question';
        readonly monitoring: 'Monitoring and reporting';
        readonly enhancement: 'Enhancement';
        readonly other: 'Other';
    };
    readonly responsibility: {
        readonly 'designated-contact': 'Designated contact';
        readonly 'escalation-channel': 'Agreed channels';
        readonly 'access-and-context': 'Access and context';
        readonly 'client-systems': 'Client systems';
        readonly 'operating-procedures': 'Operating procedures';
        readonly testing: 'Testing';
        readonly data: 'Data';
        readonly other: 'Other';
    };
    readonly metricCategory: {
        readonly 'output-quality': 'Output quality';
        readonly drift: 'Drift';
        readonly confidence: 'Confidence';
        readonly latency: 'Latency';
        readonly cost: 'Cost';
        readonly volume: 'Volume';
        readonly 'error-rate': 'Error rate';
        readonly availability: 'Availability';
        readonly other: 'Other';
    };
    readonly reviewTopic: {
        readonly 'issue-types': 'Issue types';
        readonly 'target-realism': 'Target realism';
        readonly 'tuning-volume': 'Tuning volume';
        readonly 'client-understanding': 'Client understanding';
        readonly scope: 'Scope';
        readonly pricing: 'Pricing';
        readonly other: 'Other';
    };
    readonly channelType: {
        readonly portal: 'Support portal';
        readonly email: 'Email';
        readonly phone: 'Phone';
        readonly chat: 'Chat';
        readonly pager: 'Pager';
        readonly other: 'Other';
    };
    readonly role: {
        readonly 'point-of-contact': 'Point of contact';
        readonly escalation: 'Escalation';
        readonly technical: 'Technical';
        readonly billing: 'Billing';
        readonly 'executive-sponsor': 'Executive sponsor';
        readonly signatory: 'Signatory';
    };
    readonly criticality: {
        readonly low: 'Low';
        readonly medium: 'Medium';
        readonly high: 'High';
        readonly 'mission-critical': 'Mission-critical';
    };
    readonly frequency: {
        readonly daily: 'daily';
        readonly weekly: 'weekly';
        readonly fortnightly: 'fortnightly';
        readonly monthly: 'monthly';
        readonly quarterly: 'quarterly';
        readonly 'semi-annually': 'every six months';
        readonly annually: 'annually';
    };
    readonly party: {
        readonly provider: 'Provider';
        readonly client: 'Client';
    };
    readonly fee: {
        readonly 'after-hours': 'After-hours work';
        readonly weekend: 'Weekend work';
        readonly 'public-holiday': 'Public-holiday work';
        readonly emergency: 'Emergency work';
        readonly 'on-site': 'On-site work';
        readonly other: 'Other';
    };
    readonly holidaySet: {
        readonly us: 'US federal holidays';
        readonly 'gb-eng': 'bank holidays in England and Wales';
        readonly de: 'nationwide public holidays in Germany';
        readonly fr: 'public holidays in mainland France';
        readonly nl: 'national public holidays in the Netherlands';
    };
    readonly holidaysOf: {
        readonly 'provider-location': 'the holidays of the Provider’s location';
        readonly 'client-location': 'the holidays of the Client’s location';
    };
};
/** How firm a target is, as a table cell says it: `4 business hours (objective)`. */
export declare const FIRMNESS_WORDS: Record<Firmness, string>;
/** One sentence for a table whose targets of a kind all say the same firmness. */
export declare const FIRMNESS_SENTENCES: Record<'response' | 'update' | 'resolution', Record<Firmness, string>>;
export declare const AVAILABILITY_FIRMNESS: Record<Firmness, string>;
export declare const GAP_WORDS: Record<TargetGap, string>;
export declare const NAMED_DEADLINES: Record<NamedDeadline, string>;
export declare const TARGET_ROW_LABELS: {
    readonly response: 'Response';
    readonly update: 'Updates';
    readonly resolution: 'Resolution';
};
export declare const ASSIGNED_BY: Record<'client' | 'provider' | 'jointly', string>;
export declare function label<T extends Record<string, string>>(table: T, key: string | undefined): string | null;
