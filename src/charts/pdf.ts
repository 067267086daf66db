/**
 * A scene drawn into a pdfkit document as vectors: rectangles, lines and paths as PDF paths, patterns as hatch
 * lines or dots clipped to their area, text as real text in the document's embedded DejaVu faces (registered by
 * src/pdf/fonts.ts under their role names), so it can be selected, searched and read aloud.
 */
import type { PdfDocument, StructureElement } from '../pdf/pdfkit-types.js';
import { PATTERN, type Item, type Paint, type Scene, type Stroke } from './scene.js';

export interface DrawSceneOptions {
  /**
   * In a tagged PDF, the structure element the chart belongs to: the chart becomes a `Figure` under it, with the
   * scene's alt text as /Alt and its box as /BBox, and all its marks are that figure's content. Call it outside
   * any open marked content. Without a parent the chart is drawn untagged.
   */
  readonly parent?: StructureElement;
}

/**
 * Draws `scene` with its top-left corner at (`x`, `y`) of the current page, `scale` points a scene unit.
 * Leaves the document's graphics state, font, colours and text position as they were.
 */
export function drawScene(doc: PdfDocument, scene: Scene, x: number, y: number, scale = 1, options: DrawSceneOptions = {}): void {
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`scale must be a positive number, got ${scale}`);
  const { parent } = options;
  let figure: StructureElement | undefined;
  if (parent) {
    figure = doc.struct('Figure', { alt: scene.alt, bbox: [x, y, x + scene.width * scale, y + scene.height * scale], placement: 'Block' } as PDFKit.Mixins.StructureElementOptions);
    parent.add(figure);
    figure.add(doc.markStructureContent('Figure'));
  }
  const { x: textX, y: textY } = doc;
  doc.save();
  try {
    doc.translate(x, y);
    if (scale !== 1) doc.scale(scale);
    for (const item of scene.items) drawItem(doc, item);
  } finally {
    doc.restore();
    if (figure) {
      doc.endMarkedContent();
      figure.end();
    }
    doc.x = textX;
    doc.y = textY;
  }
}

function drawItem(doc: PdfDocument, item: Item): void {
  switch (item.kind) {
    case 'group':
      for (const child of item.items) drawItem(doc, child);
      return;
    case 'rect':
      if (item.width <= 0 || item.height <= 0) return;
      if (item.fill) fillArea(doc, item.fill, () => doc.rect(item.x, item.y, item.width, item.height), { left: item.x, top: item.y, right: item.x + item.width, bottom: item.y + item.height });
      if (item.stroke) strokeWith(doc, item.stroke, () => doc.rect(item.x, item.y, item.width, item.height));
      return;
    case 'line':
      strokeWith(doc, item.stroke, () => doc.moveTo(item.x1, item.y1).lineTo(item.x2, item.y2));
      return;
    case 'path': {
      if (item.points.length < 2) return;
      const trace = () => {
        item.points.forEach(([px, py], index) => (index === 0 ? doc.moveTo(px, py) : doc.lineTo(px, py)));
        if (item.closed) doc.closePath();
      };
      if (item.fill && item.closed) {
        const xs = item.points.map(([px]) => px);
        const ys = item.points.map(([, py]) => py);
        fillArea(doc, item.fill, trace, { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) });
      }
      if (item.stroke) strokeWith(doc, item.stroke, trace);
      return;
    }
    case 'text': {
      if (item.text === '') return;
      doc.font(item.font).fontSize(item.size);
      const width = doc.widthOfString(item.text);
      const left = item.anchor === 'start' ? item.x : item.anchor === 'middle' ? item.x - width / 2 : item.x - width;
      doc.fillColor(item.color).text(item.text, left, item.y, { lineBreak: false, baseline: 'alphabetic' });
      return;
    }
  }
}

function strokeWith(doc: PdfDocument, stroke: Stroke, trace: () => void): void {
  doc.save();
  doc.lineWidth(stroke.width).strokeColor(stroke.color);
  if (stroke.dash?.length) doc.dash(stroke.dash[0]!, { space: stroke.dash[1] ?? stroke.dash[0]! });
  trace();
  doc.stroke();
  doc.restore();
}

/** Fills the traced area with the paint's colour, then draws its pattern marks clipped to the area. */
function fillArea(doc: PdfDocument, paint: Paint, trace: () => void, box: { left: number; top: number; right: number; bottom: number }): void {
  doc.save();
  trace();
  doc.fillColor(paint.color).fill();
  doc.restore();
  if (paint.pattern === 'solid') return;
  const s = PATTERN.spacing;
  const ink = paint.ink ?? '#000000';
  doc.save();
  trace();
  doc.clip();
  if (paint.pattern === 'hatch' || paint.pattern === 'crosshatch') {
    doc.lineWidth(PATTERN.lineWidth).strokeColor(ink);
    // The same lines as the SVG pattern tile: x + y = k·s (and x − y = k·s for crosshatch), on the scene's grid.
    for (let k = Math.floor((box.left + box.top) / s) - 1; k * s <= box.right + box.bottom + s; k += 1) {
      doc.moveTo(box.left - s, k * s - box.left + s).lineTo(box.right + s, k * s - box.right - s);
    }
    if (paint.pattern === 'crosshatch') {
      for (let k = Math.floor((box.left - box.bottom) / s) - 1; k * s <= box.right - box.top + s; k += 1) {
        doc.moveTo(box.left - s, box.left - s - k * s).lineTo(box.right + s, box.right + s - k * s);
      }
    }
    doc.stroke();
  } else if (paint.pattern === 'stripes') {
    doc.lineWidth(PATTERN.lineWidth).strokeColor(ink);
    for (let lx = Math.floor(box.left / s) * s + s / 2; lx < box.right + s; lx += s) doc.moveTo(lx, box.top - 1).lineTo(lx, box.bottom + 1);
    doc.stroke();
  } else if (paint.pattern === 'dots') {
    doc.fillColor(ink);
    for (let cx = Math.floor(box.left / s) * s + s / 2; cx < box.right + s; cx += s) {
      for (let cy = Math.floor(box.top / s) * s + s / 2; cy < box.bottom + s; cy += s) doc.circle(cx, cy, PATTERN.dotRadius);
    }
    doc.fill();
  }
  doc.restore();
}
