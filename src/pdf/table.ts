import type { Tokens } from 'marked';
import { inlineRuns, type Run } from './inline.js';
import type { Line, Measure } from './line-breaking.js';
import { breakLines, contentWidths } from './line-breaking.js';
import type { TextStyle } from './theme.js';
import type { Align, Tag, Typesetter } from './typesetter.js';

export interface TableCell {
  readonly runs: readonly Run[];
  readonly align: Align;
}

export interface TableModel {
  readonly header: readonly TableCell[];
  readonly rows: readonly (readonly TableCell[])[];
}

/** A table with every cell already broken into lines for its column width. */
export interface TableLayout {
  /** The table's text style: the theme's, or the same set smaller (see `tablePlan`). */
  readonly style: TextStyle;
  readonly columns: readonly number[];
  readonly header: RowLayout;
  readonly rows: readonly RowLayout[];
}

export interface RowLayout {
  readonly cells: readonly (readonly Line[])[];
  readonly aligns: readonly Align[];
  readonly height: number;
}

export function tableModel(token: Tokens.Table): TableModel {
  const cell = (source: Tokens.TableCell): TableCell => ({ runs: inlineRuns(source.tokens), align: source.align ?? 'left' });
  const columns = token.header.length;
  // Short rows get empty cells so every row has one cell per column, as Markdown renderers do.
  return {
    header: token.header.map(cell),
    rows: token.rows.map((row) => Array.from({ length: columns }, (_, index) => (row[index] ? cell(row[index]) : { runs: [], align: 'left' as const }))),
  };
}

const bold = (runs: readonly Run[]): Run[] => runs.map((run) => ({ ...run, bold: true }));

// Wrapping wastes the end of most lines; 0.9 of a column's width is a fair estimate of what a line holds.
const LINE_FILL = 0.9;
// Column widths move in steps of at least this many points when they are shared out.
const MIN_STEP = 2;

/**
 * Column widths from content. Every column gets at least its longest word, and short phrases are kept whole
 * when the table can afford it; the rest of the width goes where it most reduces the table's estimated
 * height. Long prose columns therefore get the room, and a table never overflows the page. The widths are for
 * the size `tablePlan` chooses; see there for what happens when the longest words do not fit.
 */
export function columnWidths(model: TableModel, available: number, style: TextStyle, padding: number, measure: Measure, minimumSize = style.size): readonly number[] {
  return tablePlan(model, available, style, padding, measure, minimumSize).widths;
}

export interface TablePlan {
  /** The size the table's text is set in: the style's, or smaller when its longest words would not fit. */
  readonly size: number;
  readonly widths: readonly number[];
}

/**
 * The text size and column widths of a table. A column must be as wide as its widest word (plus padding), and
 * a word holding a kept token (an e-mail address, phone number, amount, duration…) must never be cut. One very
 * long word (a URL, an ID) must not starve the other columns: a column is not made wider than 45 % of the
 * table for it, and beyond that the word is broken (a URL at its seams, after a `/`); a kept token that may not
 * break is the exception, its column is as wide as it.
 *
 * When the widest words of all columns together are wider than the table, what gives way, in order: URLs
 * break at their seams; then the table's text is set smaller, as far as `minimumSize`, until the words fit (a
 * wide table of many columns reads better in smaller type than with its words cut); only at that size are
 * ordinary words cut, and kept tokens last, when even they cannot fit.
 *
 * Text widths are proportional to the size, so the cells are measured once, at the style's size.
 */
export function tablePlan(model: TableModel, available: number, style: TextStyle, padding: number, measure: Measure, minimumSize = style.size): TablePlan {
  const count = model.header.length;
  const measured = [model.header.map((cell) => bold(cell.runs)), ...model.rows.map((row) => row.map((cell) => cell.runs))].map((row) =>
    row.map((runs) => contentWidths(runs, style.size, measure)),
  );
  const widest = (key: 'minimum' | 'minimumAtSeams' | 'keep' | 'maximum') =>
    Array.from({ length: count }, (_, column) => Math.max(0, ...measured.map((row) => row[column]?.[key] ?? 0)));
  const text = { minimum: widest('minimum'), minimumAtSeams: widest('minimumAtSeams'), keep: widest('keep'), maximum: widest('maximum') };
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  const cap = Math.max(available / count, available * 0.45);
  // The least each column needs with its text at `scale`: its widest word (up to the cap), its widest kept token.
  const floorAt = (scale: number, urlsWhole: boolean) =>
    (urlsWhole ? text.minimum : text.minimumAtSeams).map((width, column) => Math.max((text.keep[column] ?? 0) * scale + padding * 2, Math.min(width * scale + padding * 2, cap)));

  let size = style.size;
  let urlsWhole = sum(floorAt(1, true)) <= available + 1e-6;
  if (!urlsWhole && sum(floorAt(1, false)) > available + 1e-6) {
    // The largest scale at which the floors fit, to a tenth of a point of type; never below the minimum size.
    let low = Math.min(1, minimumSize / style.size);
    let high = 1;
    if (sum(floorAt(low, false)) <= available) {
      for (let step = 0; step < 16 && high - low > 1e-4; step += 1) {
        const middle = (low + high) / 2;
        if (sum(floorAt(middle, false)) <= available) low = middle;
        else high = middle;
      }
    }
    size = Math.max(minimumSize, Math.floor(style.size * low * 10 + 1e-6) / 10);
    // At the smaller size the URLs may fit whole after all.
    urlsWhole = sum(floorAt(size / style.size, true)) <= available + 1e-6;
  }
  const scale = size / style.size;
  const scaled = (values: readonly number[]) => values.map((width) => width * scale + padding * 2);
  const rows = measured.map((row) => row.map((cell) => ({ maximum: cell.maximum * scale })));
  const maximum = scaled(text.maximum);

  if (sum(maximum) <= available) {
    // Everything fits unwrapped: spread the spare width evenly, so tables run the full measure.
    const extra = (available - sum(maximum)) / count;
    return { size, widths: maximum.map((width) => width + extra) };
  }
  const floor = floorAt(scale, urlsWhole);
  if (sum(floor) >= available) {
    // Even at the smallest size the words do not fit. Ordinary words give way first, down to the kept tokens;
    // when those do not fit either, every column gives way in proportion.
    const keep = scaled(text.keep);
    const flexible = sum(floor) - sum(keep);
    if (sum(keep) <= available && flexible > 1e-6) {
      const share = (available - sum(keep)) / flexible;
      return { size, widths: floor.map((width, column) => (keep[column] ?? 0) + (width - (keep[column] ?? 0)) * share) };
    }
    return { size, widths: floor.map((width) => (width * available) / sum(floor)) };
  }

  // A short phrase (a phone number, a name, "Every 4 business hours") reads badly broken over lines, and so does a
  // URL broken at its seams; but a long prose column squeezed to a word a line reads worse than either. So the
  // widths are grown from several starts — short phrases whole or not, URLs whole or not — and the start whose
  // result the cost below rates best wins.
  const shortPhrase = Math.min(100, (available / count) * 1.2);
  const rowsWithWords = measured.map((row) => row.map((cell) => ({
    maximum: cell.maximum * scale,
    // A word broken at its seams (a URL) when the column is narrower than it: costs half a line.
    seamWord: cell.minimum > cell.minimumAtSeams + 1e-6 ? cell.minimum * scale : Number.POSITIVE_INFINITY,
  })));
  const cost = (widths: readonly number[]): number => {
    let total = 0;
    for (const row of rowsWithWords) {
      let rowLines = 0;
      let rowSmooth = 0;
      row.forEach((cell, column) => {
        const inner = Math.max(1, (widths[column] ?? 0) - padding * 2);
        const exact = cell.maximum / (inner * LINE_FILL);
        const lines = Math.max(1, Math.ceil(exact - 1e-9));
        rowLines = Math.max(rowLines, lines);
        rowSmooth = Math.max(rowSmooth, exact);
        if (cell.maximum + padding * 2 <= shortPhrase) total += 0.3 * (lines - 1);
        if (inner + 1e-6 < cell.seamWord) total += 0.5;
      });
      // The smooth term only breaks ties, so that width still goes where it will help once lines round.
      total += rowLines + rowSmooth * 0.001;
    }
    return total;
  };
  const grow = (start: readonly number[]): { widths: number[]; spare: number; cost: number } => {
    // Widen one column at a time to the next width at which one of its cells loses a line, choosing the move
    // that lowers the estimate most per point of width; stop when no single move helps.
    const widths = [...start];
    let spare = available - sum(widths);
    let current = cost(widths);
    for (;;) {
      let best: { column: number; width: number; cost: number; gain: number } | undefined;
      for (let column = 0; column < count; column += 1) {
        const now = widths[column] ?? 0;
        const limit = Math.min(maximum[column] ?? 0, now + spare);
        for (const target of breakpoints(rows, column, now, limit, padding)) {
          const trial = [...widths];
          trial[column] = target;
          const trialCost = cost(trial);
          const gain = (current - trialCost) / (target - now);
          if (gain > 1e-9 && (!best || gain > best.gain)) best = { column, width: target, cost: trialCost, gain };
        }
      }
      if (!best) break;
      spare -= best.width - (widths[best.column] ?? 0);
      widths[best.column] = best.width;
      current = best.cost;
    }
    return { widths, spare, cost: current };
  };
  const floors = [floor, ...(urlsWhole ? [floorAt(scale, false)] : [])];
  const starts = floors.flatMap((base) => [base.map((width, column) => ((maximum[column] ?? 0) <= shortPhrase ? Math.max(width, maximum[column] ?? 0) : width)), base])
    .filter((start) => sum(start) <= available + 1e-6);
  let chosen: { widths: number[]; spare: number; cost: number } | undefined;
  for (const start of starts) {
    const result = grow(start);
    if (!chosen || result.cost < chosen.cost - 1e-9) chosen = result;
  }
  const { widths } = chosen ?? grow(floor);
  let { spare } = chosen ?? { spare: available - sum(widths) };
  // What is left goes to the columns that can still use it, in proportion to how much more they could use.
  const room = widths.map((width, column) => Math.max(0, (maximum[column] ?? 0) - width));
  const roomTotal = sum(room);
  if (roomTotal > 1e-6) {
    const share = Math.min(1, spare / roomTotal);
    widths.forEach((width, column) => {
      widths[column] = width + (room[column] ?? 0) * share;
    });
    spare -= roomTotal * share;
  }
  return { size, widths: widths.map((width) => width + spare / count) };
}

/**
 * Widths between `from` and `to` at which some cell of `column` needs one line fewer, and `to` itself. Only
 * the nearest few, at least a couple of points apart, are tried: that bounds the work for long tables
 * without changing the outcome visibly.
 */
function breakpoints(rows: readonly (readonly { maximum: number }[])[], column: number, from: number, to: number, padding: number): number[] {
  if (to <= from + 1e-6) return [];
  const targets: number[] = [];
  for (const row of rows) {
    const cell = row[column];
    if (!cell) continue;
    const lines = Math.ceil(cell.maximum / Math.max(1, (from - padding * 2) * LINE_FILL) - 1e-9);
    if (lines <= 1) continue;
    const target = Math.max(from + MIN_STEP, cell.maximum / (lines - 1) / LINE_FILL + padding * 2 + 1e-6);
    if (target < to) targets.push(target);
  }
  targets.sort((a, b) => a - b);
  const nearest: number[] = [];
  for (const target of targets) {
    if (nearest.length >= 8) break;
    if (nearest.length === 0 || target - (nearest.at(-1) ?? 0) >= MIN_STEP) nearest.push(target);
  }
  return [...nearest, to];
}

export function layoutTable(model: TableModel, available: number, typesetter: Typesetter): TableLayout {
  const { table, tableMinimumSize, cellPadding } = typesetter.theme;
  const { size, widths: columns } = tablePlan(model, available, table, cellPadding.x, typesetter.measure, tableMinimumSize);
  // Smaller text keeps the theme's proportion of leading to size.
  const style: TextStyle = size === table.size ? table : { ...table, size, leading: (table.leading * size) / table.size };
  const layoutRow = (cells: readonly TableCell[], header: boolean): RowLayout => {
    const lines = cells.map((cell, column) =>
      breakLines(header ? bold(cell.runs) : cell.runs, (columns[column] ?? 0) - cellPadding.x * 2, style.size, typesetter.measure, typesetter.hyphenator),
    );
    const height = Math.max(...lines.map((cellLines) => cellLines.length)) * style.leading + cellPadding.y * 2;
    return { cells: lines, aligns: cells.map((cell) => cell.align), height };
  };
  return { style, columns, header: layoutRow(model.header, true), rows: model.rows.map((row) => layoutRow(row, false)) };
}

/**
 * Height the table needs before its first page break is acceptable: a table of up to three rows whole, a longer
 * one its header and first two rows, so that no page ends with a header and a single row.
 */
export function tableLeadHeight(layout: TableLayout, pageBodyHeight = Number.POSITIVE_INFINITY): number {
  const whole = layout.rows.reduce((total, row) => total + row.height, layout.header.height);
  // A short table reads as one thing: it moves whole to the next page rather than split.
  if (layout.rows.length <= 3 || whole <= pageBodyHeight * KEEP_WHOLE_SHARE) return whole;
  return layout.rows.slice(0, 2).reduce((total, row) => total + row.height, layout.header.height);
}

/** A table no taller than this share of a page is kept on one page. */
const KEEP_WHOLE_SHARE = 0.3;

/**
 * Draws the table from the cursor. When a row does not fit, it moves to the next page and the header row is
 * repeated above it (as an artifact, so a screen reader hears it once). Only a row taller than a whole page
 * is split, between lines.
 */
export function drawTable(layout: TableLayout, x: number, typesetter: Typesetter, parent: Tag): void {
  const table = typesetter.open(parent, 'Table');
  typesetter.ensureSpace(tableLeadHeight(layout, typesetter.pageBodyHeight));
  drawHeader(layout, x, typesetter, table, false);
  let rowsOnPage = 0;
  layout.rows.forEach((row, index) => {
    // The last row never goes alone onto a new page under a repeated header: the one before it goes with it.
    const last = layout.rows[index + 1];
    if (index === layout.rows.length - 2 && last && rowsOnPage >= 2) {
      const both = row.height + last.height;
      if (row.height <= typesetter.remaining && both > typesetter.remaining && both <= typesetter.pageBodyHeight - layout.header.height) {
        typesetter.newPage();
        drawHeader(layout, x, typesetter, table, true);
        rowsOnPage = 0;
      }
    }
    const startPage = typesetter.pageIndex;
    const rowTag = typesetter.open(table, 'TR');
    const cellTags = row.cells.map(() => typesetter.open(rowTag, 'TD'));
    let fromLine = 0;
    const totalLines = Math.max(...row.cells.map((lines) => lines.length));
    while (fromLine < totalLines) {
      const pad = typesetter.theme.cellPadding.y;
      const fitsLines = Math.floor((typesetter.remaining - pad * 2 + 0.01) / layout.style.leading);
      const restLines = totalLines - fromLine;
      const tallerThanPage = restLines * layout.style.leading + pad * 2 > typesetter.pageBodyHeight - layout.header.height;
      if (fitsLines < restLines && !(tallerThanPage && fitsLines >= 1)) {
        typesetter.newPage();
        drawHeader(layout, x, typesetter, table, true);
        continue;
      }
      const take = Math.min(restLines, fitsLines);
      drawRowSlice(layout, row, x, fromLine, take, index % 2 === 1, typesetter, cellTags);
      fromLine += take;
      if (fromLine < totalLines) {
        typesetter.newPage();
        drawHeader(layout, x, typesetter, table, true);
      }
    }
    cellTags.forEach((tag) => typesetter.close(tag));
    typesetter.close(rowTag);
    rowsOnPage = typesetter.pageIndex === startPage ? rowsOnPage + 1 : 1;
  });
  typesetter.close(table);
}

function drawHeader(layout: TableLayout, x: number, typesetter: Typesetter, table: Tag, repeated: boolean): void {
  const { theme } = typesetter;
  const width = layout.columns.reduce((total, column) => total + column, 0);
  const top = typesetter.y;
  const height = layout.header.height;
  typesetter.artifact(() => {
    typesetter.doc.rect(x, top, width, height).fill(theme.accentTint);
    typesetter.doc.moveTo(x, top + height).lineTo(x + width, top + height).lineWidth(0.9).stroke(theme.accent);
  });
  const headerStyle: TextStyle = { ...layout.style, font: 'bold' };
  if (repeated) {
    typesetter.artifact(() => drawCells(layout, layout.header, x, top, 0, Infinity, headerStyle, typesetter));
  } else {
    const rowTag = typesetter.open(table, 'TR');
    layout.header.cells.forEach((_, column) => {
      const cellTag = typesetter.open(rowTag, 'TH', { scope: 'Column' });
      typesetter.content(cellTag, () => drawCell(layout, layout.header, column, x, top, 0, Infinity, headerStyle, typesetter));
      typesetter.close(cellTag);
    });
    typesetter.close(rowTag);
  }
  typesetter.y = top + height;
}

function drawRowSlice(
  layout: TableLayout,
  row: RowLayout,
  x: number,
  fromLine: number,
  lineCount: number,
  striped: boolean,
  typesetter: Typesetter,
  cellTags: readonly Tag[],
): void {
  const { theme } = typesetter;
  const width = layout.columns.reduce((total, column) => total + column, 0);
  const top = typesetter.y;
  const height = lineCount * layout.style.leading + theme.cellPadding.y * 2;
  typesetter.artifact(() => {
    if (striped) typesetter.doc.rect(x, top, width, height).fill(theme.zebra);
    typesetter.doc.moveTo(x, top + height).lineTo(x + width, top + height).lineWidth(0.4).stroke(theme.rule);
  });
  row.cells.forEach((_, column) => {
    const tag = cellTags[column];
    if (!tag) return;
    typesetter.content(tag, () => drawCell(layout, row, column, x, top, fromLine, lineCount, layout.style, typesetter));
  });
  typesetter.y = top + height;
}

function drawCells(layout: TableLayout, row: RowLayout, x: number, top: number, fromLine: number, lineCount: number, style: TextStyle, typesetter: Typesetter): void {
  row.cells.forEach((_, column) => drawCell(layout, row, column, x, top, fromLine, lineCount, style, typesetter));
}

function drawCell(
  layout: TableLayout,
  row: RowLayout,
  column: number,
  x: number,
  top: number,
  fromLine: number,
  lineCount: number,
  style: TextStyle,
  typesetter: Typesetter,
): void {
  const { cellPadding } = typesetter.theme;
  const cellX = x + layout.columns.slice(0, column).reduce((total, width) => total + width, 0) + cellPadding.x;
  const cellWidth = (layout.columns[column] ?? 0) - cellPadding.x * 2;
  const lines = (row.cells[column] ?? []).slice(fromLine, fromLine + lineCount);
  lines.forEach((line, index) => {
    typesetter.drawLine(line, cellX, top + cellPadding.y + index * style.leading, style, row.aligns[column] ?? 'left', cellWidth);
  });
}
