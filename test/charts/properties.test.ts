import fc from 'fast-check';
import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFonts, registerFonts } from '../../src/pdf/fonts.js';
import {
  chartMeasure, drawScene, flatten, itemBox, onTimeShareChart, responseDistributionChart, sceneToSvg, tuningVsCapChart, weeklyVolumeChart, type Measure, type Scene,
} from '../../src/charts/index.js';

let measure: Measure;
beforeAll(async () => {
  measure = await chartMeasure();
});

const locale = fc.constantFrom('en-GB', 'en-US', 'de-DE', 'fr-FR', 'pl-PL', 'ja-JP');
const width = fc.oneof(fc.constant(undefined), fc.integer({ min: 240, max: 900 }));
const label = fc.oneof(fc.constantFrom('Critical', 'P1', '<script>&"', 'Łódź — überfällig', ''), fc.string({ maxLength: 120 }));
const amount = fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constantFrom(Number.NaN, Infinity, -3));

/** Every coordinate finite, every item inside the scene's box (text by its measured width), and the SVG valid. */
function checkInside(scene: Scene): void {
  expect(Number.isFinite(scene.width) && Number.isFinite(scene.height)).toBe(true);
  for (const item of flatten(scene.items)) {
    const box = itemBox(item);
    for (const value of Object.values(box)) expect(Number.isFinite(value)).toBe(true);
    expect(box.left).toBeGreaterThanOrEqual(-0.01);
    expect(box.top).toBeGreaterThanOrEqual(-0.01);
    expect(box.right).toBeLessThanOrEqual(scene.width + 0.01);
    expect(box.bottom).toBeLessThanOrEqual(scene.height + 0.01);
    if (item.kind === 'rect') expect(item.width >= 0 && item.height >= 0).toBe(true);
  }
  expect(() => sceneToSvg(scene)).not.toThrow();
}

const runs = { numRuns: 100, seed: 19 };

describe('charts for any data', () => {
  it('on-time share', () => {
    fc.assert(fc.property(fc.array(fc.record({ severity: label, onTime: amount, total: amount, target: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }) }), { maxLength: 12 }), locale, width, (rows, loc, w) => {
      checkInside(onTimeShareChart(rows, { locale: loc, measure, width: w }));
    }), runs);
  });

  it('weekly volume', () => {
    const week = fc.record({ week: fc.oneof(fc.integer({ min: 1, max: 53 }).map((n) => `2026-W${String(n).padStart(2, '0')}`), label), types: fc.array(fc.record({ type: label, tickets: amount }), { maxLength: 12 }) });
    fc.assert(fc.property(fc.array(week, { maxLength: 60 }), locale, width, (weeks, loc, w) => {
      checkInside(weeklyVolumeChart(weeks, { locale: loc, measure, width: w }));
    }), runs);
  });

  it('response distribution', () => {
    fc.assert(fc.property(fc.array(fc.record({ severity: label, ratios: fc.array(fc.oneof(fc.double({ min: 0, max: 50, noNaN: true }), amount), { maxLength: 40 }) }), { maxLength: 10 }), locale, width, (rows, loc, w) => {
      checkInside(responseDistributionChart(rows, { locale: loc, measure, width: w }));
    }), runs);
  });

  it('tuning against the cap', () => {
    fc.assert(fc.property(fc.array(fc.record({ period: fc.oneof(fc.constantFrom('2026-01', '2026-12', 'Q3 2026'), label), usedHours: amount, capHours: amount }), { maxLength: 24 }), locale, width, (periods, loc, w) => {
      checkInside(tuningVsCapChart(periods, { locale: loc, measure, width: w }));
    }), runs);
  });

  it('draws into a PDF whatever the data', async () => {
    const doc = new PDFDocument({ size: 'A4', margin: 0, font: '' } as PDFKit.PDFDocumentOptions);
    registerFonts(doc, await loadFonts());
    const rows = fc.array(fc.record({ severity: label, onTime: amount, total: amount, target: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }) }), { maxLength: 6 });
    const ratios = fc.array(fc.record({ severity: label, ratios: fc.array(amount, { maxLength: 10 }) }), { maxLength: 4 });
    fc.assert(fc.property(rows, ratios, locale, (onTime, responses, loc) => {
      for (const scene of [onTimeShareChart(onTime, { locale: loc, measure }), responseDistributionChart(responses, { locale: loc, measure })]) {
        expect(() => drawScene(doc, scene, 10, 10)).not.toThrow();
      }
    }), { numRuns: 30, seed: 19 });
    doc.end();
  });
});
