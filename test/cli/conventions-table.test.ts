// docs/cli.md's table of conventions is a contract: every row names a test that holds sla to it, and that test
// must exist. A row whose test is renamed or removed fails here instead of quietly going stale.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/example.js';

interface Row {
  convention: string;
  file: string;
  title: string;
}

function tableRows(): Row[] {
  const doc = readFileSync(path.join(ROOT, 'docs/cli.md'), 'utf8');
  const table = doc.slice(doc.indexOf('## Conventions and where they come from'));
  const rows: Row[] = [];
  for (const line of table.split('\n')) {
    const cells = line.split(/(?<!\\)\|/).slice(1, -1).map((cell) => cell.trim());
    if (cells.length !== 4 || cells[0] === 'Convention' || /^-+$/.test(cells[0]!)) continue;
    const test = /^`([^`]+\.test\.ts)` › "(.+)"$/.exec(cells[3]!);
    rows.push({ convention: cells[0]!, file: test?.[1] ?? '', title: test?.[2] ?? '' });
  }
  return rows;
}

/** The titles of a test file's describe and it blocks (the literal first argument). */
function testTitles(file: string): string[] {
  const source = readFileSync(path.join(ROOT, file), 'utf8');
  return [...source.matchAll(/\b(?:describe|it|test)(?:\.each\([^)]*\))?\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g)].map((m) => m[2]!.replace(/\\(.)/g, '$1'));
}

describe('docs/cli.md conventions table', () => {
  const rows = tableRows();

  it('has a row for every convention issue 21 names', () => {
    expect(rows.length).toBeGreaterThanOrEqual(20);
  });

  it.each(rows.map((row) => [row.convention, row] as const))('%s: names a test that exists', (_name, row) => {
    expect(row.file, 'the Test cell should read `test/…/x.test.ts` › "title"').not.toBe('');
    expect(existsSync(path.join(ROOT, row.file)), row.file).toBe(true);
    const titles = testTitles(row.file);
    expect(titles.some((title) => title.includes(row.title)), `${row.file} has no describe/it titled with "${row.title}"`).toBe(true);
  });
});
