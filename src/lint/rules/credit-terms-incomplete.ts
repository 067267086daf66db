/**
 * A table of service credits answers "how much, below which level", and leaves three questions a client asks the
 * month availability is missed: do the bands add up, or does only the highest applicable band pay; is there a most
 * one period can earn; and how, by when, is a credit claimed. The rendered contract says each only when the data
 * does (`availability.creditTerms`), and never invents it; so each one missing is reported, with the YAML to add.
 *
 * The cap is asked for only where the table leaves the most a period can earn above the fee itself: bands that
 * can add up past 100 %. Below that, the most is what the table pays, once `cumulative` says how it combines.
 */
import type { Rule } from '../types.js';

export const creditTermsIncomplete: Rule = {
  meta: {
    id: 'credit-terms-incomplete',
    description: 'Service credits without the terms that make them payable: whether the bands add up, the cap, and how and by when a credit is claimed.',
    category: 'targets',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      noCumulative:
        'the {{count}} credit bands do not say whether they add up or only the highest applicable band pays (below {{lowest}} %: {{lowestCredit}} % or {{sum}} % of the fee?); under `availability.creditTerms` add `cumulative: false` (the highest applicable band only) or `cumulative: true` (every band reached adds up)',
      noCap:
        'the credit bands can add up to {{sum}} % of the fee in one {{period}}, more than the fee itself, and nothing caps them; under `availability.creditTerms` add the most one {{period}} can earn, e.g. `capPercent: 100` (with `capPer: month | quarter | year` when the cap runs over another period), or `cumulative: false`',
      noClaim:
        'nothing says how or by when the {{party}} claims a credit, so a credit is owed without a claim or lost to a procedure nobody wrote down; under `availability.creditTerms` add e.g. `claimWithinDays: 30` and `claimProcedure: open a billing ticket naming the month and the service`',
    },
  },
  check(context) {
    const { availability, isPolicy } = context.agreement;
    const credits = availability?.serviceCredits ?? [];
    if (!availability || credits.length === 0) return;
    const terms = availability.creditTerms ?? {};
    // The finding points at the terms when there are some to complete, else at the credit table.
    const pointer = availability.creditTerms ? '/availability/creditTerms' : '/availability/serviceCredits';
    const bands = [...credits].sort((a, b) => b.below - a.below);
    const lowest = bands[bands.length - 1]!;
    // Bands with floors that meet the next band's threshold ("below 99.9 % and at least 99.5 %") never apply together.
    const disjoint = bands.every((band, index) => index === bands.length - 1 || (band.atLeast !== undefined && band.atLeast >= bands[index + 1]!.below));
    // One band is one credit, and disjoint bands pay one credit each period: nothing to add up, and the highest band
    // is the most a period can earn.
    if (bands.length === 1 || disjoint) {
      reportClaim();
      return;
    }
    // Below the lowest threshold: that band alone, or every band whose floor (if any) does not exclude it.
    const sum = Number(
      bands.filter((band) => band.atLeast === undefined || band.atLeast < lowest.below).reduce((total, band) => total + band.creditPercent, 0).toFixed(3),
    );

    if (terms.cumulative === undefined) {
      context.report({ messageId: 'noCumulative', data: { count: bands.length, lowest: lowest.below, lowestCredit: lowest.creditPercent, sum }, pointer, at: 'key' });
    }
    // With `cumulative: false` the highest band is the most a period earns; with the bands adding up (or perhaps
    // adding up) to no more than the fee, the table is its own cap, and a `capPercent` could only restate it.
    if (terms.capPercent === undefined && terms.cumulative !== false && sum > 100) {
      const period = terms.capPer ?? (availability.measurementWindow && availability.measurementWindow !== 'unstated' ? availability.measurementWindow : 'period');
      context.report({ messageId: 'noCap', data: { sum, period }, pointer, at: 'key' });
    }
    reportClaim();

    function reportClaim(): void {
      if (terms.claimWithinDays === undefined && terms.claimWithinHours === undefined && !terms.claimProcedure?.trim()) {
        context.report({ messageId: 'noClaim', data: { party: isPolicy ? 'Customer' : 'Client' }, pointer, at: 'key' });
      }
    }
  },
};
