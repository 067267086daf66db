import type { Catalog } from '../i18n/catalog.js';
export declare const ROOT_TEMPLATE = "contract";
/** Partial calls in one render: 31 partials each including the next twice would otherwise make 2^30 calls. */
export declare const MAX_PARTIAL_CALLS = 10000;
/** Characters of output from one render (or from any partial or helper within it). */
export declare const MAX_OUTPUT_CHARS: number;
/** Blocks (`{{#if}}`, `{{#each}}`, …) inside one another in one file, checked when the template loads. */
export declare const MAX_BLOCK_DEPTH = 100;
/** A template problem: where it is (file, line, column) and what is wrong. */
export declare class TemplateError extends Error {
    readonly file: string;
    readonly line?: number | undefined;
    readonly column?: number | undefined;
    constructor(message: string, file: string, line?: number | undefined, column?: number | undefined);
}
export interface TemplateFile {
    /** The partial name: the file name without `.hbs`. */
    name: string;
    /** Absolute path of the file. */
    path: string;
    /** True when it comes from the custom directory rather than the default template. */
    custom: boolean;
    source: string;
}
export interface ContractTemplate {
    /** Every file in effect, by name. */
    files: TemplateFile[];
    /** SHA-256 over the names and contents of the files in effect, so a rendered document can say what produced it. */
    sha256: string;
    /**
     * The custom template's own messages (`messages.json` in its directory: a key → ICU message object), which
     * `{{t}}` looks up before the shipped catalogs; undefined when it has none.
     */
    messages?: Catalog;
    /**
     * Renders a view (already escaped) with the root file, `contract.hbs`, or with another file of the template
     * (`summary-page` for `sla render --summary-only`). Throws TemplateError naming the template file and line.
     */
    render(view: object, entry?: string): string;
}
export interface TemplateOptions {
    /** A directory whose `*.hbs` files replace or add to the default template's. */
    directory?: string;
    /** Where the default template lives; tests point it elsewhere. */
    defaultDirectory?: string;
}
/** Loads and compiles a contract template: the default, with any files of `options.directory` in their place. */
export declare function loadContractTemplate(options?: TemplateOptions): Promise<ContractTemplate>;
