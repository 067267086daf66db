// Types of the generated precompiled default template (default-templates.js).
import type { TemplateSpecification } from 'handlebars';

export declare const precompiledTemplates: Record<string, { source: string; spec: TemplateSpecification }>;
