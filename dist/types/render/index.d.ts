export { renderMarkdown, type RenderMarkdownOptions } from './render-markdown.js';
export { loadContractTemplate, TemplateError, ROOT_TEMPLATE, type ContractTemplate, type TemplateFile, type TemplateOptions } from './template.js';
export { buildContractView, type ContractView } from './view.js';
export { escapeMarkdown } from './escape.js';
export { defaultTemplateDirectory } from './package-root.js';
export { outputPath, defaultPaper, documentDate, RENDER_FORMATS, type RenderFormat } from './outputs.js';
