import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadAgreement } from '../../src/agreement.js';
import { initCommand } from '../../src/cli/commands/init.js';
import { createContext, type CliIo } from '../../src/cli/context.js';

const KEY = { enter: '\r', down: '\x1b[B', backspace: '\x7f', ctrlC: '\x03' };
const ENV = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 26) / 1000), TZ: 'Europe/Berlin' };

/** A terminal the test types into: waits for each question to be drawn, then sends keys, as a person would. */
class FakeTerminal {
  readonly input = new PassThrough();
  readonly output = new PassThrough();
  private screen = '';
  private seen = 0;
  private waiters: (() => void)[] = [];

  constructor() {
    this.output.on('data', (chunk: Buffer) => {
      this.screen += chunk.toString('utf8');
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  get text(): string {
    return stripVTControlCharacters(this.screen);
  }

  /** Waits until `pattern` appears after everything already answered, then types `keys`. */
  async answer(pattern: RegExp, ...keys: string[]): Promise<void> {
    for (let waited = 0; ; waited++) {
      const fresh = stripVTControlCharacters(this.screen.slice(this.seen));
      if (pattern.test(fresh)) break;
      if (waited > 200) throw new Error(`the prompt never showed ${pattern}; screen so far:\n${this.text}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 20);
      });
    }
    this.seen = this.screen.length;
    for (const key of keys) {
      this.input.write(key);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}

let cwd: string;
beforeEach(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), 'sla-init-tty-'));
});
afterEach(() => rm(cwd, { recursive: true, force: true }));

/** Runs `sla init ...args` as if stdin were a terminal, with prompts drawn on `terminal`. */
function runInTerminal(args: string[], terminal: FakeTerminal) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: async () => '',
    stdoutIsTTY: true,
    stdinIsTTY: true,
    stderrIsTTY: true,
    cwd,
    env: ENV,
    color: { stdout: false, stderr: false },
  };
  const ctx = createContext(io);
  const command = initCommand(ctx, { promptStreams: () => ({ input: terminal.input, output: terminal.output }) }).exitOverride();
  const done = command.parseAsync(args, { from: 'user' }).then(() => ({ code: ctx.exitCode, stdout, stderr }));
  return done;
}

describe('sla init in a terminal', () => {
  it('asks for every missing fact with defaults and selects, re-asks after a bad answer, and writes the agreement', async () => {
    const terminal = new FakeTerminal();
    const run = runInTerminal(['demo.sla.yaml'], terminal);
    await terminal.answer(/Client \(who receives support\)/, ...'Zoë Šimková & Co', KEY.enter);
    await terminal.answer(/Provider \(your agency\).*Example Agency/, KEY.enter);
    await terminal.answer(/AI workflow supported/, ...'Pricing agent', KEY.enter);
    await terminal.answer(/Service tier[\s\S]*Standard[\s\S]*business hours, critical incidents 24x7/, KEY.down, KEY.enter);
    await terminal.answer(/Time zone .*Europe\/Berlin/, ...'EDT', KEY.enter);
    await terminal.answer(/time-zone abbreviation/, KEY.backspace, KEY.backspace, KEY.backspace, ...'Asia/Kathmandu', KEY.enter);
    await terminal.answer(/Public holidays[\s\S]*none — I will list them myself/, KEY.enter);
    await terminal.answer(/Effective date \(YYYY-MM-DD\).*2026-12-01/, ...'2027-02-31', KEY.enter);
    await terminal.answer(/not a real date/, KEY.backspace, KEY.backspace, ...'01', KEY.enter);
    const result = await run;

    expect(result.stderr).not.toContain('assumed');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('created demo.sla.yaml\n');
    const agreement = (await loadAgreement(path.join(cwd, 'demo.sla.yaml'))).agreement!;
    expect(agreement.parties.client?.name).toBe('Zoë Šimková & Co');
    expect(agreement.parties.provider.name).toBe('Example Agency');
    expect(agreement.services[0]!.name).toBe('Pricing agent');
    expect(agreement.serviceTier).toBe('premium');
    expect(agreement.calendars[0]!.timezone).toBe('Asia/Kathmandu');
    expect(agreement.calendars[0]!.holidays.size).toBe(0);
    expect(agreement.effectiveDate).toBe('2027-02-01');
  });

  it('asks only for what the flags leave out, and suggests holidays from the time zone', async () => {
    const terminal = new FakeTerminal();
    const run = runInTerminal(['--client', 'Acme', '--provider', 'Kestrel', '--workflow', 'Triage', '--tier', 'essential', '--effective-date', '2027-01-01', '--stdout'], terminal);
    await terminal.answer(/Time zone/, ...'Europe/London', KEY.enter);
    await terminal.answer(/Public holidays[\s\S]*gb-eng — England and Wales/, KEY.enter);
    const result = await run;
    expect(result.code).toBe(0);
    expect(terminal.text).not.toMatch(/Client|Service tier|Effective date/);
    expect(result.stdout).toContain('timezone: Europe/London');
    expect(result.stdout).toContain('Early May bank holiday');
  });

  it('Ctrl+C cancels without writing anything (exit 2)', async () => {
    const terminal = new FakeTerminal();
    const run = runInTerminal([], terminal);
    await terminal.answer(/Client/, KEY.ctrlC);
    const result = await run;
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cancelled; nothing was written');
    expect(await readdir(cwd)).toEqual([]);
  });
});

describe('sla init in a terminal: the language', () => {
  const FLAGS = ['--client', 'Acme', '--provider', 'Kestrel', '--workflow', 'Triage', '--tier', 'essential', '--effective-date', '2027-01-01', '--stdout'];

  it('offers the holiday region’s own language first (de → de-DE), and Enter takes it', async () => {
    const terminal = new FakeTerminal();
    const run = runInTerminal([...FLAGS, '--timezone', 'Europe/Berlin'], terminal);
    await terminal.answer(/Public holidays[\s\S]*de — Germany/, KEY.enter);
    await terminal.answer(/Language of the agreement[\s\S]*de-DE — Deutsch[\s\S]*en-GB/, KEY.enter);
    const result = await run;
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('\nlocale: de-DE\n');
    expect(result.stdout).toContain('term: Geschäftszeiten');
  });

  it('keeps English when the author picks it, and asks nothing when --locale is given', async () => {
    const terminal = new FakeTerminal();
    const run = runInTerminal([...FLAGS, '--timezone', 'Europe/Paris'], terminal);
    await terminal.answer(/Public holidays[\s\S]*fr — France/, KEY.enter);
    await terminal.answer(/Language of the agreement[\s\S]*fr-FR — français/, KEY.down, KEY.enter);
    const english = await run;
    expect(english.code).toBe(0);
    expect(english.stdout).toContain('\nlocale: en-GB\n');

    const second = new FakeTerminal();
    const given = runInTerminal([...FLAGS, '--timezone', 'Europe/Amsterdam', '--locale', 'es-ES'], second);
    await second.answer(/Public holidays[\s\S]*nl — Netherlands/, KEY.enter);
    const spanish = await given;
    expect(second.text).not.toContain('Language of the agreement');
    expect(spanish.stdout).toContain('\nlocale: es-ES\n');
    expect(spanish.stdout).toContain('term: Horario laborable');
  });
});

describe('sla init in a terminal: an existing target is refused before any question', () => {
  it('an existing file: nothing is asked, exit 2 with the usual message, the file untouched', async () => {
    await writeFile(path.join(cwd, 'agreement.sla.yaml'), 'mine');
    const terminal = new FakeTerminal();
    const result = await runInTerminal([], terminal);
    expect(terminal.text).toBe('');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('sla: agreement.sla.yaml already exists; use --force to overwrite\n');
    expect(await readFile(path.join(cwd, 'agreement.sla.yaml'), 'utf8')).toBe('mine');
  });

  it('a directory named as the file: refused before any question', async () => {
    await mkdir(path.join(cwd, 'contracts'));
    const terminal = new FakeTerminal();
    const result = await runInTerminal(['contracts'], terminal);
    expect(terminal.text).toBe('');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('contracts is a directory');
  });

  it('--repo DIR with repository files already there: nothing is asked, every one is named', async () => {
    await mkdir(path.join(cwd, 'demo'));
    await writeFile(path.join(cwd, 'demo/README.md'), 'mine');
    await writeFile(path.join(cwd, 'demo/package.json'), '{}');
    const terminal = new FakeTerminal();
    const result = await runInTerminal(['--repo', 'demo'], terminal);
    expect(terminal.text).toBe('');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('sla: 2 files already exist: package.json, README.md; use --force to overwrite\n');
    expect((await readdir(path.join(cwd, 'demo'))).sort()).toEqual(['README.md', 'package.json']);
  });

  it('--force still asks, and then replaces the file', async () => {
    await writeFile(path.join(cwd, 'agreement.sla.yaml'), 'mine');
    const terminal = new FakeTerminal();
    const run = runInTerminal(['--force', '--client', 'Acme', '--provider', 'Kestrel', '--workflow', 'Triage', '--tier', 'essential', '--effective-date', '2027-01-01', '--holidays', 'none'], terminal);
    await terminal.answer(/Time zone/, KEY.enter);
    const result = await run;
    expect(result.code).toBe(0);
    expect(await readFile(path.join(cwd, 'agreement.sla.yaml'), 'utf8')).toContain('kind: SupportAgreement');
  });
});
