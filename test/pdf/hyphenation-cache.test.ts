// The cache of hyphenation patterns the CLI keeps (src/pdf/hyphenation.ts), in a file of its own: each test file
// has a fresh module, so the patterns are read here for the first time.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hyphenatorFor, usePatternCache } from '../../src/pdf/hyphenation.js';

describe('the pattern cache the CLI keeps', () => {
  it('writes the patterns of a language as JSON on first use, which hyphenate as the package\'s do', () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'sla-hyphen-'));
    usePatternCache(() => directory);
    try {
      expect(hyphenatorFor('es-ES')!.points('comunicación').length).toBeGreaterThan(0);
      const [file] = readdirSync(directory);
      expect(file).toMatch(/^hyphen-\d+\.\d+\.\d+-es\.json$/);
      const require = createRequire(import.meta.url);
      // The cached patterns hyphenate as the package's do (hyphenation.test.ts: dis|po|ni|bi|li|dad).
      const contract = require('hyphen/export-contract.js') as (patterns: unknown) => { hyphenateSync: (text: string, options: { hyphenChar: string }) => string };
      const cached = contract(JSON.parse(readFileSync(path.join(directory, file!), 'utf8')));
      expect(cached.hyphenateSync('disponibilidad', { hyphenChar: '|' })).toBe('dis|po|ni|bi|li|dad');
    } finally {
      usePatternCache(undefined);
    }
  });
});
