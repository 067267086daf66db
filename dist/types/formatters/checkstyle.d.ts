import { type Formatter } from './types.js';
/**
 * Checkstyle XML, which Jenkins (Warnings Next Generation), reviewdog, SonarQube and most code-review bots read:
 * `<checkstyle version="4.3">`, one `<file>` per linted file (an empty one for a clean file, so it shows as
 * checked), one `<error>` per finding with line, column, severity, the message and `source="sla.rules.<rule-id>"`.
 * As ESLint's checkstyle formatter does, the message ends with the rule id in parentheses. Paths are relative to
 * the working directory, with forward slashes. Suppressed findings are left out.
 */
export declare const checkstyle: Formatter;
