import { type Agreement } from '../model/agreement.js';
import { type SummaryView } from './summary.js';
import { type WeeklyHours } from './words.js';
export interface ContactView {
    party: string;
    name: string;
    title: string | null;
    email: string | null;
    phone: string | null;
    roles: string | null;
}
export interface PartyView {
    name: string;
    legalName: string;
    /** Legal name when given, else the name. */
    displayName: string;
    /** True when the legal name differs from the short name, so the contract introduces both. */
    hasShortName: boolean;
    address: string | null;
}
export interface TimeView {
    /** `4 business hours` / `1 hour`. */
    words: string;
    /** `4 business hours (Mon–Fri 09:00–17:00 Berlin time)` / `1 hour, 24×7`. */
    withCalendar: string;
    /** For tables that have no calendar column: `1 hour, 24×7`, or the words plus the calendar's name when several business calendars exist. */
    short: string;
    /** For intervals: `every business day`, `every 2 hours` (no `1` before a single unit). */
    every: string;
    /** `every hour, 24×7`; the counterpart of `short`. */
    everyShort: string;
    calendar: string;
}
/**
 * A response, update or resolution target as the document states it: a time, a range, a named deadline, or what
 * the document says instead (`Not stated`, `Not offered`). `text` is the whole table cell.
 */
export interface TargetView {
    /** The cell for a table with a calendar column: `4 business hours`, `1–2 business days`, `By the next business day`, `Not stated`. */
    words: string;
    /** The cell for a table without a calendar column (adds `, 24×7` or the calendar's name). */
    short: string;
    /** `4 business hours (Mon–Fri 09:00–17:00 Berlin time)` / `1 hour, 24×7`: the words with the calendar's hours. */
    withCalendar: string;
    /** `words` with every qualification the data carries: firmness (when not stated once for the whole table), fix or workaround, clock start, outside-hours target. */
    text: string;
    /** `text` built on `short`. */
    shortText: string;
    /** `unstated` or `not-offered` when the document gives no time; else null. */
    gap: 'unstated' | 'not-offered' | null;
    firmness: string | null;
    /** `commitment`, `objective`, `commercially reasonable efforts`, `best effort`. */
    firmnessText: string | null;
    /** `Raised outside Office hours: by the next business day`. */
    outsideHours: string | null;
    calendar: string | null;
}
export interface SeverityRowView {
    id: string;
    level: number;
    name: string;
    definition: string | null;
    businessImpact: string | null;
    examples: string[];
    /** True when the client's tier says it does not cover this level. */
    notOffered: boolean;
    /** `Enterprise tier only`, or null when the level applies to every tier and service. */
    appliesTo: string | null;
    response: TargetView | null;
    update: TargetView | null;
    resolution: TargetView | null;
    resolutionKind: 'objective' | 'workaround' | null;
    resolutionNote: string | null;
    /** The calendar all of this level's targets run on, or null when they differ (then each cell names its own). */
    sharedCalendar: string | null;
}
export interface ContractView {
    document: {
        id: string;
        title: string;
        version: string | null;
        status: string | null;
        statusLabel: string | null;
        isDraft: boolean;
        /** True for a published support policy (`kind: SupportPolicy`): no client, a menu of tiers. */
        isPolicy: boolean;
        /** `Agreement` or `Policy`: what the document calls itself. */
        noun: string;
        /** `Client` in an agreement, `Customer` in a policy: what the document calls the party it supports. */
        clientNoun: string;
        locale: string;
        effectiveDate: string | null;
        effectiveDateText: string | null;
        lastUpdated: string | null;
        lastUpdatedText: string | null;
    };
    term: {
        initialMonths: number;
        initialText: string;
        renewal: 'automatic' | 'by-agreement' | 'none';
        renewalText: string | null;
        noticeText: string | null;
    } | null;
    /** Notice the provider gives of changes to the document. */
    amendments: {
        noticeText: string | null;
        description: string | null;
    } | null;
    contractFrame: {
        masterAgreement: string | null;
        precedence: string[];
        governingLaw: string | null;
        jurisdiction: string | null;
    } | null;
    provider: PartyView;
    /** Null in a published policy, which names no client. */
    client: PartyView | null;
    contacts: ContactView[];
    /** The client's tier; null in a published policy. */
    tier: TierView | null;
    definitions: {
        term: string;
        meaning: string;
    }[];
    services: {
        id: string;
        name: string;
        description: string | null;
        environment: string | null;
        /** True when there is more to say than the name: a description, environment, components or dependencies. */
        hasDetails: boolean;
        components: {
            name: string;
            description: string | null;
        }[];
        dependencies: {
            name: string;
            kind: string;
            ownedBy: string | null;
            description: string | null;
        }[];
    }[];
    hasDependencies: boolean;
    /** True when some service has details, so each service gets its own subsection rather than a line in a list. */
    servicesHaveDetails: boolean;
    /** True when some work is quoted separately: change-order rules exist or a request type is a change order. */
    hasChangeOrders: boolean;
    scope: {
        included: {
            category: string;
            label: string;
            description: string;
        }[];
        excluded: {
            category: string;
            label: string;
            description: string;
        }[];
    } | null;
    requestTypes: {
        id: string;
        name: string;
        category: string;
        categoryLabel: string;
        coverage: string;
        coverageText: string;
        description: string | null;
        response: TargetView | null;
    }[];
    /** True when some request type has a response target of its own. */
    requestTypesHaveResponse: boolean;
    changeOrders: {
        threshold: string | null;
        thresholdHours: number | null;
        /** True when `thresholdHours` is not already written in `threshold` ("more than 6 hours"), so the contract states it. */
        thresholdHoursUnwritten: boolean;
        evaluation: string | null;
        estimateWithin: TimeView | null;
        rate: string | null;
    } | null;
    fees: {
        for: string;
        forLabel: string;
        rate: string | null;
        description: string | null;
    }[];
    calendars: {
        /** `timezone`, `timezones`: the IANA names; `timezoneText`: the zones as a client reads them, `Berlin time (CET/CEST)`. */
        id: string;
        name: string;
        timezone: string;
        timezoneText: string;
        timezones: string[];
        /** The IANA names, on record once in the contract (at the first calendar that uses each zone); null when there is none to add. */
        timezoneIana: string | null;
        alwaysOpen: boolean;
        /** `hoursText`: `Mon–Fri 09:00–17:00 Berlin time` (the zone without its detail: the text often goes in parentheses). */
        hoursUnstated: boolean;
        description: string | null;
        hoursText: string;
        weekly: WeeklyHours[];
        /** When the weekly hours name zones of their own: each zone's hours (else empty, and `weekly` says it all). */
        zoneWeekly: {
            timezone: string;
            timezoneText: string;
            weekly: WeeklyHours[];
        }[];
        holidays: {
            date: string;
            dateText: string;
            name: string;
            hoursText: string;
        }[];
        /** Holidays that recur every year: `25 December every year; on a weekend, the nearest weekday`. */
        recurringHolidays: {
            name: string;
            when: string;
            hoursText: string;
        }[];
        /** `public holidays in the United States (federal)`. */
        holidaySets: string[];
        holidayFiles: string[];
        /** `the holidays of the Provider’s location`. */
        holidaysOf: string | null;
        holidaysDescription: string | null;
        hasHolidays: boolean;
        usedByTier: boolean;
    }[];
    severityLevels: SeverityRowView[];
    /** Which columns the targets table has (a column no level fills is left out), and whether any shown cell is a dash. */
    severityColumns: {
        response: boolean;
        update: boolean;
        resolution: boolean;
        calendar: boolean;
        dashes: boolean;
    };
    /** Sentences about how firm the targets are, when every target of a kind in the table says the same; else null (each cell says its own). */
    firmness: {
        response: string | null;
        update: string | null;
        resolution: string | null;
    };
    resolutionNotes: {
        severity: string;
        note: string;
    }[];
    severityAssignment: {
        assignedBy: string | null;
        assignedByText: string | null;
        description: string | null;
        matrix: {
            urgencies: string[];
            rows: {
                impact: string;
                levels: string[];
            }[];
        } | null;
        reclassification: string | null;
        disputes: string | null;
    } | null;
    channels: {
        id: string;
        type: string;
        typeLabel: string;
        address: string | null;
        severities: string;
        hours: string | null;
        description: string | null;
        tiers: string | null;
        countsForTargets: boolean;
    }[];
    channelsHaveTiers: boolean;
    escalation: {
        step: number;
        name: string;
        title: string | null;
        email: string | null;
        phone: string | null;
        when: string;
    }[];
    /** `appliesTo`: `Enterprise tier only`, `GitLab.com only`, or null when it applies to all. */
    clientResponsibilities: {
        category: string;
        label: string;
        description: string;
        appliesTo: string | null;
    }[];
    excusedDelays: string[];
    monitoring: {
        reviewFrequency: string | null;
        metrics: {
            id: string;
            name: string;
            category: string;
            description: string | null;
            threshold: string | null;
        }[];
        reports: {
            name: string;
            frequency: string;
            deliveredWithin: TimeView | null;
            contents: string[];
        }[];
        proactiveOutreach: {
            trigger: string;
            metric: string | null;
            within: TimeView | null;
        }[];
    } | null;
    maintenance: {
        /** `hours` on the locale's clock; `timezone` the IANA name, `timezoneText` as a client reads it: `Berlin time (CET/CEST)`. */
        windows: {
            days: string;
            hours: string;
            timezone: string;
            timezoneText: string;
        }[];
        notice: TimeView | null;
        approval: {
            required: boolean;
            approver: string | null;
            description: string | null;
        } | null;
        testing: {
            required: boolean;
            description: string | null;
            evaluationSet: {
                name: string;
                size: number | null;
                passCriterion: string;
            } | null;
        } | null;
        emergencyChanges: {
            description: string;
            notifyWithin: TimeView | null;
        } | null;
    } | null;
    /** The tiers the contract shows: every tier offered when it compares them, else only the client's. */
    tiers: TierView[];
    /** True when the contract compares several tiers side by side (a policy, `presentation.tierComparison`, `--all-tiers`). */
    tierComparison: boolean;
    /** Which rows the tier comparison needs: a row is left out when no tier has a value for it. */
    tiersHave: {
        description: boolean;
        services: boolean;
        criticality: boolean;
        supportHours: boolean;
        reporting: boolean;
        proactiveOptimisation: boolean;
        price: boolean;
    };
    /** Response, update and resolution rows of the tier comparison, one cell per tier; rows without any target are left out. */
    tierTargetRows: {
        label: string;
        cells: string[];
    }[];
    /** Firmness sentences for the tier comparison, when every target of a kind in it says the same. */
    tierFirmness: {
        response: string | null;
        update: string | null;
        resolution: string | null;
    };
    availability: {
        target: number | null;
        targetText: string | null;
        /** `month`, `quarter` or `year`; null when the document does not state the period. */
        window: string | null;
        convention: string | null;
        downtimeText: string | null;
        /** The measurement window, or `period` when the document does not state one: for sentences about credits. */
        creditPeriod: string;
        /** A sentence on how firm the target is, e.g. `The Provider uses commercially reasonable efforts to meet this target.` */
        firmnessText: string | null;
        services: string | null;
        scope: string | null;
        measurement: string | null;
        exclusions: string[];
        serviceCredits: {
            belowText: string;
            creditText: string;
        }[];
        creditBasis: string | null;
        creditTerms: {
            cumulative: boolean | null;
            capText: string | null;
            capPer: string | null;
            claimWindow: string | null;
            claimProcedure: string | null;
            soleRemedy: boolean;
            forfeiture: string | null;
        } | null;
    } | null;
    review: {
        frequency: string;
        topics: {
            category: string;
            label: string;
            description: string;
        }[];
        participants: string[];
    } | null;
    signatures: {
        party: string;
        partyName: string;
        name: string;
        title: string;
        place: string;
    }[];
    /** "Your support at a glance" (src/render/summary.ts), or null when the agreement leaves it out. */
    summary: SummaryView | null;
    /** The document's `x-` fields by name, for custom templates: `{{lookup extensions "x-crm-account"}}`. */
    extensions: Record<string, unknown>;
}
export interface TierView {
    id: string;
    name: string;
    description: string | null;
    /** The services the tier is offered for, or null when it is offered for all. */
    services: string | null;
    isClientTier: boolean;
    criticality: string | null;
    supportHours: string | null;
    reporting: string | null;
    proactiveOptimisation: string | null;
    proactiveDescription: string | null;
    price: string | null;
    targets: {
        severity: string;
        response: string;
        update: string;
        resolution: string;
    }[];
}
export interface ContractViewOptions {
    /** Compare every tier offered, with prices, even where the agreement's `presentation` does not ask for it. */
    allTiers?: boolean;
    /** Build the summary even where `presentation.summary: false` or a policy would leave it out (`--summary-only`). */
    summary?: boolean;
}
/** Builds the template's view of an agreement. */
export declare function buildContractView(agreement: Agreement, options?: ContractViewOptions): ContractView;
