import { type Formatter } from './types.js';
/**
 * SARIF 2.1.0 for code-scanning dashboards (GitHub accepts it with `upload-sarif`): one run, every rule in
 * `tool.driver.rules` with its docs page, locations relative to the working directory (`%SRCROOT%`, left
 * unresolved so the output does not depend on where it ran), and
 * findings suppressed by an `sla-disable` comment kept with an in-source suppression.
 */
export declare const sarif: Formatter;
