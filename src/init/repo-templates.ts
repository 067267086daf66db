/**
 * The files of a contract repository (`sla init --repo`), as strings so they travel inside the bundle. Each is
 * a function of the few facts it needs; the agreement itself comes from the agreement scaffold.
 */
import pkg from '../../package.json' with { type: 'json' };
import { PACKAGE_NAME } from '../package-name.js';

export interface RepoFacts {
  /** The repository's name, for the README and package.json. */
  name: string;
  /** The first agreement's path inside the repository, e.g. `agreements/acme-invoice-extraction.sla.yaml`. */
  agreementPath: string;
  client: string;
}

/** Where rendered contracts go; ignored by git, uploaded by CI. */
export const RENDER_DIR = 'rendered';
export const SLA_VERSION = pkg.version;
/** The repository that publishes `sla` and its `.pre-commit-hooks.yaml`. */
export const SLA_REPOSITORY = 'https://github.com/sla-as-code/sla';

export function lintConfig(): string {
  return `# Lint configuration for every agreement in this repository. \`sla lint\` finds it by walking up from
# each file. The format is described in sla's docs/lint.md; \`sla rules\` lists every rule.
#
# Start from the recommended rules (or sla:strict for all of them).
extends: sla:recommended

# Change a rule's severity (off, info, warning or error) or its options, e.g.
#   rules:
#     vague-wording: error
rules: {}

# Files to skip, relative to this file.
ignores:
  - ${RENDER_DIR}/**
`;
}

/**
 * GitHub Actions: on every push and pull request, the sla action lints the agreements (annotations on the diff and
 * a findings table in the job summary) and renders every agreement, keeping the contracts as an artifact. SARIF
 * upload is opt-in: code scanning is unavailable on most private repositories, where contract repositories live.
 */
export function workflow(): string {
  return `# Checks and renders the support agreements in agreements/.
name: Agreements

on:
  push:
    branches: [main]
  pull_request:
  workflow_dispatch:

permissions:
  contents: read

jobs:
  agreements:
    name: Lint and render agreements
    runs-on: ubuntu-latest
    # To see findings under Security → Code scanning as well (public repositories, or private ones with GitHub
    # Advanced Security): replace the permissions above with these and set upload-sarif to true below.
    #   permissions:
    #     contents: read
    #     security-events: write
    #     actions: read
    steps:
      - uses: actions/checkout@v5
      # Lints with annotations and a job summary, then renders Markdown and PDF into the artifact "contracts".
      # The tag pins sla's version; keep it equal to the version in package.json.
      - uses: sla-as-code/sla@v${SLA_VERSION}
        with:
          paths: agreements
          render: true
          upload-sarif: false
`;
}

/** pre-commit: lint the agreements a commit touches, with the hook \`sla\` publishes. */
export function preCommitConfig(): string {
  return `# Lints staged agreements before each commit. Install once with: pre-commit install
# The hook is defined in sla's own .pre-commit-hooks.yaml; it runs \`sla lint\` on changed *.sla.yaml files.
repos:
  - repo: ${SLA_REPOSITORY}
    rev: v${SLA_VERSION}
    hooks:
      - id: sla-lint
`;
}

export function gitignore(): string {
  return `# Rendered contracts are built from the agreements (npm run render, and by CI); do not commit them.
/${RENDER_DIR}/
*.pdf
# Lint results written by CI.
*.sarif
node_modules/
`;
}

export function packageJson(facts: RepoFacts): string {
  const manifest = {
    name: facts.name,
    private: true,
    description: `Support agreements for ${facts.client}, kept as code with sla`,
    scripts: {
      validate: 'sla validate agreements',
      lint: 'sla lint agreements',
      render: `sla render agreements --format md --format pdf --out ${RENDER_DIR} --force`,
    },
    devDependencies: { [PACKAGE_NAME]: `^${SLA_VERSION}` },
    engines: { node: '>=20.19' },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export function readme(facts: RepoFacts): string {
  return `# ${facts.name}

The support agreements for ${facts.client}, kept as code. Each agreement is one YAML file in \`agreements/\`;
[sla](${SLA_REPOSITORY}) checks it and renders the contract the client signs.

## Set up (once)

\`\`\`sh
npm install            # installs sla
pre-commit install     # optional: lint agreements before each commit (needs https://pre-commit.com)
\`\`\`

Open the repository in VS Code with the YAML extension: the first line of each agreement points at the schema,
so you get completion and a description of every field on hover.

## Change an agreement

1. Edit the file in \`agreements/\` (the first one is \`${facts.agreementPath}\`). The comments above each section
   say what it is for and what to decide.
2. Check it: \`npx sla lint agreements\` — every finding names the rule, the line and how to fix it.
3. See the contract: \`npm run render\` writes Markdown and PDF to \`${RENDER_DIR}/\` (not committed).
4. Raise \`version\` when the terms change, and set \`status\` to \`proposed\` when you send it and \`active\` once signed.
5. Open a pull request. CI lints every agreement, shows findings on the diff and in the run's summary, and
   attaches the rendered contracts to the run (Actions → the run → Artifacts → contracts). To list findings under
   Security → Code scanning too, follow the comment in \`.github/workflows/sla.yml\`.

## New agreement

\`\`\`sh
npx sla init agreements/<client>-<workflow>.sla.yaml --tier standard
\`\`\`

## What is where

| Path | What |
| --- | --- |
| \`agreements/\` | the agreements, one \`*.sla.yaml\` per client workflow |
| \`.slarc.yaml\` | lint settings: which rules run and how strict they are |
| \`.github/workflows/sla.yml\` | CI: lint (annotations and a summary) and rendered contracts, with the sla action |
| \`.pre-commit-config.yaml\` | the pre-commit hook that lints staged agreements |
| \`${RENDER_DIR}/\` | rendered contracts (ignored by git) |
`;
}
