/** `--concurrency auto|off|<n>` of `sla lint` and `sla validate`: worker threads, as ESLint's flag (docs/lint.md). */
import { InvalidArgumentError, Option } from 'commander';
import type { Concurrency } from '../lint/parallel.js';
import { matchChoice } from './options.js';

const WORDS = ['auto', 'off'];

/** `auto`, `off` (without case) or a whole number of worker threads, at least 1; anything else is a usage error (exit 2). */
export function parseConcurrency(value: string): Concurrency {
  const text = value.trim();
  if (/^\d+$/.test(text)) {
    const count = Number(text);
    if (count >= 1 && Number.isSafeInteger(count)) return count;
    throw new InvalidArgumentError(`\`${value}\` is not a number of worker threads; give 1 or more, or off to lint in one thread (the default), or auto`);
  }
  try {
    return matchChoice(text, WORDS, 'a concurrency') as Concurrency;
  } catch (error) {
    throw new InvalidArgumentError(`${(error as Error).message.replace(/ Choose .*$/, '')} Give auto, off or a number of worker threads, e.g. --concurrency 4.`);
  }
}

/** The option; not given is `off`. */
export function concurrencyOption(): Option {
  return new Option('--concurrency <n|auto|off>', 'check files in up to n worker threads; auto picks from the number of files and cores (default: off, one thread)')
    .argParser(parseConcurrency);
}
