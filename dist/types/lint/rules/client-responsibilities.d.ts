/**
 * Targets are only fair when the client does its part: without a named contact, the agreed channel, access to
 * logs, working client systems and followed procedures, the provider cannot meet any clock, and a missed target
 * becomes an argument about whose fault it was.
 *
 * A vendor's published policy is written for every customer at once: it names who may open tickets and what the
 * customer must give (detail, logs, access), and covers the customer's own systems by what it excludes ("software
 * altered by the customer"). In a `SupportPolicy` the rule asks for those two (`requiredInPolicies`). A duty worded
 * as a preference ("it is preferable to include logs") binds no one and does not count.
 */
import type { ClientResponsibility } from '../../model/agreement.js';
import type { Rule } from '../types.js';
type Category = ClientResponsibility['category'];
export interface ClientResponsibilitiesOptions {
    /** The categories every agreement must cover. */
    required: Category[];
    /** The categories a published support policy (`kind: SupportPolicy`) must cover. */
    requiredInPolicies: Category[];
}
export declare const clientResponsibilities: Rule<ClientResponsibilitiesOptions>;
export {};
