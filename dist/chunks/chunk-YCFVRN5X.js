import { createRequire as __slaCreateRequire } from 'node:module'; const require = __slaCreateRequire(import.meta.url);

// src/util/write-file-atomic.ts
import { link, mkdir, open, readdir, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
async function moveIntoPlace(temp, target, force) {
  if (force) return rename(temp, target);
  try {
    await link(temp, target);
    await unlink(temp);
  } catch (error) {
    if (error.code === "EEXIST") throw error;
    if (await stat(target).then(() => true, () => false)) throw Object.assign(new Error(`${target} exists`), { code: "EEXIST" });
    await rename(temp, target);
  }
}
async function writeFileAtomic(file, content, options = {}) {
  await writeFilesAtomic([[file, content]], options);
}
async function writeFilesAtomic(files, options = {}) {
  for (const directory of new Set(files.map(([file]) => path.dirname(file)))) {
    if (options.createDirectories) {
      await mkdir(directory, { recursive: true }).catch((error) => {
        throw error.code === "EEXIST" ? Object.assign(new Error(`${directory}: a file is in the way of the folder`), { code: "ENOTDIR" }) : error;
      });
    }
    await removeStaleTemps(directory);
  }
  const temps = [];
  try {
    for (const [file, content] of files) {
      const temp = tempName(file);
      const handle = await open(temp, "wx");
      temps.push(temp);
      try {
        await handle.writeFile(content);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    if (!options.force) {
      for (const [file] of files) {
        if (await stat(file).then(() => true, () => false)) throw Object.assign(new Error(`${file} exists`), { code: "EEXIST", file });
      }
    }
    for (const [index, [file]] of files.entries()) {
      await moveIntoPlace(temps[index], file, options.force ?? false).catch((error) => {
        throw Object.assign(error, { file });
      });
    }
  } catch (error) {
    await Promise.all(temps.map((temp) => unlink(temp).catch(() => void 0)));
    throw error;
  }
}
var TEMP = /^\..+\.(\d+)-[0-9a-f]{8}\.tmp$/;
function tempName(file) {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${randomSuffix()}.tmp`);
}
async function removeStaleTemps(directory) {
  const names = await readdir(directory).catch(() => []);
  for (const name of names) {
    const pid = TEMP.exec(name)?.[1];
    if (pid && Number(pid) !== process.pid && !isRunning(Number(pid))) await unlink(path.join(directory, name)).catch(() => void 0);
  }
}
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function randomSuffix() {
  return process.getBuiltinModule("node:crypto").randomBytes(4).toString("hex");
}

export {
  writeFileAtomic,
  writeFilesAtomic
};
