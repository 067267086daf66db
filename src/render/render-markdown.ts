import { canonicalLocale } from '../i18n/catalog.js';
import type { Agreement } from '../model/agreement.js';
import { escapeDeep } from './escape.js';
import { renderScopes } from './helpers.js';
import { smartQuotes } from './typography.js';
import { layoutMarkdown } from './layout.js';
import { loadContractTemplate, type ContractTemplate } from './template.js';
import { buildContractView } from './view.js';

export interface RenderMarkdownOptions {
  /** A compiled template (load it once for many agreements), or a directory to load one from. Default: templates/default. */
  template?: ContractTemplate | string;
  /** Number `##` and `###` headings (1., 1.1). Default true. */
  numberHeadings?: boolean;
  /** Compare every tier offered, with prices, as `presentation.tierComparison: true` does. Default false. */
  allTiers?: boolean;
  /**
   * Only the title and the summary ("Your support at a glance"), through the template's `summary-page.hbs`, even
   * where `presentation.summary: false` leaves the summary out of the contract. Default false.
   */
  summaryOnly?: boolean;
  /**
   * The language and formats of the contract's own words (`de-DE`), instead of the agreement's `locale`. The
   * author's text is printed as written. A RangeError when it is not a BCP 47 tag.
   */
  locale?: string;
}

/**
 * Renders an agreement as a Markdown contract. Every string from the agreement gets the locale's curly quotes and
 * apostrophes (typography.ts) and is escaped before the template sees it. Throws TemplateError (with the template file and line) when the template is broken.
 */
export async function renderMarkdown(agreement: Agreement, options: RenderMarkdownOptions = {}): Promise<string> {
  const template = typeof options.template === 'object'
    ? options.template
    : await loadContractTemplate(options.template ? { directory: options.template } : {});
  const locale = options.locale === undefined ? agreement.locale : canonicalLocale(options.locale);
  if (locale !== agreement.locale) agreement = { ...agreement, locale };
  const summaryOnly = options.summaryOnly === true;
  const view = escapeDeep(buildContractView(agreement, { allTiers: options.allTiers === true, summary: summaryOnly }), (text) => smartQuotes(text, locale)) as object;
  renderScopes.set(view, { locale, calendars: new Map(agreement.calendars.map((c) => [c.id, c])), ...(template.messages && { messages: template.messages }) });
  return layoutMarkdown(template.render(view, summaryOnly ? 'summary-page' : undefined), { numberHeadings: options.numberHeadings ?? true, locale });
}
