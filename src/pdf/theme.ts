import type { FontRole } from './fonts.js';

/** Paper sizes in PDF points (1/72 inch). */
export const PAPER_SIZES = {
  a4: { width: 595.28, height: 841.89 },
  letter: { width: 612, height: 792 },
} as const;

export type Paper = keyof typeof PAPER_SIZES;

export interface TextStyle {
  readonly font: FontRole;
  readonly size: number;
  /** Distance between baselines of consecutive lines. */
  readonly leading: number;
  readonly color: string;
}

/** Everything that decides how the contract looks, in one place so pages stay consistent. */
export interface Theme {
  readonly page: { readonly width: number; readonly height: number };
  readonly margin: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  readonly accent: string;
  /** A pale tint of the accent, for table header rows. */
  readonly accentTint: string;
  readonly text: string;
  readonly muted: string;
  readonly rule: string;
  readonly zebra: string;
  readonly body: TextStyle;
  readonly title: TextStyle;
  readonly headings: readonly [TextStyle, TextStyle, TextStyle, TextStyle];
  readonly table: TextStyle;
  /** The smallest a table's text is set, when its longest words do not fit at the table size (see table.ts). */
  readonly tableMinimumSize: number;
  readonly code: TextStyle;
  readonly furniture: TextStyle;
  readonly paragraphGap: number;
  readonly listIndent: number;
  readonly cellPadding: { readonly x: number; readonly y: number };
}

export const DEFAULT_ACCENT = '#1f4e79';

export function createTheme(paper: Paper, accentColor: string | undefined): Theme {
  const accent = normaliseHexColor(accentColor ?? DEFAULT_ACCENT);
  const text = '#1a1a1a';
  return {
    page: PAPER_SIZES[paper],
    // Wide enough side margins for ~85 characters a line at 10 pt, the upper end of comfortable reading.
    margin: { top: 68, bottom: 64, left: 62, right: 62 },
    accent,
    accentTint: mix(accent, '#ffffff', 0.88),
    text,
    muted: '#5f6368',
    rule: '#c8ccd0',
    zebra: '#f6f7f8',
    body: { font: 'regular', size: 9.8, leading: 14, color: text },
    title: { font: 'bold', size: 21, leading: 26, color: accent },
    headings: [
      { font: 'bold', size: 13, leading: 17, color: accent },
      { font: 'bold', size: 11, leading: 15, color: text },
      { font: 'bold', size: 10, leading: 14, color: text },
      { font: 'boldItalic', size: 9.8, leading: 14, color: text },
    ],
    table: { font: 'regular', size: 8.4, leading: 11.2, color: text },
    tableMinimumSize: 6.8,
    code: { font: 'mono', size: 8.4, leading: 11.4, color: text },
    furniture: { font: 'regular', size: 7.8, leading: 10, color: '#5f6368' },
    paragraphGap: 7,
    listIndent: 17,
    cellPadding: { x: 5, y: 4 },
  };
}

/**
 * The theme of a compact block (`<!-- compact -->` … `<!-- /compact -->`, the contract's one-page summary): text a
 * size smaller with tighter leading and gaps, so a page of answers fits on a page.
 */
export function compactTheme(theme: Theme): Theme {
  const scale = (style: TextStyle, size: number, leading: number): TextStyle => ({ ...style, size, leading });
  return {
    ...theme,
    body: scale(theme.body, 8.4, 11.3),
    headings: [
      scale(theme.headings[0], 12, 15.5), scale(theme.headings[1], 10, 13.5), scale(theme.headings[2], 9.4, 12.5), scale(theme.headings[3], 8.8, 12),
    ],
    table: scale(theme.table, 8, 10.2),
    paragraphGap: 4,
  };
}

/** Accepts `#rgb` or `#rrggbb` (case-insensitive); anything else is a caller error worth reporting. */
export function normaliseHexColor(color: string): string {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!match?.[1]) {
    throw new TypeError(`accent colour must be a hex colour like #1f4e79, got ${JSON.stringify(color)}`);
  }
  const hex = match[1].toLowerCase();
  return `#${hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex}`;
}

/** Linear mix of two #rrggbb colours; `amount` 0 gives `from`, 1 gives `to`. */
export function mix(from: string, to: string, amount: number): string {
  const channel = (color: string, index: number) => Number.parseInt(color.slice(1 + index * 2, 3 + index * 2), 16);
  const mixed = [0, 1, 2].map((index) =>
    Math.round(channel(from, index) * (1 - amount) + channel(to, index) * amount)
      .toString(16)
      .padStart(2, '0'),
  );
  return `#${mixed.join('')}`;
}
