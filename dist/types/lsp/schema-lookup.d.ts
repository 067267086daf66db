type SchemaNode = Record<string, unknown>;
/** The kinds of id a field refers to: its completions are the ids the document defines. */
export type ReferenceKind = 'calendar' | 'severity' | 'tier' | 'service' | 'metric';
/** The schemas that describe the value at `pointer` (not expanded), in the order they were reached. */
export declare function schemasAt(pointer: string): SchemaNode[];
/**
 * The field's title and description: the first reached node that has one (a property's own words before its `$ref`'s),
 * its `markdownDescription` where the schema has one (hover shows Markdown; the plain text drops its tables and code).
 */
export declare function fieldHelp(pointer: string): {
    title?: string;
    description: string;
} | undefined;
/** Values the schema allows at `pointer` from `enum` and `const` (strings, numbers and booleans), without duplicates. */
export declare function enumValues(pointer: string): (string | number | boolean)[];
/** The properties a mapping at `pointer` takes, each with its description. */
export declare function propertiesAt(pointer: string): {
    name: string;
    description?: string;
}[];
/** What kind of id the value at `pointer` refers to, if it is a reference. */
export declare function referenceAt(pointer: string): {
    kind: ReferenceKind;
    alsoUnstated: boolean;
} | undefined;
/** What kind of id the keys of the mapping at `pointer` are, if they are ids defined elsewhere. */
export declare function keyReferenceAt(pointer: string): ReferenceKind | undefined;
export {};
