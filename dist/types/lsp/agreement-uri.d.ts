/** True for `*.sla.yaml` and `*.sla.yml` documents (any scheme: an unsaved buffer may carry the name too). */
export declare function isAgreementUri(uri: string): boolean;
/** The file path of a `file:` URI, or undefined for other schemes (untitled buffers, virtual files). */
export declare function filePathOf(uri: string): string | undefined;
