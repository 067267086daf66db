/**
 * Tokens a reader must see whole: an e-mail address, a URL, a phone number, a time-zone name, an amount of money,
 * a duration ("2 business hours"), a clock time or a date. The line breaker never breaks inside one, except that
 * a URL or e-mail address longer than the whole line may break at its own seams (after `/`, before `.` or `@`,
 * with no hyphen added), which is how typesetters treat them.
 *
 * The patterns run once over each run of text; they have no nested quantifiers, so their cost is linear in the
 * length of the text.
 */

export type KeepKind = 'url' | 'email' | 'phone' | 'timezone' | 'money' | 'duration' | 'time' | 'date' | 'percent';

export interface KeptSpan {
  readonly start: number;
  readonly end: number;
  readonly kind: KeepKind;
}

/** The month names of the languages sla writes (docs/i18n.md), as Intl writes them, longest first. */
const MONTHS = [...new Set(['en', 'de', 'fr', 'nl', 'es'].flatMap((language) => {
  const format = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, month) => format.format(Date.UTC(2024, month, 1)));
}))].sort((a, b) => b.length - a.length).join('|');
const CURRENCY_CODES = 'EUR|USD|GBP|CHF|JPY|AUD|CAD|NZD|SEK|NOK|DKK|PLN|CZK|INR|SGD|HKD|ZAR|BRL|MXN';
const AREAS = 'Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc';
// Units of time in English, German, French, Dutch and Spanish (and a few of size), the plural forms included.
const UNITS = [
  'minutes?|hours?|days?|weeks?|months?|years?|min|h|ms|seconds?|MB|GB|KB|TB|pt|mm|cm',
  'Minuten?|Stunden?|Tage?n?|Wochen?|Monate?n?|Jahre?n?|Gesch\u00e4fts(?:minuten?|stunden?|tage?n?)|Arbeitstage?n?|Werktage?n?',
  'heures?|jours?|semaines?|mois|ans|ann\u00e9es?',
  'minuut|uur|uren|dagen|dag|weken|week|maanden|maand|jaren|jaar|werkdagen|werkdag|werkuren|werkuur|werkminuten|werkminuut',
  'minutos?|horas?|d\u00edas?|semanas?|meses|mes|a\u00f1os?',
].join('|');
// A qualifier that follows the unit: "3 heures ouvrées", "2 días hábiles".
const UNIT_AFTER = String.raw`(?:[ \u00a0](?:ouvr\u00e9(?:es|e|s)?|ouvrables?|h\u00e1bil(?:es)?|laborables?))?`;
const NUMBER = String.raw`\d[\d,.\u00a0\u202f]*\d|\d`;
const CLOCK = String.raw`\d{1,2}:\d{2}(?:[ \u00a0\u202f]?[AaPp]\.?[Mm]\.?)?`;

// Order matters where patterns overlap: the first alternative that matches at a position wins.
const PATTERNS: readonly [KeepKind, string][] = [
  ['url', String.raw`(?:https?:\/\/|mailto:|www\.)[^\s<>"]*[^\s<>".,;:!?)'\u2019\u201d\]]`],
  ['email', String.raw`[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}`],
  ['phone', String.raw`\+\d{1,3}(?:[ \u00a0\-.]?\(?\d{1,5}\)?){2,6}`],
  // An IANA name, or a zone's winter/summer abbreviations as the contract writes them (`CET/CEST`, `EST/EDT`).
  ['timezone', String.raw`\b(?:${AREAS})\/[A-Za-z_\-]+(?:\/[A-Za-z_\-]+)?|\b[A-Z]{2,5}\/[A-Z]{2,5}\b`],
  ['money', String.raw`[\u20ac$\u00a3\u00a5\u20b9](?:[ \u00a0]?)(?:${NUMBER})|\b(?:${CURRENCY_CODES})[ \u00a0](?:${NUMBER})|(?:${NUMBER})[ \u00a0\u202f]?(?:\u20ac|\u00a3|\b(?:${CURRENCY_CODES})\b)`],
  ['time', String.raw`${CLOCK}(?:[\u2013\-]${CLOCK})?`],
  ['duration', String.raw`\b(?:${NUMBER})(?:[ \u00a0](?:business|working|calendar|clock))?[ \u00a0](?:${UNITS})(?![\p{L}])${UNIT_AFTER}`],
  ['percent', String.raw`(?:${NUMBER})[ \u00a0\u202f]%`],
  // 1 March 2027, 1. März 2027, 1 de marzo de 2027, March 1, 2027.
  ['date', String.raw`\b\d{1,2}\.?[ \u00a0](?:de[ \u00a0])?(?:${MONTHS})(?![\p{L}])(?:[ \u00a0](?:de[ \u00a0])?\d{4}\b)?|\b(?:${MONTHS})[ \u00a0]\d{1,2}\b(?:,[ \u00a0]\d{4}\b)?`],
];

const COMBINED = new RegExp(PATTERNS.map(([, source]) => `(${source})`).join('|'), 'gu');

/** The spans of `text` to keep on one line, in order and not overlapping. */
export function keptSpans(text: string): KeptSpan[] {
  const spans: KeptSpan[] = [];
  // A quick test first: most text has none of the characters every pattern needs (a digit, @, / or a currency sign).
  if (!/[\d@/€$£¥₹]/.test(text)) return spans;
  for (const match of text.matchAll(COMBINED)) {
    const group = match.slice(1).findIndex((value) => value !== undefined);
    const kind = PATTERNS[group]?.[0];
    if (!kind || match[0].length === 0) continue;
    spans.push({ start: match.index, end: match.index + match[0].length, kind });
  }
  return spans;
}

/**
 * Where a kept token longer than a whole line may still break, as offsets into it: after each `/` of a URL
 * (not within the `//` of its scheme), before each `.` of an e-mail domain and before its `@`. Other kinds never
 * break (a phone number or an amount that does not fit a line is cut like any over-long word).
 */
export function seams(token: string, kind: KeepKind): number[] {
  const offsets: number[] = [];
  if (kind === 'url') {
    const schemeEnd = token.indexOf('//') >= 0 ? token.indexOf('//') + 2 : 0;
    // After the scheme's `//` too: `https://` then the host on the next line, as after any other slash.
    if (schemeEnd > 0 && schemeEnd < token.length - 1) offsets.push(schemeEnd);
    for (let index = schemeEnd; index < token.length - 1; index += 1) if (token[index] === '/') offsets.push(index + 1);
  } else if (kind === 'email') {
    const at = token.indexOf('@');
    if (at > 0) offsets.push(at);
    for (let index = at + 1; index < token.length; index += 1) if (token[index] === '.') offsets.push(index);
  }
  return offsets;
}
