// Bundled by startup-phases.mjs. Times each phase of `sla lint one.sla.yaml` in one cold process, importing each
// layer only when its phase starts, so module loading and first (cold) execution are counted in that phase.
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';

const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const marks: [string, number, number][] = [['node bootstrap (process start → first line of user code)', performance.now(), cpu()]];
let last = performance.now();
let lastCpu = cpu();
const mark = (name: string) => {
  const now = performance.now();
  const c = cpu();
  marks.push([name, now - last, c - lastCpu]);
  last = now;
  lastCpu = c;
};

const file = process.argv[2]!;
const cli = await import('../../src/cli/main.js');
void cli;
mark('load the CLI entry (commander, chalk, command definitions)');
const { parseYamlSource, DEFAULT_LIMITS } = await import('../../src/load/parse-yaml.js');
mark('load the YAML loader module (yaml package)');
const text = readFileSync(file, 'utf8');
const parsed = parseYamlSource(text, file, DEFAULT_LIMITS);
mark('read + parse YAML with positions (cold)');
const { validateAgreement } = await import('../../src/agreement.js');
mark('load the validator modules (precompiled Ajv, semantic checks)');
const result = validateAgreement(parsed);
mark('validate: schema + semantic + normalise (cold)');
const { Linter } = await import('../../src/lint/engine.js');
mark('load the lint engine module');
const linter = await Linter.create({ cwd: process.cwd() });
mark('Linter.create: rules, config lookup');
const lint = await linter.lintLoaded(result);
mark('run every recommended rule (cold)');
const { FORMATTERS } = await import('../../src/formatters/index.js');
const { Chalk } = await import('../../node_modules/chalk/source/index.js');
const output = FORMATTERS.stylish([lint], { cwd: process.cwd(), color: new Chalk({ level: 0 }), rules: [], toolVersion: '0' });
mark('load the formatter + format the findings');
// Warm repeats: what the same work costs once the code is compiled and optimised a little.
const t = performance.now();
for (let i = 0; i < 20; i++) parseYamlSource(text, file, DEFAULT_LIMITS);
const warmParse = (performance.now() - t) / 20;
const t2 = performance.now();
for (let i = 0; i < 20; i++) validateAgreement(parseYamlSource(text, file, DEFAULT_LIMITS));
const warmValidate = (performance.now() - t2) / 20 - warmParse;
const t3 = performance.now();
for (let i = 0; i < 20; i++) await linter.lintLoaded(result);
const warmLint = (performance.now() - t3) / 20;
process.stdout.write(`${JSON.stringify({ marks, warm: { parse: warmParse, validate: warmValidate, lint: warmLint }, findings: lint.findings.length, outputBytes: output.length, ok: result.ok })}\n`);
