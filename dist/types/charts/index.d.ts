/** Charts for the service report: built as scenes from plain data, drawn as SVG files and into the PDF. */
export { type Box, type Group, type Item, type Line, type Paint, type Path, type PatternKind, type Rect, type Scene, type Stroke, type Text, flatten, groups, itemBox, textBox } from './scene.js';
export { escapeXml, sceneTexts, sceneToSvg } from './svg.js';
export { drawScene, type DrawSceneOptions } from './pdf.js';
export { chartMeasure, measureWith, type Measure } from './measure.js';
export { type ChartOptions, NO_TICKETS, niceScale } from './layout.js';
export { onTimeShareChart, onTimeStatus, ON_TIME_SHARE_TITLE, type OnTimeShareRow } from './on-time-share.js';
export { weeklyVolumeChart, WEEKLY_VOLUME_TITLE, type WeeklyVolumeWeek } from './weekly-volume.js';
export { responseDistributionChart, RESPONSE_DISTRIBUTION_TITLE, type ResponseDistributionRow } from './response-distribution.js';
export { tuningVsCapChart, TUNING_VS_CAP_TITLE, type TuningPeriod } from './tuning-vs-cap.js';
