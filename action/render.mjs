// The render step of the GitHub Action (action.yml): `sla render` of the same paths into one folder, and a list of
// the contracts in the job summary. Fails the step when an agreement cannot be rendered.
//   INPUT_PATHS, INPUT_RENDER_FORMATS, INPUT_RENDER_DIRECTORY
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { appendSummary, errorCommand, input, InputError, listInput, SLA_BIN, setOutput } from './inputs.mjs';
import { cell } from './summary.mjs';

try {
  const paths = listInput('paths', ['.']);
  const formats = listInput('render-formats', ['md', 'pdf']);
  const directory = input('render-directory', 'rendered');
  const args = [SLA_BIN, 'render', ...paths, '--out-dir', directory, '--force', ...formats.flatMap((f) => ['--format', f])];
  const render = spawnSync(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  let files = [];
  try {
    files = readdirSync(directory).sort();
  } catch {
    // Nothing was written.
  }
  setOutput('render-directory', directory);
  appendSummary(['## sla render', '', files.length === 0 ? 'No contracts were rendered.' : `${files.length} file(s) in \`${cell(directory)}/\`:`, '',
    ...files.map((f) => `- \`${cell(f)}\``), ''].join('\n'));
  process.exitCode = render.status ?? 2;
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  console.log(errorCommand(error.message));
  process.exitCode = 2;
}
