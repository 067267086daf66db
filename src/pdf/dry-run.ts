import type { PdfDocument } from './pdfkit-types.js';

/**
 * A stand-in for the pdfkit document that draws nothing and only counts pages: the layout runs over it once to
 * learn on which page each section starts (for the table of contents) and how many pages there are, as a
 * typesetter's first pass does. Text is measured by the real document's fonts (the typesetter is given that
 * measure), so both passes break every line and page in the same places.
 */
const dryRuns = new WeakSet<object>();

/** True for a document of dryRunDocument: what only draws (a chart's vectors) can skip it; layout must not. */
export function isDryRun(doc: PdfDocument): boolean {
  return dryRuns.has(doc);
}

export function dryRunDocument(): PdfDocument {
  let pages = 0;
  const outline = { addItem: () => outline };
  const element = { add: () => element, end: () => undefined };
  const page = { dictionary: { data: {} }, height: 0, width: 0 };
  const special: Record<string, unknown> = {
    addPage: () => {
      pages += 1;
      return document;
    },
    bufferedPageRange: () => ({ start: 0, count: pages }),
    page,
    outline,
    struct: () => ({ ...element }),
    markStructureContent: () => ({}),
    widthOfString: () => {
      throw new Error('PDF layout bug: the dry run measures text through the real document, never its own');
    },
  };
  // Every other method (text, rect, stroke, link, font, …) does nothing and returns the document, so chained
  // calls such as doc.font(f).fontSize(s).text(…) work unchanged.
  const nothing = () => document;
  const document: PdfDocument = new Proxy({} as PdfDocument, {
    get: (_target, property) => (typeof property === 'string' && property in special ? special[property] : nothing),
  });
  dryRuns.add(document);
  return document;
}
