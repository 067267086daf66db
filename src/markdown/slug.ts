/**
 * Heading anchors as GitHub writes them (`## 9. Channels and escalation` → `#9-channels-and-escalation`; a second
 * `Notes` → `notes-1`), so a link inside the contract works on GitHub, in the Markdown preview and in the PDF,
 * which names its destinations the same way. github-slugger is GitHub's own algorithm, maintained by the remark
 * project; one slugger per document, fed the headings in order.
 */
import GithubSlugger from 'github-slugger';

export interface HeadingSlugger {
  /** The anchor of the next heading with this text (plain text, as the heading reads). */
  slug(text: string): string;
}

export function createHeadingSlugger(): HeadingSlugger {
  const slugger = new GithubSlugger();
  return { slug: (text: string) => slugger.slug(text) };
}
