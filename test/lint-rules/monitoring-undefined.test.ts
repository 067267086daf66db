import { describe, expect, it } from 'vitest';
import { monitoringUndefined as rule } from '../../src/lint/rules/monitoring-undefined.js';
import { brief, editDocument, expectClean, lint, positionOf, standard, withoutBlock } from './helpers.js';

describe('monitoring-undefined', () => {
  it('accepts the standard example: metrics incl. quality and drift, weekly review, a monthly report, outreach triggers', () => {
    expectClean(rule, standard);
  });

  it('flags an agreement without monitoring once, at the start of the document', () => {
    expect(brief(lint(rule, withoutBlock(standard, 'monitoring:')))).toEqual([{ messageId: 'noMonitoring', line: 5, column: 1 }]);
  });

  it('names each missing part at the monitoring key', () => {
    const text = editDocument(standard, (doc) => {
      doc.deleteIn(['monitoring', 'metrics']);
      doc.deleteIn(['monitoring', 'reviewFrequency']);
      doc.deleteIn(['monitoring', 'reports']);
      doc.deleteIn(['monitoring', 'proactiveOutreach']);
      doc.setIn(['monitoring', 'metrics'], []);
      doc.deleteIn(['tiers', 1, 'reporting']);
    });
    const at = positionOf(text, 'monitoring:');
    expect(brief(lint(rule, text))).toEqual(['noMetrics', 'noOutreach', 'noReports', 'noReviewFrequency'].map((messageId) => ({ messageId, ...at })));
  });

  it('flags an AI workflow that tracks neither output quality nor drift, at the metrics key', () => {
    const text = editDocument(standard, (doc) => {
      doc.deleteIn(['monitoring', 'metrics', 0]);
      doc.deleteIn(['monitoring', 'metrics', 0]);
      doc.deleteIn(['monitoring', 'proactiveOutreach', 0]);
    });
    expect(lint(rule, text)).toMatchObject([{ messageId: 'missingAiMetric', data: { missing: '`output-quality` or `drift`' }, ...positionOf(text, 'metrics:') }]);
  });

  it('flags the one missing AI metric', () => {
    const text = standard.replace('      category: drift\n', '      category: other\n');
    expect(lint(rule, text)).toMatchObject([{ messageId: 'missingAiMetric', data: { missing: '`drift`' } }]);
  });

  describe('near misses that must not trigger', () => {
    it('no report list when the client\'s tier has a reporting frequency', () => {
      expectClean(rule, editDocument(standard, (doc) => doc.deleteIn(['monitoring', 'reports'])));
    });
    it('no AI metrics when the options say the workflow is not an AI workflow', () => {
      expectClean(rule, standard.replace('      category: drift\n', '      category: other\n'), { aiMetrics: [] });
    });
  });
});
