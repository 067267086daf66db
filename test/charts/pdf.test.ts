import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  chartMeasure, drawScene, onTimeShareChart, responseDistributionChart, sceneTexts, tuningVsCapChart, weeklyVolumeChart, type Measure, type Scene,
} from '../../src/charts/index.js';
import { loadFonts, registerFonts } from '../../src/pdf/fonts.js';
import { overlaps, readPdf, roles, type ReadPdf } from '../pdf/read-pdf.js';
import { onTimeRows, responseRows, tuningPeriods, weeklyWeeks } from './samples.js';

let measure: Measure;
let scenes: Scene[];
beforeAll(async () => {
  measure = await chartMeasure();
  scenes = [
    onTimeShareChart(onTimeRows, { locale: 'en-GB', measure }),
    weeklyVolumeChart(weeklyWeeks, { locale: 'en-GB', measure }),
    responseDistributionChart(responseRows, { locale: 'en-GB', measure }),
    tuningVsCapChart(tuningPeriods, { locale: 'en-GB', measure }),
  ];
});

/** One page per scene, in a document like the report's: fonts registered by role, fixed dates, optionally tagged. */
async function render(list: readonly Scene[], { tagged = false, compress = true } = {}): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, compress, tagged, lang: 'en-GB', pdfVersion: '1.7', font: '', info: { CreationDate: new Date('2026-03-01T09:00:00Z'), ModDate: new Date('2026-03-01T09:00:00Z') } } as PDFKit.PDFDocumentOptions);
  registerFonts(doc, await loadFonts());
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const done = new Promise((resolve) => doc.on('end', resolve));
  const root = tagged ? doc.struct('Document') : undefined;
  if (root) doc.addStructure(root);
  for (const scene of list) {
    doc.addPage();
    drawScene(doc, scene, 62, 60, 1, root ? { parent: root } : {});
  }
  root?.end();
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

describe('drawScene', () => {
  let bytes: Uint8Array;
  let pdf: ReadPdf;
  beforeAll(async () => {
    bytes = await render(scenes);
    pdf = await readPdf(bytes);
  });

  it('sets every label as extractable text in the embedded DejaVu faces', () => {
    scenes.forEach((scene, index) => {
      const page = pdf.pages[index]!;
      for (const label of sceneTexts(scene)) expect(page.items).toContain(label);
      expect(new Set(page.boxes.map((box) => box.font))).toEqual(new Set(['DejaVuSans', 'DejaVuSans-Bold']));
    });
  });

  it('places text where the scene says: its measured width, its baseline and anchor', () => {
    const scene = scenes[0]!;
    const page = pdf.pages[0]!;
    const label = page.boxes.find((box) => box.text === '92% (target 95%)')!;
    const source = findText(scene, '92% (target 95%)');
    expect(label.left).toBeCloseTo(62 + source.x, 1);
    expect(label.right - label.left).toBeCloseTo(source.width, 1);
    expect(page.height - label.baseline).toBeCloseTo(60 + source.y, 1);
    const axisEnd = page.boxes.find((box) => box.text === '100%')!;
    const axisSource = findText(scene, '100%');
    expect((axisEnd.left + axisEnd.right) / 2).toBeCloseTo(62 + axisSource.x, 1);
  });

  it('draws the chart as vector paths: rectangles, lines and fills, no images', async () => {
    const plain = new TextDecoder('latin1').decode(await render([scenes[0]!], { compress: false }));
    expect(plain).toMatch(/ re\n/);
    expect(plain).toMatch(/ l\n/);
    expect(plain).toMatch(/\nf\n|\nf\*?\n/);
    expect(plain).toMatch(/\nS\n/);
    // Patterns are drawn as clipped marks.
    expect(plain).toMatch(/\nW n\n/);
    expect(plain).not.toContain('/Subtype /Image');
  });

  it('sets no label over another, at the default width and at narrow widths in another locale', async () => {
    const narrow = [
      onTimeShareChart([...onTimeRows, { severity: 'Sehr niedrige Priorität mit langem Namen', onTime: 3, total: 9, target: 0.5 }], { locale: 'de-DE', measure, width: 260 }),
      weeklyVolumeChart(Array.from({ length: 26 }, (_, i) => ({ week: `2026-W${String(i + 1).padStart(2, '0')}`, types: Array.from({ length: 10 }, (_, t) => ({ type: `Anfrageart ${t}`, tickets: (i * 3 + t * 7) % 9 })) })), { locale: 'de-DE', measure, width: 300 }),
      responseDistributionChart(responseRows, { locale: 'de-DE', measure, width: 260 }),
      tuningVsCapChart(Array.from({ length: 12 }, (_, i) => ({ period: `2026-${String(i + 1).padStart(2, '0')}`, usedHours: (i * 37) % 13, capHours: 8 })), { locale: 'de-DE', measure, width: 260 }),
    ];
    const read = await readPdf(await render([...scenes, ...narrow]));
    for (const page of read.pages) expect(overlaps(page)).toEqual([]);
  });

  it('gives the same bytes for the same scene and creation date', async () => {
    expect(Buffer.from(await render(scenes)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('in a tagged PDF, makes each chart a Figure with the scene\'s alt text', async () => {
    const tagged = await render(scenes.slice(0, 2), { tagged: true, compress: false });
    const read = await readPdf(tagged);
    expect(read.marked).toBe(true);
    expect(roles(read.structure[0])).toContain('Figure');
    const plain = new TextDecoder('latin1').decode(tagged);
    expect(plain.match(/\/S \/Figure/g)).toHaveLength(2);
    expect(plain).toMatch(/\/Alt \(On-time share per severity, against target\. Critical: 92% of 50 tickets/);
    expect(plain).toMatch(/\/BBox \[62 /);
    expect(read.pages[0]!.items).toContain('92% (target 95%)');
  });

  it('scales the chart about its top-left corner', async () => {
    const doc = await readPdf(await (async () => {
      const small = new PDFDocument({ size: 'A4', margin: 0, font: '', info: { CreationDate: new Date(0) } } as PDFKit.PDFDocumentOptions);
      registerFonts(small, await loadFonts());
      const chunks: Uint8Array[] = [];
      small.on('data', (chunk: Uint8Array) => chunks.push(chunk));
      const done = new Promise((resolve) => small.on('end', resolve));
      drawScene(small, scenes[0]!, 100, 100, 0.5);
      small.end();
      await done;
      return new Uint8Array(Buffer.concat(chunks));
    })());
    const label = doc.pages[0]!.boxes.find((box) => box.text === '92% (target 95%)')!;
    const source = findText(scenes[0]!, '92% (target 95%)');
    expect(label.left).toBeCloseTo(100 + source.x * 0.5, 1);
    expect(label.size).toBeCloseTo(source.size * 0.5, 2);
  });
});

function findText(scene: Scene, content: string): { x: number; y: number; width: number; size: number } {
  const stack = [...scene.items];
  while (stack.length > 0) {
    const item = stack.shift()!;
    if (item.kind === 'group') stack.unshift(...item.items);
    else if (item.kind === 'text' && item.text === content) return item;
  }
  throw new Error(`no text ${content}`);
}
