import schema from '../schemas/sla.schema.json' with { type: 'json' };

/** The JSON Schema (draft 2020-12) of an agreement file. */
export const agreementSchema: Readonly<Record<string, unknown>> = schema;
export const SCHEMA_ID: string = schema.$id;
