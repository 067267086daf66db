import type { InitFacts } from './facts.js';
import type { FileToWrite } from './write-files.js';
export interface Scaffold {
    files: FileToWrite[];
    /** Which of `files` is the agreement. */
    agreementPath: string;
    /** What the author must still do, e.g. add holidays for years without data. */
    notes: string[];
}
/** The agreement for these facts as commented YAML. `schemaRef` is where its first line points editors. */
export declare function scaffoldAgreement(facts: InitFacts, schemaRef: string): {
    text: string;
    notes: string[];
};
/** The file name `sla init --repo` gives the first agreement: `<client>-<workflow>.sla.yaml`. */
export declare function agreementFileName(facts: InitFacts): string;
/**
 * A repository for agreements: lint config, the first agreement, CI workflow, pre-commit config, .gitignore,
 * package.json and a README for the people who edit the agreements.
 */
export declare function scaffoldRepository(facts: InitFacts, repositoryName: string): Scaffold;
