/**
 * Contract wording for the agreement's enumerated values, from the message catalogs (`locales/<language>/labels.json`):
 * one key per value, `labels.<table>.<value in camelCase>` (`labels.dependencyKind.modelProvider`). Kept in one place
 * so templates and docs agree. Labels that name the client take `policy` and say "Customer" in a published policy.
 */
import type { Firmness, NamedDeadline, TargetGap } from '../model/agreement.js';
/** The catalog group of each table of enumerated values: its keys start with this. */
export declare const LABEL_GROUPS: {
    readonly status: 'labels.status.';
    readonly environment: 'labels.environment.';
    readonly dependencyKind: 'labels.dependencyKind.';
    readonly ownedBy: 'labels.ownedBy.';
    readonly included: 'labels.included.';
    readonly excluded: 'labels.excluded.';
    readonly requestCategory: 'labels.requestCategory.';
    readonly responsibility: 'labels.responsibility.';
    readonly metricCategory: 'labels.metricCategory.';
    readonly reviewTopic: 'labels.reviewTopic.';
    readonly channelType: 'labels.channelType.';
    readonly role: 'labels.role.';
    readonly criticality: 'labels.criticality.';
    readonly frequency: 'labels.frequency.';
    readonly party: 'labels.party.';
    readonly fee: 'labels.fee.';
    readonly holidaySet: 'labels.holidaySet.';
    readonly holidaysOf: 'labels.holidaysOf.';
    /** How firm a target is, as a table cell says it: `4 business hours (objective)`. */
    readonly firmness: 'labels.firmness.';
    /** One sentence for a table whose targets of a kind all say the same firmness. */
    readonly responseFirmness: 'labels.responseFirmness.';
    readonly updateFirmness: 'labels.updateFirmness.';
    readonly resolutionFirmness: 'labels.resolutionFirmness.';
    readonly availabilityFirmness: 'labels.availabilityFirmness.';
    readonly gap: 'labels.gap.';
    readonly deadline: 'labels.deadline.';
    readonly assignedBy: 'labels.assignedBy.';
};
export type LabelTable = keyof typeof LABEL_GROUPS;
export type LabelSet = Readonly<Record<LabelTable, Readonly<Record<string, string>>>>;
/** The catalog key of an enumerated value: `model-provider` → `modelProvider`. */
export declare function labelKey(table: LabelTable, value: string): string;
/**
 * Every label in a locale, table by table (`labels('de-DE').channelType.email`), for an agreement (`policy`
 * false) or a published policy, which calls the client the Customer.
 */
export declare function labels(locale: string, { policy }?: {
    policy?: boolean;
}): LabelSet;
/** The English labels of an agreement, for lint, diff and init, which write English. */
export declare const LABELS: LabelSet;
export declare const FIRMNESS_WORDS: Readonly<Record<Firmness, string>>;
export declare const GAP_WORDS: Readonly<Record<TargetGap, string>>;
export declare const NAMED_DEADLINES: Readonly<Record<NamedDeadline, string>>;
/** A value's label from a table, the value itself when the table does not know it, or null for no value. */
export declare function label(table: Readonly<Record<string, string>>, key: string | undefined): string | null;
