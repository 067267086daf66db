import type { Finding } from '../lint/types.js';
import type { SourceRange } from '../diagnostics.js';
/** What linting a document gave. */
export interface DocumentLint {
    findings: Finding[];
    /** The config that applies cannot be used: nothing was linted, and this says why (shown on the document). */
    configProblem?: {
        message: string;
        file: string;
        range: SourceRange;
    };
    /** A config's `ignores` match the document: it is not linted, as `sla lint` would skip it. */
    ignored?: boolean;
    /** Rules that threw (bugs in `sla`), for the server's log. */
    ruleFailures: {
        ruleId: string;
        message: string;
    }[];
}
export declare class DocumentLinter {
    #private;
    constructor(cwd: string);
    /** Forget every config read so far (a config file was created, changed or deleted). */
    reset(): void;
    /** Loads the rules now, so the first document is not slowed by it. */
    warmUp(): Promise<void>;
    /** What a plugin's rule checks, for the hover of its findings (the built-in rules are known up front). */
    pluginRuleDescription(ruleId: string): string | undefined;
    /** The file a document stands for: its path, or for an unsaved buffer its name in the workspace folder. */
    fileFor(uri: string): string;
    lint(text: string, uri: string): Promise<DocumentLint>;
}
