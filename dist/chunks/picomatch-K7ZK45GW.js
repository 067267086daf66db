import { createRequire as __slaCreateRequire } from 'node:module'; const require = __slaCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-DWBEGZTO.js";
import "./chunk-YKDEAKEZ.js";
export default require_picomatch();
