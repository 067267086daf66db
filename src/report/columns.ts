/**
 * Which column of a ticket export holds which field. Help desks name their columns differently (Jira: `Created`,
 * `Priority`; Zendesk: `Created at`, `Priority`), so every field has a list of names it is recognised by, and
 * `--columns field=Header` picks a column by its exact header when the names do not match.
 */

/** The fields `sla report` reads from a ticket export. */
export const TICKET_FIELDS = [
  'id',
  'severity',
  'requestType',
  'opened',
  'firstResponse',
  'firstResponseMinutes',
  'resolved',
  'tier',
  'pauses',
  'effortHours',
  'updates',
  'resolution',
] as const;

export type TicketField = (typeof TICKET_FIELDS)[number];

export const REQUIRED_FIELDS: readonly TicketField[] = ['id', 'severity', 'opened'];

/** Header names each field is found by when `--columns` does not say, compared without case, spaces or punctuation. */
const RECOGNISED_HEADERS: Record<TicketField, readonly string[]> = {
  id: ['id', 'ticket', 'ticket id', 'ticket number', 'key', 'issue key', 'issue id'],
  severity: ['severity', 'priority', 'urgency'],
  // Jira Service Management: the portal's request type ("Custom field (Request Type)") says more than its issue type.
  requestType: ['request type', 'type', 'ticket type', 'custom field (request type)', 'issue type', 'category'],
  // Freshdesk: "Created time"; HubSpot: "Create date".
  opened: ['opened at', 'opened', 'created at', 'created', 'created time', 'create date', 'submitted at', 'reported at'],
  // Freshdesk: "Initial response time" (a time, unlike its "First response time (in hrs)"); HubSpot: "First agent
  // email response date"; Jira Service Management: "Custom field ([CHART] Date of First Response)" (its "Time to first
  // response" is the SLA's time left, not a time of day).
  firstResponse: [
    'first response at', 'first response', 'first responded at', 'first reply at', 'acknowledged at', 'responded at',
    'initial response time', 'first agent email response date', 'custom field ([chart] date of first response)',
    'date of first response', 'first response date', 'custom field (first response date)',
  ],
  // Zendesk exports the wait, not the time: "First reply time in minutes" (calendar minutes).
  firstResponseMinutes: ['first reply time in minutes', 'first response minutes', 'minutes to first response'],
  // Freshdesk: "Resolved time" (before its "Closed time"); HubSpot: "Close date".
  resolved: ['resolved at', 'resolved', 'resolved time', 'solved at', 'closed at', 'resolution date', 'close date', 'closed time'],
  tier: ['tier', 'service tier', 'sla tier'],
  pauses: ['pauses', 'paused', 'waiting on client', 'on hold'],
  effortHours: ['effort hours', 'effort', 'hours', 'time spent hours', 'hours spent'],
  // Not `updated at`: help desks (Zendesk "Updated at") mean the last change to the ticket by it, not a list of updates.
  updates: ['updates', 'update times', 'public updates'],
  // How the ticket was closed: Jira's "Resolution" (Done, Won't Do, Declined, …). Not Freshdesk's "Resolution status",
  // which says whether the help desk's own SLA was kept.
  resolution: ['resolution', 'close reason', 'closed reason', 'closing reason', 'resolution reason', 'resolution code'],
};

/** Short names accepted on the left of `--columns` as well as the field names. */
const FIELD_ALIASES: Record<string, TicketField> = {
  ticket: 'id',
  type: 'requestType',
  'request-type': 'requestType',
  request_type: 'requestType',
  created: 'opened',
  response: 'firstResponse',
  'first-response': 'firstResponse',
  first_response: 'firstResponse',
  effort: 'effortHours',
  hours: 'effortHours',
  'close-reason': 'resolution',
};

function normaliseHeader(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export class ColumnSpecError extends Error {}

/** Resolves a name written on the command line (`opened`, `first-response`, `firstResponse`) to a field. */
export function ticketField(name: string): TicketField | undefined {
  const trimmed = name.trim();
  const exact = TICKET_FIELDS.find((field) => field.toLowerCase() === trimmed.toLowerCase());
  // An own property only: `__proto__`, `constructor` and the like are not field names.
  return exact ?? (Object.hasOwn(FIELD_ALIASES, trimmed.toLowerCase()) ? FIELD_ALIASES[trimmed.toLowerCase()] : undefined);
}

/** Parses `key=value,key=value`; values may be quoted to hold commas (`id="Issue key"`). */
export function parsePairs(spec: string, what: string): [string, string][] {
  const pairs: [string, string][] = [];
  const text = spec.trim();
  const pattern = /\s*([^=,]+?)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^,]*?))\s*(?:,|$)/y;
  while (pattern.lastIndex < text.length) {
    const start = pattern.lastIndex;
    const match = pattern.exec(text);
    if (!match || match[0] === '') {
      throw new ColumnSpecError(`cannot read ${what} \`${text.slice(start)}\`; write pairs like key=value,key=value`);
    }
    pairs.push([match[1]!, match[2] ?? match[3] ?? match[4] ?? '']);
  }
  return pairs;
}

/** `opened=Created,severity=Priority` → { opened: 'Created', severity: 'Priority' }. */
export function parseColumnSpec(spec: string): Partial<Record<TicketField, string>> {
  const mapping: Partial<Record<TicketField, string>> = {};
  for (const [name, header] of parsePairs(spec, 'the column mapping')) {
    const field = ticketField(name);
    if (!field) throw new ColumnSpecError(`unknown field \`${name}\` in --columns; fields are ${TICKET_FIELDS.join(', ')}`);
    if (header === '') throw new ColumnSpecError(`--columns ${name}= names no column`);
    mapping[field] = header;
  }
  return mapping;
}

/** `P1=critical,P2=high` → Map('p1' → 'critical', ...). Keys compare without case. */
export function parseValueMap(spec: string, what: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const [value, meant] of parsePairs(spec, what)) map.set(value.toLowerCase(), meant);
  return map;
}

export interface ColumnResolution {
  /** Index of the column for each field found. */
  indexes: Partial<Record<TicketField, number>>;
  /** Problems that stop the export being read: a named column that is absent, a required field not found. */
  problems: string[];
}

/** Finds each field's column in a header row: the `--columns` mapping first, then the recognised names. */
export function resolveColumns(headers: readonly string[], mapping: Partial<Record<TicketField, string>> = {}): ColumnResolution {
  const indexes: Partial<Record<TicketField, number>> = {};
  const problems: string[] = [];
  const byName = new Map<string, number>();
  headers.forEach((header, index) => {
    const key = normaliseHeader(header);
    if (!byName.has(key)) byName.set(key, index);
  });
  const taken = new Set<number>();
  for (const field of TICKET_FIELDS) {
    const named = mapping[field];
    if (named === undefined) continue;
    const index = headers.indexOf(named);
    const found = index >= 0 ? index : byName.get(normaliseHeader(named));
    if (found === undefined) problems.push(`--columns ${field}=${named}: the export has no column \`${named}\` (columns: ${headers.join(', ')})`);
    else {
      indexes[field] = found;
      taken.add(found);
    }
  }
  for (const field of TICKET_FIELDS) {
    if (mapping[field] !== undefined) continue;
    for (const name of RECOGNISED_HEADERS[field]) {
      const index = byName.get(normaliseHeader(name));
      if (index !== undefined && !taken.has(index)) {
        indexes[field] = index;
        taken.add(index);
        break;
      }
    }
  }
  for (const field of REQUIRED_FIELDS) {
    if (indexes[field] === undefined && mapping[field] === undefined) {
      problems.push(`the export has no ${field} column (looked for ${RECOGNISED_HEADERS[field].map((n) => `\`${n}\``).join(', ')}); name it with --columns ${field}=<header>`);
    }
  }
  return { indexes, problems };
}
