// Reads a PDF back the way a person or a screen reader meets it: text per page, outline, metadata, tags.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Where a text item sits on its page, in PDF points from the bottom-left corner. */
export interface TextBox {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly bottom: number;
  readonly top: number;
  /** Drawn at an angle (the DRAFT watermark). */
  readonly rotated: boolean;
  /** The baseline, in PDF points from the bottom of the page. */
  readonly baseline: number;
  /** Font size in points (from the text matrix). */
  readonly size: number;
  /** The embedded font's PostScript name without its subset tag, e.g. `DejaVuSans-Bold`; '' when unknown. */
  readonly font: string;
  readonly bold: boolean;
  readonly italic: boolean;
}

export interface PdfPage {
  /** Every text item as drawn, in content-stream order. */
  readonly items: readonly string[];
  readonly boxes: readonly TextBox[];
  /** All text of the page, whitespace collapsed to single spaces. */
  readonly text: string;
  readonly width: number;
  readonly height: number;
}

export interface OutlineEntry {
  readonly title: string;
  readonly children: readonly OutlineEntry[];
}

export interface StructNode {
  readonly role?: string;
  readonly children?: readonly StructNode[];
  readonly type?: string;
}

export interface ReadPdf {
  readonly pages: readonly PdfPage[];
  readonly text: string;
  readonly outline: readonly OutlineEntry[];
  readonly info: Record<string, unknown>;
  readonly xmp: { get(name: string): unknown } | null;
  readonly marked: boolean;
  readonly structure: readonly (StructNode | null)[];
}

export const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Normalised text with each word hyphenated at a line end joined again ("coun- ted" → "counted"), as a reader reads
 * it: a hyphen ending a text item between two lower-case letters. A compound written with its own hyphen that
 * happens to break there ("change- order") is joined too, so assert phrases, not such compounds, with it.
 */
export const dehyphenate = (text: string): string => normalise(text).replace(/(?<=\p{Ll})- (?=\p{Ll})/gu, '');

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  // pdf.js takes ownership of the buffer it is given; the caller keeps its own bytes.
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true }).promise;
  try {
    const pages: PdfPage[] = [];
    const structure: (StructNode | null)[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      // The operator list loads the page's fonts, whose real names (DejaVuSans-Bold…) the text items only refer to.
      await page.getOperatorList();
      const content = await page.getTextContent();
      const texts = content.items.flatMap((item) => ('str' in item && item.str.trim() ? [item] : []));
      const items = texts.map((item) => item.str);
      const boxes = texts.map((item): TextBox => {
        const [a = 1, b = 0, , , x = 0, y = 0] = item.transform as number[];
        const size = Math.hypot(a, b);
        const font = fontName(page, item.fontName);
        // The glyphs' box: descenders a fifth of the size below the baseline, ascenders four fifths above.
        return {
          text: item.str,
          left: x,
          right: x + item.width,
          bottom: y - size * 0.2,
          top: y + size * 0.8,
          rotated: Math.abs(b) > 1e-6,
          baseline: y,
          size,
          font,
          bold: /bold|black|heavy/i.test(font),
          italic: /italic|oblique/i.test(font),
        };
      });
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      pages.push({ items, boxes, text: normalise(items.join(' ')), width: x1 - x0, height: y1 - y0 });
      structure.push((await page.getStructTree()) as StructNode | null);
    }
    const toEntries = (nodes: readonly { title: string; items: unknown[] }[] | null): OutlineEntry[] =>
      (nodes ?? []).map((node) => ({ title: node.title, children: toEntries(node.items as { title: string; items: unknown[] }[]) }));
    const metadata = await pdf.getMetadata();
    const markInfo = await pdf.getMarkInfo();
    return {
      pages,
      text: normalise(pages.map((page) => page.text).join(' ')),
      outline: toEntries(await pdf.getOutline()),
      info: metadata.info as Record<string, unknown>,
      xmp: metadata.metadata as ReadPdf['xmp'],
      marked: markInfo?.Marked === true,
      structure,
    };
  } finally {
    await pdf.destroy();
  }
}

/** The PostScript name of a text item's font (loaded by `getOperatorList`), without the `ABCDEF+` subset tag. */
function fontName(page: { commonObjs: { has(id: string): boolean; get(id: string): unknown } }, id: string): string {
  if (!page.commonObjs.has(id)) return '';
  const font = page.commonObjs.get(id) as { name?: unknown } | null;
  return typeof font?.name === 'string' ? font.name.replace(/^[A-Z]{6}\+/, '') : '';
}

/** Roles of every node of a structure tree, depth first. */
export function roles(node: StructNode | null | undefined): string[] {
  if (!node) return [];
  return [...(node.role ? [node.role] : []), ...(node.children ?? []).flatMap((child) => roles(child))];
}

/** Pairs of upright text items on a page whose boxes overlap by more than `tolerance` points both ways. */
export function overlaps(page: PdfPage, tolerance = 0.5): [string, string][] {
  const upright = page.boxes.filter((box) => !box.rotated);
  const found: [string, string][] = [];
  upright.forEach((one, index) => {
    for (const other of upright.slice(index + 1)) {
      const across = Math.min(one.right, other.right) - Math.max(one.left, other.left);
      const down = Math.min(one.top, other.top) - Math.max(one.bottom, other.bottom);
      if (across > tolerance && down > tolerance) found.push([one.text, other.text]);
    }
  });
  return found;
}
