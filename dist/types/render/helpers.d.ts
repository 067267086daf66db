/**
 * Handlebars helpers for contract wording. They receive the escaped view, so text from the agreement passes
 * through unchanged; what a helper writes itself (dates, money, numbers) is escaped before it is returned.
 */
import type { HelperDelegate } from 'handlebars';
import type { Calendar } from '../model/agreement.js';
import { type Catalog } from '../i18n/catalog.js';
/** What helpers need to know about the agreement being rendered, found through the view object they are given. */
export interface RenderScope {
    locale: string;
    calendars: Map<string, Calendar>;
    /** A custom template's own messages (`messages.json` beside its files), before the shipped catalogs. */
    messages?: Catalog;
}
export declare const renderScopes: WeakMap<object, RenderScope>;
export declare class HelperError extends Error {
    readonly loc?: {
        start: {
            line: number;
            column: number;
        };
    } | undefined;
    constructor(message: string, loc?: {
        start: {
            line: number;
            column: number;
        };
    } | undefined);
}
export declare const HELPERS: Record<string, HelperDelegate>;
