/**
 * The name `sla` is published under on npm (the bare name `sla` is taken). Code that finds its own package directory
 * (templates, the schema) matches this name, and `sla init --repo` writes it into a contract repository's
 * package.json; keep it equal to package.json's `name` (a test checks).
 */
export declare const PACKAGE_NAME = "@sla-as-code/sla";
