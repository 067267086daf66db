import { translator, type Translator } from '../i18n/catalog.js';
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
export function clientWarning(warning: string, calendarName: (id: string) => string, locale = 'en-GB', policy = false): string | null {
  const t = (key: string, args: Record<string, string>) => translator(locale).t(key, args);
  const holidays = /^calendar `([^`]+)` closes on the holidays of (the provider's location|the client's location)/.exec(warning);
  if (holidays) return t('report.warning.holidays', { calendar: calendarName(holidays[1]!), whose: holidays[2]!.startsWith('the provider') ? 'provider' : 'client', policy: policy ? 'yes' : 'no' });
  const files = /^calendar `([^`]+)` names holiday files/.exec(warning);
  if (files) return t('report.warning.holidayFiles', { calendar: calendarName(files[1]!) });
  const zoneless = /^calendar `([^`]+)` is 24x7 but gives no time zone/.exec(warning);
  if (zoneless) return t('report.warning.zoneless', { calendar: calendarName(zoneless[1]!) });
  // A warning of a kind not known here names agreement fields and how to fix them: internal.
  return null;
}

/** `row 34`, `rows 34, 47 and 50`, `rows 34, 47, 50 and 4 more` (in the report's language). */
function rowList(rows: readonly number[], tr: Translator, max = 6): string {
  if (rows.length > max) return tr.t('report.badRow.rowsMore', { list: rows.slice(0, max).join(', '), more: rows.length - max });
  return tr.t('report.badRow.rows', { count: rows.length, list: (rows.length === 1 ? rows : rows.slice(0, -1)).join(', '), last: rows[rows.length - 1] });
}

/** A value from a bad row's message that can go into an example command line as it is. */
const plainValue = (value: string) => value.length <= 40 && !/[`'"\\,=…\s]/.test(value) && !/^\s*$/.test(value);

const quoted = (values: readonly string[], of: RegExp) => [...new Set(values.flatMap((v) => {
  const found = of.exec(v);
  return found ? [found[1]!] : [];
}))];

/** A bad row's reason as the catalog's select names it: `unknown-severity` → `unknownSeverity`. */
const reasonKey = (reason: BadRowReason) => reason.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/**
 * For the internal report: how to fix the rows of the export that could not be used, one line per reason, with the
 * option, the column and example values. Returned as Markdown list items (values in code spans).
 */
export function badRowFixes(report: ServiceReport, names?: ReportNames, locale = 'en-GB'): string[] {
  const tr = translator(locale);
  const byReason = new Map<BadRowReason, BadRow[]>();
  for (const bad of report.badRows) byReason.set(bad.reason, [...(byReason.get(bad.reason) ?? []), bad]);
  const code = (text: string) => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);
  const lines: string[] = [];
  for (const [reason, rows] of byReason) {
    const messages = rows.map((r) => r.message);
    const columns = quoted(messages, /\bin `([^`]+)`/).filter((c) => c.length <= 60 && !c.includes('…'));
    const column = columns.length > 0 ? tr.t('report.badRow.column', { columns: columns.map((c) => code(c)).join(', ') }) : 'none';
    lines.push(`- ${tr.t('report.badRow.line', { reason: reasonKey(reason), rows: rowList(rows.map((r) => r.row), tr), fix: fix(reason, messages, column) })}`);
  }
  return lines;

  function valueMap(flag: string, messages: string[], pattern: RegExp, ids: readonly string[], what: 'severity' | 'request type', byNumber?: (n: number) => string | undefined): string {
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
    return tr.t('report.badRow.fix.valueMap', { what: what === 'severity' ? 'severity' : 'requestType', command: code(`${flag} ${example}`), known: ids.length > 0 ? ids.map((id) => code(id)).join(', ') : 'none' });
  }

  function fix(reason: BadRowReason, messages: string[], column: string): string {
    switch (reason) {
      case 'unknown-severity': {
        const empty = messages.some((m) => m.startsWith('no severity'));
        const map = valueMap('--severity-map', messages, /^unknown severity `([^`]+)`/, report.severities.map((s) => s.id), 'severity', (n) => report.severities.find((s) => s.level === n)?.id);
        if (empty && !messages.some((m) => m.startsWith('unknown severity'))) return tr.t('report.badRow.fix.severityEmpty', { column, command: code('--columns severity=<header>') });
        return empty ? tr.t('report.badRow.fix.severityAlsoEmpty', { map, column }) : map;
      }
      case 'unknown-request-type':
        return valueMap('--type-map', messages, /^unknown request type `([^`]+)`/, report.requestTypes.flatMap((t) => (t.id === null ? [] : [t.id])), 'request type');
      case 'unknown-tier': {
        const tiers = (names?.tiers ?? []).map((t) => code(t.id));
        return tr.t('report.badRow.fix.tier', { tiers: tiers.length > 0 ? tiers.join(', ') : 'none', flag: code('--tier'), tier: code(report.agreement.tier) });
      }
      case 'unparseable-time':
        return tr.t('report.badRow.fix.time', {
          column, flag: code('--time-format'), example: code("--time-format 'dd/MM/yyyy HH:mm'"), sample: code('31/03/2027 14:00'),
          jiraExample: code("--time-format 'dd/MMM/yy h:mm a'"), iso: code('2027-03-03T10:15+01:00'),
        });
      case 'missing-value':
        return tr.t('report.badRow.fix.missing', { column, command: code('--columns id=<header>,opened=<header>') });
      case 'response-before-opening':
        return tr.t('report.badRow.fix.responseBeforeOpening', { command: code('--columns response=<header>') });
      case 'resolved-before-opening':
        return tr.t('report.badRow.fix.resolvedBeforeOpening', { command: code('--columns resolved=<header>') });
      case 'bad-pause':
        return tr.t('report.badRow.fix.pause', { format: code('start/end'), separator: code(';'), example: code('2027-03-10T10:30/2027-03-10T13:45'), flag: code('--time-format') });
      case 'bad-effort':
        return tr.t('report.badRow.fix.effort', { point: code('1.5'), comma: code('1,5'), command: code('--columns effort=<header>') });
      case 'wrong-field-count':
        return tr.t('report.badRow.fix.fieldCount', { example: code('"Smith, Jones"') });
      case 'duplicate-ticket':
        return tr.t('report.badRow.fix.duplicate');
    }
  }
}
