// Entry for `node --build-snapshot` (bundled into one CommonJS file by build.mjs): evaluates the whole CLI while the
// snapshot is built; main() runs when a process starts from the snapshot.
import v8 from 'node:v8';
import { main } from '../../../src/cli/main.js';

v8.startupSnapshot.setDeserializeMainFunction(() => {
  // Started from a snapshot, process.argv is [node, ...arguments]: there is no script path.
  main(process.argv.slice(1)).then((code) => {
    process.exitCode = code;
  });
});
