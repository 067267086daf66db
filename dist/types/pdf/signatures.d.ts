import { type Run } from './inline.js';
import type { TableModel } from './table.js';
import type { Tag, Typesetter } from './typesetter.js';
/** One signatory: the party they sign for and the other columns of their row (Name, Title, Date…). */
export interface Signatory {
    readonly party: readonly Run[];
    readonly fields: readonly {
        readonly label: string;
        readonly value: readonly Run[];
    }[];
}
/**
 * The Markdown carries signatures as a table with a "Signature" column ("Unterschrift", "Firma", … in the
 * contract's language; that is what a Markdown reader sees); in the PDF such a table becomes signature blocks with
 * lines to sign on, captioned with that column's own header.
 */
export declare function isSignatureTable(model: TableModel): boolean;
/** The signature column's header as the table writes it: the caption under each line to sign on. */
export declare function signatureCaption(model: TableModel): string;
export declare function signatories(model: TableModel): Signatory[];
/** Signature blocks side by side, two to a row; a row of blocks is never split across pages. */
export declare function signatureLeadHeight(model: TableModel, typesetter: Typesetter): number;
export declare function drawSignatures(model: TableModel, x: number, width: number, typesetter: Typesetter, parent: Tag): void;
