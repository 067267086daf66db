'use strict';
// Writes the CLI's V8 code cache (see bin/sla.cjs) after running the everyday commands once on the examples, so the
// bytecode of the functions they use is in the cache, not only the bundle's top level. Run by scripts/build.mjs:
//   node scripts/warm-code-cache.cjs <dist/cli.cjs> [commands, default "validate lint"]
const path = require('node:path');
const os = require('node:os');
const fs = require('node:fs');
const { loadCli } = require('../bin/sla.cjs');

const root = path.join(__dirname, '..');
const example = path.join(root, 'examples');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-warm-'));
const RUNS = {
  validate: ['validate', example],
  lint: ['lint', example],
  render: ['render', path.join(example, 'standard-customer-service-assistant.sla.yaml'), '--format', 'md', '--out', out],
  due: ['due', path.join(example, 'standard-customer-service-assistant.sla.yaml'), '--severity', 'critical', '--opened', '2027-12-23T16:00+01:00'],
};
const bundle = path.resolve(process.argv[2]);
const wanted = (process.argv[3] ?? 'validate lint').split(/\s+/).filter(Boolean);

const { cli, saveCache } = loadCli(bundle);
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
  try {
    for (const name of wanted) {
      const code = await cli.main(RUNS[name], quiet);
      if (code !== 0) throw new Error(`sla ${RUNS[name].join(' ')} exited ${code} while warming the code cache`);
    }
    if (!saveCache()) throw new Error('could not write the code cache next to dist/cli.cjs');
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
})().catch((error) => {
  console.error(`warm-code-cache: ${error.message}`);
  process.exitCode = 1;
});
