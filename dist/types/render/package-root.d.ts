/**
 * The directory of the `sla` package. Code runs from src/ (tests), dist/ (the published bundle) or a dev bundle
 * under node_modules/.cache, so the templates are found by walking up to the package.json named PACKAGE_NAME.
 */
export declare function packageRoot(): string;
export declare function defaultTemplateDirectory(): string;
