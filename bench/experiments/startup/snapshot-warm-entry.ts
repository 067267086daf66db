// Like snapshot-entry.ts, but parses the shipped examples and runs the precompiled schema validator on them while
// the snapshot is built, so those functions are already compiled (bytecode) in the snapshot. (Running the whole
// `sla lint` at build time leaves Intl objects and file handles that V8 cannot put in a snapshot.)
import v8 from 'node:v8';
import path from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import { main } from '../../../src/cli/main.js';
import { parseYamlSource, DEFAULT_LIMITS } from '../../../src/load/parse-yaml.js';
import validateSchema from '../../../src/generated/validate-agreement.js';

const examples = path.resolve(process.env.SLA_SNAPSHOT_EXAMPLES ?? 'examples');
for (let i = 0; i < 3; i++) {
  for (const file of readdirSync(examples).filter((f) => f.endsWith('.sla.yaml'))) {
    const parsed = parseYamlSource(readFileSync(path.join(examples, file), 'utf8'), file, DEFAULT_LIMITS);
    validateSchema(parsed.data);
  }
}

v8.startupSnapshot.setDeserializeMainFunction(() => {
  main(process.argv.slice(1)).then((code) => {
    process.exitCode = code;
  });
});
