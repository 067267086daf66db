/**
 * A scene as a standalone SVG file, for the Markdown report to reference.
 *
 * Written with plain string building and one escape function rather than an SVG builder package: the scene model
 * already is the structure (five kinds of item), so a builder would add a dependency (and its updates and audits)
 * to save a few dozen lines, while the two things that matter here, escaping every text and attribute and a
 * byte-for-byte deterministic output, are easier to guarantee in code we can read in one screen. Dependencies
 * are chosen, not collected.
 */
import { type Scene } from './scene.js';
/** The font the PDF embeds first, then near metric matches, so a viewer without DejaVu stays close to the layout. */
export declare const SVG_FONT_FAMILY = "'DejaVu Sans', 'Bitstream Vera Sans', Verdana, sans-serif";
/** Text for XML content and attribute values: `& < > " '` escaped, and characters XML 1.0 forbids dropped. */
export declare function escapeXml(text: string): string;
/** A coordinate with at most two decimals and no `-0`, so output never depends on floating-point noise. */
export declare function num(value: number): string;
/**
 * The scene as SVG 1.1 text: `role="img"` with `aria-labelledby` pointing at `<title>` and `<desc>` (the alt
 * text), patterns as `<pattern>` defs, every text escaped. The same scene always gives the same string.
 * `idPrefix` keeps the ids of several charts inlined into one HTML page apart.
 */
export declare function sceneToSvg(scene: Scene, { idPrefix }?: {
    idPrefix?: string;
}): string;
/** Every text item's string, in drawing order (for tests and for checking a chart says what it should). */
export declare function sceneTexts(scene: Scene): string[];
