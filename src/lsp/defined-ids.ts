/**
 * The ids an agreement defines, by kind, for completion where a field refers to one (`calendar: ...`,
 * `severities: [...]`, the keys of a tier's `targets`). Read from whatever part of the document could be parsed.
 */
import type { ReferenceKind } from './schema-lookup.js';

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Where each kind of id is defined: a list of mappings with `id` (and a `name` to show beside it). */
const DEFINED_IN: Record<ReferenceKind, (data: Obj) => unknown> = {
  calendar: (data) => data.calendars,
  severity: (data) => data.severityLevels,
  tier: (data) => data.tiers,
  service: (data) => data.services,
  metric: (data) => (isObject(data.monitoring) ? data.monitoring.metrics : undefined),
};

/** The ids of one kind the document defines, in document order, with their names when given. */
export function definedIds(data: unknown, kind: ReferenceKind): { id: string; name?: string }[] {
  if (!isObject(data)) return [];
  const list = DEFINED_IN[kind](data);
  if (!Array.isArray(list)) return [];
  const seen = new Set<string>();
  const ids: { id: string; name?: string }[] = [];
  for (const item of list) {
    if (!isObject(item) || typeof item.id !== 'string' || seen.has(item.id)) continue;
    seen.add(item.id);
    ids.push(typeof item.name === 'string' ? { id: item.id, name: item.name } : { id: item.id });
  }
  return ids;
}
