import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedDowntimeMinutes, downtimeBudgets, downtimeInWords } from '../../src/clock/index.js';
import { runCli } from '../helpers/cli.js';

describe('downtime budgets', () => {
  it('gives the figures availability tables quote for 99.9 %', () => {
    expect(downtimeBudgets(99.9, 'month', '30d')[0]!.allowedMinutes).toBeCloseTo(43.2, 9); // 0.1 % of 43,200 min
    expect(downtimeBudgets(99.9, 'month', '730h')[0]!.allowedMinutes).toBeCloseTo(43.8, 9); // 0.1 % of 43,800 min
    const calendarMonths = downtimeBudgets(99.9, 'month', 'calendar');
    expect(calendarMonths.map((b) => b.label)).toEqual(['28-day month', '29-day month', '30-day month', '31-day month']);
    expect(calendarMonths.at(-1)!.allowedMinutes).toBeCloseTo(44.64, 9); // 0.1 % of 44,640 min
  });

  it('scales to quarters and years', () => {
    expect(downtimeBudgets(99.9, 'quarter', '30d')[0]!.allowedMinutes).toBeCloseTo(129.6, 9);
    expect(downtimeBudgets(99.9, 'year', '730h')[0]!.allowedMinutes).toBeCloseTo(525.6, 9);
    expect(downtimeBudgets(99.9, 'year', 'calendar').map((b) => b.label)).toEqual(['365-day year', '366-day year']);
  });

  it('is zero at 100 % and the whole window at 0 %, and falls as the target rises', () => {
    expect(allowedDowntimeMinutes(100, 43_200)).toBe(0);
    expect(allowedDowntimeMinutes(0, 43_200)).toBe(43_200);
    fc.assert(fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (a, b) => {
      const [low, high] = a <= b ? [a, b] : [b, a];
      expect(allowedDowntimeMinutes(high, 43_200)).toBeLessThanOrEqual(allowedDowntimeMinutes(low, 43_200));
    }));
    expect(() => allowedDowntimeMinutes(101, 43_200)).toThrow(/0 to 100/);
  });

  it('says a budget in words, to the second', () => {
    expect(downtimeInWords(43.2)).toBe('43 minutes 12 seconds');
    expect(downtimeInWords(262.8)).toBe('4 hours 22 minutes 48 seconds');
    expect(downtimeInWords(0)).toBe('0 seconds');
  });
});

describe('sla budget', () => {
  it('prints the budget for a percentage', async () => {
    const run = await runCli(['budget', '99.9']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('30-day month  43.2 minutes of downtime');
    expect((await runCli(['budget', '99.9', '--month-convention', '730h'])).stdout).toContain('43.8 minutes');
    expect((await runCli(['budget', '99.9%', '--month-convention', 'calendar'])).stdout).toContain('31-day month  44.6 minutes');
  });

  it('prints JSON', async () => {
    const run = await runCli(['budget', '99.5', '--window', 'quarter', '--format', 'json']);
    expect(JSON.parse(run.stdout)).toEqual({
      target: 99.5, window: 'quarter', monthConvention: '30d',
      budgets: [{ period: '90-day quarter', periodMinutes: 129_600, allowedMinutes: 648 }],
    });
  });

  it('reads the availability section of an agreement, and the command line overrides it', async () => {
    const file = 'test/clock/fixtures/with-availability.sla.yaml';
    const run = await runCli(['budget', file, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toMatchObject({ target: 99.9, window: 'month', monthConvention: '730h', agreement: file });
    const overridden = JSON.parse((await runCli(['budget', file, '--month-convention', '30d', '--format', 'json'])).stdout);
    expect(overridden.budgets[0].allowedMinutes).toBe(43.2);
  });

  it('refuses what it cannot use, with exit 2', async () => {
    const over = await runCli(['budget', '101']);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain('at most 100%');
    const none = await runCli(['budget', 'examples/standard-customer-service-assistant.sla.yaml']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no `availability` section');
    expect((await runCli(['budget', '99.9', '--window', 'week'])).code).toBe(2);
  });

  it('says what is wrong with a target that is neither a percentage nor a file, not "no such file"', async () => {
    for (const target of ['-1', '99,9', '1e2', '']) {
      const run = await runCli(['budget', '--', target]);
      expect(run.code, target).toBe(2);
      expect(run.stderr, target).toBe(`sla: \`${target}\` is not an availability target; write a percentage from 0 to 100, e.g. 99.9 or 99.95%\n`);
    }
    const stdin = await runCli(['budget', '-', '--format', 'json'], { stdin: readFileSync('examples/premium-pricing-agent.sla.yaml', 'utf8') });
    expect(JSON.parse(stdin.stdout)).toMatchObject({ target: 99.9, agreement: '<stdin>' });
    const word = await runCli(['budget', 'abc']);
    expect(word.code).toBe(2);
    expect(word.stderr).toBe('sla: `abc` is neither a percentage (e.g. 99.9) nor an agreement file (no such file or directory)\n');
  });

  it('has help with examples', async () => {
    expect((await runCli(['budget', '--help'])).stdout).toContain('Examples:');
  });
});
