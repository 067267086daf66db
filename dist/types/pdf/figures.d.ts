/**
 * Charts in a PDF typeset from Markdown. The Markdown refers to a chart as an image alone in its paragraph,
 * `![alt](report.charts/on-time-share.svg)`, which is the SVG file a Markdown reader sees; the PDF draws the same chart
 * from its scene, as vectors with real text, tagged as a Figure with the scene's alt text. An image whose path is not a
 * known figure is shown as its alt text, as before (content never makes the typesetter read a file).
 */
import type { Token } from 'marked';
import type { Scene } from '../charts/scene.js';
import type { Frame } from './blocks.js';
import type { Typesetter } from './typesetter.js';
/** Scenes by the path the Markdown refers to them by. */
export type Figures = ReadonlyMap<string, Scene>;
export declare const NO_FIGURES: Figures;
/** The scene of a paragraph that is one image of a known figure and nothing else, if it is one. */
export declare function figureOf(token: Token, figures: Figures): Scene | undefined;
export declare function figureHeight(scene: Scene, frame: Frame): number;
/** Draws the chart whole on this page, or on the next when it does not fit here. */
export declare function drawFigure(scene: Scene, frame: Frame, typesetter: Typesetter): void;
