/**
 * Inputs that once failed a property, kept for ever: test/fuzz/regressions/<class>-<hash>.yaml holds the input's
 * bytes (or <class>-<hash>.json `{ "text": ... }` when the text is not valid UTF-8, e.g. lone surrogates).
 * known-failures.json names the ones not fixed yet (file → what happens): the suite replays them as `it.fails`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Mutant } from './mutate.js';

export interface Regression {
  file: string;
  class: string;
  text: string;
  bytes?: Uint8Array;
}

const encoder = new TextEncoder();
const lossy = new TextDecoder('utf-8', { fatal: false });

/** The file name an input is kept under: `<class>-<hash>.yaml` (or `.json`). */
export function regressionName(mutant: Pick<Mutant, 'class' | 'text' | 'bytes'>): string {
  const bytes = mutant.bytes ?? encoder.encode(mutant.text);
  const roundTrips = mutant.bytes !== undefined || lossy.decode(bytes) === mutant.text;
  const hash = createHash('sha256').update(bytes).update(roundTrips ? '' : mutant.text).digest('hex').slice(0, 12);
  return `${mutant.class}-${hash}.${roundTrips ? 'yaml' : 'json'}`;
}

/** Writes the input to `dir` (if not already there) and returns its file name. */
export function saveRegression(dir: string, mutant: Pick<Mutant, 'class' | 'text' | 'bytes'>): string {
  const bytes = mutant.bytes ?? encoder.encode(mutant.text);
  const file = regressionName(mutant);
  const roundTrips = file.endsWith('.yaml');
  const target = path.join(dir, file);
  if (!existsSync(target)) writeFileSync(target, roundTrips ? bytes : `${JSON.stringify({ text: mutant.text })}\n`);
  return file;
}

/** Every kept input, in file-name order. */
export function loadRegressions(dir: string): Regression[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => /\.(yaml|json)$/.test(f) && f !== 'known-failures.json').sort().map((file) => {
    const cls = file.replace(/-[0-9a-f]+\.(yaml|json)$/, '');
    const raw = readFileSync(path.join(dir, file));
    if (file.endsWith('.json')) return { file, class: cls, text: (JSON.parse(raw.toString('utf8')) as { text: string }).text };
    const bytes = new Uint8Array(raw);
    // UTF-16 mutants were checked as text the way a latin1 reader sees them; the others as (lossy) UTF-8.
    const text = cls === 'bom-utf16' && !raw.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])) ? raw.toString('latin1') : lossy.decode(bytes);
    return { file, class: cls, text, bytes };
  });
}

/** known-failures.json: file → what happens (unfixed bugs; replayed as expected failures). */
export function knownFailures(dir: string): Record<string, string> {
  const file = path.join(dir, 'known-failures.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
}
