// What the line breaker keeps on one line, in every language sla writes: durations with their unit (and the
// French and Spanish qualifier after it) and dates with their month name.
import { describe, expect, it } from 'vitest';
import { keptSpans } from '../../src/pdf/keep-together.js';

const kept = (text: string) => keptSpans(text).map((span) => `${span.kind}:${text.slice(span.start, span.end)}`);

describe('keptSpans', () => {
  it.each([
    ['within 2 business hours on 1 March 2027', ['duration:2 business hours', 'date:1 March 2027']],
    ['binnen 2 Geschäftsstunden am 1. März 2027', ['duration:2 Geschäftsstunden', 'date:1. März 2027']],
    ['dans un délai de 3 heures ouvrées le 1 février 2027', ['duration:3 heures ouvrées', 'date:1 février 2027']],
    ['binnen 2 werkdagen op 1 maart 2027', ['duration:2 werkdagen', 'date:1 maart 2027']],
    ['en 2 días hábiles, el 1 de marzo de 2027', ['duration:2 días hábiles', 'date:1 de marzo de 2027']],
    ['on March 1, 2027', ['date:March 1, 2027']],
  ])('%s', (text, spans) => {
    expect(kept(text)).toEqual(spans);
  });

  it('does not take a word that only starts like a unit', () => {
    expect(kept('3 heureux clients')).toEqual([]);
    expect(kept('2 Tagesordnungen')).toEqual([]);
  });
});
