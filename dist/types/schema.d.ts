/** The JSON Schema (draft 2020-12) of an agreement file. */
export declare const agreementSchema: Readonly<Record<string, unknown>>;
export declare const SCHEMA_ID: string;
/**
 * Keywords the schema carries for editors (VS Code's JSON support and yaml-language-server): `markdownDescription`
 * for hovers, `defaultSnippets` for completion, `patternErrorMessage` (and `errorMessage`) for a human message
 * instead of a regular expression. They validate nothing; Ajv in strict mode refuses unknown keywords, so register
 * them before compiling the schema: `ajv.addVocabulary(EDITOR_KEYWORDS)`.
 */
export declare const EDITOR_KEYWORDS: readonly string[];
