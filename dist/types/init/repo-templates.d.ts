export interface RepoFacts {
    /** The repository's name, for the README and package.json. */
    name: string;
    /** The first agreement's path inside the repository, e.g. `agreements/acme-invoice-extraction.sla.yaml`. */
    agreementPath: string;
    client: string;
}
/** Where rendered contracts go; ignored by git, uploaded by CI. */
export declare const RENDER_DIR = "rendered";
export declare const SLA_VERSION: string;
/** The repository that publishes `sla` and its `.pre-commit-hooks.yaml`. */
export declare const SLA_REPOSITORY = "https://github.com/sla-as-code/sla";
export declare function lintConfig(): string;
/**
 * GitHub Actions: on every push and pull request, the sla action lints the agreements (annotations on the diff and
 * a findings table in the job summary) and renders every agreement, keeping the contracts as an artifact. On a pull
 * request it also compares the agreements of the base and the head (`sla diff`) and writes what changes for the
 * client to the job summary and one pull request comment, hence `pull-requests: write`. The checkout stays one
 * commit deep: the action fetches the base commit it compares with by its SHA. SARIF upload is opt-in: code
 * scanning is unavailable on most private repositories, where contract repositories live.
 */
export declare function workflow(): string;
/** pre-commit: lint the agreements a commit touches, with the hook \`sla\` publishes. */
export declare function preCommitConfig(): string;
export declare function gitignore(): string;
export declare function packageJson(facts: RepoFacts): string;
export declare function readme(facts: RepoFacts): string;
