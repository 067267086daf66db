import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { loadAgreementText } from '../../agreement.js';
import { AGREEMENT_FILE } from '../../files.js';
import { SCHEMA_ID } from '../../schema.js';
import { canonicalLocale, hasCatalog, SUPPORTED_LOCALES } from '../../i18n/catalog.js';
import { checkFact, defaultFact, defaultReason, FACTS, processEnvironment, type Environment, type FactName, type InitFacts } from '../../init/facts.js';
import { HOLIDAY_REGIONS, HOLIDAY_YEARS } from '../../init/holidays.js';
import { PRESETS, TIER_IDS } from '../../init/presets.js';
import type { PromptStreams } from '../../init/prompts.js';
import type { Scaffold } from '../../init/scaffold.js';
import { failure, type CliContext } from '../context.js';

interface InitOptions {
  client?: string;
  provider?: string;
  workflow?: string;
  timezone?: string;
  tier?: string;
  effectiveDate?: string;
  holidays?: string;
  locale?: string;
  yes?: boolean;
  force?: boolean;
  stdout?: boolean;
  repo?: string | boolean;
}

export interface InitDependencies {
  /** Where interactive prompts read and draw; the terminal by default (drawn on stderr, so stdout stays clean). */
  promptStreams(): PromptStreams;
}

const DEFAULT_FILE = 'agreement.sla.yaml';
const OPTION_OF: Record<FactName, keyof InitOptions> = {
  client: 'client', provider: 'provider', workflow: 'workflow', timezone: 'timezone', tier: 'tier', effectiveDate: 'effectiveDate', holidays: 'holidays',
};

/** The facts given as flags, checked; every bad flag is reported, not only the first. */
function factsFromFlags(ctx: CliContext, options: InitOptions): Partial<InitFacts> | undefined {
  const known: Partial<InitFacts> = {};
  let ok = true;
  for (const { name, flag } of FACTS) {
    const value = options[OPTION_OF[name]];
    if (typeof value !== 'string') continue;
    const checked = checkFact(name, value);
    if (checked.ok) (known as Record<string, string>)[name] = checked.value;
    else {
      failure(ctx, `${flag}: ${checked.message}`);
      ok = false;
    }
  }
  if (typeof options.locale === 'string') {
    try {
      known.locale = canonicalLocale(options.locale);
    } catch (error) {
      failure(ctx, `--locale: ${(error as Error).message}`);
      ok = false;
    }
  }
  return ok ? known : undefined;
}

/** Fills in defaults for the facts nobody gave, and says on stderr what was assumed and how to set it. */
function assumeDefaults(ctx: CliContext, known: Partial<InitFacts>, missing: FactName[], env: Environment, why: string): InitFacts {
  const facts = { ...known };
  const lines: string[] = [];
  for (const { name, flag } of FACTS) {
    if (!missing.includes(name)) continue;
    const value = defaultFact(name, facts, env);
    (facts as Record<string, string>)[name] = value;
    const reason = defaultReason(name, value, env);
    lines.push(`  ${flag} ${/\s/.test(value) ? `"${value}"` : value}${reason === 'default' ? '' : `  (${reason})`}`);
  }
  if (lines.length) ctx.io.stderr(`${ctx.err.yellow('sla:')} ${why}; assumed:\n${lines.join('\n')}\n  Pass these flags to choose other values.\n`);
  return facts as InitFacts;
}

/** A bug guard: the scaffold must always be a valid agreement. */
function checkScaffold(ctx: CliContext, text: string, file: string): boolean {
  const result = loadAgreementText(text, file);
  if (result.ok) return true;
  const first = result.diagnostics[0];
  failure(ctx, `internal error: the scaffold is not a valid agreement (${first ? `${first.message} at ${first.pointer}` : 'unknown problem'}); this is a bug in sla, please report it`);
  return false;
}

/** Says whether `sla init` can go on: false once it has reported that a target exists (exit 2). */
type Preflight = (known: Partial<InitFacts>, env: Environment) => Promise<boolean>;

/** The facts from the flags, then from prompts (in a terminal) or the defaults (anywhere else). */
async function chooseFacts(ctx: CliContext, options: InitOptions, deps: InitDependencies, preflight: Preflight): Promise<InitFacts | undefined> {
  const known = factsFromFlags(ctx, options);
  if (!known) return undefined;
  let env: Environment;
  try {
    env = processEnvironment(ctx.io.env);
  } catch (error) {
    return void failure(ctx, (error as Error).message);
  }
  // Before any question: answering them all only to hear that the file exists wastes the user's time.
  if (!(await preflight(known, env))) return undefined;
  const missing = FACTS.map((f) => f.name).filter((name) => known[name] === undefined);
  // Questions are drawn on stderr, so both ends must be a terminal: someone to read them and someone to answer.
  const canAsk = ctx.io.stdinIsTTY && ctx.io.stderrIsTTY;
  if (missing.length && canAsk && !options.yes) {
    const { askForFacts, PromptCancelled } = await import('../../init/prompts.js');
    try {
      return (await askForFacts(missing, known, env, deps.promptStreams(), { askLocale: known.locale === undefined })) as InitFacts;
    } catch (error) {
      if (error instanceof PromptCancelled) return void failure(ctx, error.message);
      throw error;
    }
  }
  const why = options.yes ? '--yes' : `standard ${ctx.io.stdinIsTTY ? 'error' : 'input'} is not a terminal, so nothing was asked`;
  return assumeDefaults(ctx, known, missing, env, why);
}

/** What to write where. The builders load only when init runs, to keep other commands' start-up small. */
interface Plan extends Scaffold {
  directory: string;
}

async function planRepository(ctx: CliContext, facts: InitFacts, repo: string): Promise<Plan> {
  const { scaffoldRepository } = await import('../../init/scaffold.js');
  const directory = path.resolve(ctx.io.cwd, repo);
  const scaffold = scaffoldRepository(facts, path.basename(directory));
  return { directory, ...scaffold, notes: [...scaffold.notes, ...localeNotes(facts)] };
}

async function planAgreementFile(ctx: CliContext, facts: InitFacts, file: string | undefined, options: InitOptions): Promise<Plan | undefined> {
  const { scaffoldAgreement } = await import('../../init/scaffold.js');
  const { schemaReference } = await import('../../init/schema-ref.js');
  const cwd = ctx.io.cwd;
  const target = path.resolve(cwd, file ?? DEFAULT_FILE);
  if (await isDirectory(target)) return void failure(ctx, directoryMessage(file ?? DEFAULT_FILE));
  const directory = path.dirname(target);
  const schemaRef = schemaReference(directory);
  const { text, notes } = scaffoldAgreement(facts, schemaRef);
  notes.push(...localeNotes(facts));
  if (schemaRef === SCHEMA_ID) {
    notes.push(`no sla in node_modules here, so editors get the schema from ${SCHEMA_ID}; for a local copy run \`sla schema > sla.schema.json\` and change the first line to $schema=./sla.schema.json`);
  }
  if (!AGREEMENT_FILE.test(target) && !options.stdout) notes.push(`${path.basename(target)} does not end in .sla.yaml, so \`sla lint\` and \`sla validate\` will not find it when given a directory`);
  const agreementPath = path.basename(target);
  return { directory, agreementPath, files: [{ path: agreementPath, content: text }], notes };
}

/** A locale without a catalog is accepted (dates and numbers follow it), but the words are English: say so. */
function localeNotes(facts: InitFacts): string[] {
  return facts.locale && !hasCatalog(facts.locale)
    ? [`sla has no catalog for ${facts.locale}, so the agreement's text is in English (sla writes ${SUPPORTED_LOCALES.join(', ')}); its dates and numbers follow ${facts.locale}`]
    : [];
}

/** The files created (stdout, the result) and what to do next (stderr). */
function reportWritten(ctx: CliContext, facts: InitFacts, plan: Plan, written: string[], isRepo: boolean): void {
  const shown = (name: string) => path.relative(ctx.io.cwd, path.join(plan.directory, name)) || name;
  for (const file of written) ctx.io.stdout(`created ${shown(file)}\n`);
  const agreementFile = shown(plan.agreementPath);
  ctx.io.stderr(`${PRESETS[facts.tier].name} agreement for ${facts.client} (${facts.timezone}, holidays: ${facts.holidays}${facts.locale ? `, locale: ${facts.locale}` : ''}). Next:\n`
    + (isRepo
      ? `  cd ${shown('.')} && npm install && npx sla lint agreements && npm run render\n`
      : `  sla lint ${agreementFile}\n  sla render ${agreementFile}\n`));
}

/**
 * Checks, before anything is asked, that what init would write does not exist yet (unless `--force`, or `--stdout`
 * which writes nothing), with the message and exit code the write itself gives (write-files.ts). For a file: the
 * file (and that it is not a directory). For `--repo`: every file of the repository whose name does not depend on
 * the answers; the agreement's own file under agreements/ is named after the client and workflow, so it is still
 * checked when writing.
 */
async function checkTargets(ctx: CliContext, options: InitOptions, file: string | undefined, repo: string | undefined, known: Partial<InitFacts>, env: Environment): Promise<boolean> {
  const target = path.resolve(ctx.io.cwd, file ?? DEFAULT_FILE);
  if (repo === undefined && (await isDirectory(target))) {
    failure(ctx, directoryMessage(file ?? DEFAULT_FILE));
    return false;
  }
  if (options.force || options.stdout) return true;
  let directory: string;
  let paths: string[];
  if (repo === undefined) {
    directory = path.dirname(target);
    paths = [path.basename(target)];
  } else {
    const { scaffoldRepository } = await import('../../init/scaffold.js');
    directory = path.resolve(ctx.io.cwd, repo);
    const provisional = { ...known };
    for (const { name } of FACTS) if (provisional[name] === undefined) (provisional as Record<string, string>)[name] = defaultFact(name, provisional, env);
    const scaffold = scaffoldRepository(provisional as InitFacts, path.basename(directory));
    paths = scaffold.files.map((f) => f.path).filter((p) => p !== scaffold.agreementPath);
  }
  const existing: string[] = [];
  for (const relative of paths) if (await exists(path.resolve(directory, relative))) existing.push(relative);
  if (existing.length === 0) return true;
  failure(ctx, `${existing.length === 1 ? `${existing[0]} already exists` : `${existing.length} files already exist: ${existing.join(', ')}`}; use --force to overwrite`);
  return false;
}

function directoryMessage(file: string): string {
  return `${file} is a directory; name the file to write, e.g. ${path.join(file, DEFAULT_FILE)}`;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(() => true, () => false);
}

async function isDirectory(file: string): Promise<boolean> {
  return stat(file).then((info) => info.isDirectory(), () => false);
}

function tierHelp(): string {
  return TIER_IDS.map((id) => `  ${id.padEnd(10)} ${PRESETS[id].summary}`).join('\n');
}

export function initCommand(ctx: CliContext, deps: InitDependencies = { promptStreams: () => ({ input: process.stdin, output: process.stderr }) }): Command {
  return new Command('init')
    .description('write a complete, commented, lint-clean agreement from a tier preset (or a whole contract repository with --repo)')
    .argument('[file]', `the agreement file to write (default ${DEFAULT_FILE})`)
    .option('--client <name>', 'the client receiving support')
    .option('--provider <name>', 'your agency, the provider of support')
    .option('--workflow <name>', 'the AI workflow supported, e.g. "Invoice extraction"')
    .option('--tier <tier>', `service tier: ${TIER_IDS.join(', ')} (default standard)`)
    .option('--timezone <zone>', "IANA time zone of the support team, e.g. Europe/Berlin (default: this machine's)")
    .option('--holidays <region>', `public holidays for the business-hours calendar: ${HOLIDAY_REGIONS.map((r) => r.id).join(', ')} or none (default: from the time zone)`)
    .option('--locale <tag>', `the language the agreement is written in: ${SUPPORTED_LOCALES.join(', ')} (default: English, en-US with us holidays, else en-GB; in a terminal, asked when the holidays are de, fr or nl)`)
    .option('--effective-date <date>', 'the date the agreement takes effect, YYYY-MM-DD (default: the first of next month)')
    .option('-y, --yes', 'do not ask; use the defaults for anything not given')
    .option('--force', 'overwrite files that already exist')
    .option('--stdout', 'print the agreement instead of writing a file')
    .option('--repo [dir]', 'set up a contract repository in dir (default: the current directory)')
    .addHelpText('after', `
Tiers:
${tierHelp()}

Holiday data (${HOLIDAY_YEARS.first}–${HOLIDAY_YEARS.last}, nationwide days only; see docs/init.md):
${HOLIDAY_REGIONS.map((r) => `  ${r.id.padEnd(10)} ${r.label}`).join('\n')}

In a terminal, sla init asks for whatever the flags leave out. Elsewhere (CI, pipes) it never asks:
it uses the defaults and says on stderr what it assumed.

Examples:
  $ sla init                                           ask, then write ${DEFAULT_FILE}
  $ sla init acme.sla.yaml --client "Acme GmbH" --provider "Kestrel Studio" \\
      --workflow "Invoice extraction" --tier essential --timezone Europe/Berlin --holidays de
  $ sla init vertrag.sla.yaml --locale de-DE --timezone Europe/Berlin --holidays de --yes
                                                       a German agreement
  $ sla init --yes --stdout | less                     every default, printed
  $ sla init --repo contracts --client "Acme GmbH" --yes

Exit codes: 0 written, 2 not written (a file exists and --force is missing, a flag is invalid, cancelled).`)
    .action(async (file: string | undefined, options: InitOptions) => {
      const repo = typeof options.repo === 'string' ? options.repo : options.repo ? '.' : undefined;
      if (repo !== undefined && file !== undefined) return failure(ctx, `give either a file or --repo ${repo}, not both (the repository's first agreement goes into agreements/)`);
      if (repo !== undefined && options.stdout) return failure(ctx, '--stdout prints one agreement; it cannot be combined with --repo');
      if (repo !== undefined && (await stat(path.resolve(ctx.io.cwd, repo)).then((info) => !info.isDirectory(), () => false))) {
        return failure(ctx, `--repo ${repo} is a file; name a directory for the repository (it is created if missing)`);
      }

      const facts = await chooseFacts(ctx, options, deps, (known, env) => checkTargets(ctx, options, file, repo, known, env));
      if (!facts) return;
      const plan = repo !== undefined ? await planRepository(ctx, facts, repo) : await planAgreementFile(ctx, facts, file, options);
      if (!plan) return;
      const agreement = plan.files.find((f) => f.path === plan.agreementPath)!;
      if (!checkScaffold(ctx, agreement.content, plan.agreementPath)) return;
      for (const note of plan.notes) ctx.io.stderr(`${ctx.err.yellow('sla: note:')} ${note}\n`);

      if (options.stdout) {
        ctx.io.stdout(agreement.content);
        return;
      }
      const { writeFiles } = await import('../../init/write-files.js');
      const result = await writeFiles(plan.directory, plan.files, { force: options.force ?? false });
      if (!result.ok) return failure(ctx, result.message);
      reportWritten(ctx, facts, plan, result.written, repo !== undefined);
    });
}
