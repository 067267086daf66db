/**
 * Options every command spells the same way: choices matched without case and with a did-you-mean, one output
 * flag (`-o, --output`, with `-` for stdout), and the old spellings kept as aliases for a release (docs/cli.md).
 */
import { Option } from 'commander';
import type { CliContext } from './context.js';
/**
 * The choice `value` names, matched without case or surrounding spaces (`-f Stylish` is `stylish`). Anything else
 * is an InvalidArgumentError (commander reports it as a usage error, exit 2) with the nearest choice and the list.
 */
export declare function matchChoice(value: string, choices: readonly string[], noun: string): string;
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
export declare function choiceOption(flags: string, description: string, choices: readonly string[], settings: ChoiceOptionSettings): Option;
/** A flag renamed in this release, under its old spelling: still read, hidden from the help; see `takeRenamed`. */
export declare function renamedFlag(flags: string, { repeatable }?: {
    repeatable?: boolean | undefined;
}): Option;
/**
 * The value given under the old spelling (`oldKey`) moved to `newKey`, with a one-line note on stderr. Both given:
 * a repeatable flag keeps both (new first); a single-valued one takes the old spelling's value, since the new one
 * may only hold its default.
 */
export declare function takeRenamed(ctx: CliContext, options: object, oldKey: string, newKey: string, note: string): void;
/** The old spelling and its note, the same words in every command. */
export declare function renamedNote(oldFlag: string, newFlag: string): string;
/** `-o -` is stdout in every command, as it is for render and lint: the same as giving no `--output`. */
export declare function dashIsStdout(options: {
    output?: string;
}): void;
