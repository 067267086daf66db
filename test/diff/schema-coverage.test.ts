/**
 * `sla diff` must classify a change anywhere in an agreement: every property path of the schema (see
 * schema-paths.ts and schema-paths.txt) must be covered by one of the rule patterns src/diff exports, a pattern
 * covering every path it equals or is a segment-wise prefix of (`*` matches any one segment).
 */
import { describe, expect, it } from 'vitest';
import { DIFF_RULE_PATHS as EXPORTED_RULE_PATHS } from '../../src/diff/index.js';
import { patternCovers, schemaPropertyPaths, segments } from './schema-paths.js';

const DIFF_RULE_PATHS: readonly string[] = EXPORTED_RULE_PATHS;

describe('diff rules cover the schema', () => {
  const schemaPaths = schemaPropertyPaths();

  it('DIFF_RULE_PATHS is a non-empty list of JSON-pointer patterns', () => {
    expect(Array.isArray(DIFF_RULE_PATHS)).toBe(true);
    expect(DIFF_RULE_PATHS.length).toBeGreaterThan(0);
    const malformed = DIFF_RULE_PATHS.filter((p) => typeof p !== 'string' || !p.startsWith('/') || p.endsWith('/'));
    expect(malformed, `rule paths must look like /tiers/*/targets: ${malformed.join(', ')}`).toEqual([]);
  });

  it('every schema property path has a diff rule', () => {
    const uncovered = schemaPaths.filter((p) => !DIFF_RULE_PATHS.some((rule) => patternCovers(rule, p)));
    expect(uncovered, `${uncovered.length} schema path(s) have no diff rule in DIFF_RULE_PATHS:\n  ${uncovered.join('\n  ')}\n`).toEqual([]);
  });

  it('no rule names a path the schema does not have', () => {
    // A rule for a misspelt path would cover nothing and hide a missing rule. Lenient: a rule may be finer than the
    // schema (`/tiers/*/targets/critical`), so `*` on either side matches any segment.
    const comparable = (rule: string, p: string): boolean => {
      const a = segments(rule);
      const b = segments(p);
      return a.slice(0, b.length).every((s, i) => s === '*' || b[i] === '*' || s === b[i]) && (a.length <= b.length || schemaPaths.includes(p));
    };
    const stray = DIFF_RULE_PATHS.filter((rule) => !schemaPaths.some((p) => comparable(rule, p)));
    expect(stray, `rule path(s) that match no schema path:\n  ${stray.join('\n  ')}\n`).toEqual([]);
  });
});
