// Types of the generated precompiled default template (default-templates.js).
import type { TemplateSpecification } from 'handlebars';

/** The options every contract template is compiled with, precompiled or at run time. */
export declare const templateCompileOptions: CompileOptions;

export declare const precompiledTemplates: Record<string, { source: string; spec: TemplateSpecification }>;
