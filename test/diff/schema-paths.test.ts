import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { patternCovers, SCHEMA_PATHS_FILE, schemaPropertyPaths } from './schema-paths.js';

// schema-paths.txt is the list the implementer of `sla diff` works from; it must follow the schema.
// After a schema change: UPDATE_SCHEMA_PATHS=1 npx vitest run test/diff/schema-paths.test.ts
describe('test/diff/schema-paths.txt', () => {
  it('lists every property path of the schema, sorted', () => {
    const derived = `${schemaPropertyPaths().join('\n')}\n`;
    if (process.env.UPDATE_SCHEMA_PATHS === '1') writeFileSync(SCHEMA_PATHS_FILE, derived);
    expect(readFileSync(SCHEMA_PATHS_FILE, 'utf8'), 'schema-paths.txt is stale: rerun with UPDATE_SCHEMA_PATHS=1').toBe(derived);
  });

  it('derives paths through $ref, if/then/else, allOf, maps and items, and skips x- fields', () => {
    const paths = schemaPropertyPaths();
    expect(paths).toContain('/tiers/*/targets/*/response/within'); // additionalProperties map + if/else + $ref
    expect(paths).toContain('/tiers/*/targets/*/response/outsideHours/by');
    expect(paths).toContain('/calendars/*/holidays/*/date');
    expect(paths).toContain('/availability/serviceCredits/*/creditPercent');
    expect(paths).toContain('/parties/client/contacts/*/roles');
    expect(paths.some((p) => p.includes('/x-') || p.includes('^x-'))).toBe(false);
    expect(paths).toEqual([...new Set(paths)].sort());
  });

  it('covers by segment-wise prefix with * for any one segment', () => {
    expect(patternCovers('/tiers/*/targets/*/response', '/tiers/*/targets/*/response/within')).toBe(true);
    expect(patternCovers('/tiers', '/tiers/*/price/amount')).toBe(true);
    expect(patternCovers('/tiers/*/targets/*/response', '/tiers/*/targets/*/responses')).toBe(false);
    expect(patternCovers('/tiers/*/targets/*/response/within', '/tiers/*/targets/*/response')).toBe(false);
  });
});
