/**
 * The files of a contract repository (`sla init --repo`), as strings so they travel inside the bundle. Each is
 * a function of the few facts it needs; the agreement itself comes from the agreement scaffold.
 */
import pkg from '../../package.json' with { type: 'json' };

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
 * GitHub Actions: lint on every push and pull request (annotations on the diff, and SARIF in code scanning),
 * then render every agreement to PDF and keep the contracts as a build artifact.
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
  lint:
    name: Lint agreements
    runs-on: ubuntu-latest
    permissions:
      contents: read
      # Needed to upload the SARIF results to code scanning.
      security-events: write
    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-node@v5
        with:
          node-version: 20
      - name: Install sla
        run: if [ -f package-lock.json ]; then npm ci; else npm install --no-audit --no-fund; fi
      # One run, two outputs: annotations on the pull request (github) and a SARIF file for code scanning.
      - name: Lint
        run: npx sla lint agreements --format github --format sarif --output-file sarif=sla-results.sarif --force
      - name: Upload results to code scanning
        if: \${{ always() && hashFiles('sla-results.sarif') != '' }}
        uses: github/codeql-action/upload-sarif@v4
        with:
          sarif_file: sla-results.sarif
          category: sla

  render:
    name: Render contracts
    needs: lint
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-node@v5
        with:
          node-version: 20
      - name: Install sla
        run: if [ -f package-lock.json ]; then npm ci; else npm install --no-audit --no-fund; fi
      - name: Render Markdown and PDF
        run: npx sla render agreements --format md --format pdf --out ${RENDER_DIR} --force
      - name: Keep the contracts
        uses: actions/upload-artifact@v4
        with:
          name: contracts
          path: ${RENDER_DIR}/
          if-no-files-found: error
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
    devDependencies: { sla: `^${SLA_VERSION}` },
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
5. Open a pull request. CI lints every agreement, shows findings on the diff and under Security → Code scanning,
   and attaches the rendered PDFs to the run (Actions → the run → Artifacts → contracts).

## New agreement

\`\`\`sh
npx sla init agreements/<client>-<workflow>.sla.yaml --tier standard
\`\`\`

## What is where

| Path | What |
| --- | --- |
| \`agreements/\` | the agreements, one \`*.sla.yaml\` per client workflow |
| \`.slarc.yaml\` | lint settings: which rules run and how strict they are |
| \`.github/workflows/sla.yml\` | CI: lint (annotations and code scanning) and rendered PDFs |
| \`.pre-commit-config.yaml\` | the pre-commit hook that lints staged agreements |
| \`${RENDER_DIR}/\` | rendered contracts (ignored by git) |
`;
}
