import type { Token, Tokens } from 'marked';
import type { FontRole } from './fonts.js';

/** A piece of inline text in one style: what the line breaker and the painter work with. */
export interface Run {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly code: boolean;
  /**
   * Only http(s) and mailto targets and in-document `#fragment` links survive; other schemes are shown as text,
   * never made clickable. A fragment is made a link when it is drawn, and only if it names a heading.
   */
  readonly link?: string;
  /** A forced line break (Markdown hard break) rather than text. */
  readonly lineBreak?: true;
}

interface InlineState {
  readonly bold: boolean;
  readonly italic: boolean;
  readonly link?: string;
}

const PLAIN: InlineState = { bold: false, italic: false };

export function fontFor(run: Pick<Run, 'bold' | 'italic' | 'code'>): FontRole {
  if (run.code) return 'mono';
  if (run.bold && run.italic) return 'boldItalic';
  if (run.bold) return 'bold';
  if (run.italic) return 'italic';
  return 'regular';
}

/** Flattens marked's inline token tree into styled runs. Raw HTML is shown as text, never interpreted. */
export function inlineRuns(tokens: readonly Token[] | undefined, state: InlineState = PLAIN): Run[] {
  const runs: Run[] = [];
  for (const token of tokens ?? []) {
    appendToken(runs, token, state);
  }
  return runs;
}

function appendToken(runs: Run[], token: Token, state: InlineState): void {
  switch (token.type) {
    case 'strong':
      runs.push(...inlineRuns((token as Tokens.Strong).tokens, { ...state, bold: true }));
      return;
    case 'em':
      runs.push(...inlineRuns((token as Tokens.Em).tokens, { ...state, italic: true }));
      return;
    case 'del':
      // Struck-out text has no place in a contract to be signed; keep the words so nothing silently vanishes.
      runs.push(...inlineRuns((token as Tokens.Del).tokens, state));
      return;
    case 'codespan':
      // Code spans are literal in CommonMark: `&lt;` inside backticks stays as typed.
      runs.push(run((token as Tokens.Codespan).text, state, { code: true }));
      return;
    case 'br':
      runs.push({ text: '', bold: false, italic: false, code: false, lineBreak: true });
      return;
    case 'escape':
      runs.push(run((token as Tokens.Escape).text, state));
      return;
    case 'link': {
      const link = token as Tokens.Link;
      const href = safeHref(link.href);
      runs.push(...inlineRuns(link.tokens, href ? { ...state, link: href } : state));
      return;
    }
    case 'image': {
      // Images referenced from Markdown are not fetched (no file or network access from content); show the alt text.
      const image = token as Tokens.Image;
      if (image.text) runs.push(run(decodeEntities(image.text), state));
      return;
    }
    case 'html': {
      const raw = (token as Tokens.HTML).raw;
      if (isHtmlComment(raw)) return;
      runs.push(run(raw, state));
      return;
    }
    case 'text': {
      const text = token as Tokens.Text;
      if (text.tokens && text.tokens.length > 0) {
        runs.push(...inlineRuns(text.tokens, state));
      } else {
        runs.push(run(decodeEntities(text.text), state));
      }
      return;
    }
    default: {
      // Unknown inline tokens (extensions) degrade to their source text rather than disappearing.
      const raw = (token as { raw?: unknown }).raw;
      if (typeof raw === 'string' && raw.length > 0) runs.push(run(raw, state));
    }
  }
}

function run(text: string, state: InlineState, extra: Partial<Pick<Run, 'code'>> = {}): Run {
  return {
    text,
    bold: state.bold,
    italic: state.italic,
    code: extra.code ?? false,
    ...(state.link ? { link: state.link } : {}),
  };
}

export function isHtmlComment(raw: string): boolean {
  return /^\s*(<!--[\s\S]*?-->\s*)+$/.test(raw);
}

/** A link target the PDF may follow: a web or mail address, or a fragment naming a heading of this document. */
function safeHref(href: string): string | undefined {
  return /^(https?:|mailto:|#)/i.test(href.trim()) ? href.trim() : undefined;
}

/** Plain text of a run list, for bookmarks, tags and comparisons. */
export function plainText(runs: readonly Run[]): string {
  return runs.map((piece) => (piece.lineBreak ? ' ' : piece.text)).join('').replace(/\s+/g, ' ').trim();
}

// marked leaves entities in text for the HTML renderer to pass through; a PDF has to decode them itself.
// Numeric references cover everything; the named ones are those Markdown writers and escapers use.
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„', laquo: '«', raquo: '»',
  euro: '€', pound: '£', yen: '¥', cent: '¢', copy: '©', reg: '®', trade: '™', sect: '§', para: '¶',
  deg: '°', times: '×', divide: '÷', plusmn: '±', middot: '·', bull: '•', dagger: '†', Dagger: '‡',
  permil: '‰', prime: '′', Prime: '″', minus: '−', le: '≤', ge: '≥', ne: '≠', asymp: '≈', rarr: '→',
  larr: '←', harr: '↔', check: '✓', shy: '\u00ad', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003',
  ast: '*', lowbar: '_', verbar: '|', vert: '|', num: '#', grave: '`', lsqb: '[', rsqb: ']', lbrack: '[',
  rbrack: ']', lpar: '(', rpar: ')', excl: '!', colon: ':', semi: ';', period: '.', comma: ',', equals: '=',
  plus: '+', dollar: '$', percnt: '%', commat: '@', tilde: '˜', Hat: '^', bsol: '\\', sol: '/', lcub: '{',
  rcub: '}', lbrace: '{', rbrace: '}',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const codePoint = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      // CommonMark: invalid or NUL code points become U+FFFD rather than vanishing.
      return codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff)
        ? String.fromCodePoint(codePoint)
        : '\ufffd';
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}
