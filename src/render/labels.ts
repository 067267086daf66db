/**
 * Contract wording for the agreement's enumerated values, from the message catalogs (`locales/<language>/labels.json`):
 * one key per value, `labels.<table>.<value in camelCase>` (`labels.dependencyKind.modelProvider`). Kept in one place
 * so templates and docs agree. Labels that name the client take `policy` and say "Customer" in a published policy.
 */
import type { Firmness, NamedDeadline, TargetGap } from '../model/agreement.js';
import { shippedCatalog, SOURCE_LANGUAGE, translator } from '../i18n/catalog.js';

/** The catalog group of each table of enumerated values: its keys start with this. */
export const LABEL_GROUPS = {
  status: 'labels.status.', environment: 'labels.environment.', dependencyKind: 'labels.dependencyKind.', ownedBy: 'labels.ownedBy.',
  included: 'labels.included.', excluded: 'labels.excluded.', requestCategory: 'labels.requestCategory.', responsibility: 'labels.responsibility.',
  metricCategory: 'labels.metricCategory.', reviewTopic: 'labels.reviewTopic.', channelType: 'labels.channelType.', role: 'labels.role.',
  criticality: 'labels.criticality.', frequency: 'labels.frequency.', party: 'labels.party.', fee: 'labels.fee.', holidaySet: 'labels.holidaySet.',
  holidaysOf: 'labels.holidaysOf.',
  /** How firm a target is, as a table cell says it: `4 business hours (objective)`. */
  firmness: 'labels.firmness.',
  /** One sentence for a table whose targets of a kind all say the same firmness. */
  responseFirmness: 'labels.responseFirmness.', updateFirmness: 'labels.updateFirmness.', resolutionFirmness: 'labels.resolutionFirmness.',
  availabilityFirmness: 'labels.availabilityFirmness.',
  gap: 'labels.gap.', deadline: 'labels.deadline.', assignedBy: 'labels.assignedBy.',
} as const;

export type LabelTable = keyof typeof LABEL_GROUPS;
export type LabelSet = Readonly<Record<LabelTable, Readonly<Record<string, string>>>>;

/** The catalog key of an enumerated value: `model-provider` → `modelProvider`. */
export function labelKey(table: LabelTable, value: string): string {
  return `${LABEL_GROUPS[table]}${value.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())}`;
}

/** The schema's values of each table, as the source catalog lists them: `modelProvider` → `model-provider`. */
function tableValues(table: LabelTable): string[] {
  const prefix = LABEL_GROUPS[table];
  return Object.keys(shippedCatalog(SOURCE_LANGUAGE)).filter((key) => key.startsWith(prefix))
    .map((key) => key.slice(prefix.length).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
}

const sets = new Map<string, LabelSet>();

/**
 * Every label in a locale, table by table (`labels('de-DE').channelType.email`), for an agreement (`policy`
 * false) or a published policy, which calls the client the Customer.
 */
export function labels(locale: string, { policy = false }: { policy?: boolean } = {}): LabelSet {
  const cacheKey = `${locale}\0${policy}`;
  let set = sets.get(cacheKey);
  if (!set) {
    const t = translator(locale);
    const args = { policy: policy ? 'yes' : 'no' };
    set = Object.fromEntries((Object.keys(LABEL_GROUPS) as LabelTable[]).map((table) => [
      table, Object.fromEntries(tableValues(table).map((value) => [value, t.t(labelKey(table, value), args)])),
    ])) as unknown as LabelSet;
    if (sets.size < 50) sets.set(cacheKey, set);
  }
  return set;
}

/** The English labels of an agreement, for lint, diff and init, which write English. */
export const LABELS: LabelSet = labels('en-GB');

export const FIRMNESS_WORDS: Readonly<Record<Firmness, string>> = LABELS.firmness as Record<Firmness, string>;
export const GAP_WORDS: Readonly<Record<TargetGap, string>> = LABELS.gap as Record<TargetGap, string>;
export const NAMED_DEADLINES: Readonly<Record<NamedDeadline, string>> = LABELS.deadline as Record<NamedDeadline, string>;

/** A value's label from a table, the value itself when the table does not know it, or null for no value. */
export function label(table: Readonly<Record<string, string>>, key: string | undefined): string | null {
  if (key === undefined) return null;
  return table[key] ?? key;
}
