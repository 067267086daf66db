import { createRequire as __slaCreateRequire } from 'node:module'; const require = __slaCreateRequire(import.meta.url);
import {
  BIDI_CONTROL_CLASS,
  ClockError,
  DateTime,
  LineIndex,
  MINUTE,
  TIMEZONE_ABBREVIATIONS,
  UNSTATED,
  calendarZone,
  checkTimezone,
  clockMillis,
  clockZoneName,
  countableTarget,
  dayNumberOfIsoDate,
  joinPointer,
  listOf,
  localDay,
  minutesInWords,
  nameFields,
  pointerSegment,
  referenceYear,
  require_dist,
  runnableZones,
  targetTimeText,
  windowText,
  workingDay,
  worstCaseResponseWait
} from "./chunk-2GCUHZOB.js";
import {
  __toESM
} from "./chunk-YKDEAKEZ.js";

// src/lint/rules/bidi-control.ts
var import_yaml = __toESM(require_dist(), 1);
var BIDI_CONTROL_NAMES = {
  1564: "ARABIC LETTER MARK",
  8206: "LEFT-TO-RIGHT MARK",
  8207: "RIGHT-TO-LEFT MARK",
  8234: "LEFT-TO-RIGHT EMBEDDING",
  8235: "RIGHT-TO-LEFT EMBEDDING",
  8236: "POP DIRECTIONAL FORMATTING",
  8237: "LEFT-TO-RIGHT OVERRIDE",
  8238: "RIGHT-TO-LEFT OVERRIDE",
  8294: "LEFT-TO-RIGHT ISOLATE",
  8295: "RIGHT-TO-LEFT ISOLATE",
  8296: "FIRST STRONG ISOLATE",
  8297: "POP DIRECTIONAL ISOLATE"
};
var LITERAL = new RegExp(`[${BIDI_CONTROL_CLASS}]`, "g");
var HEX = "(?:061[cC]|200[eEfF]|202[a-eA-E]|206[6-9])";
var ESCAPE = new RegExp(`\\\\(?:u${HEX}|U0000${HEX})`, "g");
function codePointName(codePoint) {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")} ${BIDI_CONTROL_NAMES[codePoint]}`;
}
var bidiControl = {
  meta: {
    id: "bidi-control",
    description: "The file contains an invisible bidirectional control character (U+202E and others) that can make text read differently from the source.",
    category: "hygiene",
    defaultSeverity: "error",
    recommended: true,
    kind: "text",
    messages: {
      bidiControl: "invisible bidirectional control {{codePoint}}: the text around it displays in a different order than it is written, so readers and the rendered contract can see something other than the file says; delete the character (the contract shows it as `{{marker}}`)"
    }
  },
  check(context) {
    const { text } = context.source;
    const found = [];
    for (const match of text.matchAll(LITERAL)) found.push({ offset: match.index, length: 1, codePoint: match[0].codePointAt(0) });
    if (text.search(ESCAPE) !== -1) {
      const document = (0, import_yaml.parseDocument)(text, { keepSourceTokens: false, uniqueKeys: false });
      (0, import_yaml.visit)(document, {
        Scalar(_key, node) {
          if (node.type !== "QUOTE_DOUBLE" || !node.range) return;
          const [start, end] = node.range;
          const written = text.slice(start, end);
          for (const match of written.matchAll(ESCAPE)) {
            const backslashes = /\\*$/.exec(written.slice(0, match.index))[0].length;
            if (backslashes % 2 === 1) continue;
            found.push({ offset: start + match.index, length: match[0].length, codePoint: Number.parseInt(match[0].slice(-4), 16) });
          }
        }
      });
    }
    if (found.length === 0) return;
    found.sort((a, b) => a.offset - b.offset);
    const lines = new LineIndex(text);
    for (const { offset, length, codePoint } of found) {
      context.report({
        messageId: "bidiControl",
        data: { codePoint: codePointName(codePoint), marker: `\u27E8U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}\u27E9` },
        pointer: "",
        range: lines.range(offset, offset + length)
      });
    }
  }
};

// src/lint/rules/client-responsibilities.ts
var ESSENTIALS = ["designated-contact", "escalation-channel", "access-and-context", "client-systems", "operating-procedures"];
var POLICY_ESSENTIALS = ["designated-contact", "access-and-context"];
var CATEGORIES = [...ESSENTIALS, "testing", "data", "other"];
var PREFERENCE = /\b(?:preferabl[ey]|ideally|encouraged\s+to|(?:it\s+is\s+)?recommended\s+(?:that|to)|nice\s+to\s+have)\b/i;
var clientResponsibilities = {
  meta: {
    id: "client-responsibilities",
    description: "Client responsibilities are missing or thin: the five essentials (designated contact, escalation channel, access and context, client systems, operating procedures) are not all there.",
    category: "responsibilities",
    defaultSeverity: "warning",
    recommended: true,
    messages: {
      missing: "the agreement lists no client responsibilities; add at least {{required}}",
      missingCategories: "client responsibilities do not cover {{missing}}{{preferences}}"
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        required: {
          type: "array",
          uniqueItems: true,
          items: { enum: CATEGORIES },
          description: "The responsibility categories the agreement must cover."
        },
        requiredInPolicies: {
          type: "array",
          uniqueItems: true,
          items: { enum: CATEGORIES },
          description: "The responsibility categories a published support policy (kind: SupportPolicy) must cover."
        }
      }
    },
    defaultOptions: { required: ESSENTIALS, requiredInPolicies: POLICY_ESSENTIALS }
  },
  check(context) {
    const { agreement, options } = context;
    const responsibilities = agreement.clientResponsibilities ?? [];
    const required = agreement.isPolicy ? options.requiredInPolicies : options.required;
    if (responsibilities.length === 0) {
      if (required.length === 0) return;
      context.report({ messageId: "missing", data: { required: listOf(required, "and") }, pointer: agreement.clientResponsibilities ? "/clientResponsibilities" : "", at: "key" });
      return;
    }
    const binding = responsibilities.filter((r) => !PREFERENCE.test(r.description));
    const present = new Set(binding.map((r) => r.category));
    const missing = required.filter((category) => !present.has(category));
    if (missing.length) {
      const wished = missing.filter((category) => responsibilities.some((r) => r.category === category));
      const preferences = wished.length ? ` (${listOf(wished, "and")} ${wished.length > 1 ? "are" : "is"} worded only as a preference, which binds no one)` : "";
      context.report({ messageId: "missingCategories", data: { missing: listOf(missing, "and"), preferences }, pointer: "/clientResponsibilities", at: "key" });
    }
  }
};

// src/lint/rules/credit-terms-incomplete.ts
var creditTermsIncomplete = {
  meta: {
    id: "credit-terms-incomplete",
    description: "Service credits without the terms that make them payable: whether the bands add up, the cap, and how and by when a credit is claimed.",
    category: "targets",
    defaultSeverity: "warning",
    recommended: true,
    messages: {
      noCumulative: "the {{count}} credit bands do not say whether they add up or only the highest applicable band pays (below {{lowest}} %: {{lowestCredit}} % or {{sum}} % of the fee?); under `availability.creditTerms` add `cumulative: false` (the highest applicable band only) or `cumulative: true` (every band reached adds up)",
      noCap: "the credit bands can add up to {{sum}} % of the fee in one {{period}}, more than the fee itself, and nothing caps them; under `availability.creditTerms` add the most one {{period}} can earn, e.g. `capPercent: 100` (with `capPer: month | quarter | year` when the cap runs over another period), or `cumulative: false`",
      noClaim: "nothing says how or by when the {{party}} claims a credit, so a credit is owed without a claim or lost to a procedure nobody wrote down; under `availability.creditTerms` add e.g. `claimWithinDays: 30` and `claimProcedure: open a billing ticket naming the month and the service`"
    }
  },
  check(context) {
    const { availability, isPolicy } = context.agreement;
    const credits = availability?.serviceCredits ?? [];
    if (!availability || credits.length === 0) return;
    const terms = availability.creditTerms ?? {};
    const pointer = availability.creditTerms ? "/availability/creditTerms" : "/availability/serviceCredits";
    const bands = [...credits].sort((a, b) => b.below - a.below);
    const lowest = bands[bands.length - 1];
    const disjoint = bands.every((band, index) => index === bands.length - 1 || band.atLeast !== void 0 && band.atLeast >= bands[index + 1].below);
    if (bands.length === 1 || disjoint) {
      reportClaim();
      return;
    }
    const sum = Number(
      bands.filter((band) => band.atLeast === void 0 || band.atLeast < lowest.below).reduce((total, band) => total + band.creditPercent, 0).toFixed(3)
    );
    if (terms.cumulative === void 0) {
      context.report({ messageId: "noCumulative", data: { count: bands.length, lowest: lowest.below, lowestCredit: lowest.creditPercent, sum }, pointer, at: "key" });
    }
    if (terms.capPercent === void 0 && terms.cumulative !== false && sum > 100) {
      const period = terms.capPer ?? (availability.measurementWindow && availability.measurementWindow !== "unstated" ? availability.measurementWindow : "period");
      context.report({ messageId: "noCap", data: { sum, period }, pointer, at: "key" });
    }
    reportClaim();
    function reportClaim() {
      if (terms.claimWithinDays === void 0 && terms.claimWithinHours === void 0 && !terms.claimProcedure?.trim()) {
        context.report({ messageId: "noClaim", data: { party: isPolicy ? "Customer" : "Client" }, pointer, at: "key" });
      }
    }
  }
};

// src/lint/rule-helpers.ts
var globalForms = /* @__PURE__ */ new WeakMap();
function findInFields(fields, pattern, mustContain) {
  let global = globalForms.get(pattern);
  if (!global) {
    global = pattern.global ? new RegExp(pattern.source, pattern.flags) : new RegExp(pattern.source, `${pattern.flags}g`);
    globalForms.set(pattern, global);
  }
  const matches = [];
  for (const field of fields) {
    if (mustContain !== void 0 && !field.text.includes(mustContain)) continue;
    global.lastIndex = 0;
    for (let match = global.exec(field.text); match; match = global.exec(field.text)) {
      if (match[0] === "") {
        global.lastIndex++;
        continue;
      }
      matches.push({ field, text: match[0], start: match.index, end: match.index + match[0].length });
    }
  }
  return matches;
}
function sentenceAt(text, index) {
  const boundary = /[.!?;](?=\s|$)|\n/g;
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(boundary)) {
    const at = match.index;
    if (at < index) start = at + 1;
    else {
      end = at + 1;
      break;
    }
  }
  return { start, end, text: text.slice(start, end) };
}
var NEGATION = /\b(?:not|no|never|without|nor|neither|cannot|can't|won't|doesn't|don't|isn't|aren't|non)\b/i;
function isNegated(text, index, wordsBefore = 4) {
  const sentence = sentenceAt(text, index);
  const words2 = text.slice(sentence.start, index).trim().split(/\s+/).slice(-wordsBefore).join(" ");
  return NEGATION.test(words2);
}
var AVAILABILITY_AFTER = /^[\s,:]+(?:\S+\s+){0,8}?(?:(?:service\s+)?(?:availability|uptime|up-time)\b|available\b(?=[^.;!?]{0,60}?\d+(?:[.,]\d+)?\s*%))/i;
var AVAILABILITY_BEFORE = /(?:\d+(?:[.,]\d+)?\s*%\s+)?(?:service\s+)?(?:availability|uptime|up-time)(?:\s+(?:level|SLA))?\s+$/i;
var ABOUT_RESOLUTION = /\b(?:resol\w*|fix\w*|repair\w*|restor\w*|workaround\w*|solv\w*|correct\w*)\b/i;
function availabilityGuarantee(text, start, end) {
  const sentence = sentenceAt(text, start);
  const after = AVAILABILITY_AFTER.exec(text.slice(end, sentence.end));
  if (after && !ABOUT_RESOLUTION.test(after[0])) return { start, end: end + after[0].length };
  const before = AVAILABILITY_BEFORE.exec(text.slice(sentence.start, start));
  if (before) return { start: sentence.start + before.index, end };
  return void 0;
}
var NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty|twenty-four|thirty|thirty-six|forty-five|forty-eight|sixty|seventy-two|ninety|a|an|half an?";
var UNITS = "minutes?|mins?|hours?|hrs?|days?|weeks?|months?|quarters?|years?";
var QUANTITY = new RegExp(
  `(?:\\b\\d+(?:[.,]\\d+)?\\s*(?:%|percent\\b|(?:business |working |calendar )?(?:${UNITS})\\b|[mhd]\\b)|\\b(?:${NUMBER_WORDS})\\s+(?:business |working |calendar )?(?:${UNITS})\\b|\\b\\d{1,2}:\\d{2}\\b|\\bP(?:\\d+D)?T\\d+[HM]\\b)`,
  "i"
);
var BRACKETED_NUMBER = new RegExp(String.raw`\s*\((?:\d+(?:[.,]\d+)?|${NUMBER_WORDS})\)(?=\s)`, "gi");
function hasQuantity(text) {
  return QUANTITY.test(text.includes("(") ? text.replace(BRACKETED_NUMBER, "") : text);
}
function severitiesInOrder(agreement) {
  return [...agreement.severityLevels].sort((a, b) => a.level - b.level);
}
function topSeverity(agreement) {
  return severitiesInOrder(agreement)[0];
}
function clientTier(agreement) {
  return agreement.tiers.find((tier) => tier.id === agreement.serviceTier);
}
function calendarById(agreement, id) {
  return agreement.calendars.find((calendar) => calendar.id === id);
}
function workingDayBounds(calendar) {
  if (calendar.alwaysOpen) return { shortest: 1440, longest: 1440 };
  if (calendar.hoursUnstated) return void 0;
  const lengths = calendar.weekly.map((windows) => windows.reduce((sum, window) => sum + (window.end - window.start), 0)).filter((length) => length > 0);
  return lengths.length ? { shortest: Math.min(...lengths), longest: Math.max(...lengths) } : { shortest: 0, longest: 0 };
}
function certainlySlower(slow, fast) {
  const s = slow.duration;
  const f = fast.duration;
  if (slow.calendar.id === fast.calendar.id) {
    if (s.days === f.days) return s.minutes > f.minutes;
    if (s.minutes === f.minutes) return s.days > f.days;
    const day = workingDayBounds(slow.calendar);
    if (!day) return false;
    return s.days * day.shortest + s.minutes > f.days * day.longest + f.minutes;
  }
  if (fast.calendar.alwaysOpen) return s.days * 1440 + s.minutes > f.days * 1440 + f.minutes;
  return false;
}
var OPENING_QUOTES = { "\u201C": "\u201D", "\u2018": "\u2019", "\xAB": "\xBB", "\u201E": "\u201C", '"': '"', "'": "'" };
var BEFORE_OPENING_QUOTE = /[\s([{\-—–/]/;
var AFTER_CLOSING_QUOTE = /[\s)\]}.,;:!?—–-]/;
function literalSpans(text) {
  const runs = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== "`") continue;
    let end = i;
    while (text[end] === "`") end++;
    runs.push({ start: i, end });
    i = end - 1;
  }
  const nextOfLength = new Array(runs.length).fill(-1);
  const lastOfLength = /* @__PURE__ */ new Map();
  for (let r = runs.length - 1; r >= 0; r--) {
    const length = runs[r].end - runs[r].start;
    nextOfLength[r] = lastOfLength.get(length) ?? -1;
    lastOfLength.set(length, r);
  }
  const code = [];
  for (let r = 0; r < runs.length; r++) {
    const close = nextOfLength[r];
    if (close === -1) continue;
    code.push([runs[r].start, runs[close].end]);
    r = close;
  }
  const stray = /* @__PURE__ */ new Set();
  for (; ; ) {
    const spans = [];
    let nextCode = 0;
    let open;
    for (let i = 0; i < text.length; i++) {
      const span = code[nextCode];
      if (span && i === span[0]) {
        if (open === void 0) spans.push(span);
        nextCode++;
        i = span[1] - 1;
        continue;
      }
      const char = text[i];
      const before = i === 0 ? " " : text[i - 1];
      const after = text[i + 1] ?? " ";
      if (open === void 0) {
        if (char in OPENING_QUOTES && !stray.has(char) && BEFORE_OPENING_QUOTE.test(before) && !/\s/.test(after)) open = { char, start: i };
      } else if (char === OPENING_QUOTES[open.char] && !/\s/.test(before) && AFTER_CLOSING_QUOTE.test(after)) {
        spans.push([open.start, i + 1]);
        open = void 0;
      }
    }
    if (!open) return spans;
    stray.add(open.char);
  }
}
function inSpans(spans, index) {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = low + high >> 1;
    const [start, end] = spans[middle];
    if (index < start) high = middle - 1;
    else if (index >= end) low = middle + 1;
    else return true;
  }
  return false;
}

// src/lint/rules/defined-term-case.ts
var ROLE_TERMS = {
  SupportAgreement: { the: ["Provider", "Client"], this: ["Agreement"] },
  SupportPolicy: { the: ["Provider", "Customer"], this: ["Policy"] }
};
var ROLE_USE = /(?<![\p{L}\p{N}_'’-])(the|this)(\s+)(provider|client|customer|agreement|policy)(?=['’]s\b|(?![\p{L}\p{N}_'’-]))/giu;
var MODIFIED_NOUNS = /* @__PURE__ */ new Set([
  "environment",
  "environments",
  "side",
  "priority",
  "priorities",
  "base",
  "portal",
  "portals",
  "success",
  "experience",
  "satisfaction",
  "journey",
  "journeys",
  "facing",
  "data",
  "segment",
  "segments",
  "persona",
  "personas",
  "library",
  "libraries",
  "sdk",
  "sdks",
  "app",
  "apps",
  "application",
  "applications",
  "certificate",
  "certificates",
  "credentials",
  "id",
  "ids",
  "identifier",
  "identifiers",
  "tenant",
  "tenants",
  "network",
  "networks",
  "device",
  "devices",
  "code",
  "software",
  "hardware",
  "interface",
  "interfaces",
  "cluster",
  "clusters",
  // "the client team", "the customer service team": often the provider's own team for its clients.
  "team",
  "teams",
  "service",
  "services",
  "support",
  "care",
  "relations",
  "relationship",
  "relationships"
]);
var NAMED_BY_WHAT_FOLLOWS = /* @__PURE__ */ new Set(["of"]);
var NEXT_WORD = /\s+([\p{L}\p{N}]+)/uy;
function nextWord(text, end) {
  NEXT_WORD.lastIndex = end;
  return NEXT_WORD.exec(text)?.[1]?.toLowerCase() ?? "";
}
var SENTENCE_OPENERS = /[\s"'“‘([*•–—-]/u;
function startsSentence(text, start) {
  let i = start - 1;
  for (; i >= 0 && SENTENCE_OPENERS.test(text[i]); i--) if (text[i] === "\n") return true;
  if (i < 0) return true;
  const char = text[i];
  return char === ":" || ".!?;".includes(char) && /\s/.test(text[i + 1] ?? " ");
}
var capitalise = (word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
var isAllCaps = (word) => word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
var isApostrophe = (char) => char === "'" || char === "\u2019";
var letterCase = (word) => {
  const first = new RegExp("\\p{L}", "u").exec(word)?.[0];
  if (!first || first.toUpperCase() === first.toLowerCase()) return "?";
  return first === first.toUpperCase() ? "U" : "L";
};
function recase(text, pattern) {
  let word = -1;
  return text.replace(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu, (token) => {
    word++;
    const want = pattern[word];
    if (want === "U") return token.charAt(0).toUpperCase() + token.slice(1);
    if (want === "L") return token.charAt(0).toLowerCase() + token.slice(1);
    return token;
  });
}
var WORD = /[\p{L}\p{N}_]+(?:-[\p{L}\p{N}_]+)*/gu;
function tokensOf(text) {
  const tokens = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    tokens.push({ start: match.index, end: match.index + match[0].length, lower: match[0].toLowerCase() });
  }
  return tokens;
}
function onlySpaces(text, start, end) {
  if (end <= start) return false;
  for (let i = start; i < end; i++) if (!/\s/.test(text[i])) return false;
  return true;
}
var HEADWORD_RESTATED = /^\s*(?:(?:a|an|the|each|every)\s+)?/i;
var definedTermCase = {
  meta: {
    id: "defined-term-case",
    description: 'Free text writes a defined term differently from the contract: "the provider" where the contract defines the Provider, or a term of `definitions` in two capitalisations.',
    category: "wording",
    defaultSeverity: "warning",
    recommended: true,
    kind: "text",
    messages: {
      lowerCaseParty: `"{{words}}" is what the contract defines as the \u201C{{term}}\u201D, and the contract's own sentences write "{{fix}}"; write "{{fix}}" here too, or the signed text mixes the defined term with an undefined one`,
      mixedParty: '"{{words}}" is written "{{fix}}" {{times}} elsewhere in this document, as the contract defines the \u201C{{term}}\u201D; write "{{fix}}"',
      mixedTerm: '"{{words}}" is the defined term "{{term}}", which this document writes "{{form}}" {{where}}; write "{{fix}}"'
    },
    // A published policy transcribed from a vendor keeps the vendor's words: "the customer" there is the vendor's
    // consistent usage, made inconsistent only by the template's definition. The document's own mixing still counts.
    agencyOnlyMessages: ["lowerCaseParty"]
  },
  check(context) {
    const data = context.source.data;
    if (typeof data !== "object" || data === null) return;
    const fields = context.textFields();
    const kind = data.kind === "SupportPolicy" ? "SupportPolicy" : data.kind === "SupportAgreement" ? "SupportAgreement" : void 0;
    const roles = kind ? ROLE_TERMS[kind] : void 0;
    const roleWords = new Set(roles ? [...roles.the, ...roles.this].map((term) => term.toLowerCase()) : []);
    const literal = /* @__PURE__ */ new Map();
    const isLiteral = (field, index) => {
      let spans = literal.get(field);
      if (!spans) literal.set(field, spans = literalSpans(field.text));
      return inSpans(spans, index);
    };
    const definitions = Array.isArray(data.definitions) ? data.definitions : [];
    const terms = /* @__PURE__ */ new Map();
    const headwordEnd = /* @__PURE__ */ new Map();
    let longestTerm = 0;
    definitions.forEach((definition, index) => {
      const { term: rawTerm, meaning } = definition ?? {};
      if (typeof rawTerm !== "string") return;
      const term = rawTerm.trim().replace(/\s+/g, " ");
      const words2 = term.split(" ");
      const key = term.toLowerCase();
      const pointer = `/definitions/${index}/meaning`;
      if (typeof meaning === "string") {
        const restated = headwordEnd.get(pointer) ?? headwordEnd.set(pointer, []).get(pointer);
        restated.push({ key: key.replace(/^(?:the|this) /, ""), end: HEADWORD_RESTATED.exec(meaning)[0].length });
      }
      if (!new RegExp("\\p{L}{2}", "u").test(term) || words2.every((word) => isAllCaps(word) || !new RegExp("\\p{Ll}", "u").test(word))) return;
      if (roleWords.has(key.replace(/^(?:the|this) /, ""))) return;
      if (words2.some((word) => !new RegExp(`^${WORD.source}$`, "u").test(word))) return;
      const known = terms.get(key);
      if (known) known.meanings.add(pointer);
      else terms.set(key, { term, words: words2, meanings: /* @__PURE__ */ new Set([pointer]), uses: [] });
      longestTerm = Math.max(longestTerm, words2.length);
    });
    const restatesHeadword = (field, key, start) => (headwordEnd.get(field.pointer) ?? []).some((headword) => headword.key === key && start <= headword.end);
    if (roles) {
      const lower = /* @__PURE__ */ new Map();
      const capitalised = /* @__PURE__ */ new Map();
      for (const field of [...fields, ...nameFields(context.source)]) {
        ROLE_USE.lastIndex = 0;
        for (let match = ROLE_USE.exec(field.text); match; match = ROLE_USE.exec(field.text)) {
          const [whole, determiner, space, noun] = match;
          const term = capitalise(noun);
          const allowed = determiner.toLowerCase() === "the" ? roles.the : roles.this;
          if (!allowed.includes(term)) continue;
          const end = match.index + whole.length;
          if (!isApostrophe(field.text[end])) {
            const after = nextWord(field.text, end);
            if (MODIFIED_NOUNS.has(after) || NAMED_BY_WHAT_FOLLOWS.has(after)) continue;
          }
          if (isAllCaps(noun) || isLiteral(field, match.index)) continue;
          if (restatesHeadword(field, noun.toLowerCase(), match.index)) continue;
          if (noun === term) {
            capitalised.set(term, (capitalised.get(term) ?? 0) + 1);
            continue;
          }
          const uses = lower.get(term) ?? lower.set(term, []).get(term);
          uses.push({ field, start: match.index, end, words: whole, fix: `${determiner}${space}${term}`, term });
        }
      }
      for (const [term, uses] of lower) {
        const count = capitalised.get(term) ?? 0;
        for (const use of uses) {
          const range = use.field.rangeOf(use.start, use.end);
          if (count > 0) {
            const times = count === 1 ? "once" : `${count} times`;
            context.report({ messageId: "mixedParty", data: { words: use.words, fix: use.fix, term, count, times }, pointer: use.field.pointer, range });
          } else context.report({ messageId: "lowerCaseParty", data: { words: use.words, fix: use.fix, term }, pointer: use.field.pointer, range });
        }
      }
    }
    if (terms.size === 0) return;
    for (const field of fields) {
      const text = field.text;
      const tokens = tokensOf(text);
      for (let first = 0; first < tokens.length; first++) {
        let key = "";
        for (let count = 1; count <= longestTerm && first + count <= tokens.length; count++) {
          const last = tokens[first + count - 1];
          if (count > 1 && !onlySpaces(text, tokens[first + count - 2].end, last.start)) break;
          const base = key;
          key = count === 1 ? last.lower : `${key} ${last.lower}`;
          const prefix = count === 1 ? "" : `${base} `;
          const candidates = [key];
          if (last.lower.endsWith("s")) candidates.push(prefix + last.lower.slice(0, -1));
          if (last.lower.endsWith("es")) candidates.push(prefix + last.lower.slice(0, -2));
          for (const candidate of candidates) {
            const term = terms.get(candidate);
            if (!term) continue;
            const start = tokens[first].start;
            const end = last.end;
            const before = text[start - 1];
            const after = text[end];
            if (before === "-" || after === "-") continue;
            if (isLiteral(field, start) || restatesHeadword(field, candidate, start)) continue;
            const words2 = tokens.slice(first, first + count).map((token) => text.slice(token.start, token.end));
            if (words2.some(isAllCaps)) continue;
            const initial = startsSentence(text, start);
            term.uses.push({ field, start, end, text: text.slice(start, end), pattern: words2.map((word, index) => index === 0 && initial ? "?" : letterCase(word)) });
          }
        }
      }
    }
    for (const { term, words: words2, uses } of terms.values()) {
      if (uses.length === 0) continue;
      const defined = words2.map((word, index) => index === 0 ? "?" : letterCase(word));
      if (defined.includes("U")) defined[0] = letterCase(words2[0]);
      const canonical = words2.map((word, index) => {
        if (defined[index] !== "?") return defined[index];
        let upper = 0;
        let lower = 0;
        for (const use of uses) {
          if (use.pattern[index] === "U") upper++;
          else if (use.pattern[index] === "L") lower++;
        }
        if (upper === lower) return letterCase(word) === "L" ? "L" : "U";
        return upper > lower ? "U" : "L";
      });
      const conflicts = (use) => use.pattern.some((value, index) => value !== "?" && value !== canonical[index]) && !(words2.length === 1 && use.pattern[0] === "L");
      const deviating = uses.filter(conflicts);
      if (deviating.length === 0) continue;
      const agreeing = uses.length - deviating.length;
      const others = `${agreeing} other ${agreeing === 1 ? "time" : "times"}`;
      const where = defined.every((value) => value !== "?") || agreeing === 0 ? agreeing > 0 ? `in its definition and ${others}` : "in its definition" : others;
      const form = recase(term, canonical);
      for (const use of deviating) {
        const fix = recase(use.text, use.pattern.map((value, index) => value === "?" ? "?" : canonical[index]));
        context.report({ messageId: "mixedTerm", data: { words: use.text, term, form, fix, where }, pointer: use.field.pointer, range: use.field.rangeOf(use.start, use.end) });
      }
    }
  }
};

// src/lint/rules/firmness-unstated.ts
var firmnessUnstated = {
  meta: {
    id: "firmness-unstated",
    description: "No response, update or resolution time in the document says how firm it is: a commitment, an objective, or an effort.",
    category: "targets",
    defaultSeverity: "warning",
    recommended: true,
    messages: {
      noFirmness: "none of the {{count}} target times says how firm it is, so nothing says whether a missed time is a breach (`firmness: commitment`), a missed goal (`objective`) or an effort that fell short (`commercially-reasonable-efforts`, `best-effort`); add `firmness` to the targets"
    }
  },
  check(context) {
    const { agreement } = context;
    const firmness = [];
    for (const tier of agreement.tiers) {
      for (const targets of Object.values(tier.targets)) {
        if (targets.response) firmness.push(targets.response.firmness);
        if (targets.update) firmness.push(targets.update.firmness);
        if (targets.resolution) firmness.push(targets.resolution.firmness);
      }
    }
    for (const type of agreement.requestTypes) if (type.response) firmness.push(type.response.firmness);
    if (firmness.length === 0 || firmness.some((value) => value !== void 0)) return;
    context.report({ messageId: "noFirmness", data: { count: firmness.length }, pointer: "/tiers", at: "key" });
  }
};

// src/lint/rules/general-availability-promise.ts
var OPEN_ENDED = new RegExp(
  [
    "available\\s+(?:whenever|at\\s+all\\s+times|any\\s*time)",
    // "whenever you need us", but not "whenever the client needs a report, it raises a request"
    "whenever\\s+(?:you|the\\s+client|the\\s+customer)\\s+needs?\\s+(?:us|them|it|help|support|assistance)",
    "(?:available|support|help|on\\s+hand|on\\s+call)\\s+whenever\\s+(?:needed|required)",
    "any\\s*time\\s+(?:you|the\\s+client|the\\s+customer)\\s+needs?\\s+(?:us|them|it|help|support|assistance)",
    // "reach us anytime", but not "escalations happen anytime the target is missed" (a condition, as "whenever")
    "anytime(?!\\s+(?:the|a|an|that|this|there|it|its|when|if)\\b)",
    "if\\s+anything\\s+(?:comes\\s+up|goes\\s+wrong|happens|breaks)",
    "always\\s+(?:available|on\\s+call|reachable|on\\s+hand|there\\s+for)",
    "unlimited\\s+support"
  ].map((phrase) => `\\b${phrase}\\b`).join("|"),
  "gi"
);
var GUARANTEE = /\bguarant(?:ee|ees|eed|eeing)\b/gi;
var MEASUREMENT_PERIOD = /\b(?:(?:each|every|per|any|a|the)\s+(?:calendar\s+)?(?:month|quarter|year)|monthly|quarterly|annual(?:ly)?|yearly)\b/i;
var REMEDY = /\b(?:service\s+credits?|credits?|refund\w*|rebate\w*|fee\s+reduction)\b/i;
var ROUND_THE_CLOCK = /(?<![\w/])(?:24\s*\/\s*7|24x7|24\s*\/\s*7\s*\/\s*365|24\s+hours\s+a\s+day(?:,?\s+(?:7|seven)\s+days\s+a\s+week)?|a?round[-\s]the[-\s]clock)(?![\w/])/gi;
var SEVERITY_PREFIX = String.raw`(?:sev(?:erity)?|priority|level|[spl])[\s-]*`;
var NAMED_LEVELS = new RegExp(
  String.raw`^[\s,]*(?:support\s+|cover(?:age)?\s+|response\s+)?(?:for|on)\s+(${SEVERITY_PREFIX}\d(?:\s*(?:\/|,|&|and|or)\s*(?:${SEVERITY_PREFIX})?\d)*)\b`,
  "i"
);
function namedLevels(agreement, textAfter) {
  const list = NAMED_LEVELS.exec(textAfter)?.[1];
  if (!list) return [];
  const numbers = new Set((list.match(/\d/g) ?? []).map(Number));
  return severitiesInOrder(agreement).filter((level) => numbers.has(level.level));
}
function tierBacking(agreement, tier, levels) {
  const top = topSeverity(agreement);
  for (const level of levels.length ? levels : top ? [top] : []) {
    const calendar = tier?.targets[level.id]?.response?.calendar;
    if (calendar && !calendarById(agreement, calendar)?.alwaysOpen) return { backed: false, messageId: "unbackedRoundTheClock", severity: level.id, calendar };
  }
  return { backed: true };
}
function backingOf(agreement, pointer, levels) {
  const calendarMatch = /^\/calendars\/(\d+)(?:\/|$)/.exec(pointer);
  if (calendarMatch && agreement.calendars[Number(calendarMatch[1])]?.alwaysOpen) return { backed: true };
  const tierMatch = /^\/tiers\/(\d+)(?:\/|$)/.exec(pointer);
  if (tierMatch) return tierBacking(agreement, agreement.tiers[Number(tierMatch[1])], levels);
  const channelMatch = /^\/channels\/(\d+)(?:\/|$)/.exec(pointer);
  const channel = channelMatch ? agreement.channels[Number(channelMatch[1])] : void 0;
  if (channel?.hours) {
    return calendarById(agreement, channel.hours)?.alwaysOpen ? { backed: true } : { backed: false, messageId: "unbackedChannel", calendar: channel.hours };
  }
  return tierBacking(agreement, clientTier(agreement), levels);
}
var generalAvailabilityPromise = {
  meta: {
    id: "general-availability-promise",
    description: `Prose promises general availability ("available whenever", "anytime", "24/7") instead of the defined service hours, or guarantees the service's uptime.`,
    category: "scope",
    defaultSeverity: "warning",
    recommended: true,
    messages: {
      openEnded: '"{{words}}" promises open-ended availability; state the support hours and the calendar each target runs on instead',
      unbackedRoundTheClock: '"{{words}}" promises round-the-clock cover, but the response target for `{{severity}}` runs on `{{calendar}}`, which is not a 24x7 calendar; back it with a 24x7 calendar or name the hours',
      unbackedChannel: '"{{words}}" promises round-the-clock cover, but this channel is staffed on `{{calendar}}`, which is not a 24x7 calendar',
      availabilityGuarantee: `"{{words}}" guarantees the service's availability; call it a target, and say over what period it is measured, what does not count (planned maintenance, outages of third parties) and what the client receives when it is missed`
    }
  },
  check(context) {
    const { agreement } = context;
    const fields = context.textFields();
    for (const match of findInFields(fields, OPEN_ENDED)) {
      context.report({ messageId: "openEnded", data: { words: match.text }, pointer: match.field.pointer, range: match.field.rangeOf(match.start, match.end) });
    }
    for (const match of findInFields(fields, GUARANTEE)) {
      const { text } = match.field;
      const promise = availabilityGuarantee(text, match.start, match.end);
      if (!promise || isNegated(text, match.start) || MEASUREMENT_PERIOD.test(text) && REMEDY.test(text)) continue;
      context.report({ messageId: "availabilityGuarantee", data: { words: text.slice(promise.start, promise.end) }, pointer: match.field.pointer, range: match.field.rangeOf(promise.start, promise.end) });
    }
    for (const match of findInFields(fields, ROUND_THE_CLOCK)) {
      const { text } = match.field;
      const backing = backingOf(agreement, match.field.pointer, namedLevels(agreement, text.slice(match.end, sentenceAt(text, match.start).end)));
      if (backing.backed) continue;
      const { messageId, backed: _, ...data } = backing;
      context.report({ messageId, data: { words: match.text, ...data }, pointer: match.field.pointer, range: match.field.rangeOf(match.start, match.end) });
    }
  }
};

// src/lint/rules/holidays-undefined.ts
var BUSINESS_TIME_TERM = /\b(?:business|working|office)\s+(?:days?|hours?|time)\b/i;
var HOLIDAY_WORDS = /\bholidays?\b/i;
function holidaysListed(calendar) {
  return calendar.holidays.size > 0 || calendar.recurringHolidays.length > 0 || calendar.holidaySets.length > 0 || calendar.holidayFiles.length > 0 || calendar.holidaysOf !== void 0;
}
function definedWithoutHolidays(agreement) {
  const definitions = (agreement.definitions ?? []).filter((d) => BUSINESS_TIME_TERM.test(d.term));
  return definitions.length > 0 && definitions.every((d) => !HOLIDAY_WORDS.test(d.meaning));
}
var holidaysUndefined = {
  meta: {
    id: "holidays-undefined",
    description: "A business-hours calendar lists no holidays: no dates, rules, regional set or holiday file, and no place whose holidays it keeps.",
    category: "calendar",
    defaultSeverity: "warning",
    recommended: true,
    messages: {
      noHolidays: "calendar `{{calendar}}` says nothing about holidays: business hours are usually read as excluding public holidays, but whose, and which? List them (`holidays`, `holidaySets: [...]`, `holidayFiles`), say whose they are (`holidaysOf`), or define the business days as including them",
      holidaysInWordsOnly: 'calendar `{{calendar}}` names its holidays only in words ("{{words}}"): nothing says which days those are, and a deadline counted across one is open to argument; list them (`holidays`, `holidaySets: [...]`, `holidayFiles`) or say whose they are (`holidaysOf`)'
    }
  },
  check(context) {
    const { agreement } = context;
    const settledByDefinition = definedWithoutHolidays(agreement);
    agreement.calendars.forEach((calendar, index) => {
      if (calendar.alwaysOpen || holidaysListed(calendar)) return;
      if (calendar.holidaysDescription !== void 0) {
        context.report({ messageId: "holidaysInWordsOnly", data: { calendar: calendar.id, words: calendar.holidaysDescription.trim() }, pointer: `/calendars/${index}/holidaysDescription` });
        return;
      }
      if (settledByDefinition) return;
      context.report({ messageId: "noHolidays", data: { calendar: calendar.id }, pointer: `/calendars/${index}/id` });
    });
  }
};

// src/lint/rules/maintenance-without-controls.ts
var MAINTENANCE = /\b(?:maintenance|upgrades?|updates?|planned\s+(?:downtime|outages?|work)|scheduled\s+(?:downtime|outages?|work))\b/i;
var CONTROLLED = /\b(?:notice|notif\w*|announc\w*|windows?|advance)\b/i;
var maintenanceWithoutControls = {
  meta: {
    id: "maintenance-without-controls",
    description: "Maintenance and planned change lack a notice period, an approval rule, or testing before release; or maintenance is left out of downtime with no limit or notice.",
    category: "change",
    defaultSeverity: "warning",
    recommended: true,
    agencyOnlyMessages: ["noMaintenance", "noNotice", "noApproval", "noTesting", "testingNotRequired"],
    messages: {
      noMaintenance: "the agreement does not say how planned changes are announced, approved and tested; add `maintenance` with `notice`, `approval` and `testing`",
      noNotice: "planned maintenance has no notice period; add `notice: { within: ..., calendar: ... }`",
      noApproval: "nothing says whether the client approves planned changes; add `approval`",
      noTesting: "nothing says how changes are tested before release; add `testing` (for AI workflows, an evaluation set that must pass)",
      testingNotRequired: "testing before release is not required; changes to an AI workflow should pass an evaluation set before they reach production",
      uncontrolledExclusion: '"{{words}}" does not count as downtime, yet nothing limits it or gives notice of it, so the availability promise shrinks by whatever maintenance is scheduled; add `maintenance.windows` and `maintenance.notice`, or say the limit and the notice in the exclusion'
    }
  },
  check(context) {
    const { maintenance, availability } = context.agreement;
    if (!maintenance?.notice && !maintenance?.windows?.length) {
      (availability?.exclusions ?? []).forEach((exclusion, index) => {
        const words2 = MAINTENANCE.exec(exclusion);
        if (!words2 || CONTROLLED.test(exclusion) || hasQuantity(exclusion)) return;
        context.report({ messageId: "uncontrolledExclusion", data: { words: exclusion.trim().replace(/\.$/, "") }, pointer: `/availability/exclusions/${index}` });
      });
    }
    if (!maintenance) {
      context.report({ messageId: "noMaintenance", pointer: "", at: "key" });
      return;
    }
    const at = { pointer: "/maintenance", at: "key" };
    if (!maintenance.notice) context.report({ messageId: "noNotice", ...at });
    if (!maintenance.approval) context.report({ messageId: "noApproval", ...at });
    if (!maintenance.testing) context.report({ messageId: "noTesting", ...at });
    else if (!maintenance.testing.required) context.report({ messageId: "testingNotRequired", pointer: "/maintenance/testing/required" });
  }
};

// src/lint/rules/missing-targets.ts
var missingTargets = {
  meta: {
    id: "missing-targets",
    description: "A tier neither gives targets for a severity level nor marks it `not-offered`, or no tier says anything about a level.",
    category: "targets",
    defaultSeverity: "error",
    recommended: true,
    messages: {
      missingLevels: "tier `{{tier}}` gives no targets for {{levels}} and does not mark {{them}} `not-offered`, so nothing says what its clients get for such incidents; add the targets, or write `{{example}}: not-offered`",
      inNoTier: "severity level `{{severity}}` has targets in no tier, and no tier marks it `not-offered`, so nothing says what a `{{severity}}` incident gets; add its targets to the tiers, or limit the level to the tiers or services that have them (`tiers`, `services`)"
    }
  },
  check(context) {
    const { agreement } = context;
    const levels = severitiesInOrder(agreement);
    const says = (tierIndex, severity) => {
      const tier = agreement.tiers[tierIndex];
      return tier.targets[severity] !== void 0 || tier.notOffered.includes(severity);
    };
    const missingByTier = /* @__PURE__ */ new Map();
    for (const level of levels) {
      const applies = agreement.tiers.map((tier, index) => ({ tier, index })).filter(({ tier }) => !level.tiers || level.tiers.includes(tier.id)).filter(({ tier }) => !level.services || !tier.services || tier.services.some((service) => level.services.includes(service)));
      if (applies.length === 0) continue;
      const silent = applies.filter(({ index }) => !says(index, level.id));
      if (silent.length === 0) continue;
      if (silent.length === applies.length) {
        context.report({ messageId: "inNoTier", data: { severity: level.id }, pointer: `/severityLevels/${agreement.severityLevels.indexOf(level)}/id` });
        continue;
      }
      for (const { index } of silent) missingByTier.set(index, [...missingByTier.get(index) ?? [], level.id]);
    }
    for (const [index, severities] of missingByTier) {
      const plural = severities.length > 1;
      context.report({
        messageId: "missingLevels",
        data: { tier: agreement.tiers[index].id, levels: listOf(severities, "and"), them: plural ? "them" : "it", example: severities[0] },
        pointer: `/tiers/${index}/targets`,
        at: "key"
      });
    }
  }
};

// src/lint/rules/missing-review-cadence.ts
var missingReviewCadence = {
  meta: {
    id: "missing-review-cadence",
    description: "The agreement has no review cadence: nothing says how often it is checked against real support behaviour.",
    category: "governance",
    defaultSeverity: "warning",
    recommended: true,
    agencyOnly: true,
    messages: {
      noReview: "the agreement never says when it is reviewed; add `review: { frequency: quarterly, topics: [...] }` to check targets, issue types and tuning volume against reality",
      noTopics: "the review has no topics; say what it looks at (issue types, target realism, tuning volume, client understanding of coverage)"
    }
  },
  check(context) {
    const review = context.agreement.review;
    if (!review) context.report({ messageId: "noReview", pointer: "", at: "key" });
    else if (!review.topics?.length) context.report({ messageId: "noTopics", pointer: "/review", at: "key" });
  }
};

// src/lint/rules/missing-update-cadence.ts
var missingUpdateCadence = {
  meta: {
    id: "missing-update-cadence",
    description: "The most severe levels have no update cadence: nothing says how often the client hears about an open incident.",
    category: "targets",
    defaultSeverity: "warning",
    recommended: true,
    messages: {
      missingUpdate: "in tier `{{tier}}`, `{{severity}}` incidents have no update cadence; add `update: { every: ..., calendar: ... }` so the client knows how often to expect news"
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: { topLevels: { type: "integer", minimum: 1, description: "How many of the most severe levels need an update cadence." } }
    },
    defaultOptions: { topLevels: 2 }
  },
  check(context) {
    const { agreement, options } = context;
    const top = severitiesInOrder(agreement).slice(0, options.topLevels);
    agreement.tiers.forEach((tier, index) => {
      for (const level of top) {
        const targets = tier.targets[level.id];
        if (targets?.response && !targets.update && !targets.gaps.update) {
          context.report({ messageId: "missingUpdate", data: { tier: tier.id, severity: level.id }, pointer: `/tiers/${index}/targets/${pointerSegment(level.id)}`, at: "key" });
        }
      }
    });
  }
};

// src/lint/rules/monitoring-undefined.ts
var monitoringUndefined = {
  meta: {
    id: "monitoring-undefined",
    description: "Monitoring and reporting are undefined: no metrics, review frequency, report or proactive-outreach trigger, or no output-quality and drift metric for an AI workflow.",
    category: "monitoring",
    defaultSeverity: "warning",
    recommended: true,
    agencyOnly: true,
    messages: {
      noMonitoring: "the agreement does not say what is monitored or reported; add `monitoring` with metrics, a review frequency, reports and proactive-outreach triggers",
      noMetrics: "no metrics are listed; say what is measured (for AI workflows: output quality, drift, latency, cost, volume)",
      noReviewFrequency: "nothing says how often the metrics are reviewed; add `reviewFrequency`",
      noReports: "the client receives no report: add `reports`, or a `reporting` frequency on the client's tier",
      noOutreach: "nothing says when the provider contacts the client before the client notices a problem; add `proactiveOutreach` triggers",
      missingAiMetric: "no {{missing}} metric is tracked; an AI workflow can degrade without failing, and only these show it"
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        aiMetrics: {
          type: "array",
          uniqueItems: true,
          items: { enum: ["output-quality", "drift", "confidence", "latency", "cost", "volume", "error-rate", "availability", "other"] },
          description: "Metric categories that must be tracked; [] when the agreement does not cover an AI workflow."
        }
      }
    },
    defaultOptions: { aiMetrics: ["output-quality", "drift"] }
  },
  check(context) {
    const { agreement, options } = context;
    const monitoring = agreement.monitoring;
    if (!monitoring) {
      context.report({ messageId: "noMonitoring", pointer: "", at: "key" });
      return;
    }
    const at = { pointer: "/monitoring", at: "key" };
    const metrics = monitoring.metrics ?? [];
    if (metrics.length === 0) context.report({ messageId: "noMetrics", ...at });
    if (!monitoring.reviewFrequency) context.report({ messageId: "noReviewFrequency", ...at });
    if (!monitoring.reports?.length && !clientTier(agreement)?.reporting) context.report({ messageId: "noReports", ...at });
    if (!monitoring.proactiveOutreach?.length) context.report({ messageId: "noOutreach", ...at });
    if (metrics.length > 0) {
      const tracked = new Set(metrics.map((metric) => metric.category));
      const missing = options.aiMetrics.filter((category) => !tracked.has(category));
      if (missing.length) context.report({ messageId: "missingAiMetric", data: { missing: listOf(missing, "or") }, pointer: "/monitoring/metrics", at: "key" });
    }
  }
};

// src/lint/rules/no-conflict-markers.ts
var OPENING = /^(\s*)(<{7})(?:\s|$)/;
var CLOSING = /^(\s*)(>{7})(?:\s|$)/;
var MIDDLE = /^(\s*)(={7}|\|{7})(?:\s|$)/;
var noConflictMarkers = {
  meta: {
    id: "no-conflict-markers",
    description: "The file contains leftover merge-conflict markers (<<<<<<<, =======, >>>>>>>).",
    category: "hygiene",
    defaultSeverity: "error",
    recommended: true,
    kind: "text",
    messages: {
      conflictMarker: "merge-conflict marker `{{marker}}`: two versions of this text were never reconciled; keep one and delete the markers"
    }
  },
  check(context) {
    const lines = context.source.text.split(/\r?\n/);
    let inConflict = false;
    lines.forEach((line, index) => {
      let match = OPENING.exec(line);
      if (match) inConflict = true;
      else if (match = CLOSING.exec(line)) inConflict = false;
      else if (!inConflict || !(match = MIDDLE.exec(line))) return;
      const column = match[1].length + 1;
      const marker = line.trim();
      context.report({
        messageId: "conflictMarker",
        data: { marker: marker.length > 40 ? `${marker.slice(0, 40)}\u2026` : marker },
        pointer: "",
        range: { line: index + 1, column, endLine: index + 1, endColumn: line.trimEnd().length + 1 }
      });
    });
  }
};

// src/lint/rules/no-placeholders.ts
var MARKERS = /(?<![\w-])(?:TODO|TBD|TBC|TBA|FIXME|XXX)(?![\w-])/;
var FILLERS = /\blorem ipsum\b|\[(?:insert|add|enter|fill in|name of|client name|provider name|date|amount|todo|tbd)\b[^\]]*\]|<(?:insert|client name|provider name)\b[^>]*>/i;
var ANY_PLACEHOLDER_WORD = /TODO|TBD|TBC|TBA|FIXME|XXX|lorem|[[<](?:insert|add|enter|fill|name|client|provider|date|amount|todo|tbd)/i;
function placeholdersIn(text) {
  const found = [];
  for (const pattern of [new RegExp(MARKERS.source, "g"), new RegExp(FILLERS.source, "gi")]) for (const match of text.matchAll(pattern)) found.push(match);
  return found.sort((a, b) => a.index - b.index);
}
var PER_FIELD = 10;
var noPlaceholders = {
  meta: {
    id: "no-placeholders",
    description: 'Text still holds a placeholder: TODO, TBD, FIXME, "lorem ipsum", "[insert ...]".',
    category: "hygiene",
    defaultSeverity: "warning",
    recommended: true,
    kind: "text",
    messages: {
      placeholder: '"{{words}}" is a placeholder; write the actual term before the agreement is proposed or signed',
      placeholderAndMore: '"{{words}}" is a placeholder, and {{count}} more follow in this text (not listed); write the actual terms before the agreement is proposed or signed'
    }
  },
  check(context) {
    const written = context.source.text;
    if (!written.includes("\\") && !ANY_PLACEHOLDER_WORD.test(written)) return;
    const fields = context.textFields();
    const covered = new Set(fields.map((field) => field.pointer));
    for (const field of fields) {
      const matches = placeholdersIn(field.text);
      for (const [index, match] of matches.slice(0, PER_FIELD).entries()) {
        const more = index === PER_FIELD - 1 ? matches.length - PER_FIELD : 0;
        context.report({
          messageId: more > 0 ? "placeholderAndMore" : "placeholder",
          data: { words: match[0], count: more.toLocaleString("en") },
          pointer: field.pointer,
          range: field.rangeOf(match.index, match.index + match[0].length)
        });
      }
    }
    const visit2 = (value, pointer) => {
      if (typeof value === "string") {
        if (covered.has(pointer)) return;
        const match = placeholdersIn(value)[0];
        if (match) context.report({ messageId: "placeholder", data: { words: match[0] }, pointer });
      } else if (Array.isArray(value)) value.forEach((item, index) => visit2(item, joinPointer(pointer, index)));
      else if (value && typeof value === "object") for (const [key, item] of Object.entries(value)) visit2(item, joinPointer(pointer, key));
    };
    visit2(context.source.data, "");
  }
};

// src/lint/rules/resolution-guarantee.ts
var GUARANTEE2 = /\bguarant(?:ee|ees|eed|eeing)\b/gi;
var RESOLVED_WITHIN = /\b(?:(?:will|shall|must|is|are)\s+(?:be\s+|always\s+be\s+)?)?(?:resolved|fixed|solved|repaired|corrected)\s+within\b/gi;
var HEDGE = /\b(?:aims?|aiming|target(?:s|ed)?|objective|goal|endeavou?rs?|seeks?|intends?|strives?|expects?|plans?|usually|typically|generally|normally|often|most)\b/i;
var resolutionGuarantee = {
  meta: {
    id: "resolution-guarantee",
    description: 'A resolution target is not framed as an objective or workaround target, or the prose promises resolution ("guarantee", "will be resolved within").',
    category: "targets",
    defaultSeverity: "error",
    recommended: true,
    messages: {
      resolutionWithoutKind: "the resolution target for `{{severity}}` in tier `{{tier}}` does not say how firm it is; add `firmness: objective` (or `commercially-reasonable-efforts`, `best-effort`) so it cannot be read as a guarantee",
      resolutionCommitment: "the resolution target for `{{severity}}` in tier `{{tier}}` is a commitment, so every late fix is a breach, even one a vendor outage caused; make it `firmness: objective` unless you mean to guarantee resolution",
      guarantee: '"{{words}}" reads as a promise; say "target" or "objective", and what happens when it is missed',
      resolvedWithin: '"{{words}}" promises a result by a deadline; say "the resolution target is ..." or "aims to restore service or provide a workaround within ..."'
    }
  },
  check(context) {
    const { agreement } = context;
    agreement.tiers.forEach((tier, index) => {
      for (const [severity, targets] of Object.entries(tier.targets)) {
        const firmness = targets.resolution?.firmness;
        const pointer = `/tiers/${index}/targets/${pointerSegment(severity)}/resolution`;
        if (targets.resolution && !firmness) context.report({ messageId: "resolutionWithoutKind", data: { severity, tier: tier.id }, pointer, at: "key" });
        else if (firmness === "commitment") context.report({ messageId: "resolutionCommitment", data: { severity, tier: tier.id }, pointer: `${pointer}/firmness` });
      }
    });
    const fields = context.textFields();
    for (const match of findInFields(fields, GUARANTEE2)) {
      if (isNegated(match.field.text, match.start)) continue;
      if (availabilityGuarantee(match.field.text, match.start, match.end)) continue;
      context.report({ messageId: "guarantee", data: { words: match.text }, pointer: match.field.pointer, range: match.field.rangeOf(match.start, match.end) });
    }
    for (const match of findInFields(fields, RESOLVED_WITHIN)) {
      const sentence = sentenceAt(match.field.text, match.start);
      if (HEDGE.test(match.field.text.slice(sentence.start, match.start)) || isNegated(match.field.text, match.start)) continue;
      context.report({ messageId: "resolvedWithin", data: { words: match.text }, pointer: match.field.pointer, range: match.field.rangeOf(match.start, match.end) });
    }
  }
};

// src/lint/zone-phrases.ts
var MORE_ABBREVIATIONS = {
  AET: "Australia/Sydney",
  ACST: "Australia/Adelaide",
  ACDT: "Australia/Adelaide",
  AWST: "Australia/Perth",
  NZST: "Pacific/Auckland",
  NZDT: "Pacific/Auckland",
  AKST: "America/Anchorage",
  AKDT: "America/Anchorage",
  HST: "Pacific/Honolulu",
  WEST: "Europe/Lisbon"
};
var ALL_ABBREVIATIONS = [...TIMEZONE_ABBREVIATIONS, ...Object.keys(MORE_ABBREVIATIONS)];
var SHORT = ALL_ABBREVIATIONS.filter((a) => a.length === 2);
var LONG = ALL_ABBREVIATIONS.filter((a) => a.length > 2);
var AFTER_CLOCK_TIME = String.raw`(?<=\b(?:\d{1,2}:\d{2}(?:\s*[aApP]\.?[mM]\.?)?|\d{1,2}\s*[aApP]\.?[mM]\.?)\s?)`;
var ABBREVIATION = new RegExp(`(?<![\\w/])(?:${LONG.join("|")})(?![\\w/])`, "g");
var SHORT_ABBREVIATION = new RegExp(`(?<![\\w/])(?:${SHORT.join("|")})(?![\\w/])`, "g");
var CLOCK_TIME_BEFORE = new RegExp(AFTER_CLOCK_TIME, "y");
function afterClockTime(text, index) {
  CLOCK_TIME_BEFORE.lastIndex = index;
  return CLOCK_TIME_BEFORE.test(text);
}
var VARIANT = String.raw`(?:\s+(?:Standard|Daylight|Summer|Prevailing))?`;
var HALF_YEAR = /\b(?:Standard|Daylight|Summer)\b/i;
var TIME = String.raw`\s+Time\b`;
var US = String.raw`(?:U\.?S\.?\s+)`;
var US_REGIONS = [
  ["Eastern", "America/New_York", true],
  ["Central", "America/Chicago", true],
  ["Mountain", "America/Denver", false],
  ["Pacific", "America/Los_Angeles", true]
];
var NOT_US = String.raw`(?!\s+(?:Europe|European|Australia|Australian|Africa|African|Asia|Asian)\b)`;
var ZONE_PHRASES = [
  // Australia
  { pattern: String.raw`\bAustralian\s+Eastern${VARIANT}${TIME}|\bEastern\s+Australian?${VARIANT}${TIME}|\bAustralian\s+Eastern\s+(?:Standard|Daylight|Summer)\b`, zone: "Australia/Sydney" },
  { pattern: String.raw`\bAustralian\s+Central${VARIANT}${TIME}|\bCentral\s+Australian?${VARIANT}${TIME}`, zone: "Australia/Adelaide" },
  { pattern: String.raw`\bAustralian\s+Western${VARIANT}${TIME}|\bWestern\s+Australian?${VARIANT}${TIME}`, zone: "Australia/Perth" },
  { pattern: String.raw`\bAustralian\s+Eastern\b`, zone: "Australia/Sydney", afterClockTime: true },
  // Europe
  { pattern: String.raw`\b(?:Central\s+Europe(?:an)?|European\s+Central)${VARIANT}${TIME}`, zone: "Europe/Berlin" },
  { pattern: String.raw`\b(?:Eastern\s+Europe(?:an)?|European\s+Eastern)${VARIANT}${TIME}`, zone: "Europe/Helsinki" },
  { pattern: String.raw`\b(?:Western\s+Europe(?:an)?|European\s+Western)${VARIANT}${TIME}`, zone: "Europe/Lisbon" },
  { pattern: String.raw`\bCentral\s+European\b`, zone: "Europe/Berlin", afterClockTime: true },
  { pattern: String.raw`\bBritish\s+Summer${TIME}|\bGreenwich\s+Mean${TIME}`, zone: "Europe/London" },
  { pattern: String.raw`\bU\.?K\.?${TIME}`, zone: "Europe/London", oneClock: true },
  // Asia
  { pattern: String.raw`\bIndia(?:n)?\s+Standard${TIME}`, zone: "Asia/Kolkata" },
  { pattern: String.raw`\bJapan\s+Standard${TIME}`, zone: "Asia/Tokyo" },
  { pattern: String.raw`\bChina\s+Standard${TIME}`, zone: "Asia/Shanghai" },
  { pattern: String.raw`\bSingapore(?:\s+Standard)?${TIME}`, zone: "Asia/Singapore" },
  // North America: "Eastern Time", "US Pacific", and a region alone straight after a clock time.
  ...US_REGIONS.map(([region, zone, oneClock]) => ({ pattern: String.raw`(?<!Asia[\s-])\b${US}?${region}${VARIANT}${TIME}`, zone, oneClock })),
  ...US_REGIONS.map(([region, zone, oneClock]) => ({ pattern: String.raw`\b${US}${region}\b${NOT_US}`, zone, oneClock })),
  // "5pm Eastern": which Eastern (US, Australian) the words alone do not say.
  ...US_REGIONS.map(([region, zone]) => ({ pattern: String.raw`\b${region}\b${NOT_US}(?!${VARIANT}${TIME})`, zone, afterClockTime: true }))
];
var ZONE_PHRASE = new RegExp(ZONE_PHRASES.map((phrase) => `(${phrase.pattern})`).join("|"), "g");
var ZONE_WORD = /Eastern|Central|Mountain|Pacific|Western|Europe|British|Greenwich|U\.?K\.?\s+Time|Standard\s+Time|Singapore/;
function zoneFor(abbreviation) {
  const more = MORE_ABBREVIATIONS[abbreviation];
  if (more) return more;
  const check = checkTimezone(abbreviation);
  return !check.ok && /IANA name such as `([^`]+)`/.exec(check.message)?.[1] || "Europe/Berlin";
}
function matchesOf(pattern, text) {
  const found = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) found.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  return found;
}
function zoneMentions(text) {
  const names = [];
  if (ZONE_WORD.test(text)) {
    ZONE_PHRASE.lastIndex = 0;
    for (let match = ZONE_PHRASE.exec(text); match; match = ZONE_PHRASE.exec(text)) {
      const phrase = ZONE_PHRASES[match.findIndex((group, index) => index > 0 && group !== void 0) - 1];
      if (phrase.afterClockTime && !afterClockTime(text, match.index)) continue;
      const kind = phrase.oneClock && !HALF_YEAR.test(match[0]) ? "zoneName" : "spelledOut";
      names.push({ kind, words: match[0], start: match.index, end: match.index + match[0].length, zone: phrase.zone });
    }
  }
  const abbreviations = [...matchesOf(ABBREVIATION, text), ...matchesOf(SHORT_ABBREVIATION, text).filter((m) => afterClockTime(text, m.start))].filter((m) => !names.some((name) => name.end <= m.start ? /^[\s(/,]*$/.test(text.slice(name.end, m.start)) : m.end <= name.start && /^[\s(/,]*$/.test(text.slice(m.end, name.start)))).map((m) => ({ kind: "abbreviation", words: m.text, start: m.start, end: m.end, zone: zoneFor(m.text) }));
  return [...names, ...abbreviations].filter((mention) => !afterPlaceTime(text, mention.start));
}
var places;
function zonePlaces() {
  places ??= new Set(Intl.supportedValuesOf("timeZone").map((zone) => zone.slice(zone.lastIndexOf("/") + 1).replace(/_/g, " ").toLowerCase()));
  return places;
}
var PLACE_TIME_BEFORE = new RegExp("(?:^|[^\\p{L}])((?:\\p{Lu}[\\p{L}.'-]*\\s){0,2}\\p{Lu}[\\p{L}.'-]*)\\s+time\\s*\\(\\s*$", "u");
function afterPlaceTime(text, start) {
  const match = PLACE_TIME_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  return match !== null && zonePlaces().has(match[1].toLowerCase());
}

// src/lint/rules/support-hours-in-prose.ts
var UNSTATED2 = "unstated";
var HOURS_IN_PROSE = /\b(?:(?:standard|normal|regular|usual|local|core)\s+)?(?:business|working|office)\s+(?:hours|days?)\b|\b(?:8|9|10|12|24)\s*[x×/]\s*5\b/gi;
var WEEKDAYS = ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
var windowsText = (windows) => windows.map(windowText).join(", ");
function hoursInWords(calendar) {
  const days = [1, 2, 3, 4, 5, 6, 7].filter((day) => (calendar.weekly[day]?.length ?? 0) > 0);
  if (days.length === 0) return "no working hours";
  const first = calendar.weekly[days[0]];
  const same = days.every((day) => windowsText(calendar.weekly[day]) === windowsText(first));
  const consecutive = days.every((day, i) => i === 0 || day === days[i - 1] + 1);
  if (same && consecutive && days.length > 1) return `${WEEKDAYS[days[0]]}\u2013${WEEKDAYS[days.at(-1)]} ${windowsText(first)}`;
  return days.map((day) => `${WEEKDAYS[day]} ${windowsText(calendar.weekly[day])}`).join("; ");
}
function zoneUnstated(calendar) {
  const zones = calendar.timezones.length ? calendar.timezones : [calendar.timezone];
  return zones.includes(UNSTATED2);
}
var supportHoursInProse = {
  meta: {
    id: "support-hours-in-prose",
    description: "Support hours are named but not stated: a calendar with `hours: unstated` or no time zone, or prose about business hours that no calendar defines.",
    category: "calendar",
    defaultSeverity: "warning",
    recommended: true,
    messages: {
      hoursUnstated: "calendar `{{calendar}}` names support hours without stating them (`hours: unstated`{{andZone}}){{words}}; a target counted in them has no due time until the days, times and zone are stated",
      zoneUnstated: "calendar `{{calendar}}` states its hours ({{hours}}) but not the time zone they are in (`timezone: unstated`), and its words name none; name the IANA zone, e.g. America/New_York",
      proseOnly: '"{{words}}" names support hours that no calendar states: the document has no calendar with working hours; add one with the days, times and zone'
    }
  },
  check(context) {
    const { agreement } = context;
    agreement.calendars.forEach((calendar, index) => {
      const pointer = `/calendars/${index}`;
      const words2 = calendar.description ?? calendar.name;
      if (calendar.hoursUnstated) {
        context.report({
          messageId: "hoursUnstated",
          data: { calendar: calendar.id, andZone: zoneUnstated(calendar) ? ", `timezone: unstated`" : "", words: words2 ? `: "${words2.trim()}"` : "" },
          pointer: `${pointer}/hours`
        });
        return;
      }
      if (calendar.alwaysOpen || !zoneUnstated(calendar)) return;
      if ([calendar.description, calendar.name].some((text) => text !== void 0 && zoneMentions(text).length > 0)) return;
      context.report({ messageId: "zoneUnstated", data: { calendar: calendar.id, hours: hoursInWords(calendar) }, pointer: `${pointer}/timezone` });
    });
    if (agreement.calendars.some((calendar) => !calendar.alwaysOpen)) return;
    const [first] = findInFields(context.textFields(), HOURS_IN_PROSE);
    if (first) context.report({ messageId: "proseOnly", data: { words: first.text }, pointer: first.field.pointer, range: first.field.rangeOf(first.start, first.end) });
  }
};

// src/lint/rules/support-enhancement-boundary.ts
var supportEnhancementBoundary = {
  meta: {
    id: "support-enhancement-boundary",
    description: "Support is not separated from enhancement work: no excluded scope, no change-order threshold, or no way of quoting non-covered work.",
    category: "scope",
    defaultSeverity: "error",
    recommended: true,
    agencyOnlyMessages: ["noThreshold", "noQuoting"],
    messages: {
      noExcludedScope: "the agreement lists no excluded work (`scope.excluded`); say what support does not cover, e.g. new features, major redesign, unrelated systems",
      noThreshold: "nothing says when a request becomes a change order; add `changeOrders.threshold` (and `thresholdHours`)",
      noQuoting: "nothing says how non-covered work is evaluated and quoted; add `changeOrders.evaluation`, `estimateWithin` or `rate`"
    }
  },
  check(context) {
    const { scope, changeOrders, requestTypes } = context.agreement;
    const notCovered = requestTypes.some((type) => type.coverage === "not-covered");
    if (!scope?.excluded?.length && !notCovered) {
      context.report({ messageId: "noExcludedScope", pointer: scope ? scope.excluded ? "/scope/excluded" : "/scope" : "", at: "key" });
    }
    const changeOrdersPointer = changeOrders ? "/changeOrders" : "";
    if (!changeOrders?.threshold && changeOrders?.thresholdHours === void 0) {
      context.report({ messageId: "noThreshold", pointer: changeOrdersPointer, at: "key" });
    }
    if (!changeOrders?.evaluation && !changeOrders?.estimateWithin && !changeOrders?.rate) {
      context.report({ messageId: "noQuoting", pointer: changeOrdersPointer, at: "key" });
    }
  }
};

// src/lint/rules/target-order.ts
function timePointer(target, time) {
  return `${target}/${time.between ? "between" : time.by ? "by" : "within"}`;
}
function pairs(agreement, response, resolution, responsePointer) {
  const alwaysOpen = (id) => id !== void 0 && calendarById(agreement, id)?.alwaysOpen === true;
  const responseOutside = response.outsideHours && !alwaysOpen(response.outsideHours.hours) ? response.outsideHours : void 0;
  const resolutionOutside = resolution.outsideHours && !alwaysOpen(resolution.outsideHours.hours) ? resolution.outsideHours : void 0;
  const pointer = timePointer(responsePointer, response);
  const list = [{ response, resolution, pointer }];
  if (responseOutside && resolutionOutside) {
    if (responseOutside.hours === resolutionOutside.hours) {
      list.push({ response: responseOutside, resolution: resolutionOutside, outside: responseOutside.hours, pointer: timePointer(`${responsePointer}/outsideHours`, responseOutside) });
    }
  } else if (responseOutside) {
    list.push({ response: responseOutside, resolution, outside: responseOutside.hours, pointer: timePointer(`${responsePointer}/outsideHours`, responseOutside) });
  } else if (resolutionOutside) {
    list.push({ response, resolution: resolutionOutside, outside: resolutionOutside.hours, pointer });
  }
  return list;
}
function neverAfter(response, resolution) {
  const r = response.duration;
  const s = resolution.duration;
  return response.calendar.alwaysOpen && r.days * 1440 + r.minutes <= s.days * 1440 + s.minutes;
}
function deadlineNeverAfter(response, resolution) {
  if (response.calendar !== resolution.calendar.id || resolution.calendar.hoursUnstated) return false;
  const days = resolution.duration.days;
  return response.by === "same-business-day" ? days >= 1 : response.by === "next-business-day" ? days >= 2 : false;
}
function candidateMoments(calendars, year) {
  const moments = /* @__PURE__ */ new Set();
  const first = dayNumberOfIsoDate(`${year}-01-01`);
  const last = dayNumberOfIsoDate(`${year}-12-31`);
  for (const calendar of calendars) {
    if (calendar.alwaysOpen) continue;
    const zone = calendarZone(calendar);
    for (let day = first; day <= last; day++) {
      moments.add(localDay(zone, day).start);
      for (const span of workingDay(calendar, day).spans) {
        for (const at of [span.start - MINUTE, span.start, span.end - MINUTE, span.end, span.end + MINUTE]) moments.add(at);
      }
    }
  }
  return [...moments].sort((a, b) => a - b);
}
var moment = (at, calendar) => DateTime.fromMillis(at, { zone: clockZoneName(calendar) }).setLocale("en-US").toFormat("cccc d LLL yyyy 'at' HH:mm");
function firstContradiction(agreement, response, resolution) {
  const ids = [response, response.outsideHours, resolution, resolution.outsideHours].flatMap((time) => time ? [time.calendar, ..."hours" in time ? [time.hours] : []] : []);
  const calendars = ids.map((id) => calendarById(agreement, id));
  if (calendars.some((calendar) => calendar === void 0)) return void 0;
  try {
    for (const calendar of calendars) runnableZones(calendar);
    const choose = (target, at) => {
      const outside = target.outsideHours;
      if (outside && clockMillis.locate(calendarById(agreement, outside.hours), at).at !== at) {
        return { time: outside, calendar: calendarById(agreement, outside.calendar), outside: true };
      }
      return { time: target, calendar: calendarById(agreement, target.calendar), outside: false };
    };
    const dueAt = ({ time, calendar }, at) => time.by ? clockMillis.namedDeadlineAt(calendar, at, time.by) : clockMillis.addWorkingTimeAt(calendar, at, time.within);
    for (const at of candidateMoments([...new Set(calendars)], referenceYear(agreement))) {
      const appliedResponse = choose(response, at);
      const appliedResolution = choose(resolution, at);
      const responseDue = dueAt(appliedResponse, at);
      const resolutionDue = dueAt(appliedResolution, at);
      if (resolutionDue >= responseDue) continue;
      const shownIn = appliedResponse.calendar.alwaysOpen ? appliedResolution.calendar : appliedResponse.calendar;
      return {
        raised: moment(at, shownIn),
        responseDue: `on ${moment(responseDue, shownIn)}`,
        resolutionDue: `due on ${moment(resolutionDue, shownIn)}`,
        response: `${targetTimeText(appliedResponse.time)} on \`${appliedResponse.calendar.id}\``,
        resolution: `${targetTimeText(appliedResolution.time)} on \`${appliedResolution.calendar.id}\``,
        outside: appliedResponse.outside
      };
    }
  } catch (error) {
    if (error instanceof ClockError) return void 0;
    throw error;
  }
  return void 0;
}
var targetOrder = {
  meta: {
    id: "target-order",
    description: "A response target is slower than its resolution target, or a more severe level responds more slowly than a less severe one.",
    category: "targets",
    defaultSeverity: "error",
    recommended: true,
    messages: {
      responseAfterResolution: "in tier `{{tier}}`, `{{severity}}` incidents{{when}} get a response within {{response}} but are to be resolved within {{resolution}}; a response cannot come after the resolution",
      responseCanFollowResolution: "in tier `{{tier}}`, a `{{severity}}` incident raised {{raised}} is due a response {{responseDue}}, after its resolution ({{resolutionDue}}): the response within {{response}} and the resolution within {{resolution}} contradict each other for such a request; count both on the same hours, or shorten the response",
      slowerThanLowerSeverity: "in tier `{{tier}}`, `{{severity}}` incidents get a response within {{response}}, later than the less severe `{{lower}}` ({{lowerResponse}}); more severe levels must respond at least as fast"
    }
  },
  check(context) {
    const { agreement } = context;
    const levels = severitiesInOrder(agreement);
    const on = (target) => {
      const plain = countableTarget(target);
      const calendar = plain && calendarById(agreement, plain.calendar);
      return calendar && { duration: plain.within, calendar, words: `${targetTimeText(target)} on \`${calendar.id}\`` };
    };
    agreement.tiers.forEach((tier, tierIndex) => {
      const responseOf = (severity) => `/tiers/${tierIndex}/targets/${pointerSegment(severity)}/response`;
      for (const [i, level] of levels.entries()) {
        const targets = tier.targets[level.id];
        if (!targets?.response) continue;
        if (targets.resolution && targets.resolution.from !== "response") {
          let certain = false;
          let decided = true;
          for (const pair of pairs(agreement, targets.response, targets.resolution, responseOf(level.id))) {
            const response2 = on(pair.response);
            const resolution = on(pair.resolution);
            if (pair.response.by && resolution && deadlineNeverAfter(pair.response, resolution)) continue;
            if (!response2 || !resolution || pair.response.by || pair.resolution.by) {
              decided = false;
              continue;
            }
            if (!certainlySlower(response2, resolution)) {
              if (response2.calendar.id !== resolution.calendar.id && !neverAfter(response2, resolution)) decided = false;
              continue;
            }
            certain = true;
            context.report({
              messageId: "responseAfterResolution",
              data: { tier: tier.id, severity: level.id, when: pair.outside ? ` raised outside \`${pair.outside}\`` : "", response: response2.words, resolution: resolution.words },
              pointer: pair.pointer
            });
          }
          if (!certain && !decided) {
            const found = firstContradiction(agreement, targets.response, targets.resolution);
            if (found) {
              const { outside, ...data } = found;
              context.report({
                messageId: "responseCanFollowResolution",
                data: { tier: tier.id, severity: level.id, ...data },
                pointer: outside ? timePointer(`${responseOf(level.id)}/outsideHours`, targets.response.outsideHours) : timePointer(responseOf(level.id), targets.response)
              });
            }
          }
        }
        const response = on(targets.response);
        if (!response) continue;
        for (const lower of levels.slice(i + 1)) {
          if (lower.level === level.level) continue;
          const lowerResponse = on(tier.targets[lower.id]?.response);
          if (lowerResponse && certainlySlower(response, lowerResponse)) {
            context.report({
              messageId: "slowerThanLowerSeverity",
              data: { tier: tier.id, severity: level.id, response: response.words, lower: lower.id, lowerResponse: lowerResponse.words },
              pointer: timePointer(responseOf(level.id), targets.response)
            });
            break;
          }
        }
      }
    });
  }
};

// src/lint/rules/timezone-abbreviation.ts
var ANY_CAPITAL = /[A-Z]/;
var timezoneAbbreviation = {
  meta: {
    id: "timezone-abbreviation",
    description: "Prose names a time zone by abbreviation (EST, CET, PT...) instead of an IANA zone such as America/New_York.",
    category: "calendar",
    defaultSeverity: "warning",
    recommended: true,
    kind: "text",
    messages: {
      abbreviation: '"{{words}}" is ambiguous and ignores daylight saving; name the IANA zone, e.g. {{zone}}, as the calendars do',
      spelledOut: '"{{words}}" changes with daylight saving and is not a zone name; name the IANA zone, e.g. {{zone}}, as the calendars do'
    }
  },
  check(context) {
    for (const field of context.textFields()) {
      if (!ANY_CAPITAL.test(field.text)) continue;
      for (const mention of zoneMentions(field.text)) {
        if (mention.kind === "zoneName") continue;
        context.report({ messageId: mention.kind === "abbreviation" ? "abbreviation" : "spelledOut", data: { words: mention.words, zone: mention.zone }, pointer: field.pointer, range: field.rangeOf(mention.start, mention.end) });
      }
    }
  }
};

// src/lint/rules/unilateral-reclassification.ts
var RECLASSIFY = /\b(?:re-?classif(?:y|ies|ied|ying|ication)|re-?categori[sz](?:e|es|ed|ing|ation)|downgrad(?:e|es|ed|ing)|re-?prioriti[sz](?:e|es|ed|ing|ation)|(?:change|changes|changed|changing|lower|lowers|lowered|lowering|adjust|adjusts|adjusted|adjusting|reduce|reduces|reduced|reducing|re-?assign|re-?assigns|re-?assigned|re-?assigning)\s+(?:the|its|an?|any|their)\s+(?:incident'?s\s+|ticket'?s\s+)?(?:severity|priority)(?:\s+levels?)?)\b/gi;
var RECLASSIFY_ONCE = new RegExp(RECLASSIFY.source, "i");
var RESERVES_RIGHT = /\breserves?\s+the\s+right\s+to\s+(?:\w+\s+){0,2}?(?:change|modify|adjust|alter|amend|set|assign|determine|re-?assess|re-?evaluate|review|update|lower|raise|downgrade|re-?classify|re-?prioriti[sz]e|re-?categori[sz]e)\b/gi;
var FINAL_SAY = /\b(?:final\s+and\s+(?:binding|conclusive)|(?:is|are|shall\s+be|will\s+be)\s+final\b(?!\s+(?:and|when|once|after|upon|on|if|unless)\b)|(?:in|at)\s+(?:its|our|the\s+provider'?s|\w+'s)\s+(?:sole|absolute|own)\s+(?:and\s+absolute\s+)?discretion|sole\s+(?:judge|arbiter))/gi;
var ABOUT_SEVERITY = /\b(?:severity|severities|priority|priorities|sev\s?\d|P[1-4])\b/i;
var CLIENT_ACTS_BEFORE = /\b(?:client|customer)(?:'s\s+\w+(?:\s+\w+)?)?\s+(?:may|can|will|shall|must|should|is\s+entitled\s+to|has\s+the\s+right\s+to|reserves\s+the\s+right\s+to)\s*$|\b(?:client|customer)\s*$/i;
var CLIENT_ACTS_AFTER = /^[^.;]*?\bby\s+(?:the\s+)?(?:client|customer)\b/i;
var CLIENT_DECIDES = /\b(?:client|customer)(?:'s)?\s+(?:own\s+)?(?:determination|decision|classification|assessment|choice|selection)\b|\b(?:selected|chosen|set|determined|assigned)\s+by\s+(?:the\s+)?(?:client|customer)\b/i;
var AGREEMENT_HERE = /\b(?:(?:with|after|subject\s+to)\s+(?:the\s+)?(?:client|customer)(?:'s)?\s+(?:prior\s+)?(?:written\s+)?(?:agreement|consent|approval|confirmation)|mutual(?:ly)?|jointly|by\s+(?:joint\s+)?agreement|agreed?\s+(?:with|by)\s+(?:the\s+)?(?:client|customer)|at\s+(?:the\s+)?(?:client|customer)(?:'s)?\s+request)\b/i;
var CLIENT_RECOURSE = [
  // "the customer may dispute / appeal / reject / reverse ..."
  /\b(?:client|customer)s?(?:'s\s+\w+)?\s+(?:may|can|is\s+entitled\s+to|has\s+the\s+right\s+to|shall\s+have\s+the\s+right\s+to|will\s+be\s+entitled\s+to|is\s+free\s+to)\s+(?:\w+\s+){0,2}?(dispute|challenge|contest|appeal|object|reject|reverse|overrule|veto|refuse|decline)\b/i,
  // "the customer may ask for a review / for the original severity to be restored"
  /\b(?:client|customer)s?(?:'s\s+\w+)?\s+(?:may|can)\s+(?:\w+\s+){0,2}?(request|ask)\b[^.;]*\b(?:revers\w*|revert\w*|restor\w*|reconsider\w*|review\w*|original\s+(?:severity|priority))/i,
  // "if the customer disagrees / objects ..."
  /\b(?:if|where|when|should|in\s+case|in\s+the\s+event\s+that|unless)\s+(?:the\s+)?(?:client|customer)\s+(disagrees|disputes|objects|challenges|contests|appeals|rejects|does\s+not\s+agree)\b/i,
  // "upon the customer's objection", "a customer dispute"
  /\b(?:client|customer)(?:'s)?\s+(objection|dispute|appeal|challenge|disagreement)s?\b/i
];
var DISPUTE = /\b(?:disagree\w*|disput\w*|challeng\w*|contest(?:s|ed|ing)?|appeal\w*|object(?:s|ed|ing|ion|ions)?)\b/i;
var ESCALATE = /\bescalat\w*\b/i;
var ABOUT_CLASSIFICATION = /\b(?:assigned|classif\w*|reclassif\w*|downgrad\w*|determination|decision|wrong\w*|incorrect\w*|misclassif\w*)\b/i;
var CLIENT = /\b(?:client|customer)s?\b/i;
function clientCanDispute(sentence) {
  return CLIENT_RECOURSE.some((pattern) => {
    const match = pattern.exec(sentence);
    return match !== null && !isNegated(sentence, match.index + match[0].lastIndexOf(match[1]));
  });
}
function isRecourse(sentence) {
  if (!CLIENT.test(sentence)) return false;
  if (!ABOUT_SEVERITY.test(sentence) && !ABOUT_CLASSIFICATION.test(sentence)) return false;
  if (clientCanDispute(sentence)) return true;
  if (RECLASSIFY_ONCE.test(sentence) || !ABOUT_SEVERITY.test(sentence)) return false;
  const dispute = DISPUTE.exec(sentence) ?? (ABOUT_CLASSIFICATION.test(sentence) ? ESCALATE.exec(sentence) : null);
  return dispute !== null && !isNegated(sentence, dispute.index);
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
var MAX_NAME_LENGTH = 300;
function providerPattern(source) {
  const provider = source.data?.parties?.provider;
  const names = [provider?.legalName, provider?.name].filter((name) => typeof name === "string" && name.trim().length > 1 && name.length <= MAX_NAME_LENGTH).map((name) => name.trim());
  const shortName = names.at(-1)?.split(/\s+/)[0];
  if (shortName && shortName.length > 2 && new RegExp("^\\p{Lu}", "u").test(shortName)) names.push(shortName);
  const generic = String.raw`(?:the\s+)?(?:service\s+)?(?:provider|supplier|vendor|licensor|contractor)|we|us|(?:the\s+|our\s+)?support(?:\s+(?:team|engineer|engineers|staff|organi[sz]ation))?`;
  return [...names.map(escapeRegExp), generic].join("|");
}
function providerDecidesPatterns(provider) {
  return [
    new RegExp(String.raw`\b(?:determined|decided|assigned|set|established|assessed|confirmed)\s+(?:solely\s+|exclusively\s+|only\s+|finally\s+)?by\s+(?:${provider})\b`, "gi"),
    new RegExp(String.raw`(?<![\w-])(?:${provider})\s+(?:alone\s+|solely\s+|exclusively\s+)?(?:determines?|decides?|sets?|assigns?)\s+(?:the\s+|a\s+|each\s+|every\s+)?(?:final\s+)?(?:severity|priority|classification)\b`, "gi")
  ];
}
var unilateralReclassification = {
  meta: {
    id: "unilateral-reclassification",
    description: "The provider may reclassify an incident's severity on its own, and the client has no recourse.",
    category: "governance",
    defaultSeverity: "warning",
    recommended: true,
    kind: "text",
    messages: {
      unilateral: `"{{words}}" lets the provider change an incident's severity on its own, and nothing lets the client dispute it; require the client's agreement or add a recourse, e.g. an escalation step "the client disagrees with the severity assigned"`,
      providerDecides: `"{{words}}" leaves an incident's severity to the provider alone, and nothing lets the client dispute it; add a recourse, e.g. an escalation step "the client disagrees with the severity assigned", or agree severities with the client`
    }
  },
  check(context) {
    const fields = context.textFields();
    const hasRecourseElsewhere = fields.some((field) => field.text.split(/(?<=[.!?;])\s+|\n/).some(isRecourse));
    if (hasRecourseElsewhere) return;
    const candidates = [
      ...findInFields(fields, RECLASSIFY).map((match) => ({ match, kind: "unilateral" })),
      ...findInFields(fields, RESERVES_RIGHT, "right").map((match) => ({ match, kind: "unilateral" })),
      ...findInFields(fields, FINAL_SAY).map((match) => ({ match, kind: "providerDecides" })),
      ...providerDecidesPatterns(providerPattern(context.source)).flatMap((pattern) => findInFields(fields, pattern).map((match) => ({ match, kind: "providerDecides" })))
    ];
    const order = new Map(fields.map((field, index) => [field, index]));
    candidates.sort((a, b) => order.get(a.match.field) - order.get(b.match.field) || a.match.start - b.match.start);
    const reported = /* @__PURE__ */ new Set();
    for (const { match, kind } of candidates) {
      const { text } = match.field;
      const sentence = sentenceAt(text, match.start);
      const key = `${match.field.pointer}#${sentence.start}`;
      if (reported.has(key)) continue;
      if (!ABOUT_SEVERITY.test(sentence.text)) continue;
      if (isNegated(text, match.start, 3)) continue;
      if (CLIENT_ACTS_BEFORE.test(text.slice(sentence.start, match.start)) || CLIENT_ACTS_AFTER.test(text.slice(match.end, sentence.end))) continue;
      if (kind === "providerDecides" && (CLIENT_DECIDES.test(sentence.text) || CLIENT.test(match.text))) continue;
      if (AGREEMENT_HERE.test(sentence.text) || clientCanDispute(sentence.text)) continue;
      reported.add(key);
      context.report({ messageId: kind, data: { words: match.text }, pointer: match.field.pointer, range: match.field.rangeOf(match.start, match.end) });
    }
  }
};

// src/lint/rules/unstated-target.ts
var KINDS = ["response", "update", "resolution"];
var KIND_WORDS = { response: "a response time", update: "an update cadence", resolution: "a resolution time" };
var unstatedTarget = {
  meta: {
    id: "unstated-target",
    description: "A target the document marks `unstated`: no response, update or resolution time, a time with no hours to count in (`calendar: unstated`), or an availability level or measurement period left open.",
    category: "targets",
    defaultSeverity: "warning",
    recommended: true,
    messages: {
      unstated: "tier `{{tier}}` does not state {{what}} (`unstated`); state the time, or mark what the tier does not give `not-offered`",
      noResponseAtAll: "tier `{{tier}}` states no response time for any level it covers (`unstated`); state the times, or mark the levels the tier does not give `not-offered`",
      unstatedHours: "in tier `{{tier}}`, {{what}} {{verb}} not say which hours {{pronoun}} in (`calendar: unstated`); the same time on business hours and around the clock are different promises, so name the calendar",
      requestTypeUnstatedHours: "the response to request type `{{type}}` ({{time}}) does not say which hours it counts in (`calendar: unstated`); name the calendar",
      availabilityTarget: "the availability promise{{scope}} states no availability level (`target: unstated`), so its credits and remedies apply to a level the document does not give; state the percentage",
      measurementWindow: "the availability promise{{scope}} does not say over what period availability is measured (`measurementWindow: unstated`): 99.9% of a month allows 43 minutes of downtime, of a year almost 9 hours; state the period"
    }
  },
  check(context) {
    const { agreement } = context;
    const levels = severitiesInOrder(agreement).map((level) => level.id);
    agreement.tiers.forEach((tier, tierIndex) => {
      const base = `/tiers/${tierIndex}/targets`;
      const covered = levels.filter((id) => tier.targets[id]);
      const missing = new Map(KINDS.map((kind) => [kind, []]));
      let first;
      for (const severity of covered) {
        for (const kind of KINDS) {
          if (tier.targets[severity].gaps[kind] !== UNSTATED) continue;
          missing.get(kind).push(severity);
          first ??= joinPointer(base, severity, kind);
        }
      }
      for (const kind of KINDS) if (missing.get(kind).length === 0) missing.delete(kind);
      const responses = missing.get("response") ?? [];
      if (covered.length > 0 && responses.length === covered.length && missing.size === 1) {
        context.report({ messageId: "noResponseAtAll", data: { tier: tier.id }, pointer: base, at: "key" });
      } else if (first) {
        const what = [...missing].map(([kind, severities]) => `${KIND_WORDS[kind]} for ${listOf(severities, "and")}`).join(", or ");
        context.report({ messageId: "unstated", data: { tier: tier.id, what }, pointer: first });
      }
      const hours = hoursGaps(tier, covered, base);
      if (hours.length > 0) {
        const labels = [...new Set(hours.map((gap) => gap.label))];
        const what = labels.map((label) => {
          const of = hours.filter((gap) => gap.label === label).map((gap) => `\`${gap.severity}\` (${gap.time})`);
          return `the ${label}${of.length > 1 ? "s" : ""} of ${of.length > 1 ? `${of.slice(0, -1).join(", ")} and ${of.at(-1)}` : of[0]}`;
        }).join(", ");
        const plural = hours.length > 1;
        context.report({
          messageId: "unstatedHours",
          data: { tier: tier.id, what, verb: plural ? "do" : "does", pronoun: plural ? "they count" : "it counts" },
          pointer: hours[0].pointer
        });
      }
    });
    agreement.requestTypes.forEach((type, index) => {
      if (type.response?.calendar === UNSTATED) {
        context.report({ messageId: "requestTypeUnstatedHours", data: { type: type.id, time: targetTimeText(type.response) }, pointer: `/requestTypes/${index}/response/calendar` });
      }
    });
    const { availability } = agreement;
    if (availability) {
      const scope = availability.services?.length ? ` for ${listOf(availability.services, "and")}` : "";
      if (availability.target === UNSTATED) context.report({ messageId: "availabilityTarget", data: { scope }, pointer: "/availability/target" });
      if (availability.measurementWindow === UNSTATED) context.report({ messageId: "measurementWindow", data: { scope }, pointer: "/availability/measurementWindow" });
    }
  }
};
function hoursGaps(tier, covered, base) {
  const gaps = [];
  const check = (severity, time, label, ...path) => {
    if (time?.calendar === UNSTATED) gaps.push({ severity, label, time: targetTimeText(time), pointer: joinPointer(base, severity, ...path, "calendar") });
  };
  for (const severity of covered) {
    const targets = tier.targets[severity];
    check(severity, targets.response, "response time", "response");
    check(severity, targets.response?.outsideHours, "outside-hours response time", "response", "outsideHours");
    if (targets.update?.calendar === UNSTATED) {
      gaps.push({ severity, label: "update cadence", time: `every ${targets.update.every.text}`, pointer: joinPointer(base, severity, "update", "calendar") });
    }
    check(severity, targets.resolution, "resolution time", "resolution");
    check(severity, targets.resolution?.outsideHours, "outside-hours resolution time", "resolution", "outsideHours");
  }
  return gaps;
}

// src/lint/rules/vague-severity-levels.ts
var IMPACT_WORDS = /\b(?:impact\w*|business|customers?|users?|revenue|cost\w*|loss|lost|outage|down|unavailable|unusable|cannot|can't|unable|fail\w*|degrad\w*|slow\w*|workaround|production|stopp\w*|block\w*|risk|legal|financial|safety|operations?|operational|deadline|sla|breach\w*|halt\w*|interrupt\w*)\b/i;
var REQUEST_TYPE_WORDS = /\b(?:questions?|queries|query|inquir(?:y|ies)|enquir(?:y|ies)|how-to|clarifications?|(?:feature|enhancement|change)\s+requests?|requests?\s+for\s+(?:enhancements?|features?|information|advice)|enhancements?|documentation|cosmetic|advice|suggestions?)\b/i;
var STOP_WORDS = /* @__PURE__ */ new Set(["the", "and", "for", "are", "but", "with", "that", "this", "has", "have", "its", "can", "from", "into", "such", "than", "then", "there", "which", "when", "where", "will", "been", "was", "were", "our", "their"]);
var NEGATIONS = /* @__PURE__ */ new Set(["not", "no", "nor", "never", "without", "cannot", "can't", "none", "neither", "non", "isn't", "aren't", "doesn't", "don't"]);
function words(text) {
  return new Set((text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []).filter((w) => NEGATIONS.has(w) || w.length > 2 && !STOP_WORDS.has(w)));
}
function compare(a, b) {
  const onlyA = [...a].filter((word) => !b.has(word));
  const onlyB = [...b].filter((word) => !a.has(word));
  const shared = a.size - onlyA.length;
  const union = a.size + b.size - shared;
  return { score: union === 0 ? 0 : shared / union, onlyA, onlyB };
}
function onlyNegations(differing) {
  return differing.length > 0 && differing.every((word) => NEGATIONS.has(word));
}
function quoted(list) {
  const shown = list.slice(0, 6).map((word) => `"${word}"`);
  return list.length > 6 ? `${shown.join(", ")}, \u2026` : shown.join(", ");
}
function difference(severity, onlySeverity, other, onlyOther) {
  if (onlySeverity.length && onlyOther.length) return `they differ only in ${quoted(onlyOther)} (\`${other}\`) against ${quoted(onlySeverity)} (\`${severity}\`)`;
  if (onlySeverity.length) return `only \`${severity}\` adds ${quoted(onlySeverity)}`;
  if (onlyOther.length) return `only \`${other}\` adds ${quoted(onlyOther)}`;
  return "they use the same words";
}
var vagueSeverityLevels = {
  meta: {
    id: "vague-severity-levels",
    description: "Severity levels are too vague: fewer than two, undefined, not tied to business impact, near-identical, or all with the same response target.",
    category: "severity",
    defaultSeverity: "warning",
    recommended: true,
    messages: {
      tooFewLevels: "the agreement defines only one severity level; define at least two, so urgent incidents can be told from the rest",
      noDefinition: "severity level `{{severity}}` has no definition; say which incidents qualify for it, in terms of business impact",
      noBusinessImpact: "the definition of `{{severity}}` says nothing about business impact; say what the incident does to the client's business, or add `businessImpact`",
      nearIdentical: "the definition of `{{severity}}` is near-identical to that of `{{other}}` ({{percent}}% of words shared; {{difference}}); say what tells them apart",
      sameResponseTarget: "every severity level in tier `{{tier}}` has the same response target ({{target}}), so the severity makes no difference to the response"
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: { maxSimilarity: { type: "number", minimum: 0, maximum: 1, description: "Word overlap (Jaccard, 0..1) at or above which two definitions are near-identical." } }
    },
    defaultOptions: { maxSimilarity: 0.8 }
  },
  check(context) {
    const { agreement, options } = context;
    const levels = severitiesInOrder(agreement);
    const pointerOf = (id) => `/severityLevels/${agreement.severityLevels.findIndex((level) => level.id === id)}`;
    if (levels.length < 2) context.report({ messageId: "tooFewLevels", pointer: "/severityLevels", at: "key" });
    const speaksOfImpact = (level) => Boolean(level.businessImpact) || level.definition !== void 0 && IMPACT_WORDS.test(level.definition);
    const lastByImpact = levels.reduce((last, level, index) => speaksOfImpact(level) ? index : last, -1);
    const defined = [];
    for (const [index, level] of levels.entries()) {
      const pointer = pointerOf(level.id);
      if (!level.definition) {
        context.report({ messageId: "noDefinition", data: { severity: level.id }, pointer: `${pointer}/id` });
        continue;
      }
      const byRequestType = index > lastByImpact && lastByImpact >= 0 && REQUEST_TYPE_WORDS.test(level.definition);
      if (!speaksOfImpact(level) && !byRequestType) {
        context.report({ messageId: "noBusinessImpact", data: { severity: level.id }, pointer: `${pointer}/definition` });
      }
      const own = words(level.definition);
      const twin = defined.map((other) => ({ other, ...compare(own, other.words) })).filter(({ score, onlyA, onlyB }) => score >= options.maxSimilarity && !onlyNegations([...onlyA, ...onlyB])).sort((a, b) => b.score - a.score)[0];
      if (twin) {
        const percent = Math.floor(twin.score * 100);
        context.report({
          messageId: "nearIdentical",
          data: { severity: level.id, other: twin.other.id, percent, difference: difference(level.id, twin.onlyA, twin.other.id, twin.onlyB) },
          pointer: `${pointer}/definition`
        });
      }
      defined.push({ id: level.id, words: own });
    }
    if (levels.length < 2) return;
    const key = (r) => `${r.within.days}d${r.within.minutes}m@${r.calendar}`;
    const flat = agreement.tiers.map((tier) => {
      const responses = levels.map((level) => countableTarget(tier.targets[level.id]?.response)).filter((r) => r !== void 0);
      const same = responses.length >= 2 && responses.length === levels.length && responses.every((r) => key(r) === key(responses[0]));
      return same ? responses[0] : void 0;
    });
    const levelsMatter = agreement.tiers.some((tier, index) => {
      if (flat[index]) return false;
      const responses = levels.map((level) => countableTarget(tier.targets[level.id]?.response)).filter((r) => r !== void 0);
      return new Set(responses.map(key)).size > 1;
    });
    agreement.tiers.forEach((tier, index) => {
      const same = flat[index];
      if (!same) return;
      const clientsTier = !agreement.isPolicy && tier.id === agreement.serviceTier;
      if (levelsMatter && !clientsTier) return;
      context.report({
        messageId: "sameResponseTarget",
        data: { tier: tier.id, target: `${same.within.text} on ${same.calendar}` },
        pointer: joinPointer(`/tiers/${index}`, "targets"),
        at: "key"
      });
    });
  }
};

// src/lint/rules/vague-wording.ts
var VAGUE = [
  "promptly",
  "as soon as (?:reasonably )?(?:possible|practicable|practical)",
  "asap",
  "(?:commercially[- ])?reasonable[- ](?:efforts?|endeavou?rs?)",
  "best[- ](?:efforts?|endeavou?rs?)",
  "in a timely (?:manner|fashion|way)",
  "timely",
  "without undue delay",
  "as (?:quickly|fast) as (?:possible|practicable)",
  "within a reasonable (?:time|period)(?: of time)?",
  "at the earliest (?:opportunity|convenience)",
  "expeditiously",
  "in due course",
  // Only about the service's own numbers: "response times may vary depending on your plan" (see VARIES).
  "(?:may|can|might|could)\\s+vary"
];
var VARIES = /vary$/i;
var ABOUT_COMMITMENTS = /\b(?:(?:response|resolution|update|restoration)\s+(?:times?|targets?)|targets?|support\s+(?:hours|availability)|availability|service\s+levels?|support\s+levels?|hours\s+of\s+(?:support|cover(?:age)?))\b/i;
var REASONABLE_EFFORTS = /^(?:commercially[-\s]+)?reasonable[- ](?:efforts?|endeavou?rs?)$/i;
var STATED_TARGETS = /\b(?:(?:initial|first|target)\s+)?(?:response|resolution|update|restoration)\s+(?:times?|targets?|goals?|intervals?)\b|\b(?:service|support)[- ]levels?\b|\b(?:time|response|resolution)\s+frames?\b|\btargets?\b/i;
var SPEED = /^(?:promptly|timely|in a timely (?:manner|fashion|way)|as soon as (?:reasonably )?(?:possible|practicable|practical)|asap|as (?:quickly|fast) as (?:possible|practicable)|expeditiously|without undue delay)$/i;
var ABOUT_RESPONDING = /\b(?:respond\w*|response|repl(?:y|ies|ied))\b/i;
function statesResponseTimes(data) {
  if (typeof data !== "object" || data === null) return false;
  const { tiers, requestTypes } = data;
  const timed = (response) => typeof response === "object" && response !== null && ["within", "between", "by"].some((key) => key in response);
  const tierResponses = Array.isArray(tiers) ? tiers.flatMap((tier) => Object.values(tier?.targets ?? {})).map((targets) => targets?.response) : [];
  const typeResponses = Array.isArray(requestTypes) ? requestTypes.map((type) => type?.response) : [];
  return [...tierResponses, ...typeResponses].some(timed);
}
function escape(phrase) {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
}
var vagueWording = {
  meta: {
    id: "vague-wording",
    description: 'Vague prose where a number belongs: "promptly", "as soon as possible", "reasonable efforts", "best efforts", "timely", "response times may vary".',
    category: "wording",
    defaultSeverity: "warning",
    recommended: true,
    kind: "text",
    messages: {
      vague: '"{{words}}" has no number; say within how long, how often or how much (e.g. "within 4 business hours")'
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        extraPhrases: { type: "array", items: { type: "string", minLength: 1 }, description: "More words or phrases to report, matched as whole words regardless of case." }
      }
    },
    defaultOptions: { extraPhrases: [] }
  },
  check(context) {
    const phrases = [...VAGUE, ...context.options.extraPhrases.map(escape)];
    const pattern = new RegExp(`(?<![\\w-])(?:${phrases.join("|")})(?![\\w-])`, "gi");
    let responseTimes;
    for (const match of findInFields(context.textFields(), pattern)) {
      const sentence = sentenceAt(match.field.text, match.start).text;
      if (hasQuantity(sentence)) continue;
      if (SPEED.test(match.text) && ABOUT_RESPONDING.test(sentence) && !match.field.pointer.startsWith("/clientResponsibilities")) {
        responseTimes ??= statesResponseTimes(context.source.data);
        if (responseTimes) continue;
      }
      if (REASONABLE_EFFORTS.test(match.text) && STATED_TARGETS.test(sentence)) continue;
      if (VARIES.test(match.text) && !ABOUT_COMMITMENTS.test(sentence)) continue;
      context.report({ messageId: "vague", data: { words: match.text }, pointer: match.field.pointer, range: match.field.rangeOf(match.start, match.end) });
    }
  }
};

// src/lint/rules/worst-case-wait.ts
var worstCaseWait = {
  meta: {
    id: "worst-case-wait",
    description: "Raised at the worst moment of the year (a Friday evening, before a holiday), the most severe incident waits longer than `maxHours` for a response.",
    category: "calendar",
    defaultSeverity: "warning",
    recommended: true,
    messages: {
      tooLong: "a `{{severity}}` incident in tier `{{tier}}` can wait {{wait}} for a response, more than {{maxHours}} hours: {{explanation}}; run its response target on a 24x7 calendar or an on-call calendar that covers evenings, weekends and holidays",
      tooLongAroundTheClock: "a `{{severity}}` incident in tier `{{tier}}` waits up to {{wait}} for a response even on the 24x7 calendar `{{calendar}}`, more than {{maxHours}} hours; shorten the response target",
      unboundedWait: "a `{{severity}}` incident in tier `{{tier}}` is answered within {{time}} of `{{calendar}}`, hours the document does not state, so nothing bounds the wait: raised as support closes before a weekend or a holiday, it waits until support opens again, which can be more than {{maxHours}} hours; state the hours, or run the response on a 24x7 calendar"
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        maxHours: { type: "number", exclusiveMinimum: 0, description: "The longest acceptable wall-clock wait for a response to the most severe level, in hours." },
        allTiers: { type: "boolean", description: "Check every tier offered, not only the client's (a published policy's tiers are always all checked)." },
        ignoreCriticality: {
          type: "array",
          uniqueItems: true,
          items: { enum: ["low", "medium", "high", "mission-critical"] },
          description: "Skip tiers of these business criticalities, where a business-hours wait is the agreed deal."
        },
        year: { type: "integer", minimum: 1970, maximum: 2200, description: "The year searched; the effective date's year by default." }
      }
    },
    defaultOptions: { maxHours: 4, allTiers: false, ignoreCriticality: ["low"] }
  },
  check(context) {
    const { agreement, options } = context;
    const top = topSeverity(agreement);
    if (!top) return;
    const answersAroundTheClock = (tier) => {
      const response = tier.targets[top.id]?.response;
      return response !== void 0 && calendarById(agreement, response.calendar)?.alwaysOpen === true;
    };
    const tiers = agreement.isPolicy || options.allTiers ? agreement.tiers : agreement.tiers.filter((tier) => tier.id === agreement.serviceTier);
    for (const tier of tiers) {
      const response = tier.targets[top.id]?.response;
      if (!response) continue;
      if (tier.businessCriticality && options.ignoreCriticality.includes(tier.businessCriticality)) continue;
      if (agreement.isPolicy && !answersAroundTheClock(tier) && agreement.tiers.some((other) => other !== tier && answersAroundTheClock(other))) continue;
      const pointer = `/tiers/${agreement.tiers.indexOf(tier)}/targets/${pointerSegment(top.id)}/response/calendar`;
      const calendar = calendarById(agreement, response.calendar);
      if (calendar?.hoursUnstated) {
        context.report({ messageId: "unboundedWait", data: { severity: top.id, tier: tier.id, time: targetTimeText(response), calendar: calendar.id, maxHours: options.maxHours }, pointer });
        continue;
      }
      let wait;
      try {
        wait = worstCaseResponseWait(agreement, top.id, tier.id, { year: options.year ?? referenceYear(agreement) });
      } catch (error) {
        if (error instanceof ClockError || error instanceof RangeError) continue;
        throw error;
      }
      if (wait.wallMinutes <= options.maxHours * 60) continue;
      const aroundTheClock = agreement.calendars.find((calendar2) => calendar2.id === wait.calendar)?.alwaysOpen === true;
      context.report({
        // On a 24x7 calendar the worst moment is any moment: the explanation would say nothing the target does not.
        messageId: aroundTheClock ? "tooLongAroundTheClock" : "tooLong",
        data: { severity: top.id, tier: tier.id, wait: minutesInWords(wait.wallMinutes), maxHours: options.maxHours, calendar: wait.calendar, explanation: wait.explanation },
        pointer
      });
    }
  }
};

// src/lint/rules/index.ts
var rules = [
  // scope
  generalAvailabilityPromise,
  supportEnhancementBoundary,
  // severity and targets
  vagueSeverityLevels,
  resolutionGuarantee,
  missingTargets,
  unstatedTarget,
  targetOrder,
  firmnessUnstated,
  missingUpdateCadence,
  creditTermsIncomplete,
  // calendar
  supportHoursInProse,
  holidaysUndefined,
  timezoneAbbreviation,
  worstCaseWait,
  // client duties, monitoring, change, governance
  clientResponsibilities,
  monitoringUndefined,
  maintenanceWithoutControls,
  missingReviewCadence,
  unilateralReclassification,
  // wording
  vagueWording,
  definedTermCase,
  // hygiene
  noConflictMarkers,
  bidiControl,
  noPlaceholders
];
export {
  rules
};
