import { createRequire as __slaCreateRequire } from 'node:module'; const require = __slaCreateRequire(import.meta.url);
import {
  DURATION_EXAMPLES,
  DateTime,
  IANAZone,
  Interval,
  LineIndex,
  TIMEZONE_KEYWORDS,
  UNSTATED,
  Zone,
  checkTimezone,
  joinPointer,
  minutesInWords,
  parseDuration,
  sla_schema_default
} from "./chunk-PNZADFCX.js";

// src/schema.ts
var agreementSchema = sla_schema_default;
var SCHEMA_ID = sla_schema_default.$id;

// src/lint/text-fields.ts
var TEXT_REF = "#/$defs/text";
var NAME_REF = "#/$defs/name";
var ANY = "*";
function isSchema(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function resolveRef(root, ref) {
  if (!ref.startsWith("#/")) return void 0;
  let node = root;
  for (const segment of ref.slice(2).split("/")) node = isSchema(node) ? node[segment.replace(/~1/g, "/").replace(/~0/g, "~")] : void 0;
  return isSchema(node) ? node : void 0;
}
function textFieldTrie(root, ref = TEXT_REF) {
  const trie = { text: false, children: /* @__PURE__ */ new Map() };
  const visit = (schema, node, refs) => {
    const target = schema.$ref;
    if (typeof target === "string") {
      if (target === ref) node.text = true;
      else if (!refs.has(target)) {
        const resolved = resolveRef(root, target);
        if (resolved) visit(resolved, node, /* @__PURE__ */ new Set([...refs, target]));
      }
    }
    const child = (segment) => {
      let next = node.children.get(segment);
      if (!next) node.children.set(segment, next = { text: false, children: /* @__PURE__ */ new Map() });
      return next;
    };
    if (isSchema(schema.properties)) {
      for (const [name, sub] of Object.entries(schema.properties)) if (isSchema(sub)) visit(sub, child(name), refs);
    }
    if (isSchema(schema.additionalProperties)) visit(schema.additionalProperties, child(ANY), refs);
    if (isSchema(schema.patternProperties)) {
      for (const sub of Object.values(schema.patternProperties)) if (isSchema(sub)) visit(sub, child(ANY), refs);
    }
    if (isSchema(schema.items)) visit(schema.items, child(ANY), refs);
    for (const keyword of ["then", "else"]) if (isSchema(schema[keyword])) visit(schema[keyword], node, refs);
    for (const keyword of ["allOf", "anyOf", "oneOf"]) {
      const list = schema[keyword];
      if (Array.isArray(list)) {
        for (const sub of list) if (isSchema(sub)) visit(sub, node, refs);
      }
    }
  };
  visit(root, trie, /* @__PURE__ */ new Set());
  return trie;
}
var agreementTrie;
function textTrie() {
  return agreementTrie ??= textFieldTrie(agreementSchema);
}
var agreementNameTrie;
function nameTrie() {
  return agreementNameTrie ??= textFieldTrie(agreementSchema, NAME_REF);
}
var SIMPLE_ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "	",
  "	": "	",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1B",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029"
};
function decodeEscape(raw, at) {
  const kind = raw[at + 1];
  if (kind === void 0) return void 0;
  if (kind in SIMPLE_ESCAPES) return { text: SIMPLE_ESCAPES[kind], length: 2 };
  const digits = kind === "x" ? 2 : kind === "u" ? 4 : kind === "U" ? 8 : 0;
  if (digits === 0) return void 0;
  const hex = raw.slice(at + 2, at + 2 + digits);
  if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) return void 0;
  const code = Number.parseInt(hex, 16);
  if (code > 1114111) return void 0;
  return { text: String.fromCodePoint(code), length: 2 + digits };
}
function alignScalar(text, raw) {
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  let j = 0;
  let end = raw.length;
  const first = raw[0];
  const quote = first === '"' || first === "'" ? first : void 0;
  if (quote) {
    j = 1;
    if (raw.endsWith(quote) && raw.length > 1) end = raw.length - 1;
  } else if (first === "|" || first === ">") {
    const newline = raw.indexOf("\n");
    if (newline < 0) return text === "" ? { starts, ends } : void 0;
    j = newline + 1;
  }
  let i = 0;
  while (i < text.length) {
    if (j >= end) return void 0;
    const want = text[i];
    const have = raw[j];
    if (quote === '"' && have === "\\") {
      if (raw[j + 1] === "\n" || raw[j + 1] === "\r") {
        j += raw[j + 1] === "\r" && raw[j + 2] === "\n" ? 3 : 2;
        while (j < end && (raw[j] === " " || raw[j] === "	")) j++;
        continue;
      }
      const escape = decodeEscape(raw, j);
      if (!escape || !text.startsWith(escape.text, i)) return void 0;
      for (let k = 0; k < escape.text.length; k++) {
        starts[i + k] = j;
        ends[i + k] = j + escape.length;
      }
      i += escape.text.length;
      j += escape.length;
      continue;
    }
    if (quote === "'" && have === "'" && raw[j + 1] === "'") {
      if (want !== "'") return void 0;
      starts[i] = j;
      ends[i] = j + 2;
      i++;
      j += 2;
      continue;
    }
    if (want === have) {
      starts[i] = j;
      ends[i] = j + 1;
      i++;
      j++;
      continue;
    }
    if (have === " " || have === "	" || have === "\n" || have === "\r") {
      j++;
      continue;
    }
    if (want === " " || want === "\n") {
      starts[i] = j;
      ends[i] = j;
      i++;
      continue;
    }
    return void 0;
  }
  return { starts, ends };
}
function textFields(source) {
  return fieldsOf(source, textTrie());
}
function nameFields(source) {
  return fieldsOf(source, nameTrie());
}
function fieldsOf(source, trie) {
  const fields = [];
  if (source.data === void 0) return fields;
  let lines;
  const lineIndex = () => lines ??= new LineIndex(source.text);
  const field = (pointer, text) => {
    let wholeRange;
    const whole = () => wholeRange ??= source.sourceMap.rangeOf(pointer, "value");
    let alignment = null;
    let rawStart = 0;
    return {
      pointer,
      text,
      rangeOf(start, end) {
        const from = Math.max(0, Math.min(start, text.length));
        const to = Math.max(from, Math.min(end, text.length));
        if (alignment === null) {
          const index = lineIndex();
          const { line, column, endLine, endColumn } = whole();
          rawStart = index.offset(line, column);
          const raw = source.text.slice(rawStart, index.offset(endLine, endColumn));
          alignment = alignScalar(text, raw);
        }
        if (!alignment || text.length === 0) return whole();
        const startOffset = rawStart + (from < text.length ? alignment.starts[from] : alignment.ends[text.length - 1]);
        const endOffset = to > from ? rawStart + alignment.ends[to - 1] : startOffset;
        const a = lineIndex().position(startOffset);
        const b = lineIndex().position(Math.max(startOffset, endOffset));
        return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
      }
    };
  };
  const walk = (value, node, pointer) => {
    if (node.text && typeof value === "string") fields.push(field(pointer, value));
    if (typeof value !== "object" || value === null || node.children.size === 0) return;
    const any = node.children.get(ANY);
    if (Array.isArray(value)) {
      if (any) value.forEach((item, index) => walk(item, any, joinPointer(pointer, index)));
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      const next = node.children.get(key) ?? any;
      if (next) walk(child, next, joinPointer(pointer, key));
    }
  };
  walk(source.data, trie, "");
  return fields;
}

// src/clock/holiday-rules.ts
var HOLIDAY_SET_IDS = ["us", "gb-eng", "de", "fr", "nl"];
var fixed = (month, day, name, observed = "none") => ({ name, month, day, observed });
var nth = (month, weekday2, week, name) => ({ name, month, weekday: weekday2, week });
var easter = (offset, name) => ({ name, easter: offset });
var MON = 1;
var THU = 4;
var HOLIDAY_SETS = {
  "us": [
    fixed(1, 1, "New Year's Day", "nearest-weekday"),
    nth(1, MON, 3, "Birthday of Martin Luther King Jr."),
    nth(2, MON, 3, "Washington's Birthday"),
    nth(5, MON, "last", "Memorial Day"),
    fixed(6, 19, "Juneteenth National Independence Day", "nearest-weekday"),
    fixed(7, 4, "Independence Day", "nearest-weekday"),
    nth(9, MON, 1, "Labor Day"),
    nth(10, MON, 2, "Columbus Day"),
    fixed(11, 11, "Veterans Day", "nearest-weekday"),
    nth(11, THU, 4, "Thanksgiving Day"),
    fixed(12, 25, "Christmas Day", "nearest-weekday")
  ],
  "gb-eng": [
    fixed(1, 1, "New Year's Day", "next-weekday"),
    easter(-2, "Good Friday"),
    easter(1, "Easter Monday"),
    nth(5, MON, 1, "Early May bank holiday"),
    nth(5, MON, "last", "Spring bank holiday"),
    nth(8, MON, "last", "Summer bank holiday"),
    fixed(12, 25, "Christmas Day", "next-weekday"),
    fixed(12, 26, "Boxing Day", "next-weekday")
  ],
  "de": [
    fixed(1, 1, "Neujahr (New Year's Day)"),
    easter(-2, "Karfreitag (Good Friday)"),
    easter(1, "Ostermontag (Easter Monday)"),
    fixed(5, 1, "Tag der Arbeit (Labour Day)"),
    easter(39, "Christi Himmelfahrt (Ascension Day)"),
    easter(50, "Pfingstmontag (Whit Monday)"),
    fixed(10, 3, "Tag der Deutschen Einheit (German Unity Day)"),
    fixed(12, 25, "Erster Weihnachtstag (Christmas Day)"),
    fixed(12, 26, "Zweiter Weihnachtstag (Second Day of Christmas)")
  ],
  "fr": [
    fixed(1, 1, "Jour de l'an (New Year's Day)"),
    easter(1, "Lundi de P\xE2ques (Easter Monday)"),
    fixed(5, 1, "F\xEAte du Travail (Labour Day)"),
    fixed(5, 8, "Victoire 1945 (Victory in Europe Day)"),
    easter(39, "Ascension (Ascension Day)"),
    easter(50, "Lundi de Pentec\xF4te (Whit Monday)"),
    fixed(7, 14, "F\xEAte nationale (Bastille Day)"),
    fixed(8, 15, "Assomption (Assumption Day)"),
    fixed(11, 1, "Toussaint (All Saints' Day)"),
    fixed(11, 11, "Armistice 1918 (Armistice Day)"),
    fixed(12, 25, "No\xEBl (Christmas Day)")
  ],
  "nl": [
    fixed(1, 1, "Nieuwjaarsdag (New Year's Day)"),
    easter(0, "Eerste Paasdag (Easter Sunday)"),
    easter(1, "Tweede Paasdag (Easter Monday)"),
    fixed(4, 27, "Koningsdag (King's Day)", "saturday-if-sunday"),
    easter(39, "Hemelvaartsdag (Ascension Day)"),
    easter(49, "Eerste Pinksterdag (Whit Sunday)"),
    easter(50, "Tweede Pinksterdag (Whit Monday)"),
    fixed(12, 25, "Eerste Kerstdag (Christmas Day)"),
    fixed(12, 26, "Tweede Kerstdag (Second Day of Christmas)")
  ]
};
var MOVED_SUFFIX = {
  "none": "",
  "nearest-weekday": " (observed)",
  "next-weekday": " (substitute day)",
  "saturday-if-sunday": ""
};
var DAY = 864e5;
function dayNumber(year, month, day) {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY);
}
function isoDate(dayNo) {
  return new Date(dayNo * DAY).toISOString().slice(0, 10);
}
function weekday(dayNo) {
  return new Date(dayNo * DAY).getUTCDay() || 7;
}
function easterSunday(year) {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = (h + l - 7 * m + 114) % 31 + 1;
  return dayNumber(year, month, day);
}
function nthWeekday(year, month, isoWeekday, week) {
  if (week === "last") {
    const last = dayNumber(year, month + 1, 0);
    return last - (weekday(last) - isoWeekday + 7) % 7;
  }
  const first = dayNumber(year, month, 1);
  return first + (isoWeekday - weekday(first) + 7) % 7 + 7 * (week - 1);
}
var isWeekend = (dayNo) => weekday(dayNo) >= 6;
function observedDay(dayNo, observed) {
  const wd = weekday(dayNo);
  switch (observed) {
    case "nearest-weekday":
      return wd === 6 ? dayNo - 1 : wd === 7 ? dayNo + 1 : dayNo;
    case "next-weekday":
      return wd === 6 ? dayNo + 2 : wd === 7 ? dayNo + 1 : dayNo;
    case "saturday-if-sunday":
      return wd === 7 ? dayNo - 1 : dayNo;
    case "none":
      return dayNo;
  }
}
function holidaysOfRuleYear(rules, year) {
  const taken = /* @__PURE__ */ new Map();
  const moved = [];
  for (const rule of rules) {
    const open = rule.open ?? [];
    if ("easter" in rule) {
      const dayNo = easterSunday(year) + rule.easter;
      if (!taken.has(dayNo)) taken.set(dayNo, { date: isoDate(dayNo), name: rule.name, open });
    } else if ("weekday" in rule) {
      const dayNo = nthWeekday(year, rule.month, rule.weekday, rule.week);
      if (!taken.has(dayNo)) taken.set(dayNo, { date: isoDate(dayNo), name: rule.name, open });
    } else {
      const actual = dayNumber(year, rule.month, rule.day);
      if (isoDate(actual).slice(5) !== `${String(rule.month).padStart(2, "0")}-${String(rule.day).padStart(2, "0")}`) continue;
      const observed = observedDay(actual, rule.observed);
      if (observed === actual) {
        if (!taken.has(actual)) taken.set(actual, { date: isoDate(actual), name: rule.name, open });
      } else {
        moved.push({ actual, observed, rule });
      }
    }
  }
  moved.sort((a, b) => a.actual - b.actual);
  for (const { observed, rule } of moved) {
    let dayNo = observed;
    if (rule.observed === "next-weekday") while (taken.has(dayNo) || isWeekend(dayNo)) dayNo++;
    if (!taken.has(dayNo)) taken.set(dayNo, { date: isoDate(dayNo), name: `${rule.name}${MOVED_SUFFIX[rule.observed]}`, open: rule.open ?? [] });
  }
  return [...taken.entries()].sort((a, b) => a[0] - b[0]).map(([, holiday]) => holiday);
}
function holidaysInYear(rules, year) {
  const prefix = `${String(year).padStart(4, "0")}-`;
  const byDate = /* @__PURE__ */ new Map();
  for (const ruleYear of [year, year - 1, year + 1]) {
    for (const holiday of holidaysOfRuleYear(rules, ruleYear)) {
      if (holiday.date.startsWith(prefix) && !byDate.has(holiday.date)) byDate.set(holiday.date, holiday);
    }
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}
var setYears = /* @__PURE__ */ new Map();
function holidaySetYear(set, year) {
  const key = `${set}:${year}`;
  let holidays = setYears.get(key);
  if (!holidays) {
    holidays = holidaysInYear(HOLIDAY_SETS[set], year);
    if (setYears.size > 1e4) setYears.clear();
    setYears.set(key, holidays);
  }
  return holidays;
}

// src/clock/holidays.ts
var DAY2 = 864e5;
var years = /* @__PURE__ */ new WeakMap();
function hasRules(calendar) {
  return (calendar.recurringHolidays?.length ?? 0) > 0 || (calendar.holidaySets?.length ?? 0) > 0;
}
function ruleHolidaysOfYear(calendar, year) {
  let byYear = years.get(calendar);
  if (!byYear) {
    byYear = /* @__PURE__ */ new Map();
    years.set(calendar, byYear);
  }
  let holidays = byYear.get(year);
  if (!holidays) {
    holidays = /* @__PURE__ */ new Map();
    for (const holiday of holidaysInYear(calendar.recurringHolidays ?? [], year)) holidays.set(holiday.date, holiday);
    for (const set of calendar.holidaySets ?? []) {
      for (const holiday of holidaySetYear(set, year)) if (!holidays.has(holiday.date)) holidays.set(holiday.date, holiday);
    }
    byYear.set(year, holidays);
  }
  return holidays;
}
function holidayOn(calendar, date) {
  const dated = calendar.holidays.get(date);
  if (dated || !hasRules(calendar)) return dated;
  return ruleHolidaysOfYear(calendar, Number(date.slice(0, 4))).get(date);
}
function holidaysBetween(calendar, first, last) {
  const found = [];
  for (let at = Date.parse(`${first}T00:00:00Z`), end = Date.parse(`${last}T00:00:00Z`); at <= end; at += DAY2) {
    const holiday = holidayOn(calendar, new Date(at).toISOString().slice(0, 10));
    if (holiday) found.push(holiday);
  }
  return found;
}

// src/clock/zone-offsets.ts
var HOUR = 36e5;
var MAX_HOURS = 2e5;
var OffsetMemory = class {
  #zone;
  #hours = /* @__PURE__ */ new Map();
  constructor(zone) {
    this.#zone = zone;
  }
  /** Offset from UTC in minutes at the instant (epoch milliseconds). */
  offset(at) {
    const hour = Math.floor(at / HOUR);
    const known = this.#hours.get(hour);
    if (known !== void 0) return known;
    const first = this.#zone.offset(hour * HOUR);
    if (Number.isNaN(first) || first !== this.#zone.offset(hour * HOUR + HOUR - 1)) return this.#zone.offset(at);
    if (this.#hours.size >= MAX_HOURS) this.#hours.clear();
    this.#hours.set(hour, first);
    return first;
  }
};
var RememberingZone = class extends Zone {
  #zone;
  #memory;
  constructor(zone) {
    super();
    this.#zone = zone;
    this.#memory = new OffsetMemory(zone);
  }
  get type() {
    return "iana";
  }
  get name() {
    return this.#zone.name;
  }
  get isUniversal() {
    return false;
  }
  get isValid() {
    return this.#zone.isValid;
  }
  offsetName(ts, options) {
    return this.#zone.offsetName(ts, options);
  }
  formatOffset(ts, format) {
    return this.#zone.formatOffset(ts, format);
  }
  offset(ts) {
    return this.#memory.offset(ts);
  }
  equals(other) {
    return other.type === "iana" && other.name === this.name;
  }
};
var remembering = /* @__PURE__ */ new Map();
function rememberingZone(name) {
  let zone = remembering.get(name);
  if (!zone) {
    const iana = IANAZone.create(name);
    if (!iana.isValid) return name;
    zone = new RememberingZone(iana);
    remembering.set(name, zone);
  }
  return zone;
}

// src/clock/local-day.ts
var MINUTE = 6e4;
var DAY3 = 864e5;
function dayNumberOfIsoDate(iso) {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY3);
}
function isoDateOfDayNumber(day) {
  return new Date(day * DAY3).toISOString().slice(0, 10);
}
function weekdayOfDayNumber(day) {
  return new Date(day * DAY3).getUTCDay() || 7;
}
var zones = /* @__PURE__ */ new Map();
function zoneNamed(name) {
  let zone = zones.get(name);
  if (!zone) {
    const remembering2 = rememberingZone(name);
    if (typeof remembering2 === "string") throw new RangeError(`\`${name}\` is not a known IANA time zone`);
    zone = { name, offset: (at) => remembering2.offset(at), days: /* @__PURE__ */ new Map() };
    zones.set(name, zone);
  }
  return zone;
}
function dayNumberAt(zone, at) {
  let day = Math.floor(at / DAY3);
  for (; ; ) {
    const local = localDay(zone, day);
    if (at < local.start) day--;
    else if (at >= local.end) day++;
    else return day;
  }
}
function wallMinutesAt(zone, at) {
  const local = at + zone.offset(at) * MINUTE;
  return (local - Math.floor(local / DAY3) * DAY3) / MINUTE;
}
function firstInstantOf(zone, day) {
  const date = new Date(day * DAY3);
  return DateTime.fromObject(
    { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() },
    { zone: rememberingZone(zone.name) }
  ).toMillis();
}
function changeInstant(zone, low, high) {
  const before = zone.offset(low);
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (zone.offset(middle) === before) low = middle;
    else high = middle;
  }
  return high;
}
function localDay(zone, day) {
  const cached = zone.days.get(day);
  if (cached) return cached;
  const start = firstInstantOf(zone, day);
  const end = firstInstantOf(zone, day + 1);
  const startWall = wallMinutesAt(zone, start);
  const offsetAtStart = zone.offset(start);
  const offsetAtEnd = zone.offset(end - 1);
  let change;
  if (offsetAtStart !== offsetAtEnd) {
    const at = changeInstant(zone, start, end - 1);
    change = { at, wallBefore: startWall + (at - start) / MINUTE, shift: zone.offset(at) - offsetAtStart };
  }
  const result = { day, start, end, startWall, ...change && { change } };
  zone.days.set(day, result);
  return result;
}
function instantAtWall(local, wallMinutes) {
  const wall = Math.max(wallMinutes, local.startWall);
  const { change } = local;
  let at;
  if (!change || wall < change.wallBefore) at = local.start + (wall - local.startWall) * MINUTE;
  else if (change.shift > 0 && wall < change.wallBefore + change.shift) at = change.at;
  else at = change.at + (wall - change.wallBefore - change.shift) * MINUTE;
  return Math.min(at, local.end);
}
function wallAtInstant(local, at) {
  const { change } = local;
  if (!change || at < change.at) return local.startWall + (at - local.start) / MINUTE;
  return change.wallBefore + change.shift + (at - change.at) / MINUTE;
}

// src/clock/working-day.ts
var MINUTES_PER_DAY = 1440;
function windowsStartingOn(calendar, day) {
  const holiday = holidayOn(calendar, isoDateOfDayNumber(day));
  return holiday ? holiday.open : calendar.weekly[weekdayOfDayNumber(day)] ?? [];
}
function union(ranges) {
  const sorted = ranges.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const merged = [];
  for (const [a, b] of sorted) {
    const last = merged.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}
function subtract(ranges, cut) {
  let result = ranges;
  for (const [c0, c1] of cut) {
    result = result.flatMap(([a, b]) => {
      if (c1 <= a || c0 >= b) return [[a, b]];
      return [[a, Math.min(b, c0)], [Math.max(a, c1), b]].filter(([x, y]) => y > x);
    });
  }
  return result;
}
function overflowIntoNextDay(calendar, day) {
  return union(windowsStartingOn(calendar, day).filter((w) => w.end > MINUTES_PER_DAY).map((w) => [0, Math.min(w.end - MINUTES_PER_DAY, MINUTES_PER_DAY)]));
}
function toSpans(zone, day, ranges) {
  const local = localDay(zone, day);
  return ranges.map(([a, b]) => ({ start: instantAtWall(local, a), end: instantAtWall(local, b) })).filter((s) => s.end > s.start);
}
function mergeSpans(spans) {
  const merged = [];
  for (const span of [...spans].sort((x, y) => x.start - y.start)) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
function computeWorkingDay(calendar, state, day) {
  const { zone } = state;
  if (calendar.alwaysOpen) {
    const local = localDay(zone, day);
    return { day, spans: [{ start: local.start, end: local.end }] };
  }
  if (state.zoneCalendars) return multiZoneDay(state.zoneCalendars, zone, day);
  const own = union(windowsStartingOn(calendar, day).map((w) => [w.start, Math.min(w.end, MINUTES_PER_DAY)]));
  const today = subtract(own, overflowIntoNextDay(calendar, day - 1));
  const tomorrow = overflowIntoNextDay(calendar, day);
  return { day, spans: mergeSpans([...toSpans(zone, day, today), ...toSpans(zone, day + 1, tomorrow)]) };
}
function multiZoneDay(zoneCalendars, zone, day) {
  const local = localDay(zone, day);
  const pieces = [];
  for (const single of zoneCalendars) {
    const singleZone = stateOf(single).zone;
    const last = dayNumberAt(singleZone, local.end - 1);
    for (let d = dayNumberAt(singleZone, local.start) - 1; d <= last; d++) {
      for (const span of workingDay(single, d).spans) {
        const start = Math.max(span.start, local.start);
        const end = Math.min(span.end, local.end);
        if (end > start) pieces.push({ start, end });
      }
    }
  }
  return { day, spans: mergeSpans(pieces) };
}
var states = /* @__PURE__ */ new WeakMap();
var ClockError = class extends Error {
  name = "ClockError";
};
var AgreementGapError = class extends ClockError {
  name = "AgreementGapError";
};
function calendarZones(calendar) {
  return calendar.timezones?.length ? calendar.timezones : [calendar.timezone];
}
var isZoneKeyword = (zone) => TIMEZONE_KEYWORDS.includes(zone);
function runnableZones(calendar) {
  const zones2 = [...calendarZones(calendar)];
  if (calendar.hoursUnstated) {
    throw new AgreementGapError(`calendar \`${calendar.id}\` does not state its hours (\`hours: unstated\`), so the clock cannot count on it; write its weekly hours (e.g. \`- { days: [mon, tue, wed, thu, fri], open: [09:00-17:00] }\`) or \`24x7\``);
  }
  if (calendar.alwaysOpen && zones2.some(isZoneKeyword)) return ["UTC"];
  for (const zone of zones2) {
    if (zone === "unstated") {
      throw new AgreementGapError(`calendar \`${calendar.id}\` does not state its time zone (\`timezone: unstated\`), so the clock cannot count its hours; give an IANA zone such as \`Europe/Berlin\``);
    }
    if (zone === "client-local") {
      throw new ClockError(`calendar \`${calendar.id}\` runs in the client's local time (\`timezone: client-local\`); give the zone, e.g. \`--timezone America/Chicago\` (in the library: \`withClientTimezone\`)`);
    }
  }
  return zones2;
}
function zoneIsKnown(calendar) {
  return !calendarZones(calendar).some(isZoneKeyword);
}
function stateOf(calendar) {
  let state = states.get(calendar);
  if (!state) {
    const zones2 = runnableZones(calendar);
    let zone;
    try {
      zone = zoneNamed(zones2[0]);
    } catch (error) {
      throw new ClockError(`calendar \`${calendar.id}\`: ${error.message}`);
    }
    state = { zone, days: /* @__PURE__ */ new Map() };
    if (zones2.length > 1 && !calendar.alwaysOpen) {
      state.zoneCalendars = zones2.map((name) => {
        const { weeklyByZone, ...rest } = calendar;
        return { ...rest, timezone: name, timezones: [name], weekly: weeklyByZone?.[name] ?? calendar.weekly };
      });
    }
    states.set(calendar, state);
  }
  return state;
}
function calendarZone(calendar) {
  return stateOf(calendar).zone;
}
function clockZoneName(calendar) {
  return stateOf(calendar).zone.name;
}
function workingDay(calendar, day) {
  const state = stateOf(calendar);
  let result = state.days.get(day);
  if (!result) {
    result = computeWorkingDay(calendar, state, day);
    state.days.set(day, result);
  }
  return result;
}
var MAX_DAYS_WITHOUT_WORK = 3660;
function* workingDaysFrom(calendar, at) {
  let day = dayNumberAt(stateOf(calendar).zone, at) - 1;
  let idle = 0;
  for (; ; ) {
    const current = workingDay(calendar, day);
    if (current.spans.length > 0) {
      idle = 0;
      yield current;
    } else if (++idle > MAX_DAYS_WITHOUT_WORK) {
      throw new ClockError(`calendar \`${calendar.id}\` has no working time in the ten years after ${isoDateOfDayNumber(day - idle)}`);
    }
    day++;
  }
}
function* spansFrom(calendar, at) {
  for (const { day, spans } of workingDaysFrom(calendar, at)) {
    for (const span of spans) {
      if (span.end <= at) continue;
      yield { day, start: Math.max(span.start, at), end: span.end };
    }
  }
}

// src/clock/arguments.ts
function shown(value) {
  if (value === void 0) return "undefined";
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}\u2026` : value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value instanceof Date) return `a Date (${Number.isNaN(value.getTime()) ? "invalid" : value.toISOString()})`;
  if (Array.isArray(value)) return "an array";
  if (typeof value === "function") return "a function";
  return typeof value === "object" ? "an object" : typeof value;
}
var isWholeNumber = (value) => typeof value === "number" && Number.isInteger(value);
function durationArgument(fn, name, value) {
  const expected = 'a duration string such as "4h" or a Duration object { days, minutes }';
  if (typeof value === "string") {
    const parsed = parseDuration(value.trim());
    if (!parsed) throw new RangeError(`${fn}: ${name} must be ${expected}; a duration string is written like ${DURATION_EXAMPLES}, got ${shown(value)}`);
    return parsed;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TypeError(`${fn}: ${name} must be ${expected}, got ${shown(value)}`);
  }
  const { days, minutes, text } = value;
  if (!isWholeNumber(days) || !isWholeNumber(minutes)) {
    throw new TypeError(`${fn}: ${name} must be ${expected} with whole-number days and minutes, got { days: ${shown(days)}, minutes: ${shown(minutes)} }`);
  }
  if (days < 0 || minutes < 0) throw new RangeError(`${fn}: ${name} must not be negative, got { days: ${days}, minutes: ${minutes} }`);
  return typeof text === "string" ? value : { text: `${days ? `${days}d` : ""}${minutes || !days ? `${minutes}m` : ""}`, days, minutes };
}
function instantArgument(fn, name, value) {
  if (!DateTime.isDateTime(value)) {
    throw new TypeError(`${fn}: ${name} must be a luxon DateTime (e.g. DateTime.fromISO("2027-01-07T10:00", { zone: "Europe/Berlin" })), got ${shown(value)}`);
  }
  return value;
}
function calendarArgument(fn, name, value) {
  const calendar = value;
  if (typeof calendar !== "object" || calendar === null || typeof calendar.id !== "string" || typeof calendar.alwaysOpen !== "boolean" || !Array.isArray(calendar.weekly) || !Array.isArray(calendar.timezones) || !(calendar.holidays instanceof Map)) {
    const hint = typeof calendar === "object" && calendar !== null && "hours" in calendar ? " (this looks like a calendar as the file writes it; pass it through normaliseCalendar first)" : "";
    throw new TypeError(`${fn}: ${name} must be a Calendar returned by normaliseCalendar() or taken from an Agreement's calendars, got ${shown(value)}${hint}`);
  }
  return calendar;
}
function agreementArgument(fn, name, value) {
  const agreement = value;
  if (typeof agreement !== "object" || agreement === null || !Array.isArray(agreement.tiers) || !Array.isArray(agreement.calendars) || !Array.isArray(agreement.severityLevels) || agreement.tiers.some((tier) => typeof tier?.targets !== "object" || !Array.isArray(tier.notOffered))) {
    throw new TypeError(`${fn}: ${name} must be an Agreement as loadAgreement() returns it (the normalised model, not the YAML document), got ${shown(value)}`);
  }
  return agreement;
}
function stringArgument(fn, name, value, what) {
  if (typeof value !== "string" || value === "") throw new TypeError(`${fn}: ${name} must be ${what} (a non-empty string), got ${shown(value)}`);
  return value;
}
function optionalStringArgument(fn, name, value, what) {
  return value === void 0 ? void 0 : stringArgument(fn, name, value, what);
}

// src/clock/clock.ts
var MINUTES_PER_DAY2 = 1440;
function millis(instant) {
  if (!instant.isValid) throw new ClockError(`invalid time: ${instant.invalidExplanation ?? instant.invalidReason ?? "unknown reason"}`);
  return instant.toMillis();
}
function inZone(at, calendar) {
  return DateTime.fromMillis(at, { zone: rememberingZone(clockZoneName(calendar)) });
}
function locate(calendar, at) {
  const next = spansFrom(calendar, at).next();
  if (next.done) throw new ClockError("unreachable: the clock ran out of days");
  return { at: next.value.start, day: next.value.day };
}
function nextWorkingInstant(at, calendar) {
  instantArgument("nextWorkingInstant", "at", at);
  calendarArgument("nextWorkingInstant", "calendar", calendar);
  return inZone(locate(calendar, millis(at)).at, calendar);
}
function isWorkingInstant(at, calendar) {
  instantArgument("isWorkingInstant", "at", at);
  calendarArgument("isWorkingInstant", "calendar", calendar);
  const ms = millis(at);
  return locate(calendar, ms).at === ms;
}
function addWorkingMinutesAt(calendar, at, minutes) {
  if (calendar.alwaysOpen) return at + minutes * MINUTE;
  let remaining = minutes * MINUTE;
  for (const span of spansFrom(calendar, at)) {
    const length = span.end - span.start;
    if (remaining <= length) return span.start + remaining;
    remaining -= length;
  }
  throw new ClockError("unreachable: the clock ran out of days");
}
function addWorkingDaysAt(calendar, at, days) {
  if (!zoneIsKnown(calendar)) {
    throw new AgreementGapError(`calendar \`${calendar.id}\` gives no time zone, so its days (which follow a zone's clock changes) cannot be counted; give its \`timezone\``);
  }
  const zone = calendarZone(calendar);
  const start = locate(calendar, at);
  const nextDay = localDay(zone, start.day + 1);
  const clockTime = start.at < nextDay.start ? wallAtInstant(localDay(zone, start.day), start.at) : MINUTES_PER_DAY2 + wallAtInstant(nextDay, start.at);
  let target = workingDay(calendar, start.day);
  let counted = 0;
  for (const day of workingDaysFrom(calendar, nextDay.start)) {
    if (day.day <= start.day) continue;
    target = day;
    if (++counted === days) break;
  }
  const date = target.day + Math.floor(clockTime / MINUTES_PER_DAY2);
  const sameTime = instantAtWall(localDay(zone, date), clockTime % MINUTES_PER_DAY2);
  for (const span of target.spans) if (span.end > sameTime) return Math.max(span.start, sameTime);
  return target.spans.at(-1).end;
}
function addWorkingTimeAt(calendar, at, duration) {
  let due = at;
  if (duration.days > 0) due = addWorkingDaysAt(calendar, due, duration.days);
  if (duration.minutes > 0 || duration.days === 0) due = addWorkingMinutesAt(calendar, due, duration.minutes);
  return due;
}
function addWorkingTime(start, duration, calendar) {
  instantArgument("addWorkingTime", "start", start);
  const length = durationArgument("addWorkingTime", "duration", duration);
  calendarArgument("addWorkingTime", "calendar", calendar);
  return inZone(addWorkingTimeAt(calendar, millis(start), length), calendar);
}
function workingMillisBetween(calendar, a, b, pauses) {
  if (b < a) return -workingMillisBetween(calendar, b, a, pauses);
  const overlap = (s0, s1) => {
    const lo = Math.max(s0, a);
    const hi = Math.min(s1, b);
    if (hi <= lo) return 0;
    let total2 = hi - lo;
    for (const [p0, p1] of pauses) total2 -= Math.max(0, Math.min(p1, hi) - Math.max(p0, lo));
    return total2;
  };
  if (calendar.alwaysOpen) return overlap(a, b);
  let total = 0;
  for (const span of spansFrom(calendar, a)) {
    if (span.start >= b) break;
    total += overlap(span.start, span.end);
  }
  return total;
}
function mergedPauses(pauses) {
  const ranges = pauses.filter((p) => p.isValid && p.start && p.end).map((p) => [p.start.toMillis(), p.end.toMillis()]).sort((x, y) => x[0] - y[0]);
  const merged = [];
  for (const [p0, p1] of ranges) {
    const last = merged.at(-1);
    if (last && p0 <= last[1]) last[1] = Math.max(last[1], p1);
    else merged.push([p0, p1]);
  }
  return merged;
}
function workingTimeBetween(a, b, calendar, pauses = []) {
  instantArgument("workingTimeBetween", "a", a);
  instantArgument("workingTimeBetween", "b", b);
  calendarArgument("workingTimeBetween", "calendar", calendar);
  if (!Array.isArray(pauses) || pauses.some((p) => !Interval.isInterval(p))) {
    throw new TypeError(`workingTimeBetween: pauses must be an array of luxon Intervals, got ${Array.isArray(pauses) ? "an array with other values" : shown(pauses)}`);
  }
  return workingMillisBetween(calendar, millis(a), millis(b), mergedPauses(pauses)) / MINUTE;
}
function closeOf(calendar, day) {
  return workingDay(calendar, day).spans.at(-1).end;
}
function namedDeadlineAt(calendar, at, by) {
  if (by === "same-business-day") return closeOf(calendar, locate(calendar, at).day);
  const arrival = dayNumberAt(calendarZone(calendar), at);
  for (const day of workingDaysFrom(calendar, at)) if (day.day > arrival) return closeOf(calendar, day.day);
  throw new ClockError("unreachable: the clock ran out of days");
}
function namedDeadline(start, by, calendar) {
  instantArgument("namedDeadline", "start", start);
  if (by !== "same-business-day" && by !== "next-business-day") {
    throw new RangeError(`namedDeadline: by must be "same-business-day" or "next-business-day", got ${shown(by)}`);
  }
  calendarArgument("namedDeadline", "calendar", calendar);
  return inZone(namedDeadlineAt(calendar, millis(start), by), calendar);
}
var clockMillis = { addWorkingTimeAt, locate, namedDeadlineAt, workingMillisBetween };

// src/clock/ics.ts
var MAX_OCCURRENCES = 1e3;
var MAX_EVENT_DAYS = 31;
var isoDate2 = (time) => `${String(time.year).padStart(4, "0")}-${String(time.month).padStart(2, "0")}-${String(time.day).padStart(2, "0")}`;
function datesFrom(first, days) {
  const start = Date.parse(`${first}T00:00:00Z`);
  return Array.from({ length: Math.max(1, days) }, (_, i) => new Date(start + i * 864e5).toISOString().slice(0, 10));
}
async function holidaysFromICalendar(text, range) {
  const { default: ICAL } = await import("ical.js");
  if (text.includes("\0")) throw new ClockError("not an iCalendar file: it contains NUL bytes, so it is binary, not text");
  let root;
  try {
    root = new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    const message = error.message;
    throw new ClockError(`not an iCalendar file: ${message.length > 160 ? `${message.slice(0, 160)}\u2026` : message}`);
  }
  if (root.name !== "vcalendar") throw new ClockError(`not an iCalendar file: it starts with ${root.name.toUpperCase()}, not VCALENDAR`);
  const holidays = /* @__PURE__ */ new Map();
  const skipped = [];
  for (const component of root.getAllSubcomponents("vevent")) {
    const event = new ICAL.Event(component);
    const name = event.summary || "Holiday";
    if (event.isRecurrenceException()) continue;
    if (!event.startDate) {
      skipped.push(`${name}: no start date`);
      continue;
    }
    if (!event.startDate.isDate) {
      skipped.push(`${name}: a timed event, not an all-day holiday`);
      continue;
    }
    const days = event.endDate ? Math.round(event.endDate.subtractDate(event.startDate).toSeconds() / 86400) : 1;
    if (days > MAX_EVENT_DAYS) {
      skipped.push(`${name}: lasts ${days} days`);
      continue;
    }
    const starts = [];
    if (event.isRecurring()) {
      const occurrences = event.iterator();
      for (let i = 0, next = occurrences.next(); next && i < MAX_OCCURRENCES; i++, next = occurrences.next()) {
        const date = isoDate2(next);
        if (date > range.to) break;
        starts.push(date);
      }
    } else {
      starts.push(isoDate2(event.startDate));
    }
    for (const start of starts) {
      for (const date of datesFrom(start, days)) {
        if (date >= range.from && date <= range.to && !holidays.has(date)) holidays.set(date, { date, name, open: [] });
      }
    }
  }
  return { holidays: [...holidays.values()].sort((a, b) => a.date.localeCompare(b.date)), skipped };
}
function withHolidays(calendar, holidays) {
  if (calendar.alwaysOpen) return calendar;
  const merged = new Map(holidays.map((h) => [h.date, h]));
  for (const [date, holiday] of calendar.holidays) merged.set(date, holiday);
  return { ...calendar, holidays: merged };
}

// src/clock/agreement-calendars.ts
var ALL_CLOCK_YEARS = { from: "1970-01-01", to: "2199-12-31" };
var loaded = /* @__PURE__ */ new WeakSet();
function hasUnloadedHolidayFiles(calendar) {
  return (calendar.holidayFiles?.length ?? 0) > 0 && !calendar.alwaysOpen && !loaded.has(calendar);
}
async function loadHolidayFiles(agreement, readFile, range = ALL_CLOCK_YEARS) {
  const files = /* @__PURE__ */ new Map();
  for (const calendar of agreement.calendars) {
    if (calendar.alwaysOpen) continue;
    for (const file of calendar.holidayFiles ?? []) files.set(file, [...files.get(file) ?? [], calendar.id]);
  }
  const problems = [];
  const skipped = [];
  const holidaysOf = /* @__PURE__ */ new Map();
  for (const [file, calendars2] of files) {
    let text;
    try {
      text = await readFile(file);
    } catch (error) {
      problems.push({ file, calendars: calendars2, message: `cannot read ${file}: ${error.message}` });
      continue;
    }
    try {
      const imported = await holidaysFromICalendar(text, range);
      holidaysOf.set(file, imported.holidays);
      for (const reason of imported.skipped) skipped.push({ file, reason });
    } catch (error) {
      if (!(error instanceof ClockError)) throw error;
      problems.push({ file, calendars: calendars2, message: `${file} is ${error.message}` });
    }
  }
  const calendars = agreement.calendars.map((calendar) => {
    const imported = (calendar.holidayFiles ?? []).flatMap((file) => holidaysOf.get(file) ?? []);
    const result = imported.length > 0 ? withHolidays(calendar, imported) : { ...calendar };
    loaded.add(result);
    return result;
  });
  return { agreement: { ...agreement, calendars }, problems, skipped };
}
function withClientTimezone(agreement, zone) {
  const check = checkTimezone(zone);
  if (!check.ok) throw new ClockError(check.message);
  const changed = [];
  const calendars = agreement.calendars.map((calendar) => {
    const zones2 = calendarZones(calendar);
    if (!zones2.includes("client-local")) return calendar;
    changed.push(calendar.id);
    const timezones = [...new Set(zones2.map((z) => z === "client-local" ? zone : z))];
    const result = { ...calendar, timezone: timezones[0], timezones };
    if (!hasUnloadedHolidayFiles(calendar)) loaded.add(result);
    return result;
  });
  return { agreement: { ...agreement, calendars }, calendars: changed };
}

// src/clock/targets.ts
function tierList(agreement) {
  return agreement.tiers.map((t) => `\`${t.id}\``).join(", ");
}
function chooseTier(agreement, tierId) {
  if (tierId === void 0 && agreement.isPolicy && agreement.tiers.length > 1) {
    throw new ClockError(`this support policy offers ${agreement.tiers.length} tiers and names no client's tier; choose one with \`--tier\`: ${tierList(agreement)}`);
  }
  const id = tierId ?? agreement.serviceTier;
  const tier = agreement.tiers.find((t) => t.id === id);
  if (!tier) throw new ClockError(`unknown tier \`${id}\`; the agreement's tiers are ${tierList(agreement)}`);
  return tier;
}
function targetsFor(agreement, severityId, tierId) {
  const tier = chooseTier(agreement, tierId);
  if (tier.notOffered?.includes(severityId)) {
    throw new AgreementGapError(`tier \`${tier.id}\` does not offer severity \`${severityId}\` (\`not-offered\`), so no target applies`);
  }
  const targets = tier.targets[severityId];
  if (targets) return { tier, targets };
  const scope = agreement.severityLevels.find((s) => s.id === severityId)?.tiers;
  if (scope && !scope.includes(tier.id)) {
    throw new AgreementGapError(`severity \`${severityId}\` applies only to tier ${scope.map((id) => `\`${id}\``).join(", ")}, not to tier \`${tier.id}\`, so no target applies`);
  }
  throw new AgreementGapError(`tier \`${tier.id}\` has no targets for severity \`${severityId}\`; add them to the agreement, or mark the severity \`not-offered\``);
}
function calendarFor(agreement, calendarId) {
  const calendar = agreement.calendars.find((c) => c.id === calendarId);
  if (!calendar) throw new ClockError(`unknown calendar \`${calendarId}\``);
  return calendar;
}
function gapOf(targets, which, severityId) {
  const gap = targets.gaps?.[which];
  if (!gap) return void 0;
  return gap === "not-offered" ? { reason: "not-offered", message: `the ${which} target for severity \`${severityId}\` is not offered in this tier` } : { reason: "unstated", message: `the agreement does not state a ${which} target for severity \`${severityId}\` (\`${which}: unstated\`)` };
}
function runnableCalendar(agreement, calendarId, what) {
  if (calendarId === UNSTATED && !agreement.calendars.some((c) => c.id === UNSTATED)) {
    return { ok: false, missing: { reason: "calendar-unstated", message: `the ${what} does not say which hours it counts in (\`calendar: unstated\`); name one of the agreement's calendars` } };
  }
  const calendar = calendarFor(agreement, calendarId);
  try {
    runnableZones(calendar);
  } catch (error) {
    if (error instanceof AgreementGapError) return { ok: false, missing: { reason: "calendar-unstated", message: `the ${what} cannot be counted: ${error.message}` } };
    throw error;
  }
  return { ok: true, calendar };
}
function applicableTarget(agreement, targets, which, severityId, opened) {
  const stated = targets[which];
  if (!stated) {
    const missing = gapOf(targets, which, severityId);
    return missing && { ok: false, missing };
  }
  let target = stated;
  let outsideHours = false;
  if (stated.outsideHours) {
    const hours = runnableCalendar(agreement, stated.outsideHours.hours, `outside-hours ${which} target for severity \`${severityId}\``);
    if (!hours.ok) return hours;
    if (!isWorkingInstant(opened, hours.calendar)) {
      target = stated.outsideHours;
      outsideHours = true;
    }
  }
  const calendar = runnableCalendar(agreement, target.calendar, `${outsideHours ? "outside-hours " : ""}${which} target for severity \`${severityId}\``);
  if (!calendar.ok) return calendar;
  return { ok: true, applies: { target, calendar: calendar.calendar, outsideHours, ...stated.firmness && { firmness: stated.firmness } } };
}
function dueOf(target, calendar, start) {
  if (target.by) return { due: namedDeadline(start, target.by, calendar) };
  if (!target.within) throw new ClockError("internal: a target with neither a time nor a named deadline");
  const due = addWorkingTime(start, target.within, calendar);
  if (!target.between) return { due };
  return { due, earliest: addWorkingTime(start, target.between[0], calendar) };
}
function targetTimeText(target) {
  if (target.by) return target.by.replace(/-/g, " ");
  if (target.between) return `${target.between[0].text}\u2013${target.between[1].text}`;
  return target.within?.text ?? "\u2014";
}
function calendarWarnings(calendar) {
  const warnings = [];
  if (calendar.holidaysOf && !calendar.alwaysOpen) {
    const place = calendar.holidaysOf === "provider-location" ? "the provider's location" : "the client's location";
    warnings.push(`calendar \`${calendar.id}\` closes on the holidays of ${place} (\`holidaysOf: ${calendar.holidaysOf}\`), which the agreement does not list, so the clock counts them as working days; list them under \`holidays\`, \`holidaySets\` or \`holidayFiles\``);
  }
  if (hasUnloadedHolidayFiles(calendar)) {
    warnings.push(`calendar \`${calendar.id}\` names holiday files (${calendar.holidayFiles.join(", ")}) that were not read, so their holidays count as working days; load them with \`loadHolidayFiles\``);
  }
  if (calendar.alwaysOpen && !zoneIsKnown(calendar)) {
    warnings.push(`calendar \`${calendar.id}\` is 24x7 but gives no time zone; hours count the same in every zone, and times are shown in UTC`);
  }
  return warnings;
}

// src/clock/worst-case.ts
function dueAt({ target, calendar }, raised) {
  if (target.by) return clockMillis.namedDeadlineAt(calendar, raised, target.by);
  return clockMillis.addWorkingTimeAt(calendar, raised, target.within);
}
function daysOf(calendar, from, to) {
  const zone = rememberingZone(clockZoneName(calendar));
  return [
    dayNumberOfIsoDate(DateTime.fromMillis(from, { zone }).toISODate()),
    dayNumberOfIsoDate(DateTime.fromMillis(to - 1, { zone }).toISODate())
  ];
}
function candidateRaiseTimes({ target, calendar }, from, to) {
  const zone = calendarZone(calendar);
  const [firstDay, lastDay] = daysOf(calendar, from, to);
  const candidates = [from];
  const days = target.within?.days ?? 0;
  if (target.by) {
    for (let day = firstDay; day <= lastDay + 1; day++) {
      candidates.push(localDay(zone, day).start);
      const spans2 = workingDay(calendar, day).spans;
      if (spans2.length > 0) candidates.push(spans2.at(-1).end);
    }
  }
  if (calendar.alwaysOpen) {
    if (days > 0) for (let day = firstDay; day <= lastDay; day++) candidates.push(localDay(zone, day).start);
    return candidates.filter((at) => at >= from && at < to);
  }
  const spans = [];
  for (let day = firstDay - 1; day <= lastDay; day++) spans.push(...workingDay(calendar, day).spans);
  for (const [i, span] of spans.entries()) {
    const next = spans[i + 1];
    if (next && next.start === span.end) continue;
    candidates.push(span.end + MINUTE);
  }
  if (days > 0) {
    const ends = /* @__PURE__ */ new Set();
    for (const window of calendar.weekly.flat()) ends.add(window.end % 1440);
    for (const span of spans) ends.add(Math.round(wallMinutesAt(zone, span.end)) % 1440);
    for (let day = firstDay; day <= lastDay; day++) {
      const { spans: daySpans } = workingDay(calendar, day);
      for (const end of ends) {
        const at = instantAtWall(localDay(zone, day), end);
        if (daySpans.some((span) => at >= span.start && at < span.end)) candidates.push(at);
      }
    }
  }
  return candidates.filter((at) => at >= from && at < to);
}
function hoursEdges(hours, from, to) {
  const [firstDay, lastDay] = daysOf(hours, from, to);
  const edges = [];
  for (let day = firstDay - 1; day <= lastDay; day++) {
    for (const span of workingDay(hours, day).spans) edges.push(span.start - MINUTE, span.start, span.end - MINUTE, span.end);
  }
  return edges.filter((at) => at >= from && at < to);
}
function moment(at, withYear) {
  return at.setLocale("en-US").toFormat(withYear ? "cccc d LLL yyyy 'at' HH:mm" : "cccc d LLL 'at' HH:mm");
}
function holidaysInWait(calendar, raised, due) {
  if (calendar.alwaysOpen) return void 0;
  const days = holidaysBetween(calendar, raised.toISODate(), due.toISODate()).filter((h) => (calendar.weekly[weekdayOfDayNumber(dayNumberOfIsoDate(h.date))]?.length ?? 0) > 0).map((h) => {
    const date = DateTime.fromISO(h.date).setLocale("en-US").toFormat("d LLL");
    return `${date} (${h.name}${h.open.length ? ", reduced hours" : ""})`;
  });
  if (days.length === 0) return void 0;
  const list = days.length === 1 ? days[0] : `${days.slice(0, -1).join(", ")} and ${days.at(-1)}`;
  return `when ${list} ${days.length === 1 ? "is a holiday" : "are holidays"} in its calendar`;
}
function explainWait(calendar, raised, due, wallMinutes, outsideHours = false) {
  const withYear = raised.year !== due.year;
  const holidays = holidaysInWait(calendar, raised, due);
  const rule = outsideHours ? " under the target for incidents raised outside support hours" : "";
  return `an incident raised ${moment(raised, withYear)} is due an answer${rule} on ${moment(due, withYear)} \u2014 ${minutesInWords(wallMinutes)} later${holidays ? `, ${holidays}` : ""}`;
}
function searchTarget(agreement, target, of, what) {
  if (target.calendar === "unstated" && !agreement.calendars.some((c) => c.id === "unstated")) {
    throw new AgreementGapError(`the ${what} for ${of} does not say which hours it counts in (\`calendar: unstated\`)`);
  }
  const calendar = calendarFor(agreement, target.calendar);
  runnableZones(calendar);
  return { target, calendar };
}
function longestWait(agreement, target, year, of) {
  const normal = searchTarget(agreement, target, of, "response target");
  const outside = target.outsideHours && {
    hours: calendarFor(agreement, target.outsideHours.hours),
    ...searchTarget(agreement, target.outsideHours, of, "outside-hours response target")
  };
  const zone = rememberingZone(clockZoneName(normal.calendar));
  const from = DateTime.fromObject({ year, month: 1, day: 1 }, { zone }).toMillis();
  const to = DateTime.fromObject({ year: year + 1, month: 1, day: 1 }, { zone }).toMillis();
  if (outside) runnableZones(outside.hours);
  const applies = (raised) => {
    if (!outside) return { ...normal, outsideHours: false };
    const open = clockMillis.locate(outside.hours, raised).at === raised;
    return open ? { ...normal, outsideHours: false } : { ...outside, outsideHours: true };
  };
  const candidates = new Set(candidateRaiseTimes(normal, from, to));
  if (outside) for (const at of [...candidateRaiseTimes(outside, from, to), ...hoursEdges(outside.hours, from, to)]) candidates.add(at);
  let best;
  for (const raised of [...candidates].sort((a, b) => a - b)) {
    const applied = applies(raised);
    const due = dueAt(applied, raised);
    if (!best || due - raised > best.due - best.raised) best = { raised, due, applied };
  }
  return best;
}
function worstCaseWaitMinutes(agreement, target, year) {
  const best = longestWait(agreement, target, year, "the target");
  return (best.due - best.raised) / MINUTE;
}
function worstCaseResponseWait(agreement, severityId, tierId, options = {}) {
  agreementArgument("worstCaseResponseWait", "agreement", agreement);
  stringArgument("worstCaseResponseWait", "severityId", severityId, "a severity level id");
  optionalStringArgument("worstCaseResponseWait", "tierId", tierId, "a tier id");
  if (typeof options !== "object" || options === null) throw new TypeError(`worstCaseResponseWait: options must be an object such as { year }, got ${shown(options)}`);
  if (options.year !== void 0 && !(Number.isInteger(options.year) && options.year >= 1970 && options.year <= 2199)) {
    throw new RangeError(`worstCaseResponseWait: options.year must be a whole year between 1970 and 2199, got ${shown(options.year)}`);
  }
  const { tier, targets } = targetsFor(agreement, severityId, tierId);
  const response = targets.response;
  if (!response) throw new AgreementGapError(gapOf(targets, "response", severityId)?.message ?? `severity \`${severityId}\` has no response target`);
  const year = options.year ?? Number(String(agreement.effectiveDate).slice(0, 4));
  const best = longestWait(agreement, response, year, `severity \`${severityId}\``);
  const { calendar, outsideHours } = best.applied;
  const shownIn = rememberingZone(clockZoneName(calendar));
  const raisedAt = DateTime.fromMillis(best.raised, { zone: shownIn });
  const dueAtTime = DateTime.fromMillis(best.due, { zone: shownIn });
  const wallMinutes = (best.due - best.raised) / MINUTE;
  return {
    severity: severityId,
    tier: tier.id,
    calendar: calendar.id,
    raisedAt: raisedAt.toISO({ suppressMilliseconds: true }),
    dueAt: dueAtTime.toISO({ suppressMilliseconds: true }),
    wallMinutes,
    explanation: explainWait(calendar, raisedAt, dueAtTime, wallMinutes, outsideHours)
  };
}

// src/util/control-characters.ts
var BIDI_CONTROL_CLASS = "\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069";
var CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
function showControlCharacters(text) {
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

// src/clock/reference-year.ts
var REFERENCE_YEAR = 2027;
function referenceYear(agreement) {
  for (const date of [agreement.effectiveDate, agreement.lastUpdated]) {
    const year = date === void 0 ? void 0 : /\b(\d{4})\b/.exec(String(date))?.[1];
    if (year) return Number(year);
  }
  const holidayYears = agreement.calendars.flatMap((c) => [...c.holidays.keys()].map((date) => Number(date.slice(0, 4))));
  return holidayYears.length ? Math.min(...holidayYears) : REFERENCE_YEAR;
}

export {
  agreementSchema,
  textFields,
  nameFields,
  BIDI_CONTROL_CLASS,
  showControlCharacters,
  referenceYear,
  rememberingZone,
  MINUTE,
  dayNumberOfIsoDate,
  isoDateOfDayNumber,
  weekdayOfDayNumber,
  zoneNamed,
  dayNumberAt,
  localDay,
  shown,
  instantArgument,
  agreementArgument,
  stringArgument,
  optionalStringArgument,
  HOLIDAY_SET_IDS,
  HOLIDAY_SETS,
  easterSunday,
  holidaysInYear,
  holidayOn,
  holidaysBetween,
  ClockError,
  AgreementGapError,
  runnableZones,
  calendarZone,
  clockZoneName,
  workingDay,
  nextWorkingInstant,
  isWorkingInstant,
  addWorkingTime,
  workingTimeBetween,
  namedDeadline,
  clockMillis,
  holidaysFromICalendar,
  withHolidays,
  hasUnloadedHolidayFiles,
  loadHolidayFiles,
  withClientTimezone,
  chooseTier,
  targetsFor,
  calendarFor,
  gapOf,
  applicableTarget,
  dueOf,
  targetTimeText,
  calendarWarnings,
  worstCaseWaitMinutes,
  worstCaseResponseWait
};
