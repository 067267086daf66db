/**
 * A scene as a standalone SVG file, for the Markdown report to reference.
 *
 * Written with plain string building and one escape function rather than an SVG builder package: the scene model
 * already is the structure (five kinds of item), so a builder would add a dependency (and its updates and audits)
 * to save a few dozen lines, while the two things that matter here, escaping every text and attribute and a
 * byte-for-byte deterministic output, are easier to guarantee in code we can read in one screen. Dependencies
 * are chosen, not collected.
 */
import { flatten, PATTERN, patternId, patternsOf, type Item, type Paint, type Scene, type Stroke } from './scene.js';

/** The font the PDF embeds first, then near metric matches, so a viewer without DejaVu stays close to the layout. */
export const SVG_FONT_FAMILY = "'DejaVu Sans', 'Bitstream Vera Sans', Verdana, sans-serif";

/** Text for XML content and attribute values: `& < > " '` escaped, and characters XML 1.0 forbids dropped. */
export function escapeXml(text: string): string {
  return text
    // Control characters other than tab, newline and carriage return, lone surrogates and U+FFFE/U+FFFF are not XML.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A coordinate with at most two decimals and no `-0`, so output never depends on floating-point noise. */
export function num(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`chart coordinate is not a finite number: ${value}`);
  const rounded = Math.round(value * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

/**
 * The scene as SVG 1.1 text: `role="img"` with `aria-labelledby` pointing at `<title>` and `<desc>` (the alt
 * text), patterns as `<pattern>` defs, every text escaped. The same scene always gives the same string.
 * `idPrefix` keeps the ids of several charts inlined into one HTML page apart.
 */
export function sceneToSvg(scene: Scene, { idPrefix = 'chart' }: { idPrefix?: string } = {}): string {
  const prefix = idPrefix.replace(/[^A-Za-z0-9_-]/g, '') || 'chart';
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${num(scene.width)}" height="${num(scene.height)}" viewBox="0 0 ${num(scene.width)} ${num(scene.height)}" role="img" aria-labelledby="${prefix}-title ${prefix}-desc" font-family="${escapeXml(SVG_FONT_FAMILY)}">`,
    `<title id="${prefix}-title">${escapeXml(scene.title)}</title>`,
    `<desc id="${prefix}-desc">${escapeXml(scene.alt)}</desc>`,
  ];
  const patterns = patternsOf(scene.items);
  if (patterns.length > 0) {
    out.push('<defs>');
    for (const paint of patterns) out.push(patternDef(paint, prefix));
    out.push('</defs>');
  }
  out.push(`<rect x="0" y="0" width="${num(scene.width)}" height="${num(scene.height)}" fill="#ffffff"/>`);
  for (const item of scene.items) writeItem(item, out, prefix, 0);
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

function writeItem(item: Item, out: string[], prefix: string, depth: number): void {
  const indent = '  '.repeat(depth);
  switch (item.kind) {
    case 'group':
      out.push(`${indent}<g class="${escapeXml(item.role)}">`);
      for (const child of item.items) writeItem(child, out, prefix, depth + 1);
      out.push(`${indent}</g>`);
      return;
    case 'rect':
      out.push(`${indent}<rect x="${num(item.x)}" y="${num(item.y)}" width="${num(item.width)}" height="${num(item.height)}"${fillAttributes(item.fill, prefix)}${strokeAttributes(item.stroke)}/>`);
      return;
    case 'line':
      out.push(`${indent}<line x1="${num(item.x1)}" y1="${num(item.y1)}" x2="${num(item.x2)}" y2="${num(item.y2)}"${strokeAttributes(item.stroke)}/>`);
      return;
    case 'path': {
      const d = item.points.map(([x, y], index) => `${index === 0 ? 'M' : 'L'}${num(x)} ${num(y)}`).join(' ') + (item.closed ? ' Z' : '');
      out.push(`${indent}<path d="${d}"${fillAttributes(item.fill, prefix)}${strokeAttributes(item.stroke)}/>`);
      return;
    }
    case 'text': {
      const weight = item.font === 'bold' ? ' font-weight="bold"' : '';
      out.push(`${indent}<text x="${num(item.x)}" y="${num(item.y)}" font-size="${num(item.size)}"${weight} fill="${escapeXml(item.color)}" text-anchor="${item.anchor}">${escapeXml(item.text)}</text>`);
      return;
    }
  }
}

function fillAttributes(fill: Paint | undefined, prefix: string): string {
  if (!fill) return ' fill="none"';
  return fill.pattern === 'solid' ? ` fill="${escapeXml(fill.color)}"` : ` fill="url(#${prefix}-${patternId(fill)})"`;
}

function strokeAttributes(stroke: Stroke | undefined): string {
  if (!stroke) return '';
  const dash = stroke.dash?.length ? ` stroke-dasharray="${stroke.dash.map(num).join(' ')}"` : '';
  return ` stroke="${escapeXml(stroke.color)}" stroke-width="${num(stroke.width)}"${dash}`;
}

/** One tile of the pattern on the scene's grid (`userSpaceOnUse` from the origin), as pdf.ts draws it. */
function patternDef(paint: Paint, prefix: string): string {
  const s = PATTERN.spacing;
  const ink = escapeXml(paint.ink ?? '#000000');
  const marks: string[] = [`<rect x="0" y="0" width="${s}" height="${s}" fill="${escapeXml(paint.color)}"/>`];
  const line = (x1: number, y1: number, x2: number, y2: number) =>
    `<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" stroke="${ink}" stroke-width="${num(PATTERN.lineWidth)}"/>`;
  if (paint.pattern === 'hatch' || paint.pattern === 'crosshatch') {
    // Lines x + y = k·s: the tile's diagonal and the corners of its neighbours' diagonals.
    marks.push(line(-1, s + 1, s + 1, -1), line(-1, 1, 1, -1), line(s - 1, s + 1, s + 1, s - 1));
  }
  if (paint.pattern === 'crosshatch') {
    // Lines x − y = k·s.
    marks.push(line(-1, -1, s + 1, s + 1), line(s - 1, -1, s + 1, 1), line(-1, s - 1, 1, s + 1));
  }
  if (paint.pattern === 'stripes') {
    // Lines x = k·s + s/2.
    marks.push(line(s / 2, -1, s / 2, s + 1));
  }
  if (paint.pattern === 'dots') {
    marks.push(`<circle cx="${num(s / 2)}" cy="${num(s / 2)}" r="${num(PATTERN.dotRadius)}" fill="${ink}"/>`);
  }
  return `<pattern id="${prefix}-${patternId(paint)}" patternUnits="userSpaceOnUse" x="0" y="0" width="${s}" height="${s}">${marks.join('')}</pattern>`;
}

/** Every text item's string, in drawing order (for tests and for checking a chart says what it should). */
export function sceneTexts(scene: Scene): string[] {
  return flatten(scene.items).flatMap((item) => (item.kind === 'text' ? [item.text] : []));
}
