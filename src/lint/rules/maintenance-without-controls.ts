/**
 * A prompt change released on a Friday afternoon without notice, sign-off or an evaluation run is the classic
 * cause of an AI workflow regressing in production. Planned change needs a notice period, an approval rule and
 * testing before release.
 *
 * The approval and testing of each change, and a maintenance section at all, are agency-only: a vendor releases one
 * product to every customer. But a vendor's own availability promise that leaves maintenance out of downtime, with
 * nothing limiting that maintenance or announcing it, lets the promise shrink at will: that is reported for a
 * published policy too.
 */
import { hasQuantity } from '../rule-helpers.js';
import type { Rule } from '../types.js';

// Downtime that is planned: "scheduled downtime for maintenance and upgrades", "planned outages", "maintenance windows".
const MAINTENANCE = /\b(?:maintenance|upgrades?|updates?|planned\s+(?:downtime|outages?|work)|scheduled\s+(?:downtime|outages?|work))\b/i;
// Words that tie the exclusion to a control: a notice, an announcement, an agreed window.
const CONTROLLED = /\b(?:notice|notif\w*|announc\w*|windows?|advance)\b/i;

export const maintenanceWithoutControls: Rule = {
  meta: {
    id: 'maintenance-without-controls',
    description: 'Maintenance and planned change lack a notice period, an approval rule, or testing before release; or maintenance is left out of downtime with no limit or notice.',
    category: 'change',
    defaultSeverity: 'warning',
    recommended: true,
    agencyOnlyMessages: ['noMaintenance', 'noNotice', 'noApproval', 'noTesting', 'testingNotRequired'],
    messages: {
      noMaintenance: 'the agreement does not say how planned changes are announced, approved and tested; add `maintenance` with `notice`, `approval` and `testing`',
      noNotice: 'planned maintenance has no notice period; add `notice: { within: ..., calendar: ... }`',
      noApproval: 'nothing says whether the client approves planned changes; add `approval`',
      noTesting: 'nothing says how changes are tested before release; add `testing` (for AI workflows, an evaluation set that must pass)',
      testingNotRequired: 'testing before release is not required; changes to an AI workflow should pass an evaluation set before they reach production',
      uncontrolledExclusion:
        '"{{words}}" does not count as downtime, yet nothing limits it or gives notice of it, so the availability promise shrinks by whatever maintenance is scheduled; add `maintenance.windows` and `maintenance.notice`, or say the limit and the notice in the exclusion',
    },
  },
  check(context) {
    const { maintenance, availability } = context.agreement;
    // Maintenance excluded from downtime is controlled by a maintenance window or a notice period, in the maintenance
    // section or in the exclusion's own words ("announced 5 days ahead", "up to 4 hours a month").
    if (!maintenance?.notice && !maintenance?.windows?.length) {
      (availability?.exclusions ?? []).forEach((exclusion, index) => {
        const words = MAINTENANCE.exec(exclusion);
        if (!words || CONTROLLED.test(exclusion) || hasQuantity(exclusion)) return;
        context.report({ messageId: 'uncontrolledExclusion', data: { words: exclusion.trim().replace(/\.$/, '') }, pointer: `/availability/exclusions/${index}` });
      });
    }

    if (!maintenance) {
      context.report({ messageId: 'noMaintenance', pointer: '', at: 'key' });
      return;
    }
    const at = { pointer: '/maintenance', at: 'key' as const };
    if (!maintenance.notice) context.report({ messageId: 'noNotice', ...at });
    // `approval.required: false` is a stated rule (the client waived approval), so only a missing rule is reported.
    if (!maintenance.approval) context.report({ messageId: 'noApproval', ...at });
    if (!maintenance.testing) context.report({ messageId: 'noTesting', ...at });
    else if (!maintenance.testing.required) context.report({ messageId: 'testingNotRequired', pointer: '/maintenance/testing/required' });
  },
};
