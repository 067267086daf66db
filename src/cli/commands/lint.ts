import { rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Chalk } from 'chalk';
import { Command, InvalidArgumentError, Option } from 'commander';
import { parse as parseYaml } from 'yaml';
import pkg from '../../../package.json' with { type: 'json' };
import type { LintCache } from '../../lint/cache.js';
import type { CustomFormatter } from '../../formatters/custom.js';
import type { Formatter } from '../../formatters/types.js';
import type { Linter as LintRunner, LintResult } from '../../lint/engine.js';
import type { ResolvedConfig } from '../../lint/config.js';
import type { RuleSetting } from '../../lint/types.js';
import { writeErrorReason } from '../../util/file-errors.js';
import { EXIT, failure, type CliContext } from '../context.js';
import { tuneHeapForLargeRun } from '../large-run.js';
import { createProgress } from '../progress.js';
import { choiceOption, renamedFlag, matchChoice, renamedNote, takeRenamed } from '../options.js';
import { concurrencyOption } from '../concurrency-option.js';
import type { Concurrency } from '../../lint/parallel.js';
import { addIgnoreOptions, loadStdin, noteUnusedStdinFilename, parseByteSize, reportSearch, searchOptions, type IgnoreFlags } from '../load-inputs.js';

interface LintOptions extends IgnoreFlags {
  format?: string[];
  output?: string[];
  /** The 0.1 spelling of --output, folded into it. */
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
  cache?: boolean;
  cacheLocation?: string;
  progress?: boolean;
  debug?: boolean;
  concurrency?: Concurrency;
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

/** A `--format` value that names a formatter module (`./my-formatter.js`) rather than a built-in format. */
function isFormatterPath(value: string): boolean {
  return /[\\/]/.test(value) || /\.[cm]?js$/i.test(value);
}

/**
 * Where each format goes: a file, or stdout (undefined). One format at most goes to stdout; each other format needs
 * a file (`-o sarif=results.sarif`), because two formats mixed on one stream can be read by neither tool.
 */
function planOutputs(ctx: CliContext, formats: string[], outputs: string[]): Map<string, string | undefined> | undefined {
  const plan = new Map<string, string | undefined>();
  for (const name of formats.length > 0 ? formats : ['stylish']) plan.set(name, undefined);
  for (const entry of outputs) {
    const match = /^([A-Za-z]+)=(.+)$/.exec(entry);
    const named = match ? matchFormat(match[1]!) : undefined;
    if (match && named) {
      plan.set(named, match[2]!);
      continue;
    }
    if (plan.size > 1) {
      failure(ctx, `--output ${entry}: several formats are asked for; say which goes to the file, e.g. --output sarif=${entry}`);
      return undefined;
    }
    const [only] = plan.keys();
    plan.set(only!, entry === '-' ? undefined : entry);
  }
  const toStdout = [...plan].filter(([, file]) => file === undefined).map(([name]) => name);
  if (toStdout.length > 1) {
    const [first, second] = toStdout;
    failure(ctx, `${toStdout.map((name) => `\`${name}\``).join(' and ')} would all be written to stdout; keep one there and give each other format a file, e.g. --format ${first} --format ${second} --output ${second}=results.${second === 'sarif' ? 'sarif' : 'txt'}`);
    return undefined;
  }
  const byFile = new Map<string, string>();
  for (const [name, file] of plan) {
    if (file === undefined) continue;
    const key = path.resolve(ctx.io.cwd, file);
    const other = byFile.get(key);
    if (other) {
      failure(ctx, `--output: ${other} and ${name} would both be written to ${file}; give each format a file of its own`);
      return undefined;
    }
    byFile.set(key, name);
  }
  return plan;
}

/** The built-in format `value` names, without case; undefined for anything else. */
function matchFormat(value: string): string | undefined {
  return FORMATS.find((name) => name === value.toLowerCase());
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
    // What the config is made from: the config file, what it extends, and each plugin's entry and package.json.
    plugins: (config.plugins ?? []).map((plugin) => ({ prefix: plugin.prefix, name: plugin.name, ...(plugin.version ? { version: plugin.version } : {}), file: relativeTo(ctx, plugin.file) })),
    sources: config.sources.map((file) => relativeTo(ctx, file)),
  };
}

/** A path as the user would write it from the current directory. */
function relativeTo(ctx: CliContext, file: string): string {
  return path.relative(ctx.io.cwd, path.resolve(ctx.io.cwd, file)) || file;
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

/** The formatter for each `--format`: built-in by name, else the module at that path (exit 2 when it cannot load). */
async function loadFormatters(ctx: CliContext, names: readonly string[]): Promise<Map<string, Formatter | CustomFormatter> | undefined> {
  const { FORMATTERS } = await import('../../formatters/index.js');
  const formatters = new Map<string, Formatter | CustomFormatter>();
  for (const name of names) {
    if (Object.hasOwn(FORMATTERS, name)) {
      formatters.set(name, FORMATTERS[name as keyof typeof FORMATTERS]);
      continue;
    }
    const { loadCustomFormatter } = await import('../../formatters/custom.js');
    try {
      formatters.set(name, await loadCustomFormatter(name, ctx.io.cwd));
    } catch (error) {
      failure(ctx, (error as Error).message);
      return undefined;
    }
  }
  return formatters;
}

/** `840 ms`, `2.4 s`: how long a run took, for a person. */
function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** Keeps only errors (`--quiet`). `--max-warnings` is checked against the warnings found before this. */
function errorsOnly(result: LintResult): LintResult {
  return { ...result, findings: result.findings.filter((f) => f.severity === 'error'), warningCount: 0, infoCount: 0 };
}

export function lintCommand(ctx: CliContext): Command {
  const command = new Command('lint')
    .description('check agreements for the drafting mistakes that cause support disputes')
    .argument('[inputs...]', 'agreement files, directories (searched for *.sla.yaml / *.sla.yml) or globs; - reads stdin', ['.'])
    .addOption(choiceOption('-f, --format <format>', 'output format, repeatable, or a formatter module\'s path (./my-formatter.js; see docs/cli.md#custom-formatters) (default: stylish)', FORMATS, { noun: 'a format', repeatable: true, alsoAccept: isFormatterPath }))
    .addOption(new Option('-o, --output <[format=]path>', 'write a format to a file instead of stdout, repeatable, e.g. sarif=results.sarif; folders are created').argParser(collect))
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
    .option('--stats', 'after the output, print the time each rule took (ms, share, findings) on stderr')
    .option('--cache', 'lint only files that changed (content, config, rules or sla version) since the last --cache run; the others report their last results')
    .option('--cache-location <path>', 'the cache file, or a directory to keep it in (default .slacache)')
    .option('--progress', 'show [n/N] on stderr even outside a terminal or in CI')
    .option('--no-progress', 'never show progress')
    .option('--debug', 'say on stderr what the run does: configs, files, cache hits, time per phase')
    .addOption(concurrencyOption());
  command.addOption(renamedFlag('--output-file <[format=]path>', { repeatable: true }));
  return addIgnoreOptions(command, 'the configs\' ignores, --ignore-pattern and .gitignore')
    .addHelpText('after', `
Examples:
  $ sla lint                                  lint every *.sla.yaml under the current directory
  $ sla lint agreements/acme.sla.yaml --max-warnings 0
  $ sla lint --format stylish --format sarif --output sarif=results.sarif
  $ sla lint --format github                  annotations on a GitHub pull request
  $ cat draft.yaml | sla lint - --stdin-filename agreements/draft.sla.yaml
  $ sla lint --ignore-pattern 'drafts/**' --no-error-on-unmatched-pattern
  $ sla lint --rule 'vague-wording: error' --rule 'timezone-abbreviation: off'
  $ sla lint --print-config agreements/acme.sla.yaml
  $ sla lint --cache                           a second run re-lints only what changed

Configuration: .slarc.yaml (or sla.config.yaml), found by walking up from each file; see docs/lint.md.
Inline: # sla-disable-next-line <rule-id>[, <rule-id>] -- reason   |   # sla-disable <rule-id>   (whole file)
Ignored: files the configs' ignores or --ignore-pattern match; in directory walks and globs also what .gitignore
ignores. A named file that is ignored is skipped with a warning (exit 0; --no-warn-ignored hides it).

Exit codes: 0 no errors (ignored named files too), 1 errors or more warnings than --max-warnings,
            2 could not lint: bad config, unreadable file, an output file exists, an input that matches no file
            or whose every match is ignored (--no-error-on-unmatched-pattern allows those two).`)
    .action(async (inputs: string[], options: LintOptions) => {
      takeRenamed(ctx, options, 'outputFile', 'output', renamedNote('--output-file', '--output (-o)'));
      const plan = planOutputs(ctx, options.format ?? [], options.output ?? []);
      if (!plan) return;
      let unused = options.reportUnusedDisableDirectives;
      if (typeof unused === 'string') {
        try {
          unused = matchChoice(unused, SEVERITIES, 'a severity');
        } catch (error) {
          failure(ctx, `--report-unused-disable-directives: ${(error as Error).message}`);
          return;
        }
      }
      const unusedSeverity: RuleSetting = unused === false ? 'off' : typeof unused === 'string' ? (unused as RuleSetting) : 'warning';
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
      const { Linter, ENGINE_CHECKS, docsUrlOf } = await import('../../lint/engine.js');
      const { ConfigError } = await import('../../lint/config.js');
      const formatters = await loadFormatters(ctx, [...plan.keys()]);
      if (!formatters) return;
      const { writeFileAtomic } = await import('../../util/write-file-atomic.js');

      const { RuleOverrideError } = await import('../../lint/config.js');
      const results: LintResult[] = [];
      const { LintCache, isCacheFile, resolveCacheLocation } = await import('../../lint/cache.js');
      const { loadBuiltInRules } = await import('../../lint/engine.js');
      const { DEFAULT_LIMITS } = await import('../../load/parse-yaml.js');
      const started = performance.now();
      const debug = options.debug ? (message: string): void => ctx.io.stderr(`sla:debug ${(performance.now() - started).toFixed(0).padStart(5)} ms  ${message}\n`) : undefined;
      debug?.(`sla ${pkg.version}, Node ${process.version}, cwd ${ctx.io.cwd}`);
      const cacheFile = await resolveCacheLocation(options.cacheLocation, ctx.io.cwd);
      let cache: LintCache | undefined;
      if (options.cache) {
        cache = await LintCache.open({
          file: cacheFile,
          toolVersion: pkg.version,
          rules: await loadBuiltInRules(),
          settings: { reportUnusedDisableDirectives: unusedSeverity, maxBytes: options.maxBytes ?? DEFAULT_LIMITS.maxBytes },
        });
        debug?.(`cache ${path.relative(ctx.io.cwd, cacheFile) || cacheFile}`);
      } else if (await isCacheFile(cacheFile)) {
        // As ESLint: a run without --cache removes the cache, which could otherwise be stale the next time.
        await rm(cacheFile, { force: true });
        debug?.(`removed the cache ${cacheFile} (run without --cache)`);
      }
      const progress = createProgress(ctx, options.progress);
      let linter: LintRunner;
      try {
        linter = await Linter.create({
          cwd: ctx.io.cwd,
          ...(options.config ? { configFile: options.config } : {}),
          ...(ruleOverrides ? { ruleOverrides } : {}),
          ...(options.stats ? { collectStats: true } : {}),
          ...(cache ? { cache } : {}),
          ...(options.concurrency !== undefined && options.concurrency !== 'off' ? { concurrency: options.concurrency } : {}),
          reportUnusedDisableDirectives: unusedSeverity,
          ...(options.maxBytes ? { load: { limits: { maxBytes: options.maxBytes } } } : {}),
          ...searchOptions(options),
        });
        noteUnusedStdinFilename(ctx, inputs, options.stdinFilename);
        const named = inputs.filter((input) => input !== '-');
        if (named.length < inputs.length) {
          results.push(await linter.lintLoaded(await loadStdin(ctx, options.stdinFilename ?? '<stdin>', options.maxBytes)));
        }
        if (named.length > 0) {
          const run = await linter.lintFiles(named, {
            onFilesFound: (files) => {
              debug?.(`${files.length} file${files.length === 1 ? '' : 's'} to lint`);
              tuneHeapForLargeRun(files.length);
            },
            ...(progress ? { onProgress: progress.update } : {}),
            onWorkers: (count) => debug?.(count > 0 ? `linting in ${count} worker threads (--concurrency ${options.concurrency})` : `linting in this thread (--concurrency ${options.concurrency})`),
          });
          progress?.end();
          reportSearch(ctx, run, options);
          results.push(...run.results);
        }
      } catch (error) {
        progress?.end();
        if (error instanceof ConfigError) {
          const file = path.relative(ctx.io.cwd, path.resolve(ctx.io.cwd, error.file)) || error.file;
          failure(ctx, `${file}:${error.range.line}:${error.range.column}: ${error.message} (the config file is not valid; see docs/lint.md#configuration)`);
          return;
        }
        if (error instanceof RuleOverrideError) {
          failure(ctx, `--rule: ${error.message}`);
          return;
        }
        if ((error as Error)?.name === 'WorkerError') {
          failure(ctx, (error as Error).message);
          return;
        }
        throw error;
      }
      if (debug) {
        const configs = new Map<string, number>();
        for (const result of results) {
          const config = await linter.configFor(result.file);
          const name = config.file === undefined ? 'sla:recommended (no config file)' : path.relative(ctx.io.cwd, config.file) || config.file;
          configs.set(name, (configs.get(name) ?? 0) + 1);
        }
        for (const [name, count] of configs) debug(`config ${name}: ${count} file${count === 1 ? '' : 's'}`);
        debug(`linted ${results.length} file${results.length === 1 ? '' : 's'}${cache ? ` (cache: ${cache.counts.hits} unchanged, ${cache.counts.misses} linted)` : ''}`);
      }
      if (cache) {
        try {
          await cache.save();
        } catch (error) {
          // A cache that cannot be written costs speed next time, not correctness: say so and go on.
          ctx.io.stderr(`${ctx.err.yellow('sla:')} cannot write the cache ${cache.file}: ${writeErrorReason(error)}\n`);
        }
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
        // Plugin rules too, so SARIF's tool.driver.rules (and ruleIndex) and the other formats know them.
        ...[...linter.rules, ...linter.pluginRules].map((rule) => ({ id: rule.meta.id, description: rule.meta.description, defaultSeverity: rule.meta.defaultSeverity, docsUrl: docsUrlOf(rule), category: rule.meta.category })),
      ];
      const toolVersion = pkg.version;
      const linted = new Set(results.map((result) => path.resolve(ctx.io.cwd, result.file)));
      for (const [name, file] of plan) {
        const formatter = formatters.get(name)!;
        if (file !== undefined && linted.has(path.resolve(ctx.io.cwd, file))) {
          // Even --force never writes findings over an agreement that was linted.
          failure(ctx, `--output ${file} is one of the agreements linted; write the ${name} output to another file`);
          continue;
        }
        const context = { cwd: ctx.io.cwd, color: file === undefined ? ctx.out : new Chalk({ level: 0 }), rules, toolVersion };
        if (file === undefined && 'pieces' in formatter && formatter.pieces) {
          for (const piece of formatter.pieces(shown, context)) ctx.io.stdout(piece);
          continue;
        }
        let text: string;
        try {
          text = await formatter(shown, context);
          if (typeof text !== 'string') throw new TypeError(`it returned ${text === null ? 'null' : typeof text}, not a string`);
        } catch (error) {
          // Only a formatter module can fail here; the built-in ones never throw.
          failure(ctx, `formatter ${name} failed: ${(error as Error)?.message ?? String(error)}`);
          continue;
        }
        if (file === undefined) {
          ctx.io.stdout(text);
          continue;
        }
        try {
          await writeFileAtomic(path.resolve(ctx.io.cwd, file), text, { force: true, createDirectories: true });
        } catch (error) {
          failure(ctx, `cannot write ${file}: ${writeErrorReason(error)}`);
        }
      }
      if (plan.get('stylish') === undefined && plan.has('stylish') && ctx.io.stdoutIsTTY && shown.every((result) => result.findings.length === 0)) {
        // ESLint prints nothing when all is well; on a terminal a person is reading, so say what was checked.
        const count = results.length;
        ctx.io.stdout(`${ctx.out.green('✔')} ${count.toLocaleString('en')} file${count === 1 ? '' : 's'} checked, no problems found (${formatDuration(totalTime)})\n`);
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
