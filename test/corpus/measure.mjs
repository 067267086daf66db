#!/usr/bin/env node
// Precision and recall of `sla lint` on the real published support policies transcribed in test/corpus/ (issue 14).
//
//   node test/corpus/measure.mjs                  runs `node scripts/dev.mjs lint test/corpus --no-ignore --format json` (sla:policy,
//                                                 from test/corpus/.slarc.yaml) and compares it with the expected files
//   node test/corpus/measure.mjs lint.json        compares a saved `--format json` output instead
//   node test/corpus/measure.mjs --json           prints the numbers as JSON
//
// Each <id>.expected.yaml lists the drafting problems a reviewer reports, written before the linter ran:
// { rule, pointer, why, words? }. A finding matches an expected problem when its rule id is the expected rule, its
// pointer is the expected pointer or lies below it (segment by segment; "" is the whole document), and, when `words`
// is given, its message contains those words (case-insensitive). Several findings may match one expected problem
// (a tier-wide problem found once per severity level); each of them is a true positive.
//
//   found      findings of severity warning or error (info findings, the agency-only rules of sla:policy, are
//              counted apart: the preset says they are not drafting mistakes of a published policy)
//   TP         found findings that match an expected problem
//   FP         found findings that match none
//   hit        expected problems matched by at least one finding; misses = expected - hit
//   precision  TP / found          recall  hit / expected
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const input = args.find((arg) => !arg.startsWith('--'));

function lintOutput() {
  if (input) return { stdout: readFileSync(input, 'utf8'), stderr: '' };
  const run = spawnSync(process.execPath, ['scripts/dev.mjs', 'lint', 'test/corpus', '--no-ignore', '--format', 'json'], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.error) throw run.error;
  // Exit 1 means error findings, 2 that a rule crashed (its findings are missing, the others are there).
  return { stdout: run.stdout, stderr: run.stderr };
}

const { stdout, stderr } = lintOutput();
const results = JSON.parse(stdout);
const byId = new Map(results.map((result) => [path.basename(result.file).replace(/\.sla\.ya?ml$/, ''), result]));

const within = (pointer, prefix) => prefix === '' || pointer === prefix || pointer.startsWith(`${prefix}/`);
const matches = (finding, expected) =>
  finding.ruleId === expected.rule &&
  within(finding.pointer, expected.pointer) &&
  (!expected.words || finding.message.toLowerCase().includes(String(expected.words).toLowerCase()));

/** The value at a JSON pointer, as the words that caused a finding. */
function valueAt(data, pointer) {
  if (pointer === '') return undefined;
  let value = data;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (value === null || typeof value !== 'object') return undefined;
    value = value[key];
  }
  return value;
}

function wording(data, pointer) {
  const value = valueAt(data, pointer);
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const text = value.description ?? value.definition ?? value.name;
    if (typeof text === 'string') return text;
  }
  return undefined;
}

const ids = readdirSync(here).filter((file) => file.endsWith('.expected.yaml')).map((file) => file.replace(/\.expected\.yaml$/, '')).sort();
const rows = [];
const falsePositives = [];
const misses = [];
/** Every expected problem with whether a finding matched it, and every counted finding, for the per-rule table. */
const judged = [];
const counted = [];
let infoTotal = 0;

for (const id of ids) {
  const expected = parse(readFileSync(path.join(here, `${id}.expected.yaml`), 'utf8')) ?? [];
  const data = parse(readFileSync(path.join(here, `${id}.sla.yaml`), 'utf8'));
  const result = byId.get(id);
  const findings = (result?.findings ?? []).filter((f) => f.severity !== 'info');
  counted.push(...findings);
  const info = (result?.findings ?? []).length - findings.length;
  infoTotal += info;
  let tp = 0;
  for (const finding of findings) {
    if (expected.some((e) => matches(finding, e))) tp++;
    else falsePositives.push({ policy: id, rule: finding.ruleId, messageId: finding.messageId, pointer: finding.pointer, line: finding.line, message: finding.message, words: wording(data, finding.pointer) });
  }
  let hit = 0;
  for (const e of expected) {
    const found = findings.some((finding) => matches(finding, e));
    judged.push({ rule: e.rule, hit: found });
    if (found) hit++;
    else misses.push({ policy: id, rule: e.rule, pointer: e.pointer, why: e.why, words: e.words ?? wording(data, e.pointer) });
  }
  rows.push({ policy: id, expected: expected.length, found: findings.length, tp, fp: findings.length - tp, hit, misses: expected.length - hit, info });
}

const total = rows.reduce(
  (sum, row) => ({ ...sum, expected: sum.expected + row.expected, found: sum.found + row.found, tp: sum.tp + row.tp, fp: sum.fp + row.fp, hit: sum.hit + row.hit, misses: sum.misses + row.misses, info: sum.info + row.info }),
  { policy: 'overall', expected: 0, found: 0, tp: 0, fp: 0, hit: 0, misses: 0, info: 0 },
);
const percent = (a, b) => (b === 0 ? '—' : `${Math.round((100 * a) / b)} %`);
const withRates = (row) => ({ ...row, precision: percent(row.tp, row.found), recall: percent(row.hit, row.expected) });
const crashes = stderr.split('\n').filter((line) => /failed on/.test(line));

// Per rule, and recall on the rules that exist today (docs/rules/<id>.md) apart from the proposed ones.
const existing = new Set(readdirSync(path.join(root, 'docs/rules')).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, '')));
const perRule = new Map();
const ruleRow = (rule) => perRule.get(rule) ?? perRule.set(rule, { rule, exists: existing.has(rule), expected: 0, hit: 0, found: 0, fp: 0 }).get(rule);
for (const { rule, hit } of judged) {
  ruleRow(rule).expected++;
  if (hit) ruleRow(rule).hit++;
}
for (const f of counted) ruleRow(f.ruleId).found++;
for (const f of falsePositives) ruleRow(f.rule).fp++;
const existingRules = [...perRule.values()].filter((r) => r.exists);
const existingExpected = existingRules.reduce((n, r) => n + r.expected, 0);
const existingHit = existingRules.reduce((n, r) => n + r.hit, 0);
const revision = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src', 'schemas'], { cwd: root, encoding: 'utf8' }).stdout.trim() !== '';

if (asJson) {
  console.log(JSON.stringify({ revision, dirty, rows: rows.map(withRates), overall: withRates(total), perRule: [...perRule.values()], existingRulesRecall: percent(existingHit, existingExpected), falsePositives, misses, crashes }, null, 2));
} else {
  const header = ['policy', 'expected', 'found', 'TP', 'FP', 'hit', 'misses', 'precision', 'recall', 'info'];
  const table = [...rows, total].map(withRates).map((r) => [r.policy, r.expected, r.found, r.tp, r.fp, r.hit, r.misses, r.precision, r.recall, r.info].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((cells) => cells[i].length)));
  const line = (cells) => `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const cells of table) console.log(line(cells));
  console.log(`\n(found = warnings and errors under sla:policy; ${infoTotal} info findings of agency-only rules not counted; ${input ? `findings read from ${input}` : `linted from the sources at ${revision}${dirty ? ' with uncommitted changes in src/ or schemas/' : ''}`})`);
  console.log(`\nPer rule (* = proposed rule, not in docs/rules/ yet):`);
  const ruleCells = [...perRule.values()].sort((a, b) => a.rule.localeCompare(b.rule)).map((r) => [`${r.rule}${r.exists ? '' : ' *'}`, r.expected, r.hit, r.found, r.fp].map(String));
  const ruleHeader = ['rule', 'expected', 'hit', 'found', 'FP'];
  const rw = ruleHeader.map((h, i) => Math.max(h.length, ...ruleCells.map((c) => c[i].length)));
  for (const cells of [ruleHeader, ...ruleCells]) console.log(`  ${cells.map((c, i) => (i === 0 ? c.padEnd(rw[i]) : c.padStart(rw[i]))).join('  ')}`);
  console.log(`  recall on the rules that exist: ${existingHit}/${existingExpected} = ${percent(existingHit, existingExpected)}`);
  const show = (text) => (text === undefined ? '' : ` — "${text.length > 140 ? `${text.slice(0, 137)}...` : text}"`);
  console.log(`\nFalse positives (${falsePositives.length}):`);
  for (const f of falsePositives) console.log(`  ${f.rule}/${f.messageId}  ${f.policy} ${f.pointer} (line ${f.line})${show(f.words)}\n      ${f.message}`);
  console.log(`\nMisses (${misses.length}):`);
  for (const m of misses) console.log(`  ${m.rule}  ${m.policy} ${m.pointer || '(document)'}${show(m.words)}\n      expected: ${m.why}`);
  if (crashes.length) console.log(`\nRule crashes (their findings are missing):\n${crashes.map((c) => `  ${c}`).join('\n')}`);
}
