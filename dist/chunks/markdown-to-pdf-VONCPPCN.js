import { createRequire as __slaCreateRequire } from 'node:module'; const require = __slaCreateRequire(import.meta.url);
import {
  markdownToPdf
} from "./chunk-JFEKUGIW.js";
import "./chunk-YKDEAKEZ.js";
export {
  markdownToPdf
};
