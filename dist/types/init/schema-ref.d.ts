/**
 * A relative path from `directory` to the schema of an `sla` installed in a node_modules above it, or of the
 * `sla` package the directory is in; otherwise the schema's published URL.
 */
export declare function schemaReference(directory: string): string;
