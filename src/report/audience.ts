import { translator } from '../i18n/catalog.js';
import type { BadRow, BadRowReason } from './read-tickets.js';
import type { ServiceReport } from './build-report.js';

/**
 * Who a written report is for. `client`: the report the client receives — no command lines, no internal advice,
 * unreadable rows as one count, calendars, severities, tiers and request types by their names. `internal`:
 * everything, with how to fix the rows of the export that could not be read. The report data is the same for both.
 */
export type ReportAudience = 'client' | 'internal';

export const REPORT_AUDIENCES: readonly ReportAudience[] = ['client', 'internal'];

/** The audience option checked: a wrong value is a TypeError that names the allowed values. */
export function reportAudience(value: unknown, fallback: ReportAudience = 'internal'): ReportAudience {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (REPORT_AUDIENCES as readonly string[]).includes(value)) return value as ReportAudience;
  const shown = typeof value === 'string' ? `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'` : String(value === null ? 'null' : typeof value);
  throw new TypeError(`audience must be one of ${REPORT_AUDIENCES.map((a) => `'${a}'`).join(', ')}, not ${shown}`);
}

/**
 * What the report data does not hold and a client report names: the calendars' and tiers' names, and the
 * change-order threshold. An `Agreement` fits as it is.
 */
export interface ReportNames {
  calendars?: readonly { id: string; name: string }[];
  tiers?: readonly { id: string; name: string }[];
  changeOrders?: { thresholdHours?: number } | undefined;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Names the calendars in a target text: `2h on berlin-business (commitment)` → `2h on Berlin business hours
 * (commitment)`, `outside office hours:` → `outside Office hours:`. Without the calendars' names the text stays.
 */
export function calendarNamer(names: ReportNames | undefined): (targetText: string) => string {
  const calendars = [...(names?.calendars ?? [])].filter((c) => c.name && c.name !== c.id).sort((a, b) => b.id.length - a.id.length);
  if (calendars.length === 0) return (targetText) => targetText;
  const byId = new Map(calendars.map((c) => [c.id, c.name]));
  const ids = calendars.map((c) => escapeRegExp(c.id)).join('|');
  const on = new RegExp(`(^|[\\s(])on (${ids})(?=$|[\\s;,)])`, 'g');
  const outside = new RegExp(`\\boutside (${ids}) hours\\b`, 'g');
  return (targetText) => targetText
    .replace(outside, (_, id: string) => `outside ${byId.get(id)}`)
    .replace(on, (_, before: string, id: string) => `${before}on ${byId.get(id)}`);
}

/** A client's sentence for a warning about what due times could not take into account, or null for none. */
export function clientWarning(warning: string, calendarName: (id: string) => string, locale = 'en-GB'): string | null {
  const t = (key: string, args: Record<string, string>) => translator(locale).t(key, args);
  const holidays = /^calendar `([^`]+)` closes on the holidays of (the provider's location|the client's location)/.exec(warning);
  if (holidays) return t('report.warning.holidays', { calendar: calendarName(holidays[1]!), whose: holidays[2]!.startsWith('the provider') ? 'provider' : 'client' });
  const files = /^calendar `([^`]+)` names holiday files/.exec(warning);
  if (files) return t('report.warning.holidayFiles', { calendar: calendarName(files[1]!) });
  const zoneless = /^calendar `([^`]+)` is 24x7 but gives no time zone/.exec(warning);
  if (zoneless) return t('report.warning.zoneless', { calendar: calendarName(zoneless[1]!) });
  // A warning of a kind not known here names agreement fields and how to fix them: internal.
  return null;
}

/** `row 34`, `rows 34, 47 and 50`, `rows 34, 47, 50 and 4 more`. */
function rowList(rows: readonly number[], max = 6): string {
  if (rows.length === 1) return `row ${rows[0]}`;
  if (rows.length <= max) return `rows ${rows.slice(0, -1).join(', ')} and ${rows[rows.length - 1]}`;
  return `rows ${rows.slice(0, max).join(', ')} and ${rows.length - max} more`;
}

/** A value from a bad row's message that can go into an example command line as it is. */
const plainValue = (value: string) => value.length <= 40 && !/[`'"\\,=…\s]/.test(value) && !/^\s*$/.test(value);

const quoted = (values: readonly string[], of: RegExp) => [...new Set(values.flatMap((v) => {
  const found = of.exec(v);
  return found ? [found[1]!] : [];
}))];

const headline: Record<BadRowReason, string> = {
  'unknown-severity': 'Unknown severity',
  'unknown-request-type': 'Unknown request type',
  'unknown-tier': 'Unknown tier',
  'unparseable-time': 'Unreadable time',
  'missing-value': 'Missing ticket id or opening time',
  'response-before-opening': 'First response before opening',
  'resolved-before-opening': 'Resolved before opening',
  'bad-pause': 'Unreadable pause',
  'bad-effort': 'Unreadable effort',
  'wrong-field-count': 'Wrong number of fields',
  'duplicate-ticket': 'Ticket id repeated',
};

/**
 * For the internal report: how to fix the rows of the export that could not be used, one line per reason, with the
 * option, the column and example values. Returned as Markdown list items (values in code spans).
 */
export function badRowFixes(report: ServiceReport, names?: ReportNames): string[] {
  const byReason = new Map<BadRowReason, BadRow[]>();
  for (const bad of report.badRows) byReason.set(bad.reason, [...(byReason.get(bad.reason) ?? []), bad]);
  const code = (text: string) => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);
  const lines: string[] = [];
  for (const [reason, rows] of byReason) {
    const messages = rows.map((r) => r.message);
    const where = `**${headline[reason]}** (${rowList(rows.map((r) => r.row))}): `;
    const columns = quoted(messages, /\bin `([^`]+)`/).filter((c) => c.length <= 60 && !c.includes('…'));
    const column = columns.length > 0 ? ` (column ${columns.map((c) => code(c)).join(', ')})` : '';
    lines.push(`- ${where}${fix(reason, messages, column)}`);
  }
  return lines;

  function valueMap(flag: string, messages: string[], pattern: RegExp, ids: readonly string[], what: string, byNumber?: (n: number) => string | undefined): string {
    const values = quoted(messages, pattern).filter(plainValue).slice(0, 3);
    const suggested = (value: string) => {
      const message = messages.find((m) => m.includes(`\`${value}\``));
      const meant = message && /did you mean `([^`]+)`\?/.exec(message)?.[1];
      if (meant && ids.includes(meant)) return meant;
      // `P1`, `Sev 2`, `3`: most exports number severities the way the agreement's levels are numbered.
      const numbered = /(\d+)$/.exec(value);
      return (numbered && byNumber?.(Number(numbered[1]))) ?? ids[0] ?? `<${what} id>`;
    };
    const example = values.length > 0 ? values.map((v) => `${v}=${suggested(v)}`).join(',') : `Urgent=${ids[0] ?? `<${what} id>`}`;
    const known = ids.length > 0 ? ` (the agreement's ${what} ids: ${ids.map((id) => code(id)).join(', ')})` : '';
    return `map the export's values to ${what} ids with ${code(`${flag} ${example}`)}, choosing the id each value means${known}; or correct the value in the export.`;
  }

  function fix(reason: BadRowReason, messages: string[], column: string): string {
    switch (reason) {
      case 'unknown-severity': {
        const empty = messages.some((m) => m.startsWith('no severity'));
        const map = valueMap('--severity-map', messages, /^unknown severity `([^`]+)`/, report.severities.map((s) => s.id), 'severity', (n) => report.severities.find((s) => s.level === n)?.id);
        return empty && !messages.some((m) => m.startsWith('unknown severity'))
          ? `give each row a severity${column}, or name the column that holds it with ${code('--columns severity=<header>')}.`
          : `${map}${empty ? ` Rows without a severity need one${column}.` : ''}`;
      }
      case 'unknown-request-type':
        return valueMap('--type-map', messages, /^unknown request type `([^`]+)`/, report.requestTypes.flatMap((t) => (t.id === null ? [] : [t.id])), 'request type');
      case 'unknown-tier': {
        const tiers = (names?.tiers ?? []).map((t) => code(t.id));
        return `correct the tier in the export${tiers.length > 0 ? ` to one of ${tiers.join(', ')}` : ''}, or leave it empty so that ${code('--tier')} (default: the agreement's tier, ${code(report.agreement.tier)}) applies.`;
      }
      case 'unparseable-time':
        return `a time${column} cannot be read. Give the export's time format in luxon tokens with ${code('--time-format')}, e.g. ${code("--time-format 'dd/MM/yyyy HH:mm'")} for ${code('31/03/2027 14:00')} or ${code("--time-format 'dd/MMM/yy h:mm a'")} for Jira, or export ISO 8601 times (${code('2027-03-03T10:15+01:00')}). A time that is itself wrong (hour 25, the year 9999) has to be corrected in the export.`;
      case 'missing-value':
        return `fill in the ticket id and the opening time${column}, or name the columns that hold them with ${code('--columns id=<header>,opened=<header>')}.`;
      case 'response-before-opening':
        return `correct the first response or the opening time in the export; if the wrong column was read as the first response, name the right one with ${code('--columns response=<header>')}.`;
      case 'resolved-before-opening':
        return `correct the resolution or the opening time in the export; if the wrong column was read as the resolution, name the right one with ${code('--columns resolved=<header>')}.`;
      case 'bad-pause':
        return `write pauses as ${code('start/end')}, several separated by ${code(';')}, e.g. ${code('2027-03-10T10:30/2027-03-10T13:45')}; times in another format need ${code('--time-format')}.`;
      case 'bad-effort':
        return `write the effort as a number of hours (${code('1.5')} or ${code('1,5')}), or name the column that holds it with ${code('--columns effort=<header>')}.`;
      case 'wrong-field-count':
        return `the row has more or fewer fields than the header: quote fields that hold the separator (${code('"Smith, Jones"')}) or line breaks, and export again.`;
      case 'duplicate-ticket':
        return 'the first row with the id is counted; remove the later row or give it its own id.';
    }
  }
}
