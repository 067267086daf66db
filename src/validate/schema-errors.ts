import schema from '../../schemas/sla.schema.json' with { type: 'json' };
import type { Diagnostic } from '../diagnostics.js';
import type { SchemaError } from '../generated/validate-agreement.js';
import { DURATION_EXAMPLES } from '../model/duration.js';
import { splitPointer, type SourceMap } from '../load/source-map.js';
import { didYouMean, listOf } from '../util/did-you-mean.js';

type SchemaNode = { [key: string]: unknown };

/** What a value of each shared type looks like, for messages about a wrong pattern or type. */
const EXPECTED_BY_DEF: Record<string, string> = {
  id: 'an identifier in kebab-case (lowercase letters, digits and hyphens), e.g. `office-hours`',
  calendarRef: 'the `id` of a calendar, in kebab-case',
  severityRef: 'the `id` of a severity level, in kebab-case',
  duration: `a duration such as ${DURATION_EXAMPLES}`,
  date: 'a date written YYYY-MM-DD, e.g. `2027-01-01`',
  timeWindow: 'a time window HH:MM-HH:MM on the 24-hour clock, e.g. `09:00-17:30`',
  email: 'an email address such as `support@example.com`',
  timezone: 'an IANA time-zone name such as `Europe/Berlin`',
  text: 'text',
  name: 'a name',
};

const EXPECTED_BY_FIELD: Record<string, string> = {
  version: 'a version number such as `1.0` or `2.1.0`',
  locale: 'a language tag such as `en-GB` or `de-DE`',
  currency: 'a three-letter ISO 4217 currency code such as `EUR`',
  phone: 'a phone number in international form, e.g. `+49 30 1234567`',
};

function schemaAt(path: string): SchemaNode | undefined {
  let node: unknown = schema;
  for (const segment of splitPointer(path.replace(/^#/, ''))) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as SchemaNode)[segment];
  }
  return node && typeof node === 'object' ? (node as SchemaNode) : undefined;
}

/** The $defs name a schema path runs through last, e.g. `duration` for `#/$defs/duration/pattern`. */
function defName(schemaPath: string): string | undefined {
  return /#\/\$defs\/([^/]+)\/[^/]+$/.exec(schemaPath)?.[1];
}

function fieldName(pointer: string): string {
  const segments = splitPointer(pointer);
  for (let i = segments.length - 1; i >= 0; i--) {
    if (!/^\d+$/.test(segments[i]!)) return i === segments.length - 1 ? segments[i]! : `${segments[i]}[${segments.slice(i + 1).join('][')}]`;
  }
  return 'the document';
}

function label(pointer: string): string {
  return pointer === '' ? 'the document' : `\`${fieldName(pointer)}\``;
}

function typeOf(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}

const TYPE_WORDS: Record<string, string> = { object: 'a mapping of fields', array: 'a list', string: 'text', number: 'a number', integer: 'a whole number', boolean: '`true` or `false`' };

function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const segment of splitPointer(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = Object.hasOwn(node, segment) ? (node as Record<string, unknown>)[segment] : undefined;
  }
  return node;
}

function expectation(error: SchemaError, pointer: string): string | undefined {
  const def = defName(error.schemaPath);
  return (def && EXPECTED_BY_DEF[def]) ?? EXPECTED_BY_FIELD[fieldName(pointer)];
}

/** What the schema's `patternErrorMessage` beside a `pattern` says is expected: "Must be X." gives "X". */
function patternExpectation(schemaPath: string): string | undefined {
  const message = schemaAt(schemaPath.replace(/\/pattern$/, ''))?.patternErrorMessage;
  if (typeof message !== 'string') return undefined;
  return message.replace(/^Must be /, '').replace(/\.$/, '');
}

interface Described {
  code: string;
  message: string;
  pointer: string;
  at: 'key' | 'value';
}

function describe(error: SchemaError, data: unknown): Described | undefined {
  const pointer = error.instancePath;
  const value = valueAt(data, pointer);
  const params = error.params;
  switch (error.keyword) {
    case 'additionalProperties': {
      const field = String(params.additionalProperty);
      const parent = schemaAt(error.schemaPath.replace(/\/additionalProperties$/, ''));
      const allowed = Object.keys((parent?.properties as SchemaNode | undefined) ?? {});
      const suggestion = didYouMean(field, allowed);
      const hint = field === '<<' ? 'YAML merge keys (`<<`) are not supported; write the fields out'
        : suggestion ? `did you mean \`${suggestion}\`?` : `allowed here: ${listOf(allowed)}`;
      return { code: 'unknown-field', message: `unknown field \`${field}\` in ${label(pointer)}; ${hint}`, pointer: `${pointer}/${field.replace(/~/g, '~0').replace(/\//g, '~1')}`, at: 'key' };
    }
    case 'required': {
      const field = String(params.missingProperty);
      const parent = schemaAt(error.schemaPath.replace(/\/required$/, ''));
      const property = (parent?.properties as Record<string, SchemaNode> | undefined)?.[field];
      const about = typeof property?.description === 'string' ? ` (${property.description.replace(/\.$/, '')})` : '';
      return { code: 'missing-field', message: `${label(pointer)} is missing the required field \`${field}\`${about}`, pointer, at: 'key' };
    }
    case 'type': {
      const expected = expectation(error, pointer) ?? TYPE_WORDS[String(params.type)] ?? String(params.type);
      return { code: 'wrong-type', message: `${label(pointer)} must be ${expected}, not ${typeOf(value)}`, pointer, at: 'value' };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const suggestion = typeof value === 'string' ? didYouMean(value, allowed) : undefined;
      const hint = suggestion ? `; did you mean \`${suggestion}\`?` : '';
      return { code: 'invalid-value', message: `${label(pointer)} must be one of ${listOf(allowed)}, not ${typeOf(value)}${hint}`, pointer, at: 'value' };
    }
    case 'const':
      return { code: 'invalid-value', message: `${label(pointer)} must be \`${String(params.allowedValue)}\`, not ${typeOf(value)}`, pointer, at: 'value' };
    case 'pattern': {
      // Never the regular expression itself: the words above, or the schema's own `patternErrorMessage` (the
      // message editors show, "Must be …."; test/schema/editor-schema.test.ts checks every pattern has one).
      const expected = expectation(error, pointer) ?? patternExpectation(error.schemaPath) ?? 'text of another form';
      if (params.propertyName !== undefined) {
        return { code: 'invalid-key', message: `the key \`${String(params.propertyName)}\` in ${label(pointer)} must be ${expected}`, pointer: `${pointer}/${String(params.propertyName)}`, at: 'key' };
      }
      return { code: 'invalid-value', message: `${label(pointer)} must be ${expected}, not ${typeOf(value)}`, pointer, at: 'value' };
    }
    case 'minItems':
      return { code: 'too-few-items', message: `${label(pointer)} must list at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`, pointer, at: 'value' };
    case 'minLength':
      return { code: 'empty-text', message: `${label(pointer)} must not be empty`, pointer, at: 'value' };
    case 'maxLength':
      return { code: 'text-too-long', message: `${label(pointer)} must be at most ${String(params.limit)} characters long`, pointer, at: 'value' };
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum': {
      const words = { minimum: 'at least', exclusiveMinimum: 'more than', maximum: 'at most', exclusiveMaximum: 'less than' }[error.keyword];
      return { code: 'out-of-range', message: `${label(pointer)} must be ${words} ${String(params.limit)}, not ${typeOf(value)}`, pointer, at: 'value' };
    }
    case 'uniqueItems': {
      const list = Array.isArray(value) ? value : [];
      const j = Number(params.j);
      return { code: 'duplicate-item', message: `${label(pointer)} lists ${typeOf(list[j])} twice`, pointer: `${pointer}/${j}`, at: 'value' };
    }
    case 'if':
    case 'propertyNames':
      return undefined; // the errors of the branch that applied say what is wrong
    default:
      return { code: 'schema', message: `${label(pointer)} ${error.message ?? 'is not valid'}`, pointer, at: 'value' };
  }
}

/** Turns JSON Schema errors into diagnostics a contract author can act on, positioned in the source. */
export function schemaDiagnostics(errors: readonly SchemaError[], data: unknown, sourceMap: SourceMap, file?: string): Diagnostic[] {
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const error of errors) {
    const described = describe(error, data);
    if (!described) continue;
    const key = `${described.pointer}\u0000${described.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push({
      code: described.code,
      severity: 'error',
      message: described.message,
      pointer: described.pointer,
      range: sourceMap.rangeOf(described.pointer, described.at),
      ...(file !== undefined && { file }),
    });
  }
  return diagnostics;
}
