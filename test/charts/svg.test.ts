import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  chartMeasure, escapeXml, onTimeShareChart, responseDistributionChart, sceneToSvg, tuningVsCapChart, weeklyVolumeChart, type Measure, type Scene,
} from '../../src/charts/index.js';
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
    onTimeShareChart([], { locale: 'en-GB', measure }),
  ];
});

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: false, isArray: (name) => ['text', 'pattern', 'g', 'rect', 'line', 'path'].includes(name) });

/** Every `<text>` element's content, at any depth, as the XML parser decodes it. */
function svgTexts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(svgTexts);
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => {
    if (key !== 'text') return svgTexts(value);
    return (value as unknown[]).map((item) => String(typeof item === 'object' ? (item as Record<string, unknown>)['#text'] ?? '' : item));
  });
}

describe('sceneToSvg', () => {
  it('is well-formed XML with role="img", a title and a description', () => {
    for (const scene of scenes) {
      const svg = sceneToSvg(scene);
      expect(XMLValidator.validate(svg)).toBe(true);
      const root = parser.parse(svg).svg;
      expect(root.xmlns).toBe('http://www.w3.org/2000/svg');
      expect(root.role).toBe('img');
      expect(root['aria-labelledby']).toBe('chart-title chart-desc');
      expect(root.title['#text']).toBe(scene.title);
      expect(root.desc['#text']).toBe(scene.alt);
      expect(root.viewBox).toBe(`0 0 ${Math.round(scene.width * 100) / 100} ${Math.round(scene.height * 100) / 100}`);
    }
  });

  it('holds every label of the scene as text, and patterns as defs that the fills point at', () => {
    const svg = sceneToSvg(scenes[0]!);
    const root = parser.parse(svg).svg;
    expect(svgTexts(root)).toEqual(expect.arrayContaining(['Critical', '92% (target 95%)', '100%', 'Target met', 'Within 10 points of target']));
    const ids = (root.defs.pattern as { id: string }[]).map((pattern) => pattern.id);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    for (const [, id] of svg.matchAll(/fill="url\(#([^)]+)\)"/g)) expect(ids).toContain(id);
  });

  it('escapes hostile labels in text, title and description', () => {
    const hostile = `<script>alert("x")</script> & 'quoted' ]]> \u0001`;
    const scene = onTimeShareChart([{ severity: hostile, onTime: 1, total: 2, target: 0.5 }], { locale: 'en-GB', measure, title: `Chart ${hostile}`, width: 600 });
    const svg = sceneToSvg(scene, { idPrefix: 'x"><script>' });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('\u0001');
    const root = parser.parse(svg, true).svg;
    expect(root.title['#text']).toContain('Chart <script>alert("x")</script> & \'quoted\'');
    expect(svgTexts(root).some((text) => text.startsWith('<script>'))).toBe(true);
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
  });

  it('gives the same string for the same input', async () => {
    const again = await chartMeasure();
    const twice = [onTimeShareChart(onTimeRows, { locale: 'en-GB', measure: again }), weeklyVolumeChart(weeklyWeeks, { locale: 'en-GB', measure: again })];
    expect(sceneToSvg(twice[0]!)).toBe(sceneToSvg(scenes[0]!));
    expect(sceneToSvg(twice[1]!)).toBe(sceneToSvg(scenes[1]!));
    // Input order of request types does not change the output.
    const reversed = weeklyWeeks.map((week) => ({ ...week, types: [...week.types].reverse() }));
    expect(sceneToSvg(weeklyVolumeChart(reversed, { locale: 'en-GB', measure }))).toBe(sceneToSvg(scenes[1]!));
  });

  it('writes coordinates with at most two decimals', () => {
    for (const scene of scenes) {
      for (const [, value] of sceneToSvg(scene).matchAll(/ (?:x|y|x1|y1|x2|y2|width|height)="([^"]*)"/g)) expect(value).toMatch(/^-?\d+(\.\d{1,2})?$/);
    }
  });
});
