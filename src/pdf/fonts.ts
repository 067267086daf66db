import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PdfDocument } from './pdfkit-types.js';

/** The typographic roles a contract uses; each maps to one embedded DejaVu face. */
export type FontRole = 'regular' | 'bold' | 'italic' | 'boldItalic' | 'mono';

export const FONT_ROLES: readonly FontRole[] = ['regular', 'bold', 'italic', 'boldItalic', 'mono'];

// DejaVu covers Latin (incl. Latin Extended A/B: Polish, Czech, Turkish, Vietnamese…), Greek, Cyrillic,
// Armenian, Georgian, Hebrew, Arabic (basic, no shaping of complex ligatures in pdfkit), and the
// punctuation/currency a contract needs (– — ‘ ’ “ ” € £ ¥ ×). CJK, Indic and Thai are not covered.
const FONT_FILES: Record<FontRole, string> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  boldItalic: 'DejaVuSans-BoldOblique.ttf',
  mono: 'DejaVuSansMono.ttf',
};

export type FontSet = Readonly<Record<FontRole, Uint8Array>>;

let fontSet: Promise<FontSet> | undefined;

/**
 * The font files, read once per process: every later document reuses the same bytes, so a batch render
 * pays the disk read (the slow part; parsing is lazy in fontkit) only once.
 */
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

/** Registers every role under its own name, so layout code says `doc.font('bold')`. */
export function registerFonts(doc: PdfDocument, fonts: FontSet): void {
  for (const role of FONT_ROLES) {
    doc.registerFont(role, fonts[role]);
  }
}
