import { mkdir, open, stat } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import type { AgreementResult } from '../../agreement.js';
import type { Agreement } from '../../model/agreement.js';
import type { ContractTemplate } from '../../render/template.js';
import { contractPdfOptions, documentDate, outputPath, RENDER_FORMATS, type RenderFormat } from '../../render/outputs.js';
import { readErrorReason, writeErrorReason } from '../../util/file-errors.js';
import { showText } from '../../formatters/visible-text.js';
import { EXIT, failure, type CliContext } from '../context.js';
import { formatDiagnosticLine } from '../format-diagnostic.js';
import { loadInputs, parseByteSize } from '../load-inputs.js';
import { choiceOption, renamedFlag, renamedNote, takeRenamed } from '../options.js';

interface RenderOptions {
  format?: RenderFormat[];
  outDir?: string;
  /** The 0.1 spelling of --out-dir, folded into it. */
  out?: string;
  output?: string;
  template?: string;
  paper?: 'a4' | 'letter';
  logo?: string;
  accent?: string;
  strict?: boolean;
  force?: boolean;
  stdinFilename?: string;
  maxBytes?: number;
  allTiers?: boolean;
  summaryOnly?: boolean;
  locale?: string;
}

/** What loadInputs calls stdin when --stdin-filename does not name it. */
const STDIN = '<stdin>';

function milliseconds(start: bigint): string {
  return `${Number((process.hrtime.bigint() - start) / 1_000_000n)} ms`;
}

/** Everything a run shares: the compiled template, the lint engine when --strict, the files already planned. */
interface RenderRun {
  template: ContractTemplate;
  /** Lint errors as lines to print, or the config problem that stopped linting (exit 2). */
  lint?: (result: AgreementResult) => Promise<{ errors: string[]; configProblem?: string }>;
  planned: Map<string, string>;
}

export function renderCommand(ctx: CliContext): Command {
  return new Command('render')
    .description('render agreements to client-ready Markdown and PDF contracts')
    .argument('<inputs...>', 'agreement files, directories (searched for *.sla.yaml / *.sla.yml) or globs; - reads stdin')
    .addOption(choiceOption('-f, --format <format>', 'output format, repeatable (default: both)', RENDER_FORMATS, { noun: 'a format', repeatable: true }))
    .option('--out-dir <dir>', 'write the documents into this directory (created if missing) instead of next to each agreement')
    .addOption(renamedFlag('--out <dir>'))
    .option('-o, --output <file>', 'with one agreement and one format: write to this file (folders are created); `-o -` writes the Markdown to stdout')
    .option('--template <dir>', 'a directory of .hbs files that replace or add to the default template\'s (see docs/render.md)')
    .addOption(choiceOption('--paper <size>', 'PDF paper size (default: letter for en-US and en-CA agreements, else a4)', ['a4', 'letter'], { noun: 'a paper size' }))
    .option('--logo <file>', 'a PNG or JPEG shown at the top of the PDF')
    .option('--accent <color>', 'PDF accent colour for headings and tables, e.g. #1f4e79')
    .option('--locale <tag>', "the language and formats of the contract's own words, e.g. de-DE (default: the agreement's locale); the author's text stays as written")
    .option('--all-tiers', 'compare every tier offered, with prices (default: only the client\'s tier, unless the agreement sets presentation.tierComparison)')
    .option('--summary-only', 'write only the title and "Your support at a glance" (as <name>.summary.md / .pdf), for a proposal')
    .option('--strict', 'also refuse agreements with lint errors (as `sla lint` reports them)')
    .option('--force', 'replace documents that already exist')
    .option('--stdin-filename <name>', 'the file name to report, and to name the documents after, for input read from stdin')
    .option('--max-bytes <size>', 'largest file accepted (default 1MB)', parseByteSize)
    .addHelpText('after', `
Examples:
  $ sla render acme.sla.yaml                        writes acme.md and acme.pdf beside it
  $ sla render examples --format pdf --out-dir build  one PDF per agreement in build/
  $ sla render acme.sla.yaml -o - | less            the Markdown on stdout
  $ sla render acme.sla.yaml --template my-template --force
  $ SOURCE_DATE_EPOCH=1798761600 sla render acme.sla.yaml --format pdf

Documents are named after the agreement: acme.sla.yaml → acme.md, acme.pdf. Each is written whole (a temporary
file, then renamed); an existing document is replaced only with --force. An agreement with schema errors (or,
with --strict, lint errors) is not rendered. The PDF's date is SOURCE_DATE_EPOCH, else the effective date, so the
same input gives the same bytes.

Exit codes: 0 all rendered, 1 an agreement has errors, 2 could not render (unreadable input, broken template,
            document exists without --force, cannot write).`)
    .action(async (inputs: string[], options: RenderOptions) => {
      takeRenamed(ctx, options, 'out', 'outDir', renamedNote('--out', '--out-dir'));
      const toStdout = options.output === '-';
      const formats: RenderFormat[] = options.format?.length ? options.format : toStdout ? ['md'] : ['md', 'pdf'];
      if (options.output !== undefined) {
        if (toStdout && formats.some((f) => f !== 'md')) return failure(ctx, '`-o -` writes Markdown only; leave out --format pdf or write the PDF to a file');
        if (!toStdout && formats.length > 1) return failure(ctx, '-o names one file; choose one --format, or use --out-dir DIR for several');
        if (options.outDir) return failure(ctx, 'use either -o (one file) or --out-dir (a directory), not both');
      }

      if (options.locale !== undefined) {
        const { canonicalLocale, hasCatalog } = await import('../../i18n/catalog.js');
        try {
          options.locale = canonicalLocale(options.locale);
        } catch (error) {
          return failure(ctx, `--locale: ${(error as Error).message}`);
        }
        if (!hasCatalog(options.locale)) ctx.io.stderr(`sla: note: no catalog for ${options.locale}; the contract's words are English, dates and numbers ${options.locale}\n`);
      }
      const { loadContractTemplate, TemplateError } = await import('../../render/template.js');
      let template: ContractTemplate;
      try {
        template = await loadContractTemplate(options.template ? { directory: path.resolve(ctx.io.cwd, options.template) } : {});
      } catch (error) {
        if (error instanceof TemplateError) return failure(ctx, `template: ${error.message}`);
        throw error;
      }

      const loaded = await loadInputs(ctx, inputs, options);
      if (options.output !== undefined && loaded.length > 1) {
        return failure(ctx, `-o ${options.output} takes exactly one agreement; use --out-dir DIR for several`);
      }
      const run: RenderRun = { template, planned: new Map() };
      if (options.strict) run.lint = await strictLinter(ctx);
      // Only when there is something to render: a missing input leaves no empty directory behind.
      if (options.outDir && !toStdout && loaded.some(({ result }) => result.ok)) {
        try {
          await mkdir(path.resolve(ctx.io.cwd, options.outDir), { recursive: true });
        } catch (error) {
          return failure(ctx, `--out-dir ${options.outDir}: cannot create the directory: ${(error as NodeJS.ErrnoException).code === 'EEXIST' ? 'a file has that name' : writeErrorReason(error)}`);
        }
      }

      let rendered = 0;
      for (const { file, result } of loaded) {
        if (await renderOne(ctx, run, file, result, formats, options)) rendered++;
      }
      if (!toStdout && loaded.length > 1) {
        const mark = rendered === loaded.length ? ctx.err.green('✔') : ctx.err.red('✖');
        ctx.io.stderr(`${mark} rendered ${rendered} of ${loaded.length} agreements\n`);
      }
    });
}

/** The --strict check: lint errors refuse the agreement. The engine loads only when asked for. */
async function strictLinter(ctx: CliContext): Promise<RenderRun['lint']> {
  const { Linter } = await import('../../lint/engine.js');
  const { ConfigError } = await import('../../lint/config.js');
  const linter = await Linter.create({ cwd: ctx.io.cwd });
  return async (result) => {
    let lint;
    try {
      lint = await linter.lintLoaded(result);
    } catch (error) {
      // A broken .slarc.yaml near the agreement: reported as `sla lint` reports it.
      if (!(error instanceof ConfigError)) throw error;
      const file = path.relative(ctx.io.cwd, path.resolve(ctx.io.cwd, error.file)) || error.file;
      return { errors: [], configProblem: `${file}:${error.range.line}:${error.range.column}: ${error.message} (the config file is not valid; see docs/lint.md#configuration)` };
    }
    return {
      errors: lint.findings
        .filter((f) => f.severity === 'error')
        .map((f) => `${ctx.err.bold(`${showText(f.file)}:${f.line}:${f.column}`)}  ${ctx.err.red('error')}  ${showText(f.message)}  ${ctx.err.dim(f.ruleId)}`),
    };
  };
}

/** Renders one agreement to every format asked for. Returns true when every document was written. */
async function renderOne(ctx: CliContext, run: RenderRun, file: string, result: AgreementResult, formats: RenderFormat[], options: RenderOptions): Promise<boolean> {
  const { io, err } = ctx;
  const started = process.hrtime.bigint();
  // Problems in the agreement are diagnostics (stderr), shown exactly as `sla validate` shows them.
  for (const d of result.diagnostics) io.stderr(`${formatDiagnosticLine(d, file, err)}\n`);
  if (!result.ok || !result.agreement) {
    io.stderr(`${err.red('✖')} ${showText(file)} not rendered: it has schema errors (see above)\n`);
    ctx.exitCode = Math.max(ctx.exitCode, EXIT.inputProblems);
    return false;
  }
  if (run.lint) {
    const { errors, configProblem } = await run.lint(result);
    if (configProblem) {
      failure(ctx, `${file}: --strict cannot lint it: ${configProblem}`);
      return false;
    }
    if (errors.length > 0) {
      for (const line of errors) io.stderr(`${line}\n`);
      io.stderr(`${err.red('✖')} ${showText(file)} not rendered: --strict refuses lint errors (see above)\n`);
      ctx.exitCode = Math.max(ctx.exitCode, EXIT.inputProblems);
      return false;
    }
  }

  const toStdout = options.output === '-';
  const source = toStdout ? undefined : await targets(ctx, run, file, formats, options);
  if (!toStdout && !source) return false;
  if (io.stderrIsTTY && !toStdout) io.stderr(`${err.dim('rendering')} ${showText(file)}…\n`);

  // The holidays of the `.ics` files the calendars name are part of the agreement: the client reads them as dates.
  const { readHolidayFiles } = await import('./due.js');
  const withHolidays = await readHolidayFiles(ctx, result.agreement, file);
  if (!withHolidays) return false;
  // --locale: the PDF's language, paper and dates follow it as they follow the agreement's own locale.
  const agreement = options.locale === undefined ? withHolidays : { ...withHolidays, locale: options.locale };
  const { renderMarkdown } = await import('../../render/render-markdown.js');
  const { TemplateError } = await import('../../render/template.js');
  let markdown: string;
  try {
    markdown = await renderMarkdown(agreement, { template: run.template, allTiers: Boolean(options.allTiers), summaryOnly: Boolean(options.summaryOnly) });
  } catch (error) {
    if (error instanceof TemplateError) {
      failure(ctx, `${file}: template: ${error.message}`);
      return false;
    }
    throw error;
  }
  if (toStdout) {
    io.stdout(markdown);
    return true;
  }

  const { writeFilesAtomic } = await import('../../util/write-file-atomic.js');
  // Every document is made before any is written, so a PDF that cannot be made leaves no Markdown behind.
  const documents: [target: string, content: string | Uint8Array][] = [];
  for (const [format, target] of source!) {
    if (format === 'md') documents.push([target, markdown]);
    else {
      const pdf = await renderPdf(ctx, file, result, agreement, markdown, run.template, options);
      if (!pdf) return false;
      documents.push([target, pdf]);
    }
  }
  // The Markdown and the PDF are written as a pair: both or neither, even if the process is killed meanwhile.
  const written = documents.map(([target]) => target);
  try {
    await writeFilesAtomic(documents.map(([target, content]) => [path.resolve(io.cwd, target), content] as const), { force: Boolean(options.force), createDirectories: options.output !== undefined });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const failed = (error as { file?: string }).file;
    const target = documents.find(([name]) => path.resolve(io.cwd, name) === failed)?.[0] ?? documents[0]![0];
    failure(ctx, code === 'EEXIST' ? `${target} already exists; add --force to replace it`
      : `cannot write ${target}: ${writeErrorReason(error)}`);
    return false;
  }
  io.stderr(`${err.green('✔')} ${showText(file)} → ${written.map(showText).join(', ')}${io.stderrIsTTY ? err.dim(` (${milliseconds(started)})`) : ''}\n`);
  return true;
}

/**
 * Where each format of one agreement goes. Refuses (exit 2) a document that exists without --force, and two
 * agreements that would write the same document, before anything of this agreement is written.
 */
async function targets(ctx: CliContext, run: RenderRun, file: string, formats: RenderFormat[], options: RenderOptions): Promise<Map<RenderFormat, string> | undefined> {
  const plan = new Map<RenderFormat, string>();
  if (file === STDIN && options.output === undefined) {
    failure(ctx, 'input from stdin needs a name for its documents: add --stdin-filename acme.sla.yaml, or -o FILE');
    return undefined;
  }
  for (const format of formats) {
    const target = options.output ?? outputPath(file, format, options.outDir, { summary: Boolean(options.summaryOnly) });
    const key = path.resolve(ctx.io.cwd, target);
    // Even --force never writes a document over the agreement it is made from.
    if (file !== STDIN && key === path.resolve(ctx.io.cwd, file)) {
      failure(ctx, `${file}: ${target} is the agreement itself; write the ${format === 'pdf' ? 'PDF' : 'Markdown'} to another file`);
      return undefined;
    }
    const earlier = run.planned.get(key);
    if (earlier) {
      failure(ctx, `${file}: ${target} is already written for ${earlier} in this run; use --out-dir with separate directories`);
      return undefined;
    }
    // Checked up front so that an existing PDF does not leave a fresh Markdown file beside a stale PDF.
    if (!options.force && (await stat(key).catch(() => undefined))) {
      failure(ctx, `${target} already exists; add --force to replace it`);
      return undefined;
    }
    plan.set(format, target);
  }
  for (const target of plan.values()) run.planned.set(path.resolve(ctx.io.cwd, target), file);
  return plan;
}

async function renderPdf(ctx: CliContext, file: string, result: AgreementResult, agreement: Agreement, markdown: string, template: ContractTemplate, options: RenderOptions): Promise<Uint8Array | undefined> {
  let creationDate: Date;
  try {
    creationDate = documentDate(agreement.effectiveDate ?? agreement.lastUpdated, ctx.io.env.SOURCE_DATE_EPOCH);
  } catch (error) {
    failure(ctx, (error as Error).message);
    return undefined;
  }
  if (options.logo) {
    // Opened here so that a directory or a file without read permission is named in words.
    const problem = await open(path.resolve(ctx.io.cwd, options.logo), 'r').then(
      async (handle) => ((await handle.stat().finally(() => handle.close())).isFile() ? undefined : 'this is a directory, not a file'),
      (error: unknown) => readErrorReason(error),
    );
    if (problem) {
      failure(ctx, `--logo ${options.logo}: ${problem}`);
      return undefined;
    }
  }
  const { markdownToPdf } = await import('../../pdf/markdown-to-pdf.js');
  try {
    return await markdownToPdf(markdown, contractPdfOptions(agreement, {
      sourceText: result.source.text,
      templateSha256: template.sha256,
      creationDate,
      ...(options.summaryOnly && { summaryOnly: true }),
      ...(options.paper && { paper: options.paper }),
      ...(options.logo && { logoPath: path.resolve(ctx.io.cwd, options.logo) }),
      ...(options.accent && { accentColor: options.accent }),
    }));
  } catch (error) {
    // Bad options (a logo pdfkit cannot read, a malformed colour) are the user's to fix, not a crash.
    failure(ctx, `${file}: cannot make the PDF: ${(error as Error).message}`);
    return undefined;
  }
}
