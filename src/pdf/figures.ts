/**
 * Charts in a PDF typeset from Markdown. The Markdown refers to a chart as an image alone in its paragraph,
 * `![alt](report.charts/on-time-share.svg)`, which is the SVG file a Markdown reader sees; the PDF draws the same chart
 * from its scene, as vectors with real text, tagged as a Figure with the scene's alt text. An image whose path is not a
 * known figure is shown as its alt text, as before (content never makes the typesetter read a file).
 */
import type { Token, Tokens } from 'marked';
import type { Scene } from '../charts/scene.js';
import { drawScene } from '../charts/pdf.js';
import type { Frame } from './blocks.js';
import type { Typesetter } from './typesetter.js';
import { isDryRun } from './dry-run.js';

/** Scenes by the path the Markdown refers to them by. */
export type Figures = ReadonlyMap<string, Scene>;

export const NO_FIGURES: Figures = new Map();

/** The scene of a paragraph that is one image of a known figure and nothing else, if it is one. */
export function figureOf(token: Token, figures: Figures): Scene | undefined {
  if (figures.size === 0 || (token.type !== 'paragraph' && token.type !== 'text')) return undefined;
  const inline = ((token as Tokens.Paragraph).tokens ?? []).filter((t) => !(t.type === 'text' && t.raw.trim() === ''));
  const [only] = inline;
  if (inline.length !== 1 || only?.type !== 'image') return undefined;
  return figures.get((only as Tokens.Image).href);
}

/** A chart fills the frame's width at most, and is never drawn larger than it was laid out. */
function scaleFor(scene: Scene, frame: Frame): number {
  return Math.min(1, frame.width / scene.width);
}

export function figureHeight(scene: Scene, frame: Frame): number {
  return scene.height * scaleFor(scene, frame);
}

/** Draws the chart whole on this page, or on the next when it does not fit here. */
export function drawFigure(scene: Scene, frame: Frame, typesetter: Typesetter): void {
  const height = figureHeight(scene, frame);
  typesetter.ensureSpace(height);
  // The first pass of a layout only needs the room the chart takes.
  if (!isDryRun(typesetter.doc)) drawScene(typesetter.doc, scene, frame.x, typesetter.y, scaleFor(scene, frame), { parent: frame.parent.element });
  typesetter.y += height;
}
