/**
 * The properties every input must have, whatever it is: loading never throws; every diagnostic and every lint finding
 * has a position (line and column ≥ 1) and a message; linting and rendering an accepted agreement never throw; the
 * machine-readable formatters write valid JSON / XML. `checkInput` returns the violations (empty = fine) and how long
 * the input took; the time limit is enforced by scripts/fuzz.mjs, not by the unit tests.
 */
import { Chalk } from 'chalk';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { loadAgreementBytes, loadAgreementText, type AgreementResult } from '../../src/agreement.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { FORMATTERS, type FormatterContext } from '../../src/formatters/index.js';
import { lintAgreement, loadBuiltInRules, type LintResult, type LintSettings } from '../../src/lint/engine.js';
import type { Rule } from '../../src/lint/types.js';
import { loadContractTemplate, renderMarkdown, type ContractTemplate } from '../../src/render/index.js';
import type { Seed } from './mutate.js';

/** The agreements mutants are made from: examples/*.sla.yaml and test/corpus/*.sla.yaml. */
export function loadSeeds(root: string): Seed[] {
  const seeds: Seed[] = [];
  for (const dir of ['examples', 'test/corpus']) {
    for (const name of readdirSync(path.join(root, dir)).sort()) {
      if (name.endsWith('.sla.yaml')) seeds.push({ name: `${dir}/${name}`, text: readFileSync(path.join(root, dir, name), 'utf8') });
    }
  }
  return seeds;
}

export interface CheckResult {
  /** Property violations, each "kind: detail"; empty when the input was handled correctly. */
  failures: string[];
  /** Wall-clock time sla took: load + lint + formatters + render, in ms (the checks of their output not counted). */
  ms: number;
  /** Whether the agreement was accepted (so lint rules and rendering ran on it). */
  accepted: boolean;
  /** Time per step (load, lint, each formatter, render), in ms: says where a slow input spends it. */
  steps: Record<string, number>;
}

let shared: Promise<{ rules: readonly Rule<any>[]; template: ContractTemplate }> | undefined;
const setup = () => (shared ??= (async () => ({ rules: await loadBuiltInRules(), template: await loadContractTemplate({}) }))());

const context: FormatterContext = { cwd: process.cwd(), color: new Chalk({ level: 0 }), rules: [], toolVersion: '0.0.0-fuzz' };

function positioned(where: string, p: { line: number; column: number; endLine?: number; endColumn?: number; message: string }, out: string[]): void {
  const ok = (n: unknown) => Number.isInteger(n) && (n as number) >= 1;
  if (!ok(p.line) || !ok(p.column)) out.push(`no-position: ${where} at ${p.line}:${p.column}: ${p.message.slice(0, 120)}`);
  else if (p.endLine !== undefined && (!ok(p.endLine) || !ok(p.endColumn))) out.push(`no-position: ${where} ends at ${p.endLine}:${p.endColumn}: ${p.message.slice(0, 120)}`);
  if (typeof p.message !== 'string' || p.message.trim() === '') out.push(`no-message: ${where} at ${p.line}:${p.column}`);
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : String(error).slice(0, 200);
}

function checkDiagnostics(label: string, diagnostics: readonly Diagnostic[], out: string[]): void {
  for (const d of diagnostics) positioned(`${label} diagnostic ${d.code}`, { ...d.range, message: d.message }, out);
}

/**
 * Checks one input against every property. `bytes`, when given, is also loaded as stdin would be
 * (`loadAgreementBytes`). Never throws: a throw is a failure in the result.
 */
export async function checkInput(text: string, bytes?: Uint8Array): Promise<CheckResult> {
  const { rules, template } = await setup();
  const failures: string[] = [];
  const started = performance.now();
  let accepted = false;
  const steps: Record<string, number> = {};
  // Time the checks themselves take (parsing the JSON, validating the XML): recorded, but not counted in `ms`.
  let harnessMs = 0;
  const harness = (name: string, since: number): void => {
    const t = performance.now() - since;
    harnessMs += t;
    steps[`[harness] ${name}`] = t;
  };
  const step = async <T>(name: string, run: () => T | Promise<T>): Promise<T | undefined> => {
    const t0 = performance.now();
    try {
      return await run();
    } catch (error) {
      failures.push(`throws: ${name}: ${describe(error)}`);
      return undefined;
    } finally {
      steps[name] = (steps[name] ?? 0) + performance.now() - t0;
    }
  };

  const result = await step('loadAgreementText', () => loadAgreementText(text, 'fuzz.sla.yaml'));
  if (result) {
    checkDiagnostics('load', result.diagnostics, failures);
    if (result.ok !== (result.agreement !== undefined)) failures.push('inconsistent: ok and agreement disagree');
    if (!result.ok && result.diagnostics.length === 0) failures.push('inconsistent: rejected without a diagnostic');
    accepted = result.ok;
    await lintAndFormat(result, rules, failures, step, harness);
    if (result.ok && result.agreement) {
      const markdown = await step('renderMarkdown', () => renderMarkdown(result.agreement!, { template }));
      if (markdown !== undefined && typeof markdown !== 'string') failures.push('bad-output: renderMarkdown did not return a string');
    }
  }
  if (bytes) {
    const fromBytes = await step('loadAgreementBytes', () => loadAgreementBytes(bytes, 'fuzz.sla.yaml'));
    if (fromBytes) checkDiagnostics('bytes', fromBytes.diagnostics, failures);
  }
  return { failures, ms: performance.now() - started - harnessMs, accepted, steps };
}

async function lintAndFormat(
  result: AgreementResult,
  rules: readonly Rule<any>[],
  failures: string[],
  step: <T>(name: string, run: () => T | Promise<T>) => Promise<T | undefined>,
  harness: (name: string, since: number) => void,
): Promise<void> {
  const settings: LintSettings = { rules };
  const lint = await step('lintAgreement', () => lintAgreement(result, settings));
  if (!lint) return;
  for (const f of [...lint.findings, ...lint.suppressed]) positioned(`lint finding ${f.ruleId}/${f.messageId}`, f, failures);
  for (const r of lint.ruleFailures) failures.push(`rule-threw: ${r.ruleId}: ${r.message.slice(0, 200)}`);
  const results: LintResult[] = [lint];
  for (const name of ['json', 'sarif'] as const) {
    const output = await step(`format ${name}`, () => FORMATTERS[name](results, context));
    if (output === undefined) continue;
    const t0 = performance.now();
    try {
      JSON.parse(output);
    } catch (error) {
      failures.push(`bad-output: ${name} is not JSON: ${describe(error)} (${output.length} chars)`);
    }
    harness(`check ${name} (${output.length} chars)`, t0);
  }
  const junit = await step('format junit', () => FORMATTERS.junit(results, context));
  if (junit !== undefined) {
    const t0 = performance.now();
    const valid = XMLValidator.validate(junit);
    if (valid !== true) failures.push(`bad-output: junit is not XML: ${valid.err.msg}`);
    harness(`check junit (${junit.length} chars)`, t0);
  }
  for (const name of ['stylish', 'github'] as const) {
    const output = await step(`format ${name}`, () => FORMATTERS[name](results, context));
    if (output !== undefined && typeof output !== 'string') failures.push(`bad-output: ${name} did not return a string`);
  }
}
