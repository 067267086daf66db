/**
 * Runs a composite action's steps (action.yml) the way the Actions runner does, as far as a test on this machine
 * can: each `run` step under bash with its `env`, `${{ inputs.* }}` and `${{ steps.*.outputs.* }}` filled in, step
 * outputs read from GITHUB_OUTPUT, the job summary from GITHUB_STEP_SUMMARY, and `if:` conditions evaluated.
 * `uses:` steps (setup-node, upload-sarif, upload-artifact) call other actions and cannot run here; they are
 * returned as skipped, with their resolved `with:` values, so a test can check what they would have been given.
 * The event is `workflow_dispatch` with no payload unless `env` names one (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH),
 * so a test run inside Actions does not see its own event; `github.token` is `env.GITHUB_TOKEN`, or empty.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

interface ActionStep { name: string; id?: string; if?: string; run?: string; uses?: string; shell?: string; env?: Record<string, string>; with?: Record<string, string>; 'continue-on-error'?: boolean }
interface ActionFile { inputs: Record<string, { default?: string }>; runs: { using: string; steps: ActionStep[] } }

export interface StepResult { name: string; ran: boolean; skippedBecause?: string; status?: number; stdout?: string; stderr?: string; with?: Record<string, string> }
export interface ActionRun { steps: StepResult[]; outputs: Record<string, Record<string, string>>; summary: string; failed: boolean }

/** Reads a GITHUB_OUTPUT file: `name=value` lines and `name<<DELIMITER` heredocs. */
export function readOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([\w-]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      outputs[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i]!.includes('=')) {
      const at = lines[i]!.indexOf('=');
      outputs[lines[i]!.slice(0, at)] = lines[i]!.slice(at + 1);
    }
  }
  return outputs;
}

export interface RunActionOptions {
  with: Record<string, string>;
  workspace: string;
  scratch: string;
  env?: Record<string, string>;
  /** Steps (by name) not to run, e.g. `Install sla` when the action directory is this checkout itself. */
  skip?: string[];
}

export function runAction(actionDirectory: string, options: RunActionOptions): ActionRun {
  const action = parse(readFileSync(path.join(actionDirectory, 'action.yml'), 'utf8')) as ActionFile;
  const inputs: Record<string, string> = {};
  const outputs: Record<string, Record<string, string>> = {};
  const summaryFile = path.join(options.scratch, 'step-summary.md');
  writeFileSync(summaryFile, '');
  let failed = false;

  const value = (reference: string): string => {
    if (reference === 'github.token') return options.env?.GITHUB_TOKEN ?? '';
    const input = /^inputs\.([\w-]+)$/.exec(reference);
    if (input) return inputs[input[1]!] ?? '';
    const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(reference);
    if (output) return outputs[output[1]!]?.[output[2]!] ?? '';
    throw new Error(`run-action: unsupported expression ${reference}`);
  };
  const substitute = (text: string): string => text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => value(expression));
  for (const [name, spec] of Object.entries(action.inputs)) inputs[name] = options.with[name] ?? substitute(String(spec.default ?? ''));
  /** `always()`, `success()`, and `<reference> == '<text>'` / `!=`, joined by &&. */
  const condition = (expression: string | undefined): boolean => {
    const terms = (expression ?? 'success()').split('&&').map((t) => t.trim());
    if (!terms.includes('always()') && failed) return false;
    return terms.every((term) => {
      if (term === 'always()' || term === 'success()') return term === 'always()' || !failed;
      const comparison = /^([\w.-]+)\s*(==|!=)\s*'([^']*)'$/.exec(term);
      if (!comparison) throw new Error(`run-action: unsupported condition ${term}`);
      const equal = value(comparison[1]!) === comparison[3];
      return comparison[2] === '==' ? equal : !equal;
    });
  };

  const steps: StepResult[] = [];
  for (const step of action.runs.steps) {
    if (!condition(step.if)) {
      steps.push({ name: step.name, ran: false, skippedBecause: `if: ${step.if}` });
      continue;
    }
    if (options.skip?.includes(step.name)) {
      steps.push({ name: step.name, ran: false, skippedBecause: 'skipped by the test' });
      continue;
    }
    if (step.uses) {
      const resolved = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, substitute(String(v))]));
      steps.push({ name: step.name, ran: false, skippedBecause: `uses: ${step.uses}`, with: resolved });
      continue;
    }
    const outputFile = path.join(options.scratch, `output-${steps.length}`);
    writeFileSync(outputFile, '');
    const env = {
      ...process.env, GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_EVENT_PATH: '', ...options.env,
      ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, substitute(String(v))])),
      GITHUB_ACTIONS: 'true', CI: 'true', GITHUB_ACTION_PATH: actionDirectory, GITHUB_WORKSPACE: options.workspace,
      GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile,
    };
    const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', substitute(step.run!)], { cwd: options.workspace, env, encoding: 'utf8' });
    if (step.id) outputs[step.id] = readOutputs(readFileSync(outputFile, 'utf8'));
    steps.push({ name: step.name, ran: true, status: run.status ?? 1, stdout: run.stdout, stderr: run.stderr });
    if (run.status !== 0 && !step['continue-on-error']) failed = true;
  }
  return { steps, outputs, summary: readFileSync(summaryFile, 'utf8'), failed };
}
