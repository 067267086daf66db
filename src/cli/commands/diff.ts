import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Chalk } from 'chalk';
import { Command } from 'commander';
import type { DiffOutcome, FilePair } from '../../diff/report.js';
import type { DiffReport } from '../../diff/types.js';
import { readErrorReason } from '../../util/file-errors.js';
import { EXIT, failure, type CliContext } from '../context.js';
import { formatDiagnosticLine } from '../format-diagnostic.js';
import { writeCommandOutput } from '../write-output.js';
import { showText } from '../../formatters/visible-text.js';
import { choiceOption, dashIsStdout } from '../options.js';

interface DiffOptions {
  git?: string;
  format: 'stylish' | 'md' | 'json' | 'pdf';
  output?: string;
  force?: boolean;
  failOn: 'weaker' | 'any' | 'none';
}

/**
 * Whether `--fail-on` asks for exit 1: `weaker` on a change weaker or mixed for the client, or an agreement removed;
 * `any` on any change at all (neutral ones included) or an agreement added or removed; `none` never.
 */
export function failsOn(report: DiffReport, failOn: DiffOptions['failOn']): boolean {
  const removed = report.files.some((file) => file.status === 'removed');
  if (failOn === 'weaker') return report.verdict.weaker + report.verdict.mixed > 0 || removed;
  if (failOn === 'any') return Object.values(report.verdict).some((count) => count > 0) || removed || report.files.some((file) => file.status === 'added');
  return false;
}

export function diffCommand(ctx: CliContext): Command {
  return new Command('diff')
    .description('compare two versions of an agreement and say what each change means for the client: stronger, weaker, neutral or mixed')
    .argument('[files...]', 'the old and the new agreement file; with --git, paths that limit the search (default: the whole repository)')
    .option('--git <range>', 'compare versions in git: <ref> against the working tree (like `git diff <ref>`), <a>..<b>, or <a>...<b> (from their merge base)')
    .addOption(choiceOption('-f, --format <format>', 'output format', ['stylish', 'md', 'json', 'pdf'], { noun: 'a format', default: 'stylish' }))
    .option('-o, --output <file>', 'write the result to this file (whole or not at all; folders are created) instead of stdout (`-`); needed for pdf')
    .option('--force', 'overwrite the --output file if it exists')
    .addOption(choiceOption('--fail-on <effect>', 'exit 1 when the diff has changes of this kind (below)', ['weaker', 'any', 'none'], { noun: 'a kind of change', default: 'none' }))
    .addHelpText('after', `
Examples:
  $ sla diff old/acme.sla.yaml agreements/acme.sla.yaml
  $ sla diff --git HEAD~1                        # the last commit against the working tree
  $ sla diff --git main..HEAD agreements --fail-on weaker
  $ sla diff --git origin/main...HEAD --format md --output diff.md   # for a pull-request comment
  $ sla diff --git v1.0..v2.0 --format pdf --output schedule-of-changes.pdf

--fail-on weaker  exit 1 when a change is weaker or mixed for the client, or an agreement is removed
--fail-on any     exit 1 on any change at all, neutral ones included, or an agreement added or removed
--fail-on none    exit 0 whatever changed (the default)

Each change is judged from the client's side: stronger (the client gets more), weaker (less), neutral (no effect on
what is promised) or mixed (both). Time targets are measured by their worst-case wall-clock wait on their calendar.
With --git, agreement files (*.sla.yaml, *.sla.yml) that git lists as changed are compared; renames (git mv) are
paired, added and removed agreements are named. Against the working tree, untracked agreement files count as added.
Paths in the output are relative to the repository root. A version with schema errors is still compared by its data;
one that is not readable YAML stops the diff. The JSON output is described by schemas/diff-report.schema.json.

Exit codes: 0 compared (whatever changed), 1 --fail-on matched, 2 a file or revision could not be read (not a git
repository, an unknown revision, invalid YAML), or a bad option (pdf needs --output).`)
    .action(async (files: string[], options: DiffOptions) => {
      dashIsStdout(options);
      await runDiff(ctx, files, options);
    });
}

async function runDiff(ctx: CliContext, files: string[], options: DiffOptions): Promise<void> {
  const { io } = ctx;
  if (options.format === 'pdf' && !options.output) return failure(ctx, '--format pdf needs --output <file>');
  if (options.git === undefined && files.length !== 2) {
    return failure(ctx, files.length < 2
      ? 'name the old and the new agreement file (sla diff old.sla.yaml new.sla.yaml), or compare versions in git with --git <ref>'
      : `expected two files, the old and the new version, got ${files.length}; to limit a git comparison to paths, add --git <ref>`);
  }
  if (options.output !== undefined && options.git === undefined) {
    const target = path.resolve(io.cwd, options.output);
    const input = files.find((file) => path.resolve(io.cwd, file) === target);
    if (input) return failure(ctx, `--output ${options.output} is the agreement ${input} itself; write the diff to another file`);
  }

  const { diffFilePairs } = await import('../../diff/report.js');
  let outcome: DiffOutcome;
  if (options.git !== undefined) {
    const { readGitAgreementVersions, GitDiffError } = await import('../../diff/git.js');
    try {
      // Tests run the CLI with a small environment; git is still looked up on the PATH.
      const versions = await readGitAgreementVersions(options.git, files, { cwd: io.cwd, env: { ...io.env, PATH: io.env.PATH ?? process.env.PATH } });
      if (options.output !== undefined) {
        const target = path.resolve(io.cwd, options.output);
        const input = versions.files.find((file) => file.newPath !== undefined && path.join(versions.root, ...file.newPath.split('/')) === target);
        if (input) return failure(ctx, `--output ${options.output} is the agreement ${input.newPath} itself; write the diff to another file`);
      }
      const pairs: FilePair[] = versions.files.map((file) => ({
        status: file.status,
        ...(file.oldPath !== undefined && file.oldText && { old: { path: file.oldPath, text: file.oldText } }),
        ...(file.newPath !== undefined && file.newText && { new: { path: file.newPath, text: file.newText } }),
      }));
      outcome = diffFilePairs(pairs, { base: versions.range.base, head: versions.range.head });
    } catch (error) {
      if (error instanceof GitDiffError) return failure(ctx, error.message);
      throw error;
    }
  } else {
    const pairs: FilePair = {};
    for (const [side, file] of [['old', files[0]!], ['new', files[1]!]] as const) {
      try {
        pairs[side] = { path: file, text: await readFile(path.resolve(io.cwd, file)) };
      } catch (error) {
        return failure(ctx, `${file}: cannot read the ${side} version: ${readErrorReason(error)}`);
      }
    }
    outcome = diffFilePairs([pairs], { base: files[0]!, head: files[1]! });
  }

  if (outcome.problems.length > 0) {
    for (const d of outcome.problems) io.stderr(`${formatDiagnosticLine(d, d.file ?? '', ctx.err)}\n`);
    const broken = [...new Set(outcome.problems.map((d) => d.file ?? ''))];
    return failure(ctx, `cannot compare: ${broken.join(', ')} ${broken.length === 1 ? 'is' : 'are'} not a readable agreement; fix the problem${outcome.problems.length === 1 ? '' : 's'} above and run again`);
  }
  for (const file of outcome.invalid) {
    io.stderr(`${ctx.err.yellow('sla: note:')} ${showText(`${file} has schema errors; it is compared by its data as written (run \`sla validate\` on it)`)}\n`);
  }

  const { report } = outcome;
  let output: string | Uint8Array;
  if (options.format === 'pdf') {
    const { formatDiffPdf } = await import('../../diff/formatters/pdf.js');
    output = await formatDiffPdf(report);
  } else {
    const { DIFF_FORMATTERS } = await import('../../diff/formatters/index.js');
    output = DIFF_FORMATTERS[options.format](report, { color: options.output ? new Chalk({ level: 0 }) : ctx.out });
  }

  if (!(await writeCommandOutput(ctx, output, options))) return;
  if (failsOn(report, options.failOn)) ctx.exitCode = Math.max(ctx.exitCode, EXIT.inputProblems);
}
