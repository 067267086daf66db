import { translator } from '../i18n/catalog.js';
import type { Run } from './inline.js';
import type { Tag, Typesetter } from './typesetter.js';

export interface TitleBlock {
  readonly title: readonly Run[];
  /** The language of the block's own words ("Document version", "Draft, not for signature"); English when absent. */
  readonly language?: string;
  /** The line under the title, e.g. who the agreement is between; the document version when absent. */
  readonly subtitle?: string;
  readonly documentVersion?: string;
  readonly draft: boolean;
  readonly logo?: Uint8Array;
  /** The named destination at the title: the GitHub slug of the Markdown's `#` heading (none for a fallback title). */
  readonly anchor?: string;
}

const LOGO_BOX = { width: 150, height: 46 };

/** The first page's masthead: logo, the contract's title, its version and status, and an accent rule. */
export function drawTitleBlock(typesetter: Typesetter, block: TitleBlock, parent: Tag): void {
  const { theme, doc } = typesetter;
  if (block.logo) {
    const logo = block.logo;
    const top = typesetter.y;
    // The logo is decoration; the provider's name is in the text, which is what a screen reader needs.
    typesetter.artifact(() => {
      doc.image(Buffer.from(logo.buffer, logo.byteOffset, logo.byteLength), typesetter.left, top, { fit: [LOGO_BOX.width, LOGO_BOX.height] });
    });
    typesetter.y = top + LOGO_BOX.height + 16;
  }
  const titleLines = typesetter.balancedLines(block.title.map((run) => ({ ...run, bold: true })), typesetter.contentWidth, theme.title);
  if (block.anchor !== undefined) doc.addNamedDestination(block.anchor, 'XYZ', 0, typesetter.y, null);
  const heading = typesetter.open(parent, 'H1');
  typesetter.content(heading, () => typesetter.flowLines(titleLines, typesetter.left, theme.title));
  typesetter.close(heading);
  typesetter.y += 3;

  const words = translator(block.language ?? 'en-GB');
  const status: Run[] = [{ text: block.subtitle ?? (block.documentVersion ? words.t('pdf.documentVersion', { version: block.documentVersion }) : ''), bold: false, italic: false, code: false }];
  if (block.draft) status.push({ text: ` · ${words.t('pdf.draftNotForSignature')}`, bold: true, italic: false, code: false });
  const statusStyle = { ...theme.body, color: theme.muted };
  const statusLines = typesetter.lines(status, typesetter.contentWidth, statusStyle);
  const paragraph = typesetter.open(parent, 'P');
  typesetter.content(paragraph, () => typesetter.flowLines(statusLines, typesetter.left, statusStyle));
  typesetter.close(paragraph);

  const ruleY = typesetter.y + 6;
  typesetter.artifact(() => {
    doc.moveTo(typesetter.left, ruleY).lineTo(typesetter.left + typesetter.contentWidth, ruleY).lineWidth(1.6).stroke(theme.accent);
  });
  typesetter.y = ruleY + 16;
}
