// The entry point scripts/fuzz.mjs bundles (with esbuild, as scripts/dev.mjs bundles the CLI): generator, properties,
// regression store, and the CLI's main() for the exit-code property.
export { MUTATION_CLASSES, SIZE_LIMIT, mutant, mutants, type Mutant, type MutationClass } from './mutate.js';
export { checkInput, loadSeeds, type CheckResult } from './properties.js';
export { knownFailures, loadRegressions, regressionName, saveRegression } from './regressions.js';
