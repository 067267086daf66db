import type { Formatter } from './types.js';
/**
 * The `classname` of a test case: the file path with its dots as underscores (`agreements/acme.sla.yaml` →
 * `agreements/acme_sla_yaml`). Jenkins reads a classname as `package.Class` and splits it at the last dot, so the
 * raw path would show as class `yaml` in package `agreements/acme.sla`; the file's name is the grouping users look
 * for (one suite per file), so it stays the class, only dot-free. The real path is in the `file` attribute, which
 * GitLab and the GitHub test-report actions read to link a case to its file.
 */
export declare function junitClassname(file: string): string;
/**
 * JUnit XML for CI test reporters (Jenkins, GitLab, Azure): one test suite per file, one test case per finding —
 * failing for an error, passing with the finding as `<system-out>` for a warning or info — and one passing case
 * for a clean file so it shows up as checked.
 */
export declare const junit: Formatter;
