// Issue 20: a chart's own words (title, axes, legend, labels, text alternative) are in the report's language;
// numbers, percentages and dates were already the locale's.
import { beforeAll, describe, expect, it } from 'vitest';
import { chartMeasure, onTimeShareChart, responseDistributionChart, sceneTexts, sceneToSvg, tuningVsCapChart, weeklyVolumeChart, type Measure } from '../../src/charts/index.js';
import { onTimeRows, responseRows, tuningPeriods, weeklyWeeks } from './samples.js';

let measure: Measure;
beforeAll(async () => {
  measure = await chartMeasure();
});

const ENGLISH = /Share of due|Target met|Tickets opened|Week starting|Hours used|Within the cap|Over the cap|Fastest to slowest|Middle half|as a share of|On-time share|tickets in all|no tickets due/;

describe('charts in French', () => {
  it('writes the axis titles, legends and labels of every chart in French, in the SVG and its text alternative', () => {
    const options = { locale: 'fr-FR', language: 'fr-FR', measure };
    const onTime = onTimeShareChart(onTimeRows, options);
    const svg = sceneToSvg(onTime);
    expect(svg).toContain('Part des tickets échus pris en charge dans les délais');
    expect(svg).toContain('Taux de prise en charge dans les délais par niveau de gravité');
    expect(svg).toContain('Cible atteinte');
    expect(onTime.alt).toMatch(/^Taux de prise en charge dans les délais par niveau de gravité, par rapport à la cible\. /);
    expect(onTime.alt).toContain('dans les délais (cible');

    const volume = weeklyVolumeChart(weeklyWeeks, options);
    expect(sceneTexts(volume)).toEqual(expect.arrayContaining(['Tickets ouverts', 'Semaine du']));
    expect(volume.alt).toContain('semaines du');

    const distribution = responseDistributionChart(responseRows, options);
    expect(sceneTexts(distribution)).toEqual(expect.arrayContaining(['Délai de première prise en charge en part de son délai cible', 'Médiane', 'Du plus rapide au plus lent']));
    expect(sceneTexts(distribution).filter((text) => /^Cible \(100\s%\)$/.test(text))).toHaveLength(1);

    const cap = tuningVsCapChart(tuningPeriods, options);
    expect(sceneTexts(cap)).toEqual(expect.arrayContaining(['Heures consommées', 'Dans le plafond', 'Plafond']));

    for (const scene of [onTime, volume, distribution, cap]) {
      expect(sceneTexts(scene).join('\n')).not.toMatch(ENGLISH);
      expect(scene.alt).not.toMatch(ENGLISH);
    }
  });

  it('says an empty chart is empty in French', () => {
    const empty = onTimeShareChart([], { locale: 'fr-FR', language: 'fr-FR', measure });
    expect(sceneTexts(empty)).toContain('Aucun ticket sur cette période');
    expect(empty.alt).toBe('Taux de prise en charge dans les délais par niveau de gravité\u202f: Aucun ticket sur cette période.');
  });
});
