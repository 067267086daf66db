import { describe, expect, it } from 'vitest';
import { loadAgreementText } from '../../src/agreement.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { editExample, positionOf } from '../helpers/example.js';

function errorsOf(text: string): Diagnostic[] {
  const result = loadAgreementText(text, 'x.sla.yaml');
  expect(result.ok).toBe(false);
  return result.diagnostics.filter((d) => d.severity === 'error');
}

/** Each case: one mistake in the standard example, the code and words expected, and where. */
const cases: { name: string; edits: [string, string][]; code: string; message: RegExp; at: [needle: string, occurrence?: number, offset?: number] }[] = [
  {
    name: 'a misspelled field gets a did-you-mean',
    edits: [['    severities: [high, normal, low]', '    severites: [high, normal, low]']],
    code: 'unknown-field', message: /unknown field `severites` in `channels\[1\]`; did you mean `severities`\?/, at: ['severites'],
  },
  {
    name: 'a misspelled enum value lists what is allowed and suggests the closest',
    edits: [['status: active', 'status: actve']],
    code: 'invalid-value', message: /`status` must be one of `draft`, `proposed`, `active`, `superseded` or `expired`, not the text "actve"; did you mean `active`\?/, at: ['actve'],
  },
  {
    name: 'a duration in words is refused with examples',
    edits: [['response: { within: 8h, calendar: berlin-business, firmness: commitment }', 'response: { within: 8 hours, calendar: berlin-business, firmness: commitment }']],
    code: 'invalid-value', message: /`within` must be a duration such as 30m, 4h, 1h30m, 2d or PT4H, not the text "8 hours"/, at: ['8 hours'],
  },
  {
    name: 'a number where text is needed names the type',
    edits: [['version: "1.1"', 'version: 1.1']],
    code: 'wrong-type', message: /`version` must be a version number such as `1.0` or `2.1.0`, not the number 1.1/, at: ['1.1'],
  },
  {
    name: 'a missing required field is reported at its parent',
    edits: [['    name: Brightline Home Appliances\n', '']],
    code: 'missing-field', message: /`client` is missing the required field `name`/, at: ['client:'],
  },
  {
    name: 'a time-zone abbreviation gets the IANA name',
    edits: [['    timezone: Europe/Berlin\n    hours:\n      - days', '    timezone: EDT\n    hours:\n      - days']],
    code: 'invalid-timezone', message: /`EDT` is a time-zone abbreviation.*use an IANA name such as `America\/New_York`/, at: ['EDT'],
  },
  {
    name: 'a misspelled time zone is refused, not accepted by pattern',
    edits: [['    timezone: Europe/Berlin\n    hours:\n      - days', '    timezone: Europe/Berln\n    hours:\n      - days']],
    code: 'invalid-timezone', message: /`Europe\/Berln` is not a known IANA time zone; did you mean `Europe\/Berlin`\?/, at: ['Europe/Berln'],
  },
  {
    name: 'a target naming a calendar that does not exist',
    edits: [['response: { within: 2h, calendar: berlin-business, firmness: commitment }\n        update: { every: 4h, calendar: berlin-business, firmness: commitment }\n        resolution: { within: 2d', 'response: { within: 2h, calendar: berlin-busines, firmness: commitment }\n        update: { every: 4h, calendar: berlin-business, firmness: commitment }\n        resolution: { within: 2d']],
    code: 'unknown-reference', message: /there is no calendar `berlin-busines`; did you mean `berlin-business`\?/, at: ['berlin-busines,'],
  },
  {
    name: 'an impossible date',
    edits: [['effectiveDate: 2027-01-01', 'effectiveDate: 2027-02-30']],
    code: 'invalid-date', message: /`2027-02-30` is not a real date/, at: ['2027-02-30'],
  },
  {
    name: 'the client tier must exist',
    edits: [['serviceTier: standard', 'serviceTier: gold']],
    code: 'unknown-reference', message: /there is no tier `gold`; the tiers are `essential` and `standard`/, at: ['gold'],
  },
  {
    name: 'severity levels out of order',
    edits: [['    level: 3\n', '    level: 1\n']],
    code: 'severity-order', message: /level 1 comes after level 2/, at: ['level: 1', 2, 'level: '.length],
  },
  {
    name: 'a duplicated id',
    edits: [['  - id: email\n', '  - id: portal\n']],
    code: 'duplicate-id', message: /the channel id `portal` is used twice/, at: ['id: portal', 2, 'id: '.length],
  },
  {
    // A tier that leaves a level out is a lint finding now (missing-targets); a target with two times is an error.
    name: 'a target with two times',
    edits: [['      low:\n        response: { within: 2d, calendar: berlin-business, firmness: commitment }\n  - id: standard', '      low:\n        response: { within: 2d, by: next-business-day, calendar: berlin-business, firmness: commitment }\n  - id: standard']],
    code: 'conflicting-fields', message: /give only one of `within`, `between` and `by`/, at: ['by: next-business-day'],
  },
  {
    name: 'a zero duration',
    edits: [['response: { within: 1h, calendar: always-on, firmness: commitment }', 'response: { within: 0m, calendar: always-on, firmness: commitment }']],
    code: 'zero-duration', message: /`0m` is zero/, at: ['0m'],
  },
  {
    name: 'an absurdly long duration (a typo) is refused before any clock counts it',
    edits: [['response: { within: 1h, calendar: always-on, firmness: commitment }', 'response: { within: 99999d, calendar: always-on, firmness: commitment }']],
    code: 'duration-too-long', message: /`99999d` is longer than 366 days/, at: ['99999d'],
  },
  {
    name: 'a channel for a severity that does not exist',
    edits: [['severities: [critical]', 'severities: [urgent]']],
    code: 'unknown-reference', message: /there is no severity level `urgent`/, at: ['urgent'],
  },
  {
    name: 'a control character in text (it would reach the contract, the PDF and terminals)',
    edits: [['    name: Brightline Home Appliances', '    name: "Brightline\\e[2J Home Appliances"']],
    code: 'control-character', message: /the text contains the control character U\+001B \(written as an escape such as \\e or \\x1B\); remove it/, at: ['"Brightline'],
  },
];

describe('validation messages', () => {
  it.each(cases)('$name', ({ edits, code, message, at }) => {
    const text = editExample(edits);
    const errors = errorsOf(text);
    expect(errors).toHaveLength(1);
    const [error] = errors;
    expect(error!.code).toBe(code);
    expect(error!.message).toMatch(message);
    const expected = positionOf(text, at[0], at[1]);
    expect({ line: error!.range.line, column: error!.range.column }).toEqual({ ...expected, column: expected.column + (at[2] ?? 0) });
  });

  it('reports every mistake in one run, in file order', () => {
    const text = editExample(cases.slice(0, 5).flatMap((c) => c.edits));
    const errors = errorsOf(text);
    expect(errors.map((e) => e.code)).toEqual(['wrong-type', 'invalid-value', 'missing-field', 'invalid-value', 'unknown-field']);
    const lines = errors.map((e) => e.range.line);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
  });

  it('requires serviceTier when several tiers are listed', () => {
    const errors = errorsOf(editExample([['serviceTier: standard\n', '']]));
    expect(errors[0]).toMatchObject({ code: 'missing-field', message: expect.stringContaining('which of the 2 tiers') });
  });
});
