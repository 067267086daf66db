import type { Formatter } from './types.js';
/**
 * JUnit XML for CI test reporters (Jenkins, GitLab, Azure): one test suite per file, one failing test case per
 * finding, and one passing case for a clean file so it shows up as checked.
 */
export declare const junit: Formatter;
