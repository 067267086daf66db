/**
 * The charts' colours: text, rules and the accent from the PDF theme (src/pdf/theme.ts), so a chart sits in the
 * report like its tables; status colours and series colours chosen to stay apart for colour-blind readers
 * (Okabe–Ito), each paired with a pattern so the chart also reads printed in black and white.
 */
import { translator } from '../i18n/catalog.js';
import { createTheme, DEFAULT_ACCENT, mix } from '../pdf/theme.js';
import type { Paint } from './scene.js';

const theme = createTheme('a4', DEFAULT_ACCENT);

export const INK = {
  text: theme.text,
  muted: theme.muted,
  rule: theme.rule,
  grid: mix(theme.rule, '#ffffff', 0.45),
  accent: theme.accent,
  accentTint: theme.accentTint,
} as const;

export type Status = 'met' | 'near' | 'below' | 'none';

/** Target met: solid green. Within 10 points: amber with dark hatching. Below: red tint with dark dots. */
export const STATUS_PAINT: Record<Status, Paint> = {
  met: { color: '#1e7b45', pattern: 'solid' },
  near: { color: '#f0b050', pattern: 'hatch', ink: '#5a3a00' },
  below: { color: '#e8827a', pattern: 'dots', ink: '#5c0e0e' },
  none: { color: mix(theme.accent, '#ffffff', 0.35), pattern: 'solid' },
};

/** The status words of the legend in English; statusWords(locale) gives them in a report's language. */
export const STATUS_WORDS: Record<Status, string> = {
  met: 'Target met',
  near: 'Within 10 points of target',
  below: 'More than 10 points below target',
  none: 'No target',
};

/** The legend's status words in the locale's language. */
export function statusWords(locale: string): Record<Status, string> {
  const tr = translator(locale);
  return { met: tr.t('charts.status.met'), near: tr.t('charts.status.near'), below: tr.t('charts.status.below'), none: tr.t('charts.status.none') };
}

// Okabe–Ito colours, lightened where a dark pattern goes over them; the patterns repeat every five series,
// the colours every eight, so any two of a chart's eight series differ in both or in colour and lightness.
const SERIES_COLORS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#7f7f7f'] as const;
const SERIES_PATTERNS = ['solid', 'hatch', 'dots', 'crosshatch', 'stripes'] as const;

/** The paint of the `index`th series (request type) of a chart. */
export function seriesPaint(index: number): Paint {
  const color = SERIES_COLORS[index % SERIES_COLORS.length]!;
  const pattern = SERIES_PATTERNS[index % SERIES_PATTERNS.length]!;
  return pattern === 'solid' ? { color, pattern } : { color: mix(color, '#ffffff', 0.25), pattern, ink: '#1a1a1a' };
}

/** Within the cap: the accent, solid. Over it: red with dark crosshatching. */
export const CAP_PAINT = {
  within: { color: theme.accent, pattern: 'solid' } as Paint,
  over: { color: '#e8827a', pattern: 'crosshatch', ink: '#5c0e0e' } as Paint,
};
