/**
 * Hover: what the field under the cursor means (its title and description from the schema), and for a finding
 * under the cursor, what its rule checks and a link to the rule's page.
 */
import type { Hover, MarkupContent, Position } from 'vscode-languageserver';
import { ENGINE_CHECKS } from '../lint/engine.js';
import type { Finding, Rule } from '../lint/types.js';
import { LineIndex } from '../load/line-index.js';
import { rangeContains, toLspRange } from './ranges.js';
import { fieldHelp } from './schema-lookup.js';
import { YamlNodes } from './yaml-nodes.js';

/** What each rule and engine check is about, by id, for the hover of its findings. */
export function ruleDescriptions(rules: readonly Rule<any>[]): Map<string, string> {
  const descriptions = new Map<string, string>(rules.map((rule) => [rule.meta.id, rule.meta.description]));
  for (const check of ENGINE_CHECKS) descriptions.set(check.id, check.description);
  return descriptions;
}

export function hoverAt(text: string, position: Position, findings: readonly Finding[], describe: (ruleId: string) => string | undefined): Hover | null {
  const sections: string[] = [];
  const seen = new Set<string>();
  for (const finding of findings) {
    if (!rangeContains(toLspRange(finding), position) || seen.has(finding.ruleId)) continue;
    seen.add(finding.ruleId);
    const about = describe(finding.ruleId);
    sections.push(`**sla: \`${finding.ruleId}\`**${about ? ` — ${about}` : ''}\n\n[Rule documentation](${finding.docsUrl})`);
  }
  const lines = new LineIndex(text);
  const offset = lines.offset(position.line + 1, position.character + 1);
  const found = new YamlNodes(text).at(offset);
  let range;
  if (found) {
    const help = fieldHelp(found.entry.pointer);
    const span = found.onKey ? found.entry.key : found.entry.value;
    if (help) {
      sections.unshift(`${help.title ? `**${help.title}**\n\n` : ''}${help.description}`);
      if (span) range = toLspRange(lines.range(span[0], span[1]));
    }
  }
  if (sections.length === 0) return null;
  const contents: MarkupContent = { kind: 'markdown', value: sections.join('\n\n---\n\n') };
  return range ? { contents, range } : { contents };
}
