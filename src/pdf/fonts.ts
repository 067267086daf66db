import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PdfDocument } from './pdfkit-types.js';

/** The typographic roles a contract uses; each maps to one embedded DejaVu face. */
export type FontRole = 'regular' | 'bold' | 'italic' | 'boldItalic' | 'mono';

export const FONT_ROLES: readonly FontRole[] = ['regular', 'bold', 'italic', 'boldItalic', 'mono'];

// DejaVu covers Latin (with Latin Extended: Polish, Czech, Turkish, Vietnamese…), Greek, Cyrillic, Armenian,
// Georgian and the punctuation and currency signs a contract needs (– — ‘ ’ “ ” € £ ×). Not CJK, Indic, Thai or
// emoji; Hebrew and Arabic glyphs exist but pdfkit does not lay out right-to-left text. See docs/pdf.md.
const FONT_FILES: Record<FontRole, string> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  boldItalic: 'DejaVuSans-BoldOblique.ttf',
  mono: 'DejaVuSansMono.ttf',
};

export type FontSet = Readonly<Record<FontRole, Uint8Array>>;

let fontSet: Promise<FontSet> | undefined;

/** The font files, read once per process: every later document reuses the same bytes. */
export function loadFonts(): Promise<FontSet> {
  fontSet ??= readFontSet().catch((error: unknown) => {
    // A failed read must not poison the cache for the rest of the process.
    fontSet = undefined;
    throw error;
  });
  return fontSet;
}

async function readFontSet(): Promise<FontSet> {
  const directory = fontDirectory();
  const entries = await Promise.all(
    FONT_ROLES.map(async (role) => [role, new Uint8Array(await readFile(path.join(directory, FONT_FILES[role])))] as const),
  );
  return Object.fromEntries(entries) as Record<FontRole, Uint8Array>;
}

function fontDirectory(): string {
  // The package has no entry point, so resolve its package.json and take the ttf folder beside it.
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

// pdfkit parses a font (fontkit) the first time a document uses it, which decodes its tables: most of the
// cost of a small document. The parsed fonts of the first document are kept and handed to every later one;
// pdfkit accepts a parsed font wherever it accepts font bytes (PDFFontFactory.open), and each document still
// makes its own subset of it.
const parsedFonts = new Map<FontRole, unknown>();

/** Registers every role under its own name, so layout code says `doc.font('bold')`. */
export function registerFonts(doc: PdfDocument, fonts: FontSet): void {
  for (const role of FONT_ROLES) {
    // The typings list only files and bytes as sources; a parsed font is accepted at run time (see above).
    doc.registerFont(role, (parsedFonts.get(role) ?? fonts[role]) as Uint8Array);
  }
  shareLayoutCaches(doc);
}

/** The part of pdfkit's EmbeddedFont this module touches. */
interface EmbeddedFontCache {
  layoutCache?: Record<string, unknown>;
}

// pdfkit shapes text word by word (fontkit: OpenType lookups, a fifth of the time of a PDF) and keeps each word's
// glyph run in the document's EmbeddedFont (`layoutCache`). The documents of one run share those caches per role,
// so a hundred contracts from one template shape its words once. A run depends only on the font and the word, and
// pdfkit copies a cached run before changing it (word spacing), as it already shares runs within a document.
const layoutCaches = new Map<FontRole, Record<string, unknown>>();

function shareLayoutCaches(doc: PdfDocument): void {
  const internals = doc as unknown as { font: (...args: unknown[]) => PdfDocument; _font?: EmbeddedFontCache };
  const selectFont = internals.font;
  const linked = new WeakSet<object>();
  internals.font = function (this: typeof internals, ...args: unknown[]) {
    const result = selectFont.apply(this, args);
    const role = args[0];
    const embedded = this._font;
    if (typeof role === 'string' && (FONT_ROLES as readonly string[]).includes(role) && embedded?.layoutCache && !linked.has(embedded)) {
      linked.add(embedded);
      const shared = layoutCaches.get(role as FontRole);
      if (shared) embedded.layoutCache = shared;
      else layoutCaches.set(role as FontRole, embedded.layoutCache);
    }
    return result;
  };
}

/** Keeps the fonts `doc` parsed for the documents after it; call once the document is laid out. */
export function keepParsedFonts(doc: PdfDocument): void {
  // `_fontFamilies` maps registered names to pdfkit's EmbeddedFont, whose `font` is the parsed font.
  const families = (doc as unknown as { _fontFamilies?: Record<string, { font?: { layout?: unknown } } | undefined> })._fontFamilies ?? {};
  for (const role of FONT_ROLES) {
    const parsed = families[role]?.font;
    if (!parsedFonts.has(role) && typeof parsed?.layout === 'function') parsedFonts.set(role, parsed);
  }
}
