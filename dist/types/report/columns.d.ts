/**
 * Which column of a ticket export holds which field. Help desks name their columns differently (Jira: `Created`,
 * `Priority`; Zendesk: `Created at`, `Priority`), so every field has a list of names it is recognised by, and
 * `--columns field=Header` picks a column by its exact header when the names do not match.
 */
/** The fields `sla report` reads from a ticket export. */
export declare const TICKET_FIELDS: readonly ['id', 'severity', 'requestType', 'opened', 'firstResponse', 'firstResponseMinutes', 'resolved', 'tier', 'pauses', 'effortHours', 'updates', 'resolution'];
export type TicketField = (typeof TICKET_FIELDS)[number];
export declare const REQUIRED_FIELDS: readonly TicketField[];
export declare class ColumnSpecError extends Error {
}
/** Resolves a name written on the command line (`opened`, `first-response`, `firstResponse`) to a field. */
export declare function ticketField(name: string): TicketField | undefined;
/** Parses `key=value,key=value`; values may be quoted to hold commas (`id="Issue key"`). */
export declare function parsePairs(spec: string, what: string): [string, string][];
/** `opened=Created,severity=Priority` → { opened: 'Created', severity: 'Priority' }. */
export declare function parseColumnSpec(spec: string): Partial<Record<TicketField, string>>;
/** `P1=critical,P2=high` → Map('p1' → 'critical', ...). Keys compare without case. */
export declare function parseValueMap(spec: string, what: string): Map<string, string>;
export interface ColumnResolution {
    /** Index of the column for each field found. */
    indexes: Partial<Record<TicketField, number>>;
    /** Problems that stop the export being read: a named column that is absent, a required field not found. */
    problems: string[];
}
/** Finds each field's column in a header row: the `--columns` mapping first, then the recognised names. */
export declare function resolveColumns(headers: readonly string[], mapping?: Partial<Record<TicketField, string>>): ColumnResolution;
