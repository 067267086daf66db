/** The JSON Schema (draft 2020-12) of an agreement file. */
export declare const agreementSchema: Readonly<Record<string, unknown>>;
export declare const SCHEMA_ID: string;
