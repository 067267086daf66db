/**
 * The rendered contract capitalises its defined terms: its parties clause names the “Provider” and the “Client” (in a
 * `SupportPolicy`: each a “Customer”) and the “Agreement”, and every sentence of the template then writes "the
 * Provider", "the Client", "this Agreement" ("this Policy"). Free text in the YAML lands between those sentences, so
 * "the provider will respond" there reads, in the signed contract, as a different and undefined party. Terms of the
 * agreement's own `definitions` list are defined too; there the question is only whether the document writes one
 * term two ways ("Business Day" in one place, "business day" in another): a definition "Business day" used as
 * "business day" in prose is ordinary English and is not reported.
 *
 * Only the defined uses are read: a role noun after "the" ("the client", "the client's team"), the document's own
 * name after "this"; not "a client", "each customer", "client-side", "the client team" (the noun as a modifier) or
 * words in quotes. There is no autofix in the engine; each message says what to write instead.
 */
import { inSpans, literalSpans } from '../rule-helpers.js';
import { nameFields } from '../text-fields.js';
import type { Rule, TextField } from '../types.js';

/** The party roles and the document's name as the default template defines them, by kind of document. */
const ROLE_TERMS = {
  SupportAgreement: { the: ['Provider', 'Client'], this: ['Agreement'] },
  SupportPolicy: { the: ['Provider', 'Customer'], this: ['Policy'] },
} as const;

// "the client" as a party, optionally possessive ("the client's"); not "clients", not "client-side".
const ROLE_USE = /(?<![\p{L}\p{N}_'’-])(the|this)(\s+)(provider|client|customer|agreement|policy)(?=['’]s\b|(?![\p{L}\p{N}_'’-]))/giu;

/**
 * Nouns the role word modifies rather than names the party before: "the customer environment", "the client side",
 * "the customer priority". The article then belongs to the noun that follows, and the role word is an adjective; the
 * defined party would be written "the Customer's environment". Kept short: verbs, prepositions and punctuation
 * follow a party far more often, and a word missing here is a finding someone can read, not a silent miss.
 */
const MODIFIED_NOUNS = new Set([
  'environment', 'environments', 'side', 'priority', 'priorities', 'base', 'portal', 'portals', 'success', 'experience', 'satisfaction',
  'journey', 'journeys', 'facing', 'data', 'segment', 'segments', 'persona', 'personas', 'library', 'libraries', 'sdk', 'sdks', 'app', 'apps',
  'application', 'applications', 'certificate', 'certificates', 'credentials', 'id', 'ids', 'identifier', 'identifiers', 'tenant', 'tenants',
  'network', 'networks', 'device', 'devices', 'code', 'software', 'hardware', 'interface', 'interfaces', 'cluster', 'clusters',
  // "the client team", "the customer service team": often the provider's own team for its clients.
  'team', 'teams', 'service', 'services', 'support', 'care', 'relations', 'relationship', 'relationships',
]);

/**
 * Words after the role word that make it a common noun named by what follows: "the provider of the hosting
 * service", "the customer of a reseller" is some provider or customer, not the party the contract defines.
 */
const NAMED_BY_WHAT_FOLLOWS = new Set(['of']);

// The word after a role word (sticky: read at one index, never by copying the rest of the text).
const NEXT_WORD = /\s+([\p{L}\p{N}]+)/uy;

/** The word after `end` (past spaces), lower-cased, or '' at the end of the text or before punctuation. */
function nextWord(text: string, end: number): string {
  NEXT_WORD.lastIndex = end;
  return NEXT_WORD.exec(text)?.[1]?.toLowerCase() ?? '';
}

// Characters that may stand between a sentence's start and its first word: spaces, quotes, brackets, list marks.
const SENTENCE_OPENERS = /[\s"'“‘([*•–—-]/u;

/**
 * True when the characters before `start` end a sentence (or there are none): the first letter's case says nothing.
 * A sentence ends at . ! ? ; followed by a space, at a colon or at a line break. Reads back only over the spaces and
 * marks before the word, so the cost over all matches of a text stays linear.
 */
function startsSentence(text: string, start: number): boolean {
  let i = start - 1;
  for (; i >= 0 && SENTENCE_OPENERS.test(text[i]!); i--) if (text[i] === '\n') return true;
  if (i < 0) return true;
  const char = text[i]!;
  return char === ':' || ('.!?;'.includes(char) && /\s/.test(text[i + 1] ?? ' '));
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
const isAllCaps = (word: string) => word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
const isApostrophe = (char: string | undefined) => char === "'" || char === '’';

/** A term of `definitions` as a case pattern: per word, 'U' (capital), 'L' (lower case) or '?' (cannot tell). */
type Pattern = ('U' | 'L' | '?')[];

const letterCase = (word: string): 'U' | 'L' | '?' => {
  const first = /\p{L}/u.exec(word)?.[0];
  if (!first || first.toUpperCase() === first.toLowerCase()) return '?';
  return first === first.toUpperCase() ? 'U' : 'L';
};

/** `text` with the first letter of each word changed to the case `pattern` gives it (words the pattern leaves '?' unchanged). */
function recase(text: string, pattern: Pattern): string {
  let word = -1;
  return text.replace(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu, (token) => {
    word++;
    const want = pattern[word];
    if (want === 'U') return token.charAt(0).toUpperCase() + token.slice(1);
    if (want === 'L') return token.charAt(0).toLowerCase() + token.slice(1);
    return token;
  });
}

/** A word of free text; a hyphenated compound ("business-hours", "non-business") is one word. */
const WORD = /[\p{L}\p{N}_]+(?:-[\p{L}\p{N}_]+)*/gu;

interface Token {
  start: number;
  end: number;
  lower: string;
}

function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    tokens.push({ start: match.index, end: match.index + match[0].length, lower: match[0].toLowerCase() });
  }
  return tokens;
}

/** True when only spaces (or line breaks) stand between `start` and `end`, and at least one does. */
function onlySpaces(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let i = start; i < end; i++) if (!/\s/.test(text[i]!)) return false;
  return true;
}

/**
 * Where a definition's meaning restates its own term as its subject ("A business day is ..."): the headword the
 * contract prints in bold just before it, not a use of the term.
 */
const HEADWORD_RESTATED = /^\s*(?:(?:a|an|the|each|every)\s+)?/i;

interface RoleUse {
  field: TextField;
  start: number;
  end: number;
  words: string;
  fix: string;
  term: string;
}

interface DefinedTerm {
  /** As written in `definitions`, spaces collapsed. */
  term: string;
  /** Its words, as written. */
  words: string[];
  /** The pointers of its definitions' meanings (a term may be defined twice). */
  meanings: Set<string>;
  uses: TermUse[];
}

interface TermUse {
  field: TextField;
  start: number;
  end: number;
  text: string;
  pattern: Pattern;
}

export const definedTermCase: Rule = {
  meta: {
    id: 'defined-term-case',
    description: 'Free text writes a defined term differently from the contract: "the provider" where the contract defines the Provider, or a term of `definitions` in two capitalisations.',
    category: 'wording',
    defaultSeverity: 'warning',
    recommended: true,
    kind: 'text',
    messages: {
      lowerCaseParty:
        '"{{words}}" is what the contract defines as the “{{term}}”, and the contract\'s own sentences write "{{fix}}"; write "{{fix}}" here too, or the signed text mixes the defined term with an undefined one',
      mixedParty: '"{{words}}" is written "{{fix}}" {{times}} elsewhere in this document, as the contract defines the “{{term}}”; write "{{fix}}"',
      mixedTerm: '"{{words}}" is the defined term "{{term}}", which this document writes "{{form}}" {{where}}; write "{{fix}}"',
    },
    // A published policy transcribed from a vendor keeps the vendor's words: "the customer" there is the vendor's
    // consistent usage, made inconsistent only by the template's definition. The document's own mixing still counts.
    agencyOnlyMessages: ['lowerCaseParty'],
  },
  check(context) {
    const data = context.source.data as { kind?: unknown; definitions?: unknown } | undefined;
    if (typeof data !== 'object' || data === null) return;
    const fields = context.textFields();
    const kind = data.kind === 'SupportPolicy' ? 'SupportPolicy' : data.kind === 'SupportAgreement' ? 'SupportAgreement' : undefined;
    const roles = kind ? ROLE_TERMS[kind] : undefined;
    const roleWords = new Set(roles ? [...roles.the, ...roles.this].map((term) => term.toLowerCase()) : []);

    // Quotations and code spans mention words rather than use them; worked out once per field.
    const literal = new Map<TextField, [number, number][]>();
    const isLiteral = (field: TextField, index: number) => {
      let spans = literal.get(field);
      if (!spans) literal.set(field, (spans = literalSpans(field.text)));
      return inSpans(spans, index);
    };

    // --- The agreement's own `definitions`, by their words in lower case.
    const definitions = Array.isArray(data.definitions) ? data.definitions : [];
    const terms = new Map<string, DefinedTerm>();
    /** Per meaning pointer, the index in the meaning before which a use restates the headword. */
    const headwordEnd = new Map<string, { key: string; end: number }[]>();
    let longestTerm = 0;
    definitions.forEach((definition, index) => {
      const { term: rawTerm, meaning } = (definition ?? {}) as { term?: unknown; meaning?: unknown };
      if (typeof rawTerm !== 'string') return;
      const term = rawTerm.trim().replace(/\s+/g, ' ');
      const words = term.split(' ');
      const key = term.toLowerCase();
      const pointer = `/definitions/${index}/meaning`;
      if (typeof meaning === 'string') {
        const restated = headwordEnd.get(pointer) ?? headwordEnd.set(pointer, []).get(pointer)!;
        restated.push({ key: key.replace(/^(?:the|this) /, ''), end: HEADWORD_RESTATED.exec(meaning)![0].length });
      }
      // Acronyms ("SLA", "P1") have no lower-case form to confuse; the party roles are read below; a term with
      // punctuation beyond hyphens ("Service Level Agreement (SLA)") is not matched word for word.
      if (!/\p{L}{2}/u.test(term) || words.every((word) => isAllCaps(word) || !/\p{Ll}/u.test(word))) return;
      if (roleWords.has(key.replace(/^(?:the|this) /, ''))) return;
      if (words.some((word) => !new RegExp(`^${WORD.source}$`, 'u').test(word))) return;
      const known = terms.get(key);
      if (known) known.meanings.add(pointer);
      else terms.set(key, { term, words, meanings: new Set([pointer]), uses: [] });
      longestTerm = Math.max(longestTerm, words.length);
    });
    const restatesHeadword = (field: TextField, key: string, start: number) =>
      (headwordEnd.get(field.pointer) ?? []).some((headword) => headword.key === key && start <= headword.end);

    // --- Party roles and the document's name, as the template defines them.
    if (roles) {
      const lower = new Map<string, RoleUse[]>();
      const capitalised = new Map<string, number>();
      // Names the contract prints are read too: "Approver: The client's point of contact" sits beside "the Client".
      for (const field of [...fields, ...nameFields(context.source)]) {
        ROLE_USE.lastIndex = 0;
        for (let match = ROLE_USE.exec(field.text); match; match = ROLE_USE.exec(field.text)) {
          const [whole, determiner, space, noun] = match as unknown as [string, string, string, string];
          const term = capitalise(noun);
          const allowed: readonly string[] = determiner.toLowerCase() === 'the' ? roles.the : roles.this;
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
          const uses = lower.get(term) ?? lower.set(term, []).get(term)!;
          uses.push({ field, start: match.index, end, words: whole, fix: `${determiner}${space}${term}`, term });
        }
      }
      for (const [term, uses] of lower) {
        const count = capitalised.get(term) ?? 0;
        for (const use of uses) {
          const range = use.field.rangeOf(use.start, use.end);
          if (count > 0) {
            const times = count === 1 ? 'once' : `${count} times`;
            context.report({ messageId: 'mixedParty', data: { words: use.words, fix: use.fix, term, count, times }, pointer: use.field.pointer, range });
          } else context.report({ messageId: 'lowerCaseParty', data: { words: use.words, fix: use.fix, term }, pointer: use.field.pointer, range });
        }
      }
    }
    if (terms.size === 0) return;

    // --- Every use of a defined term: one pass over the words of each field, trying the few word counts a term
    // has at each word (whole words; a plural or possessive ending is the same term; "business-hours" is another
    // word). Linear in the text, whatever the number of definitions.
    for (const field of fields) {
      const text = field.text;
      const tokens = tokensOf(text);
      for (let first = 0; first < tokens.length; first++) {
        let key = '';
        for (let count = 1; count <= longestTerm && first + count <= tokens.length; count++) {
          const last = tokens[first + count - 1]!;
          if (count > 1 && !onlySpaces(text, tokens[first + count - 2]!.end, last.start)) break;
          const base = key;
          key = count === 1 ? last.lower : `${key} ${last.lower}`;
          const prefix = count === 1 ? '' : `${base} `;
          const candidates = [key];
          if (last.lower.endsWith('s')) candidates.push(prefix + last.lower.slice(0, -1));
          if (last.lower.endsWith('es')) candidates.push(prefix + last.lower.slice(0, -2));
          for (const candidate of candidates) {
            const term = terms.get(candidate);
            if (!term) continue;
            const start = tokens[first]!.start;
            const end = last.end;
            const before = text[start - 1];
            const after = text[end];
            if (before === '-' || after === '-') continue;
            if (isLiteral(field, start) || restatesHeadword(field, candidate, start)) continue;
            const words = tokens.slice(first, first + count).map((token) => text.slice(token.start, token.end));
            if (words.some(isAllCaps)) continue;
            const initial = startsSentence(text, start);
            term.uses.push({ field, start, end, text: text.slice(start, end), pattern: words.map((word, index) => (index === 0 && initial ? '?' : letterCase(word))) });
          }
        }
      }
    }

    for (const { term, words, uses } of terms.values()) {
      if (uses.length === 0) continue;
      // The definition's own term: its first letter opens a list item, so only its later words say anything; a
      // capital among them ("Response Time") marks a term capitalised as a whole.
      const defined: Pattern = words.map((word, index) => (index === 0 ? '?' : letterCase(word)));
      if (defined.includes('U')) defined[0] = letterCase(words[0]!);

      // The form the document means: the definition's case where it tells, else what the prose writes most (a tie
      // goes to the case the term is written in).
      const canonical: Pattern = words.map((word, index) => {
        if (defined[index] !== '?') return defined[index]!;
        let upper = 0;
        let lower = 0;
        for (const use of uses) {
          if (use.pattern[index] === 'U') upper++;
          else if (use.pattern[index] === 'L') lower++;
        }
        if (upper === lower) return letterCase(word) === 'L' ? 'L' : 'U';
        return upper > lower ? 'U' : 'L';
      });
      // A one-word term in lower case is also the ordinary word ("the error rate" beside a defined "Error"): drafters
      // write it so on purpose. Only a stray capital is reported there ("an Incident" where the document writes
      // "incident" everywhere else).
      const conflicts = (use: TermUse) =>
        use.pattern.some((value, index) => value !== '?' && value !== canonical[index]) && !(words.length === 1 && use.pattern[0] === 'L');
      const deviating = uses.filter(conflicts);
      if (deviating.length === 0) continue;
      const agreeing = uses.length - deviating.length;
      const others = `${agreeing} other ${agreeing === 1 ? 'time' : 'times'}`;
      // The definition shows the whole form only when it tells the case of every word ("Response Time").
      const where = defined.every((value) => value !== '?') || agreeing === 0 ? (agreeing > 0 ? `in its definition and ${others}` : 'in its definition') : others;
      const form = recase(term, canonical);
      for (const use of deviating) {
        const fix = recase(use.text, use.pattern.map((value, index) => (value === '?' ? '?' : canonical[index]!)));
        context.report({ messageId: 'mixedTerm', data: { words: use.text, term, form, fix, where }, pointer: use.field.pointer, range: use.field.rangeOf(use.start, use.end) });
      }
    }
  },
};

/** True when `index` of `text` lies inside a quotation or a code span (see `literalSpans`). */
export function isQuoted(text: string, index: number): boolean {
  return inSpans(literalSpans(text), index);
}
