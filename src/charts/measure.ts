import { loadFonts, registerFonts } from '../pdf/fonts.js';
import type { Measure } from '../pdf/line-breaking.js';
import type { PdfDocument } from '../pdf/pdfkit-types.js';

export type { Measure };

/**
 * Text widths from a pdfkit document's registered DejaVu faces, cached per face and size. Charts are laid out
 * with the fonts the PDF embeds (shipped with the package), so a chart's geometry is the same on every machine
 * and in both of its outputs. A report that already has a typesetter can pass `typesetter.measure` instead.
 */
export function measureWith(doc: PdfDocument): Measure {
  const widths = new Map<string, number>();
  return (text, font, size) => {
    const key = `${font}\0${size}\0${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      width = doc.font(font).fontSize(size).widthOfString(text);
      if (widths.size < 20_000) widths.set(key, width);
    }
    return width;
  };
}

let shared: Promise<Measure> | undefined;

/** A measure over a private, never-drawn pdfkit document with the package's fonts; made once per process. */
export function chartMeasure(): Promise<Measure> {
  shared ??= (async () => {
    const [{ default: PDFDocument }, fonts] = await Promise.all([import('pdfkit'), loadFonts()]);
    const doc: PdfDocument = new PDFDocument({ autoFirstPage: false, font: '' });
    registerFonts(doc, fonts);
    return measureWith(doc);
  })().catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}
