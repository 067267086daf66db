'use strict';
// Writes the CLI's V8 code cache (see bin/sla.cjs) after running `sla validate` and `sla lint` once on the examples,
// so the bytecode of the functions they use is in the cache, not only the bundle's top level. Run by
// scripts/build-cli.mjs:
//   node scripts/warm-code-cache.cjs <dist/cli.cjs>
const path = require('node:path');
const { loadCli } = require('../bin/sla.cjs');

const root = path.join(__dirname, '..');
const example = path.join(root, 'examples');
const RUNS = [
  ['validate', example],
  ['lint', example],
];

const { cli, saveCache } = loadCli(path.resolve(process.argv[2]));
const quiet = {
  stdout() {},
  stderr() {},
  readStdin: async () => '',
  stdoutIsTTY: false,
  stdinIsTTY: false,
  stderrIsTTY: false,
  cwd: root,
  env: {},
  color: { stdout: false, stderr: false },
};

(async () => {
  for (const args of RUNS) {
    const code = await cli.main(args, quiet);
    if (code !== 0) throw new Error(`sla ${args.join(' ')} exited ${code} while warming the code cache`);
  }
  if (!saveCache()) throw new Error('could not write the code cache next to dist/cli.cjs');
})().catch((error) => {
  console.error(`warm-code-cache: ${error.message}`);
  process.exitCode = 1;
});
