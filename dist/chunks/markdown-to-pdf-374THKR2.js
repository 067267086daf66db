import { createRequire as __slaCreateRequire } from 'node:module'; const require = __slaCreateRequire(import.meta.url);
import {
  markdownToPdf
} from "./chunk-A2H5PSZT.js";
import "./chunk-YKDEAKEZ.js";
export {
  markdownToPdf
};
