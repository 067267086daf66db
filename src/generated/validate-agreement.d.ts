// Types of the generated standalone validator (validate-agreement.js).
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
export interface AgreementSchemaValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}
export declare const validate: AgreementSchemaValidator;
export default validate;
