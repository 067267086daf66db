/**
 * A prompt change released on a Friday afternoon without notice, sign-off or an evaluation run is the classic
 * cause of an AI workflow regressing in production. Planned change needs a notice period, an approval rule and
 * testing before release.
 */
import type { Rule } from '../types.js';

export const maintenanceWithoutControls: Rule = {
  meta: {
    id: 'maintenance-without-controls',
    description: 'Maintenance and planned change lack a notice period, an approval rule, or testing before release.',
    category: 'change',
    defaultSeverity: 'warning',
    recommended: true,
    agencyOnly: true,
    messages: {
      noMaintenance: 'the agreement does not say how planned changes are announced, approved and tested; add `maintenance` with `notice`, `approval` and `testing`',
      noNotice: 'planned maintenance has no notice period; add `notice: { within: ..., calendar: ... }`',
      noApproval: 'nothing says whether the client approves planned changes; add `approval`',
      noTesting: 'nothing says how changes are tested before release; add `testing` (for AI workflows, an evaluation set that must pass)',
      testingNotRequired: 'testing before release is not required; changes to an AI workflow should pass an evaluation set before they reach production',
    },
  },
  check(context) {
    const maintenance = context.agreement.maintenance;
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
