/**
 * Options every command spells the same way: choices matched without case and with a did-you-mean, one output
 * flag (`-o, --output`, with `-` for stdout), and the old spellings kept as aliases for a release (docs/cli.md).
 */
import { InvalidArgumentError, Option } from 'commander';
import { didYouMean, listOf } from '../util/did-you-mean.js';
import type { CliContext } from './context.js';

/**
 * The choice `value` names, matched without case or surrounding spaces (`-f Stylish` is `stylish`). Anything else
 * is an InvalidArgumentError (commander reports it as a usage error, exit 2) with the nearest choice and the list.
 */
export function matchChoice(value: string, choices: readonly string[], noun: string): string {
  const wanted = value.trim().toLowerCase();
  const match = choices.find((choice) => choice.toLowerCase() === wanted);
  if (match !== undefined) return match;
  const guess = didYouMean(value.trim(), choices);
  throw new InvalidArgumentError(`\`${value}\` is not ${noun}${guess === undefined ? '.' : `; did you mean \`${guess}\`?`} Choose ${listOf(choices)}.`);
}

export interface ChoiceOptionSettings {
  /** What a value is, with its article, for the message: `a format`, `a paper size`. */
  noun: string;
  /** The flag may be given again; the values are collected in order, each once. */
  repeatable?: boolean;
  default?: string;
  /**
   * Values accepted besides the choices, e.g. a custom formatter's module path; returned as given. Not listed in
   * the help's choices.
   */
  alsoAccept?: (value: string) => boolean;
}

/** An option whose value is one of `choices`, matched without case and with a did-you-mean for a misspelling. */
export function choiceOption(flags: string, description: string, choices: readonly string[], settings: ChoiceOptionSettings): Option {
  const option = new Option(flags, description).choices(choices);
  // argParser after choices(): ours replaces commander's exact, case-sensitive check; the help still lists the choices.
  option.argParser((value: string, previous: unknown) => {
    const parsed = settings.alsoAccept?.(value) ? value : matchChoice(value, choices, settings.noun);
    if (!settings.repeatable) return parsed;
    const collected = Array.isArray(previous) ? (previous as string[]) : [];
    return collected.includes(parsed) ? collected : [...collected, parsed];
  });
  if (settings.default !== undefined) option.default(settings.default);
  return option;
}

/** A flag renamed in this release, under its old spelling: still read, hidden from the help; see `takeRenamed`. */
export function renamedFlag(flags: string, { repeatable = false } = {}): Option {
  const option = new Option(flags).hideHelp();
  if (repeatable) option.argParser((value: string, previous: unknown) => [...(Array.isArray(previous) ? (previous as string[]) : []), value]);
  return option;
}

/**
 * The value given under the old spelling (`oldKey`) moved to `newKey`, with a one-line note on stderr. Both given:
 * a repeatable flag keeps both (new first); a single-valued one takes the old spelling's value, since the new one
 * may only hold its default.
 */
export function takeRenamed(ctx: CliContext, options: object, oldKey: string, newKey: string, note: string): void {
  const values = options as Record<string, unknown>;
  const old = values[oldKey];
  if (old === undefined) return;
  ctx.io.stderr(`${ctx.err.yellow('sla:')} ${note}\n`);
  const current = values[newKey];
  values[newKey] = Array.isArray(old) ? [...(Array.isArray(current) ? current : []), ...old] : old;
  delete values[oldKey];
}

/** The old spelling and its note, the same words in every command. */
export function renamedNote(oldFlag: string, newFlag: string): string {
  return `${oldFlag} is now ${newFlag}; the old spelling still works in this release (see docs/cli.md#output)`;
}

/** `-o -` is stdout in every command, as it is for render and lint: the same as giving no `--output`. */
export function dashIsStdout(options: { output?: string }): void {
  if (options.output === '-') delete options.output;
}
