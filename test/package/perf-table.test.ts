import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/example.js';

// README's performance table is generated from bench/results.json by bench/perf-table.mjs (never copied by hand):
// after a full `npm run bench`, `node bench/perf-table.mjs --write` puts it between the markers.
type Results = { summary: string; quick?: boolean; cases: Record<string, unknown>[] };
let perfTable: (results: Results) => string;
let replaceTable: (readme: string, table: string) => string;
let currentTable: (readme: string) => string;
let writeReadmeTable: (results: Results, readmeFile: string) => boolean;
let START: string;
let END: string;

beforeAll(async () => {
  ({ perfTable, replaceTable, currentTable, writeReadmeTable, START, END } = (await import(path.join(ROOT, 'bench/perf-table.mjs'))) as {
    perfTable: typeof perfTable;
    writeReadmeTable: typeof writeReadmeTable;
    replaceTable: typeof replaceTable;
    currentTable: typeof currentTable;
    START: string;
    END: string;
  });
});

const results = async (): Promise<Results> => JSON.parse(await readFile(path.join(ROOT, 'bench/results.json'), 'utf8')) as Results;

describe('README performance table', () => {
  it('is the table bench/results.json gives (run `node bench/perf-table.mjs --write` after a full bench run)', async () => {
    const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme.split(START)).toHaveLength(2);
    expect(readme.split(END)).toHaveLength(2);
    expect(currentTable(readme)).toBe(perfTable(await results()));
  });

  it('has one row per case of results.json, and the machine line', async () => {
    const saved = await results();
    const table = perfTable(saved);
    const rows = table.split('\n').filter((line) => line.startsWith('| '));
    expect(rows).toHaveLength(saved.cases.length + 2);
    expect(table.trimEnd().endsWith(saved.summary)).toBe(true);
  });

  it('shows a case that was not measured with its reason, and escapes pipes', () => {
    const table = perfTable({
      summary: 'Machine: test',
      cases: [
        { id: 'x', title: 'a | b', status: 'not measured', reason: 'no chromium', target: { text: '≥ 2×' } },
        { id: 'y', title: 'start-up', status: 'measured', target: { text: '≤ 1.5×', max: 1.5 }, ours: { medianMs: 1234.5, peakMB: 50 }, peer: { medianMs: 48, peakMB: 39 }, ratio: 25.72, cpuRatio: 3.1, met: false },
      ],
    });
    expect(table).toContain('| a \\| b | – | – | – | ≥ 2× | not measured: no chromium | – | – |');
    expect(table).toContain('| start-up | 1.23 s | 48 ms | 25.72× (CPU 3.1×) | ≤ 1.5× | NOT met | 50 MB | 39 MB |');
  });

  it('replaces only what lies between the markers', () => {
    const readme = `# x\n\nbefore\n\n${START}\nold table\n${END}\n\nafter\n`;
    const next = replaceTable(readme, '| new |\n');
    expect(next).toBe(`# x\n\nbefore\n\n${START}\n| new |\n${END}\n\nafter\n`);
    expect(currentTable(next)).toBe('| new |\n');
    expect(() => replaceTable('# no markers\n', 'x')).toThrow(/perf-table:start/);
  });

  it('writeReadmeTable (what bench/run.mjs calls after writing results.json) rewrites a README only when the table changed', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'perf-table-'));
    try {
      const file = path.join(dir, 'README.md');
      await writeFile(file, `intro\n\n${START}\nold\n${END}\n\nprose\n`);
      const saved = await results();
      expect(writeReadmeTable(saved, file)).toBe(true);
      expect(await readFile(file, 'utf8')).toBe(`intro\n\n${START}\n${perfTable(saved)}${END}\n\nprose\n`);
      expect(writeReadmeTable(saved, file)).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
