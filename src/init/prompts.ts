/**
 * Asks for the facts `sla init` is missing, with arrow-key selects and defaults. The prompt library is loaded
 * only here, when someone is actually asked, so it stays out of every command's start-up.
 */
import { PassThrough } from 'node:stream';
import { checkFact, defaultFact, FACTS, type Environment, type FactName, type InitFacts } from './facts.js';
import { SUPPORTED_LOCALES } from '../i18n/catalog.js';
import { HOLIDAY_REGIONS, isHolidayRegion, regionForTimezone, regionInfo } from './holidays.js';
import { PRESETS, TIER_IDS } from './presets.js';

/** Where prompts read keys and draw; tests pass streams of their own. */
export interface PromptStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/** The person pressed Ctrl+C or closed the prompt: nothing is written. */
export class PromptCancelled extends Error {
  constructor() {
    super('cancelled; nothing was written');
    this.name = 'PromptCancelled';
  }
}

const QUESTIONS: Record<FactName, string> = {
  client: 'Client (who receives support)',
  provider: 'Provider (your agency)',
  workflow: 'AI workflow supported',
  tier: 'Service tier',
  timezone: 'Time zone of the support team (IANA, e.g. Europe/Berlin)',
  holidays: 'Public holidays for the business-hours calendar',
  effectiveDate: 'Effective date (YYYY-MM-DD)',
};

const LOCALE_QUESTION = 'Language of the agreement';

/** `de-DE — Deutsch (Deutschland)`: each language named in itself. */
function localeChoice(locale: string): { value: string; name: string } {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale);
  } catch {
    // An Intl without display names: the tag alone.
  }
  return { value: locale, name: name ? `${locale} — ${name}` : locale };
}

/** The language to offer first: the holiday region's own, when it is not English (de → de-DE, fr → fr-FR, nl → nl-NL). */
function suggestedLocale(answers: Partial<InitFacts>): string | undefined {
  return answers.holidays && isHolidayRegion(answers.holidays) ? regionInfo(answers.holidays).nativeLocale : undefined;
}

/**
 * Each prompt ends its output stream when it is done; a pass-through per prompt keeps the caller's stream (the
 * terminal, or a test's stream) open for the next question.
 */
function promptContext(streams: PromptStreams) {
  const output = new PassThrough();
  output.pipe(streams.output, { end: false });
  return { input: streams.input, output, clearPromptOnDone: false };
}

function validator(name: FactName): (value: string) => true | string {
  return (value) => {
    const result = checkFact(name, value);
    return result.ok ? true : result.message.replace(/`/g, '');
  };
}

export interface AskOptions {
  /**
   * Ask which language to write the agreement in, when the holiday region has one of its own (Germany, France, the
   * Netherlands), offering it first; otherwise the agreement is English, as without prompts.
   */
  askLocale?: boolean;
}

/** Asks for each fact in `missing`, in the usual order, and returns the answers checked and normalised. */
export async function askForFacts(missing: readonly FactName[], known: Partial<InitFacts>, env: Environment, streams: PromptStreams, options: AskOptions = {}): Promise<Partial<InitFacts>> {
  const { input, select } = await import('@inquirer/prompts');
  const answers: Partial<InitFacts> = { ...known };
  try {
    for (const { name } of FACTS) {
      if (!missing.includes(name)) continue;
      const fallback = defaultFact(name, answers, env);
      const context = promptContext(streams);
      let answer: string;
      if (name === 'tier') {
        answer = await select({
          message: QUESTIONS.tier,
          default: fallback,
          choices: TIER_IDS.map((id) => ({ value: id, name: PRESETS[id].name, description: PRESETS[id].summary })),
        }, context);
      } else if (name === 'holidays') {
        const suggested = regionForTimezone(answers.timezone ?? '');
        const regions = [...HOLIDAY_REGIONS].sort((a, b) => Number(b.id === suggested) - Number(a.id === suggested));
        answer = await select({
          message: QUESTIONS.holidays,
          default: fallback,
          choices: [
            ...regions.map((region) => ({ value: region.id, name: `${region.id} — ${region.label}` })),
            { value: 'none', name: 'none — I will list them myself' },
          ],
        }, context);
      } else {
        answer = await input({ message: QUESTIONS[name], default: fallback, validate: validator(name) }, context);
      }
      const checked = checkFact(name, answer);
      if (!checked.ok) throw new Error(`unexpected answer for ${name}: ${checked.message}`);
      (answers as Record<string, string>)[name] = checked.value;
    }
    const suggested = options.askLocale && answers.locale === undefined ? suggestedLocale(answers) : undefined;
    if (suggested) {
      const english = regionInfo(answers.holidays as Exclude<InitFacts['holidays'], 'none'>).locale;
      const order = [suggested, english, ...SUPPORTED_LOCALES.filter((locale) => locale !== suggested && locale !== english)];
      answers.locale = await select({ message: LOCALE_QUESTION, default: suggested, choices: order.map(localeChoice) }, promptContext(streams));
    }
  } catch (error) {
    if ((error as Error).name === 'ExitPromptError' || (error as Error).name === 'AbortPromptError') throw new PromptCancelled();
    throw error;
  }
  return answers;
}
