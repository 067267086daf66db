// The lint step of the GitHub Action (action.yml): runs `sla lint` once with annotations (the github format) on
// stdout, a JSON report for the job summary, and SARIF when it is to be uploaded; writes the findings table to the
// job summary and the counts to the step's outputs. It never fails the step itself: the action's last step does,
// after the SARIF upload and the render have run, from the `exit-code` output.
//   INPUT_PATHS, INPUT_CONFIG, INPUT_FORMATS, INPUT_MAX_WARNINGS, INPUT_FAIL_ON, INPUT_UPLOAD_SARIF, INPUT_SARIF_FILE
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { appendSummary, booleanInput, errorCommand, input, InputError, listInput, SLA_BIN, setOutput } from './inputs.mjs';
import { findingsSummary } from './summary.mjs';

const FAIL_ON = ['error', 'warning', 'info', 'never'];

function run() {
  const paths = listInput('paths', ['.']);
  const failOn = input('fail-on', 'error');
  if (!FAIL_ON.includes(failOn)) throw new InputError(`input \`fail-on\` must be one of ${FAIL_ON.join(', ')}, not \`${failOn}\``);
  const maxWarnings = input('max-warnings');
  if (maxWarnings !== '' && !/^-?\d+$/.test(maxWarnings)) throw new InputError(`input \`max-warnings\` must be a whole number, not \`${maxWarnings}\``);
  const uploadSarif = booleanInput('upload-sarif');
  const sarifFile = input('sarif-file', 'sla-results.sarif');

  const scratch = mkdtempSync(path.join(tmpdir(), 'sla-action-'));
  const jsonFile = path.join(scratch, 'results.json');
  const args = [SLA_BIN, 'lint', ...paths, '--format', 'github', '--format', 'json', '--output', `json=${jsonFile}`, '--force'];
  if (input('config')) args.push('--config', input('config'));
  if (maxWarnings !== '' && Number(maxWarnings) >= 0) args.push('--max-warnings', maxWarnings);
  if (uploadSarif) args.push('--format', 'sarif', '--output', `sarif=${sarifFile}`);
  // More report files, e.g. `junit=sla-junit.xml`.
  for (const extra of listInput('formats')) {
    const [format, file] = extra.split('=');
    if (!format || !file) throw new InputError(`input \`formats\` takes format=file pairs such as junit=sla-junit.xml, not \`${extra}\``);
    args.push('--format', format, '--output', `${format}=${file}`);
  }

  // Annotations go straight to the log, where the runner reads them; stderr (problems, notes) too.
  const lint = spawnSync(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  const code = lint.status ?? 2;
  let results = [];
  try {
    results = JSON.parse(readFileSync(jsonFile, 'utf8'));
  } catch {
    // sla could not lint (exit 2): it has said why on stderr, and there is nothing to count.
  }
  rmSync(scratch, { recursive: true, force: true });

  const count = (key) => results.reduce((sum, r) => sum + r[key], 0);
  const counts = { errors: count('errorCount'), warnings: count('warningCount'), infos: count('infoCount') };
  let exitCode = code;
  if (code === 1 && failOn === 'never') exitCode = 0;
  if (code === 0 && ((failOn === 'warning' && counts.warnings > 0) || (failOn === 'info' && counts.warnings + counts.infos > 0))) exitCode = 1;

  appendSummary(findingsSummary(results, { cwd: process.cwd(), exitCode: code, failOn }));
  setOutput('errors', counts.errors);
  setOutput('warnings', counts.warnings);
  setOutput('infos', counts.infos);
  setOutput('files', results.length);
  setOutput('sarif-file', uploadSarif && code !== 2 ? sarifFile : '');
  setOutput('exit-code', exitCode);
}

try {
  run();
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  console.log(errorCommand(error.message));
  setOutput('exit-code', 2);
}
