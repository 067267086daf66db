/**
 * The ids an agreement defines, by kind, for completion where a field refers to one (`calendar: ...`,
 * `severities: [...]`, the keys of a tier's `targets`). Read from whatever part of the document could be parsed.
 */
import type { ReferenceKind } from './schema-lookup.js';
/** The ids of one kind the document defines, in document order, with their names when given. */
export declare function definedIds(data: unknown, kind: ReferenceKind): {
    id: string;
    name?: string;
}[];
