import { Command } from 'commander';
import { jsonText } from '../../formatters/json-text.js';
import { diagnosticJson, formatDiagnosticLine } from '../format-diagnostic.js';
import { EXIT, failure, type CliContext } from '../context.js';
import { findAgreementFiles } from '../../files.js';
import type { Concurrency, ValidateOutcome } from '../../lint/parallel.js';
import { concurrencyOption } from '../concurrency-option.js';
import { tuneHeapForLargeRun } from '../large-run.js';
import { addIgnoreOptions, loadInputs, loadStdin, noteUnusedStdinFilename, parseByteSize, reportSearch, searchOptions, type IgnoreFlags } from '../load-inputs.js';
import { choiceOption } from '../options.js';

interface ValidateOptions extends IgnoreFlags {
  format: 'text' | 'json';
  stdinFilename?: string;
  maxBytes?: number;
  concurrency?: Concurrency;
}

type Loaded = { file: string; result: Pick<ValidateOutcome, 'ok' | 'diagnostics'> };

/**
 * As loadInputs, with the files loaded and validated in worker threads (`--concurrency`): the same reports, in the
 * same order.
 */
async function loadInWorkers(ctx: CliContext, inputs: string[], options: ValidateOptions, concurrency: Concurrency): Promise<Loaded[]> {
  noteUnusedStdinFilename(ctx, inputs, options.stdinFilename);
  const loaded: Loaded[] = [];
  const named = inputs.filter((input) => input !== '-');
  if (named.length < inputs.length) {
    const file = options.stdinFilename ?? '<stdin>';
    const result = await loadStdin(ctx, file, options.maxBytes);
    loaded.push({ file, result: { ok: result.ok, diagnostics: result.diagnostics } });
  }
  const search = await findAgreementFiles(named, ctx.io.cwd, searchOptions(options));
  reportSearch(ctx, search, options);
  tuneHeapForLargeRun(search.files.length);
  const { validateInWorkers, workerCount } = await import('../../lint/parallel.js');
  await validateInWorkers(search.files, {
    cwd: ctx.io.cwd,
    workers: workerCount(concurrency, search.files.length),
    load: { limits: options.maxBytes ? { maxBytes: options.maxBytes } : {} },
    onResult: (file, { ok, diagnostics, unreadable }) => {
      if (unreadable) failure(ctx, `${file}: ${diagnostics[0]?.message ?? 'cannot read the file'}`);
      else loaded.push({ file, result: { ok, diagnostics } });
    },
  });
  return loaded;
}

export function validateCommand(ctx: CliContext): Command {
  const command = new Command('validate')
    .description('check agreements against the schema: structure, types, references, dates and time zones')
    .argument('<inputs...>', 'agreement files, directories (searched for *.sla.yaml / *.sla.yml) or globs; - reads stdin')
    .addOption(choiceOption('-f, --format <format>', 'output format', ['text', 'json'], { noun: 'a format', default: 'text' }))
    .option('--stdin-filename <name>', 'the file name to report for input read from stdin')
    .option('--max-bytes <size>', 'largest file accepted (default 1MB)', parseByteSize)
    .addOption(concurrencyOption());
  return addIgnoreOptions(command, '.gitignore and --ignore-pattern')
    .addHelpText('after', `
Examples:
  $ sla validate examples
  $ sla validate agreements/acme.sla.yaml --format json
  $ cat draft.yaml | sla validate - --stdin-filename draft.sla.yaml
  $ sla validate . --ignore-pattern 'drafts/**'

Ignored: directory walks and globs skip what .gitignore ignores; --ignore-pattern skips files, named ones too
(a warning, exit 0). --no-ignore checks everything.

Exit codes: 0 all valid, 1 an agreement has errors, 2 an input could not be read, matched nothing, or matched
            only ignored files (--no-error-on-unmatched-pattern allows the last two).`)
    .action(async (inputs: string[], options: ValidateOptions) => {
      // Only the verdict and the diagnostics are reported, so the rest of each file is not held to the end.
      let loaded: Loaded[];
      if (options.concurrency !== undefined && options.concurrency !== 'off') {
        try {
          loaded = await loadInWorkers(ctx, inputs, options, options.concurrency);
        } catch (error) {
          if ((error as Error)?.name !== 'WorkerError') throw error;
          failure(ctx, (error as Error).message);
          return;
        }
      } else {
        loaded = await loadInputs(ctx, inputs, options, ({ file, result }): Loaded => ({ file, result: { ok: result.ok, diagnostics: result.diagnostics } }));
      }
      const { io, out } = ctx;
      let invalid = 0;
      for (const { result } of loaded) if (!result.ok) invalid++;
      if (options.format === 'json') {
        const report = loaded.map(({ file, result }) => ({
          file,
          valid: result.ok,
          errorCount: result.diagnostics.filter((d) => d.severity === 'error').length,
          warningCount: result.diagnostics.filter((d) => d.severity === 'warning').length,
          diagnostics: result.diagnostics.map(diagnosticJson),
        }));
        io.stdout(`${jsonText(report, 2)}\n`);
      } else {
        for (const { file, result } of loaded) {
          for (const d of result.diagnostics) io.stdout(`${formatDiagnosticLine(d, file, out)}\n`);
        }
        const errors = loaded.reduce((n, { result }) => n + result.diagnostics.filter((d) => d.severity === 'error').length, 0);
        if (loaded.length > 0) {
          const files = `${loaded.length} file${loaded.length === 1 ? '' : 's'}`;
          io.stdout(invalid === 0
            ? `${out.green('✔')} ${files} valid\n`
            : `${out.red('✖')} ${errors} error${errors === 1 ? '' : 's'} in ${invalid} of ${files}\n`);
        }
      }
      if (invalid > 0) ctx.exitCode = Math.max(ctx.exitCode, EXIT.inputProblems);
    });
}
