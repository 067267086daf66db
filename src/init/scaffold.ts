/**
 * `sla init` as a library: facts in, file contents out. Nothing here prompts or prints; writing is
 * `writeFiles` (whole files, never over existing ones unless forced).
 */
import { PACKAGE_NAME } from '../package-name.js';
import { buildAgreement } from './agreement.js';
import { agreementYaml } from './agreement-yaml.js';
import type { InitFacts } from './facts.js';
import { slugify } from './facts.js';
import { gitignore, lintConfig, packageJson, preCommitConfig, readme, workflow, type RepoFacts } from './repo-templates.js';
import type { FileToWrite } from './write-files.js';

export interface Scaffold {
  files: FileToWrite[];
  /** Which of `files` is the agreement. */
  agreementPath: string;
  /** What the author must still do, e.g. add holidays for years without data. */
  notes: string[];
}

/** The agreement for these facts as commented YAML. `schemaRef` is where its first line points editors. */
export function scaffoldAgreement(facts: InitFacts, schemaRef: string): { text: string; notes: string[] } {
  const built = buildAgreement(facts);
  return { text: agreementYaml(built, facts, { schemaRef }), notes: built.notes };
}

/** The file name `sla init --repo` gives the first agreement: `<client>-<workflow>.sla.yaml`. */
export function agreementFileName(facts: InitFacts): string {
  return `${buildAgreement(facts).document.id}.sla.yaml`;
}

/**
 * A repository for agreements: lint config, the first agreement, CI workflow, pre-commit config, .gitignore,
 * package.json and a README for the people who edit the agreements.
 */
export function scaffoldRepository(facts: InitFacts, repositoryName: string): Scaffold {
  const agreementPath = `agreements/${agreementFileName(facts)}`;
  const repo: RepoFacts = { name: slugify(repositoryName, 60) || 'agreements', agreementPath, client: facts.client };
  // After `npm install` the schema is in node_modules; agreements/ is one level down.
  const agreement = scaffoldAgreement(facts, `../node_modules/${PACKAGE_NAME}/schemas/sla.schema.json`);
  return {
    files: [
      { path: '.slarc.yaml', content: lintConfig() },
      { path: agreementPath, content: agreement.text },
      { path: '.github/workflows/sla.yml', content: workflow() },
      { path: '.pre-commit-config.yaml', content: preCommitConfig() },
      { path: '.gitignore', content: gitignore() },
      { path: 'package.json', content: packageJson(repo) },
      { path: 'README.md', content: readme(repo) },
    ],
    agreementPath,
    notes: agreement.notes,
  };
}
