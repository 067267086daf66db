import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import {
  downtimeBudgets, downtimeInWords, MEASUREMENT_WINDOWS, MONTH_CONVENTIONS, type MeasurementWindow, type MonthConvention,
} from '../../clock/budget.js';
import { formatDiagnosticLine } from '../format-diagnostic.js';
import { EXIT, failure, type CliContext } from '../context.js';
import { loadInputs } from '../load-inputs.js';
import { showText } from '../../formatters/visible-text.js';
import { choiceOption } from '../options.js';

interface BudgetOptions {
  window?: MeasurementWindow;
  monthConvention?: MonthConvention;
  format: 'text' | 'json';
}

const PERCENT = /^(\d{1,3}(?:\.\d+)?)\s*%?$/;
const NUMBER_LIKE = /^(?:[-+]?[\d.,]*\d[\d.,]*(?:e[-+]?\d+)?\s*%?)?$/i;

interface Availability {
  target: number;
  window: MeasurementWindow;
  convention: MonthConvention;
  /** Where the target came from: the command line or an agreement file. */
  from?: string;
}

export function budgetCommand(ctx: CliContext): Command {
  return new Command('budget')
    .description('allowed downtime for an availability target, from a percentage or an agreement\'s availability section')
    .argument('<target>', 'a percentage such as 99.9, or an agreement file with an `availability` section')
    .addOption(choiceOption('-w, --window <window>', "measurement window (default: the agreement's, or month)", MEASUREMENT_WINDOWS, { noun: 'a window' }))
    .addOption(choiceOption('-m, --month-convention <convention>', "how long a month is (default: the agreement's, or 30d)", MONTH_CONVENTIONS, { noun: 'a month convention' }))
    .addOption(choiceOption('-f, --format <format>', 'output format', ['text', 'json'], { noun: 'a format', default: 'text' }))
    .addHelpText('after', `
Examples:
  $ sla budget 99.9                            # 43.2 minutes in a 30-day month
  $ sla budget 99.9 --month-convention 730h    # 43.8 minutes
  $ sla budget 99.95 --window quarter --month-convention calendar
  $ sla budget agreement.sla.yaml --format json

Month conventions: 30d (every month is 30 days), calendar (the actual month, 28–31 days), 730h (8760 h / 12).

Exit codes: 0 done, 1 the agreement has errors, 2 bad target, no availability section, or unreadable file.`)
    .action(async (target: string, options: BudgetOptions) => {
      const availability = await readAvailability(ctx, target, options);
      if (!availability) return;
      const budgets = downtimeBudgets(availability.target, availability.window, availability.convention);
      if (options.format === 'json') {
        ctx.io.stdout(`${JSON.stringify({
          target: availability.target,
          window: availability.window,
          monthConvention: availability.convention,
          ...(availability.from && { agreement: availability.from }),
          budgets: budgets.map((b) => ({ period: b.label, periodMinutes: b.minutes, allowedMinutes: round(b.allowedMinutes) })),
        }, null, 2)}\n`);
        return;
      }
      const { out } = ctx;
      const heading = `${availability.target}% availability per ${availability.window}, months counted as ${availability.convention}`;
      ctx.io.stdout(`${out.bold(heading)}${availability.from ? out.dim(` (from ${availability.from})`) : ''}\n`);
      const width = Math.max(...budgets.map((b) => b.label.length));
      for (const b of budgets) {
        ctx.io.stdout(`  ${b.label.padEnd(width)}  ${out.bold(`${formatMinutes(b.allowedMinutes)} minutes`)} of downtime  ${out.dim(`(${downtimeInWords(b.allowedMinutes)})`)}\n`);
      }
    });
}

const round = (minutes: number) => Math.round(minutes * 1e6) / 1e6;

/** One decimal, as availability tables quote it: 43.2, 44.6, 525.6. */
function formatMinutes(minutes: number): string {
  return (Math.round(minutes * 10) / 10).toFixed(1);
}

async function readAvailability(ctx: CliContext, target: string, options: BudgetOptions): Promise<Availability | undefined> {
  const percent = PERCENT.exec(target.trim());
  if (percent) {
    const value = Number(percent[1]);
    if (value > 100) {
      failure(ctx, `an availability target is at most 100%, not ${target}`);
      return undefined;
    }
    return { target: value, window: options.window ?? 'month', convention: options.monthConvention ?? '30d' };
  }
  // Something number-like (-1, 1e2, 99,9) or nothing at all is a percentage written wrongly, not a file name.
  if (NUMBER_LIKE.test(target.trim())) {
    failure(ctx, `\`${target}\` is not an availability target; write a percentage from 0 to 100, e.g. 99.9 or 99.95%`);
    return undefined;
  }
  if (target !== '-' && !(await stat(path.resolve(ctx.io.cwd, target)).catch(() => undefined))) {
    failure(ctx, `\`${target}\` is neither a percentage (e.g. 99.9) nor an agreement file (no such file or directory)`);
    return undefined;
  }
  const loaded = await loadInputs(ctx, [target]);
  if (loaded.length !== 1) {
    if (loaded.length > 1) failure(ctx, `${target} names ${loaded.length} agreements; give one file`);
    else if (ctx.exitCode === EXIT.ok) failure(ctx, `\`${target}\` is neither a percentage (e.g. 99.9) nor an agreement file`);
    return undefined;
  }
  const [{ file, result }] = loaded as [(typeof loaded)[number]];
  if (!result.ok || !result.agreement) {
    for (const d of result.diagnostics) ctx.io.stderr(`${formatDiagnosticLine(d, file, ctx.err)}\n`);
    ctx.io.stderr(`${ctx.err.red('sla:')} ${showText(`${file} has errors; fix them (see \`sla validate ${file}\`) first`)}\n`);
    ctx.exitCode = Math.max(ctx.exitCode, EXIT.inputProblems);
    return undefined;
  }
  const { availability } = result.agreement;
  if (!availability) {
    failure(ctx, `${file} has no \`availability\` section; add one (target, measurementWindow, monthConvention) or give a percentage, e.g. \`sla budget 99.9\``);
    return undefined;
  }
  if (availability.target === 'unstated') {
    failure(ctx, `${file} does not state an availability target (\`target: unstated\`); give a percentage, e.g. \`sla budget 99.9\``);
    return undefined;
  }
  const window = options.window ?? availability.measurementWindow;
  if (window === 'unstated') {
    failure(ctx, `${file} does not state the period availability is measured over (\`measurementWindow: unstated\`); give one with --window month|quarter|year`);
    return undefined;
  }
  return {
    target: availability.target,
    window,
    convention: options.monthConvention ?? availability.monthConvention ?? '30d',
    from: file,
  };
}
