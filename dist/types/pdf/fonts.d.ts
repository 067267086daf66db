import type { PdfDocument } from './pdfkit-types.js';
/** The typographic roles a contract uses; each maps to one embedded DejaVu face. */
export type FontRole = 'regular' | 'bold' | 'italic' | 'boldItalic' | 'mono';
export declare const FONT_ROLES: readonly FontRole[];
export type FontSet = Readonly<Record<FontRole, Uint8Array>>;
/** The font files, read once per process: every later document reuses the same bytes. */
export declare function loadFonts(): Promise<FontSet>;
/** Registers every role under its own name, so layout code says `doc.font('bold')`. */
export declare function registerFonts(doc: PdfDocument, fonts: FontSet): void;
/** Keeps the fonts `doc` parsed for the documents after it; call once the document is laid out. */
export declare function keepParsedFonts(doc: PdfDocument): void;
