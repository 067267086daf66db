/**
 * Where each view field comes from: the YAML fields `buildContractView` (view.ts) reads to build it. Kept next to
 * the view so a change to one shows in the other; test/render/clauses.test.ts fails when a template tests a view
 * field, or a view phrase lands in one, that has no entry here, and docs/render.md shows the resulting
 * clause → condition → YAML field table.
 *
 * Keys are view paths as the clause registry writes them (src/render/clauses.ts): `.` between fields, `[]` for
 * the items of a list, no `.length`. Values are YAML paths: `[]` for list items, `*` for every key of a mapping
 * (`tiers[].targets.*.response.firmness` is the firmness of every level's response target in every tier).
 */
export declare const VIEW_SOURCES: Readonly<Record<string, readonly string[]>>;
/** The YAML fields a view field is built from, or undefined when this map does not know it. */
export declare function viewFieldSources(field: string): readonly string[] | undefined;
