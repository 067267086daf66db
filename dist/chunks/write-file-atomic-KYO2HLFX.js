import { createRequire as __slaCreateRequire } from 'node:module'; const require = __slaCreateRequire(import.meta.url);
import {
  writeFileAtomic,
  writeFilesAtomic
} from "./chunk-YCFVRN5X.js";
import "./chunk-YKDEAKEZ.js";
export {
  writeFileAtomic,
  writeFilesAtomic
};
