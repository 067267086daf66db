// Bundled by validate-costs.mjs: per-file cost of each step of `sla validate`, warm, in one process, over a set of
// generated agreements; compared with other ways to read the same YAML.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parseAllDocuments, parse as yamlParse, Parser } from 'yaml';
import { parseYamlSource, DEFAULT_LIMITS } from '../../src/load/parse-yaml.js';
import { validateAgreement } from '../../src/agreement.js';
import validateSchema from '../../src/generated/validate-agreement.js';
import { semanticDiagnostics } from '../../src/validate/semantic.js';

const dir = process.argv[2]!;
const files = readdirSync(dir).filter((f) => f.endsWith('.sla.yaml')).sort().map((f) => path.join(dir, f));
const texts = files.map((f) => readFileSync(f, 'utf8'));
const benchRequire = createRequire(path.resolve('bench/package.json'));
const jsYaml = benchRequire('js-yaml');
const stoplightYaml = benchRequire('@stoplight/yaml');
const bytes = texts.reduce((n, t) => n + t.length, 0);

async function time(label: string, fn: (text: string, i: number) => unknown, rounds = 3) {
  for (let i = 0; i < Math.min(50, texts.length); i++) await fn(texts[i]!, i); // warm-up
  const results: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t = process.cpuUsage();
    for (let i = 0; i < texts.length; i++) await fn(texts[i]!, i);
    const u = process.cpuUsage(t);
    results.push((u.user + u.system) / 1000 / texts.length);
  }
  results.sort((a, b) => a - b);
  console.log(`  ${results[rounds >> 1]!.toFixed(3).padStart(7)} ms/file  ${label}`);
}

console.log(`${texts.length} files, ${(bytes / texts.length / 1024).toFixed(1)} KiB on average; CPU ms per file, warm (median of 3 rounds)`);
const parsed = texts.map((t, i) => parseYamlSource(t, files[i]!, DEFAULT_LIMITS));
const json = parsed.map((p) => JSON.stringify(p.data));
await time('sla parseYamlSource (yaml Document + LineCounter + source map of every value)', (t, i) => parseYamlSource(t, files[i]!, DEFAULT_LIMITS));
await time('yaml parseAllDocuments with the same options, no source map', (t) => parseAllDocuments(t, { uniqueKeys: true, merge: false, version: '1.2', strict: true }));
await time('yaml.parse (Document → plain data)', (t) => yamlParse(t, { version: '1.2' }));
await time('yaml Parser: CST only (lexer + parser, no compose)', (t) => { for (const _ of new Parser().parse(t)); });
await time('js-yaml 3 safeLoad, JSON schema (what ajv-cli uses, minus dates)', (t) => jsYaml.safeLoad(t, { schema: jsYaml.JSON_SCHEMA }));
await time('@stoplight/yaml parseWithPointers (yaml-ast-parser: data + AST with positions, what Spectral uses)', (t) => stoplightYaml.parseWithPointers(t, { ignoreDuplicateKeys: false }));
await time('JSON.parse of the same data (floor)', (_t, i) => JSON.parse(json[i]!));
await time('precompiled Ajv validator (schema only)', (_t, i) => validateSchema(parsed[i]!.data));
await time('semantic checks (references, dates, time zones)', (_t, i) => semanticDiagnostics(parsed[i]!.data as never, parsed[i]!.sourceMap, files[i]!));
await time('validateAgreement (schema + semantic + normalise)', (_t, i) => validateAgreement(parsed[i]!));
const loaded = parsed.map((p) => validateAgreement(p));
const { Linter } = await import('../../src/lint/engine.js');
const linter = await Linter.create({ cwd: process.cwd() });
await time('lint: every recommended rule on the loaded agreement (Linter.lintLoaded)', (_t, i) => linter.lintLoaded(loaded[i]!));

// Per rule: each recommended rule alone through the engine (the engine's own work counted in each).
const { lintAgreement, loadBuiltInRules } = await import('../../src/lint/engine.js');
const rules = await loadBuiltInRules();
await time('engine alone (no rules: text fields, directives, schema findings)', (_t, i) => lintAgreement(loaded[i]!, { rules: [] }), 1);
for (const rule of rules) await time(`  + rule ${rule.meta.id}`, (_t, i) => lintAgreement(loaded[i]!, { rules: [rule] }), 1);
