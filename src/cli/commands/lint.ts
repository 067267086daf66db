import { stat } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Chalk } from 'chalk';
import { Command, InvalidArgumentError, Option } from 'commander';
import { parse as parseYaml } from 'yaml';
import pkg from '../../../package.json' with { type: 'json' };
import type { FormatName } from '../../formatters/index.js';
import type { Linter as LintRunner, LintResult } from '../../lint/engine.js';
import type { ResolvedConfig } from '../../lint/config.js';
import type { RuleSetting } from '../../lint/types.js';
import { writeErrorReason } from '../../util/file-errors.js';
import { EXIT, failure, type CliContext } from '../context.js';
import { tuneHeapForLargeRun } from '../large-run.js';
import { addIgnoreOptions, loadStdin, noteUnusedStdinFilename, parseByteSize, reportSearch, searchOptions, type IgnoreFlags } from '../load-inputs.js';

interface LintOptions extends IgnoreFlags {
  format?: string[];
  outputFile?: string[];
  stdinFilename?: string;
  config?: string;
  maxWarnings?: number;
  quiet?: boolean;
  force?: boolean;
  reportUnusedDisableDirectives?: boolean | string;
  maxBytes?: number;
  rule?: string[];
  printConfig?: string;
  stats?: boolean;
}

const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'gitlab', 'checkstyle'];
const SEVERITIES = ['off', 'info', 'warning', 'error'];

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function nonNegativeInteger(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number of warnings, e.g. 0 or 10');
  return Number(value);
}

/** Where each format goes: a file, or stdout (undefined). Several formats may share stdout. */
function planOutputs(ctx: CliContext, formats: string[], outputFiles: string[]): Map<FormatName, string | undefined> | undefined {
  const plan = new Map<FormatName, string | undefined>();
  for (const name of formats.length > 0 ? formats : ['stylish']) {
    if (!FORMATS.includes(name)) {
      failure(ctx, `unknown format \`${name}\`; choose one of ${FORMATS.join(', ')}`);
      return undefined;
    }
    plan.set(name as FormatName, undefined);
  }
  for (const entry of outputFiles) {
    const match = /^([a-z]+)=(.+)$/.exec(entry);
    if (match && FORMATS.includes(match[1]!)) {
      plan.set(match[1] as FormatName, match[2]!);
      continue;
    }
    if (plan.size > 1 || formats.length > 1) {
      failure(ctx, `--output-file ${entry}: several formats are asked for; say which goes to the file, e.g. --output-file sarif=${entry}`);
      return undefined;
    }
    const [only] = plan.keys();
    plan.set(only!, entry);
  }
  const byFile = new Map<string, FormatName>();
  for (const [name, file] of plan) {
    if (file === undefined) continue;
    const key = path.resolve(ctx.io.cwd, file);
    const other = byFile.get(key);
    if (other) {
      failure(ctx, `--output-file: ${other} and ${name} would both be written to ${file}; give each format a file of its own`);
      return undefined;
    }
    byFile.set(key, name);
  }
  return plan;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `--rule 'id: severity'` or `--rule 'id: [severity, { option: value }]'` (YAML or JSON flow syntax, as ESLint's
 * `--rule`; several rules may be separated by commas). Later flags win. Returns the rule settings, or a message.
 */
function parseRuleFlags(values: readonly string[]): Record<string, unknown> | string {
  const settings: Record<string, unknown> = {};
  for (const value of values) {
    let parsed: unknown;
    for (const text of [value, `{${value}}`]) {
      try {
        parsed = parseYaml(text);
      } catch {
        parsed = undefined;
      }
      if (isPlainObject(parsed) && Object.keys(parsed).length > 0) break;
    }
    if (!isPlainObject(parsed) || Object.keys(parsed).length === 0) {
      return `--rule \`${value}\`: write a rule id and its severity, e.g. --rule 'vague-wording: error' or --rule 'client-responsibilities: [warning, { required: [designated-contact] }]'`;
    }
    Object.assign(settings, parsed);
  }
  return settings;
}

/** A resolved config as JSON (`--print-config`): each rule as `severity` or `[severity, options]`, as a config file writes it. */
function printableConfig(ctx: CliContext, config: ResolvedConfig): Record<string, unknown> {
  const rules: Record<string, unknown> = {};
  const messageSeverities: Record<string, unknown> = {};
  for (const [id, rule] of [...config.rules].sort(([a], [b]) => a.localeCompare(b))) {
    const hasOptions = !(isPlainObject(rule.options) && Object.keys(rule.options).length === 0);
    rules[id] = hasOptions ? [rule.severity, rule.options] : rule.severity;
    if (rule.messageSeverities) messageSeverities[id] = rule.messageSeverities;
  }
  return {
    configFile: config.file === undefined ? null : path.relative(ctx.io.cwd, path.resolve(ctx.io.cwd, config.file)) || config.file,
    rules,
    messageSeverities,
    ignores: config.ignores,
  };
}

/** `--stats`: time per rule over the run, slowest first, as ESLint's TIMING=1 table, on stderr. */
function printStats(ctx: CliContext, results: readonly LintResult[], totalTime: number): void {
  const byRule = new Map<string, { time: number; findings: number }>();
  for (const result of results) {
    for (const [id, entry] of Object.entries(result.stats?.rules ?? {})) {
      const sum = byRule.get(id) ?? { time: 0, findings: 0 };
      sum.time += entry.time;
      sum.findings += entry.findings;
      byRule.set(id, sum);
    }
  }
  const rows = [...byRule].sort(([a, x], [b, y]) => y.time - x.time || a.localeCompare(b));
  const ruleTime = rows.reduce((n, [, entry]) => n + entry.time, 0);
  const table = [['Rule', 'Time (ms)', 'Relative', 'Findings'], ...rows.map(([id, entry]) => [
    id,
    entry.time.toFixed(3),
    `${(ruleTime > 0 ? (entry.time / ruleTime) * 100 : 0).toFixed(1)}%`,
    String(entry.findings),
  ])];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  const line = (row: string[]): string => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ');
  const out = [line(table[0]!), widths.map((width, column) => (column === 0 ? `:${'-'.repeat(width)}` : `${'-'.repeat(width + 1)}:`)).join('|'), ...table.slice(1).map(line)];
  const files = results.length;
  out.push(`${files} file${files === 1 ? '' : 's'} linted in ${totalTime.toFixed(3)} ms; rules took ${ruleTime.toFixed(3)} ms`);
  ctx.io.stderr(`${out.join('\n')}\n`);
}

/** Keeps only errors (`--quiet`). `--max-warnings` is checked against the warnings found before this. */
function errorsOnly(result: LintResult): LintResult {
  return { ...result, findings: result.findings.filter((f) => f.severity === 'error'), warningCount: 0, infoCount: 0 };
}

export function lintCommand(ctx: CliContext): Command {
  const command = new Command('lint')
    .description('check agreements for the drafting mistakes that cause support disputes')
    .argument('[inputs...]', 'agreement files, directories (searched for *.sla.yaml / *.sla.yml) or globs; - reads stdin', ['.'])
    .addOption(new Option('-f, --format <format>', `output format, repeatable: ${FORMATS.join(', ')} (default: stylish)`).argParser(collect))
    .addOption(new Option('-o, --output-file <[format=]path>', 'write a format to a file instead of stdout, repeatable, e.g. sarif=results.sarif').argParser(collect))
    .option('--force', 'replace output files that already exist')
    .option('-c, --config <file>', 'use this config file for every input instead of the nearest .slarc.yaml')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', nonNegativeInteger)
    .option('-q, --quiet', 'report errors only')
    .option('--stdin-filename <name>', 'the file name to report (and find the config from) for input read from stdin')
    .option('--report-unused-disable-directives [severity]', 'report sla-disable comments that suppress nothing (default: warning)')
    .option('--no-report-unused-disable-directives', 'do not report unused sla-disable comments')
    .option('--max-bytes <size>', 'largest file accepted (default 1MB)', parseByteSize)
    .addOption(new Option('--rule <rule>', "set a rule on top of the config, repeatable: 'id: severity' or 'id: [severity, { option: value }]'").argParser(collect))
    .option('--print-config <file>', 'print the configuration that applies to a file as JSON, and lint nothing')
    .option('--stats', 'after the output, print the time each rule took (ms, share, findings) on stderr');
  return addIgnoreOptions(command, 'the configs\' ignores, --ignore-pattern and .gitignore')
    .addHelpText('after', `
Examples:
  $ sla lint                                  lint every *.sla.yaml under the current directory
  $ sla lint agreements/acme.sla.yaml --max-warnings 0
  $ sla lint --format stylish --format sarif --output-file sarif=results.sarif
  $ sla lint --format github                  annotations on a GitHub pull request
  $ cat draft.yaml | sla lint - --stdin-filename agreements/draft.sla.yaml
  $ sla lint --ignore-pattern 'drafts/**' --no-error-on-unmatched-pattern
  $ sla lint --rule 'vague-wording: error' --rule 'timezone-abbreviation: off'
  $ sla lint --print-config agreements/acme.sla.yaml

Configuration: .slarc.yaml (or sla.config.yaml), found by walking up from each file; see docs/lint.md.
Inline: # sla-disable-next-line <rule-id>[, <rule-id>] -- reason   |   # sla-disable <rule-id>   (whole file)
Ignored: files the configs' ignores or --ignore-pattern match; in directory walks and globs also what .gitignore
ignores. A named file that is ignored is skipped with a warning (exit 0; --no-warn-ignored hides it).

Exit codes: 0 no errors (ignored named files too), 1 errors or more warnings than --max-warnings,
            2 could not lint: bad config, unreadable file, an output file exists, an input that matches no file
            or whose every match is ignored (--no-error-on-unmatched-pattern allows those two).`)
    .action(async (inputs: string[], options: LintOptions) => {
      const plan = planOutputs(ctx, options.format ?? [], options.outputFile ?? []);
      if (!plan) return;
      const unused = options.reportUnusedDisableDirectives;
      if (typeof unused === 'string' && !SEVERITIES.includes(unused)) {
        failure(ctx, `--report-unused-disable-directives takes ${SEVERITIES.join(', ')}, not \`${unused}\``);
        return;
      }
      const ruleOverrides = options.rule ? parseRuleFlags(options.rule) : undefined;
      if (typeof ruleOverrides === 'string') {
        failure(ctx, ruleOverrides);
        return;
      }
      if (options.printConfig !== undefined) {
        await printConfig(ctx, options, options.printConfig, ruleOverrides);
        return;
      }
      for (const file of plan.values()) {
        if (file === undefined || options.force) continue;
        if (await stat(path.resolve(ctx.io.cwd, file)).catch(() => undefined)) {
          failure(ctx, `${file} already exists; add --force to replace it`);
          return;
        }
      }

      // The engine, the rules and Ajv load only when linting, to keep every other command's start-up fast.
      const { Linter, ENGINE_CHECKS, ruleDocsUrl } = await import('../../lint/engine.js');
      const { ConfigError } = await import('../../lint/config.js');
      const { FORMATTERS } = await import('../../formatters/index.js');
      const { writeFileAtomic } = await import('../../util/write-file-atomic.js');

      const { RuleOverrideError } = await import('../../lint/config.js');
      const results: LintResult[] = [];
      const started = performance.now();
      let linter: LintRunner;
      try {
        linter = await Linter.create({
          cwd: ctx.io.cwd,
          ...(options.config ? { configFile: options.config } : {}),
          ...(ruleOverrides ? { ruleOverrides } : {}),
          ...(options.stats ? { collectStats: true } : {}),
          reportUnusedDisableDirectives: unused === false ? 'off' : typeof unused === 'string' ? (unused as RuleSetting) : 'warning',
          ...(options.maxBytes ? { load: { limits: { maxBytes: options.maxBytes } } } : {}),
          ...searchOptions(options),
        });
        noteUnusedStdinFilename(ctx, inputs, options.stdinFilename);
        const named = inputs.filter((input) => input !== '-');
        if (named.length < inputs.length) {
          results.push(await linter.lintLoaded(await loadStdin(ctx, options.stdinFilename ?? '<stdin>', options.maxBytes)));
        }
        if (named.length > 0) {
          const run = await linter.lintFiles(named, { onFilesFound: (files) => tuneHeapForLargeRun(files.length) });
          reportSearch(ctx, run, options);
          results.push(...run.results);
        }
      } catch (error) {
        if (error instanceof ConfigError) {
          const file = path.relative(ctx.io.cwd, path.resolve(ctx.io.cwd, error.file)) || error.file;
          failure(ctx, `${file}:${error.range.line}:${error.range.column}: ${error.message} (the config file is not valid; see docs/lint.md#configuration)`);
          return;
        }
        if (error instanceof RuleOverrideError) {
          failure(ctx, `--rule: ${error.message}`);
          return;
        }
        throw error;
      }
      const totalTime = performance.now() - started;

      for (const result of results) {
        for (const crash of result.ruleFailures) {
          failure(ctx, `rule \`${crash.ruleId}\` failed on ${result.file}: ${crash.message} (a bug in sla; please report it)`);
        }
      }

      const errors = results.reduce((n, r) => n + r.errorCount, 0);
      const warnings = results.reduce((n, r) => n + r.warningCount, 0);
      const shown = options.quiet ? results.map(errorsOnly) : results;
      const rules = [
        ...ENGINE_CHECKS.map((check) => ({ ...check })),
        ...linter.rules.map((rule) => ({ id: rule.meta.id, description: rule.meta.description, defaultSeverity: rule.meta.defaultSeverity, docsUrl: ruleDocsUrl(rule.meta.id), category: rule.meta.category })),
      ];
      const toolVersion = pkg.version;
      const linted = new Set(results.map((result) => path.resolve(ctx.io.cwd, result.file)));
      for (const [name, file] of plan) {
        const formatter = FORMATTERS[name];
        if (file !== undefined && linted.has(path.resolve(ctx.io.cwd, file))) {
          // Even --force never writes findings over an agreement that was linted.
          failure(ctx, `--output-file ${file} is one of the agreements linted; write the ${name} output to another file`);
          continue;
        }
        if (file === undefined) {
          const context = { cwd: ctx.io.cwd, color: ctx.out, rules, toolVersion };
          if (formatter.pieces) for (const piece of formatter.pieces(shown, context)) ctx.io.stdout(piece);
          else ctx.io.stdout(formatter(shown, context));
          continue;
        }
        const target = path.resolve(ctx.io.cwd, file);
        try {
          await writeFileAtomic(target, formatter(shown, { cwd: ctx.io.cwd, color: new Chalk({ level: 0 }), rules, toolVersion }), { force: true, createDirectories: true });
        } catch (error) {
          failure(ctx, `cannot write ${file}: ${writeErrorReason(error)}`);
        }
      }

      if (errors > 0) ctx.exitCode = Math.max(ctx.exitCode, EXIT.inputProblems);
      if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
        ctx.io.stderr(`${ctx.err.red('sla:')} ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${options.maxWarnings}\n`);
        ctx.exitCode = Math.max(ctx.exitCode, EXIT.inputProblems);
      }
      if (options.stats) printStats(ctx, results, totalTime);
    });
}

/** `--print-config <file>`: the configuration that applies to the file, with `--rule` on top, as JSON on stdout. */
async function printConfig(ctx: CliContext, options: LintOptions, file: string, ruleOverrides: Record<string, unknown> | undefined): Promise<void> {
  const info = await stat(path.resolve(ctx.io.cwd, file)).catch(() => undefined);
  if (!info) {
    failure(ctx, `${file}: no such file or directory`);
    return;
  }
  const { Linter } = await import('../../lint/engine.js');
  const { ConfigError, RuleOverrideError } = await import('../../lint/config.js');
  try {
    const linter = await Linter.create({
      cwd: ctx.io.cwd,
      ...(options.config ? { configFile: options.config } : {}),
      ...(ruleOverrides ? { ruleOverrides } : {}),
    });
    const config = await linter.configFor(file);
    ctx.io.stdout(`${JSON.stringify(printableConfig(ctx, config), null, 2)}\n`);
  } catch (error) {
    if (error instanceof ConfigError) {
      const configFile = path.relative(ctx.io.cwd, path.resolve(ctx.io.cwd, error.file)) || error.file;
      failure(ctx, `${configFile}:${error.range.line}:${error.range.column}: ${error.message} (the config file is not valid; see docs/lint.md#configuration)`);
      return;
    }
    if (error instanceof RuleOverrideError) {
      failure(ctx, `--rule: ${error.message}`);
      return;
    }
    throw error;
  }
}
