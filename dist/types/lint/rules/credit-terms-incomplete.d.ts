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
export declare const creditTermsIncomplete: Rule;
