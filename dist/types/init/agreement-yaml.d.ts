import type { InitFacts } from './facts.js';
import type { BuiltAgreement } from './agreement.js';
export interface AgreementYamlOptions {
    /** Where the `# yaml-language-server: $schema=` line points. */
    schemaRef: string;
}
/** The scaffold as commented YAML, starting with the `yaml-language-server` line. */
export declare function agreementYaml(built: BuiltAgreement, facts: InitFacts, options: AgreementYamlOptions): string;
