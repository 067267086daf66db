import { describe, expect, it } from 'vitest';
import { unstatedTarget as rule } from '../../src/lint/rules/unstated-target.js';
import { editDocument, expectClean, lint, positionOf, standard } from './helpers.js';

/** The standard example with the targets of `severity` in tier `tier` (0 essential, 1 standard) edited by `change`. */
function withTargets(edits: [tier: number, severity: string, path: string[], value: unknown][]): string {
  return editDocument(standard, (doc) => {
    for (const [tier, severity, path, value] of edits) doc.setIn(['tiers', tier, 'targets', severity, ...path], doc.createNode(value));
  });
}

describe('unstated-target', () => {
  it('accepts the standard example: every target has a time and a calendar', () => {
    expectClean(rule, standard);
  });

  it('reports the unstated times of a tier once, at the first, naming every level', () => {
    const text = withTargets([
      [1, 'normal', ['response'], 'unstated'],
      [1, 'low', ['response'], 'unstated'],
      [1, 'high', ['resolution'], 'unstated'],
    ]);
    const findings = lint(rule, text);
    expect(findings).toMatchObject([{ messageId: 'unstated', pointer: '/tiers/1/targets/high/resolution', data: { tier: 'standard' } }]);
    expect(findings[0]!.message).toContain('a response time for `normal` and `low`, or a resolution time for `high`');
  });

  it('reports a tier that states no response for any level it covers once, at its targets', () => {
    const text = withTargets(['critical', 'high', 'normal', 'low'].map((severity): [number, string, string[], unknown] => [0, severity, [], { response: 'unstated' }]));
    expect(lint(rule, text)).toMatchObject([{ messageId: 'noResponseAtAll', pointer: '/tiers/0/targets', data: { tier: 'essential' } }]);
  });

  it('does not count the levels a tier does not offer', () => {
    const text = withTargets([
      [0, 'critical', [], 'not-offered'],
      ...['high', 'normal', 'low'].map((severity): [number, string, string[], unknown] => [0, severity, [], { response: 'unstated' }]),
    ]);
    expect(lint(rule, text)).toMatchObject([{ messageId: 'noResponseAtAll', pointer: '/tiers/0/targets' }]);
  });

  it('reports the times of a tier that name no hours once, apart from missing times, with each time', () => {
    const text = withTargets([
      [1, 'high', ['response', 'calendar'], 'unstated'],
      [1, 'normal', ['response', 'calendar'], 'unstated'],
      [1, 'high', ['update', 'calendar'], 'unstated'],
      [1, 'low', ['response'], 'unstated'],
    ]);
    const findings = lint(rule, text);
    expect(findings.map((f) => [f.messageId, f.pointer])).toEqual([
      ['unstatedHours', '/tiers/1/targets/high/response/calendar'],
      ['unstated', '/tiers/1/targets/low/response'],
    ]);
    expect(findings[0]!.message).toContain('the response times of `high` (2h) and `normal` (8h), the update cadence of `high` (every 4h) do not say which hours they count in');
  });

  it('reads ranges and named deadlines as the document writes them', () => {
    const text = withTargets([[0, 'low', ['response'], { by: 'next-business-day', calendar: 'unstated' }]]);
    expect(lint(rule, text)).toMatchObject([{ messageId: 'unstatedHours', data: { tier: 'essential' } }]);
    expect(lint(rule, text)[0]!.message).toContain('the response time of `low` (next business day) does not say which hours it counts in');
  });

  it('reports a request type whose response names no hours', () => {
    const noHours = editDocument(standard, (doc) => doc.setIn(['requestTypes', 3, 'response'], doc.createNode({ within: '1d', calendar: 'unstated' })));
    expect(lint(rule, noHours)).toMatchObject([{ messageId: 'requestTypeUnstatedHours', data: { type: 'question', time: '1d' } }]);
  });

  it('reports an availability promise without its level or its measurement period, each at its value', () => {
    const text = editDocument(standard, (doc) => {
      doc.setIn(['availability'], doc.createNode({ target: 'unstated', measurementWindow: 'unstated', services: ['service-assistant'], serviceCredits: [{ below: 99.5, creditPercent: 10 }] }));
    });
    expect(lint(rule, text)).toMatchObject([
      { messageId: 'availabilityTarget', pointer: '/availability/target', data: { scope: ' for `service-assistant`' }, ...positionOf(text, 'unstated') },
      { messageId: 'measurementWindow', pointer: '/availability/measurementWindow' },
    ]);
  });

  describe('near misses that must not trigger', () => {
    it('levels and targets a tier marks `not-offered`', () => {
      expectClean(rule, withTargets([[0, 'critical', [], 'not-offered'], [1, 'low', ['resolution'], 'not-offered'], [1, 'normal', ['update'], 'not-offered']]));
    });
    it('targets the document simply does not give (no `update` at all)', () => {
      expectClean(rule, editDocument(standard, (doc) => doc.deleteIn(['tiers', 0, 'targets', 'critical', 'update'])));
    });
    it('a time on a calendar whose own hours are unstated (support-hours-in-prose reports the calendar)', () => {
      const text = editDocument(standard, (doc) => doc.setIn(['calendars', 0, 'hours'], 'unstated'));
      expectClean(rule, text);
    });
  });
});
