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
 * a findings table in the job summary) and renders every agreement, keeping the contracts as an artifact. On a pull
 * request it also compares the agreements of the base and the head (`sla diff`) and writes what changes for the
 * client to the job summary and one pull request comment, hence `pull-requests: write`. The checkout stays one
 * commit deep: the action fetches the base commit it compares with by its SHA. SARIF upload is opt-in: code
 * scanning is unavailable on most private repositories, where contract repositories live.
 */
export function workflow(): string {
  return `# Checks and renders the support agreements in agreements/; on a pull request, also says what it changes in them.
name: Agreements

on:
  push:
    branches: [main]
  pull_request:
  workflow_dispatch:

permissions:
  contents: read
  # For the comment on each pull request saying what it changes in the agreements (stronger or weaker for the
  # client), which later pushes update. Pull requests from forks get a read-only token: their diff is in the job
  # summary only. Without this permission the action says so in a notice and does not fail.
  pull-requests: write

jobs:
  agreements:
    name: Lint, compare and render agreements
    runs-on: ubuntu-latest
    # To see findings under Security → Code scanning as well (public repositories, or private ones with GitHub
    # Advanced Security): replace the permissions above with these and set upload-sarif to true below.
    #   permissions:
    #     contents: read
    #     pull-requests: write
    #     security-events: write
    #     actions: read
    steps:
      # One commit deep is enough: on a pull request the action fetches the base commit it compares with, using
      # the credentials checkout keeps (with persist-credentials: false, set fetch-depth: 0 instead).
      - uses: actions/checkout@v5
      # Lints with annotations and a job summary; on a pull request compares the agreements with the base branch
      # (sla diff) in the summary and a pull request comment; then renders Markdown and PDF into the artifact
      # "contracts". The tag pins sla's version; keep it equal to the version in package.json.
      - uses: sla-as-code/sla@v${SLA_VERSION}
        with:
          paths: agreements
          render: true
          upload-sarif: false
          # none only reports the diff; weaker fails a pull request that makes an agreement weaker for the client
          # (or removes one); any fails on every change to the agreements.
          diff-fail-on: none
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
      render: `sla render agreements --format md --format pdf --out-dir ${RENDER_DIR} --force`,
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
3. See what it changes for the client: \`npx sla diff --git main agreements\` lists each change since \`main\` as
   stronger, weaker, neutral or mixed for the client.
4. See the contract: \`npm run render\` writes Markdown and PDF to \`${RENDER_DIR}/\` (not committed).
5. Raise \`version\` when the terms change, and set \`status\` to \`proposed\` when you send it and \`active\` once signed.
6. Open a pull request. CI lints every agreement and shows findings on the diff and in the run's summary; it
   comments on the pull request what the change does to the agreements (each change weaker or stronger for the
   client, the same as \`sla diff\`), updating that one comment on every push; and it attaches the rendered
   contracts to the run (Actions → the run → Artifacts → contracts). To list findings under Security → Code
   scanning too, follow the comment in \`.github/workflows/sla.yml\`.

## New agreement

\`\`\`sh
npx sla init agreements/<client>-<workflow>.sla.yaml --tier standard
\`\`\`

## What is where

| Path | What |
| --- | --- |
| \`agreements/\` | the agreements, one \`*.sla.yaml\` per client workflow |
| \`.slarc.yaml\` | lint settings: which rules run and how strict they are |
| \`.github/workflows/sla.yml\` | CI: lint (annotations and a summary), the diff of each pull request (a comment) and rendered contracts, with the sla action |
| \`.pre-commit-config.yaml\` | the pre-commit hook that lints staged agreements |
| \`${RENDER_DIR}/\` | rendered contracts (ignored by git) |
`;
}
