import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

describe('sla validate', () => {
  it('accepts the shipped examples', async () => {
    const run = await runCli(['validate', 'examples']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/valid/);
  });
});
