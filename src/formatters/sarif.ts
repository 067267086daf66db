import type { Finding, RuleSeverity } from '../lint/types.js';
import { jsonText } from './json-text.js';
import { relativePath, type Formatter } from './types.js';

const LEVEL: Record<RuleSeverity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A relative path as a URI reference: each segment percent-encoded, slashes kept. */
function uriOf(file: string, cwd: string): string {
  return relativePath(file, cwd).split('/').map(encodeURIComponent).join('/');
}

/**
 * SARIF 2.1.0 for code-scanning dashboards (GitHub accepts it with `upload-sarif`): one run, every rule in
 * `tool.driver.rules` with its docs page, locations relative to the working directory (`%SRCROOT%`, left
 * unresolved so the output does not depend on where it ran), and
 * findings suppressed by an `sla-disable` comment kept with an in-source suppression.
 */
export const sarif: Formatter = (results, { cwd, rules, toolVersion }) => {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const result = (finding: Finding) => {
    const index = ruleIndex.get(finding.ruleId);
    const suppressed = finding.suppressed;
    return {
      ruleId: finding.ruleId,
      ...(index === undefined ? {} : { ruleIndex: index }),
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [{
        physicalLocation: {
          artifactLocation: { uri: uriOf(finding.file, cwd), uriBaseId: '%SRCROOT%' },
          region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
        },
        ...(finding.pointer ? { logicalLocations: [{ fullyQualifiedName: finding.pointer, kind: 'member' }] } : {}),
      }],
      ...(suppressed ? { suppressions: [{ kind: 'inSource', ...(suppressed.reason ? { justification: suppressed.reason } : {}) }] } : {}),
    };
  };
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'sla',
          version: toolVersion,
          informationUri: 'https://github.com/sla-as-code/sla',
          rules: rules.map((rule) => ({
            id: rule.id,
            shortDescription: { text: rule.description },
            helpUri: rule.docsUrl,
            defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
            ...(rule.category ? { properties: { category: rule.category } } : {}),
          })),
        },
      },
      columnKind: 'utf16CodeUnits',
      results: results.flatMap((r) => [...r.findings, ...r.suppressed].map(result)),
    }],
  };
  return `${jsonText(log, 2)}\n`;
};

