/** The charts of a service review: tickets a month by request type, and capped hours a month against the cap. */
import type { Measure } from '../charts/measure.js';
import type { Scene } from '../charts/scene.js';
import type { ServiceReview } from './build-review.js';

export interface ReviewChart {
  file: string;
  scene: Scene;
}

export async function reviewCharts(review: ServiceReview, options: { locale: string; measure: Measure; width?: number }): Promise<ReviewChart[]> {
  const { tuningVsCapChart, weeklyVolumeChart } = await import('../charts/index.js');
  const { translator } = await import('../i18n/catalog.js');
  const tr = translator(options.locale);
  const chartOptions = { locale: options.locale, language: options.locale, measure: options.measure, ...(options.width !== undefined && { width: options.width }) };
  const charts: ReviewChart[] = [];
  if (review.months.some((m) => m.report.totals.tickets > 0)) {
    const volume = review.months.map((m) => ({ week: m.month, types: m.report.requestTypes.map((t) => ({ type: t.name, tickets: t.tickets })) }));
    charts.push({ file: 'volume-by-type.svg', scene: weeklyVolumeChart(volume, { ...chartOptions, title: tr.t('charts.review.volumeTitle'), periodTitle: tr.t('charts.review.month') }) });
  }
  for (const cap of review.months[0]?.report.caps ?? []) {
    const periods = review.months.map((m) => {
      const c = m.report.caps.find((x) => x.requestType === cap.requestType);
      return { period: m.month, usedHours: c?.usedHours ?? 0, capHours: c?.allowedHours ?? cap.allowedHours };
    });
    charts.push({ file: `hours-against-cap-${cap.requestType}.svg`, scene: tuningVsCapChart(periods, { ...chartOptions, title: tr.t('charts.review.capTitle', { name: cap.name }) }) });
  }
  return charts;
}
