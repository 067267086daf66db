import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { protectedSpans, quoteStyle, smartQuotes } from '../../src/render/typography.js';

describe('smart quotes', () => {
  it.each([
    [`the Client's data`, 'the Client’s data'],
    [`don't`, 'don’t'],
    [`O'Brien`, 'O’Brien'],
    [`the clients' data`, 'the clients’ data'],
    [`"urgent" means now`, '“urgent” means now'],
    [`he said 'no'.`, 'he said ‘no’.'],
    [`("quoted")`, '(“quoted”)'],
    [`"'nested'"`, '“‘nested’”'],
    [`the '90s`, 'the ’90s'],
    [`a 5'10" shelf`, 'a 5′10″ shelf'],
    [`no quotes at all`, 'no quotes at all'],
  ])('%s → %s', (input, expected) => {
    expect(smartQuotes(input, 'en-GB')).toBe(expected);
  });

  it('uses the locale’s marks', () => {
    expect(smartQuotes('"dringend"', 'de-DE')).toBe('„dringend“');
    expect(smartQuotes('"urgent"', 'fr-FR')).toBe('«\u202furgent\u202f»');
    expect(quoteStyle('en-US').open).toBe('“');
  });

  it('leaves code, URLs, e-mail addresses and file names alone', () => {
    expect(smartQuotes("run `echo 'x'` first", 'en')).toBe("run `echo 'x'` first");
    expect(smartQuotes("see https://example.com/o'brien?q=a today", 'en')).toBe("see https://example.com/o'brien?q=a today");
    expect(smartQuotes("mail o'brien@example.com, it's fine", 'en')).toBe("mail o'brien@example.com, it’s fine");
    expect(smartQuotes("load holidays/o'brien.ics, it's listed", 'en')).toBe("load holidays/o'brien.ics, it’s listed");
    expect(protectedSpans('a `b` c')).toEqual([[2, 5]]);
  });

  it('is idempotent and leaves no straight quote outside protected text', () => {
    fc.assert(fc.property(fc.stringMatching(/^[a-z '"().,]{0,40}$/), (text) => {
      const once = smartQuotes(text, 'en-GB');
      expect(smartQuotes(once, 'en-GB')).toBe(once);
      // Outside protected spans (`a'.aa` reads as a file name and keeps its quote).
      let outside = '';
      let from = 0;
      for (const [start, end] of protectedSpans(once)) {
        outside += once.slice(from, start);
        from = end;
      }
      expect(outside + once.slice(from)).not.toMatch(/['"]/);
    }), { numRuns: 500, seed: 42 });
  });
});
