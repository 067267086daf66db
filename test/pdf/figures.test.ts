// Charts in a PDF typeset from Markdown: an image alone in its paragraph whose path is a known figure is drawn as the
// chart's vectors and real text, tagged as a Figure; any other image stays its alt text; a chart is never split.
import { describe, expect, it } from 'vitest';
import { chartMeasure, onTimeShareChart, weeklyVolumeChart } from '../../src/charts/index.js';
import { markdownToPdf } from '../../src/pdf/markdown-to-pdf.js';
import { pdfOptions } from './options.js';
import { readPdf, roles } from './read-pdf.js';
import { onTimeRows, weeklyWeeks } from '../charts/samples.js';

async function figures() {
  const measure = await chartMeasure();
  return new Map([
    ['report.charts/on-time.svg', onTimeShareChart(onTimeRows, { locale: 'en-GB', measure })],
    ['report.charts/volume.svg', weeklyVolumeChart(weeklyWeeks, { locale: 'en-GB', measure })],
  ]);
}

describe('figures in a PDF from Markdown', () => {
  it('draws a known chart as text and vectors, tagged as a Figure with its alt text, and leaves other images as their alt text', async () => {
    const known = await figures();
    const markdown = '# Report\n\n## Response\n\nOn time, by severity:\n\n![On-time share](report.charts/on-time.svg)\n\n![A logo](logo.png)\n';
    const bytes = await markdownToPdf(markdown, pdfOptions({ figures: known }));
    const pdf = await readPdf(bytes);
    // The chart's own labels are real, extractable text.
    expect(pdf.text).toContain('Critical');
    expect(pdf.text).toMatch(/92\s?%/);
    expect(pdf.text).toContain('A logo');
    expect(roles(pdf.structure[0])).toContain('Figure');
    const source = new TextDecoder('latin1').decode(bytes);
    expect(source).toContain(`/Alt (${known.get('report.charts/on-time.svg')!.alt.slice(0, 20)}`);
  });

  it('keeps a chart whole: one that does not fit below the text starts the next page', async () => {
    const known = await figures();
    const filler = Array.from({ length: 14 }, (_, i) => `Paragraph ${i + 1} of filler text that takes a few lines of the page so that the chart cannot fit below it on the first page of the report.`).join('\n\n');
    const pdf = await readPdf(await markdownToPdf(`# Report\n\n${filler}\n\n![Volume](report.charts/volume.svg)\n`, pdfOptions({ figures: known })));
    expect(pdf.pages.length).toBe(2);
    const legend = pdf.pages[1]!.text;
    expect(legend).toContain('Incident');
    expect(pdf.pages[0]!.text).not.toContain('Incident');
  });

  it('takes part in the first pass of the layout (the table of contents) without drawing there', async () => {
    const known = await figures();
    const markdown = '# Report\n\n## Response\n\n![On-time share](report.charts/on-time.svg)\n\n## Volume\n\n![Volume](report.charts/volume.svg)\n';
    const pdf = await readPdf(await markdownToPdf(markdown, pdfOptions({ figures: known, tableOfContents: true })));
    expect(pdf.text).toContain('Contents');
    expect(pdf.text).toContain('Incident');
    expect(roles(pdf.structure[0]).filter((role) => role === 'Figure')).toHaveLength(2);
  });

  it('without figures, an image is its alt text as before', async () => {
    const pdf = await readPdf(await markdownToPdf('# R\n\n![On-time share](report.charts/on-time.svg)\n', pdfOptions()));
    expect(pdf.text).toContain('On-time share');
    expect(roles(pdf.structure[0])).not.toContain('Figure');
  });
});
