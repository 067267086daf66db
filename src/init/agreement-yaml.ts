/**
 * Turns the scaffold into commented YAML that teaches: a comment above each section says what it is for and
 * what the author has to decide. Built with the `yaml` Document API so comments and layout are part of the
 * document rather than string concatenation.
 */
import { Document, isMap, isPair, isScalar, isSeq, Scalar, visit, type Pair, type YAMLMap } from 'yaml';
import type { InitFacts } from './facts.js';
import { PRESETS } from './presets.js';
import type { BuiltAgreement } from './agreement.js';

/** What each top-level section is for and what to decide, shown above it. Keys in document order. */
const SECTION_COMMENTS: Record<string, (facts: InitFacts) => string> = {
  slaVersion: () => `Header: what this document is. Raise \`version\` whenever the terms change, and move \`status\` from
draft to proposed (sent to the client) to active (signed).`,
  term: () => `How long the agreement runs, how it renews, and the notice needed to end it.`,
  parties: () => `Who the agreement is between. Replace each role name and address with the real person; both sides
need a point of contact and an escalation contact.`,
  definitions: () => `The glossary printed in the contract. Define every word that carries a number or a promise: the
contract defines only the terms listed here, so these standard ones are written out for you to adjust.`,
  services: () => `The delivered workflow this agreement supports. Describe what it does and for whom, list its parts,
and name the third-party services it depends on: resolution often depends on them.`,
  scope: () => `What support covers and what it does not. Anything excluded here can still be ordered as a change order;
the third-party item says what happens when a vendor the provider does not control causes an incident.`,
  requestTypes: () => `The kinds of request the client can raise: included in the fee, capped (included up to a number of
hours, then quoted) or a change order (always quoted). Decide the tuning allowance.`,
  changeOrders: () => `Where support ends and paid enhancement work begins: the threshold, how work is estimated and
approved, and the rate.`,
  calendars: (facts) => `The clocks every time target runs on. Check the working hours, the time zone (${facts.timezone})
and the holidays: ${facts.holidays === 'none' ? 'none were added, so list the days your team is off' : 'add any regional ones'}. Durations count
working time on the named calendar: 4h is four working hours, 2d two working days.`,
  severityLevels: () => `Severity levels, most severe first, each defined by its impact on the client's business. Agree the
definitions with the client: every incident is classified against them.`,
  serviceTier: (facts) => `The tier this client has. The ${PRESETS[facts.tier].name} tier's targets are below; \`sla init --tier\`
shows the others (${Object.values(PRESETS).map((p) => p.id).join(', ')}).`,
  tiers: () => `Response (acknowledge and start work), update (how often the client hears while it is open) and
resolution targets per severity. \`firmness\` is what the contract says about each: the provider commits to
response and update times, while resolution times are objectives, never promises of a fix (other values:
commercially-reasonable-efforts, best-effort). \`kind\` says what counts as resolved: \`workaround\`, a fix or a
workaround; \`objective\`, the older spelling of \`firmness: objective\`. Keep
response targets faster as severity rises. The price is an example: set yours.`,
  channels: () => `Where requests are raised, for which severities, and when each channel is staffed. Replace the
addresses and the phone number with real ones.`,
  escalation: () => `Who to turn to, in order, when an incident is not progressing as agreed.`,
  clientResponsibilities: () => `What the client must do so the provider can meet its targets. Targets depend on these; keep
all five core duties (contact, channel, access, client systems, procedures).`,
  excusedDelays: () => `When a missed target is not a breach. The contract states only what is listed here: the provider's
targets depend on the client's responsibilities above, and on third-party services it does not control.`,
  monitoring: () => `What is measured, how often it is reviewed, what the client receives, and what makes the provider
reach out first. For an AI workflow track output quality and drift; set thresholds from the launch baseline.`,
  maintenance: () => `How planned changes are scheduled, announced, approved and tested, and how emergency changes work.
Build the evaluation set from real inputs before signing.`,
  availability: () => `The availability objective (\`firmness\` says how firm it is), how it is measured, what does not count,
and the service credits when it is missed, as a share of the fee \`creditTerms.basis\` names.`,
  review: () => `How often both sides review the agreement against real support: issue types, whether targets are
realistic, tuning volume, and whether the client understands what is covered.`,
  signatures: () => `Who signs for each side; \`place\` pre-fills the place of signing.`,
  presentation: () => `How the contract is shown, never what it says. The summary ("Your support at a glance") answers the
client's first questions from this file; \`summaryNote\` is what it says of its own standing (\`summary: false\` leaves it out).`,
};

/** Short values read best on one line: time targets, money, caps, holidays, credits, lists of words. */
const FLOW_SHAPES = [['within', 'calendar'], ['every', 'calendar'], ['amount', 'currency', 'per'], ['hours', 'per'], ['date', 'name', 'open'], ['below', 'creditPercent']];
const FLOW_PARENT_KEYS = new Set(['response', 'update', 'resolution']);
const TIME_WINDOW = /^\d\d:\d\d-\d\d:\d\d$/;

function isFlowMap(map: YAMLMap, parentKey: unknown): boolean {
  if (typeof parentKey === 'string' && FLOW_PARENT_KEYS.has(parentKey)) return true;
  const keys = map.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''));
  return FLOW_SHAPES.some((shape) => keys.includes(shape[0]!) && keys.every((key) => shape.includes(key)));
}

function comment(text: string): string {
  return text.split('\n').map((line) => ` ${line}`).join('\n');
}

export interface AgreementYamlOptions {
  /** Where the `# yaml-language-server: $schema=` line points. */
  schemaRef: string;
}

/** The scaffold as commented YAML, starting with the `yaml-language-server` line. */
export function agreementYaml(built: BuiltAgreement, facts: InitFacts, options: AgreementYamlOptions): string {
  const doc = new Document(built.document);
  const preset = PRESETS[facts.tier];
  doc.commentBefore = comment(`yaml-language-server: $schema=${options.schemaRef}

${preset.name} support agreement for ${facts.workflow}, written by \`sla init\`.
Read the comment above each section, replace the role names, addresses and example price, then run
\`sla lint\` to check it and \`sla render\` to produce the contract.${built.notes.length ? `\n\nBefore signing: ${built.notes.join('; ')}.` : ''}`);

  const root = doc.contents as YAMLMap;
  for (const pair of root.items as Pair[]) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    const text = SECTION_COMMENTS[key];
    if (text) {
      pair.key.commentBefore = comment(text(facts));
      pair.key.spaceBefore = key !== 'slaVersion';
    }
  }

  visit(doc, {
    Map(_, map, path) {
      const parent = path[path.length - 1];
      const parentKey = isPair(parent) && isScalar(parent.key) ? parent.key.value : undefined;
      if (isFlowMap(map, parentKey)) map.flow = true;
    },
    Seq(_, seq) {
      if (seq.items.length > 0 && seq.items.every((item) => isScalar(item) && String(item.value).length <= 20)) seq.flow = true;
    },
    Scalar(_, scalar) {
      if (typeof scalar.value === 'string' && TIME_WINDOW.test(scalar.value)) scalar.type = Scalar.QUOTE_DOUBLE;
    },
  });

  // The price is the one number the author must always change: say so where it is.
  const tier = (root.get('tiers') as { items: unknown[] } | undefined)?.items[0];
  if (isMap(tier)) {
    const price = tier.get('price', true);
    if (isMap(price)) price.comment = ' example price: set yours';
  }
  const channels = root.get('channels');
  if (isSeq(channels)) {
    for (const channel of channels.items) {
      if (!isMap(channel)) continue;
      const address = channel.get('address', true);
      if (isScalar(address) && address.value === '+00 000 000 0000') address.comment = ' the on-call number';
    }
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}
