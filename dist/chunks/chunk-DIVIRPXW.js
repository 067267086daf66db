import { createRequire as __slaCreateRequire } from 'node:module'; const require = __slaCreateRequire(import.meta.url);
import {
  require_equal,
  require_ucs2length
} from "./chunk-DDEEGTO6.js";
import {
  DEFAULT_LOCALE,
  DURATION_EXAMPLES,
  LineIndex,
  SourceMap,
  TIMEZONE_KEYWORDS,
  UNSTATED,
  WEEKDAYS,
  checkTimezone,
  didYouMean,
  isZero,
  joinPointer,
  listOf,
  parseDuration,
  parseWindow,
  require_dist,
  shown,
  sla_schema_default,
  splitPointer
} from "./chunk-PNZADFCX.js";
import {
  __toESM
} from "./chunk-YKDEAKEZ.js";

// node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data) => typeof data === "string"
});
var NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES$1.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
];
var FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => {
    if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => {
    if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
];
var FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => {
    if (TRUE_VALUES.indexOf(source) !== -1) return true;
    if (FALSE_VALUES.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$2(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$1(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value = source.replace(/_/g, "");
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result = 0;
    for (const part of value.split(":")) result = result * 60 + Number(part);
    return sign * result;
  }
  if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  const result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0])) value = value.slice(1);
    if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    const result2 = sign * parseFloat(value);
    return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = Number(source);
  if (Number.isFinite(result)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, "");
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result = 0;
  if (value.includes(":")) {
    for (const part of value.split(":")) result = result * 60 + Number(part);
    result *= sign;
  } else result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: true,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => {
    if (source === "<<" || isExplicit && source === "") return "<<";
    return NOT_RESOLVED;
  },
  identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary2 = atob(input);
  const result = new Uint8Array(binary2.length);
  for (let index = 0; index < binary2.length; index++) result[index] = binary2.charCodeAt(index);
  return result;
}
function representYamlBinary(object) {
  let binary2 = "";
  for (let index = 0; index < object.length; index++) binary2 += String.fromCharCode(object[index]);
  return btoa(binary2);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  date.setUTCFullYear(year, month, day);
  return date;
}
function resolveYamlTimestamp(source) {
  let match = YAML_DATE_REGEXP.exec(source);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match === null) return NOT_RESOLVED;
  const year = +match[1];
  const month = +match[2] - 1;
  const day = +match[3];
  if (!match[4]) {
    const date2 = makeUtcDate(year, month, day);
    if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
    return date2;
  }
  const hour = +match[4];
  const minute = +match[5];
  const second = +match[6];
  let fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match[7]) {
    let value = match[7].slice(0, 3);
    while (value.length < 3) value += "0";
    fraction = +value;
  }
  const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match[9]) {
    const offsetHour = +match[10];
    const offsetMinute = +(match[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
  }
  return date;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object) => object instanceof Date,
  represent: (object) => object.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item) => {
    container.push(item);
  },
  identify: Array.isArray
});
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
  const result = {};
  for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
  return result;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key)) return "duplicate key in ordered map";
    carrier.seen.add(key);
    carrier.list.push(item);
    return "";
  },
  finalize: (carrier) => carrier.list,
  identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container, item) => {
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve a pairs item";
      container.push(item.entries().next().value);
      return "";
    }
    if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
    const object = item;
    const keys = Object.keys(object);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container.push([keys[0], object[keys[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    if (key !== null && typeof key === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key));
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of data) map.set(key, null);
    return map;
  },
  addPair: (container, key, value) => {
    if (value !== null) return "cannot resolve a set item";
    container.add(key);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result = [];
  for (const tag of tags) {
    let index = result.length;
    for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
      const previous = result[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result[index] = tag;
  }
  return result;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags) {
    const compiledTags = compileTags(tags);
    const implicitScalarTags = [];
    const exact = createTagDefinitionMap();
    const prefix = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix.scalar.push(tag);
          else exact.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix.sequence.push(tag);
          else exact.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix.mapping.push(tag);
          else exact.mapping[tag.tagName] = tag;
      }
    }
    const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
    const keys = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
    const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags;
    this.implicitScalarTags = implicitScalarTags;
    this.implicitScalarByFirstChar = implicitScalarByFirstChar;
    this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
    this.defaultScalarTag = defaultScalarTag;
    this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
    this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
    this.exact = exact;
    this.prefix = prefix;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    const exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    const exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    const exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (const tag2 of candidates) {
      const value = tag2.resolve(source, false, tag2.tagName);
      if (value !== NOT_RESOLVED) return {
        value,
        tag: tag2
      };
    }
    const tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, false, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags) {
    let flatTags = [];
    for (const tag of tags) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
};
var FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]);
var JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]);
var CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]);
var YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]);
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
  }
});
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container, key, value) => {
    container.set(key, value);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: (container, key) => container.get(key),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map = /* @__PURE__ */ new Map();
    const obj = data;
    for (const key of Object.keys(obj)) map.set(key, obj[key]);
    return map;
  }
});
function normalizeKey(key) {
  if (Array.isArray(key)) {
    const array = Array.prototype.slice.call(key);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
  return String(key);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    const normalizedKey = normalizeKey(key);
    if (normalizedKey === null) return "nested arrays are not supported inside keys";
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    const normalizedKey = normalizeKey(key);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd - position > maxHalfLength) {
    tail = " ...";
    lineEnd = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string, max) {
  return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re = /\r?\n|\r|\0/g;
  const lineStarts = [0];
  const lineEnds = [];
  let match;
  let foundLineNo = -1;
  while (match = re.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  let result = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
  }
  const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where += `in "${exception.mark.name}" `;
  where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact && exception.mark.snippet) where += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where}`;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super();
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact) {
    return `${this.name}: ${formatError(this, compact)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position, message, filename = "") {
    let line = 0;
    let lineStart = 0;
    for (let index = 0; index < position; index++) {
      const ch = source.charCodeAt(index);
      if (ch === 10) {
        line++;
        lineStart = index + 1;
      } else if (ch === 13) {
        line++;
        if (source.charCodeAt(index + 1) === 10) index++;
        lineStart = index + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position,
      line,
      column: position - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message, mark);
  }
};
var EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
};
var SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
};
var CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
};
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "\x85";
    case 95:
      return "\xA0";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
  if (c <= 65535) return String.fromCharCode(c);
  return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  if (c >= 48 && c <= 57) return c - 48;
  return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count) {
  if (count === 1) return " ";
  return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 39) {
      result += input.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 92) {
      result += input.slice(captureStart, position);
      position++;
      const escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit;
        }
        result += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region = input.slice(start, end).replace(/\r\n?/g, "\n");
  const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line of lines) {
    let column = 0;
    while (column < textIndent && line.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
    const first = content.charCodeAt(0);
    if (folded) {
      if (first === 32 || first === 9) {
        atMoreIndented = true;
        result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += " ";
      } else result += "\n".repeat(emptyLines);
    } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result += "\n";
  }
  return result;
}
function getScalarValue(input, scalar) {
  if (scalar.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar;
  if (scalar.fast) return input.slice(valueStart, valueEnd);
  switch (scalar.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
function tagPercentDecode(source) {
  let result = "";
  let index = 0;
  while (index < source.length) {
    if (source.charCodeAt(index) !== 37) {
      result += source[index++];
      continue;
    }
    let ch = parseInt(source.slice(index + 1, index + 3), 16);
    index += 3;
    if (ch >= 192) {
      let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
      ch &= (1 << 6 - remaining) - 1;
      while (remaining-- > 0) {
        ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
        index += 3;
      }
    }
    if (ch < 65536) result += String.fromCharCode(ch);
    else {
      ch -= 65536;
      result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
    }
  }
  return result;
}
function tagNameFull(rawTag, tagHandlers) {
  if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
  const handleEnd = rawTag.indexOf("!", 1);
  const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
  return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: false,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
function eventPosition$1(event) {
  if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
  if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
  if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
  if ("start" in event) return event.start;
  return 0;
}
function throwError$1(state, message) {
  YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
  try {
    return tag.finalize(carrier);
  } catch (error) {
    if (error instanceof YAMLException) throw error;
    YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
  }
}
function constructScalar(state, event) {
  const source = getScalarValue(state.source, event);
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  const strTag2 = state.schema.defaultScalarTag;
  if (rawTag !== "") {
    if (rawTag === "!") return {
      value: source,
      tag: strTag2
    };
    const tagName = tagNameFull(rawTag, state.tagHandlers);
    const scalarTag = state.schema.lookupScalarTag(tagName);
    if (scalarTag) {
      const result = scalarTag.resolve(source, true, tagName);
      if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      return {
        value: result,
        tag: scalarTag
      };
    }
    const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
    if (collectionTagDef) {
      if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      const carrier = collectionTagDef.create(tagName);
      return {
        value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
        tag: collectionTagDef
      };
    }
    throwError$1(state, `unknown scalar tag !<${tagName}>`);
  }
  if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
  return {
    value: strTag2.resolve(source, false, strTag2.tagName),
    tag: strTag2
  };
}
function collectionTagName(state, event, defaultTagName) {
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
  return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
  state.totalMergeKeys++;
  if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
  chargeMergeWork(state);
  for (const sourceKey of sourceTag.keys(source)) {
    chargeMergeWork(state);
    if (frame.tag.has(frame.value, sourceKey)) continue;
    const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
    if (err) throwError$1(state, err);
    frame.overridable ??= /* @__PURE__ */ new Set();
    frame.overridable.add(sourceKey);
  }
}
function mergeSource(state, frame, source, sourceTag) {
  state.position = frame.keyPosition;
  if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
  else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
    if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
    for (const element of source) {
      const elementTag = state.nodeTags.get(element);
      if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
      mergeKeys(state, frame, element, elementTag);
    }
  } else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
  state.position = frame.keyPosition;
  if (frame.keyIsMerge) {
    mergeSource(state, frame, value, tag);
    return;
  }
  if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
  const err = frame.tag.addPair(frame.value, key, value);
  if (err) throwError$1(state, err);
  frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
  const frame = state.frames[state.frames.length - 1];
  if (frame.kind === "document") {
    frame.value = value;
    frame.hasValue = true;
  } else if (frame.kind === "sequence") {
    if (isMappingTag(tag)) state.nodeTags.set(value, tag);
    const err = frame.tag.addItem(frame.value, value, frame.index++);
    if (err) throwError$1(state, err);
  } else if (frame.hasKey) {
    const key = frame.key;
    frame.key = void 0;
    frame.hasKey = false;
    addMappingValue(state, frame, key, value, tag);
  } else {
    frame.key = value;
    frame.keyPosition = state.position;
    frame.hasKey = true;
    frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
  }
}
function storeAnchor(state, event, value, tag, isValueFinal) {
  if (event.anchorStart !== NO_RANGE$2) {
    const anchor = {
      value,
      tag,
      isValueFinal
    };
    state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
    return anchor;
  }
  return null;
}
function constructFromEvents(events, options) {
  const state = {
    ...DEFAULT_CONSTRUCTOR_OPTIONS,
    ...options,
    events,
    documents: [],
    eventIndex: 0,
    position: 0,
    frames: [],
    anchors: /* @__PURE__ */ new Map(),
    nodeTags: /* @__PURE__ */ new Map(),
    tagHandlers: /* @__PURE__ */ Object.create(null),
    totalMergeKeys: 0,
    aliasCount: 0
  };
  while (state.eventIndex < state.events.length) {
    const event = state.events[state.eventIndex++];
    state.position = eventPosition$1(event);
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        state.anchors = /* @__PURE__ */ new Map();
        state.nodeTags = /* @__PURE__ */ new Map();
        state.aliasCount = 0;
        state.tagHandlers = /* @__PURE__ */ Object.create(null);
        for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
        state.frames.push({
          kind: "document",
          position: state.position,
          value: void 0,
          hasValue: false
        });
        break;
      case EVENT_ID.SCALAR: {
        const { value, tag } = constructScalar(state, event);
        storeAnchor(state, event, value, tag, true);
        addValue(state, value, tag);
        break;
      }
      case EVENT_ID.SEQUENCE: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
        const tag = state.schema.lookupSequenceTag(tagName);
        if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "sequence",
          position: state.position,
          value,
          tag,
          anchor,
          index: 0
        });
        break;
      }
      case EVENT_ID.MAPPING: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
        const tag = state.schema.lookupMappingTag(tagName);
        if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "mapping",
          position: state.position,
          value,
          tag,
          anchor,
          key: void 0,
          keyPosition: state.position,
          hasKey: false,
          keyIsMerge: false,
          overridable: null
        });
        break;
      }
      case EVENT_ID.ALIAS: {
        if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
        const name = state.source.slice(event.anchorStart, event.anchorEnd);
        const anchor = state.anchors.get(name);
        if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
        if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
        addValue(state, anchor.value, anchor.tag);
        break;
      }
      case EVENT_ID.POP: {
        const frame = state.frames.pop();
        if (frame.kind === "mapping" && frame.hasKey) {
          state.position = frame.keyPosition;
          throwError$1(state, "incomplete mapping pair in event stream");
        }
        if (frame.kind === "document") state.documents.push(frame.value);
        else {
          const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
          if (frame.anchor) {
            frame.anchor.value = value;
            frame.anchor.isValueFinal = true;
          }
          addValue(state, value, frame.tag);
        }
        break;
      }
    }
  }
  return state.documents;
}
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lc = c | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  if (c === 85) return 8;
  return 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  const ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    const following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
  const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
  if (match !== null) {
    state.position = start + match.index + match[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current = state.input.charCodeAt(state.position);
    const digit = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit >= 0) {
      if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent = parentIndent + digit - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column = 0;
    while (state.input.charCodeAt(linePosition + column) === 32) column++;
    const first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
      if (first === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd);
  addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start = state.position;
  let end = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace(ch)) end = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end === start) return false;
  checkPrintable(state, start, end);
  addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping = ch === 123;
  const start = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping ? 125 : 93;
  if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair2 = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair2 = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair2 = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) addPopEvent(state);
    } else if (isMapping && isPair2) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping) addEmptyScalarEvent(state);
    else if (isPair2) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name = state.input.slice(nameStart, state.position);
  const args = [];
  if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle, prefix] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle] = prefix;
    state.directives.push({
      kind: "tag",
      handle,
      prefix
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  const length = input.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart = state.position;
    readDocument(state);
    if (state.position === documentStart)
      throwError(state, "can not read a document");
  }
  return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
  const opts = {
    ...DEFAULT_LOAD_OPTIONS,
    ...options
  };
  const source = String(input);
  const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
  const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
  return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
    ...pick(opts, CONSTRUCTOR_OPT_KEYS),
    source
  });
}
function load(input, options) {
  const documents = loadDocuments(input, options);
  if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
  if (documents.length === 1) return documents[0];
  throw new YAMLException("expected a single document in the stream, but found more");
}
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value = layout.node.value;
  const multiline = value.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value.length) {
    let lineEnd = value.length;
    const nextLineBreak = value.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd = nextLineBreak;
    const line = value.slice(position, lineEnd);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: false,
  seqInlineFirst: true,
  lineWidth: 80,
  flowBracketPadding: false,
  flowSkipCommaSpace: false,
  flowSkipColonSpace: false,
  quoteFlowKeys: false,
  quoteStyle: "single",
  forceQuotes: false,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
  tagBeforeAnchor: false
};
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: false,
  noRefs: false,
  flowLevel: -1,
  sortKeys: false,
  transform: () => {
  }
};
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
var EVENT_MAPPING = EVENT_ID.MAPPING;
var EVENT_SCALAR = EVENT_ID.SCALAR;
var EVENT_ALIAS = EVENT_ID.ALIAS;
var EVENT_POP = EVENT_ID.POP;
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;

// src/load/parse-yaml.ts
var import_yaml = __toESM(require_dist(), 1);

// src/diagnostics.ts
var START_OF_FILE = { line: 1, column: 1, endLine: 1, endColumn: 1 };
function hasErrors(diagnostics) {
  return diagnostics.some((d) => d.severity === "error");
}
function byPosition(a, b) {
  return a.range.line - b.range.line || a.range.column - b.range.column || a.code.localeCompare(b.code);
}

// src/load/event-positions.ts
var BLOCK_HEADER = /[|>][-+1-9]*(?:[ \t]+#.*)?[ \t]*\r?$/;
function scalarSpan(text, event, after = 0) {
  const { valueStart: start, valueEnd: end } = event;
  if (start < 0) return void 0;
  switch (event.style) {
    case SCALAR_STYLE.PLAIN:
      return [start, end];
    case SCALAR_STYLE.SINGLE_QUOTED:
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return [start - 1, end + 1];
    default: {
      const headerLineEnd = text.lastIndexOf("\n", start - 1);
      const headerLineStart = Math.max(text.lastIndexOf("\n", headerLineEnd - 1) + 1, Math.min(after, headerLineEnd));
      const header = BLOCK_HEADER.exec(text.slice(headerLineStart, headerLineEnd));
      if (!header) return void 0;
      let contentEnd = end;
      if (!/^[|>][1-9]?\+/.test(header[0])) {
        while (contentEnd > start && text[contentEnd - 1] === "\n") {
          const lineStart = text.lastIndexOf("\n", contentEnd - 2) + 1;
          if (lineStart < start || !/^[ \t]*\r?$/.test(text.slice(lineStart, contentEnd - 1))) break;
          contentEnd = lineStart;
        }
      }
      return [headerLineStart + header.index, contentEnd];
    }
  }
}
function collectionSpan(text, event, last) {
  if (event.start < 0) return void 0;
  if (event.style !== COLLECTION_STYLE.FLOW) return last ? [event.start, last[1]] : void 0;
  const close = event.type === EVENT_ID.SEQUENCE ? "]" : "}";
  let at = last ? last[1] : event.start + 1;
  while (at < text.length && (text[at] === " " || text[at] === "	" || text[at] === ",")) at++;
  return text[at] === close ? [event.start, at + 1] : void 0;
}
function mapEventPositions(text, events, data, map, lazyValue) {
  const lines = new LineIndex(text);
  let index = 0;
  const lazy = (pointer, key) => {
    const location = key ? { key } : {};
    let value;
    Object.defineProperty(location, "value", { enumerable: true, get: () => value ??= lazyValue(pointer) });
    return location;
  };
  const record = (pointer, key, span) => {
    map.set(pointer, span ? { ...key && { key }, value: lines.range(span[0], span[1]) } : lazy(pointer, key));
  };
  const skip = () => {
    let depth = 0;
    do {
      const event = events[index++];
      if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) depth++;
      else if (event.type === EVENT_ID.POP) depth--;
    } while (depth > 0);
  };
  const keyName = (event, container) => {
    const written = getScalarValue(text, event);
    if (event.style !== SCALAR_STYLE.PLAIN || Object.hasOwn(container, written)) return written;
    return String(load(written, { schema: CORE_SCHEMA }));
  };
  const visit = (pointer, key, value, keyEnd = 0) => {
    const event = events[index];
    index++;
    if (event.type === EVENT_ID.SCALAR) {
      const span2 = scalarSpan(text, event, keyEnd);
      record(pointer, key, span2);
      return span2;
    }
    let last;
    if (event.type === EVENT_ID.SEQUENCE) {
      for (let item = 0; events[index].type !== EVENT_ID.POP; item++) last = visit(joinPointer(pointer, item), void 0, value[item]);
    } else if (event.type === EVENT_ID.MAPPING) {
      while (events[index].type !== EVENT_ID.POP) {
        const keyEvent = events[index];
        const keySpan = keyEvent.type === EVENT_ID.SCALAR ? scalarSpan(text, keyEvent) : void 0;
        if (keyEvent.type !== EVENT_ID.SCALAR || !keySpan) {
          skip();
          skip();
          last = void 0;
          continue;
        }
        index++;
        const name = keyName(keyEvent, value);
        last = visit(joinPointer(pointer, name), lines.range(keySpan[0], keySpan[1]), value[name], keySpan[1]);
      }
    }
    index++;
    const span = event.type === EVENT_ID.SEQUENCE || event.type === EVENT_ID.MAPPING ? collectionSpan(text, event, last) : void 0;
    record(pointer, key, span);
    return span;
  };
  while (index < events.length && events[index].type !== EVENT_ID.DOCUMENT) index++;
  index++;
  if (index < events.length) visit("", void 0, data);
}

// src/load/parse-yaml.ts
var DEFAULT_LIMITS = { maxBytes: 1024 * 1024, maxAliasCount: 100 };
var MAX_MAPPED_NODES = 2e5;
function rangeFrom(lines, start, end) {
  const from = lines.linePos(start);
  const to = lines.linePos(Math.max(start, end));
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}
function diagnostic(code, message, range, file, severity = "error") {
  return { code, severity, message, pointer: "", range, file };
}
var YAML_ERROR_FIXES = {
  DUPLICATE_KEY: "each key may appear once in a mapping; remove or rename one of them",
  BAD_INDENT: "check the indentation: nested entries must be indented further than their parent, with spaces",
  TAB_AS_INDENT: "indent with spaces, not tabs",
  MISSING_CHAR: "a closing quote or bracket is missing",
  MULTILINE_IMPLICIT_KEY: "a key must fit on one line; check for a missing `:` or an unclosed quote on the line before",
  BLOCK_AS_IMPLICIT_KEY: "check for a missing `:` or wrong indentation",
  UNEXPECTED_TOKEN: "check the punctuation near this position"
};
var YAML_ERROR_MESSAGES = {
  RESOURCE_EXHAUSTION: "the document nests too deeply to read (brackets or indentation hundreds of levels deep); an agreement nests a few levels, so is this the right file?"
};
function describeYamlError(code, message) {
  const replaced = YAML_ERROR_MESSAGES[code];
  if (replaced) return replaced;
  const first = message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
  const fix = YAML_ERROR_FIXES[code];
  return fix ? `${first} (${fix})` : first;
}
function mapSource(doc, lines, sourceMap, followAliases) {
  let visited = 0;
  const visit = (node, pointer, key, depth) => {
    if (!node || visited++ > MAX_MAPPED_NODES || depth > 200) return void 0;
    const range = node.range;
    let span = range ? [range[0], range[1]] : void 0;
    const record = () => {
      const value = span ? rangeFrom(lines, span[0], span[1]) : key;
      if (value) sourceMap.set(pointer, key ? { key, value } : { value });
      return value;
    };
    if ((0, import_yaml.isAlias)(node)) {
      const value = record();
      if (followAliases) visit(node.resolve(doc), pointer, key ?? value, depth + 1);
      return span;
    }
    let last;
    if ((0, import_yaml.isMap)(node)) {
      for (const pair of node.items) {
        if (!(0, import_yaml.isPair)(pair)) continue;
        const keyNode = pair.key;
        const keyText = (0, import_yaml.isScalar)(keyNode) ? String(keyNode.value) : void 0;
        if (keyText === void 0 || !keyNode?.range) {
          last = void 0;
          continue;
        }
        const keyRange = rangeFrom(lines, keyNode.range[0], keyNode.range[1]);
        const child = joinPointer(pointer, keyText);
        if (pair.value) {
          last = visit(pair.value, child, keyRange, depth + 1);
        } else {
          sourceMap.set(child, { key: keyRange, value: keyRange });
          last = [keyNode.range[0], keyNode.range[1]];
        }
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      node.items.forEach((item, index) => last = visit(item, joinPointer(pointer, index), void 0, depth + 1));
    }
    if (span && last && ((0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node)) && !node.flow) span = [span[0], last[1]];
    record();
    return span;
  };
  visit(doc.contents, "", void 0, 0);
}
function firstAliasRange(doc, lines, unresolvedOnly = false) {
  let found;
  const visit = (node) => {
    if (found || !node) return;
    if ((0, import_yaml.isAlias)(node)) {
      if (unresolvedOnly && node.resolve(doc)) return;
      const range = node.range;
      if (range) found = rangeFrom(lines, range[0], range[1]);
    } else if ((0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node)) {
      for (const item of node.items) visit((0, import_yaml.isPair)(item) ? item.value : item);
    }
  };
  visit(doc.contents);
  return found;
}
function unresolvedAliasRange(doc, lines) {
  return firstAliasRange(doc, lines, true);
}
var YAML_OPTIONS = { uniqueKeys: false, keepSourceTokens: true, merge: false, version: "1.2", strict: true, logLevel: "error" };
var tokenEnd = (token) => token.offset + token.source.length;
function duplicateKeyErrors(doc) {
  const errors = [];
  const stack = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if ((0, import_yaml.isMap)(node)) {
      const seen = /* @__PURE__ */ new Set();
      let offset = node.flow ? void 0 : node.range?.[0];
      for (const pair of node.items) {
        const key = pair.key;
        const source = pair.srcToken;
        const leading = source?.start ?? [];
        if ((0, import_yaml.isScalar)(key) && key.range && !Number.isNaN(key.value)) {
          if (seen.has(key.value)) {
            const at = leading.length > 0 ? tokenEnd(leading.at(-1)) : offset ?? key.range[0];
            errors.push(new import_yaml.YAMLParseError([at, at + 1], "DUPLICATE_KEY", "Map keys must be unique"));
          } else seen.add(key.value);
        }
        const value = pair.value;
        if (value?.range) offset = value.range[2];
        else if (source?.sep?.length) offset = tokenEnd(source.sep.at(-1));
        else if (key?.range) offset = key.range[2];
        stack.push(pair.value, pair.key);
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
    }
  }
  return errors.sort((a, b) => a.pos[0] - b.pos[0]);
}
function withDuplicateKeys(errors, duplicates) {
  if (duplicates.length === 0) return [...errors];
  const merged = [];
  let d = 0;
  for (const error of errors) {
    while (d < duplicates.length && duplicates[d].pos[0] < error.pos[0]) merged.push(duplicates[d++]);
    merged.push(error);
  }
  while (d < duplicates.length) merged.push(duplicates[d++]);
  return merged;
}
function duplicateKeyNamer(text) {
  const isSpace = (c) => c !== void 0 && /\s/.test(c);
  const colonAfter = (from) => {
    let i = from;
    while (isSpace(text[i])) i++;
    return text[i] === ":";
  };
  let scan;
  return (at, end) => {
    const quote = text[at];
    if (quote === '"' || quote === "'") {
      let close = at + 1;
      while (close < text.length && text[close] !== quote && text[close] !== "\n") close++;
      if (text[close] === quote && colonAfter(close + 1)) return text.slice(at, close + 1);
    }
    if (!scan || at < scan.from || at > scan.stop) {
      let stop = at;
      while (stop < text.length && text[stop] !== "\n" && text[stop] !== ":") stop++;
      let trimmed = stop;
      while (trimmed > at && isSpace(text[trimmed - 1])) trimmed--;
      scan = { from: at, stop, trimmed, colon: text[stop] === ":" || colonAfter(stop) };
    }
    const keyEnd = Math.max(scan.trimmed, at + 1);
    if (scan.stop > at && scan.colon) return text.slice(at, keyEnd);
    return text.slice(at, end);
  };
}
var NEEDS_FULL_PARSER = [
  // Each test runs only on a text that has one of its characters: one expression with every alternative tried them
  // all at every character of every file. Each is linear in the text: a fixed-length expression, or a scan of lines
  // where an expression would backtrack (80 KB of `[` took 21 s as /[[{][^\]}\n]*$/m).
  [["%"], /^%/m],
  [["#"], /^#\S/m],
  [["	"], /^ *\t/m],
  [["!", "&", "*"], /(?:^|[\s[{,])[!&*][^\s,[\]{}]/m],
  [["?"], hasExplicitKey],
  [["[", "{"], hasOpenFlowAtLineEnd],
  [["\r"], /\r(?!\n)/]
];
function needsFullParser(text) {
  return NEEDS_FULL_PARSER.some(([characters, test]) => characters.some((c) => text.includes(c)) && (typeof test === "function" ? test(text) : test.test(text)));
}
function hasExplicitKey(text) {
  for (let at = text.indexOf("?"); at !== -1; at = text.indexOf("?", at + 1)) {
    const next = text[at + 1];
    if (next !== void 0 && next !== " " && next !== "	" && next !== "\n" && next !== "\r") continue;
    let before = at - 1;
    while (before >= 0 && (text[before] === " " || text[before] === "	")) before--;
    if (before < 0 || text[before] === "\n" || text[before] === "\r") return true;
  }
  return false;
}
function hasOpenFlowAtLineEnd(text) {
  let last = "";
  for (let at = 0; at < text.length; at++) {
    const c = text[at];
    if (c === "\n") {
      if (last === "[" || last === "{") return true;
      last = "";
    } else if (c === "[" || c === "{" || c === "]" || c === "}") last = c;
  }
  return last === "[" || last === "{";
}
var MAX_FAST_DEPTH = 250;
function readPlainDocument(text) {
  if (needsFullParser(text)) return void 0;
  let events;
  let documents;
  try {
    events = parseEvents(text, { maxDepth: MAX_FAST_DEPTH });
    documents = constructFromEvents(events, { source: text, schema: CORE_SCHEMA, maxAliases: 0 });
  } catch {
    return void 0;
  }
  const data = documents.length === 1 ? documents[0] : void 0;
  if (data === null || typeof data !== "object" || Array.isArray(data) || hasNullKey(data)) return void 0;
  return { data, events };
}
function containsItself(root) {
  if (root === null || typeof root !== "object") return false;
  const onPath = /* @__PURE__ */ new Set();
  const done = /* @__PURE__ */ new Set();
  const stack = [];
  const enter = (node) => {
    onPath.add(node);
    stack.push({ node, children: (Array.isArray(node) ? node : Object.values(node)).values() });
  };
  enter(root);
  while (stack.length > 0) {
    const top = stack.at(-1);
    const next = top.children.next();
    if (next.done) {
      stack.pop();
      onPath.delete(top.node);
      done.add(top.node);
      continue;
    }
    const child = next.value;
    if (child === null || typeof child !== "object" || done.has(child)) continue;
    if (onPath.has(child)) return true;
    enter(child);
  }
  return false;
}
var MAX_ALIAS_EXPANSION = 1e5;
function aliasExpansion(root, limit) {
  const children = (value) => value === null || typeof value !== "object" ? [] : Array.isArray(value) ? value : Object.values(value);
  let written = 0;
  const seen = /* @__PURE__ */ new Set();
  for (const stack = [root]; stack.length > 0; ) {
    const value = stack.pop();
    written++;
    if (value !== null && typeof value === "object") {
      if (seen.has(value)) continue;
      seen.add(value);
      for (const child of children(value)) stack.push(child);
    }
  }
  let expanded = 0;
  for (const stack = [root]; stack.length > 0 && expanded <= written + limit; ) {
    expanded++;
    for (const child of children(stack.pop())) stack.push(child);
  }
  return { written, expanded };
}
var MAX_COMPACT_NESTING = 100;
function deepCompactLine(text, limit) {
  let line = 1;
  let at = 0;
  while (at < text.length) {
    let i = at;
    while (text[i] === " ") i++;
    let opened = 0;
    while ((text[i] === "-" || text[i] === "?") && (text[i + 1] === " " || text[i + 1] === "	")) {
      opened++;
      i += 2;
      while (text[i] === " " || text[i] === "	") i++;
    }
    if (opened > limit) return { line };
    const end = text.indexOf("\n", i);
    if (end === -1) break;
    at = end + 1;
    line++;
  }
  return void 0;
}
var MAX_FLOW_NESTING = 100;
function deepFlowPosition(text, limit) {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let quote;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") {
      line++;
      lineStart = i + 1;
      continue;
    }
    if (quote !== void 0) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) {
        if (quote === "'" && text[i + 1] === "'") i++;
        else quote = void 0;
      }
      continue;
    }
    if (c === "#" && (i === lineStart || text[i - 1] === " " || text[i - 1] === "	")) {
      const end = text.indexOf("\n", i);
      if (end === -1) break;
      i = end - 1;
      continue;
    }
    if (depth === 0 && (c === "[" || c === "{" || c === '"' || c === "'")) {
      let j = i - 1;
      while (j >= lineStart && (text[j] === " " || text[j] === "	")) j--;
      const startsValue = j < lineStart || (text[j] === ":" || text[j] === "-" || text[j] === "?") && j < i - 1;
      if (!startsValue) continue;
      if (c === '"' || c === "'") {
        quote = c;
        continue;
      }
    }
    if (c === "[" || c === "{") {
      if (++depth > limit) return { line, column: i - lineStart + 1 };
    } else if (depth > 0) {
      if (c === "]" || c === "}") depth--;
      else if (c === '"' || c === "'") {
        let j = i - 1;
        while (j >= lineStart && (text[j] === " " || text[j] === "	")) j--;
        if (j < lineStart || "[{,:".includes(text[j])) quote = c;
      }
    }
  }
  return void 0;
}
function hasNullKey(value) {
  if (Array.isArray(value)) return value.some((item) => item !== null && typeof item === "object" && hasNullKey(item));
  for (const key in value) {
    if (key === "null") return true;
    const item = value[key];
    if (item !== null && typeof item === "object" && hasNullKey(item)) return true;
  }
  return false;
}
function mapPositions(text, map) {
  const lines = new import_yaml.LineCounter();
  const [doc] = (0, import_yaml.parseAllDocuments)(text, { lineCounter: lines, ...YAML_OPTIONS });
  if (doc) mapSource(doc, lines, map, false);
}
function parseYamlSource(text, file, limits = DEFAULT_LIMITS, options = {}) {
  const lines = new import_yaml.LineCounter();
  let document;
  let followAliases = false;
  const sourceMap = new SourceMap((map) => {
    if (document) mapSource(document, lines, map, followAliases);
  });
  const result = { file, text, data: void 0, sourceMap, diagnostics: [] };
  const fail = (code, message, range) => {
    result.diagnostics.push(diagnostic(code, message, range, file));
    return result;
  };
  if (text.trim() === "") {
    return fail("empty-file", "the file is empty; an agreement starts with `slaVersion: 1` and `kind: SupportAgreement` (run `sla init` for a complete one)", { line: 1, column: 1, endLine: 1, endColumn: 1 });
  }
  if (text.includes("\r") && !text.includes("\n")) {
    return fail("cr-line-endings", "the lines of the file end in CR alone (classic Mac OS), which YAML does not read as line breaks; save it with LF (or CRLF) line endings", { line: 1, column: 1, endLine: 1, endColumn: 1 });
  }
  const compact = deepCompactLine(text, MAX_COMPACT_NESTING);
  if (compact) return fail("yaml-syntax", YAML_ERROR_MESSAGES.RESOURCE_EXHAUSTION, { line: compact.line, column: 1, endLine: compact.line, endColumn: 2 });
  const flow = deepFlowPosition(text, MAX_FLOW_NESTING);
  if (flow) return fail("yaml-syntax", YAML_ERROR_MESSAGES.RESOURCE_EXHAUSTION, { line: flow.line, column: flow.column, endLine: flow.line, endColumn: flow.column + 1 });
  const plain = options.fastPath === false ? void 0 : readPlainDocument(text);
  if (plain) {
    result.data = plain.data;
    let full;
    const fromYaml = (pointer) => {
      full ??= new SourceMap((map) => mapPositions(text, map));
      return full.get(pointer)?.value ?? full.rangeOf(pointer);
    };
    result.sourceMap = new SourceMap((map) => mapEventPositions(text, plain.events, plain.data, map, fromYaml));
    return result;
  }
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let docs;
  let duplicates = [];
  try {
    const parsed = (0, import_yaml.parseAllDocuments)(text, { lineCounter: lines, ...YAML_OPTIONS, prettyErrors: false });
    docs = Array.isArray(parsed) ? parsed : void 0;
    if (docs?.length === 1) duplicates = duplicateKeyErrors(docs[0]);
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  const documents = docs ?? [];
  if (documents.length === 0) {
    return fail("empty-file", "the file has no YAML document, only comments or blank lines", { line: 1, column: 1, endLine: 1, endColumn: 1 });
  }
  if (documents.length > 1) {
    const second = documents[1];
    const start = second.range[0];
    return fail("multiple-documents", "the file holds more than one YAML document (a `---` separator between them); put each agreement in a file of its own", rangeFrom(lines, start, start + 3));
  }
  const doc = documents[0];
  document = doc;
  for (const warning of doc.warnings) {
    result.diagnostics.push(diagnostic(`yaml-${warning.code.toLowerCase().replace(/_/g, "-")}`, describeYamlError(warning.code, warning.message), rangeFrom(lines, warning.pos[0], warning.pos[1]), file, "warning"));
  }
  const errors = withDuplicateKeys(doc.errors, duplicates);
  if (errors.length > 0) {
    let tooDeep = false;
    const keyName = duplicateKeyNamer(text);
    for (const error of errors) {
      if (error.code === "RESOURCE_EXHAUSTION") {
        if (tooDeep) continue;
        tooDeep = true;
      }
      const range = rangeFrom(lines, error.pos[0], error.pos[1]);
      if (error.code === "DUPLICATE_KEY") {
        const key = keyName(error.pos[0], error.pos[1]);
        result.diagnostics.push(diagnostic("duplicate-key", `the key \`${key}\` appears twice in the same mapping; each key may appear once, so remove or rename one of them`, range, file));
      } else {
        result.diagnostics.push(diagnostic("yaml-syntax", describeYamlError(error.code, error.message), range, file));
      }
    }
    return result;
  }
  try {
    result.data = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    const range = firstAliasRange(doc, lines) ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
    const text2 = error.message;
    if (/excessive alias count/i.test(text2)) {
      return fail("alias-limit", `the document expands aliases (\`*name\`) more than ${limits.maxAliasCount} times, as an "alias bomb" does; write the values out or use fewer aliases`, range);
    }
    if (/unresolved alias/i.test(text2)) {
      return fail("unresolved-alias", `${text2.replace(/\.$/, "")}; define the anchor (\`&name\`) before using it`, unresolvedAliasRange(doc, lines) ?? range);
    }
    return fail("yaml-syntax", `the document could not be read: ${text2}`, range);
  }
  if (containsItself(result.data)) {
    result.data = void 0;
    return fail("circular-alias", "an alias (`*name`) stands inside the collection its anchor (`&name`) names, so the value would contain itself without end; write the value out", firstAliasRange(doc, lines) ?? START_OF_FILE);
  }
  if (text.includes("*")) {
    const { written, expanded } = aliasExpansion(result.data, MAX_ALIAS_EXPANSION);
    if (expanded > written + MAX_ALIAS_EXPANSION) {
      result.data = void 0;
      return fail("alias-limit", `the aliases (\`*name\`) of the document expand to more than ${MAX_ALIAS_EXPANSION.toLocaleString("en")} values beyond those written, as an "alias bomb" does; write the values out or use fewer aliases`, firstAliasRange(doc, lines) ?? START_OF_FILE);
    }
  }
  followAliases = true;
  if (result.data === null || typeof result.data !== "object" || Array.isArray(result.data)) {
    const range = sourceMap.rangeOf("");
    result.data = void 0;
    return fail("not-a-mapping", "the top level of an agreement must be a mapping of fields (`slaVersion: 1`, `kind: SupportAgreement`, ...), not a list or a single value", range);
  }
  return result;
}

// src/model/normalise.ts
function duration(text) {
  const parsed = parseDuration(text);
  if (!parsed) throw new Error(`internal: unvalidated duration ${text}`);
  return parsed;
}
function timeTarget(target) {
  return target && { within: duration(target.within), calendar: target.calendar };
}
function windows(list = []) {
  return list.map((text) => parseWindow(text)).sort((a, b) => a.start - b.start);
}
var FN = "normaliseCalendar";
function shown2(value) {
  if (value === void 0) return "undefined";
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return "an array";
  if (value === null || typeof value !== "object") return String(value);
  return "an object";
}
function checkWindows(list, where, id) {
  if (list === void 0) return;
  if (!Array.isArray(list)) throw new TypeError(`${FN}: calendar \`${id}\` ${where} must be an array of windows written HH:MM-HH:MM such as "09:00-17:00", got ${shown2(list)}`);
  list.forEach((window, i) => {
    if (typeof window !== "string" || !parseWindow(window)) {
      throw new RangeError(`${FN}: calendar \`${id}\` ${where}[${i}] must be a window written HH:MM-HH:MM (two-digit hours, e.g. "09:00-17:00"), got ${shown2(window)}`);
    }
  });
}
var isWholeIn = (value, low, high) => typeof value === "number" && Number.isInteger(value) && value >= low && value <= high;
function checkCalendarDocument(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TypeError(`${FN}: calendar must be an object as an agreement's \`calendars\` entry writes it ({ id, name, timezone, hours }), got ${shown2(value)}`);
  }
  const calendar = value;
  if (typeof calendar.id !== "string" || calendar.id === "") throw new TypeError(`${FN}: calendar.id must be a non-empty string, got ${shown2(calendar.id)}`);
  const id = calendar.id;
  if (typeof calendar.name !== "string") throw new TypeError(`${FN}: calendar \`${id}\` name must be a string, got ${shown2(calendar.name)}`);
  const zones = calendar.timezones;
  if (zones !== void 0) {
    if (!Array.isArray(zones) || zones.length === 0 || zones.some((zone) => typeof zone !== "string" || zone === "")) {
      throw new TypeError(`${FN}: calendar \`${id}\` timezones must be a non-empty array of IANA zone names, got ${shown2(zones)}`);
    }
  } else if (typeof calendar.timezone !== "string" || calendar.timezone === "") {
    throw new TypeError(`${FN}: calendar \`${id}\` needs a timezone (an IANA zone name such as "Europe/Berlin", or "unstated"), got ${shown2(calendar.timezone)}`);
  }
  const hours = calendar.hours;
  if (typeof hours === "string") {
    if (hours !== "24x7" && hours !== "unstated") {
      throw new RangeError(`${FN}: calendar \`${id}\` hours must be "24x7", "unstated" or an array of { days, open }, got ${shown2(hours)}`);
    }
  } else if (!Array.isArray(hours)) {
    throw new TypeError(`${FN}: calendar \`${id}\` hours must be "24x7", "unstated" or an array of { days, open } (e.g. [{ days: ["mon", "tue"], open: ["09:00-17:00"] }]), got ${shown2(hours)}`);
  } else {
    let working = false;
    hours.forEach((week, i) => {
      const where = `hours[${i}]`;
      if (typeof week !== "object" || week === null || Array.isArray(week)) {
        throw new TypeError(`${FN}: calendar \`${id}\` ${where} must be an object { days, open }, got ${shown2(week)}`);
      }
      const { days, open: open2, timezone } = week;
      if (!Array.isArray(days)) throw new TypeError(`${FN}: calendar \`${id}\` ${where}.days must be an array of weekdays (${WEEKDAYS.join(", ")}), got ${shown2(days)}`);
      days.forEach((day, j) => {
        if (!WEEKDAYS.includes(day)) {
          throw new RangeError(`${FN}: calendar \`${id}\` ${where}.days[${j}] must be one of ${WEEKDAYS.join(", ")} (three lower-case letters), got ${shown2(day)}`);
        }
      });
      if (open2 === void 0) throw new TypeError(`${FN}: calendar \`${id}\` ${where}.open is missing; give the day's windows written HH:MM-HH:MM, e.g. open: ["09:00-17:00"]`);
      checkWindows(open2, `${where}.open`, id);
      if (timezone !== void 0 && (typeof timezone !== "string" || timezone === "")) {
        throw new TypeError(`${FN}: calendar \`${id}\` ${where}.timezone must be an IANA zone name, got ${shown2(timezone)}`);
      }
      if (days.length > 0 && open2.length > 0) working = true;
    });
    if (!working) {
      throw new RangeError(`${FN}: calendar \`${id}\` has no working time: its hours open no window on any day; give days and open windows, or hours: "24x7" for a calendar that never closes`);
    }
  }
  const holidays = calendar.holidays;
  if (holidays === void 0) return;
  if (!Array.isArray(holidays)) throw new TypeError(`${FN}: calendar \`${id}\` holidays must be an array, got ${shown2(holidays)}`);
  holidays.forEach((holiday, i) => {
    const where = `holidays[${i}]`;
    if (typeof holiday !== "object" || holiday === null || Array.isArray(holiday)) {
      throw new TypeError(`${FN}: calendar \`${id}\` ${where} must be an object such as { date: "2027-12-25", name: "Christmas Day" }, got ${shown2(holiday)}`);
    }
    const h = holiday;
    if (typeof h.name !== "string") throw new TypeError(`${FN}: calendar \`${id}\` ${where}.name must be a string, got ${shown2(h.name)}`);
    checkWindows(h.open, `${where}.open`, id);
    if (h.date !== void 0) {
      if (typeof h.date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(h.date) || !isCalendarDate(h.date)) {
        throw new RangeError(`${FN}: calendar \`${id}\` ${where}.date must be a real calendar date written YYYY-MM-DD, got ${shown2(h.date)}`);
      }
      return;
    }
    if (!isWholeIn(h.month, 1, 12)) {
      throw new RangeError(`${FN}: calendar \`${id}\` ${where} needs a date (YYYY-MM-DD), or a month (1-12) with a day or a weekday and week; got month ${shown2(h.month)}`);
    }
    if (h.day !== void 0) {
      if (!isWholeIn(h.day, 1, DAYS_IN_MONTH[h.month - 1])) {
        throw new RangeError(`${FN}: calendar \`${id}\` ${where}.day must be a day that month ${h.month} has (1-${DAYS_IN_MONTH[h.month - 1]}), got ${shown2(h.day)}`);
      }
      if (h.observed !== void 0 && !["nearest-weekday", "next-weekday", "none"].includes(h.observed)) {
        throw new RangeError(`${FN}: calendar \`${id}\` ${where}.observed must be "nearest-weekday", "next-weekday" or "none", got ${shown2(h.observed)}`);
      }
      return;
    }
    if (!WEEKDAYS.includes(h.weekday)) {
      throw new RangeError(`${FN}: calendar \`${id}\` ${where} needs a day (1-31) or a weekday (one of ${WEEKDAYS.join(", ")}), got weekday ${shown2(h.weekday)}`);
    }
    if (!(isWholeIn(h.week, 1, 4) || h.week === "last")) {
      throw new RangeError(`${FN}: calendar \`${id}\` ${where}.week must be 1, 2, 3, 4 or "last", got ${shown2(h.week)}`);
    }
  });
}
var DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function isCalendarDate(text) {
  const [year, month, day] = text.split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
function normaliseCalendar(calendar) {
  checkCalendarDocument(calendar);
  return calendarFromDocument(calendar);
}
function calendarFromDocument(calendar) {
  const alwaysOpen = calendar.hours === "24x7";
  const ownZones = calendar.timezones ?? [calendar.timezone];
  const weeks = Array.isArray(calendar.hours) ? calendar.hours : [];
  const entryZones = [...new Set(weeks.flatMap((week) => week.timezone && !ownZones.includes(week.timezone) ? [week.timezone] : []))];
  const weeklyIn = (zone) => {
    const days = Array.from({ length: 8 }, () => []);
    for (const week of weeks) {
      if (week.timezone ? week.timezone !== zone : !ownZones.includes(zone)) continue;
      for (const day of week.days) days[WEEKDAYS.indexOf(day) + 1].push(...windows(week.open));
    }
    for (const day of days) day.sort((a, b) => a.start - b.start);
    return days;
  };
  const weekly = weeklyIn(ownZones[0]);
  const zoned = weeks.some((week) => week.timezone !== void 0);
  const weeklyByZone = zoned ? Object.fromEntries([...ownZones, ...entryZones].map((zone) => [zone, weeklyIn(zone)])) : void 0;
  const holidays = /* @__PURE__ */ new Map();
  const recurringHolidays = [];
  for (const holiday of calendar.holidays ?? []) {
    const open2 = windows(holiday.open);
    if (holiday.date) holidays.set(holiday.date, { date: holiday.date, name: holiday.name, open: open2 });
    else if (holiday.month && holiday.day) recurringHolidays.push({ name: holiday.name, month: holiday.month, day: holiday.day, observed: holiday.observed ?? "none", open: open2 });
    else if (holiday.month && holiday.weekday && holiday.week) {
      recurringHolidays.push({ name: holiday.name, month: holiday.month, weekday: WEEKDAYS.indexOf(holiday.weekday) + 1, week: holiday.week, open: open2 });
    }
  }
  const timezones = [...ownZones, ...entryZones];
  return {
    id: calendar.id,
    name: calendar.name,
    timezone: timezones[0],
    timezones,
    alwaysOpen,
    hoursUnstated: calendar.hours === "unstated",
    ...weeklyByZone && { weeklyByZone },
    ...calendar.description !== void 0 && { description: calendar.description },
    weekly,
    holidays,
    recurringHolidays,
    holidaySets: calendar.holidaySets ?? [],
    holidayFiles: calendar.holidayFiles ?? [],
    ...calendar.holidaysOf && { holidaysOf: calendar.holidaysOf },
    ...calendar.holidaysDescription !== void 0 && { holidaysDescription: calendar.holidaysDescription }
  };
}
function targetTime(target) {
  const between = target.between && [duration(target.between[0]), duration(target.between[1])];
  return {
    ...target.within !== void 0 && { within: duration(target.within) },
    ...between && { within: between[1], between },
    ...target.by && { by: target.by },
    calendar: target.calendar
  };
}
function normaliseResponseTarget(target) {
  return {
    ...targetTime(target),
    ...target.firmness && { firmness: target.firmness },
    ...target.description !== void 0 && { description: target.description },
    ...target.outsideHours && { outsideHours: { ...targetTime(target.outsideHours), hours: target.outsideHours.hours } }
  };
}
function normaliseResolutionTarget(target) {
  const firmness = target.firmness ?? (target.kind === "objective" ? "objective" : void 0);
  return {
    ...normaliseResponseTarget(target),
    ...firmness && { firmness },
    ...target.kind && { kind: target.kind },
    from: target.from ?? "opened"
  };
}
function normaliseTier(tier) {
  const targets = {};
  const notOffered = [];
  for (const [severity, target] of Object.entries(tier.targets)) {
    if (typeof target === "string") {
      notOffered.push(severity);
      continue;
    }
    const entry = { gaps: {} };
    if (typeof target.response === "string") entry.gaps.response = target.response;
    else entry.response = normaliseResponseTarget(target.response);
    if (typeof target.update === "string") entry.gaps.update = target.update;
    else if (target.update) {
      const { every, calendar, firmness, description } = target.update;
      entry.update = { every: duration(every), calendar, ...firmness && { firmness }, ...description !== void 0 && { description } };
    }
    if (typeof target.resolution === "string") entry.gaps.resolution = target.resolution;
    else if (target.resolution) entry.resolution = normaliseResolutionTarget(target.resolution);
    targets[severity] = entry;
  }
  return { ...tier, targets, notOffered };
}
function extensionFields(document) {
  return Object.fromEntries(Object.entries(document).filter(([key]) => key.startsWith("x-")));
}
function normaliseAgreement(document) {
  const { changeOrders, monitoring, maintenance } = document;
  return {
    ...document,
    locale: document.locale ?? DEFAULT_LOCALE,
    serviceTier: document.serviceTier ?? document.tiers[0].id,
    isPolicy: document.kind === "SupportPolicy",
    calendars: (document.calendars ?? []).map((calendar) => calendarFromDocument(calendar)),
    channels: document.channels ?? [],
    requestTypes: (document.requestTypes ?? []).map((request) => {
      const { response, ...rest } = request;
      return { ...rest, ...response && { response: normaliseResponseTarget(response) } };
    }),
    extensions: extensionFields(document),
    tiers: document.tiers.map(normaliseTier),
    ...changeOrders && { changeOrders: { ...changeOrders, estimateWithin: timeTarget(changeOrders.estimateWithin) } },
    ...monitoring && {
      monitoring: {
        ...monitoring,
        ...monitoring.reports && { reports: monitoring.reports.map((r) => ({ ...r, deliveredWithin: timeTarget(r.deliveredWithin) })) },
        ...monitoring.proactiveOutreach && { proactiveOutreach: monitoring.proactiveOutreach.map((o) => ({ ...o, within: timeTarget(o.within) })) }
      }
    },
    ...maintenance && {
      maintenance: {
        ...maintenance,
        notice: timeTarget(maintenance.notice),
        ...maintenance.emergencyChanges && { emergencyChanges: { ...maintenance.emergencyChanges, notifyWithin: timeTarget(maintenance.emergencyChanges.notifyWithin) } }
      }
    }
  };
}

// src/generated/validate-agreement.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var import_equal = __toESM(require_equal(), 1);
var runtime0 = import_ucs2length.default.default ?? import_ucs2length.default;
var runtime1 = import_equal.default.default ?? import_equal.default;
var validate_agreement_default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://sla-as-code.dev/schemas/sla-1.schema.json", "title": "Support agreement", "description": "A support agreement (SLA) for delivered AI workflows, as written for `sla` (validate, lint, render, due, report).", "type": "object", "additionalProperties": false, "required": ["slaVersion", "kind", "id", "title", "parties", "services", "severityLevels", "tiers"], "properties": { "$schema": { "title": "Schema", "description": "Optional link to this JSON Schema, for editors.", "type": "string" }, "slaVersion": { "title": "Format version", "description": "The version of the agreement file format. Always `1` for this schema; later versions of `sla` use it to migrate older files.", "const": 1 }, "kind": { "title": "Kind", "description": "The kind of document: `SupportAgreement`, an agreement between a provider and a named client (the client's tier is `serviceTier`), or `SupportPolicy`, a support policy the provider publishes for all its customers: no named client, a menu of tiers, and often no version or effective date. Required fields follow the kind.", "type": "string", "enum": ["SupportAgreement", "SupportPolicy"] }, "id": { "title": "Agreement id", "description": "A stable identifier for this agreement, e.g. `acme-invoice-extraction`.", "$ref": "#/$defs/id" }, "title": { "title": "Title", "description": "The title of the contract, e.g. `Support Agreement \u2014 Invoice Extraction Workflow`.", "$ref": "#/$defs/name" }, "version": { "title": "Document version", "description": "The version of this document, e.g. `1.0` or `2.1.0`. Change it whenever the terms change. Required for a `SupportAgreement`; a published policy often has none.", "type": "string", "pattern": "^\\d+(?:\\.\\d+){0,2}$" }, "status": { "title": "Status", "description": "Where the document is in its life: `draft` (being written; rendered with a DRAFT watermark), `proposed` (sent to the client), `active` (signed and in force), `superseded` or `expired`.", "type": "string", "enum": ["draft", "proposed", "active", "superseded", "expired"] }, "locale": { "title": "Locale", "description": "The BCP 47 language tag of the rendered contract and reports: the language of their own words (English, German, French, Dutch or Spanish: `en-GB`, `en-US`, `de-DE`, `fr-FR`, `nl-NL`, `es-ES`) and how dates, times, numbers and money are written. The author's own text is printed as written. Defaults to `en-GB`.", "type": "string", "pattern": "^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\\d{3}))?$" }, "effectiveDate": { "title": "Effective date", "description": "The date the agreement takes effect. Required for a `SupportAgreement`.", "$ref": "#/$defs/date" }, "lastUpdated": { "title": "Last updated", "description": "The date the document was last changed, as a published policy states it (e.g. `Last updated January 19, 2024` is `2024-01-19`).", "$ref": "#/$defs/date" }, "term": { "title": "Term and renewal", "description": "How long the agreement runs and how it renews.", "type": "object", "additionalProperties": false, "properties": { "initialMonths": { "title": "Initial term (months)", "description": "Length of the initial term in months.", "type": "integer", "minimum": 1, "maximum": 120 }, "renewal": { "title": "Renewal", "description": "How the agreement continues after the initial term: `automatic` (renews for `renewalMonths` unless notice is given), `by-agreement` (both parties must agree in writing) or `none` (ends).", "type": "string", "enum": ["automatic", "by-agreement", "none"] }, "renewalMonths": { "title": "Renewal period (months)", "description": "Length of each renewal period in months.", "type": "integer", "minimum": 1, "maximum": 120 }, "noticeDays": { "title": "Notice period (days)", "description": "Calendar days of written notice needed to end the agreement or prevent renewal.", "type": "integer", "minimum": 0, "maximum": 365 } }, "required": ["initialMonths", "renewal"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } }, "amendments": { "title": "Changes to this document", "description": "How the provider may change the document, e.g. a published policy that gives notice before adverse changes.", "type": "object", "additionalProperties": false, "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } }, "properties": { "noticeDays": { "title": "Notice (days)", "description": "Calendar days of notice before a change takes effect, e.g. `90`; for the changes `description` names, or for every change when it names none.", "type": "integer", "minimum": 0, "maximum": 3650 }, "description": { "title": "Description", "description": "Which changes need notice and how it is given, in the document's words, e.g. `90 days' notice of changes that adversely affect the service levels`.", "$ref": "#/$defs/text" } } }, "contractFrame": { "title": "Contract frame", "description": "How this document sits among the parties' other contracts, and the law that governs it.", "type": "object", "additionalProperties": false, "properties": { "masterAgreement": { "title": "Master agreement", "description": "The agreement this document belongs to, e.g. `the Master Services Agreement between the parties dated 2026-03-01`.", "$ref": "#/$defs/text" }, "precedence": { "title": "Order of precedence", "description": "When documents conflict, which one wins: listed highest first, e.g. `[Order Form, this Support Agreement, Master Services Agreement]`.", "type": "array", "minItems": 2, "items": { "$ref": "#/$defs/name" } }, "governingLaw": { "title": "Governing law", "description": "The law that governs the agreement, e.g. `the laws of England and Wales`.", "$ref": "#/$defs/name" }, "jurisdiction": { "title": "Jurisdiction", "description": "The courts that hear disputes, e.g. `the courts of Berlin`.", "$ref": "#/$defs/name" } }, "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } }, "parties": { "title": "Parties", "description": "Who the agreement is between. A `SupportPolicy` names only the provider.", "type": "object", "additionalProperties": false, "properties": { "provider": { "$ref": "#/$defs/party", "title": "Provider", "description": "The agency that delivers support." }, "client": { "$ref": "#/$defs/party", "title": "Client", "description": "The client that receives support." } }, "required": ["provider"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } }, "definitions": { "title": "Definitions", "description": "Terms used in the agreement and what they mean.", "type": "array", "items": { "title": "Definition", "description": "A defined term.", "type": "object", "additionalProperties": false, "properties": { "term": { "title": "Term", "description": "The word or phrase being defined.", "$ref": "#/$defs/name" }, "meaning": { "title": "Meaning", "description": "What the term means in this agreement.", "$ref": "#/$defs/text" } }, "required": ["term", "meaning"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } } }, "services": { "title": "Services covered", "description": "The delivered AI workflows this agreement supports.", "type": "array", "items": { "title": "Service", "description": "A delivered workflow covered by support.", "type": "object", "additionalProperties": false, "properties": { "id": { "$ref": "#/$defs/id" }, "name": { "title": "Name", "description": "The workflow's name, e.g. `Invoice extraction pipeline`.", "$ref": "#/$defs/name" }, "description": { "title": "Description", "description": "What the workflow does and for whom.", "$ref": "#/$defs/text" }, "environment": { "title": "Environment", "description": "Which environment is covered.", "type": "string", "enum": ["production", "staging", "development", "all"] }, "components": { "title": "Components", "description": "The parts of the workflow (models, prompts, integrations, data stores) that support covers.", "type": "array", "items": { "title": "Component", "description": "A part of the workflow.", "type": "object", "additionalProperties": false, "properties": { "name": { "title": "Name", "description": "The component's name.", "$ref": "#/$defs/name" }, "description": { "title": "Description", "description": "What the component does.", "$ref": "#/$defs/text" } }, "required": ["name"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } } }, "dependencies": { "title": "Third-party dependencies", "description": "Services the workflow relies on but neither party controls, such as model vendors and external APIs. Resolution of incidents can depend on them.", "type": "array", "items": { "title": "Dependency", "description": "A third-party service the workflow depends on.", "type": "object", "additionalProperties": false, "properties": { "name": { "title": "Name", "description": "The dependency's name.", "$ref": "#/$defs/name" }, "kind": { "title": "Kind", "description": "What kind of dependency it is.", "type": "string", "enum": ["model-provider", "api", "saas", "infrastructure", "data-source", "other"] }, "ownedBy": { "title": "Account owner", "description": "Whose account or contract the dependency runs under.", "type": "string", "enum": ["client", "provider", "third-party"] }, "description": { "title": "Description", "description": "How the workflow uses it and what happens to support targets when it fails.", "$ref": "#/$defs/text" } }, "required": ["name", "kind"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } } } }, "required": ["id", "name"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } }, "minItems": 1 }, "scope": { "title": "Scope", "description": "What support covers and what it does not.", "type": "object", "additionalProperties": false, "properties": { "included": { "title": "Included", "description": "Work that support covers.", "type": "array", "items": { "title": "Included work", "description": "A kind of work support covers.", "type": "object", "additionalProperties": false, "properties": { "category": { "title": "Category", "description": "The kind of work.", "type": "string", "enum": ["incident-response", "troubleshooting", "defect-remediation", "monitoring-review", "reporting", "prompt-tuning", "configuration-tuning", "maintenance", "optimisation-review", "user-support", "other"] }, "description": { "title": "Description", "description": "What exactly is covered.", "$ref": "#/$defs/text" } }, "required": ["category", "description"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } } }, "excluded": { "title": "Not included", "description": "Work that support does not cover; it can be ordered as a change order.", "type": "array", "items": { "title": "Excluded work", "description": "A kind of work support does not cover.", "type": "object", "additionalProperties": false, "properties": { "category": { "title": "Category", "description": "The kind of work.", "type": "string", "enum": ["new-features", "unrelated-systems", "major-redesign", "training", "third-party-services", "client-systems", "other"] }, "description": { "title": "Description", "description": "What exactly is not covered.", "$ref": "#/$defs/text" } }, "required": ["category", "description"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } } } }, "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } }, "requestTypes": { "title": "Request types", "description": "The kinds of request the client can raise, and how each is covered.", "type": "array", "items": { "title": "Request type", "description": "A kind of request and its coverage.", "type": "object", "additionalProperties": false, "properties": { "id": { "$ref": "#/$defs/id" }, "name": { "title": "Name", "description": "The request type's name.", "$ref": "#/$defs/name" }, "category": { "title": "Category", "description": "What kind of request it is.", "type": "string", "enum": ["bug", "output-quality", "tuning", "question", "monitoring", "enhancement", "other"] }, "coverage": { "title": "Coverage", "description": "How the request type is covered: `included` in the support fee, `capped` (included up to `cap`, then quoted), `change-order` (quoted and billed separately), or `not-covered` (not handled as support at all; say in `description` where it goes instead, e.g. a public issue tracker).", "type": "string", "enum": ["included", "capped", "change-order", "not-covered"] }, "cap": { "title": "Cap", "description": "How much of this work is included before it becomes a change order.", "type": "object", "additionalProperties": false, "properties": { "hours": { "title": "Hours", "description": "Hours of work included per period.", "type": "number", "exclusiveMinimum": 0 }, "per": { "title": "Per", "description": "The period the cap resets.", "type": "string", "enum": ["month", "quarter", "year"] } }, "required": ["hours", "per"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } }, "response": { "title": "Response target", "description": "A response target for this kind of request when it is not a severity's, e.g. licensing questions answered within 8 business hours.", "$ref": "#/$defs/timedResponseTarget" }, "description": { "title": "Description", "description": "What the request type covers, with examples.", "$ref": "#/$defs/text" } }, "required": ["id", "name", "category", "coverage"], "if": { "properties": { "coverage": { "const": "capped" } }, "required": ["coverage"] }, "then": { "required": ["cap"] }, "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } } }, "changeOrders": { "title": "Support and enhancement", "description": "Where support ends and paid enhancement work begins, and how that work is quoted.", "type": "object", "additionalProperties": false, "properties": { "threshold": { "title": "Threshold", "description": "The rule that turns a request into a change order, e.g. 'any request estimated above 4 hours, or that adds a new capability'.", "$ref": "#/$defs/text" }, "thresholdHours": { "title": "Threshold (hours)", "description": "Estimated effort above which a request is a change order.", "type": "number", "exclusiveMinimum": 0 }, "evaluation": { "title": "Evaluation", "description": "How non-covered work is assessed, estimated and approved.", "$ref": "#/$defs/text" }, "estimateWithin": { "$ref": "#/$defs/timeTarget", "title": "Estimate turnaround", "description": "How soon the provider sends an estimate for a change order." }, "rate": { "$ref": "#/$defs/money", "title": "Rate", "description": "The rate for change-order work." } }, "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } }, "fees": { "title": "Fees", "description": "Charges for work outside the support fee, such as after-hours work.", "type": "array", "items": { "title": "Fee", "description": "A charge.", "type": "object", "additionalProperties": false, "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } }, "properties": { "for": { "title": "For", "description": "What the fee is for: `after-hours`, `weekend`, `public-holiday`, `emergency`, `on-site` or `other`.", "type": "string", "enum": ["after-hours", "weekend", "public-holiday", "emergency", "on-site", "other"] }, "rate": { "$ref": "#/$defs/money", "title": "Rate", "description": "The charge." }, "description": { "title": "Description", "description": "When it applies, e.g. `work the Client asks for outside the support hours, with a minimum of one hour`.", "$ref": "#/$defs/text" } }, "required": ["for"] } }, "calendars": { "title": "Calendars", "description": "Named support-hours calendars. Every time target names the calendar its clock runs on.", "type": "array", "items": { "title": "Calendar", "description": "Support hours in one time zone, with holidays, or 24x7.", "type": "object", "additionalProperties": false, "properties": { "id": { "$ref": "#/$defs/id" }, "name": { "title": "Name", "description": "A name for the calendar, e.g. `Berlin office hours`.", "$ref": "#/$defs/name" }, "timezone": { "title": "Time zone", "description": "An IANA time-zone name such as `Europe/Berlin`; or `client-local` (a primary time zone the client names, as many policies say; `sla due --timezone` supplies it), or `unstated` when the document does not say. Give `timezone` or `timezones`.", "type": "string", "minLength": 1, "maxLength": 64 }, "timezones": { "title": "Time zones", "description": "Several IANA time zones for one calendar (follow-the-sun or regional teams, e.g. US Pacific, Central European and Australian Eastern): the weekly hours apply in each zone and the calendar is open whenever any of them is.", "type": "array", "minItems": 2, "uniqueItems": true, "items": { "type": "string", "minLength": 1, "maxLength": 64 } }, "hours": { "title": "Working hours", "description": "`24x7` for round-the-clock cover, a list of weekly working windows, or `unstated` when the document names support hours without saying what they are (put its words in `description`).", "if": { "type": "string" }, "then": { "enum": ["24x7", "unstated"] }, "else": { "type": "array", "minItems": 1, "items": { "title": "Weekly hours", "description": "Working windows on some days of the week.", "type": "object", "additionalProperties": false, "properties": { "days": { "title": "Days", "description": "The days these windows apply to.", "type": "array", "items": { "$ref": "#/$defs/weekday" }, "minItems": 1, "uniqueItems": true }, "open": { "title": "Open", "description": "Working windows on each of these days, e.g. `[09:00-12:30, 13:30-17:30]`.", "type": "array", "items": { "$ref": "#/$defs/timeWindow" }, "minItems": 1 }, "timezone": { "title": "Time zone", "description": "The IANA zone of these windows when it is not the calendar's, e.g. a support week that opens at 10:00 on Monday in Sydney (`Australia/Sydney`) and closes at 17:00 on Friday in California (`America/Los_Angeles`). The calendar is open when any of its zones' windows is.", "type": "string", "minLength": 1, "maxLength": 64 } }, "required": ["days", "open"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } } } }, "description": { "title": "Description", "description": "The support hours in the document's own words, e.g. `standard business hours (8x5)`.", "$ref": "#/$defs/text" }, "holidays": { "title": "Holidays", "description": "Holidays when the calendar is closed (or open for reduced hours): a dated day (`date`), or a rule that recurs every year \u2014 a fixed day (`month` and `day`, with `observed` for weekend observance) or the nth weekday of a month (`month`, `weekday`, `week`).", "type": "array", "items": { "title": "Holiday", "description": "A holiday.", "type": "object", "additionalProperties": false, "properties": { "date": { "$ref": "#/$defs/date", "title": "Date", "description": "The date of a one-off holiday, YYYY-MM-DD." }, "name": { "title": "Name", "description": "The holiday's name, e.g. `Christmas Day`.", "$ref": "#/$defs/name" }, "month": { "title": "Month", "description": "For a recurring holiday: the month, 1\u201312.", "type": "integer", "minimum": 1, "maximum": 12 }, "day": { "title": "Day of month", "description": "For a holiday on a fixed day every year: the day of the month, e.g. `25` for Christmas Day.", "type": "integer", "minimum": 1, "maximum": 31 }, "weekday": { "title": "Weekday", "description": "For a holiday on the nth weekday of a month (e.g. Thanksgiving): the weekday.", "$ref": "#/$defs/weekday" }, "week": { "title": "Week", "description": "Which occurrence of `weekday` in the month: `1`\u2013`4`, or `last`.", "enum": [1, 2, 3, 4, "last"] }, "observed": { "title": "Weekend observance", "description": "When a fixed-day holiday falls on a weekend: `nearest-weekday` (Saturday moves to Friday, Sunday to Monday, as US federal holidays), `next-weekday` (moves to the following Monday, as UK bank holidays), or `none` (not moved; the default).", "type": "string", "enum": ["nearest-weekday", "next-weekday", "none"] }, "open": { "title": "Reduced hours", "description": "Working windows on this day, when it is a partial holiday (e.g. `[09:00-12:00]`). Omit for a full day off.", "type": "array", "items": { "$ref": "#/$defs/timeWindow" } } }, "required": ["name"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } } }, "holidaySets": { "title": "Regional holiday sets", "description": "Public holidays of a region, every year, by name: `us` (US federal), `gb-eng` (England and Wales bank holidays), `de` (Germany, nationwide), `fr` (France), `nl` (the Netherlands).", "type": "array", "uniqueItems": true, "items": { "type": "string", "enum": ["us", "gb-eng", "de", "fr", "nl"] } }, "holidayFiles": { "title": "Holiday files", "description": "iCalendar (`.ics`) files whose all-day events are holidays of this calendar, as paths relative to the agreement file, e.g. `holidays/berlin-2027.ics`.", "type": "array", "uniqueItems": true, "items": { "type": "string", "minLength": 1, "maxLength": 1e3, "pattern": "\\.ics$" } }, "holidaysOf": { "title": "Holidays of a location", "description": "When the holidays are those of a place the document does not list: `provider-location` (the holidays where the provider's support team works) or `client-location`. The clock cannot know them; `sla due` says so.", "type": "string", "enum": ["provider-location", "client-location"] }, "holidaysDescription": { "title": "Holidays in words", "description": "The holidays in the document's own words when it does not list them, e.g. `excluding major US holidays`.", "$ref": "#/$defs/text" } }, "required": ["id", "name", "hours"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } }, "minItems": 1 }, "severityLevels": { "title": "Severity levels", "description": "The severity levels, most severe first, each defined by its business impact.", "type": "array", "items": { "title": "Severity level", "description": "A severity level.", "type": "object", "additionalProperties": false, "properties": { "id": { "$ref": "#/$defs/id" }, "level": { "title": "Level", "description": "The level's rank, 1 being the most severe. Levels are listed in this order.", "type": "integer", "minimum": 1, "maximum": 10 }, "name": { "title": "Name", "description": "The level's name, e.g. `Critical`.", "$ref": "#/$defs/name" }, "definition": { "title": "Definition", "description": "What qualifies an incident for this level, in terms of business impact.", "$ref": "#/$defs/text" }, "businessImpact": { "title": "Business impact", "description": "The impact on the client's business that defines this level.", "$ref": "#/$defs/text" }, "examples": { "title": "Examples", "description": "Typical incidents at this level.", "type": "array", "items": { "$ref": "#/$defs/text" } }, "tiers": { "title": "Tiers", "description": "The `id`s of the tiers this severity level applies to. Omit for all.", "type": "array", "uniqueItems": true, "items": { "$ref": "#/$defs/id" } }, "services": { "title": "Services", "description": "The `id`s of the services this severity level applies to. Omit for all.", "type": "array", "uniqueItems": true, "items": { "$ref": "#/$defs/id" } } }, "required": ["id", "level", "name"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } }, "minItems": 1 }, "severityAssignment": { "title": "How severity is assigned", "description": "Who sets an incident's severity, how, and how a disagreement is settled.", "type": "object", "additionalProperties": false, "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } }, "properties": { "assignedBy": { "title": "Assigned by", "description": "Who sets the severity when a request is raised: `client`, `provider` or `jointly`.", "type": "string", "enum": ["client", "provider", "jointly"] }, "description": { "title": "Description", "description": "How severity is assessed, in the agreement's words.", "$ref": "#/$defs/text" }, "matrix": { "title": "Impact and urgency matrix", "description": "Severity as a table of impact (rows) against urgency (columns).", "type": "object", "additionalProperties": false, "properties": { "impacts": { "title": "Impacts", "description": "Row labels, highest impact first, e.g. `[Many users blocked, One team blocked, One user affected]`.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/name" } }, "urgencies": { "title": "Urgencies", "description": "Column labels, most urgent first.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/name" } }, "levels": { "title": "Levels", "description": "One row per impact, one severity `id` per urgency.", "type": "array", "minItems": 1, "items": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/severityRef" } } } }, "required": ["impacts", "urgencies", "levels"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } }, "reclassification": { "title": "Reclassification", "description": "Who may change a severity after it is set, in the agreement's words, e.g. `The Provider may reclassify a request it reasonably believes is misclassified; the Client may dispute the change through the escalation path.`", "$ref": "#/$defs/text" }, "disputes": { "title": "Disputes", "description": "How the client disputes a severity it disagrees with.", "$ref": "#/$defs/text" } } }, "serviceTier": { "title": "Client's tier", "description": "The `id` of the tier in `tiers` that this client has. Required when more than one tier is listed.", "$ref": "#/$defs/id" }, "tiers": { "title": "Service tiers", "description": "Service levels offered, differing by business criticality, hours, targets, reporting and price. The client's tier is `serviceTier`.", "type": "array", "items": { "title": "Service tier", "description": "A service level.", "type": "object", "additionalProperties": false, "properties": { "id": { "$ref": "#/$defs/id" }, "name": { "title": "Name", "description": "The tier's name, e.g. `Standard`.", "$ref": "#/$defs/name" }, "description": { "title": "Description", "description": "Who the tier is for.", "$ref": "#/$defs/text" }, "services": { "title": "Services", "description": "The `id`s of the services this tier is offered for. Omit for all.", "type": "array", "uniqueItems": true, "items": { "$ref": "#/$defs/id" } }, "businessCriticality": { "title": "Business criticality", "description": "How critical the supported workflows are to the client's business.", "type": "string", "enum": ["low", "medium", "high", "mission-critical"] }, "supportHours": { "$ref": "#/$defs/calendarRef", "title": "Support hours", "description": "The calendar of the tier's normal support hours." }, "reporting": { "$ref": "#/$defs/frequency", "title": "Reporting frequency", "description": "How often the client receives a service report." }, "proactiveOptimisation": { "title": "Proactive optimisation", "description": "Whether the provider proactively reviews and tunes the workflow.", "type": "object", "additionalProperties": false, "properties": { "included": { "title": "Included", "description": "Whether proactive optimisation is part of the tier.", "type": "boolean" }, "description": { "title": "Description", "description": "What proactive optimisation involves.", "$ref": "#/$defs/text" } }, "required": ["included"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } }, "price": { "$ref": "#/$defs/money", "title": "Price", "description": "The tier's price." }, "priceDescription": { "title": "Price terms", "description": "The price when it is not a fixed amount, in the document's words, e.g. `4% of monthly spend, at least USD 250 a month`.", "$ref": "#/$defs/text" }, "targets": { "title": "Targets", "description": "Response, update and resolution targets for each severity level, keyed by severity `id`. A level the tier does not cover is `not-offered`; a level left out is reported by `sla lint`.", "type": "object", "propertyNames": { "$ref": "#/$defs/id" }, "additionalProperties": { "title": "Severity targets", "description": "Targets for one severity level, or `not-offered` when the tier does not cover this level at all.", "if": { "type": "string" }, "then": { "const": "not-offered" }, "else": { "title": "Severity targets", "description": "Targets for one severity level.", "type": "object", "additionalProperties": false, "properties": { "response": { "$ref": "#/$defs/responseTarget" }, "update": { "$ref": "#/$defs/updateCadence" }, "resolution": { "$ref": "#/$defs/resolutionTarget" } }, "required": ["response"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } } } } }, "required": ["id", "name", "targets"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } }, "minItems": 1 }, "channels": { "title": "Channels", "description": "Where requests and incidents are raised. Required in a `SupportAgreement`.", "type": "array", "items": { "title": "Channel", "description": "A way to raise a request.", "type": "object", "additionalProperties": false, "properties": { "id": { "$ref": "#/$defs/id" }, "type": { "title": "Type", "description": "The kind of channel.", "type": "string", "enum": ["portal", "email", "phone", "chat", "pager", "other"] }, "address": { "title": "Address", "description": "The URL, email address or phone number. Required in a `SupportAgreement`; a published policy may name a channel without one.", "$ref": "#/$defs/name" }, "severities": { "title": "Severities", "description": "The severity levels this channel may be used for. Omit for all.", "type": "array", "items": { "$ref": "#/$defs/severityRef" }, "uniqueItems": true }, "hours": { "$ref": "#/$defs/calendarRef", "title": "Staffed hours", "description": "The calendar during which the channel is monitored." }, "tiers": { "title": "Tiers", "description": "The `id`s of the tiers that may use this channel. Omit for all.", "type": "array", "uniqueItems": true, "items": { "$ref": "#/$defs/id" } }, "countsForTargets": { "title": "Counts for targets", "description": "`false` when requests raised here do not start the target clocks (e.g. a chat channel that is not eligible for SLA issues). Omit when it does.", "type": "boolean" }, "description": { "title": "Description", "description": "How to use the channel, e.g. what to include.", "$ref": "#/$defs/text" } }, "required": ["id", "type"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } }, "minItems": 1 }, "escalation": { "title": "Escalation path", "description": "Who to turn to, in order, when an incident is not progressing as agreed.", "type": "array", "items": { "title": "Escalation step", "description": "One step of the escalation path.", "type": "object", "additionalProperties": false, "properties": { "step": { "title": "Step", "description": "The step's position in the path, starting at 1.", "type": "integer", "minimum": 1 }, "contact": { "$ref": "#/$defs/contact" }, "when": { "title": "When", "description": "When to escalate to this step, e.g. 'no response within the response target'.", "$ref": "#/$defs/text" } }, "required": ["step", "contact", "when"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } } }, "clientResponsibilities": { "title": "Client responsibilities", "description": "What the client must do so that the provider can meet its targets.", "type": "array", "items": { "title": "Client responsibility", "description": "A duty of the client.", "type": "object", "additionalProperties": false, "properties": { "category": { "title": "Category", "description": "Which duty: `designated-contact`, `escalation-channel` (raising and escalating through the agreed channel), `access-and-context` (timely access, logs and context), `client-systems` (maintaining client-owned systems), `operating-procedures` (following documented procedures), `testing`, `data` or `other`.", "type": "string", "enum": ["designated-contact", "escalation-channel", "access-and-context", "client-systems", "operating-procedures", "testing", "data", "other"] }, "description": { "title": "Description", "description": "What the client does.", "$ref": "#/$defs/text" }, "tiers": { "title": "Tiers", "description": "The `id`s of the tiers this responsibility applies to. Omit for all.", "type": "array", "uniqueItems": true, "items": { "$ref": "#/$defs/id" } }, "services": { "title": "Services", "description": "The `id`s of the services this responsibility applies to. Omit for all.", "type": "array", "uniqueItems": true, "items": { "$ref": "#/$defs/id" } } }, "required": ["category", "description"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } } }, "excusedDelays": { "title": "Excused delays", "description": "Circumstances in which a missed target is not a breach, in the agreement's words, e.g. `A delay caused by the Client not meeting its responsibilities.`", "type": "array", "items": { "$ref": "#/$defs/text" } }, "monitoring": { "title": "Monitoring and reporting", "description": "What is measured, how often it is reviewed, what the client receives, and what triggers proactive outreach.", "type": "object", "additionalProperties": false, "properties": { "metrics": { "title": "Metrics", "description": "The metrics tracked.", "type": "array", "items": { "title": "Metric", "description": "A tracked metric.", "type": "object", "additionalProperties": false, "properties": { "id": { "$ref": "#/$defs/id" }, "name": { "title": "Name", "description": "The metric's name.", "$ref": "#/$defs/name" }, "category": { "title": "Category", "description": "What the metric measures. For AI workflows, track `output-quality` and `drift`.", "type": "string", "enum": ["output-quality", "drift", "confidence", "latency", "cost", "volume", "error-rate", "availability", "other"] }, "description": { "title": "Description", "description": "How the metric is measured.", "$ref": "#/$defs/text" }, "threshold": { "title": "Threshold", "description": "The value that triggers attention, e.g. 'field accuracy below 95% over a day'.", "$ref": "#/$defs/text" } }, "required": ["id", "name", "category"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } } }, "reviewFrequency": { "$ref": "#/$defs/frequency", "title": "Review frequency", "description": "How often the provider reviews the metrics." }, "reports": { "title": "Reports", "description": "Reports the client receives.", "type": "array", "items": { "title": "Report", "description": "A report sent to the client.", "type": "object", "additionalProperties": false, "properties": { "name": { "title": "Name", "description": "The report's name.", "$ref": "#/$defs/name" }, "frequency": { "$ref": "#/$defs/frequency" }, "deliveredWithin": { "$ref": "#/$defs/timeTarget", "title": "Delivered within", "description": "How soon after the period ends the report arrives." }, "contents": { "title": "Contents", "description": "What the report contains.", "type": "array", "items": { "$ref": "#/$defs/text" } } }, "required": ["name", "frequency"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } } }, "proactiveOutreach": { "title": "Proactive outreach", "description": "Conditions under which the provider contacts the client before the client notices a problem.", "type": "array", "items": { "title": "Outreach trigger", "description": "A condition that triggers proactive contact.", "type": "object", "additionalProperties": false, "properties": { "trigger": { "title": "Trigger", "description": "The condition.", "$ref": "#/$defs/text" }, "metric": { "title": "Metric", "description": "The `id` of the metric this trigger watches.", "$ref": "#/$defs/id" }, "within": { "$ref": "#/$defs/timeTarget", "title": "Within", "description": "How soon the client is contacted after the condition is detected." } }, "required": ["trigger"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } } } }, "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } }, "maintenance": { "title": "Maintenance and planned change", "description": "How planned changes are scheduled, announced, approved and tested.", "type": "object", "additionalProperties": false, "properties": { "windows": { "title": "Maintenance windows", "description": "When planned maintenance takes place.", "type": "array", "items": { "title": "Maintenance window", "description": "A recurring maintenance window.", "type": "object", "additionalProperties": false, "properties": { "days": { "title": "Days", "description": "Days of the window.", "type": "array", "items": { "$ref": "#/$defs/weekday" }, "minItems": 1, "uniqueItems": true }, "open": { "title": "Hours", "description": "Time windows on those days.", "type": "array", "items": { "$ref": "#/$defs/timeWindow" }, "minItems": 1 }, "timezone": { "$ref": "#/$defs/timezone" } }, "required": ["days", "open", "timezone"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } } }, "notice": { "$ref": "#/$defs/timeTarget", "title": "Notice", "description": "Minimum notice given to the client before planned maintenance." }, "approval": { "title": "Approval", "description": "Whether the client approves planned changes before release.", "type": "object", "additionalProperties": false, "properties": { "required": { "title": "Required", "description": "Whether client approval is needed.", "type": "boolean" }, "approver": { "title": "Approver", "description": "Who approves, e.g. the client's designated contact.", "$ref": "#/$defs/name" }, "description": { "title": "Description", "description": "How approval is given.", "$ref": "#/$defs/text" } }, "required": ["required"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } }, "testing": { "title": "Testing before release", "description": "How changes are tested before they reach production.", "type": "object", "additionalProperties": false, "properties": { "required": { "title": "Required", "description": "Whether testing before release is required.", "type": "boolean" }, "description": { "title": "Description", "description": "How changes are tested.", "$ref": "#/$defs/text" }, "evaluationSet": { "title": "Evaluation set", "description": "A fixed set of cases a change must pass before release.", "type": "object", "additionalProperties": false, "properties": { "name": { "title": "Name", "description": "The evaluation set's name.", "$ref": "#/$defs/name" }, "size": { "title": "Size", "description": "Number of cases.", "type": "integer", "minimum": 1 }, "passCriterion": { "title": "Pass criterion", "description": "What counts as passing, e.g. 'field accuracy at least 97%'.", "$ref": "#/$defs/text" } }, "required": ["name", "passCriterion"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } } }, "required": ["required"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } }, "emergencyChanges": { "title": "Emergency changes", "description": "How urgent changes outside the normal process are handled.", "type": "object", "additionalProperties": false, "properties": { "description": { "title": "Description", "description": "When an emergency change is allowed and how it is handled.", "$ref": "#/$defs/text" }, "notifyWithin": { "$ref": "#/$defs/timeTarget", "title": "Notify within", "description": "How soon after an emergency change the client is told." } }, "required": ["description"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } } }, "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } }, "availability": { "title": "Availability", "description": "An availability target for the services, with measurement and service credits.", "type": "object", "additionalProperties": false, "properties": { "target": { "title": "Target (%)", "description": "The availability level as a percentage, e.g. `99.5`, or `unstated` when the document promises availability without a number.", "if": { "type": "string" }, "then": { "const": "unstated" }, "else": { "type": "number", "minimum": 50, "maximum": 100 } }, "firmness": { "$ref": "#/$defs/firmness" }, "services": { "title": "Services", "description": "The `id`s of the services the availability target covers. Omit for all.", "type": "array", "uniqueItems": true, "items": { "$ref": "#/$defs/id" } }, "scope": { "title": "Scope", "description": "Which deployments or plans the target covers, in the document's words, e.g. `dedicated clusters that have run for at least 24 hours`.", "$ref": "#/$defs/text" }, "measurementWindow": { "title": "Measurement window", "description": "The period over which availability is measured, or `unstated` when the document gives credits without saying over what period availability is measured.", "type": "string", "enum": ["month", "quarter", "year", "unstated"] }, "monthConvention": { "title": "Month convention", "description": "How long a month is when computing allowed downtime: `30d` (30 days), `calendar` (the actual month), or `730h` (an average month).", "type": "string", "enum": ["30d", "calendar", "730h"] }, "measurement": { "title": "Measurement", "description": "How availability is measured.", "$ref": "#/$defs/text" }, "exclusions": { "title": "Exclusions", "description": "What does not count as downtime.", "type": "array", "items": { "$ref": "#/$defs/text" } }, "serviceCredits": { "title": "Service credits", "description": "Credits owed when availability falls below a level.", "type": "array", "items": { "title": "Service credit", "description": "A credit tier.", "type": "object", "additionalProperties": false, "properties": { "below": { "title": "Below (%)", "description": "Availability below this percentage earns the credit.", "type": "number", "minimum": 0, "maximum": 100 }, "atLeast": { "title": "At least (%)", "description": "The band's floor, when the document gives one: availability below `below` and at or above this earns the credit, e.g. `99.0` in 'below 99.995% (and >= 99.0%)'.", "type": "number", "minimum": 0, "maximum": 100 }, "creditPercent": { "title": "Credit (%)", "description": "The credit, as a percentage of the fee `creditTerms.basis` names (the document's own words say which fee).", "type": "number", "minimum": 0, "maximum": 100 } }, "required": ["below", "creditPercent"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } } }, "creditTerms": { "title": "Service credit terms", "description": "How service credits work: whether bands add up, the cap, the claim procedure and window.", "type": "object", "additionalProperties": false, "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } }, "properties": { "basis": { "title": "Basis", "description": "What the credit percentage is a share of, e.g. `the monthly fees for the affected cluster`. Without it the contract names no fee: each level's credit is printed as the document states it.", "$ref": "#/$defs/text" }, "cumulative": { "title": "Bands add up", "description": "`true` when the credits of every band passed add up; `false` when only the lowest band reached applies.", "type": "boolean" }, "capPercent": { "title": "Cap (%)", "description": "The most credit in one period, as a percentage of the fee, e.g. `100`.", "type": "number", "minimum": 0, "maximum": 100 }, "capPer": { "title": "Cap period", "description": "The period the cap applies to, when it differs from the measurement window or that is not stated: `month`, `quarter` or `year`.", "type": "string", "enum": ["month", "quarter", "year"] }, "claimWithinDays": { "title": "Claim window (days)", "description": "Calendar days the client has to claim a credit, e.g. `10`.", "type": "integer", "minimum": 0, "maximum": 365 }, "claimWithinHours": { "title": "Claim window (hours)", "description": "Hours the client has to claim a credit, e.g. `24`.", "type": "integer", "minimum": 0, "maximum": 8760 }, "claimProcedure": { "title": "Claim procedure", "description": "How a credit is claimed, e.g. `open a support ticket within 24 hours of first becoming aware of the event`.", "$ref": "#/$defs/text" }, "soleRemedy": { "title": "Sole remedy", "description": "`true` when service credits are the client's sole and exclusive remedy for missed availability.", "type": "boolean" }, "forfeiture": { "title": "Forfeiture", "description": "When unused credits are lost, e.g. `on termination or expiry`.", "$ref": "#/$defs/text" } } } }, "required": ["target", "measurementWindow"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } }, "review": { "title": "Review of the agreement", "description": "How often the agreement is reviewed against real support behaviour.", "type": "object", "additionalProperties": false, "properties": { "frequency": { "$ref": "#/$defs/frequency" }, "topics": { "title": "Topics", "description": "What each review looks at.", "type": "array", "items": { "title": "Review topic", "description": "A question the review answers.", "type": "object", "additionalProperties": false, "properties": { "category": { "title": "Category", "description": "The topic.", "type": "string", "enum": ["issue-types", "target-realism", "tuning-volume", "client-understanding", "scope", "pricing", "other"] }, "description": { "title": "Description", "description": "What is reviewed.", "$ref": "#/$defs/text" } }, "required": ["category", "description"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } } }, "participants": { "title": "Participants", "description": "Who takes part.", "type": "array", "items": { "$ref": "#/$defs/name" } } }, "required": ["frequency"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } }, "signatures": { "title": "Signatures", "description": "Signature blocks.", "type": "array", "items": { "title": "Signature", "description": "A signature block.", "type": "object", "additionalProperties": false, "properties": { "party": { "title": "Party", "description": "Which party signs.", "type": "string", "enum": ["provider", "client"] }, "name": { "title": "Name", "description": "The signatory's name.", "$ref": "#/$defs/name" }, "title": { "title": "Title", "description": "The signatory's job title.", "$ref": "#/$defs/name" }, "place": { "title": "Place", "description": "Where the signatory signs, e.g. `Berlin`, when it is known in advance; otherwise the contract leaves a line to write it on (German contracts name the place of signing).", "$ref": "#/$defs/name" } }, "required": ["party"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } } }, "presentation": { "title": "Presentation", "description": "How the rendered contract presents the agreement. Changes no term: only what the client sees and in what form.", "type": "object", "additionalProperties": false, "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } }, "properties": { "tierComparison": { "title": "Tier comparison", "description": "`true` prints every tier offered side by side, with prices, in an agreement. Without it an agreement shows only the client's own tier, since a client sees the prices of tiers it did not buy only when the provider wants it to (`sla render --all-tiers` does the same for one run). A `SupportPolicy` always compares its tiers.", "type": "boolean" }, "tableOfContents": { "title": "Table of contents", "description": "`true` or `false` to always or never print a table of contents in the PDF. Without it the PDF has one when the contract runs to more than four pages.", "type": "boolean" }, "summary": { "title": "Summary page", "description": '`false` leaves out "Your support at a glance", the one-page summary after the title block that answers, from this file, what to do when something breaks, how fast the answer comes, what is included, what is separate work and what the client does. On by default in an agreement; a published policy has none.', "type": "boolean" }, "summaryNote": { "title": "Summary note", "description": "One sentence printed at the top of the summary on its standing, e.g. `This summary is for orientation; the sections it links to are the terms of this Agreement.` Without it the summary says nothing about its standing.", "$ref": "#/$defs/text" } } } }, "$defs": { "id": { "title": "Identifier", "description": "A short kebab-case identifier used to refer to this item elsewhere in the agreement, e.g. `office-hours` or `critical`.", "type": "string", "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$", "maxLength": 64 }, "text": { "title": "Text", "description": "Free text that appears in the contract. Be specific: name numbers, times and owners rather than 'promptly' or 'as soon as possible'.", "type": "string", "minLength": 1, "maxLength": 2e4 }, "name": { "title": "Name", "description": "A short name shown in the contract.", "type": "string", "minLength": 1, "maxLength": 300 }, "duration": { "title": "Duration", "description": "A length of time counted on a calendar: minutes `m`, hours `h` and working days `d`, combined largest first (`30m`, `4h`, `1h30m`, `2d`, `1d4h`), or ISO 8601 (`PT30M`, `PT4H`, `P2D`). On a business-hours calendar the clock runs only inside working hours; a working day `d` ends at the same clock time of the working day the clock starts in, that many working days later (at the next working minute of that day if the clock is stopped then, or at its close if it has closed; see docs/clock.md).", "type": "string", "pattern": "^(?:(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?|P(?=\\d|T\\d)(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?)?)$" }, "date": { "title": "Date", "description": "A calendar date written YYYY-MM-DD, e.g. `2027-01-01`.", "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" }, "timeWindow": { "title": "Time window", "description": "Opening hours within one day as HH:MM-HH:MM on the 24-hour clock, e.g. `09:00-17:30`. `24:00` may end a window. A window whose end is earlier than its start runs past midnight into the next day (`22:00-06:00`).", "type": "string", "pattern": "^(?:[01]\\d|2[0-3]):[0-5]\\d-(?:(?:[01]\\d|2[0-3]):[0-5]\\d|24:00)$" }, "weekday": { "title": "Weekday", "description": "A day of the week.", "type": "string", "enum": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] }, "timezone": { "title": "Time zone", "description": "An IANA time-zone name such as `Europe/Berlin`, `America/New_York` or `UTC`. Abbreviations such as EST or CET are ambiguous and are not accepted.", "type": "string", "minLength": 1, "maxLength": 64 }, "calendarRef": { "title": "Calendar", "description": "The `id` of one of the agreement's `calendars`; the clock for this time runs on that calendar's hours.", "$ref": "#/$defs/id" }, "severityRef": { "title": "Severity level", "description": "The `id` of one of the agreement's `severityLevels`.", "$ref": "#/$defs/id" }, "frequency": { "title": "Frequency", "description": "How often something happens.", "type": "string", "enum": ["daily", "weekly", "fortnightly", "monthly", "quarterly", "semi-annually", "annually"] }, "email": { "title": "Email address", "description": "An email address.", "type": "string", "pattern": "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", "maxLength": 254 }, "money": { "title": "Amount of money", "description": "An amount in a currency, optionally per period.", "type": "object", "additionalProperties": false, "properties": { "amount": { "title": "Amount", "description": "The amount, e.g. `1500` or `149.50`.", "type": "number", "minimum": 0 }, "currency": { "title": "Currency", "description": "ISO 4217 currency code such as `EUR`, `USD` or `GBP`.", "type": "string", "pattern": "^[A-Z]{3}$" }, "per": { "title": "Per", "description": "The period or unit the amount is charged for.", "type": "string", "enum": ["hour", "day", "month", "quarter", "year", "one-off"] } }, "required": ["amount", "currency"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } }, "responseTarget": { "title": "Response target", "description": "A response target, or `unstated` / `not-offered`.", "if": { "type": "string" }, "then": { "$ref": "#/$defs/targetValue" }, "else": { "$ref": "#/$defs/timedResponseTarget" } }, "updateCadence": { "title": "Update cadence", "description": "An update cadence, or `unstated` / `not-offered`.", "if": { "type": "string" }, "then": { "$ref": "#/$defs/targetValue" }, "else": { "$ref": "#/$defs/timedUpdateCadence" } }, "resolutionTarget": { "title": "Resolution target", "description": "A resolution target, or `unstated` / `not-offered`.", "if": { "type": "string" }, "then": { "$ref": "#/$defs/targetValue" }, "else": { "$ref": "#/$defs/timedResolutionTarget" } }, "timeTarget": { "title": "Time target", "description": "A length of time on a calendar, e.g. how soon an estimate or a notice is given.", "type": "object", "additionalProperties": false, "properties": { "within": { "title": "Within", "description": "The time, e.g. `3d`.", "$ref": "#/$defs/duration" }, "calendar": { "$ref": "#/$defs/calendarRef" } }, "required": ["within", "calendar"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } }, "contact": { "title": "Contact", "description": "A named person and how to reach them.", "type": "object", "additionalProperties": false, "properties": { "name": { "title": "Name", "description": "The person's full name.", "$ref": "#/$defs/name" }, "title": { "title": "Job title", "description": "The person's job title, e.g. `Delivery Lead`.", "$ref": "#/$defs/name" }, "email": { "$ref": "#/$defs/email" }, "phone": { "title": "Phone", "description": "A phone number in international form, e.g. `+49 30 1234567`.", "type": "string", "pattern": "^\\+?[0-9 ()./-]{5,30}$" }, "roles": { "title": "Roles in this agreement", "description": "What this contact does under the agreement: `point-of-contact` (designated contact who raises and receives support requests), `escalation` (contact for escalations), `technical`, `billing`, `executive-sponsor`, `signatory`.", "type": "array", "items": { "type": "string", "enum": ["point-of-contact", "escalation", "technical", "billing", "executive-sponsor", "signatory"] }, "uniqueItems": true } }, "required": ["name"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } }, "party": { "title": "Party", "description": "One side of the agreement.", "type": "object", "additionalProperties": false, "properties": { "name": { "title": "Name", "description": "The party's name as it appears in the contract.", "$ref": "#/$defs/name" }, "legalName": { "title": "Legal name", "description": "The registered legal name, if different from `name`.", "$ref": "#/$defs/name" }, "address": { "title": "Address", "description": "The registered address.", "$ref": "#/$defs/text" }, "contacts": { "title": "Contacts", "description": "Named people for this party and their roles under the agreement.", "type": "array", "items": { "$ref": "#/$defs/contact" } } }, "required": ["name"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } }, "firmness": { "title": "Firmness", "description": "How firm a target is, in the source's own terms: `commitment` (the provider commits to it; missing it is a breach), `objective` (a goal or target the provider works towards), `commercially-reasonable-efforts` (the provider uses commercially reasonable efforts to meet it), `best-effort` (no obligation beyond trying). Omit when the document does not say; `sla lint` reports the silence where it matters.", "type": "string", "enum": ["commitment", "objective", "commercially-reasonable-efforts", "best-effort"] }, "targetValue": { "title": "Target value", "description": "`unstated` when the document does not state this target (lint reports the silence instead of you inventing a number); `not-offered` when the tier does not provide it.", "type": "string", "enum": ["unstated", "not-offered"] }, "calendarOrUnstated": { "title": "Calendar", "description": "The `id` of one of the agreement's `calendars` the clock runs on, or `unstated` when the document gives a time but not the hours it counts in (e.g. `2 hr` with no coverage stated).", "$ref": "#/$defs/id" }, "namedDeadline": { "title": "Named deadline", "description": "A deadline named rather than measured: `next-business-day` (by the close of the first working day of the calendar after the day the request arrives), `same-business-day` (by the close of the working day the request arrives in, or of the next one when it arrives after hours).", "type": "string", "enum": ["next-business-day", "same-business-day"] }, "durationRange": { "title": "Range", "description": "A range of times, shortest first, e.g. `[1d, 2d]` for '1\u20132 business days'. The clock counts to the longer end.", "type": "array", "items": { "$ref": "#/$defs/duration" }, "minItems": 2, "maxItems": 2 }, "outsideHoursTarget": { "title": "Raised outside hours", "description": "A different target for a request raised while the calendar `hours` is closed, e.g. P2 within 2 hours in office hours but by the next business day otherwise.", "type": "object", "additionalProperties": false, "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } }, "properties": { "hours": { "title": "Hours", "description": "The `id` of the calendar whose closed times this applies to, usually the tier's support hours.", "$ref": "#/$defs/calendarRef" }, "within": { "title": "Within", "description": "The time, e.g. `1d`.", "$ref": "#/$defs/duration" }, "between": { "title": "Between", "description": "A range instead of one time.", "$ref": "#/$defs/durationRange" }, "by": { "title": "By", "description": "A named deadline instead of a time.", "$ref": "#/$defs/namedDeadline" }, "calendar": { "$ref": "#/$defs/calendarOrUnstated" } }, "required": ["hours", "calendar"] }, "timedResponseTarget": { "title": "Response target", "description": "How soon the provider acknowledges an incident and begins work, counted on the named calendar. Give exactly one of `within`, `between` or `by`.", "type": "object", "additionalProperties": false, "properties": { "within": { "title": "Within", "description": "The time, e.g. `30m`, `4h`, `1d`.", "$ref": "#/$defs/duration" }, "between": { "title": "Between", "description": "A range instead of one time, e.g. `[1d, 2d]`.", "$ref": "#/$defs/durationRange" }, "by": { "title": "By", "description": "A named deadline instead of a time, e.g. `next-business-day`.", "$ref": "#/$defs/namedDeadline" }, "calendar": { "$ref": "#/$defs/calendarOrUnstated" }, "firmness": { "$ref": "#/$defs/firmness" }, "outsideHours": { "$ref": "#/$defs/outsideHoursTarget" }, "description": { "title": "Description", "description": "Any qualification of the target in the words of the agreement, e.g. what happens when a third party must act.", "$ref": "#/$defs/text" } }, "required": ["calendar"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } }, "timedUpdateCadence": { "title": "Update cadence", "description": "How often the client receives a status update while the incident is open, counted on the named calendar.", "type": "object", "additionalProperties": false, "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } }, "properties": { "every": { "title": "Every", "description": "Time between updates, e.g. `1h`, `4h`, `1d`.", "$ref": "#/$defs/duration" }, "calendar": { "$ref": "#/$defs/calendarOrUnstated" }, "firmness": { "$ref": "#/$defs/firmness" }, "description": { "title": "Description", "description": "Any qualification, e.g. `or as agreed with the client`.", "$ref": "#/$defs/text" } }, "required": ["every", "calendar"] }, "timedResolutionTarget": { "title": "Resolution target", "description": "The time for restoring service or providing a workaround. Give exactly one of `within`, `between` or `by`.", "type": "object", "additionalProperties": false, "properties": { "within": { "title": "Within", "description": "The time, e.g. `30m`, `4h`, `1d`.", "$ref": "#/$defs/duration" }, "between": { "title": "Between", "description": "A range instead of one time, e.g. `[1d, 2d]`.", "$ref": "#/$defs/durationRange" }, "by": { "title": "By", "description": "A named deadline instead of a time, e.g. `next-business-day`.", "$ref": "#/$defs/namedDeadline" }, "calendar": { "$ref": "#/$defs/calendarOrUnstated" }, "firmness": { "$ref": "#/$defs/firmness" }, "kind": { "title": "Kind", "description": "What counts as resolved: `workaround` (service restored through a fix or a workaround). `objective` is the older way of writing `firmness: objective` and means the same.", "type": "string", "enum": ["objective", "workaround"] }, "from": { "title": "Clock starts", "description": "When the resolution clock starts: `opened` (when the request is logged; the default) or `response` (when the provider responds).", "type": "string", "enum": ["opened", "response"] }, "outsideHours": { "$ref": "#/$defs/outsideHoursTarget" }, "description": { "title": "Description", "description": "Any qualification of the target in the words of the agreement, e.g. what happens when a third party must act.", "$ref": "#/$defs/text" } }, "required": ["calendar"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } } }, "allOf": [{ "if": { "properties": { "kind": { "const": "SupportAgreement" } }, "required": ["kind"] }, "then": { "required": ["version", "status", "effectiveDate", "calendars", "channels"], "properties": { "parties": { "required": ["provider", "client"] }, "channels": { "items": { "required": ["address"] } } } } }], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } };
var schema81 = { "title": "Amount of money", "description": "An amount in a currency, optionally per period.", "type": "object", "additionalProperties": false, "properties": { "amount": { "title": "Amount", "description": "The amount, e.g. `1500` or `149.50`.", "type": "number", "minimum": 0 }, "currency": { "title": "Currency", "description": "ISO 4217 currency code such as `EUR`, `USD` or `GBP`.", "type": "string", "pattern": "^[A-Z]{3}$" }, "per": { "title": "Per", "description": "The period or unit the amount is charged for.", "type": "string", "enum": ["hour", "day", "month", "quarter", "year", "one-off"] } }, "required": ["amount", "currency"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } };
var schema86 = { "title": "Weekday", "description": "A day of the week.", "type": "string", "enum": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] };
var schema113 = { "title": "Frequency", "description": "How often something happens.", "type": "string", "enum": ["daily", "weekly", "fortnightly", "monthly", "quarterly", "semi-annually", "annually"] };
var schema68 = { "title": "Firmness", "description": "How firm a target is, in the source's own terms: `commitment` (the provider commits to it; missing it is a breach), `objective` (a goal or target the provider works towards), `commercially-reasonable-efforts` (the provider uses commercially reasonable efforts to meet it), `best-effort` (no obligation beyond trying). Omit when the document does not say; `sla lint` reports the silence where it matters.", "type": "string", "enum": ["commitment", "objective", "commercially-reasonable-efforts", "best-effort"] };
var func1 = Object.prototype.hasOwnProperty;
var func2 = runtime0;
var func0 = runtime1;
var pattern4 = new RegExp("^x-", "u");
var pattern5 = new RegExp("^[a-z0-9]+(?:-[a-z0-9]+)*$", "u");
var pattern6 = new RegExp("^\\d+(?:\\.\\d+){0,2}$", "u");
var pattern7 = new RegExp("^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\\d{3}))?$", "u");
var pattern8 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
var pattern42 = new RegExp("^[A-Z]{3}$", "u");
var pattern49 = new RegExp("^(?:[01]\\d|2[0-3]):[0-5]\\d-(?:(?:[01]\\d|2[0-3]):[0-5]\\d|24:00)$", "u");
var pattern53 = new RegExp("\\.ics$", "u");
var schema45 = { "title": "Contact", "description": "A named person and how to reach them.", "type": "object", "additionalProperties": false, "properties": { "name": { "title": "Name", "description": "The person's full name.", "$ref": "#/$defs/name" }, "title": { "title": "Job title", "description": "The person's job title, e.g. `Delivery Lead`.", "$ref": "#/$defs/name" }, "email": { "$ref": "#/$defs/email" }, "phone": { "title": "Phone", "description": "A phone number in international form, e.g. `+49 30 1234567`.", "type": "string", "pattern": "^\\+?[0-9 ()./-]{5,30}$" }, "roles": { "title": "Roles in this agreement", "description": "What this contact does under the agreement: `point-of-contact` (designated contact who raises and receives support requests), `escalation` (contact for escalations), `technical`, `billing`, `executive-sponsor`, `signatory`.", "type": "array", "items": { "type": "string", "enum": ["point-of-contact", "escalation", "technical", "billing", "executive-sponsor", "signatory"] }, "uniqueItems": true } }, "required": ["name"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } };
var pattern16 = new RegExp("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", "u");
var pattern17 = new RegExp("^\\+?[0-9 ()./-]{5,30}$", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "title" || key0 === "email" || key0 === "phone" || key0 === "roles" || pattern4.test(key0))) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func2(data0) > 300) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 === "string") {
        if (func2(data1) > 300) {
          const err5 = { instancePath: instancePath + "/title", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err6 = { instancePath: instancePath + "/title", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/title", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.email !== void 0) {
      let data2 = data.email;
      if (typeof data2 === "string") {
        if (func2(data2) > 254) {
          const err8 = { instancePath: instancePath + "/email", schemaPath: "#/$defs/email/maxLength", keyword: "maxLength", params: { limit: 254 }, message: "must NOT have more than 254 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (!pattern16.test(data2)) {
          const err9 = { instancePath: instancePath + "/email", schemaPath: "#/$defs/email/pattern", keyword: "pattern", params: { pattern: "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$" }, message: 'must match pattern "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"' };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/email", schemaPath: "#/$defs/email/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.phone !== void 0) {
      let data3 = data.phone;
      if (typeof data3 === "string") {
        if (!pattern17.test(data3)) {
          const err11 = { instancePath: instancePath + "/phone", schemaPath: "#/properties/phone/pattern", keyword: "pattern", params: { pattern: "^\\+?[0-9 ()./-]{5,30}$" }, message: 'must match pattern "^\\+?[0-9 ()./-]{5,30}$"' };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/phone", schemaPath: "#/properties/phone/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.roles !== void 0) {
      let data4 = data.roles;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 !== "string") {
            const err13 = { instancePath: instancePath + "/roles/" + i0, schemaPath: "#/properties/roles/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          if (!(data5 === "point-of-contact" || data5 === "escalation" || data5 === "technical" || data5 === "billing" || data5 === "executive-sponsor" || data5 === "signatory")) {
            const err14 = { instancePath: instancePath + "/roles/" + i0, schemaPath: "#/properties/roles/items/enum", keyword: "enum", params: { allowedValues: schema45.properties.roles.items.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        let i1 = data4.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data4[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err15 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "legalName" || key0 === "address" || key0 === "contacts" || pattern4.test(key0))) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func2(data0) > 300) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.legalName !== void 0) {
      let data1 = data.legalName;
      if (typeof data1 === "string") {
        if (func2(data1) > 300) {
          const err5 = { instancePath: instancePath + "/legalName", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err6 = { instancePath: instancePath + "/legalName", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/legalName", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.address !== void 0) {
      let data2 = data.address;
      if (typeof data2 === "string") {
        if (func2(data2) > 2e4) {
          const err8 = { instancePath: instancePath + "/address", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (func2(data2) < 1) {
          const err9 = { instancePath: instancePath + "/address", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/address", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.contacts !== void 0) {
      let data3 = data.contacts;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate22(data3[i0], { instancePath: instancePath + "/contacts/" + i0, parentData: data3, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/contacts", schemaPath: "#/properties/contacts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema66 = { "title": "Named deadline", "description": "A deadline named rather than measured: `next-business-day` (by the close of the first working day of the calendar after the day the request arrives), `same-business-day` (by the close of the working day the request arrives in, or of the next one when it arrives after hours).", "type": "string", "enum": ["next-business-day", "same-business-day"] };
var pattern30 = new RegExp("^(?:(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?|P(?=\\d|T\\d)(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?)?)$", "u");
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    if (data.length > 2) {
      const err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.length < 2) {
      const err1 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern30.test(data0)) {
          const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(?:(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?|P(?=\\d|T\\d)(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?)?)$" }, message: 'must match pattern "^(?:(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?|P(?=\\d|T\\d)(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?)?)$"' };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.hours === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "hours" }, message: "must have required property 'hours'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.calendar === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "calendar" }, message: "must have required property 'calendar'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "hours" || key0 === "within" || key0 === "between" || key0 === "by" || key0 === "calendar" || pattern4.test(key0))) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.hours !== void 0) {
      let data0 = data.hours;
      if (typeof data0 === "string") {
        if (func2(data0) > 64) {
          const err3 = { instancePath: instancePath + "/hours", schemaPath: "#/$defs/calendarRef/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err4 = { instancePath: instancePath + "/hours", schemaPath: "#/$defs/calendarRef/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"' };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/hours", schemaPath: "#/$defs/calendarRef/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.within !== void 0) {
      let data1 = data.within;
      if (typeof data1 === "string") {
        if (!pattern30.test(data1)) {
          const err6 = { instancePath: instancePath + "/within", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(?:(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?|P(?=\\d|T\\d)(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?)?)$" }, message: 'must match pattern "^(?:(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?|P(?=\\d|T\\d)(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?)?)$"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/within", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.between !== void 0) {
      if (!validate27(data.between, { instancePath: instancePath + "/between", parentData: data, parentDataProperty: "between", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.by !== void 0) {
      let data3 = data.by;
      if (typeof data3 !== "string") {
        const err8 = { instancePath: instancePath + "/by", schemaPath: "#/$defs/namedDeadline/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (!(data3 === "next-business-day" || data3 === "same-business-day")) {
        const err9 = { instancePath: instancePath + "/by", schemaPath: "#/$defs/namedDeadline/enum", keyword: "enum", params: { allowedValues: schema66.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.calendar !== void 0) {
      let data4 = data.calendar;
      if (typeof data4 === "string") {
        if (func2(data4) > 64) {
          const err10 = { instancePath: instancePath + "/calendar", schemaPath: "#/$defs/calendarOrUnstated/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern5.test(data4)) {
          const err11 = { instancePath: instancePath + "/calendar", schemaPath: "#/$defs/calendarOrUnstated/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"' };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/calendar", schemaPath: "#/$defs/calendarOrUnstated/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.calendar === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "calendar" }, message: "must have required property 'calendar'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "within" || key0 === "between" || key0 === "by" || key0 === "calendar" || key0 === "firmness" || key0 === "outsideHours" || key0 === "description" || pattern4.test(key0))) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.within !== void 0) {
      let data0 = data.within;
      if (typeof data0 === "string") {
        if (!pattern30.test(data0)) {
          const err2 = { instancePath: instancePath + "/within", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(?:(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?|P(?=\\d|T\\d)(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?)?)$" }, message: 'must match pattern "^(?:(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?|P(?=\\d|T\\d)(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?)?)$"' };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/within", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.between !== void 0) {
      if (!validate27(data.between, { instancePath: instancePath + "/between", parentData: data, parentDataProperty: "between", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.by !== void 0) {
      let data2 = data.by;
      if (typeof data2 !== "string") {
        const err4 = { instancePath: instancePath + "/by", schemaPath: "#/$defs/namedDeadline/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data2 === "next-business-day" || data2 === "same-business-day")) {
        const err5 = { instancePath: instancePath + "/by", schemaPath: "#/$defs/namedDeadline/enum", keyword: "enum", params: { allowedValues: schema66.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.calendar !== void 0) {
      let data3 = data.calendar;
      if (typeof data3 === "string") {
        if (func2(data3) > 64) {
          const err6 = { instancePath: instancePath + "/calendar", schemaPath: "#/$defs/calendarOrUnstated/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern5.test(data3)) {
          const err7 = { instancePath: instancePath + "/calendar", schemaPath: "#/$defs/calendarOrUnstated/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"' };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/calendar", schemaPath: "#/$defs/calendarOrUnstated/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.firmness !== void 0) {
      let data4 = data.firmness;
      if (typeof data4 !== "string") {
        const err9 = { instancePath: instancePath + "/firmness", schemaPath: "#/$defs/firmness/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (!(data4 === "commitment" || data4 === "objective" || data4 === "commercially-reasonable-efforts" || data4 === "best-effort")) {
        const err10 = { instancePath: instancePath + "/firmness", schemaPath: "#/$defs/firmness/enum", keyword: "enum", params: { allowedValues: schema68.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.outsideHours !== void 0) {
      if (!validate29(data.outsideHours, { instancePath: instancePath + "/outsideHours", parentData: data, parentDataProperty: "outsideHours", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.description !== void 0) {
      let data6 = data.description;
      if (typeof data6 === "string") {
        if (func2(data6) > 2e4) {
          const err11 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (func2(data6) < 1) {
          const err12 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate33.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.within === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "within" }, message: "must have required property 'within'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.calendar === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "calendar" }, message: "must have required property 'calendar'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "within" || key0 === "calendar" || pattern4.test(key0))) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.within !== void 0) {
      let data0 = data.within;
      if (typeof data0 === "string") {
        if (!pattern30.test(data0)) {
          const err3 = { instancePath: instancePath + "/within", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(?:(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?|P(?=\\d|T\\d)(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?)?)$" }, message: 'must match pattern "^(?:(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?|P(?=\\d|T\\d)(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?)?)$"' };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/within", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.calendar !== void 0) {
      let data1 = data.calendar;
      if (typeof data1 === "string") {
        if (func2(data1) > 64) {
          const err5 = { instancePath: instancePath + "/calendar", schemaPath: "#/$defs/calendarRef/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err6 = { instancePath: instancePath + "/calendar", schemaPath: "#/$defs/calendarRef/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/calendar", schemaPath: "#/$defs/calendarRef/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
validate33.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema119 = { "title": "Target value", "description": "`unstated` when the document does not state this target (lint reports the silence instead of you inventing a number); `not-offered` when the tier does not provide it.", "type": "string", "enum": ["unstated", "not-offered"] };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (typeof data !== "string") {
    const err0 = {};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    if (typeof data !== "string") {
      const err1 = { instancePath, schemaPath: "#/$defs/targetValue/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (!(data === "unstated" || data === "not-offered")) {
      const err2 = { instancePath, schemaPath: "#/$defs/targetValue/enum", keyword: "enum", params: { allowedValues: schema119.enum }, message: "must be equal to one of the allowed values" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs6 = errors;
    if (!validate26(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs6 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = true;
    }
    ifClause0 = "else";
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate35.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate35.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate39.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.every === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "every" }, message: "must have required property 'every'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.calendar === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "calendar" }, message: "must have required property 'calendar'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "every" || key0 === "calendar" || key0 === "firmness" || key0 === "description" || pattern4.test(key0))) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.every !== void 0) {
      let data0 = data.every;
      if (typeof data0 === "string") {
        if (!pattern30.test(data0)) {
          const err3 = { instancePath: instancePath + "/every", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(?:(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?|P(?=\\d|T\\d)(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?)?)$" }, message: 'must match pattern "^(?:(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?|P(?=\\d|T\\d)(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?)?)$"' };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/every", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.calendar !== void 0) {
      let data1 = data.calendar;
      if (typeof data1 === "string") {
        if (func2(data1) > 64) {
          const err5 = { instancePath: instancePath + "/calendar", schemaPath: "#/$defs/calendarOrUnstated/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err6 = { instancePath: instancePath + "/calendar", schemaPath: "#/$defs/calendarOrUnstated/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/calendar", schemaPath: "#/$defs/calendarOrUnstated/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.firmness !== void 0) {
      let data2 = data.firmness;
      if (typeof data2 !== "string") {
        const err8 = { instancePath: instancePath + "/firmness", schemaPath: "#/$defs/firmness/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (!(data2 === "commitment" || data2 === "objective" || data2 === "commercially-reasonable-efforts" || data2 === "best-effort")) {
        const err9 = { instancePath: instancePath + "/firmness", schemaPath: "#/$defs/firmness/enum", keyword: "enum", params: { allowedValues: schema68.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data3 = data.description;
      if (typeof data3 === "string") {
        if (func2(data3) > 2e4) {
          const err10 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (func2(data3) < 1) {
          const err11 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
validate39.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate38.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (typeof data !== "string") {
    const err0 = {};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    if (typeof data !== "string") {
      const err1 = { instancePath, schemaPath: "#/$defs/targetValue/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (!(data === "unstated" || data === "not-offered")) {
      const err2 = { instancePath, schemaPath: "#/$defs/targetValue/enum", keyword: "enum", params: { allowedValues: schema119.enum }, message: "must be equal to one of the allowed values" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs6 = errors;
    if (!validate39(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs6 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = true;
    }
    ifClause0 = "else";
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate38.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate38.evaluated = { "dynamicProps": true, "dynamicItems": false };
var schema129 = { "title": "Resolution target", "description": "The time for restoring service or providing a workaround. Give exactly one of `within`, `between` or `by`.", "type": "object", "additionalProperties": false, "properties": { "within": { "title": "Within", "description": "The time, e.g. `30m`, `4h`, `1d`.", "$ref": "#/$defs/duration" }, "between": { "title": "Between", "description": "A range instead of one time, e.g. `[1d, 2d]`.", "$ref": "#/$defs/durationRange" }, "by": { "title": "By", "description": "A named deadline instead of a time, e.g. `next-business-day`.", "$ref": "#/$defs/namedDeadline" }, "calendar": { "$ref": "#/$defs/calendarOrUnstated" }, "firmness": { "$ref": "#/$defs/firmness" }, "kind": { "title": "Kind", "description": "What counts as resolved: `workaround` (service restored through a fix or a workaround). `objective` is the older way of writing `firmness: objective` and means the same.", "type": "string", "enum": ["objective", "workaround"] }, "from": { "title": "Clock starts", "description": "When the resolution clock starts: `opened` (when the request is logged; the default) or `response` (when the provider responds).", "type": "string", "enum": ["opened", "response"] }, "outsideHours": { "$ref": "#/$defs/outsideHoursTarget" }, "description": { "title": "Description", "description": "Any qualification of the target in the words of the agreement, e.g. what happens when a third party must act.", "$ref": "#/$defs/text" } }, "required": ["calendar"], "patternProperties": { "^x-": { "title": "Extension field", "description": "A field of your own (`x-` followed by a name), e.g. `x-crm-account: 4711`. Validation and lint ignore it; custom templates can read it." } } };
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate43.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.calendar === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "calendar" }, message: "must have required property 'calendar'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema129.properties, key0) || pattern4.test(key0))) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.within !== void 0) {
      let data0 = data.within;
      if (typeof data0 === "string") {
        if (!pattern30.test(data0)) {
          const err2 = { instancePath: instancePath + "/within", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(?:(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?|P(?=\\d|T\\d)(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?)?)$" }, message: 'must match pattern "^(?:(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?|P(?=\\d|T\\d)(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?)?)$"' };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/within", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.between !== void 0) {
      if (!validate27(data.between, { instancePath: instancePath + "/between", parentData: data, parentDataProperty: "between", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.by !== void 0) {
      let data2 = data.by;
      if (typeof data2 !== "string") {
        const err4 = { instancePath: instancePath + "/by", schemaPath: "#/$defs/namedDeadline/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data2 === "next-business-day" || data2 === "same-business-day")) {
        const err5 = { instancePath: instancePath + "/by", schemaPath: "#/$defs/namedDeadline/enum", keyword: "enum", params: { allowedValues: schema66.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.calendar !== void 0) {
      let data3 = data.calendar;
      if (typeof data3 === "string") {
        if (func2(data3) > 64) {
          const err6 = { instancePath: instancePath + "/calendar", schemaPath: "#/$defs/calendarOrUnstated/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern5.test(data3)) {
          const err7 = { instancePath: instancePath + "/calendar", schemaPath: "#/$defs/calendarOrUnstated/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"' };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/calendar", schemaPath: "#/$defs/calendarOrUnstated/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.firmness !== void 0) {
      let data4 = data.firmness;
      if (typeof data4 !== "string") {
        const err9 = { instancePath: instancePath + "/firmness", schemaPath: "#/$defs/firmness/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (!(data4 === "commitment" || data4 === "objective" || data4 === "commercially-reasonable-efforts" || data4 === "best-effort")) {
        const err10 = { instancePath: instancePath + "/firmness", schemaPath: "#/$defs/firmness/enum", keyword: "enum", params: { allowedValues: schema68.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data5 = data.kind;
      if (typeof data5 !== "string") {
        const err11 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (!(data5 === "objective" || data5 === "workaround")) {
        const err12 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema129.properties.kind.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.from !== void 0) {
      let data6 = data.from;
      if (typeof data6 !== "string") {
        const err13 = { instancePath: instancePath + "/from", schemaPath: "#/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (!(data6 === "opened" || data6 === "response")) {
        const err14 = { instancePath: instancePath + "/from", schemaPath: "#/properties/from/enum", keyword: "enum", params: { allowedValues: schema129.properties.from.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.outsideHours !== void 0) {
      if (!validate29(data.outsideHours, { instancePath: instancePath + "/outsideHours", parentData: data, parentDataProperty: "outsideHours", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.description !== void 0) {
      let data8 = data.description;
      if (typeof data8 === "string") {
        if (func2(data8) > 2e4) {
          const err15 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (func2(data8) < 1) {
          const err16 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/description", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate43.errors = vErrors;
  return errors === 0;
}
validate43.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate42.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (typeof data !== "string") {
    const err0 = {};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    if (typeof data !== "string") {
      const err1 = { instancePath, schemaPath: "#/$defs/targetValue/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (!(data === "unstated" || data === "not-offered")) {
      const err2 = { instancePath, schemaPath: "#/$defs/targetValue/enum", keyword: "enum", params: { allowedValues: schema119.enum }, message: "must be equal to one of the allowed values" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs6 = errors;
    if (!validate43(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs6 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = true;
    }
    ifClause0 = "else";
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate42.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate42.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.kind === void 0 && (missing0 = "kind")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.kind !== void 0) {
        if ("SupportAgreement" !== data.kind) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.version === void 0) {
        const err2 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.status === void 0) {
        const err3 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.effectiveDate === void 0) {
        const err4 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "effectiveDate" }, message: "must have required property 'effectiveDate'" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data.calendars === void 0) {
        const err5 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "calendars" }, message: "must have required property 'calendars'" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data.channels === void 0) {
        const err6 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "channels" }, message: "must have required property 'channels'" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (data.parties !== void 0) {
        let data1 = data.parties;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
          if (data1.provider === void 0) {
            const err7 = { instancePath: instancePath + "/parties", schemaPath: "#/allOf/0/then/properties/parties/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (data1.client === void 0) {
            const err8 = { instancePath: instancePath + "/parties", schemaPath: "#/allOf/0/then/properties/parties/required", keyword: "required", params: { missingProperty: "client" }, message: "must have required property 'client'" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      }
      if (data.channels !== void 0) {
        let data2 = data.channels;
        if (Array.isArray(data2)) {
          const len0 = data2.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data3 = data2[i0];
            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
              if (data3.address === void 0) {
                const err9 = { instancePath: instancePath + "/channels/" + i0, schemaPath: "#/allOf/0/then/properties/channels/items/required", keyword: "required", params: { missingProperty: "address" }, message: "must have required property 'address'" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
          }
        }
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
    if (valid1) {
      var props0 = {};
      props0.parties = true;
      props0.channels = true;
      props0.kind = true;
    }
  }
  if (!valid1) {
    const err10 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.slaVersion === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "slaVersion" }, message: "must have required property 'slaVersion'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.parties === void 0) {
      const err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "parties" }, message: "must have required property 'parties'" };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    if (data.services === void 0) {
      const err16 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "services" }, message: "must have required property 'services'" };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    if (data.severityLevels === void 0) {
      const err17 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severityLevels" }, message: "must have required property 'severityLevels'" };
      if (vErrors === null) {
        vErrors = [err17];
      } else {
        vErrors.push(err17);
      }
      errors++;
    }
    if (data.tiers === void 0) {
      const err18 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tiers" }, message: "must have required property 'tiers'" };
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema31.properties, key0) || pattern4.test(key0))) {
        const err19 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err20 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.slaVersion !== void 0) {
      if (1 !== data.slaVersion) {
        const err21 = { instancePath: instancePath + "/slaVersion", schemaPath: "#/properties/slaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data6 = data.kind;
      if (typeof data6 !== "string") {
        const err22 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (!(data6 === "SupportAgreement" || data6 === "SupportPolicy")) {
        const err23 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema31.properties.kind.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data7 = data.id;
      if (typeof data7 === "string") {
        if (func2(data7) > 64) {
          const err24 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (!pattern5.test(data7)) {
          const err25 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"' };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data8 = data.title;
      if (typeof data8 === "string") {
        if (func2(data8) > 300) {
          const err27 = { instancePath: instancePath + "/title", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (func2(data8) < 1) {
          const err28 = { instancePath: instancePath + "/title", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = { instancePath: instancePath + "/title", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data9 = data.version;
      if (typeof data9 === "string") {
        if (!pattern6.test(data9)) {
          const err30 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/pattern", keyword: "pattern", params: { pattern: "^\\d+(?:\\.\\d+){0,2}$" }, message: 'must match pattern "^\\d+(?:\\.\\d+){0,2}$"' };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      } else {
        const err31 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data10 = data.status;
      if (typeof data10 !== "string") {
        const err32 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      if (!(data10 === "draft" || data10 === "proposed" || data10 === "active" || data10 === "superseded" || data10 === "expired")) {
        const err33 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema31.properties.status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.locale !== void 0) {
      let data11 = data.locale;
      if (typeof data11 === "string") {
        if (!pattern7.test(data11)) {
          const err34 = { instancePath: instancePath + "/locale", schemaPath: "#/properties/locale/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\\d{3}))?$" }, message: 'must match pattern "^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\\d{3}))?$"' };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      } else {
        const err35 = { instancePath: instancePath + "/locale", schemaPath: "#/properties/locale/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.effectiveDate !== void 0) {
      let data12 = data.effectiveDate;
      if (typeof data12 === "string") {
        if (!pattern8.test(data12)) {
          const err36 = { instancePath: instancePath + "/effectiveDate", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      } else {
        const err37 = { instancePath: instancePath + "/effectiveDate", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.lastUpdated !== void 0) {
      let data13 = data.lastUpdated;
      if (typeof data13 === "string") {
        if (!pattern8.test(data13)) {
          const err38 = { instancePath: instancePath + "/lastUpdated", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      } else {
        const err39 = { instancePath: instancePath + "/lastUpdated", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.term !== void 0) {
      let data14 = data.term;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        if (data14.initialMonths === void 0) {
          const err40 = { instancePath: instancePath + "/term", schemaPath: "#/properties/term/required", keyword: "required", params: { missingProperty: "initialMonths" }, message: "must have required property 'initialMonths'" };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
        if (data14.renewal === void 0) {
          const err41 = { instancePath: instancePath + "/term", schemaPath: "#/properties/term/required", keyword: "required", params: { missingProperty: "renewal" }, message: "must have required property 'renewal'" };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        for (const key1 in data14) {
          if (!(key1 === "initialMonths" || key1 === "renewal" || key1 === "renewalMonths" || key1 === "noticeDays" || pattern4.test(key1))) {
            const err42 = { instancePath: instancePath + "/term", schemaPath: "#/properties/term/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data14.initialMonths !== void 0) {
          let data15 = data14.initialMonths;
          if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
            const err43 = { instancePath: instancePath + "/term/initialMonths", schemaPath: "#/properties/term/properties/initialMonths/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
          if (typeof data15 == "number" && isFinite(data15)) {
            if (data15 > 120 || isNaN(data15)) {
              const err44 = { instancePath: instancePath + "/term/initialMonths", schemaPath: "#/properties/term/properties/initialMonths/maximum", keyword: "maximum", params: { comparison: "<=", limit: 120 }, message: "must be <= 120" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data15 < 1 || isNaN(data15)) {
              const err45 = { instancePath: instancePath + "/term/initialMonths", schemaPath: "#/properties/term/properties/initialMonths/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          }
        }
        if (data14.renewal !== void 0) {
          let data16 = data14.renewal;
          if (typeof data16 !== "string") {
            const err46 = { instancePath: instancePath + "/term/renewal", schemaPath: "#/properties/term/properties/renewal/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
          if (!(data16 === "automatic" || data16 === "by-agreement" || data16 === "none")) {
            const err47 = { instancePath: instancePath + "/term/renewal", schemaPath: "#/properties/term/properties/renewal/enum", keyword: "enum", params: { allowedValues: schema31.properties.term.properties.renewal.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data14.renewalMonths !== void 0) {
          let data17 = data14.renewalMonths;
          if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
            const err48 = { instancePath: instancePath + "/term/renewalMonths", schemaPath: "#/properties/term/properties/renewalMonths/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 > 120 || isNaN(data17)) {
              const err49 = { instancePath: instancePath + "/term/renewalMonths", schemaPath: "#/properties/term/properties/renewalMonths/maximum", keyword: "maximum", params: { comparison: "<=", limit: 120 }, message: "must be <= 120" };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (data17 < 1 || isNaN(data17)) {
              const err50 = { instancePath: instancePath + "/term/renewalMonths", schemaPath: "#/properties/term/properties/renewalMonths/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          }
        }
        if (data14.noticeDays !== void 0) {
          let data18 = data14.noticeDays;
          if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
            const err51 = { instancePath: instancePath + "/term/noticeDays", schemaPath: "#/properties/term/properties/noticeDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
          if (typeof data18 == "number" && isFinite(data18)) {
            if (data18 > 365 || isNaN(data18)) {
              const err52 = { instancePath: instancePath + "/term/noticeDays", schemaPath: "#/properties/term/properties/noticeDays/maximum", keyword: "maximum", params: { comparison: "<=", limit: 365 }, message: "must be <= 365" };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            if (data18 < 0 || isNaN(data18)) {
              const err53 = { instancePath: instancePath + "/term/noticeDays", schemaPath: "#/properties/term/properties/noticeDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          }
        }
      } else {
        const err54 = { instancePath: instancePath + "/term", schemaPath: "#/properties/term/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.amendments !== void 0) {
      let data19 = data.amendments;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        for (const key2 in data19) {
          if (!(key2 === "noticeDays" || key2 === "description" || pattern4.test(key2))) {
            const err55 = { instancePath: instancePath + "/amendments", schemaPath: "#/properties/amendments/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data19.noticeDays !== void 0) {
          let data20 = data19.noticeDays;
          if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
            const err56 = { instancePath: instancePath + "/amendments/noticeDays", schemaPath: "#/properties/amendments/properties/noticeDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
          if (typeof data20 == "number" && isFinite(data20)) {
            if (data20 > 3650 || isNaN(data20)) {
              const err57 = { instancePath: instancePath + "/amendments/noticeDays", schemaPath: "#/properties/amendments/properties/noticeDays/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3650 }, message: "must be <= 3650" };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
            if (data20 < 0 || isNaN(data20)) {
              const err58 = { instancePath: instancePath + "/amendments/noticeDays", schemaPath: "#/properties/amendments/properties/noticeDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          }
        }
        if (data19.description !== void 0) {
          let data21 = data19.description;
          if (typeof data21 === "string") {
            if (func2(data21) > 2e4) {
              const err59 = { instancePath: instancePath + "/amendments/description", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            if (func2(data21) < 1) {
              const err60 = { instancePath: instancePath + "/amendments/description", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
          } else {
            const err61 = { instancePath: instancePath + "/amendments/description", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
      } else {
        const err62 = { instancePath: instancePath + "/amendments", schemaPath: "#/properties/amendments/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
    if (data.contractFrame !== void 0) {
      let data22 = data.contractFrame;
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        for (const key3 in data22) {
          if (!(key3 === "masterAgreement" || key3 === "precedence" || key3 === "governingLaw" || key3 === "jurisdiction" || pattern4.test(key3))) {
            const err63 = { instancePath: instancePath + "/contractFrame", schemaPath: "#/properties/contractFrame/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data22.masterAgreement !== void 0) {
          let data23 = data22.masterAgreement;
          if (typeof data23 === "string") {
            if (func2(data23) > 2e4) {
              const err64 = { instancePath: instancePath + "/contractFrame/masterAgreement", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            if (func2(data23) < 1) {
              const err65 = { instancePath: instancePath + "/contractFrame/masterAgreement", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
          } else {
            const err66 = { instancePath: instancePath + "/contractFrame/masterAgreement", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data22.precedence !== void 0) {
          let data24 = data22.precedence;
          if (Array.isArray(data24)) {
            if (data24.length < 2) {
              const err67 = { instancePath: instancePath + "/contractFrame/precedence", schemaPath: "#/properties/contractFrame/properties/precedence/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
            const len1 = data24.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data25 = data24[i1];
              if (typeof data25 === "string") {
                if (func2(data25) > 300) {
                  const err68 = { instancePath: instancePath + "/contractFrame/precedence/" + i1, schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
                if (func2(data25) < 1) {
                  const err69 = { instancePath: instancePath + "/contractFrame/precedence/" + i1, schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
              } else {
                const err70 = { instancePath: instancePath + "/contractFrame/precedence/" + i1, schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
          } else {
            const err71 = { instancePath: instancePath + "/contractFrame/precedence", schemaPath: "#/properties/contractFrame/properties/precedence/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
        if (data22.governingLaw !== void 0) {
          let data26 = data22.governingLaw;
          if (typeof data26 === "string") {
            if (func2(data26) > 300) {
              const err72 = { instancePath: instancePath + "/contractFrame/governingLaw", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
            if (func2(data26) < 1) {
              const err73 = { instancePath: instancePath + "/contractFrame/governingLaw", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
          } else {
            const err74 = { instancePath: instancePath + "/contractFrame/governingLaw", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
        if (data22.jurisdiction !== void 0) {
          let data27 = data22.jurisdiction;
          if (typeof data27 === "string") {
            if (func2(data27) > 300) {
              const err75 = { instancePath: instancePath + "/contractFrame/jurisdiction", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
            if (func2(data27) < 1) {
              const err76 = { instancePath: instancePath + "/contractFrame/jurisdiction", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
          } else {
            const err77 = { instancePath: instancePath + "/contractFrame/jurisdiction", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
      } else {
        const err78 = { instancePath: instancePath + "/contractFrame", schemaPath: "#/properties/contractFrame/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err78];
        } else {
          vErrors.push(err78);
        }
        errors++;
      }
    }
    if (data.parties !== void 0) {
      let data28 = data.parties;
      if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
        if (data28.provider === void 0) {
          const err79 = { instancePath: instancePath + "/parties", schemaPath: "#/properties/parties/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
          if (vErrors === null) {
            vErrors = [err79];
          } else {
            vErrors.push(err79);
          }
          errors++;
        }
        for (const key4 in data28) {
          if (!(key4 === "provider" || key4 === "client" || pattern4.test(key4))) {
            const err80 = { instancePath: instancePath + "/parties", schemaPath: "#/properties/parties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        if (data28.provider !== void 0) {
          if (!validate21(data28.provider, { instancePath: instancePath + "/parties/provider", parentData: data28, parentDataProperty: "provider", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data28.client !== void 0) {
          if (!validate21(data28.client, { instancePath: instancePath + "/parties/client", parentData: data28, parentDataProperty: "client", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err81 = { instancePath: instancePath + "/parties", schemaPath: "#/properties/parties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
    }
    if (data.definitions !== void 0) {
      let data31 = data.definitions;
      if (Array.isArray(data31)) {
        const len2 = data31.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data32 = data31[i2];
          if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
            if (data32.term === void 0) {
              const err82 = { instancePath: instancePath + "/definitions/" + i2, schemaPath: "#/properties/definitions/items/required", keyword: "required", params: { missingProperty: "term" }, message: "must have required property 'term'" };
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
            if (data32.meaning === void 0) {
              const err83 = { instancePath: instancePath + "/definitions/" + i2, schemaPath: "#/properties/definitions/items/required", keyword: "required", params: { missingProperty: "meaning" }, message: "must have required property 'meaning'" };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
            for (const key5 in data32) {
              if (!(key5 === "term" || key5 === "meaning" || pattern4.test(key5))) {
                const err84 = { instancePath: instancePath + "/definitions/" + i2, schemaPath: "#/properties/definitions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
            if (data32.term !== void 0) {
              let data33 = data32.term;
              if (typeof data33 === "string") {
                if (func2(data33) > 300) {
                  const err85 = { instancePath: instancePath + "/definitions/" + i2 + "/term", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
                  if (vErrors === null) {
                    vErrors = [err85];
                  } else {
                    vErrors.push(err85);
                  }
                  errors++;
                }
                if (func2(data33) < 1) {
                  const err86 = { instancePath: instancePath + "/definitions/" + i2 + "/term", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
              } else {
                const err87 = { instancePath: instancePath + "/definitions/" + i2 + "/term", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
            if (data32.meaning !== void 0) {
              let data34 = data32.meaning;
              if (typeof data34 === "string") {
                if (func2(data34) > 2e4) {
                  const err88 = { instancePath: instancePath + "/definitions/" + i2 + "/meaning", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
                if (func2(data34) < 1) {
                  const err89 = { instancePath: instancePath + "/definitions/" + i2 + "/meaning", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
              } else {
                const err90 = { instancePath: instancePath + "/definitions/" + i2 + "/meaning", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
            }
          } else {
            const err91 = { instancePath: instancePath + "/definitions/" + i2, schemaPath: "#/properties/definitions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
        }
      } else {
        const err92 = { instancePath: instancePath + "/definitions", schemaPath: "#/properties/definitions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err92];
        } else {
          vErrors.push(err92);
        }
        errors++;
      }
    }
    if (data.services !== void 0) {
      let data35 = data.services;
      if (Array.isArray(data35)) {
        if (data35.length < 1) {
          const err93 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err93];
          } else {
            vErrors.push(err93);
          }
          errors++;
        }
        const len3 = data35.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data36 = data35[i3];
          if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
            if (data36.id === void 0) {
              const err94 = { instancePath: instancePath + "/services/" + i3, schemaPath: "#/properties/services/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err94];
              } else {
                vErrors.push(err94);
              }
              errors++;
            }
            if (data36.name === void 0) {
              const err95 = { instancePath: instancePath + "/services/" + i3, schemaPath: "#/properties/services/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
            for (const key6 in data36) {
              if (!(key6 === "id" || key6 === "name" || key6 === "description" || key6 === "environment" || key6 === "components" || key6 === "dependencies" || pattern4.test(key6))) {
                const err96 = { instancePath: instancePath + "/services/" + i3, schemaPath: "#/properties/services/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
            }
            if (data36.id !== void 0) {
              let data37 = data36.id;
              if (typeof data37 === "string") {
                if (func2(data37) > 64) {
                  const err97 = { instancePath: instancePath + "/services/" + i3 + "/id", schemaPath: "#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                  if (vErrors === null) {
                    vErrors = [err97];
                  } else {
                    vErrors.push(err97);
                  }
                  errors++;
                }
                if (!pattern5.test(data37)) {
                  const err98 = { instancePath: instancePath + "/services/" + i3 + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"' };
                  if (vErrors === null) {
                    vErrors = [err98];
                  } else {
                    vErrors.push(err98);
                  }
                  errors++;
                }
              } else {
                const err99 = { instancePath: instancePath + "/services/" + i3 + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
            }
            if (data36.name !== void 0) {
              let data38 = data36.name;
              if (typeof data38 === "string") {
                if (func2(data38) > 300) {
                  const err100 = { instancePath: instancePath + "/services/" + i3 + "/name", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
                  if (vErrors === null) {
                    vErrors = [err100];
                  } else {
                    vErrors.push(err100);
                  }
                  errors++;
                }
                if (func2(data38) < 1) {
                  const err101 = { instancePath: instancePath + "/services/" + i3 + "/name", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err101];
                  } else {
                    vErrors.push(err101);
                  }
                  errors++;
                }
              } else {
                const err102 = { instancePath: instancePath + "/services/" + i3 + "/name", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err102];
                } else {
                  vErrors.push(err102);
                }
                errors++;
              }
            }
            if (data36.description !== void 0) {
              let data39 = data36.description;
              if (typeof data39 === "string") {
                if (func2(data39) > 2e4) {
                  const err103 = { instancePath: instancePath + "/services/" + i3 + "/description", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
                  if (vErrors === null) {
                    vErrors = [err103];
                  } else {
                    vErrors.push(err103);
                  }
                  errors++;
                }
                if (func2(data39) < 1) {
                  const err104 = { instancePath: instancePath + "/services/" + i3 + "/description", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err104];
                  } else {
                    vErrors.push(err104);
                  }
                  errors++;
                }
              } else {
                const err105 = { instancePath: instancePath + "/services/" + i3 + "/description", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
            if (data36.environment !== void 0) {
              let data40 = data36.environment;
              if (typeof data40 !== "string") {
                const err106 = { instancePath: instancePath + "/services/" + i3 + "/environment", schemaPath: "#/properties/services/items/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err106];
                } else {
                  vErrors.push(err106);
                }
                errors++;
              }
              if (!(data40 === "production" || data40 === "staging" || data40 === "development" || data40 === "all")) {
                const err107 = { instancePath: instancePath + "/services/" + i3 + "/environment", schemaPath: "#/properties/services/items/properties/environment/enum", keyword: "enum", params: { allowedValues: schema31.properties.services.items.properties.environment.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
            }
            if (data36.components !== void 0) {
              let data41 = data36.components;
              if (Array.isArray(data41)) {
                const len4 = data41.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data42 = data41[i4];
                  if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
                    if (data42.name === void 0) {
                      const err108 = { instancePath: instancePath + "/services/" + i3 + "/components/" + i4, schemaPath: "#/properties/services/items/properties/components/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                      if (vErrors === null) {
                        vErrors = [err108];
                      } else {
                        vErrors.push(err108);
                      }
                      errors++;
                    }
                    for (const key7 in data42) {
                      if (!(key7 === "name" || key7 === "description" || pattern4.test(key7))) {
                        const err109 = { instancePath: instancePath + "/services/" + i3 + "/components/" + i4, schemaPath: "#/properties/services/items/properties/components/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err109];
                        } else {
                          vErrors.push(err109);
                        }
                        errors++;
                      }
                    }
                    if (data42.name !== void 0) {
                      let data43 = data42.name;
                      if (typeof data43 === "string") {
                        if (func2(data43) > 300) {
                          const err110 = { instancePath: instancePath + "/services/" + i3 + "/components/" + i4 + "/name", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
                          if (vErrors === null) {
                            vErrors = [err110];
                          } else {
                            vErrors.push(err110);
                          }
                          errors++;
                        }
                        if (func2(data43) < 1) {
                          const err111 = { instancePath: instancePath + "/services/" + i3 + "/components/" + i4 + "/name", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err111];
                          } else {
                            vErrors.push(err111);
                          }
                          errors++;
                        }
                      } else {
                        const err112 = { instancePath: instancePath + "/services/" + i3 + "/components/" + i4 + "/name", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err112];
                        } else {
                          vErrors.push(err112);
                        }
                        errors++;
                      }
                    }
                    if (data42.description !== void 0) {
                      let data44 = data42.description;
                      if (typeof data44 === "string") {
                        if (func2(data44) > 2e4) {
                          const err113 = { instancePath: instancePath + "/services/" + i3 + "/components/" + i4 + "/description", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
                          if (vErrors === null) {
                            vErrors = [err113];
                          } else {
                            vErrors.push(err113);
                          }
                          errors++;
                        }
                        if (func2(data44) < 1) {
                          const err114 = { instancePath: instancePath + "/services/" + i3 + "/components/" + i4 + "/description", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err114];
                          } else {
                            vErrors.push(err114);
                          }
                          errors++;
                        }
                      } else {
                        const err115 = { instancePath: instancePath + "/services/" + i3 + "/components/" + i4 + "/description", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err115];
                        } else {
                          vErrors.push(err115);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err116 = { instancePath: instancePath + "/services/" + i3 + "/components/" + i4, schemaPath: "#/properties/services/items/properties/components/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err116];
                    } else {
                      vErrors.push(err116);
                    }
                    errors++;
                  }
                }
              } else {
                const err117 = { instancePath: instancePath + "/services/" + i3 + "/components", schemaPath: "#/properties/services/items/properties/components/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err117];
                } else {
                  vErrors.push(err117);
                }
                errors++;
              }
            }
            if (data36.dependencies !== void 0) {
              let data45 = data36.dependencies;
              if (Array.isArray(data45)) {
                const len5 = data45.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  let data46 = data45[i5];
                  if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                    if (data46.name === void 0) {
                      const err118 = { instancePath: instancePath + "/services/" + i3 + "/dependencies/" + i5, schemaPath: "#/properties/services/items/properties/dependencies/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                      if (vErrors === null) {
                        vErrors = [err118];
                      } else {
                        vErrors.push(err118);
                      }
                      errors++;
                    }
                    if (data46.kind === void 0) {
                      const err119 = { instancePath: instancePath + "/services/" + i3 + "/dependencies/" + i5, schemaPath: "#/properties/services/items/properties/dependencies/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
                      if (vErrors === null) {
                        vErrors = [err119];
                      } else {
                        vErrors.push(err119);
                      }
                      errors++;
                    }
                    for (const key8 in data46) {
                      if (!(key8 === "name" || key8 === "kind" || key8 === "ownedBy" || key8 === "description" || pattern4.test(key8))) {
                        const err120 = { instancePath: instancePath + "/services/" + i3 + "/dependencies/" + i5, schemaPath: "#/properties/services/items/properties/dependencies/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err120];
                        } else {
                          vErrors.push(err120);
                        }
                        errors++;
                      }
                    }
                    if (data46.name !== void 0) {
                      let data47 = data46.name;
                      if (typeof data47 === "string") {
                        if (func2(data47) > 300) {
                          const err121 = { instancePath: instancePath + "/services/" + i3 + "/dependencies/" + i5 + "/name", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
                          if (vErrors === null) {
                            vErrors = [err121];
                          } else {
                            vErrors.push(err121);
                          }
                          errors++;
                        }
                        if (func2(data47) < 1) {
                          const err122 = { instancePath: instancePath + "/services/" + i3 + "/dependencies/" + i5 + "/name", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err122];
                          } else {
                            vErrors.push(err122);
                          }
                          errors++;
                        }
                      } else {
                        const err123 = { instancePath: instancePath + "/services/" + i3 + "/dependencies/" + i5 + "/name", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err123];
                        } else {
                          vErrors.push(err123);
                        }
                        errors++;
                      }
                    }
                    if (data46.kind !== void 0) {
                      let data48 = data46.kind;
                      if (typeof data48 !== "string") {
                        const err124 = { instancePath: instancePath + "/services/" + i3 + "/dependencies/" + i5 + "/kind", schemaPath: "#/properties/services/items/properties/dependencies/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err124];
                        } else {
                          vErrors.push(err124);
                        }
                        errors++;
                      }
                      if (!(data48 === "model-provider" || data48 === "api" || data48 === "saas" || data48 === "infrastructure" || data48 === "data-source" || data48 === "other")) {
                        const err125 = { instancePath: instancePath + "/services/" + i3 + "/dependencies/" + i5 + "/kind", schemaPath: "#/properties/services/items/properties/dependencies/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema31.properties.services.items.properties.dependencies.items.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err125];
                        } else {
                          vErrors.push(err125);
                        }
                        errors++;
                      }
                    }
                    if (data46.ownedBy !== void 0) {
                      let data49 = data46.ownedBy;
                      if (typeof data49 !== "string") {
                        const err126 = { instancePath: instancePath + "/services/" + i3 + "/dependencies/" + i5 + "/ownedBy", schemaPath: "#/properties/services/items/properties/dependencies/items/properties/ownedBy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err126];
                        } else {
                          vErrors.push(err126);
                        }
                        errors++;
                      }
                      if (!(data49 === "client" || data49 === "provider" || data49 === "third-party")) {
                        const err127 = { instancePath: instancePath + "/services/" + i3 + "/dependencies/" + i5 + "/ownedBy", schemaPath: "#/properties/services/items/properties/dependencies/items/properties/ownedBy/enum", keyword: "enum", params: { allowedValues: schema31.properties.services.items.properties.dependencies.items.properties.ownedBy.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err127];
                        } else {
                          vErrors.push(err127);
                        }
                        errors++;
                      }
                    }
                    if (data46.description !== void 0) {
                      let data50 = data46.description;
                      if (typeof data50 === "string") {
                        if (func2(data50) > 2e4) {
                          const err128 = { instancePath: instancePath + "/services/" + i3 + "/dependencies/" + i5 + "/description", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
                          if (vErrors === null) {
                            vErrors = [err128];
                          } else {
                            vErrors.push(err128);
                          }
                          errors++;
                        }
                        if (func2(data50) < 1) {
                          const err129 = { instancePath: instancePath + "/services/" + i3 + "/dependencies/" + i5 + "/description", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err129];
                          } else {
                            vErrors.push(err129);
                          }
                          errors++;
                        }
                      } else {
                        const err130 = { instancePath: instancePath + "/services/" + i3 + "/dependencies/" + i5 + "/description", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err130];
                        } else {
                          vErrors.push(err130);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err131 = { instancePath: instancePath + "/services/" + i3 + "/dependencies/" + i5, schemaPath: "#/properties/services/items/properties/dependencies/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err131];
                    } else {
                      vErrors.push(err131);
                    }
                    errors++;
                  }
                }
              } else {
                const err132 = { instancePath: instancePath + "/services/" + i3 + "/dependencies", schemaPath: "#/properties/services/items/properties/dependencies/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err132];
                } else {
                  vErrors.push(err132);
                }
                errors++;
              }
            }
          } else {
            const err133 = { instancePath: instancePath + "/services/" + i3, schemaPath: "#/properties/services/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err133];
            } else {
              vErrors.push(err133);
            }
            errors++;
          }
        }
      } else {
        const err134 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err134];
        } else {
          vErrors.push(err134);
        }
        errors++;
      }
    }
    if (data.scope !== void 0) {
      let data51 = data.scope;
      if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
        for (const key9 in data51) {
          if (!(key9 === "included" || key9 === "excluded" || pattern4.test(key9))) {
            const err135 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err135];
            } else {
              vErrors.push(err135);
            }
            errors++;
          }
        }
        if (data51.included !== void 0) {
          let data52 = data51.included;
          if (Array.isArray(data52)) {
            const len6 = data52.length;
            for (let i6 = 0; i6 < len6; i6++) {
              let data53 = data52[i6];
              if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                if (data53.category === void 0) {
                  const err136 = { instancePath: instancePath + "/scope/included/" + i6, schemaPath: "#/properties/scope/properties/included/items/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'" };
                  if (vErrors === null) {
                    vErrors = [err136];
                  } else {
                    vErrors.push(err136);
                  }
                  errors++;
                }
                if (data53.description === void 0) {
                  const err137 = { instancePath: instancePath + "/scope/included/" + i6, schemaPath: "#/properties/scope/properties/included/items/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'" };
                  if (vErrors === null) {
                    vErrors = [err137];
                  } else {
                    vErrors.push(err137);
                  }
                  errors++;
                }
                for (const key10 in data53) {
                  if (!(key10 === "category" || key10 === "description" || pattern4.test(key10))) {
                    const err138 = { instancePath: instancePath + "/scope/included/" + i6, schemaPath: "#/properties/scope/properties/included/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err138];
                    } else {
                      vErrors.push(err138);
                    }
                    errors++;
                  }
                }
                if (data53.category !== void 0) {
                  let data54 = data53.category;
                  if (typeof data54 !== "string") {
                    const err139 = { instancePath: instancePath + "/scope/included/" + i6 + "/category", schemaPath: "#/properties/scope/properties/included/items/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err139];
                    } else {
                      vErrors.push(err139);
                    }
                    errors++;
                  }
                  if (!(data54 === "incident-response" || data54 === "troubleshooting" || data54 === "defect-remediation" || data54 === "monitoring-review" || data54 === "reporting" || data54 === "prompt-tuning" || data54 === "configuration-tuning" || data54 === "maintenance" || data54 === "optimisation-review" || data54 === "user-support" || data54 === "other")) {
                    const err140 = { instancePath: instancePath + "/scope/included/" + i6 + "/category", schemaPath: "#/properties/scope/properties/included/items/properties/category/enum", keyword: "enum", params: { allowedValues: schema31.properties.scope.properties.included.items.properties.category.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err140];
                    } else {
                      vErrors.push(err140);
                    }
                    errors++;
                  }
                }
                if (data53.description !== void 0) {
                  let data55 = data53.description;
                  if (typeof data55 === "string") {
                    if (func2(data55) > 2e4) {
                      const err141 = { instancePath: instancePath + "/scope/included/" + i6 + "/description", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
                      if (vErrors === null) {
                        vErrors = [err141];
                      } else {
                        vErrors.push(err141);
                      }
                      errors++;
                    }
                    if (func2(data55) < 1) {
                      const err142 = { instancePath: instancePath + "/scope/included/" + i6 + "/description", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err142];
                      } else {
                        vErrors.push(err142);
                      }
                      errors++;
                    }
                  } else {
                    const err143 = { instancePath: instancePath + "/scope/included/" + i6 + "/description", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err143];
                    } else {
                      vErrors.push(err143);
                    }
                    errors++;
                  }
                }
              } else {
                const err144 = { instancePath: instancePath + "/scope/included/" + i6, schemaPath: "#/properties/scope/properties/included/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err144];
                } else {
                  vErrors.push(err144);
                }
                errors++;
              }
            }
          } else {
            const err145 = { instancePath: instancePath + "/scope/included", schemaPath: "#/properties/scope/properties/included/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err145];
            } else {
              vErrors.push(err145);
            }
            errors++;
          }
        }
        if (data51.excluded !== void 0) {
          let data56 = data51.excluded;
          if (Array.isArray(data56)) {
            const len7 = data56.length;
            for (let i7 = 0; i7 < len7; i7++) {
              let data57 = data56[i7];
              if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
                if (data57.category === void 0) {
                  const err146 = { instancePath: instancePath + "/scope/excluded/" + i7, schemaPath: "#/properties/scope/properties/excluded/items/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'" };
                  if (vErrors === null) {
                    vErrors = [err146];
                  } else {
                    vErrors.push(err146);
                  }
                  errors++;
                }
                if (data57.description === void 0) {
                  const err147 = { instancePath: instancePath + "/scope/excluded/" + i7, schemaPath: "#/properties/scope/properties/excluded/items/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'" };
                  if (vErrors === null) {
                    vErrors = [err147];
                  } else {
                    vErrors.push(err147);
                  }
                  errors++;
                }
                for (const key11 in data57) {
                  if (!(key11 === "category" || key11 === "description" || pattern4.test(key11))) {
                    const err148 = { instancePath: instancePath + "/scope/excluded/" + i7, schemaPath: "#/properties/scope/properties/excluded/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err148];
                    } else {
                      vErrors.push(err148);
                    }
                    errors++;
                  }
                }
                if (data57.category !== void 0) {
                  let data58 = data57.category;
                  if (typeof data58 !== "string") {
                    const err149 = { instancePath: instancePath + "/scope/excluded/" + i7 + "/category", schemaPath: "#/properties/scope/properties/excluded/items/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err149];
                    } else {
                      vErrors.push(err149);
                    }
                    errors++;
                  }
                  if (!(data58 === "new-features" || data58 === "unrelated-systems" || data58 === "major-redesign" || data58 === "training" || data58 === "third-party-services" || data58 === "client-systems" || data58 === "other")) {
                    const err150 = { instancePath: instancePath + "/scope/excluded/" + i7 + "/category", schemaPath: "#/properties/scope/properties/excluded/items/properties/category/enum", keyword: "enum", params: { allowedValues: schema31.properties.scope.properties.excluded.items.properties.category.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err150];
                    } else {
                      vErrors.push(err150);
                    }
                    errors++;
                  }
                }
                if (data57.description !== void 0) {
                  let data59 = data57.description;
                  if (typeof data59 === "string") {
                    if (func2(data59) > 2e4) {
                      const err151 = { instancePath: instancePath + "/scope/excluded/" + i7 + "/description", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
                      if (vErrors === null) {
                        vErrors = [err151];
                      } else {
                        vErrors.push(err151);
                      }
                      errors++;
                    }
                    if (func2(data59) < 1) {
                      const err152 = { instancePath: instancePath + "/scope/excluded/" + i7 + "/description", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err152];
                      } else {
                        vErrors.push(err152);
                      }
                      errors++;
                    }
                  } else {
                    const err153 = { instancePath: instancePath + "/scope/excluded/" + i7 + "/description", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err153];
                    } else {
                      vErrors.push(err153);
                    }
                    errors++;
                  }
                }
              } else {
                const err154 = { instancePath: instancePath + "/scope/excluded/" + i7, schemaPath: "#/properties/scope/properties/excluded/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err154];
                } else {
                  vErrors.push(err154);
                }
                errors++;
              }
            }
          } else {
            const err155 = { instancePath: instancePath + "/scope/excluded", schemaPath: "#/properties/scope/properties/excluded/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err155];
            } else {
              vErrors.push(err155);
            }
            errors++;
          }
        }
      } else {
        const err156 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err156];
        } else {
          vErrors.push(err156);
        }
        errors++;
      }
    }
    if (data.requestTypes !== void 0) {
      let data60 = data.requestTypes;
      if (Array.isArray(data60)) {
        const len8 = data60.length;
        for (let i8 = 0; i8 < len8; i8++) {
          let data61 = data60[i8];
          const _errs154 = errors;
          let valid54 = true;
          const _errs155 = errors;
          if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
            let missing1;
            if (data61.coverage === void 0 && (missing1 = "coverage")) {
              const err157 = {};
              if (vErrors === null) {
                vErrors = [err157];
              } else {
                vErrors.push(err157);
              }
              errors++;
            } else {
              if (data61.coverage !== void 0) {
                if ("capped" !== data61.coverage) {
                  const err158 = {};
                  if (vErrors === null) {
                    vErrors = [err158];
                  } else {
                    vErrors.push(err158);
                  }
                  errors++;
                }
              }
            }
          }
          var _valid1 = _errs155 === errors;
          errors = _errs154;
          if (vErrors !== null) {
            if (_errs154) {
              vErrors.length = _errs154;
            } else {
              vErrors = null;
            }
          }
          if (_valid1) {
            const _errs157 = errors;
            if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
              if (data61.cap === void 0) {
                const err159 = { instancePath: instancePath + "/requestTypes/" + i8, schemaPath: "#/properties/requestTypes/items/then/required", keyword: "required", params: { missingProperty: "cap" }, message: "must have required property 'cap'" };
                if (vErrors === null) {
                  vErrors = [err159];
                } else {
                  vErrors.push(err159);
                }
                errors++;
              }
            }
            var _valid1 = _errs157 === errors;
            valid54 = _valid1;
          }
          if (!valid54) {
            const err160 = { instancePath: instancePath + "/requestTypes/" + i8, schemaPath: "#/properties/requestTypes/items/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
            if (vErrors === null) {
              vErrors = [err160];
            } else {
              vErrors.push(err160);
            }
            errors++;
          }
          if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
            if (data61.id === void 0) {
              const err161 = { instancePath: instancePath + "/requestTypes/" + i8, schemaPath: "#/properties/requestTypes/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err161];
              } else {
                vErrors.push(err161);
              }
              errors++;
            }
            if (data61.name === void 0) {
              const err162 = { instancePath: instancePath + "/requestTypes/" + i8, schemaPath: "#/properties/requestTypes/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err162];
              } else {
                vErrors.push(err162);
              }
              errors++;
            }
            if (data61.category === void 0) {
              const err163 = { instancePath: instancePath + "/requestTypes/" + i8, schemaPath: "#/properties/requestTypes/items/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'" };
              if (vErrors === null) {
                vErrors = [err163];
              } else {
                vErrors.push(err163);
              }
              errors++;
            }
            if (data61.coverage === void 0) {
              const err164 = { instancePath: instancePath + "/requestTypes/" + i8, schemaPath: "#/properties/requestTypes/items/required", keyword: "required", params: { missingProperty: "coverage" }, message: "must have required property 'coverage'" };
              if (vErrors === null) {
                vErrors = [err164];
              } else {
                vErrors.push(err164);
              }
              errors++;
            }
            for (const key12 in data61) {
              if (!(key12 === "id" || key12 === "name" || key12 === "category" || key12 === "coverage" || key12 === "cap" || key12 === "response" || key12 === "description" || pattern4.test(key12))) {
                const err165 = { instancePath: instancePath + "/requestTypes/" + i8, schemaPath: "#/properties/requestTypes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err165];
                } else {
                  vErrors.push(err165);
                }
                errors++;
              }
            }
            if (data61.id !== void 0) {
              let data63 = data61.id;
              if (typeof data63 === "string") {
                if (func2(data63) > 64) {
                  const err166 = { instancePath: instancePath + "/requestTypes/" + i8 + "/id", schemaPath: "#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                  if (vErrors === null) {
                    vErrors = [err166];
                  } else {
                    vErrors.push(err166);
                  }
                  errors++;
                }
                if (!pattern5.test(data63)) {
                  const err167 = { instancePath: instancePath + "/requestTypes/" + i8 + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"' };
                  if (vErrors === null) {
                    vErrors = [err167];
                  } else {
                    vErrors.push(err167);
                  }
                  errors++;
                }
              } else {
                const err168 = { instancePath: instancePath + "/requestTypes/" + i8 + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err168];
                } else {
                  vErrors.push(err168);
                }
                errors++;
              }
            }
            if (data61.name !== void 0) {
              let data64 = data61.name;
              if (typeof data64 === "string") {
                if (func2(data64) > 300) {
                  const err169 = { instancePath: instancePath + "/requestTypes/" + i8 + "/name", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
                  if (vErrors === null) {
                    vErrors = [err169];
                  } else {
                    vErrors.push(err169);
                  }
                  errors++;
                }
                if (func2(data64) < 1) {
                  const err170 = { instancePath: instancePath + "/requestTypes/" + i8 + "/name", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err170];
                  } else {
                    vErrors.push(err170);
                  }
                  errors++;
                }
              } else {
                const err171 = { instancePath: instancePath + "/requestTypes/" + i8 + "/name", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err171];
                } else {
                  vErrors.push(err171);
                }
                errors++;
              }
            }
            if (data61.category !== void 0) {
              let data65 = data61.category;
              if (typeof data65 !== "string") {
                const err172 = { instancePath: instancePath + "/requestTypes/" + i8 + "/category", schemaPath: "#/properties/requestTypes/items/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err172];
                } else {
                  vErrors.push(err172);
                }
                errors++;
              }
              if (!(data65 === "bug" || data65 === "output-quality" || data65 === "tuning" || data65 === "question" || data65 === "monitoring" || data65 === "enhancement" || data65 === "other")) {
                const err173 = { instancePath: instancePath + "/requestTypes/" + i8 + "/category", schemaPath: "#/properties/requestTypes/items/properties/category/enum", keyword: "enum", params: { allowedValues: schema31.properties.requestTypes.items.properties.category.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err173];
                } else {
                  vErrors.push(err173);
                }
                errors++;
              }
            }
            if (data61.coverage !== void 0) {
              let data66 = data61.coverage;
              if (typeof data66 !== "string") {
                const err174 = { instancePath: instancePath + "/requestTypes/" + i8 + "/coverage", schemaPath: "#/properties/requestTypes/items/properties/coverage/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err174];
                } else {
                  vErrors.push(err174);
                }
                errors++;
              }
              if (!(data66 === "included" || data66 === "capped" || data66 === "change-order" || data66 === "not-covered")) {
                const err175 = { instancePath: instancePath + "/requestTypes/" + i8 + "/coverage", schemaPath: "#/properties/requestTypes/items/properties/coverage/enum", keyword: "enum", params: { allowedValues: schema31.properties.requestTypes.items.properties.coverage.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err175];
                } else {
                  vErrors.push(err175);
                }
                errors++;
              }
            }
            if (data61.cap !== void 0) {
              let data67 = data61.cap;
              if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                if (data67.hours === void 0) {
                  const err176 = { instancePath: instancePath + "/requestTypes/" + i8 + "/cap", schemaPath: "#/properties/requestTypes/items/properties/cap/required", keyword: "required", params: { missingProperty: "hours" }, message: "must have required property 'hours'" };
                  if (vErrors === null) {
                    vErrors = [err176];
                  } else {
                    vErrors.push(err176);
                  }
                  errors++;
                }
                if (data67.per === void 0) {
                  const err177 = { instancePath: instancePath + "/requestTypes/" + i8 + "/cap", schemaPath: "#/properties/requestTypes/items/properties/cap/required", keyword: "required", params: { missingProperty: "per" }, message: "must have required property 'per'" };
                  if (vErrors === null) {
                    vErrors = [err177];
                  } else {
                    vErrors.push(err177);
                  }
                  errors++;
                }
                for (const key13 in data67) {
                  if (!(key13 === "hours" || key13 === "per" || pattern4.test(key13))) {
                    const err178 = { instancePath: instancePath + "/requestTypes/" + i8 + "/cap", schemaPath: "#/properties/requestTypes/items/properties/cap/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err178];
                    } else {
                      vErrors.push(err178);
                    }
                    errors++;
                  }
                }
                if (data67.hours !== void 0) {
                  let data68 = data67.hours;
                  if (typeof data68 == "number" && isFinite(data68)) {
                    if (data68 <= 0 || isNaN(data68)) {
                      const err179 = { instancePath: instancePath + "/requestTypes/" + i8 + "/cap/hours", schemaPath: "#/properties/requestTypes/items/properties/cap/properties/hours/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                      if (vErrors === null) {
                        vErrors = [err179];
                      } else {
                        vErrors.push(err179);
                      }
                      errors++;
                    }
                  } else {
                    const err180 = { instancePath: instancePath + "/requestTypes/" + i8 + "/cap/hours", schemaPath: "#/properties/requestTypes/items/properties/cap/properties/hours/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err180];
                    } else {
                      vErrors.push(err180);
                    }
                    errors++;
                  }
                }
                if (data67.per !== void 0) {
                  let data69 = data67.per;
                  if (typeof data69 !== "string") {
                    const err181 = { instancePath: instancePath + "/requestTypes/" + i8 + "/cap/per", schemaPath: "#/properties/requestTypes/items/properties/cap/properties/per/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err181];
                    } else {
                      vErrors.push(err181);
                    }
                    errors++;
                  }
                  if (!(data69 === "month" || data69 === "quarter" || data69 === "year")) {
                    const err182 = { instancePath: instancePath + "/requestTypes/" + i8 + "/cap/per", schemaPath: "#/properties/requestTypes/items/properties/cap/properties/per/enum", keyword: "enum", params: { allowedValues: schema31.properties.requestTypes.items.properties.cap.properties.per.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err182];
                    } else {
                      vErrors.push(err182);
                    }
                    errors++;
                  }
                }
              } else {
                const err183 = { instancePath: instancePath + "/requestTypes/" + i8 + "/cap", schemaPath: "#/properties/requestTypes/items/properties/cap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err183];
                } else {
                  vErrors.push(err183);
                }
                errors++;
              }
            }
            if (data61.response !== void 0) {
              if (!validate26(data61.response, { instancePath: instancePath + "/requestTypes/" + i8 + "/response", parentData: data61, parentDataProperty: "response", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                errors = vErrors.length;
              }
            }
            if (data61.description !== void 0) {
              let data71 = data61.description;
              if (typeof data71 === "string") {
                if (func2(data71) > 2e4) {
                  const err184 = { instancePath: instancePath + "/requestTypes/" + i8 + "/description", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
                  if (vErrors === null) {
                    vErrors = [err184];
                  } else {
                    vErrors.push(err184);
                  }
                  errors++;
                }
                if (func2(data71) < 1) {
                  const err185 = { instancePath: instancePath + "/requestTypes/" + i8 + "/description", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err185];
                  } else {
                    vErrors.push(err185);
                  }
                  errors++;
                }
              } else {
                const err186 = { instancePath: instancePath + "/requestTypes/" + i8 + "/description", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err186];
                } else {
                  vErrors.push(err186);
                }
                errors++;
              }
            }
          } else {
            const err187 = { instancePath: instancePath + "/requestTypes/" + i8, schemaPath: "#/properties/requestTypes/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err187];
            } else {
              vErrors.push(err187);
            }
            errors++;
          }
        }
      } else {
        const err188 = { instancePath: instancePath + "/requestTypes", schemaPath: "#/properties/requestTypes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err188];
        } else {
          vErrors.push(err188);
        }
        errors++;
      }
    }
    if (data.changeOrders !== void 0) {
      let data72 = data.changeOrders;
      if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
        for (const key14 in data72) {
          if (!(key14 === "threshold" || key14 === "thresholdHours" || key14 === "evaluation" || key14 === "estimateWithin" || key14 === "rate" || pattern4.test(key14))) {
            const err189 = { instancePath: instancePath + "/changeOrders", schemaPath: "#/properties/changeOrders/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err189];
            } else {
              vErrors.push(err189);
            }
            errors++;
          }
        }
        if (data72.threshold !== void 0) {
          let data73 = data72.threshold;
          if (typeof data73 === "string") {
            if (func2(data73) > 2e4) {
              const err190 = { instancePath: instancePath + "/changeOrders/threshold", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
              if (vErrors === null) {
                vErrors = [err190];
              } else {
                vErrors.push(err190);
              }
              errors++;
            }
            if (func2(data73) < 1) {
              const err191 = { instancePath: instancePath + "/changeOrders/threshold", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err191];
              } else {
                vErrors.push(err191);
              }
              errors++;
            }
          } else {
            const err192 = { instancePath: instancePath + "/changeOrders/threshold", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err192];
            } else {
              vErrors.push(err192);
            }
            errors++;
          }
        }
        if (data72.thresholdHours !== void 0) {
          let data74 = data72.thresholdHours;
          if (typeof data74 == "number" && isFinite(data74)) {
            if (data74 <= 0 || isNaN(data74)) {
              const err193 = { instancePath: instancePath + "/changeOrders/thresholdHours", schemaPath: "#/properties/changeOrders/properties/thresholdHours/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
              if (vErrors === null) {
                vErrors = [err193];
              } else {
                vErrors.push(err193);
              }
              errors++;
            }
          } else {
            const err194 = { instancePath: instancePath + "/changeOrders/thresholdHours", schemaPath: "#/properties/changeOrders/properties/thresholdHours/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err194];
            } else {
              vErrors.push(err194);
            }
            errors++;
          }
        }
        if (data72.evaluation !== void 0) {
          let data75 = data72.evaluation;
          if (typeof data75 === "string") {
            if (func2(data75) > 2e4) {
              const err195 = { instancePath: instancePath + "/changeOrders/evaluation", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
              if (vErrors === null) {
                vErrors = [err195];
              } else {
                vErrors.push(err195);
              }
              errors++;
            }
            if (func2(data75) < 1) {
              const err196 = { instancePath: instancePath + "/changeOrders/evaluation", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err196];
              } else {
                vErrors.push(err196);
              }
              errors++;
            }
          } else {
            const err197 = { instancePath: instancePath + "/changeOrders/evaluation", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err197];
            } else {
              vErrors.push(err197);
            }
            errors++;
          }
        }
        if (data72.estimateWithin !== void 0) {
          if (!validate33(data72.estimateWithin, { instancePath: instancePath + "/changeOrders/estimateWithin", parentData: data72, parentDataProperty: "estimateWithin", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
            errors = vErrors.length;
          }
        }
        if (data72.rate !== void 0) {
          let data77 = data72.rate;
          if (data77 && typeof data77 == "object" && !Array.isArray(data77)) {
            if (data77.amount === void 0) {
              const err198 = { instancePath: instancePath + "/changeOrders/rate", schemaPath: "#/$defs/money/required", keyword: "required", params: { missingProperty: "amount" }, message: "must have required property 'amount'" };
              if (vErrors === null) {
                vErrors = [err198];
              } else {
                vErrors.push(err198);
              }
              errors++;
            }
            if (data77.currency === void 0) {
              const err199 = { instancePath: instancePath + "/changeOrders/rate", schemaPath: "#/$defs/money/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'" };
              if (vErrors === null) {
                vErrors = [err199];
              } else {
                vErrors.push(err199);
              }
              errors++;
            }
            for (const key15 in data77) {
              if (!(key15 === "amount" || key15 === "currency" || key15 === "per" || pattern4.test(key15))) {
                const err200 = { instancePath: instancePath + "/changeOrders/rate", schemaPath: "#/$defs/money/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err200];
                } else {
                  vErrors.push(err200);
                }
                errors++;
              }
            }
            if (data77.amount !== void 0) {
              let data78 = data77.amount;
              if (typeof data78 == "number" && isFinite(data78)) {
                if (data78 < 0 || isNaN(data78)) {
                  const err201 = { instancePath: instancePath + "/changeOrders/rate/amount", schemaPath: "#/$defs/money/properties/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err201];
                  } else {
                    vErrors.push(err201);
                  }
                  errors++;
                }
              } else {
                const err202 = { instancePath: instancePath + "/changeOrders/rate/amount", schemaPath: "#/$defs/money/properties/amount/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err202];
                } else {
                  vErrors.push(err202);
                }
                errors++;
              }
            }
            if (data77.currency !== void 0) {
              let data79 = data77.currency;
              if (typeof data79 === "string") {
                if (!pattern42.test(data79)) {
                  const err203 = { instancePath: instancePath + "/changeOrders/rate/currency", schemaPath: "#/$defs/money/properties/currency/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"' };
                  if (vErrors === null) {
                    vErrors = [err203];
                  } else {
                    vErrors.push(err203);
                  }
                  errors++;
                }
              } else {
                const err204 = { instancePath: instancePath + "/changeOrders/rate/currency", schemaPath: "#/$defs/money/properties/currency/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err204];
                } else {
                  vErrors.push(err204);
                }
                errors++;
              }
            }
            if (data77.per !== void 0) {
              let data80 = data77.per;
              if (typeof data80 !== "string") {
                const err205 = { instancePath: instancePath + "/changeOrders/rate/per", schemaPath: "#/$defs/money/properties/per/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err205];
                } else {
                  vErrors.push(err205);
                }
                errors++;
              }
              if (!(data80 === "hour" || data80 === "day" || data80 === "month" || data80 === "quarter" || data80 === "year" || data80 === "one-off")) {
                const err206 = { instancePath: instancePath + "/changeOrders/rate/per", schemaPath: "#/$defs/money/properties/per/enum", keyword: "enum", params: { allowedValues: schema81.properties.per.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err206];
                } else {
                  vErrors.push(err206);
                }
                errors++;
              }
            }
          } else {
            const err207 = { instancePath: instancePath + "/changeOrders/rate", schemaPath: "#/$defs/money/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err207];
            } else {
              vErrors.push(err207);
            }
            errors++;
          }
        }
      } else {
        const err208 = { instancePath: instancePath + "/changeOrders", schemaPath: "#/properties/changeOrders/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err208];
        } else {
          vErrors.push(err208);
        }
        errors++;
      }
    }
    if (data.fees !== void 0) {
      let data81 = data.fees;
      if (Array.isArray(data81)) {
        const len9 = data81.length;
        for (let i9 = 0; i9 < len9; i9++) {
          let data82 = data81[i9];
          if (data82 && typeof data82 == "object" && !Array.isArray(data82)) {
            if (data82.for === void 0) {
              const err209 = { instancePath: instancePath + "/fees/" + i9, schemaPath: "#/properties/fees/items/required", keyword: "required", params: { missingProperty: "for" }, message: "must have required property 'for'" };
              if (vErrors === null) {
                vErrors = [err209];
              } else {
                vErrors.push(err209);
              }
              errors++;
            }
            for (const key16 in data82) {
              if (!(key16 === "for" || key16 === "rate" || key16 === "description" || pattern4.test(key16))) {
                const err210 = { instancePath: instancePath + "/fees/" + i9, schemaPath: "#/properties/fees/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err210];
                } else {
                  vErrors.push(err210);
                }
                errors++;
              }
            }
            if (data82.for !== void 0) {
              let data83 = data82.for;
              if (typeof data83 !== "string") {
                const err211 = { instancePath: instancePath + "/fees/" + i9 + "/for", schemaPath: "#/properties/fees/items/properties/for/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err211];
                } else {
                  vErrors.push(err211);
                }
                errors++;
              }
              if (!(data83 === "after-hours" || data83 === "weekend" || data83 === "public-holiday" || data83 === "emergency" || data83 === "on-site" || data83 === "other")) {
                const err212 = { instancePath: instancePath + "/fees/" + i9 + "/for", schemaPath: "#/properties/fees/items/properties/for/enum", keyword: "enum", params: { allowedValues: schema31.properties.fees.items.properties.for.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err212];
                } else {
                  vErrors.push(err212);
                }
                errors++;
              }
            }
            if (data82.rate !== void 0) {
              let data84 = data82.rate;
              if (data84 && typeof data84 == "object" && !Array.isArray(data84)) {
                if (data84.amount === void 0) {
                  const err213 = { instancePath: instancePath + "/fees/" + i9 + "/rate", schemaPath: "#/$defs/money/required", keyword: "required", params: { missingProperty: "amount" }, message: "must have required property 'amount'" };
                  if (vErrors === null) {
                    vErrors = [err213];
                  } else {
                    vErrors.push(err213);
                  }
                  errors++;
                }
                if (data84.currency === void 0) {
                  const err214 = { instancePath: instancePath + "/fees/" + i9 + "/rate", schemaPath: "#/$defs/money/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'" };
                  if (vErrors === null) {
                    vErrors = [err214];
                  } else {
                    vErrors.push(err214);
                  }
                  errors++;
                }
                for (const key17 in data84) {
                  if (!(key17 === "amount" || key17 === "currency" || key17 === "per" || pattern4.test(key17))) {
                    const err215 = { instancePath: instancePath + "/fees/" + i9 + "/rate", schemaPath: "#/$defs/money/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err215];
                    } else {
                      vErrors.push(err215);
                    }
                    errors++;
                  }
                }
                if (data84.amount !== void 0) {
                  let data85 = data84.amount;
                  if (typeof data85 == "number" && isFinite(data85)) {
                    if (data85 < 0 || isNaN(data85)) {
                      const err216 = { instancePath: instancePath + "/fees/" + i9 + "/rate/amount", schemaPath: "#/$defs/money/properties/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err216];
                      } else {
                        vErrors.push(err216);
                      }
                      errors++;
                    }
                  } else {
                    const err217 = { instancePath: instancePath + "/fees/" + i9 + "/rate/amount", schemaPath: "#/$defs/money/properties/amount/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err217];
                    } else {
                      vErrors.push(err217);
                    }
                    errors++;
                  }
                }
                if (data84.currency !== void 0) {
                  let data86 = data84.currency;
                  if (typeof data86 === "string") {
                    if (!pattern42.test(data86)) {
                      const err218 = { instancePath: instancePath + "/fees/" + i9 + "/rate/currency", schemaPath: "#/$defs/money/properties/currency/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"' };
                      if (vErrors === null) {
                        vErrors = [err218];
                      } else {
                        vErrors.push(err218);
                      }
                      errors++;
                    }
                  } else {
                    const err219 = { instancePath: instancePath + "/fees/" + i9 + "/rate/currency", schemaPath: "#/$defs/money/properties/currency/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err219];
                    } else {
                      vErrors.push(err219);
                    }
                    errors++;
                  }
                }
                if (data84.per !== void 0) {
                  let data87 = data84.per;
                  if (typeof data87 !== "string") {
                    const err220 = { instancePath: instancePath + "/fees/" + i9 + "/rate/per", schemaPath: "#/$defs/money/properties/per/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err220];
                    } else {
                      vErrors.push(err220);
                    }
                    errors++;
                  }
                  if (!(data87 === "hour" || data87 === "day" || data87 === "month" || data87 === "quarter" || data87 === "year" || data87 === "one-off")) {
                    const err221 = { instancePath: instancePath + "/fees/" + i9 + "/rate/per", schemaPath: "#/$defs/money/properties/per/enum", keyword: "enum", params: { allowedValues: schema81.properties.per.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err221];
                    } else {
                      vErrors.push(err221);
                    }
                    errors++;
                  }
                }
              } else {
                const err222 = { instancePath: instancePath + "/fees/" + i9 + "/rate", schemaPath: "#/$defs/money/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err222];
                } else {
                  vErrors.push(err222);
                }
                errors++;
              }
            }
            if (data82.description !== void 0) {
              let data88 = data82.description;
              if (typeof data88 === "string") {
                if (func2(data88) > 2e4) {
                  const err223 = { instancePath: instancePath + "/fees/" + i9 + "/description", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
                  if (vErrors === null) {
                    vErrors = [err223];
                  } else {
                    vErrors.push(err223);
                  }
                  errors++;
                }
                if (func2(data88) < 1) {
                  const err224 = { instancePath: instancePath + "/fees/" + i9 + "/description", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err224];
                  } else {
                    vErrors.push(err224);
                  }
                  errors++;
                }
              } else {
                const err225 = { instancePath: instancePath + "/fees/" + i9 + "/description", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err225];
                } else {
                  vErrors.push(err225);
                }
                errors++;
              }
            }
          } else {
            const err226 = { instancePath: instancePath + "/fees/" + i9, schemaPath: "#/properties/fees/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err226];
            } else {
              vErrors.push(err226);
            }
            errors++;
          }
        }
      } else {
        const err227 = { instancePath: instancePath + "/fees", schemaPath: "#/properties/fees/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err227];
        } else {
          vErrors.push(err227);
        }
        errors++;
      }
    }
    if (data.calendars !== void 0) {
      let data89 = data.calendars;
      if (Array.isArray(data89)) {
        if (data89.length < 1) {
          const err228 = { instancePath: instancePath + "/calendars", schemaPath: "#/properties/calendars/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err228];
          } else {
            vErrors.push(err228);
          }
          errors++;
        }
        const len10 = data89.length;
        for (let i10 = 0; i10 < len10; i10++) {
          let data90 = data89[i10];
          if (data90 && typeof data90 == "object" && !Array.isArray(data90)) {
            if (data90.id === void 0) {
              const err229 = { instancePath: instancePath + "/calendars/" + i10, schemaPath: "#/properties/calendars/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err229];
              } else {
                vErrors.push(err229);
              }
              errors++;
            }
            if (data90.name === void 0) {
              const err230 = { instancePath: instancePath + "/calendars/" + i10, schemaPath: "#/properties/calendars/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err230];
              } else {
                vErrors.push(err230);
              }
              errors++;
            }
            if (data90.hours === void 0) {
              const err231 = { instancePath: instancePath + "/calendars/" + i10, schemaPath: "#/properties/calendars/items/required", keyword: "required", params: { missingProperty: "hours" }, message: "must have required property 'hours'" };
              if (vErrors === null) {
                vErrors = [err231];
              } else {
                vErrors.push(err231);
              }
              errors++;
            }
            for (const key18 in data90) {
              if (!(func1.call(schema31.properties.calendars.items.properties, key18) || pattern4.test(key18))) {
                const err232 = { instancePath: instancePath + "/calendars/" + i10, schemaPath: "#/properties/calendars/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err232];
                } else {
                  vErrors.push(err232);
                }
                errors++;
              }
            }
            if (data90.id !== void 0) {
              let data91 = data90.id;
              if (typeof data91 === "string") {
                if (func2(data91) > 64) {
                  const err233 = { instancePath: instancePath + "/calendars/" + i10 + "/id", schemaPath: "#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                  if (vErrors === null) {
                    vErrors = [err233];
                  } else {
                    vErrors.push(err233);
                  }
                  errors++;
                }
                if (!pattern5.test(data91)) {
                  const err234 = { instancePath: instancePath + "/calendars/" + i10 + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"' };
                  if (vErrors === null) {
                    vErrors = [err234];
                  } else {
                    vErrors.push(err234);
                  }
                  errors++;
                }
              } else {
                const err235 = { instancePath: instancePath + "/calendars/" + i10 + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err235];
                } else {
                  vErrors.push(err235);
                }
                errors++;
              }
            }
            if (data90.name !== void 0) {
              let data92 = data90.name;
              if (typeof data92 === "string") {
                if (func2(data92) > 300) {
                  const err236 = { instancePath: instancePath + "/calendars/" + i10 + "/name", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
                  if (vErrors === null) {
                    vErrors = [err236];
                  } else {
                    vErrors.push(err236);
                  }
                  errors++;
                }
                if (func2(data92) < 1) {
                  const err237 = { instancePath: instancePath + "/calendars/" + i10 + "/name", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err237];
                  } else {
                    vErrors.push(err237);
                  }
                  errors++;
                }
              } else {
                const err238 = { instancePath: instancePath + "/calendars/" + i10 + "/name", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err238];
                } else {
                  vErrors.push(err238);
                }
                errors++;
              }
            }
            if (data90.timezone !== void 0) {
              let data93 = data90.timezone;
              if (typeof data93 === "string") {
                if (func2(data93) > 64) {
                  const err239 = { instancePath: instancePath + "/calendars/" + i10 + "/timezone", schemaPath: "#/properties/calendars/items/properties/timezone/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                  if (vErrors === null) {
                    vErrors = [err239];
                  } else {
                    vErrors.push(err239);
                  }
                  errors++;
                }
                if (func2(data93) < 1) {
                  const err240 = { instancePath: instancePath + "/calendars/" + i10 + "/timezone", schemaPath: "#/properties/calendars/items/properties/timezone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err240];
                  } else {
                    vErrors.push(err240);
                  }
                  errors++;
                }
              } else {
                const err241 = { instancePath: instancePath + "/calendars/" + i10 + "/timezone", schemaPath: "#/properties/calendars/items/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err241];
                } else {
                  vErrors.push(err241);
                }
                errors++;
              }
            }
            if (data90.timezones !== void 0) {
              let data94 = data90.timezones;
              if (Array.isArray(data94)) {
                if (data94.length < 2) {
                  const err242 = { instancePath: instancePath + "/calendars/" + i10 + "/timezones", schemaPath: "#/properties/calendars/items/properties/timezones/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                  if (vErrors === null) {
                    vErrors = [err242];
                  } else {
                    vErrors.push(err242);
                  }
                  errors++;
                }
                const len11 = data94.length;
                for (let i11 = 0; i11 < len11; i11++) {
                  let data95 = data94[i11];
                  if (typeof data95 === "string") {
                    if (func2(data95) > 64) {
                      const err243 = { instancePath: instancePath + "/calendars/" + i10 + "/timezones/" + i11, schemaPath: "#/properties/calendars/items/properties/timezones/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                      if (vErrors === null) {
                        vErrors = [err243];
                      } else {
                        vErrors.push(err243);
                      }
                      errors++;
                    }
                    if (func2(data95) < 1) {
                      const err244 = { instancePath: instancePath + "/calendars/" + i10 + "/timezones/" + i11, schemaPath: "#/properties/calendars/items/properties/timezones/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err244];
                      } else {
                        vErrors.push(err244);
                      }
                      errors++;
                    }
                  } else {
                    const err245 = { instancePath: instancePath + "/calendars/" + i10 + "/timezones/" + i11, schemaPath: "#/properties/calendars/items/properties/timezones/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err245];
                    } else {
                      vErrors.push(err245);
                    }
                    errors++;
                  }
                }
                let i12 = data94.length;
                let j0;
                if (i12 > 1) {
                  const indices0 = {};
                  for (; i12--; ) {
                    let item0 = data94[i12];
                    if (typeof item0 !== "string") {
                      continue;
                    }
                    if (typeof indices0[item0] == "number") {
                      j0 = indices0[item0];
                      const err246 = { instancePath: instancePath + "/calendars/" + i10 + "/timezones", schemaPath: "#/properties/calendars/items/properties/timezones/uniqueItems", keyword: "uniqueItems", params: { i: i12, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i12 + " are identical)" };
                      if (vErrors === null) {
                        vErrors = [err246];
                      } else {
                        vErrors.push(err246);
                      }
                      errors++;
                      break;
                    }
                    indices0[item0] = i12;
                  }
                }
              } else {
                const err247 = { instancePath: instancePath + "/calendars/" + i10 + "/timezones", schemaPath: "#/properties/calendars/items/properties/timezones/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err247];
                } else {
                  vErrors.push(err247);
                }
                errors++;
              }
            }
            if (data90.hours !== void 0) {
              let data96 = data90.hours;
              const _errs240 = errors;
              let valid80 = true;
              const _errs241 = errors;
              if (typeof data96 !== "string") {
                const err248 = {};
                if (vErrors === null) {
                  vErrors = [err248];
                } else {
                  vErrors.push(err248);
                }
                errors++;
              }
              var _valid2 = _errs241 === errors;
              errors = _errs240;
              if (vErrors !== null) {
                if (_errs240) {
                  vErrors.length = _errs240;
                } else {
                  vErrors = null;
                }
              }
              let ifClause0;
              if (_valid2) {
                const _errs243 = errors;
                if (!(data96 === "24x7" || data96 === "unstated")) {
                  const err249 = { instancePath: instancePath + "/calendars/" + i10 + "/hours", schemaPath: "#/properties/calendars/items/properties/hours/then/enum", keyword: "enum", params: { allowedValues: schema31.properties.calendars.items.properties.hours.then.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err249];
                  } else {
                    vErrors.push(err249);
                  }
                  errors++;
                }
                var _valid2 = _errs243 === errors;
                valid80 = _valid2;
                ifClause0 = "then";
              } else {
                const _errs244 = errors;
                if (Array.isArray(data96)) {
                  if (data96.length < 1) {
                    const err250 = { instancePath: instancePath + "/calendars/" + i10 + "/hours", schemaPath: "#/properties/calendars/items/properties/hours/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                    if (vErrors === null) {
                      vErrors = [err250];
                    } else {
                      vErrors.push(err250);
                    }
                    errors++;
                  }
                  const len12 = data96.length;
                  for (let i13 = 0; i13 < len12; i13++) {
                    let data97 = data96[i13];
                    if (data97 && typeof data97 == "object" && !Array.isArray(data97)) {
                      if (data97.days === void 0) {
                        const err251 = { instancePath: instancePath + "/calendars/" + i10 + "/hours/" + i13, schemaPath: "#/properties/calendars/items/properties/hours/else/items/required", keyword: "required", params: { missingProperty: "days" }, message: "must have required property 'days'" };
                        if (vErrors === null) {
                          vErrors = [err251];
                        } else {
                          vErrors.push(err251);
                        }
                        errors++;
                      }
                      if (data97.open === void 0) {
                        const err252 = { instancePath: instancePath + "/calendars/" + i10 + "/hours/" + i13, schemaPath: "#/properties/calendars/items/properties/hours/else/items/required", keyword: "required", params: { missingProperty: "open" }, message: "must have required property 'open'" };
                        if (vErrors === null) {
                          vErrors = [err252];
                        } else {
                          vErrors.push(err252);
                        }
                        errors++;
                      }
                      for (const key19 in data97) {
                        if (!(key19 === "days" || key19 === "open" || key19 === "timezone" || pattern4.test(key19))) {
                          const err253 = { instancePath: instancePath + "/calendars/" + i10 + "/hours/" + i13, schemaPath: "#/properties/calendars/items/properties/hours/else/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
                          if (vErrors === null) {
                            vErrors = [err253];
                          } else {
                            vErrors.push(err253);
                          }
                          errors++;
                        }
                      }
                      if (data97.days !== void 0) {
                        let data98 = data97.days;
                        if (Array.isArray(data98)) {
                          if (data98.length < 1) {
                            const err254 = { instancePath: instancePath + "/calendars/" + i10 + "/hours/" + i13 + "/days", schemaPath: "#/properties/calendars/items/properties/hours/else/items/properties/days/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                            if (vErrors === null) {
                              vErrors = [err254];
                            } else {
                              vErrors.push(err254);
                            }
                            errors++;
                          }
                          const len13 = data98.length;
                          for (let i14 = 0; i14 < len13; i14++) {
                            let data99 = data98[i14];
                            if (typeof data99 !== "string") {
                              const err255 = { instancePath: instancePath + "/calendars/" + i10 + "/hours/" + i13 + "/days/" + i14, schemaPath: "#/$defs/weekday/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                              if (vErrors === null) {
                                vErrors = [err255];
                              } else {
                                vErrors.push(err255);
                              }
                              errors++;
                            }
                            if (!(data99 === "mon" || data99 === "tue" || data99 === "wed" || data99 === "thu" || data99 === "fri" || data99 === "sat" || data99 === "sun")) {
                              const err256 = { instancePath: instancePath + "/calendars/" + i10 + "/hours/" + i13 + "/days/" + i14, schemaPath: "#/$defs/weekday/enum", keyword: "enum", params: { allowedValues: schema86.enum }, message: "must be equal to one of the allowed values" };
                              if (vErrors === null) {
                                vErrors = [err256];
                              } else {
                                vErrors.push(err256);
                              }
                              errors++;
                            }
                          }
                          let i15 = data98.length;
                          let j1;
                          if (i15 > 1) {
                            outer0:
                              for (; i15--; ) {
                                for (j1 = i15; j1--; ) {
                                  if (func0(data98[i15], data98[j1])) {
                                    const err257 = { instancePath: instancePath + "/calendars/" + i10 + "/hours/" + i13 + "/days", schemaPath: "#/properties/calendars/items/properties/hours/else/items/properties/days/uniqueItems", keyword: "uniqueItems", params: { i: i15, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i15 + " are identical)" };
                                    if (vErrors === null) {
                                      vErrors = [err257];
                                    } else {
                                      vErrors.push(err257);
                                    }
                                    errors++;
                                    break outer0;
                                  }
                                }
                              }
                          }
                        } else {
                          const err258 = { instancePath: instancePath + "/calendars/" + i10 + "/hours/" + i13 + "/days", schemaPath: "#/properties/calendars/items/properties/hours/else/items/properties/days/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                          if (vErrors === null) {
                            vErrors = [err258];
                          } else {
                            vErrors.push(err258);
                          }
                          errors++;
                        }
                      }
                      if (data97.open !== void 0) {
                        let data100 = data97.open;
                        if (Array.isArray(data100)) {
                          if (data100.length < 1) {
                            const err259 = { instancePath: instancePath + "/calendars/" + i10 + "/hours/" + i13 + "/open", schemaPath: "#/properties/calendars/items/properties/hours/else/items/properties/open/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                            if (vErrors === null) {
                              vErrors = [err259];
                            } else {
                              vErrors.push(err259);
                            }
                            errors++;
                          }
                          const len14 = data100.length;
                          for (let i16 = 0; i16 < len14; i16++) {
                            let data101 = data100[i16];
                            if (typeof data101 === "string") {
                              if (!pattern49.test(data101)) {
                                const err260 = { instancePath: instancePath + "/calendars/" + i10 + "/hours/" + i13 + "/open/" + i16, schemaPath: "#/$defs/timeWindow/pattern", keyword: "pattern", params: { pattern: "^(?:[01]\\d|2[0-3]):[0-5]\\d-(?:(?:[01]\\d|2[0-3]):[0-5]\\d|24:00)$" }, message: 'must match pattern "^(?:[01]\\d|2[0-3]):[0-5]\\d-(?:(?:[01]\\d|2[0-3]):[0-5]\\d|24:00)$"' };
                                if (vErrors === null) {
                                  vErrors = [err260];
                                } else {
                                  vErrors.push(err260);
                                }
                                errors++;
                              }
                            } else {
                              const err261 = { instancePath: instancePath + "/calendars/" + i10 + "/hours/" + i13 + "/open/" + i16, schemaPath: "#/$defs/timeWindow/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                              if (vErrors === null) {
                                vErrors = [err261];
                              } else {
                                vErrors.push(err261);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err262 = { instancePath: instancePath + "/calendars/" + i10 + "/hours/" + i13 + "/open", schemaPath: "#/properties/calendars/items/properties/hours/else/items/properties/open/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                          if (vErrors === null) {
                            vErrors = [err262];
                          } else {
                            vErrors.push(err262);
                          }
                          errors++;
                        }
                      }
                      if (data97.timezone !== void 0) {
                        let data102 = data97.timezone;
                        if (typeof data102 === "string") {
                          if (func2(data102) > 64) {
                            const err263 = { instancePath: instancePath + "/calendars/" + i10 + "/hours/" + i13 + "/timezone", schemaPath: "#/properties/calendars/items/properties/hours/else/items/properties/timezone/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                            if (vErrors === null) {
                              vErrors = [err263];
                            } else {
                              vErrors.push(err263);
                            }
                            errors++;
                          }
                          if (func2(data102) < 1) {
                            const err264 = { instancePath: instancePath + "/calendars/" + i10 + "/hours/" + i13 + "/timezone", schemaPath: "#/properties/calendars/items/properties/hours/else/items/properties/timezone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                            if (vErrors === null) {
                              vErrors = [err264];
                            } else {
                              vErrors.push(err264);
                            }
                            errors++;
                          }
                        } else {
                          const err265 = { instancePath: instancePath + "/calendars/" + i10 + "/hours/" + i13 + "/timezone", schemaPath: "#/properties/calendars/items/properties/hours/else/items/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err265];
                          } else {
                            vErrors.push(err265);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err266 = { instancePath: instancePath + "/calendars/" + i10 + "/hours/" + i13, schemaPath: "#/properties/calendars/items/properties/hours/else/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                      if (vErrors === null) {
                        vErrors = [err266];
                      } else {
                        vErrors.push(err266);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err267 = { instancePath: instancePath + "/calendars/" + i10 + "/hours", schemaPath: "#/properties/calendars/items/properties/hours/else/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err267];
                  } else {
                    vErrors.push(err267);
                  }
                  errors++;
                }
                var _valid2 = _errs244 === errors;
                valid80 = _valid2;
                ifClause0 = "else";
              }
              if (!valid80) {
                const err268 = { instancePath: instancePath + "/calendars/" + i10 + "/hours", schemaPath: "#/properties/calendars/items/properties/hours/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
                if (vErrors === null) {
                  vErrors = [err268];
                } else {
                  vErrors.push(err268);
                }
                errors++;
              }
            }
            if (data90.description !== void 0) {
              let data103 = data90.description;
              if (typeof data103 === "string") {
                if (func2(data103) > 2e4) {
                  const err269 = { instancePath: instancePath + "/calendars/" + i10 + "/description", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
                  if (vErrors === null) {
                    vErrors = [err269];
                  } else {
                    vErrors.push(err269);
                  }
                  errors++;
                }
                if (func2(data103) < 1) {
                  const err270 = { instancePath: instancePath + "/calendars/" + i10 + "/description", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err270];
                  } else {
                    vErrors.push(err270);
                  }
                  errors++;
                }
              } else {
                const err271 = { instancePath: instancePath + "/calendars/" + i10 + "/description", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err271];
                } else {
                  vErrors.push(err271);
                }
                errors++;
              }
            }
            if (data90.holidays !== void 0) {
              let data104 = data90.holidays;
              if (Array.isArray(data104)) {
                const len15 = data104.length;
                for (let i17 = 0; i17 < len15; i17++) {
                  let data105 = data104[i17];
                  if (data105 && typeof data105 == "object" && !Array.isArray(data105)) {
                    if (data105.name === void 0) {
                      const err272 = { instancePath: instancePath + "/calendars/" + i10 + "/holidays/" + i17, schemaPath: "#/properties/calendars/items/properties/holidays/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                      if (vErrors === null) {
                        vErrors = [err272];
                      } else {
                        vErrors.push(err272);
                      }
                      errors++;
                    }
                    for (const key20 in data105) {
                      if (!(key20 === "date" || key20 === "name" || key20 === "month" || key20 === "day" || key20 === "weekday" || key20 === "week" || key20 === "observed" || key20 === "open" || pattern4.test(key20))) {
                        const err273 = { instancePath: instancePath + "/calendars/" + i10 + "/holidays/" + i17, schemaPath: "#/properties/calendars/items/properties/holidays/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err273];
                        } else {
                          vErrors.push(err273);
                        }
                        errors++;
                      }
                    }
                    if (data105.date !== void 0) {
                      let data106 = data105.date;
                      if (typeof data106 === "string") {
                        if (!pattern8.test(data106)) {
                          const err274 = { instancePath: instancePath + "/calendars/" + i10 + "/holidays/" + i17 + "/date", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
                          if (vErrors === null) {
                            vErrors = [err274];
                          } else {
                            vErrors.push(err274);
                          }
                          errors++;
                        }
                      } else {
                        const err275 = { instancePath: instancePath + "/calendars/" + i10 + "/holidays/" + i17 + "/date", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err275];
                        } else {
                          vErrors.push(err275);
                        }
                        errors++;
                      }
                    }
                    if (data105.name !== void 0) {
                      let data107 = data105.name;
                      if (typeof data107 === "string") {
                        if (func2(data107) > 300) {
                          const err276 = { instancePath: instancePath + "/calendars/" + i10 + "/holidays/" + i17 + "/name", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
                          if (vErrors === null) {
                            vErrors = [err276];
                          } else {
                            vErrors.push(err276);
                          }
                          errors++;
                        }
                        if (func2(data107) < 1) {
                          const err277 = { instancePath: instancePath + "/calendars/" + i10 + "/holidays/" + i17 + "/name", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err277];
                          } else {
                            vErrors.push(err277);
                          }
                          errors++;
                        }
                      } else {
                        const err278 = { instancePath: instancePath + "/calendars/" + i10 + "/holidays/" + i17 + "/name", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err278];
                        } else {
                          vErrors.push(err278);
                        }
                        errors++;
                      }
                    }
                    if (data105.month !== void 0) {
                      let data108 = data105.month;
                      if (!(typeof data108 == "number" && (!(data108 % 1) && !isNaN(data108)) && isFinite(data108))) {
                        const err279 = { instancePath: instancePath + "/calendars/" + i10 + "/holidays/" + i17 + "/month", schemaPath: "#/properties/calendars/items/properties/holidays/items/properties/month/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err279];
                        } else {
                          vErrors.push(err279);
                        }
                        errors++;
                      }
                      if (typeof data108 == "number" && isFinite(data108)) {
                        if (data108 > 12 || isNaN(data108)) {
                          const err280 = { instancePath: instancePath + "/calendars/" + i10 + "/holidays/" + i17 + "/month", schemaPath: "#/properties/calendars/items/properties/holidays/items/properties/month/maximum", keyword: "maximum", params: { comparison: "<=", limit: 12 }, message: "must be <= 12" };
                          if (vErrors === null) {
                            vErrors = [err280];
                          } else {
                            vErrors.push(err280);
                          }
                          errors++;
                        }
                        if (data108 < 1 || isNaN(data108)) {
                          const err281 = { instancePath: instancePath + "/calendars/" + i10 + "/holidays/" + i17 + "/month", schemaPath: "#/properties/calendars/items/properties/holidays/items/properties/month/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err281];
                          } else {
                            vErrors.push(err281);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data105.day !== void 0) {
                      let data109 = data105.day;
                      if (!(typeof data109 == "number" && (!(data109 % 1) && !isNaN(data109)) && isFinite(data109))) {
                        const err282 = { instancePath: instancePath + "/calendars/" + i10 + "/holidays/" + i17 + "/day", schemaPath: "#/properties/calendars/items/properties/holidays/items/properties/day/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err282];
                        } else {
                          vErrors.push(err282);
                        }
                        errors++;
                      }
                      if (typeof data109 == "number" && isFinite(data109)) {
                        if (data109 > 31 || isNaN(data109)) {
                          const err283 = { instancePath: instancePath + "/calendars/" + i10 + "/holidays/" + i17 + "/day", schemaPath: "#/properties/calendars/items/properties/holidays/items/properties/day/maximum", keyword: "maximum", params: { comparison: "<=", limit: 31 }, message: "must be <= 31" };
                          if (vErrors === null) {
                            vErrors = [err283];
                          } else {
                            vErrors.push(err283);
                          }
                          errors++;
                        }
                        if (data109 < 1 || isNaN(data109)) {
                          const err284 = { instancePath: instancePath + "/calendars/" + i10 + "/holidays/" + i17 + "/day", schemaPath: "#/properties/calendars/items/properties/holidays/items/properties/day/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err284];
                          } else {
                            vErrors.push(err284);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data105.weekday !== void 0) {
                      let data110 = data105.weekday;
                      if (typeof data110 !== "string") {
                        const err285 = { instancePath: instancePath + "/calendars/" + i10 + "/holidays/" + i17 + "/weekday", schemaPath: "#/$defs/weekday/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err285];
                        } else {
                          vErrors.push(err285);
                        }
                        errors++;
                      }
                      if (!(data110 === "mon" || data110 === "tue" || data110 === "wed" || data110 === "thu" || data110 === "fri" || data110 === "sat" || data110 === "sun")) {
                        const err286 = { instancePath: instancePath + "/calendars/" + i10 + "/holidays/" + i17 + "/weekday", schemaPath: "#/$defs/weekday/enum", keyword: "enum", params: { allowedValues: schema86.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err286];
                        } else {
                          vErrors.push(err286);
                        }
                        errors++;
                      }
                    }
                    if (data105.week !== void 0) {
                      let data111 = data105.week;
                      if (!(data111 === 1 || data111 === 2 || data111 === 3 || data111 === 4 || data111 === "last")) {
                        const err287 = { instancePath: instancePath + "/calendars/" + i10 + "/holidays/" + i17 + "/week", schemaPath: "#/properties/calendars/items/properties/holidays/items/properties/week/enum", keyword: "enum", params: { allowedValues: schema31.properties.calendars.items.properties.holidays.items.properties.week.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err287];
                        } else {
                          vErrors.push(err287);
                        }
                        errors++;
                      }
                    }
                    if (data105.observed !== void 0) {
                      let data112 = data105.observed;
                      if (typeof data112 !== "string") {
                        const err288 = { instancePath: instancePath + "/calendars/" + i10 + "/holidays/" + i17 + "/observed", schemaPath: "#/properties/calendars/items/properties/holidays/items/properties/observed/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err288];
                        } else {
                          vErrors.push(err288);
                        }
                        errors++;
                      }
                      if (!(data112 === "nearest-weekday" || data112 === "next-weekday" || data112 === "none")) {
                        const err289 = { instancePath: instancePath + "/calendars/" + i10 + "/holidays/" + i17 + "/observed", schemaPath: "#/properties/calendars/items/properties/holidays/items/properties/observed/enum", keyword: "enum", params: { allowedValues: schema31.properties.calendars.items.properties.holidays.items.properties.observed.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err289];
                        } else {
                          vErrors.push(err289);
                        }
                        errors++;
                      }
                    }
                    if (data105.open !== void 0) {
                      let data113 = data105.open;
                      if (Array.isArray(data113)) {
                        const len16 = data113.length;
                        for (let i18 = 0; i18 < len16; i18++) {
                          let data114 = data113[i18];
                          if (typeof data114 === "string") {
                            if (!pattern49.test(data114)) {
                              const err290 = { instancePath: instancePath + "/calendars/" + i10 + "/holidays/" + i17 + "/open/" + i18, schemaPath: "#/$defs/timeWindow/pattern", keyword: "pattern", params: { pattern: "^(?:[01]\\d|2[0-3]):[0-5]\\d-(?:(?:[01]\\d|2[0-3]):[0-5]\\d|24:00)$" }, message: 'must match pattern "^(?:[01]\\d|2[0-3]):[0-5]\\d-(?:(?:[01]\\d|2[0-3]):[0-5]\\d|24:00)$"' };
                              if (vErrors === null) {
                                vErrors = [err290];
                              } else {
                                vErrors.push(err290);
                              }
                              errors++;
                            }
                          } else {
                            const err291 = { instancePath: instancePath + "/calendars/" + i10 + "/holidays/" + i17 + "/open/" + i18, schemaPath: "#/$defs/timeWindow/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err291];
                            } else {
                              vErrors.push(err291);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err292 = { instancePath: instancePath + "/calendars/" + i10 + "/holidays/" + i17 + "/open", schemaPath: "#/properties/calendars/items/properties/holidays/items/properties/open/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err292];
                        } else {
                          vErrors.push(err292);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err293 = { instancePath: instancePath + "/calendars/" + i10 + "/holidays/" + i17, schemaPath: "#/properties/calendars/items/properties/holidays/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err293];
                    } else {
                      vErrors.push(err293);
                    }
                    errors++;
                  }
                }
              } else {
                const err294 = { instancePath: instancePath + "/calendars/" + i10 + "/holidays", schemaPath: "#/properties/calendars/items/properties/holidays/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err294];
                } else {
                  vErrors.push(err294);
                }
                errors++;
              }
            }
            if (data90.holidaySets !== void 0) {
              let data115 = data90.holidaySets;
              if (Array.isArray(data115)) {
                const len17 = data115.length;
                for (let i19 = 0; i19 < len17; i19++) {
                  let data116 = data115[i19];
                  if (typeof data116 !== "string") {
                    const err295 = { instancePath: instancePath + "/calendars/" + i10 + "/holidaySets/" + i19, schemaPath: "#/properties/calendars/items/properties/holidaySets/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err295];
                    } else {
                      vErrors.push(err295);
                    }
                    errors++;
                  }
                  if (!(data116 === "us" || data116 === "gb-eng" || data116 === "de" || data116 === "fr" || data116 === "nl")) {
                    const err296 = { instancePath: instancePath + "/calendars/" + i10 + "/holidaySets/" + i19, schemaPath: "#/properties/calendars/items/properties/holidaySets/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.calendars.items.properties.holidaySets.items.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err296];
                    } else {
                      vErrors.push(err296);
                    }
                    errors++;
                  }
                }
                let i20 = data115.length;
                let j2;
                if (i20 > 1) {
                  const indices1 = {};
                  for (; i20--; ) {
                    let item1 = data115[i20];
                    if (typeof item1 !== "string") {
                      continue;
                    }
                    if (typeof indices1[item1] == "number") {
                      j2 = indices1[item1];
                      const err297 = { instancePath: instancePath + "/calendars/" + i10 + "/holidaySets", schemaPath: "#/properties/calendars/items/properties/holidaySets/uniqueItems", keyword: "uniqueItems", params: { i: i20, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i20 + " are identical)" };
                      if (vErrors === null) {
                        vErrors = [err297];
                      } else {
                        vErrors.push(err297);
                      }
                      errors++;
                      break;
                    }
                    indices1[item1] = i20;
                  }
                }
              } else {
                const err298 = { instancePath: instancePath + "/calendars/" + i10 + "/holidaySets", schemaPath: "#/properties/calendars/items/properties/holidaySets/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err298];
                } else {
                  vErrors.push(err298);
                }
                errors++;
              }
            }
            if (data90.holidayFiles !== void 0) {
              let data117 = data90.holidayFiles;
              if (Array.isArray(data117)) {
                const len18 = data117.length;
                for (let i21 = 0; i21 < len18; i21++) {
                  let data118 = data117[i21];
                  if (typeof data118 === "string") {
                    if (func2(data118) > 1e3) {
                      const err299 = { instancePath: instancePath + "/calendars/" + i10 + "/holidayFiles/" + i21, schemaPath: "#/properties/calendars/items/properties/holidayFiles/items/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" };
                      if (vErrors === null) {
                        vErrors = [err299];
                      } else {
                        vErrors.push(err299);
                      }
                      errors++;
                    }
                    if (func2(data118) < 1) {
                      const err300 = { instancePath: instancePath + "/calendars/" + i10 + "/holidayFiles/" + i21, schemaPath: "#/properties/calendars/items/properties/holidayFiles/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err300];
                      } else {
                        vErrors.push(err300);
                      }
                      errors++;
                    }
                    if (!pattern53.test(data118)) {
                      const err301 = { instancePath: instancePath + "/calendars/" + i10 + "/holidayFiles/" + i21, schemaPath: "#/properties/calendars/items/properties/holidayFiles/items/pattern", keyword: "pattern", params: { pattern: "\\.ics$" }, message: 'must match pattern "\\.ics$"' };
                      if (vErrors === null) {
                        vErrors = [err301];
                      } else {
                        vErrors.push(err301);
                      }
                      errors++;
                    }
                  } else {
                    const err302 = { instancePath: instancePath + "/calendars/" + i10 + "/holidayFiles/" + i21, schemaPath: "#/properties/calendars/items/properties/holidayFiles/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err302];
                    } else {
                      vErrors.push(err302);
                    }
                    errors++;
                  }
                }
                let i22 = data117.length;
                let j3;
                if (i22 > 1) {
                  const indices2 = {};
                  for (; i22--; ) {
                    let item2 = data117[i22];
                    if (typeof item2 !== "string") {
                      continue;
                    }
                    if (typeof indices2[item2] == "number") {
                      j3 = indices2[item2];
                      const err303 = { instancePath: instancePath + "/calendars/" + i10 + "/holidayFiles", schemaPath: "#/properties/calendars/items/properties/holidayFiles/uniqueItems", keyword: "uniqueItems", params: { i: i22, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i22 + " are identical)" };
                      if (vErrors === null) {
                        vErrors = [err303];
                      } else {
                        vErrors.push(err303);
                      }
                      errors++;
                      break;
                    }
                    indices2[item2] = i22;
                  }
                }
              } else {
                const err304 = { instancePath: instancePath + "/calendars/" + i10 + "/holidayFiles", schemaPath: "#/properties/calendars/items/properties/holidayFiles/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err304];
                } else {
                  vErrors.push(err304);
                }
                errors++;
              }
            }
            if (data90.holidaysOf !== void 0) {
              let data119 = data90.holidaysOf;
              if (typeof data119 !== "string") {
                const err305 = { instancePath: instancePath + "/calendars/" + i10 + "/holidaysOf", schemaPath: "#/properties/calendars/items/properties/holidaysOf/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err305];
                } else {
                  vErrors.push(err305);
                }
                errors++;
              }
              if (!(data119 === "provider-location" || data119 === "client-location")) {
                const err306 = { instancePath: instancePath + "/calendars/" + i10 + "/holidaysOf", schemaPath: "#/properties/calendars/items/properties/holidaysOf/enum", keyword: "enum", params: { allowedValues: schema31.properties.calendars.items.properties.holidaysOf.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err306];
                } else {
                  vErrors.push(err306);
                }
                errors++;
              }
            }
            if (data90.holidaysDescription !== void 0) {
              let data120 = data90.holidaysDescription;
              if (typeof data120 === "string") {
                if (func2(data120) > 2e4) {
                  const err307 = { instancePath: instancePath + "/calendars/" + i10 + "/holidaysDescription", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
                  if (vErrors === null) {
                    vErrors = [err307];
                  } else {
                    vErrors.push(err307);
                  }
                  errors++;
                }
                if (func2(data120) < 1) {
                  const err308 = { instancePath: instancePath + "/calendars/" + i10 + "/holidaysDescription", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err308];
                  } else {
                    vErrors.push(err308);
                  }
                  errors++;
                }
              } else {
                const err309 = { instancePath: instancePath + "/calendars/" + i10 + "/holidaysDescription", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err309];
                } else {
                  vErrors.push(err309);
                }
                errors++;
              }
            }
          } else {
            const err310 = { instancePath: instancePath + "/calendars/" + i10, schemaPath: "#/properties/calendars/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err310];
            } else {
              vErrors.push(err310);
            }
            errors++;
          }
        }
      } else {
        const err311 = { instancePath: instancePath + "/calendars", schemaPath: "#/properties/calendars/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err311];
        } else {
          vErrors.push(err311);
        }
        errors++;
      }
    }
    if (data.severityLevels !== void 0) {
      let data121 = data.severityLevels;
      if (Array.isArray(data121)) {
        if (data121.length < 1) {
          const err312 = { instancePath: instancePath + "/severityLevels", schemaPath: "#/properties/severityLevels/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err312];
          } else {
            vErrors.push(err312);
          }
          errors++;
        }
        const len19 = data121.length;
        for (let i23 = 0; i23 < len19; i23++) {
          let data122 = data121[i23];
          if (data122 && typeof data122 == "object" && !Array.isArray(data122)) {
            if (data122.id === void 0) {
              const err313 = { instancePath: instancePath + "/severityLevels/" + i23, schemaPath: "#/properties/severityLevels/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err313];
              } else {
                vErrors.push(err313);
              }
              errors++;
            }
            if (data122.level === void 0) {
              const err314 = { instancePath: instancePath + "/severityLevels/" + i23, schemaPath: "#/properties/severityLevels/items/required", keyword: "required", params: { missingProperty: "level" }, message: "must have required property 'level'" };
              if (vErrors === null) {
                vErrors = [err314];
              } else {
                vErrors.push(err314);
              }
              errors++;
            }
            if (data122.name === void 0) {
              const err315 = { instancePath: instancePath + "/severityLevels/" + i23, schemaPath: "#/properties/severityLevels/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err315];
              } else {
                vErrors.push(err315);
              }
              errors++;
            }
            for (const key21 in data122) {
              if (!(key21 === "id" || key21 === "level" || key21 === "name" || key21 === "definition" || key21 === "businessImpact" || key21 === "examples" || key21 === "tiers" || key21 === "services" || pattern4.test(key21))) {
                const err316 = { instancePath: instancePath + "/severityLevels/" + i23, schemaPath: "#/properties/severityLevels/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err316];
                } else {
                  vErrors.push(err316);
                }
                errors++;
              }
            }
            if (data122.id !== void 0) {
              let data123 = data122.id;
              if (typeof data123 === "string") {
                if (func2(data123) > 64) {
                  const err317 = { instancePath: instancePath + "/severityLevels/" + i23 + "/id", schemaPath: "#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                  if (vErrors === null) {
                    vErrors = [err317];
                  } else {
                    vErrors.push(err317);
                  }
                  errors++;
                }
                if (!pattern5.test(data123)) {
                  const err318 = { instancePath: instancePath + "/severityLevels/" + i23 + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"' };
                  if (vErrors === null) {
                    vErrors = [err318];
                  } else {
                    vErrors.push(err318);
                  }
                  errors++;
                }
              } else {
                const err319 = { instancePath: instancePath + "/severityLevels/" + i23 + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err319];
                } else {
                  vErrors.push(err319);
                }
                errors++;
              }
            }
            if (data122.level !== void 0) {
              let data124 = data122.level;
              if (!(typeof data124 == "number" && (!(data124 % 1) && !isNaN(data124)) && isFinite(data124))) {
                const err320 = { instancePath: instancePath + "/severityLevels/" + i23 + "/level", schemaPath: "#/properties/severityLevels/items/properties/level/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err320];
                } else {
                  vErrors.push(err320);
                }
                errors++;
              }
              if (typeof data124 == "number" && isFinite(data124)) {
                if (data124 > 10 || isNaN(data124)) {
                  const err321 = { instancePath: instancePath + "/severityLevels/" + i23 + "/level", schemaPath: "#/properties/severityLevels/items/properties/level/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
                  if (vErrors === null) {
                    vErrors = [err321];
                  } else {
                    vErrors.push(err321);
                  }
                  errors++;
                }
                if (data124 < 1 || isNaN(data124)) {
                  const err322 = { instancePath: instancePath + "/severityLevels/" + i23 + "/level", schemaPath: "#/properties/severityLevels/items/properties/level/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err322];
                  } else {
                    vErrors.push(err322);
                  }
                  errors++;
                }
              }
            }
            if (data122.name !== void 0) {
              let data125 = data122.name;
              if (typeof data125 === "string") {
                if (func2(data125) > 300) {
                  const err323 = { instancePath: instancePath + "/severityLevels/" + i23 + "/name", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
                  if (vErrors === null) {
                    vErrors = [err323];
                  } else {
                    vErrors.push(err323);
                  }
                  errors++;
                }
                if (func2(data125) < 1) {
                  const err324 = { instancePath: instancePath + "/severityLevels/" + i23 + "/name", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err324];
                  } else {
                    vErrors.push(err324);
                  }
                  errors++;
                }
              } else {
                const err325 = { instancePath: instancePath + "/severityLevels/" + i23 + "/name", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err325];
                } else {
                  vErrors.push(err325);
                }
                errors++;
              }
            }
            if (data122.definition !== void 0) {
              let data126 = data122.definition;
              if (typeof data126 === "string") {
                if (func2(data126) > 2e4) {
                  const err326 = { instancePath: instancePath + "/severityLevels/" + i23 + "/definition", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
                  if (vErrors === null) {
                    vErrors = [err326];
                  } else {
                    vErrors.push(err326);
                  }
                  errors++;
                }
                if (func2(data126) < 1) {
                  const err327 = { instancePath: instancePath + "/severityLevels/" + i23 + "/definition", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err327];
                  } else {
                    vErrors.push(err327);
                  }
                  errors++;
                }
              } else {
                const err328 = { instancePath: instancePath + "/severityLevels/" + i23 + "/definition", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err328];
                } else {
                  vErrors.push(err328);
                }
                errors++;
              }
            }
            if (data122.businessImpact !== void 0) {
              let data127 = data122.businessImpact;
              if (typeof data127 === "string") {
                if (func2(data127) > 2e4) {
                  const err329 = { instancePath: instancePath + "/severityLevels/" + i23 + "/businessImpact", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
                  if (vErrors === null) {
                    vErrors = [err329];
                  } else {
                    vErrors.push(err329);
                  }
                  errors++;
                }
                if (func2(data127) < 1) {
                  const err330 = { instancePath: instancePath + "/severityLevels/" + i23 + "/businessImpact", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err330];
                  } else {
                    vErrors.push(err330);
                  }
                  errors++;
                }
              } else {
                const err331 = { instancePath: instancePath + "/severityLevels/" + i23 + "/businessImpact", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err331];
                } else {
                  vErrors.push(err331);
                }
                errors++;
              }
            }
            if (data122.examples !== void 0) {
              let data128 = data122.examples;
              if (Array.isArray(data128)) {
                const len20 = data128.length;
                for (let i24 = 0; i24 < len20; i24++) {
                  let data129 = data128[i24];
                  if (typeof data129 === "string") {
                    if (func2(data129) > 2e4) {
                      const err332 = { instancePath: instancePath + "/severityLevels/" + i23 + "/examples/" + i24, schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
                      if (vErrors === null) {
                        vErrors = [err332];
                      } else {
                        vErrors.push(err332);
                      }
                      errors++;
                    }
                    if (func2(data129) < 1) {
                      const err333 = { instancePath: instancePath + "/severityLevels/" + i23 + "/examples/" + i24, schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err333];
                      } else {
                        vErrors.push(err333);
                      }
                      errors++;
                    }
                  } else {
                    const err334 = { instancePath: instancePath + "/severityLevels/" + i23 + "/examples/" + i24, schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err334];
                    } else {
                      vErrors.push(err334);
                    }
                    errors++;
                  }
                }
              } else {
                const err335 = { instancePath: instancePath + "/severityLevels/" + i23 + "/examples", schemaPath: "#/properties/severityLevels/items/properties/examples/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err335];
                } else {
                  vErrors.push(err335);
                }
                errors++;
              }
            }
            if (data122.tiers !== void 0) {
              let data130 = data122.tiers;
              if (Array.isArray(data130)) {
                const len21 = data130.length;
                for (let i25 = 0; i25 < len21; i25++) {
                  let data131 = data130[i25];
                  if (typeof data131 === "string") {
                    if (func2(data131) > 64) {
                      const err336 = { instancePath: instancePath + "/severityLevels/" + i23 + "/tiers/" + i25, schemaPath: "#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                      if (vErrors === null) {
                        vErrors = [err336];
                      } else {
                        vErrors.push(err336);
                      }
                      errors++;
                    }
                    if (!pattern5.test(data131)) {
                      const err337 = { instancePath: instancePath + "/severityLevels/" + i23 + "/tiers/" + i25, schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"' };
                      if (vErrors === null) {
                        vErrors = [err337];
                      } else {
                        vErrors.push(err337);
                      }
                      errors++;
                    }
                  } else {
                    const err338 = { instancePath: instancePath + "/severityLevels/" + i23 + "/tiers/" + i25, schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err338];
                    } else {
                      vErrors.push(err338);
                    }
                    errors++;
                  }
                }
                let i26 = data130.length;
                let j4;
                if (i26 > 1) {
                  outer1:
                    for (; i26--; ) {
                      for (j4 = i26; j4--; ) {
                        if (func0(data130[i26], data130[j4])) {
                          const err339 = { instancePath: instancePath + "/severityLevels/" + i23 + "/tiers", schemaPath: "#/properties/severityLevels/items/properties/tiers/uniqueItems", keyword: "uniqueItems", params: { i: i26, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i26 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err339];
                          } else {
                            vErrors.push(err339);
                          }
                          errors++;
                          break outer1;
                        }
                      }
                    }
                }
              } else {
                const err340 = { instancePath: instancePath + "/severityLevels/" + i23 + "/tiers", schemaPath: "#/properties/severityLevels/items/properties/tiers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err340];
                } else {
                  vErrors.push(err340);
                }
                errors++;
              }
            }
            if (data122.services !== void 0) {
              let data132 = data122.services;
              if (Array.isArray(data132)) {
                const len22 = data132.length;
                for (let i27 = 0; i27 < len22; i27++) {
                  let data133 = data132[i27];
                  if (typeof data133 === "string") {
                    if (func2(data133) > 64) {
                      const err341 = { instancePath: instancePath + "/severityLevels/" + i23 + "/services/" + i27, schemaPath: "#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                      if (vErrors === null) {
                        vErrors = [err341];
                      } else {
                        vErrors.push(err341);
                      }
                      errors++;
                    }
                    if (!pattern5.test(data133)) {
                      const err342 = { instancePath: instancePath + "/severityLevels/" + i23 + "/services/" + i27, schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"' };
                      if (vErrors === null) {
                        vErrors = [err342];
                      } else {
                        vErrors.push(err342);
                      }
                      errors++;
                    }
                  } else {
                    const err343 = { instancePath: instancePath + "/severityLevels/" + i23 + "/services/" + i27, schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err343];
                    } else {
                      vErrors.push(err343);
                    }
                    errors++;
                  }
                }
                let i28 = data132.length;
                let j5;
                if (i28 > 1) {
                  outer2:
                    for (; i28--; ) {
                      for (j5 = i28; j5--; ) {
                        if (func0(data132[i28], data132[j5])) {
                          const err344 = { instancePath: instancePath + "/severityLevels/" + i23 + "/services", schemaPath: "#/properties/severityLevels/items/properties/services/uniqueItems", keyword: "uniqueItems", params: { i: i28, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i28 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err344];
                          } else {
                            vErrors.push(err344);
                          }
                          errors++;
                          break outer2;
                        }
                      }
                    }
                }
              } else {
                const err345 = { instancePath: instancePath + "/severityLevels/" + i23 + "/services", schemaPath: "#/properties/severityLevels/items/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err345];
                } else {
                  vErrors.push(err345);
                }
                errors++;
              }
            }
          } else {
            const err346 = { instancePath: instancePath + "/severityLevels/" + i23, schemaPath: "#/properties/severityLevels/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err346];
            } else {
              vErrors.push(err346);
            }
            errors++;
          }
        }
      } else {
        const err347 = { instancePath: instancePath + "/severityLevels", schemaPath: "#/properties/severityLevels/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err347];
        } else {
          vErrors.push(err347);
        }
        errors++;
      }
    }
    if (data.severityAssignment !== void 0) {
      let data134 = data.severityAssignment;
      if (data134 && typeof data134 == "object" && !Array.isArray(data134)) {
        for (const key22 in data134) {
          if (!(key22 === "assignedBy" || key22 === "description" || key22 === "matrix" || key22 === "reclassification" || key22 === "disputes" || pattern4.test(key22))) {
            const err348 = { instancePath: instancePath + "/severityAssignment", schemaPath: "#/properties/severityAssignment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err348];
            } else {
              vErrors.push(err348);
            }
            errors++;
          }
        }
        if (data134.assignedBy !== void 0) {
          let data135 = data134.assignedBy;
          if (typeof data135 !== "string") {
            const err349 = { instancePath: instancePath + "/severityAssignment/assignedBy", schemaPath: "#/properties/severityAssignment/properties/assignedBy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err349];
            } else {
              vErrors.push(err349);
            }
            errors++;
          }
          if (!(data135 === "client" || data135 === "provider" || data135 === "jointly")) {
            const err350 = { instancePath: instancePath + "/severityAssignment/assignedBy", schemaPath: "#/properties/severityAssignment/properties/assignedBy/enum", keyword: "enum", params: { allowedValues: schema31.properties.severityAssignment.properties.assignedBy.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err350];
            } else {
              vErrors.push(err350);
            }
            errors++;
          }
        }
        if (data134.description !== void 0) {
          let data136 = data134.description;
          if (typeof data136 === "string") {
            if (func2(data136) > 2e4) {
              const err351 = { instancePath: instancePath + "/severityAssignment/description", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
              if (vErrors === null) {
                vErrors = [err351];
              } else {
                vErrors.push(err351);
              }
              errors++;
            }
            if (func2(data136) < 1) {
              const err352 = { instancePath: instancePath + "/severityAssignment/description", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err352];
              } else {
                vErrors.push(err352);
              }
              errors++;
            }
          } else {
            const err353 = { instancePath: instancePath + "/severityAssignment/description", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err353];
            } else {
              vErrors.push(err353);
            }
            errors++;
          }
        }
        if (data134.matrix !== void 0) {
          let data137 = data134.matrix;
          if (data137 && typeof data137 == "object" && !Array.isArray(data137)) {
            if (data137.impacts === void 0) {
              const err354 = { instancePath: instancePath + "/severityAssignment/matrix", schemaPath: "#/properties/severityAssignment/properties/matrix/required", keyword: "required", params: { missingProperty: "impacts" }, message: "must have required property 'impacts'" };
              if (vErrors === null) {
                vErrors = [err354];
              } else {
                vErrors.push(err354);
              }
              errors++;
            }
            if (data137.urgencies === void 0) {
              const err355 = { instancePath: instancePath + "/severityAssignment/matrix", schemaPath: "#/properties/severityAssignment/properties/matrix/required", keyword: "required", params: { missingProperty: "urgencies" }, message: "must have required property 'urgencies'" };
              if (vErrors === null) {
                vErrors = [err355];
              } else {
                vErrors.push(err355);
              }
              errors++;
            }
            if (data137.levels === void 0) {
              const err356 = { instancePath: instancePath + "/severityAssignment/matrix", schemaPath: "#/properties/severityAssignment/properties/matrix/required", keyword: "required", params: { missingProperty: "levels" }, message: "must have required property 'levels'" };
              if (vErrors === null) {
                vErrors = [err356];
              } else {
                vErrors.push(err356);
              }
              errors++;
            }
            for (const key23 in data137) {
              if (!(key23 === "impacts" || key23 === "urgencies" || key23 === "levels" || pattern4.test(key23))) {
                const err357 = { instancePath: instancePath + "/severityAssignment/matrix", schemaPath: "#/properties/severityAssignment/properties/matrix/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err357];
                } else {
                  vErrors.push(err357);
                }
                errors++;
              }
            }
            if (data137.impacts !== void 0) {
              let data138 = data137.impacts;
              if (Array.isArray(data138)) {
                if (data138.length < 1) {
                  const err358 = { instancePath: instancePath + "/severityAssignment/matrix/impacts", schemaPath: "#/properties/severityAssignment/properties/matrix/properties/impacts/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err358];
                  } else {
                    vErrors.push(err358);
                  }
                  errors++;
                }
                const len23 = data138.length;
                for (let i29 = 0; i29 < len23; i29++) {
                  let data139 = data138[i29];
                  if (typeof data139 === "string") {
                    if (func2(data139) > 300) {
                      const err359 = { instancePath: instancePath + "/severityAssignment/matrix/impacts/" + i29, schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
                      if (vErrors === null) {
                        vErrors = [err359];
                      } else {
                        vErrors.push(err359);
                      }
                      errors++;
                    }
                    if (func2(data139) < 1) {
                      const err360 = { instancePath: instancePath + "/severityAssignment/matrix/impacts/" + i29, schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err360];
                      } else {
                        vErrors.push(err360);
                      }
                      errors++;
                    }
                  } else {
                    const err361 = { instancePath: instancePath + "/severityAssignment/matrix/impacts/" + i29, schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err361];
                    } else {
                      vErrors.push(err361);
                    }
                    errors++;
                  }
                }
              } else {
                const err362 = { instancePath: instancePath + "/severityAssignment/matrix/impacts", schemaPath: "#/properties/severityAssignment/properties/matrix/properties/impacts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err362];
                } else {
                  vErrors.push(err362);
                }
                errors++;
              }
            }
            if (data137.urgencies !== void 0) {
              let data140 = data137.urgencies;
              if (Array.isArray(data140)) {
                if (data140.length < 1) {
                  const err363 = { instancePath: instancePath + "/severityAssignment/matrix/urgencies", schemaPath: "#/properties/severityAssignment/properties/matrix/properties/urgencies/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err363];
                  } else {
                    vErrors.push(err363);
                  }
                  errors++;
                }
                const len24 = data140.length;
                for (let i30 = 0; i30 < len24; i30++) {
                  let data141 = data140[i30];
                  if (typeof data141 === "string") {
                    if (func2(data141) > 300) {
                      const err364 = { instancePath: instancePath + "/severityAssignment/matrix/urgencies/" + i30, schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
                      if (vErrors === null) {
                        vErrors = [err364];
                      } else {
                        vErrors.push(err364);
                      }
                      errors++;
                    }
                    if (func2(data141) < 1) {
                      const err365 = { instancePath: instancePath + "/severityAssignment/matrix/urgencies/" + i30, schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err365];
                      } else {
                        vErrors.push(err365);
                      }
                      errors++;
                    }
                  } else {
                    const err366 = { instancePath: instancePath + "/severityAssignment/matrix/urgencies/" + i30, schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err366];
                    } else {
                      vErrors.push(err366);
                    }
                    errors++;
                  }
                }
              } else {
                const err367 = { instancePath: instancePath + "/severityAssignment/matrix/urgencies", schemaPath: "#/properties/severityAssignment/properties/matrix/properties/urgencies/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err367];
                } else {
                  vErrors.push(err367);
                }
                errors++;
              }
            }
            if (data137.levels !== void 0) {
              let data142 = data137.levels;
              if (Array.isArray(data142)) {
                if (data142.length < 1) {
                  const err368 = { instancePath: instancePath + "/severityAssignment/matrix/levels", schemaPath: "#/properties/severityAssignment/properties/matrix/properties/levels/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err368];
                  } else {
                    vErrors.push(err368);
                  }
                  errors++;
                }
                const len25 = data142.length;
                for (let i31 = 0; i31 < len25; i31++) {
                  let data143 = data142[i31];
                  if (Array.isArray(data143)) {
                    if (data143.length < 1) {
                      const err369 = { instancePath: instancePath + "/severityAssignment/matrix/levels/" + i31, schemaPath: "#/properties/severityAssignment/properties/matrix/properties/levels/items/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err369];
                      } else {
                        vErrors.push(err369);
                      }
                      errors++;
                    }
                    const len26 = data143.length;
                    for (let i32 = 0; i32 < len26; i32++) {
                      let data144 = data143[i32];
                      if (typeof data144 === "string") {
                        if (func2(data144) > 64) {
                          const err370 = { instancePath: instancePath + "/severityAssignment/matrix/levels/" + i31 + "/" + i32, schemaPath: "#/$defs/severityRef/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                          if (vErrors === null) {
                            vErrors = [err370];
                          } else {
                            vErrors.push(err370);
                          }
                          errors++;
                        }
                        if (!pattern5.test(data144)) {
                          const err371 = { instancePath: instancePath + "/severityAssignment/matrix/levels/" + i31 + "/" + i32, schemaPath: "#/$defs/severityRef/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"' };
                          if (vErrors === null) {
                            vErrors = [err371];
                          } else {
                            vErrors.push(err371);
                          }
                          errors++;
                        }
                      } else {
                        const err372 = { instancePath: instancePath + "/severityAssignment/matrix/levels/" + i31 + "/" + i32, schemaPath: "#/$defs/severityRef/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err372];
                        } else {
                          vErrors.push(err372);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err373 = { instancePath: instancePath + "/severityAssignment/matrix/levels/" + i31, schemaPath: "#/properties/severityAssignment/properties/matrix/properties/levels/items/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err373];
                    } else {
                      vErrors.push(err373);
                    }
                    errors++;
                  }
                }
              } else {
                const err374 = { instancePath: instancePath + "/severityAssignment/matrix/levels", schemaPath: "#/properties/severityAssignment/properties/matrix/properties/levels/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err374];
                } else {
                  vErrors.push(err374);
                }
                errors++;
              }
            }
          } else {
            const err375 = { instancePath: instancePath + "/severityAssignment/matrix", schemaPath: "#/properties/severityAssignment/properties/matrix/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err375];
            } else {
              vErrors.push(err375);
            }
            errors++;
          }
        }
        if (data134.reclassification !== void 0) {
          let data145 = data134.reclassification;
          if (typeof data145 === "string") {
            if (func2(data145) > 2e4) {
              const err376 = { instancePath: instancePath + "/severityAssignment/reclassification", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
              if (vErrors === null) {
                vErrors = [err376];
              } else {
                vErrors.push(err376);
              }
              errors++;
            }
            if (func2(data145) < 1) {
              const err377 = { instancePath: instancePath + "/severityAssignment/reclassification", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err377];
              } else {
                vErrors.push(err377);
              }
              errors++;
            }
          } else {
            const err378 = { instancePath: instancePath + "/severityAssignment/reclassification", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err378];
            } else {
              vErrors.push(err378);
            }
            errors++;
          }
        }
        if (data134.disputes !== void 0) {
          let data146 = data134.disputes;
          if (typeof data146 === "string") {
            if (func2(data146) > 2e4) {
              const err379 = { instancePath: instancePath + "/severityAssignment/disputes", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
              if (vErrors === null) {
                vErrors = [err379];
              } else {
                vErrors.push(err379);
              }
              errors++;
            }
            if (func2(data146) < 1) {
              const err380 = { instancePath: instancePath + "/severityAssignment/disputes", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err380];
              } else {
                vErrors.push(err380);
              }
              errors++;
            }
          } else {
            const err381 = { instancePath: instancePath + "/severityAssignment/disputes", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err381];
            } else {
              vErrors.push(err381);
            }
            errors++;
          }
        }
      } else {
        const err382 = { instancePath: instancePath + "/severityAssignment", schemaPath: "#/properties/severityAssignment/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err382];
        } else {
          vErrors.push(err382);
        }
        errors++;
      }
    }
    if (data.serviceTier !== void 0) {
      let data147 = data.serviceTier;
      if (typeof data147 === "string") {
        if (func2(data147) > 64) {
          const err383 = { instancePath: instancePath + "/serviceTier", schemaPath: "#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
          if (vErrors === null) {
            vErrors = [err383];
          } else {
            vErrors.push(err383);
          }
          errors++;
        }
        if (!pattern5.test(data147)) {
          const err384 = { instancePath: instancePath + "/serviceTier", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"' };
          if (vErrors === null) {
            vErrors = [err384];
          } else {
            vErrors.push(err384);
          }
          errors++;
        }
      } else {
        const err385 = { instancePath: instancePath + "/serviceTier", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err385];
        } else {
          vErrors.push(err385);
        }
        errors++;
      }
    }
    if (data.tiers !== void 0) {
      let data148 = data.tiers;
      if (Array.isArray(data148)) {
        if (data148.length < 1) {
          const err386 = { instancePath: instancePath + "/tiers", schemaPath: "#/properties/tiers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err386];
          } else {
            vErrors.push(err386);
          }
          errors++;
        }
        const len27 = data148.length;
        for (let i33 = 0; i33 < len27; i33++) {
          let data149 = data148[i33];
          if (data149 && typeof data149 == "object" && !Array.isArray(data149)) {
            if (data149.id === void 0) {
              const err387 = { instancePath: instancePath + "/tiers/" + i33, schemaPath: "#/properties/tiers/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err387];
              } else {
                vErrors.push(err387);
              }
              errors++;
            }
            if (data149.name === void 0) {
              const err388 = { instancePath: instancePath + "/tiers/" + i33, schemaPath: "#/properties/tiers/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err388];
              } else {
                vErrors.push(err388);
              }
              errors++;
            }
            if (data149.targets === void 0) {
              const err389 = { instancePath: instancePath + "/tiers/" + i33, schemaPath: "#/properties/tiers/items/required", keyword: "required", params: { missingProperty: "targets" }, message: "must have required property 'targets'" };
              if (vErrors === null) {
                vErrors = [err389];
              } else {
                vErrors.push(err389);
              }
              errors++;
            }
            for (const key24 in data149) {
              if (!(func1.call(schema31.properties.tiers.items.properties, key24) || pattern4.test(key24))) {
                const err390 = { instancePath: instancePath + "/tiers/" + i33, schemaPath: "#/properties/tiers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err390];
                } else {
                  vErrors.push(err390);
                }
                errors++;
              }
            }
            if (data149.id !== void 0) {
              let data150 = data149.id;
              if (typeof data150 === "string") {
                if (func2(data150) > 64) {
                  const err391 = { instancePath: instancePath + "/tiers/" + i33 + "/id", schemaPath: "#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                  if (vErrors === null) {
                    vErrors = [err391];
                  } else {
                    vErrors.push(err391);
                  }
                  errors++;
                }
                if (!pattern5.test(data150)) {
                  const err392 = { instancePath: instancePath + "/tiers/" + i33 + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"' };
                  if (vErrors === null) {
                    vErrors = [err392];
                  } else {
                    vErrors.push(err392);
                  }
                  errors++;
                }
              } else {
                const err393 = { instancePath: instancePath + "/tiers/" + i33 + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err393];
                } else {
                  vErrors.push(err393);
                }
                errors++;
              }
            }
            if (data149.name !== void 0) {
              let data151 = data149.name;
              if (typeof data151 === "string") {
                if (func2(data151) > 300) {
                  const err394 = { instancePath: instancePath + "/tiers/" + i33 + "/name", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
                  if (vErrors === null) {
                    vErrors = [err394];
                  } else {
                    vErrors.push(err394);
                  }
                  errors++;
                }
                if (func2(data151) < 1) {
                  const err395 = { instancePath: instancePath + "/tiers/" + i33 + "/name", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err395];
                  } else {
                    vErrors.push(err395);
                  }
                  errors++;
                }
              } else {
                const err396 = { instancePath: instancePath + "/tiers/" + i33 + "/name", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err396];
                } else {
                  vErrors.push(err396);
                }
                errors++;
              }
            }
            if (data149.description !== void 0) {
              let data152 = data149.description;
              if (typeof data152 === "string") {
                if (func2(data152) > 2e4) {
                  const err397 = { instancePath: instancePath + "/tiers/" + i33 + "/description", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
                  if (vErrors === null) {
                    vErrors = [err397];
                  } else {
                    vErrors.push(err397);
                  }
                  errors++;
                }
                if (func2(data152) < 1) {
                  const err398 = { instancePath: instancePath + "/tiers/" + i33 + "/description", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err398];
                  } else {
                    vErrors.push(err398);
                  }
                  errors++;
                }
              } else {
                const err399 = { instancePath: instancePath + "/tiers/" + i33 + "/description", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err399];
                } else {
                  vErrors.push(err399);
                }
                errors++;
              }
            }
            if (data149.services !== void 0) {
              let data153 = data149.services;
              if (Array.isArray(data153)) {
                const len28 = data153.length;
                for (let i34 = 0; i34 < len28; i34++) {
                  let data154 = data153[i34];
                  if (typeof data154 === "string") {
                    if (func2(data154) > 64) {
                      const err400 = { instancePath: instancePath + "/tiers/" + i33 + "/services/" + i34, schemaPath: "#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                      if (vErrors === null) {
                        vErrors = [err400];
                      } else {
                        vErrors.push(err400);
                      }
                      errors++;
                    }
                    if (!pattern5.test(data154)) {
                      const err401 = { instancePath: instancePath + "/tiers/" + i33 + "/services/" + i34, schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"' };
                      if (vErrors === null) {
                        vErrors = [err401];
                      } else {
                        vErrors.push(err401);
                      }
                      errors++;
                    }
                  } else {
                    const err402 = { instancePath: instancePath + "/tiers/" + i33 + "/services/" + i34, schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err402];
                    } else {
                      vErrors.push(err402);
                    }
                    errors++;
                  }
                }
                let i35 = data153.length;
                let j6;
                if (i35 > 1) {
                  outer3:
                    for (; i35--; ) {
                      for (j6 = i35; j6--; ) {
                        if (func0(data153[i35], data153[j6])) {
                          const err403 = { instancePath: instancePath + "/tiers/" + i33 + "/services", schemaPath: "#/properties/tiers/items/properties/services/uniqueItems", keyword: "uniqueItems", params: { i: i35, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i35 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err403];
                          } else {
                            vErrors.push(err403);
                          }
                          errors++;
                          break outer3;
                        }
                      }
                    }
                }
              } else {
                const err404 = { instancePath: instancePath + "/tiers/" + i33 + "/services", schemaPath: "#/properties/tiers/items/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err404];
                } else {
                  vErrors.push(err404);
                }
                errors++;
              }
            }
            if (data149.businessCriticality !== void 0) {
              let data155 = data149.businessCriticality;
              if (typeof data155 !== "string") {
                const err405 = { instancePath: instancePath + "/tiers/" + i33 + "/businessCriticality", schemaPath: "#/properties/tiers/items/properties/businessCriticality/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err405];
                } else {
                  vErrors.push(err405);
                }
                errors++;
              }
              if (!(data155 === "low" || data155 === "medium" || data155 === "high" || data155 === "mission-critical")) {
                const err406 = { instancePath: instancePath + "/tiers/" + i33 + "/businessCriticality", schemaPath: "#/properties/tiers/items/properties/businessCriticality/enum", keyword: "enum", params: { allowedValues: schema31.properties.tiers.items.properties.businessCriticality.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err406];
                } else {
                  vErrors.push(err406);
                }
                errors++;
              }
            }
            if (data149.supportHours !== void 0) {
              let data156 = data149.supportHours;
              if (typeof data156 === "string") {
                if (func2(data156) > 64) {
                  const err407 = { instancePath: instancePath + "/tiers/" + i33 + "/supportHours", schemaPath: "#/$defs/calendarRef/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                  if (vErrors === null) {
                    vErrors = [err407];
                  } else {
                    vErrors.push(err407);
                  }
                  errors++;
                }
                if (!pattern5.test(data156)) {
                  const err408 = { instancePath: instancePath + "/tiers/" + i33 + "/supportHours", schemaPath: "#/$defs/calendarRef/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"' };
                  if (vErrors === null) {
                    vErrors = [err408];
                  } else {
                    vErrors.push(err408);
                  }
                  errors++;
                }
              } else {
                const err409 = { instancePath: instancePath + "/tiers/" + i33 + "/supportHours", schemaPath: "#/$defs/calendarRef/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err409];
                } else {
                  vErrors.push(err409);
                }
                errors++;
              }
            }
            if (data149.reporting !== void 0) {
              let data157 = data149.reporting;
              if (typeof data157 !== "string") {
                const err410 = { instancePath: instancePath + "/tiers/" + i33 + "/reporting", schemaPath: "#/$defs/frequency/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err410];
                } else {
                  vErrors.push(err410);
                }
                errors++;
              }
              if (!(data157 === "daily" || data157 === "weekly" || data157 === "fortnightly" || data157 === "monthly" || data157 === "quarterly" || data157 === "semi-annually" || data157 === "annually")) {
                const err411 = { instancePath: instancePath + "/tiers/" + i33 + "/reporting", schemaPath: "#/$defs/frequency/enum", keyword: "enum", params: { allowedValues: schema113.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err411];
                } else {
                  vErrors.push(err411);
                }
                errors++;
              }
            }
            if (data149.proactiveOptimisation !== void 0) {
              let data158 = data149.proactiveOptimisation;
              if (data158 && typeof data158 == "object" && !Array.isArray(data158)) {
                if (data158.included === void 0) {
                  const err412 = { instancePath: instancePath + "/tiers/" + i33 + "/proactiveOptimisation", schemaPath: "#/properties/tiers/items/properties/proactiveOptimisation/required", keyword: "required", params: { missingProperty: "included" }, message: "must have required property 'included'" };
                  if (vErrors === null) {
                    vErrors = [err412];
                  } else {
                    vErrors.push(err412);
                  }
                  errors++;
                }
                for (const key25 in data158) {
                  if (!(key25 === "included" || key25 === "description" || pattern4.test(key25))) {
                    const err413 = { instancePath: instancePath + "/tiers/" + i33 + "/proactiveOptimisation", schemaPath: "#/properties/tiers/items/properties/proactiveOptimisation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err413];
                    } else {
                      vErrors.push(err413);
                    }
                    errors++;
                  }
                }
                if (data158.included !== void 0) {
                  if (typeof data158.included !== "boolean") {
                    const err414 = { instancePath: instancePath + "/tiers/" + i33 + "/proactiveOptimisation/included", schemaPath: "#/properties/tiers/items/properties/proactiveOptimisation/properties/included/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err414];
                    } else {
                      vErrors.push(err414);
                    }
                    errors++;
                  }
                }
                if (data158.description !== void 0) {
                  let data160 = data158.description;
                  if (typeof data160 === "string") {
                    if (func2(data160) > 2e4) {
                      const err415 = { instancePath: instancePath + "/tiers/" + i33 + "/proactiveOptimisation/description", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
                      if (vErrors === null) {
                        vErrors = [err415];
                      } else {
                        vErrors.push(err415);
                      }
                      errors++;
                    }
                    if (func2(data160) < 1) {
                      const err416 = { instancePath: instancePath + "/tiers/" + i33 + "/proactiveOptimisation/description", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err416];
                      } else {
                        vErrors.push(err416);
                      }
                      errors++;
                    }
                  } else {
                    const err417 = { instancePath: instancePath + "/tiers/" + i33 + "/proactiveOptimisation/description", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err417];
                    } else {
                      vErrors.push(err417);
                    }
                    errors++;
                  }
                }
              } else {
                const err418 = { instancePath: instancePath + "/tiers/" + i33 + "/proactiveOptimisation", schemaPath: "#/properties/tiers/items/properties/proactiveOptimisation/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err418];
                } else {
                  vErrors.push(err418);
                }
                errors++;
              }
            }
            if (data149.price !== void 0) {
              let data161 = data149.price;
              if (data161 && typeof data161 == "object" && !Array.isArray(data161)) {
                if (data161.amount === void 0) {
                  const err419 = { instancePath: instancePath + "/tiers/" + i33 + "/price", schemaPath: "#/$defs/money/required", keyword: "required", params: { missingProperty: "amount" }, message: "must have required property 'amount'" };
                  if (vErrors === null) {
                    vErrors = [err419];
                  } else {
                    vErrors.push(err419);
                  }
                  errors++;
                }
                if (data161.currency === void 0) {
                  const err420 = { instancePath: instancePath + "/tiers/" + i33 + "/price", schemaPath: "#/$defs/money/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'" };
                  if (vErrors === null) {
                    vErrors = [err420];
                  } else {
                    vErrors.push(err420);
                  }
                  errors++;
                }
                for (const key26 in data161) {
                  if (!(key26 === "amount" || key26 === "currency" || key26 === "per" || pattern4.test(key26))) {
                    const err421 = { instancePath: instancePath + "/tiers/" + i33 + "/price", schemaPath: "#/$defs/money/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err421];
                    } else {
                      vErrors.push(err421);
                    }
                    errors++;
                  }
                }
                if (data161.amount !== void 0) {
                  let data162 = data161.amount;
                  if (typeof data162 == "number" && isFinite(data162)) {
                    if (data162 < 0 || isNaN(data162)) {
                      const err422 = { instancePath: instancePath + "/tiers/" + i33 + "/price/amount", schemaPath: "#/$defs/money/properties/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err422];
                      } else {
                        vErrors.push(err422);
                      }
                      errors++;
                    }
                  } else {
                    const err423 = { instancePath: instancePath + "/tiers/" + i33 + "/price/amount", schemaPath: "#/$defs/money/properties/amount/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err423];
                    } else {
                      vErrors.push(err423);
                    }
                    errors++;
                  }
                }
                if (data161.currency !== void 0) {
                  let data163 = data161.currency;
                  if (typeof data163 === "string") {
                    if (!pattern42.test(data163)) {
                      const err424 = { instancePath: instancePath + "/tiers/" + i33 + "/price/currency", schemaPath: "#/$defs/money/properties/currency/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"' };
                      if (vErrors === null) {
                        vErrors = [err424];
                      } else {
                        vErrors.push(err424);
                      }
                      errors++;
                    }
                  } else {
                    const err425 = { instancePath: instancePath + "/tiers/" + i33 + "/price/currency", schemaPath: "#/$defs/money/properties/currency/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err425];
                    } else {
                      vErrors.push(err425);
                    }
                    errors++;
                  }
                }
                if (data161.per !== void 0) {
                  let data164 = data161.per;
                  if (typeof data164 !== "string") {
                    const err426 = { instancePath: instancePath + "/tiers/" + i33 + "/price/per", schemaPath: "#/$defs/money/properties/per/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err426];
                    } else {
                      vErrors.push(err426);
                    }
                    errors++;
                  }
                  if (!(data164 === "hour" || data164 === "day" || data164 === "month" || data164 === "quarter" || data164 === "year" || data164 === "one-off")) {
                    const err427 = { instancePath: instancePath + "/tiers/" + i33 + "/price/per", schemaPath: "#/$defs/money/properties/per/enum", keyword: "enum", params: { allowedValues: schema81.properties.per.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err427];
                    } else {
                      vErrors.push(err427);
                    }
                    errors++;
                  }
                }
              } else {
                const err428 = { instancePath: instancePath + "/tiers/" + i33 + "/price", schemaPath: "#/$defs/money/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err428];
                } else {
                  vErrors.push(err428);
                }
                errors++;
              }
            }
            if (data149.priceDescription !== void 0) {
              let data165 = data149.priceDescription;
              if (typeof data165 === "string") {
                if (func2(data165) > 2e4) {
                  const err429 = { instancePath: instancePath + "/tiers/" + i33 + "/priceDescription", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
                  if (vErrors === null) {
                    vErrors = [err429];
                  } else {
                    vErrors.push(err429);
                  }
                  errors++;
                }
                if (func2(data165) < 1) {
                  const err430 = { instancePath: instancePath + "/tiers/" + i33 + "/priceDescription", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err430];
                  } else {
                    vErrors.push(err430);
                  }
                  errors++;
                }
              } else {
                const err431 = { instancePath: instancePath + "/tiers/" + i33 + "/priceDescription", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err431];
                } else {
                  vErrors.push(err431);
                }
                errors++;
              }
            }
            if (data149.targets !== void 0) {
              let data166 = data149.targets;
              if (data166 && typeof data166 == "object" && !Array.isArray(data166)) {
                for (const key27 in data166) {
                  const _errs424 = errors;
                  if (typeof key27 === "string") {
                    if (func2(key27) > 64) {
                      const err432 = { instancePath: instancePath + "/tiers/" + i33 + "/targets", schemaPath: "#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", propertyName: key27 };
                      if (vErrors === null) {
                        vErrors = [err432];
                      } else {
                        vErrors.push(err432);
                      }
                      errors++;
                    }
                    if (!pattern5.test(key27)) {
                      const err433 = { instancePath: instancePath + "/tiers/" + i33 + "/targets", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"', propertyName: key27 };
                      if (vErrors === null) {
                        vErrors = [err433];
                      } else {
                        vErrors.push(err433);
                      }
                      errors++;
                    }
                  } else {
                    const err434 = { instancePath: instancePath + "/tiers/" + i33 + "/targets", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key27 };
                    if (vErrors === null) {
                      vErrors = [err434];
                    } else {
                      vErrors.push(err434);
                    }
                    errors++;
                  }
                  var valid160 = _errs424 === errors;
                  if (!valid160) {
                    const err435 = { instancePath: instancePath + "/tiers/" + i33 + "/targets", schemaPath: "#/properties/tiers/items/properties/targets/propertyNames", keyword: "propertyNames", params: { propertyName: key27 }, message: "property name must be valid" };
                    if (vErrors === null) {
                      vErrors = [err435];
                    } else {
                      vErrors.push(err435);
                    }
                    errors++;
                  }
                }
                for (const key28 in data166) {
                  let data167 = data166[key28];
                  const _errs429 = errors;
                  let valid163 = true;
                  const _errs430 = errors;
                  if (typeof data167 !== "string") {
                    const err436 = {};
                    if (vErrors === null) {
                      vErrors = [err436];
                    } else {
                      vErrors.push(err436);
                    }
                    errors++;
                  }
                  var _valid3 = _errs430 === errors;
                  errors = _errs429;
                  if (vErrors !== null) {
                    if (_errs429) {
                      vErrors.length = _errs429;
                    } else {
                      vErrors = null;
                    }
                  }
                  let ifClause1;
                  if (_valid3) {
                    const _errs432 = errors;
                    if ("not-offered" !== data167) {
                      const err437 = { instancePath: instancePath + "/tiers/" + i33 + "/targets/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tiers/items/properties/targets/additionalProperties/then/const", keyword: "const", params: { allowedValue: "not-offered" }, message: "must be equal to constant" };
                      if (vErrors === null) {
                        vErrors = [err437];
                      } else {
                        vErrors.push(err437);
                      }
                      errors++;
                    }
                    var _valid3 = _errs432 === errors;
                    valid163 = _valid3;
                    ifClause1 = "then";
                  } else {
                    const _errs433 = errors;
                    if (data167 && typeof data167 == "object" && !Array.isArray(data167)) {
                      if (data167.response === void 0) {
                        const err438 = { instancePath: instancePath + "/tiers/" + i33 + "/targets/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tiers/items/properties/targets/additionalProperties/else/required", keyword: "required", params: { missingProperty: "response" }, message: "must have required property 'response'" };
                        if (vErrors === null) {
                          vErrors = [err438];
                        } else {
                          vErrors.push(err438);
                        }
                        errors++;
                      }
                      for (const key29 in data167) {
                        if (!(key29 === "response" || key29 === "update" || key29 === "resolution" || pattern4.test(key29))) {
                          const err439 = { instancePath: instancePath + "/tiers/" + i33 + "/targets/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tiers/items/properties/targets/additionalProperties/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key29 }, message: "must NOT have additional properties" };
                          if (vErrors === null) {
                            vErrors = [err439];
                          } else {
                            vErrors.push(err439);
                          }
                          errors++;
                        }
                      }
                      if (data167.response !== void 0) {
                        if (!validate35(data167.response, { instancePath: instancePath + "/tiers/" + i33 + "/targets/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/response", parentData: data167, parentDataProperty: "response", rootData, dynamicAnchors })) {
                          vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
                          errors = vErrors.length;
                        }
                      }
                      if (data167.update !== void 0) {
                        if (!validate38(data167.update, { instancePath: instancePath + "/tiers/" + i33 + "/targets/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/update", parentData: data167, parentDataProperty: "update", rootData, dynamicAnchors })) {
                          vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
                          errors = vErrors.length;
                        }
                      }
                      if (data167.resolution !== void 0) {
                        if (!validate42(data167.resolution, { instancePath: instancePath + "/tiers/" + i33 + "/targets/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/resolution", parentData: data167, parentDataProperty: "resolution", rootData, dynamicAnchors })) {
                          vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
                          errors = vErrors.length;
                        }
                      }
                    } else {
                      const err440 = { instancePath: instancePath + "/tiers/" + i33 + "/targets/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tiers/items/properties/targets/additionalProperties/else/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                      if (vErrors === null) {
                        vErrors = [err440];
                      } else {
                        vErrors.push(err440);
                      }
                      errors++;
                    }
                    var _valid3 = _errs433 === errors;
                    valid163 = _valid3;
                    ifClause1 = "else";
                  }
                  if (!valid163) {
                    const err441 = { instancePath: instancePath + "/tiers/" + i33 + "/targets/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tiers/items/properties/targets/additionalProperties/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: 'must match "' + ifClause1 + '" schema' };
                    if (vErrors === null) {
                      vErrors = [err441];
                    } else {
                      vErrors.push(err441);
                    }
                    errors++;
                  }
                }
              } else {
                const err442 = { instancePath: instancePath + "/tiers/" + i33 + "/targets", schemaPath: "#/properties/tiers/items/properties/targets/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err442];
                } else {
                  vErrors.push(err442);
                }
                errors++;
              }
            }
          } else {
            const err443 = { instancePath: instancePath + "/tiers/" + i33, schemaPath: "#/properties/tiers/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err443];
            } else {
              vErrors.push(err443);
            }
            errors++;
          }
        }
      } else {
        const err444 = { instancePath: instancePath + "/tiers", schemaPath: "#/properties/tiers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err444];
        } else {
          vErrors.push(err444);
        }
        errors++;
      }
    }
    if (data.channels !== void 0) {
      let data171 = data.channels;
      if (Array.isArray(data171)) {
        if (data171.length < 1) {
          const err445 = { instancePath: instancePath + "/channels", schemaPath: "#/properties/channels/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err445];
          } else {
            vErrors.push(err445);
          }
          errors++;
        }
        const len29 = data171.length;
        for (let i36 = 0; i36 < len29; i36++) {
          let data172 = data171[i36];
          if (data172 && typeof data172 == "object" && !Array.isArray(data172)) {
            if (data172.id === void 0) {
              const err446 = { instancePath: instancePath + "/channels/" + i36, schemaPath: "#/properties/channels/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err446];
              } else {
                vErrors.push(err446);
              }
              errors++;
            }
            if (data172.type === void 0) {
              const err447 = { instancePath: instancePath + "/channels/" + i36, schemaPath: "#/properties/channels/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
              if (vErrors === null) {
                vErrors = [err447];
              } else {
                vErrors.push(err447);
              }
              errors++;
            }
            for (const key30 in data172) {
              if (!(key30 === "id" || key30 === "type" || key30 === "address" || key30 === "severities" || key30 === "hours" || key30 === "tiers" || key30 === "countsForTargets" || key30 === "description" || pattern4.test(key30))) {
                const err448 = { instancePath: instancePath + "/channels/" + i36, schemaPath: "#/properties/channels/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key30 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err448];
                } else {
                  vErrors.push(err448);
                }
                errors++;
              }
            }
            if (data172.id !== void 0) {
              let data173 = data172.id;
              if (typeof data173 === "string") {
                if (func2(data173) > 64) {
                  const err449 = { instancePath: instancePath + "/channels/" + i36 + "/id", schemaPath: "#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                  if (vErrors === null) {
                    vErrors = [err449];
                  } else {
                    vErrors.push(err449);
                  }
                  errors++;
                }
                if (!pattern5.test(data173)) {
                  const err450 = { instancePath: instancePath + "/channels/" + i36 + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"' };
                  if (vErrors === null) {
                    vErrors = [err450];
                  } else {
                    vErrors.push(err450);
                  }
                  errors++;
                }
              } else {
                const err451 = { instancePath: instancePath + "/channels/" + i36 + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err451];
                } else {
                  vErrors.push(err451);
                }
                errors++;
              }
            }
            if (data172.type !== void 0) {
              let data174 = data172.type;
              if (typeof data174 !== "string") {
                const err452 = { instancePath: instancePath + "/channels/" + i36 + "/type", schemaPath: "#/properties/channels/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err452];
                } else {
                  vErrors.push(err452);
                }
                errors++;
              }
              if (!(data174 === "portal" || data174 === "email" || data174 === "phone" || data174 === "chat" || data174 === "pager" || data174 === "other")) {
                const err453 = { instancePath: instancePath + "/channels/" + i36 + "/type", schemaPath: "#/properties/channels/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema31.properties.channels.items.properties.type.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err453];
                } else {
                  vErrors.push(err453);
                }
                errors++;
              }
            }
            if (data172.address !== void 0) {
              let data175 = data172.address;
              if (typeof data175 === "string") {
                if (func2(data175) > 300) {
                  const err454 = { instancePath: instancePath + "/channels/" + i36 + "/address", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
                  if (vErrors === null) {
                    vErrors = [err454];
                  } else {
                    vErrors.push(err454);
                  }
                  errors++;
                }
                if (func2(data175) < 1) {
                  const err455 = { instancePath: instancePath + "/channels/" + i36 + "/address", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err455];
                  } else {
                    vErrors.push(err455);
                  }
                  errors++;
                }
              } else {
                const err456 = { instancePath: instancePath + "/channels/" + i36 + "/address", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err456];
                } else {
                  vErrors.push(err456);
                }
                errors++;
              }
            }
            if (data172.severities !== void 0) {
              let data176 = data172.severities;
              if (Array.isArray(data176)) {
                const len30 = data176.length;
                for (let i37 = 0; i37 < len30; i37++) {
                  let data177 = data176[i37];
                  if (typeof data177 === "string") {
                    if (func2(data177) > 64) {
                      const err457 = { instancePath: instancePath + "/channels/" + i36 + "/severities/" + i37, schemaPath: "#/$defs/severityRef/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                      if (vErrors === null) {
                        vErrors = [err457];
                      } else {
                        vErrors.push(err457);
                      }
                      errors++;
                    }
                    if (!pattern5.test(data177)) {
                      const err458 = { instancePath: instancePath + "/channels/" + i36 + "/severities/" + i37, schemaPath: "#/$defs/severityRef/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"' };
                      if (vErrors === null) {
                        vErrors = [err458];
                      } else {
                        vErrors.push(err458);
                      }
                      errors++;
                    }
                  } else {
                    const err459 = { instancePath: instancePath + "/channels/" + i36 + "/severities/" + i37, schemaPath: "#/$defs/severityRef/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err459];
                    } else {
                      vErrors.push(err459);
                    }
                    errors++;
                  }
                }
                let i38 = data176.length;
                let j7;
                if (i38 > 1) {
                  outer4:
                    for (; i38--; ) {
                      for (j7 = i38; j7--; ) {
                        if (func0(data176[i38], data176[j7])) {
                          const err460 = { instancePath: instancePath + "/channels/" + i36 + "/severities", schemaPath: "#/properties/channels/items/properties/severities/uniqueItems", keyword: "uniqueItems", params: { i: i38, j: j7 }, message: "must NOT have duplicate items (items ## " + j7 + " and " + i38 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err460];
                          } else {
                            vErrors.push(err460);
                          }
                          errors++;
                          break outer4;
                        }
                      }
                    }
                }
              } else {
                const err461 = { instancePath: instancePath + "/channels/" + i36 + "/severities", schemaPath: "#/properties/channels/items/properties/severities/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err461];
                } else {
                  vErrors.push(err461);
                }
                errors++;
              }
            }
            if (data172.hours !== void 0) {
              let data178 = data172.hours;
              if (typeof data178 === "string") {
                if (func2(data178) > 64) {
                  const err462 = { instancePath: instancePath + "/channels/" + i36 + "/hours", schemaPath: "#/$defs/calendarRef/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                  if (vErrors === null) {
                    vErrors = [err462];
                  } else {
                    vErrors.push(err462);
                  }
                  errors++;
                }
                if (!pattern5.test(data178)) {
                  const err463 = { instancePath: instancePath + "/channels/" + i36 + "/hours", schemaPath: "#/$defs/calendarRef/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"' };
                  if (vErrors === null) {
                    vErrors = [err463];
                  } else {
                    vErrors.push(err463);
                  }
                  errors++;
                }
              } else {
                const err464 = { instancePath: instancePath + "/channels/" + i36 + "/hours", schemaPath: "#/$defs/calendarRef/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err464];
                } else {
                  vErrors.push(err464);
                }
                errors++;
              }
            }
            if (data172.tiers !== void 0) {
              let data179 = data172.tiers;
              if (Array.isArray(data179)) {
                const len31 = data179.length;
                for (let i39 = 0; i39 < len31; i39++) {
                  let data180 = data179[i39];
                  if (typeof data180 === "string") {
                    if (func2(data180) > 64) {
                      const err465 = { instancePath: instancePath + "/channels/" + i36 + "/tiers/" + i39, schemaPath: "#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                      if (vErrors === null) {
                        vErrors = [err465];
                      } else {
                        vErrors.push(err465);
                      }
                      errors++;
                    }
                    if (!pattern5.test(data180)) {
                      const err466 = { instancePath: instancePath + "/channels/" + i36 + "/tiers/" + i39, schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"' };
                      if (vErrors === null) {
                        vErrors = [err466];
                      } else {
                        vErrors.push(err466);
                      }
                      errors++;
                    }
                  } else {
                    const err467 = { instancePath: instancePath + "/channels/" + i36 + "/tiers/" + i39, schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err467];
                    } else {
                      vErrors.push(err467);
                    }
                    errors++;
                  }
                }
                let i40 = data179.length;
                let j8;
                if (i40 > 1) {
                  outer5:
                    for (; i40--; ) {
                      for (j8 = i40; j8--; ) {
                        if (func0(data179[i40], data179[j8])) {
                          const err468 = { instancePath: instancePath + "/channels/" + i36 + "/tiers", schemaPath: "#/properties/channels/items/properties/tiers/uniqueItems", keyword: "uniqueItems", params: { i: i40, j: j8 }, message: "must NOT have duplicate items (items ## " + j8 + " and " + i40 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err468];
                          } else {
                            vErrors.push(err468);
                          }
                          errors++;
                          break outer5;
                        }
                      }
                    }
                }
              } else {
                const err469 = { instancePath: instancePath + "/channels/" + i36 + "/tiers", schemaPath: "#/properties/channels/items/properties/tiers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err469];
                } else {
                  vErrors.push(err469);
                }
                errors++;
              }
            }
            if (data172.countsForTargets !== void 0) {
              if (typeof data172.countsForTargets !== "boolean") {
                const err470 = { instancePath: instancePath + "/channels/" + i36 + "/countsForTargets", schemaPath: "#/properties/channels/items/properties/countsForTargets/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err470];
                } else {
                  vErrors.push(err470);
                }
                errors++;
              }
            }
            if (data172.description !== void 0) {
              let data182 = data172.description;
              if (typeof data182 === "string") {
                if (func2(data182) > 2e4) {
                  const err471 = { instancePath: instancePath + "/channels/" + i36 + "/description", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
                  if (vErrors === null) {
                    vErrors = [err471];
                  } else {
                    vErrors.push(err471);
                  }
                  errors++;
                }
                if (func2(data182) < 1) {
                  const err472 = { instancePath: instancePath + "/channels/" + i36 + "/description", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err472];
                  } else {
                    vErrors.push(err472);
                  }
                  errors++;
                }
              } else {
                const err473 = { instancePath: instancePath + "/channels/" + i36 + "/description", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err473];
                } else {
                  vErrors.push(err473);
                }
                errors++;
              }
            }
          } else {
            const err474 = { instancePath: instancePath + "/channels/" + i36, schemaPath: "#/properties/channels/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err474];
            } else {
              vErrors.push(err474);
            }
            errors++;
          }
        }
      } else {
        const err475 = { instancePath: instancePath + "/channels", schemaPath: "#/properties/channels/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err475];
        } else {
          vErrors.push(err475);
        }
        errors++;
      }
    }
    if (data.escalation !== void 0) {
      let data183 = data.escalation;
      if (Array.isArray(data183)) {
        const len32 = data183.length;
        for (let i41 = 0; i41 < len32; i41++) {
          let data184 = data183[i41];
          if (data184 && typeof data184 == "object" && !Array.isArray(data184)) {
            if (data184.step === void 0) {
              const err476 = { instancePath: instancePath + "/escalation/" + i41, schemaPath: "#/properties/escalation/items/required", keyword: "required", params: { missingProperty: "step" }, message: "must have required property 'step'" };
              if (vErrors === null) {
                vErrors = [err476];
              } else {
                vErrors.push(err476);
              }
              errors++;
            }
            if (data184.contact === void 0) {
              const err477 = { instancePath: instancePath + "/escalation/" + i41, schemaPath: "#/properties/escalation/items/required", keyword: "required", params: { missingProperty: "contact" }, message: "must have required property 'contact'" };
              if (vErrors === null) {
                vErrors = [err477];
              } else {
                vErrors.push(err477);
              }
              errors++;
            }
            if (data184.when === void 0) {
              const err478 = { instancePath: instancePath + "/escalation/" + i41, schemaPath: "#/properties/escalation/items/required", keyword: "required", params: { missingProperty: "when" }, message: "must have required property 'when'" };
              if (vErrors === null) {
                vErrors = [err478];
              } else {
                vErrors.push(err478);
              }
              errors++;
            }
            for (const key31 in data184) {
              if (!(key31 === "step" || key31 === "contact" || key31 === "when" || pattern4.test(key31))) {
                const err479 = { instancePath: instancePath + "/escalation/" + i41, schemaPath: "#/properties/escalation/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key31 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err479];
                } else {
                  vErrors.push(err479);
                }
                errors++;
              }
            }
            if (data184.step !== void 0) {
              let data185 = data184.step;
              if (!(typeof data185 == "number" && (!(data185 % 1) && !isNaN(data185)) && isFinite(data185))) {
                const err480 = { instancePath: instancePath + "/escalation/" + i41 + "/step", schemaPath: "#/properties/escalation/items/properties/step/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err480];
                } else {
                  vErrors.push(err480);
                }
                errors++;
              }
              if (typeof data185 == "number" && isFinite(data185)) {
                if (data185 < 1 || isNaN(data185)) {
                  const err481 = { instancePath: instancePath + "/escalation/" + i41 + "/step", schemaPath: "#/properties/escalation/items/properties/step/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err481];
                  } else {
                    vErrors.push(err481);
                  }
                  errors++;
                }
              }
            }
            if (data184.contact !== void 0) {
              if (!validate22(data184.contact, { instancePath: instancePath + "/escalation/" + i41 + "/contact", parentData: data184, parentDataProperty: "contact", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
              }
            }
            if (data184.when !== void 0) {
              let data187 = data184.when;
              if (typeof data187 === "string") {
                if (func2(data187) > 2e4) {
                  const err482 = { instancePath: instancePath + "/escalation/" + i41 + "/when", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
                  if (vErrors === null) {
                    vErrors = [err482];
                  } else {
                    vErrors.push(err482);
                  }
                  errors++;
                }
                if (func2(data187) < 1) {
                  const err483 = { instancePath: instancePath + "/escalation/" + i41 + "/when", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err483];
                  } else {
                    vErrors.push(err483);
                  }
                  errors++;
                }
              } else {
                const err484 = { instancePath: instancePath + "/escalation/" + i41 + "/when", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err484];
                } else {
                  vErrors.push(err484);
                }
                errors++;
              }
            }
          } else {
            const err485 = { instancePath: instancePath + "/escalation/" + i41, schemaPath: "#/properties/escalation/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err485];
            } else {
              vErrors.push(err485);
            }
            errors++;
          }
        }
      } else {
        const err486 = { instancePath: instancePath + "/escalation", schemaPath: "#/properties/escalation/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err486];
        } else {
          vErrors.push(err486);
        }
        errors++;
      }
    }
    if (data.clientResponsibilities !== void 0) {
      let data188 = data.clientResponsibilities;
      if (Array.isArray(data188)) {
        const len33 = data188.length;
        for (let i42 = 0; i42 < len33; i42++) {
          let data189 = data188[i42];
          if (data189 && typeof data189 == "object" && !Array.isArray(data189)) {
            if (data189.category === void 0) {
              const err487 = { instancePath: instancePath + "/clientResponsibilities/" + i42, schemaPath: "#/properties/clientResponsibilities/items/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'" };
              if (vErrors === null) {
                vErrors = [err487];
              } else {
                vErrors.push(err487);
              }
              errors++;
            }
            if (data189.description === void 0) {
              const err488 = { instancePath: instancePath + "/clientResponsibilities/" + i42, schemaPath: "#/properties/clientResponsibilities/items/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'" };
              if (vErrors === null) {
                vErrors = [err488];
              } else {
                vErrors.push(err488);
              }
              errors++;
            }
            for (const key32 in data189) {
              if (!(key32 === "category" || key32 === "description" || key32 === "tiers" || key32 === "services" || pattern4.test(key32))) {
                const err489 = { instancePath: instancePath + "/clientResponsibilities/" + i42, schemaPath: "#/properties/clientResponsibilities/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key32 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err489];
                } else {
                  vErrors.push(err489);
                }
                errors++;
              }
            }
            if (data189.category !== void 0) {
              let data190 = data189.category;
              if (typeof data190 !== "string") {
                const err490 = { instancePath: instancePath + "/clientResponsibilities/" + i42 + "/category", schemaPath: "#/properties/clientResponsibilities/items/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err490];
                } else {
                  vErrors.push(err490);
                }
                errors++;
              }
              if (!(data190 === "designated-contact" || data190 === "escalation-channel" || data190 === "access-and-context" || data190 === "client-systems" || data190 === "operating-procedures" || data190 === "testing" || data190 === "data" || data190 === "other")) {
                const err491 = { instancePath: instancePath + "/clientResponsibilities/" + i42 + "/category", schemaPath: "#/properties/clientResponsibilities/items/properties/category/enum", keyword: "enum", params: { allowedValues: schema31.properties.clientResponsibilities.items.properties.category.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err491];
                } else {
                  vErrors.push(err491);
                }
                errors++;
              }
            }
            if (data189.description !== void 0) {
              let data191 = data189.description;
              if (typeof data191 === "string") {
                if (func2(data191) > 2e4) {
                  const err492 = { instancePath: instancePath + "/clientResponsibilities/" + i42 + "/description", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
                  if (vErrors === null) {
                    vErrors = [err492];
                  } else {
                    vErrors.push(err492);
                  }
                  errors++;
                }
                if (func2(data191) < 1) {
                  const err493 = { instancePath: instancePath + "/clientResponsibilities/" + i42 + "/description", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err493];
                  } else {
                    vErrors.push(err493);
                  }
                  errors++;
                }
              } else {
                const err494 = { instancePath: instancePath + "/clientResponsibilities/" + i42 + "/description", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err494];
                } else {
                  vErrors.push(err494);
                }
                errors++;
              }
            }
            if (data189.tiers !== void 0) {
              let data192 = data189.tiers;
              if (Array.isArray(data192)) {
                const len34 = data192.length;
                for (let i43 = 0; i43 < len34; i43++) {
                  let data193 = data192[i43];
                  if (typeof data193 === "string") {
                    if (func2(data193) > 64) {
                      const err495 = { instancePath: instancePath + "/clientResponsibilities/" + i42 + "/tiers/" + i43, schemaPath: "#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                      if (vErrors === null) {
                        vErrors = [err495];
                      } else {
                        vErrors.push(err495);
                      }
                      errors++;
                    }
                    if (!pattern5.test(data193)) {
                      const err496 = { instancePath: instancePath + "/clientResponsibilities/" + i42 + "/tiers/" + i43, schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"' };
                      if (vErrors === null) {
                        vErrors = [err496];
                      } else {
                        vErrors.push(err496);
                      }
                      errors++;
                    }
                  } else {
                    const err497 = { instancePath: instancePath + "/clientResponsibilities/" + i42 + "/tiers/" + i43, schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err497];
                    } else {
                      vErrors.push(err497);
                    }
                    errors++;
                  }
                }
                let i44 = data192.length;
                let j9;
                if (i44 > 1) {
                  outer6:
                    for (; i44--; ) {
                      for (j9 = i44; j9--; ) {
                        if (func0(data192[i44], data192[j9])) {
                          const err498 = { instancePath: instancePath + "/clientResponsibilities/" + i42 + "/tiers", schemaPath: "#/properties/clientResponsibilities/items/properties/tiers/uniqueItems", keyword: "uniqueItems", params: { i: i44, j: j9 }, message: "must NOT have duplicate items (items ## " + j9 + " and " + i44 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err498];
                          } else {
                            vErrors.push(err498);
                          }
                          errors++;
                          break outer6;
                        }
                      }
                    }
                }
              } else {
                const err499 = { instancePath: instancePath + "/clientResponsibilities/" + i42 + "/tiers", schemaPath: "#/properties/clientResponsibilities/items/properties/tiers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err499];
                } else {
                  vErrors.push(err499);
                }
                errors++;
              }
            }
            if (data189.services !== void 0) {
              let data194 = data189.services;
              if (Array.isArray(data194)) {
                const len35 = data194.length;
                for (let i45 = 0; i45 < len35; i45++) {
                  let data195 = data194[i45];
                  if (typeof data195 === "string") {
                    if (func2(data195) > 64) {
                      const err500 = { instancePath: instancePath + "/clientResponsibilities/" + i42 + "/services/" + i45, schemaPath: "#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                      if (vErrors === null) {
                        vErrors = [err500];
                      } else {
                        vErrors.push(err500);
                      }
                      errors++;
                    }
                    if (!pattern5.test(data195)) {
                      const err501 = { instancePath: instancePath + "/clientResponsibilities/" + i42 + "/services/" + i45, schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"' };
                      if (vErrors === null) {
                        vErrors = [err501];
                      } else {
                        vErrors.push(err501);
                      }
                      errors++;
                    }
                  } else {
                    const err502 = { instancePath: instancePath + "/clientResponsibilities/" + i42 + "/services/" + i45, schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err502];
                    } else {
                      vErrors.push(err502);
                    }
                    errors++;
                  }
                }
                let i46 = data194.length;
                let j10;
                if (i46 > 1) {
                  outer7:
                    for (; i46--; ) {
                      for (j10 = i46; j10--; ) {
                        if (func0(data194[i46], data194[j10])) {
                          const err503 = { instancePath: instancePath + "/clientResponsibilities/" + i42 + "/services", schemaPath: "#/properties/clientResponsibilities/items/properties/services/uniqueItems", keyword: "uniqueItems", params: { i: i46, j: j10 }, message: "must NOT have duplicate items (items ## " + j10 + " and " + i46 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err503];
                          } else {
                            vErrors.push(err503);
                          }
                          errors++;
                          break outer7;
                        }
                      }
                    }
                }
              } else {
                const err504 = { instancePath: instancePath + "/clientResponsibilities/" + i42 + "/services", schemaPath: "#/properties/clientResponsibilities/items/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err504];
                } else {
                  vErrors.push(err504);
                }
                errors++;
              }
            }
          } else {
            const err505 = { instancePath: instancePath + "/clientResponsibilities/" + i42, schemaPath: "#/properties/clientResponsibilities/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err505];
            } else {
              vErrors.push(err505);
            }
            errors++;
          }
        }
      } else {
        const err506 = { instancePath: instancePath + "/clientResponsibilities", schemaPath: "#/properties/clientResponsibilities/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err506];
        } else {
          vErrors.push(err506);
        }
        errors++;
      }
    }
    if (data.excusedDelays !== void 0) {
      let data196 = data.excusedDelays;
      if (Array.isArray(data196)) {
        const len36 = data196.length;
        for (let i47 = 0; i47 < len36; i47++) {
          let data197 = data196[i47];
          if (typeof data197 === "string") {
            if (func2(data197) > 2e4) {
              const err507 = { instancePath: instancePath + "/excusedDelays/" + i47, schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
              if (vErrors === null) {
                vErrors = [err507];
              } else {
                vErrors.push(err507);
              }
              errors++;
            }
            if (func2(data197) < 1) {
              const err508 = { instancePath: instancePath + "/excusedDelays/" + i47, schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err508];
              } else {
                vErrors.push(err508);
              }
              errors++;
            }
          } else {
            const err509 = { instancePath: instancePath + "/excusedDelays/" + i47, schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err509];
            } else {
              vErrors.push(err509);
            }
            errors++;
          }
        }
      } else {
        const err510 = { instancePath: instancePath + "/excusedDelays", schemaPath: "#/properties/excusedDelays/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err510];
        } else {
          vErrors.push(err510);
        }
        errors++;
      }
    }
    if (data.monitoring !== void 0) {
      let data198 = data.monitoring;
      if (data198 && typeof data198 == "object" && !Array.isArray(data198)) {
        for (const key33 in data198) {
          if (!(key33 === "metrics" || key33 === "reviewFrequency" || key33 === "reports" || key33 === "proactiveOutreach" || pattern4.test(key33))) {
            const err511 = { instancePath: instancePath + "/monitoring", schemaPath: "#/properties/monitoring/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key33 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err511];
            } else {
              vErrors.push(err511);
            }
            errors++;
          }
        }
        if (data198.metrics !== void 0) {
          let data199 = data198.metrics;
          if (Array.isArray(data199)) {
            const len37 = data199.length;
            for (let i48 = 0; i48 < len37; i48++) {
              let data200 = data199[i48];
              if (data200 && typeof data200 == "object" && !Array.isArray(data200)) {
                if (data200.id === void 0) {
                  const err512 = { instancePath: instancePath + "/monitoring/metrics/" + i48, schemaPath: "#/properties/monitoring/properties/metrics/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
                  if (vErrors === null) {
                    vErrors = [err512];
                  } else {
                    vErrors.push(err512);
                  }
                  errors++;
                }
                if (data200.name === void 0) {
                  const err513 = { instancePath: instancePath + "/monitoring/metrics/" + i48, schemaPath: "#/properties/monitoring/properties/metrics/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                  if (vErrors === null) {
                    vErrors = [err513];
                  } else {
                    vErrors.push(err513);
                  }
                  errors++;
                }
                if (data200.category === void 0) {
                  const err514 = { instancePath: instancePath + "/monitoring/metrics/" + i48, schemaPath: "#/properties/monitoring/properties/metrics/items/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'" };
                  if (vErrors === null) {
                    vErrors = [err514];
                  } else {
                    vErrors.push(err514);
                  }
                  errors++;
                }
                for (const key34 in data200) {
                  if (!(key34 === "id" || key34 === "name" || key34 === "category" || key34 === "description" || key34 === "threshold" || pattern4.test(key34))) {
                    const err515 = { instancePath: instancePath + "/monitoring/metrics/" + i48, schemaPath: "#/properties/monitoring/properties/metrics/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key34 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err515];
                    } else {
                      vErrors.push(err515);
                    }
                    errors++;
                  }
                }
                if (data200.id !== void 0) {
                  let data201 = data200.id;
                  if (typeof data201 === "string") {
                    if (func2(data201) > 64) {
                      const err516 = { instancePath: instancePath + "/monitoring/metrics/" + i48 + "/id", schemaPath: "#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                      if (vErrors === null) {
                        vErrors = [err516];
                      } else {
                        vErrors.push(err516);
                      }
                      errors++;
                    }
                    if (!pattern5.test(data201)) {
                      const err517 = { instancePath: instancePath + "/monitoring/metrics/" + i48 + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"' };
                      if (vErrors === null) {
                        vErrors = [err517];
                      } else {
                        vErrors.push(err517);
                      }
                      errors++;
                    }
                  } else {
                    const err518 = { instancePath: instancePath + "/monitoring/metrics/" + i48 + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err518];
                    } else {
                      vErrors.push(err518);
                    }
                    errors++;
                  }
                }
                if (data200.name !== void 0) {
                  let data202 = data200.name;
                  if (typeof data202 === "string") {
                    if (func2(data202) > 300) {
                      const err519 = { instancePath: instancePath + "/monitoring/metrics/" + i48 + "/name", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
                      if (vErrors === null) {
                        vErrors = [err519];
                      } else {
                        vErrors.push(err519);
                      }
                      errors++;
                    }
                    if (func2(data202) < 1) {
                      const err520 = { instancePath: instancePath + "/monitoring/metrics/" + i48 + "/name", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err520];
                      } else {
                        vErrors.push(err520);
                      }
                      errors++;
                    }
                  } else {
                    const err521 = { instancePath: instancePath + "/monitoring/metrics/" + i48 + "/name", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err521];
                    } else {
                      vErrors.push(err521);
                    }
                    errors++;
                  }
                }
                if (data200.category !== void 0) {
                  let data203 = data200.category;
                  if (typeof data203 !== "string") {
                    const err522 = { instancePath: instancePath + "/monitoring/metrics/" + i48 + "/category", schemaPath: "#/properties/monitoring/properties/metrics/items/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err522];
                    } else {
                      vErrors.push(err522);
                    }
                    errors++;
                  }
                  if (!(data203 === "output-quality" || data203 === "drift" || data203 === "confidence" || data203 === "latency" || data203 === "cost" || data203 === "volume" || data203 === "error-rate" || data203 === "availability" || data203 === "other")) {
                    const err523 = { instancePath: instancePath + "/monitoring/metrics/" + i48 + "/category", schemaPath: "#/properties/monitoring/properties/metrics/items/properties/category/enum", keyword: "enum", params: { allowedValues: schema31.properties.monitoring.properties.metrics.items.properties.category.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err523];
                    } else {
                      vErrors.push(err523);
                    }
                    errors++;
                  }
                }
                if (data200.description !== void 0) {
                  let data204 = data200.description;
                  if (typeof data204 === "string") {
                    if (func2(data204) > 2e4) {
                      const err524 = { instancePath: instancePath + "/monitoring/metrics/" + i48 + "/description", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
                      if (vErrors === null) {
                        vErrors = [err524];
                      } else {
                        vErrors.push(err524);
                      }
                      errors++;
                    }
                    if (func2(data204) < 1) {
                      const err525 = { instancePath: instancePath + "/monitoring/metrics/" + i48 + "/description", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err525];
                      } else {
                        vErrors.push(err525);
                      }
                      errors++;
                    }
                  } else {
                    const err526 = { instancePath: instancePath + "/monitoring/metrics/" + i48 + "/description", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err526];
                    } else {
                      vErrors.push(err526);
                    }
                    errors++;
                  }
                }
                if (data200.threshold !== void 0) {
                  let data205 = data200.threshold;
                  if (typeof data205 === "string") {
                    if (func2(data205) > 2e4) {
                      const err527 = { instancePath: instancePath + "/monitoring/metrics/" + i48 + "/threshold", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
                      if (vErrors === null) {
                        vErrors = [err527];
                      } else {
                        vErrors.push(err527);
                      }
                      errors++;
                    }
                    if (func2(data205) < 1) {
                      const err528 = { instancePath: instancePath + "/monitoring/metrics/" + i48 + "/threshold", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err528];
                      } else {
                        vErrors.push(err528);
                      }
                      errors++;
                    }
                  } else {
                    const err529 = { instancePath: instancePath + "/monitoring/metrics/" + i48 + "/threshold", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err529];
                    } else {
                      vErrors.push(err529);
                    }
                    errors++;
                  }
                }
              } else {
                const err530 = { instancePath: instancePath + "/monitoring/metrics/" + i48, schemaPath: "#/properties/monitoring/properties/metrics/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err530];
                } else {
                  vErrors.push(err530);
                }
                errors++;
              }
            }
          } else {
            const err531 = { instancePath: instancePath + "/monitoring/metrics", schemaPath: "#/properties/monitoring/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err531];
            } else {
              vErrors.push(err531);
            }
            errors++;
          }
        }
        if (data198.reviewFrequency !== void 0) {
          let data206 = data198.reviewFrequency;
          if (typeof data206 !== "string") {
            const err532 = { instancePath: instancePath + "/monitoring/reviewFrequency", schemaPath: "#/$defs/frequency/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err532];
            } else {
              vErrors.push(err532);
            }
            errors++;
          }
          if (!(data206 === "daily" || data206 === "weekly" || data206 === "fortnightly" || data206 === "monthly" || data206 === "quarterly" || data206 === "semi-annually" || data206 === "annually")) {
            const err533 = { instancePath: instancePath + "/monitoring/reviewFrequency", schemaPath: "#/$defs/frequency/enum", keyword: "enum", params: { allowedValues: schema113.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err533];
            } else {
              vErrors.push(err533);
            }
            errors++;
          }
        }
        if (data198.reports !== void 0) {
          let data207 = data198.reports;
          if (Array.isArray(data207)) {
            const len38 = data207.length;
            for (let i49 = 0; i49 < len38; i49++) {
              let data208 = data207[i49];
              if (data208 && typeof data208 == "object" && !Array.isArray(data208)) {
                if (data208.name === void 0) {
                  const err534 = { instancePath: instancePath + "/monitoring/reports/" + i49, schemaPath: "#/properties/monitoring/properties/reports/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                  if (vErrors === null) {
                    vErrors = [err534];
                  } else {
                    vErrors.push(err534);
                  }
                  errors++;
                }
                if (data208.frequency === void 0) {
                  const err535 = { instancePath: instancePath + "/monitoring/reports/" + i49, schemaPath: "#/properties/monitoring/properties/reports/items/required", keyword: "required", params: { missingProperty: "frequency" }, message: "must have required property 'frequency'" };
                  if (vErrors === null) {
                    vErrors = [err535];
                  } else {
                    vErrors.push(err535);
                  }
                  errors++;
                }
                for (const key35 in data208) {
                  if (!(key35 === "name" || key35 === "frequency" || key35 === "deliveredWithin" || key35 === "contents" || pattern4.test(key35))) {
                    const err536 = { instancePath: instancePath + "/monitoring/reports/" + i49, schemaPath: "#/properties/monitoring/properties/reports/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key35 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err536];
                    } else {
                      vErrors.push(err536);
                    }
                    errors++;
                  }
                }
                if (data208.name !== void 0) {
                  let data209 = data208.name;
                  if (typeof data209 === "string") {
                    if (func2(data209) > 300) {
                      const err537 = { instancePath: instancePath + "/monitoring/reports/" + i49 + "/name", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
                      if (vErrors === null) {
                        vErrors = [err537];
                      } else {
                        vErrors.push(err537);
                      }
                      errors++;
                    }
                    if (func2(data209) < 1) {
                      const err538 = { instancePath: instancePath + "/monitoring/reports/" + i49 + "/name", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err538];
                      } else {
                        vErrors.push(err538);
                      }
                      errors++;
                    }
                  } else {
                    const err539 = { instancePath: instancePath + "/monitoring/reports/" + i49 + "/name", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err539];
                    } else {
                      vErrors.push(err539);
                    }
                    errors++;
                  }
                }
                if (data208.frequency !== void 0) {
                  let data210 = data208.frequency;
                  if (typeof data210 !== "string") {
                    const err540 = { instancePath: instancePath + "/monitoring/reports/" + i49 + "/frequency", schemaPath: "#/$defs/frequency/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err540];
                    } else {
                      vErrors.push(err540);
                    }
                    errors++;
                  }
                  if (!(data210 === "daily" || data210 === "weekly" || data210 === "fortnightly" || data210 === "monthly" || data210 === "quarterly" || data210 === "semi-annually" || data210 === "annually")) {
                    const err541 = { instancePath: instancePath + "/monitoring/reports/" + i49 + "/frequency", schemaPath: "#/$defs/frequency/enum", keyword: "enum", params: { allowedValues: schema113.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err541];
                    } else {
                      vErrors.push(err541);
                    }
                    errors++;
                  }
                }
                if (data208.deliveredWithin !== void 0) {
                  if (!validate33(data208.deliveredWithin, { instancePath: instancePath + "/monitoring/reports/" + i49 + "/deliveredWithin", parentData: data208, parentDataProperty: "deliveredWithin", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
                    errors = vErrors.length;
                  }
                }
                if (data208.contents !== void 0) {
                  let data212 = data208.contents;
                  if (Array.isArray(data212)) {
                    const len39 = data212.length;
                    for (let i50 = 0; i50 < len39; i50++) {
                      let data213 = data212[i50];
                      if (typeof data213 === "string") {
                        if (func2(data213) > 2e4) {
                          const err542 = { instancePath: instancePath + "/monitoring/reports/" + i49 + "/contents/" + i50, schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
                          if (vErrors === null) {
                            vErrors = [err542];
                          } else {
                            vErrors.push(err542);
                          }
                          errors++;
                        }
                        if (func2(data213) < 1) {
                          const err543 = { instancePath: instancePath + "/monitoring/reports/" + i49 + "/contents/" + i50, schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err543];
                          } else {
                            vErrors.push(err543);
                          }
                          errors++;
                        }
                      } else {
                        const err544 = { instancePath: instancePath + "/monitoring/reports/" + i49 + "/contents/" + i50, schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err544];
                        } else {
                          vErrors.push(err544);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err545 = { instancePath: instancePath + "/monitoring/reports/" + i49 + "/contents", schemaPath: "#/properties/monitoring/properties/reports/items/properties/contents/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err545];
                    } else {
                      vErrors.push(err545);
                    }
                    errors++;
                  }
                }
              } else {
                const err546 = { instancePath: instancePath + "/monitoring/reports/" + i49, schemaPath: "#/properties/monitoring/properties/reports/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err546];
                } else {
                  vErrors.push(err546);
                }
                errors++;
              }
            }
          } else {
            const err547 = { instancePath: instancePath + "/monitoring/reports", schemaPath: "#/properties/monitoring/properties/reports/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err547];
            } else {
              vErrors.push(err547);
            }
            errors++;
          }
        }
        if (data198.proactiveOutreach !== void 0) {
          let data214 = data198.proactiveOutreach;
          if (Array.isArray(data214)) {
            const len40 = data214.length;
            for (let i51 = 0; i51 < len40; i51++) {
              let data215 = data214[i51];
              if (data215 && typeof data215 == "object" && !Array.isArray(data215)) {
                if (data215.trigger === void 0) {
                  const err548 = { instancePath: instancePath + "/monitoring/proactiveOutreach/" + i51, schemaPath: "#/properties/monitoring/properties/proactiveOutreach/items/required", keyword: "required", params: { missingProperty: "trigger" }, message: "must have required property 'trigger'" };
                  if (vErrors === null) {
                    vErrors = [err548];
                  } else {
                    vErrors.push(err548);
                  }
                  errors++;
                }
                for (const key36 in data215) {
                  if (!(key36 === "trigger" || key36 === "metric" || key36 === "within" || pattern4.test(key36))) {
                    const err549 = { instancePath: instancePath + "/monitoring/proactiveOutreach/" + i51, schemaPath: "#/properties/monitoring/properties/proactiveOutreach/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key36 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err549];
                    } else {
                      vErrors.push(err549);
                    }
                    errors++;
                  }
                }
                if (data215.trigger !== void 0) {
                  let data216 = data215.trigger;
                  if (typeof data216 === "string") {
                    if (func2(data216) > 2e4) {
                      const err550 = { instancePath: instancePath + "/monitoring/proactiveOutreach/" + i51 + "/trigger", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
                      if (vErrors === null) {
                        vErrors = [err550];
                      } else {
                        vErrors.push(err550);
                      }
                      errors++;
                    }
                    if (func2(data216) < 1) {
                      const err551 = { instancePath: instancePath + "/monitoring/proactiveOutreach/" + i51 + "/trigger", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err551];
                      } else {
                        vErrors.push(err551);
                      }
                      errors++;
                    }
                  } else {
                    const err552 = { instancePath: instancePath + "/monitoring/proactiveOutreach/" + i51 + "/trigger", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err552];
                    } else {
                      vErrors.push(err552);
                    }
                    errors++;
                  }
                }
                if (data215.metric !== void 0) {
                  let data217 = data215.metric;
                  if (typeof data217 === "string") {
                    if (func2(data217) > 64) {
                      const err553 = { instancePath: instancePath + "/monitoring/proactiveOutreach/" + i51 + "/metric", schemaPath: "#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                      if (vErrors === null) {
                        vErrors = [err553];
                      } else {
                        vErrors.push(err553);
                      }
                      errors++;
                    }
                    if (!pattern5.test(data217)) {
                      const err554 = { instancePath: instancePath + "/monitoring/proactiveOutreach/" + i51 + "/metric", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"' };
                      if (vErrors === null) {
                        vErrors = [err554];
                      } else {
                        vErrors.push(err554);
                      }
                      errors++;
                    }
                  } else {
                    const err555 = { instancePath: instancePath + "/monitoring/proactiveOutreach/" + i51 + "/metric", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err555];
                    } else {
                      vErrors.push(err555);
                    }
                    errors++;
                  }
                }
                if (data215.within !== void 0) {
                  if (!validate33(data215.within, { instancePath: instancePath + "/monitoring/proactiveOutreach/" + i51 + "/within", parentData: data215, parentDataProperty: "within", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err556 = { instancePath: instancePath + "/monitoring/proactiveOutreach/" + i51, schemaPath: "#/properties/monitoring/properties/proactiveOutreach/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err556];
                } else {
                  vErrors.push(err556);
                }
                errors++;
              }
            }
          } else {
            const err557 = { instancePath: instancePath + "/monitoring/proactiveOutreach", schemaPath: "#/properties/monitoring/properties/proactiveOutreach/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err557];
            } else {
              vErrors.push(err557);
            }
            errors++;
          }
        }
      } else {
        const err558 = { instancePath: instancePath + "/monitoring", schemaPath: "#/properties/monitoring/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err558];
        } else {
          vErrors.push(err558);
        }
        errors++;
      }
    }
    if (data.maintenance !== void 0) {
      let data219 = data.maintenance;
      if (data219 && typeof data219 == "object" && !Array.isArray(data219)) {
        for (const key37 in data219) {
          if (!(key37 === "windows" || key37 === "notice" || key37 === "approval" || key37 === "testing" || key37 === "emergencyChanges" || pattern4.test(key37))) {
            const err559 = { instancePath: instancePath + "/maintenance", schemaPath: "#/properties/maintenance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key37 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err559];
            } else {
              vErrors.push(err559);
            }
            errors++;
          }
        }
        if (data219.windows !== void 0) {
          let data220 = data219.windows;
          if (Array.isArray(data220)) {
            const len41 = data220.length;
            for (let i52 = 0; i52 < len41; i52++) {
              let data221 = data220[i52];
              if (data221 && typeof data221 == "object" && !Array.isArray(data221)) {
                if (data221.days === void 0) {
                  const err560 = { instancePath: instancePath + "/maintenance/windows/" + i52, schemaPath: "#/properties/maintenance/properties/windows/items/required", keyword: "required", params: { missingProperty: "days" }, message: "must have required property 'days'" };
                  if (vErrors === null) {
                    vErrors = [err560];
                  } else {
                    vErrors.push(err560);
                  }
                  errors++;
                }
                if (data221.open === void 0) {
                  const err561 = { instancePath: instancePath + "/maintenance/windows/" + i52, schemaPath: "#/properties/maintenance/properties/windows/items/required", keyword: "required", params: { missingProperty: "open" }, message: "must have required property 'open'" };
                  if (vErrors === null) {
                    vErrors = [err561];
                  } else {
                    vErrors.push(err561);
                  }
                  errors++;
                }
                if (data221.timezone === void 0) {
                  const err562 = { instancePath: instancePath + "/maintenance/windows/" + i52, schemaPath: "#/properties/maintenance/properties/windows/items/required", keyword: "required", params: { missingProperty: "timezone" }, message: "must have required property 'timezone'" };
                  if (vErrors === null) {
                    vErrors = [err562];
                  } else {
                    vErrors.push(err562);
                  }
                  errors++;
                }
                for (const key38 in data221) {
                  if (!(key38 === "days" || key38 === "open" || key38 === "timezone" || pattern4.test(key38))) {
                    const err563 = { instancePath: instancePath + "/maintenance/windows/" + i52, schemaPath: "#/properties/maintenance/properties/windows/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key38 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err563];
                    } else {
                      vErrors.push(err563);
                    }
                    errors++;
                  }
                }
                if (data221.days !== void 0) {
                  let data222 = data221.days;
                  if (Array.isArray(data222)) {
                    if (data222.length < 1) {
                      const err564 = { instancePath: instancePath + "/maintenance/windows/" + i52 + "/days", schemaPath: "#/properties/maintenance/properties/windows/items/properties/days/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err564];
                      } else {
                        vErrors.push(err564);
                      }
                      errors++;
                    }
                    const len42 = data222.length;
                    for (let i53 = 0; i53 < len42; i53++) {
                      let data223 = data222[i53];
                      if (typeof data223 !== "string") {
                        const err565 = { instancePath: instancePath + "/maintenance/windows/" + i52 + "/days/" + i53, schemaPath: "#/$defs/weekday/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err565];
                        } else {
                          vErrors.push(err565);
                        }
                        errors++;
                      }
                      if (!(data223 === "mon" || data223 === "tue" || data223 === "wed" || data223 === "thu" || data223 === "fri" || data223 === "sat" || data223 === "sun")) {
                        const err566 = { instancePath: instancePath + "/maintenance/windows/" + i52 + "/days/" + i53, schemaPath: "#/$defs/weekday/enum", keyword: "enum", params: { allowedValues: schema86.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err566];
                        } else {
                          vErrors.push(err566);
                        }
                        errors++;
                      }
                    }
                    let i54 = data222.length;
                    let j11;
                    if (i54 > 1) {
                      outer8:
                        for (; i54--; ) {
                          for (j11 = i54; j11--; ) {
                            if (func0(data222[i54], data222[j11])) {
                              const err567 = { instancePath: instancePath + "/maintenance/windows/" + i52 + "/days", schemaPath: "#/properties/maintenance/properties/windows/items/properties/days/uniqueItems", keyword: "uniqueItems", params: { i: i54, j: j11 }, message: "must NOT have duplicate items (items ## " + j11 + " and " + i54 + " are identical)" };
                              if (vErrors === null) {
                                vErrors = [err567];
                              } else {
                                vErrors.push(err567);
                              }
                              errors++;
                              break outer8;
                            }
                          }
                        }
                    }
                  } else {
                    const err568 = { instancePath: instancePath + "/maintenance/windows/" + i52 + "/days", schemaPath: "#/properties/maintenance/properties/windows/items/properties/days/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err568];
                    } else {
                      vErrors.push(err568);
                    }
                    errors++;
                  }
                }
                if (data221.open !== void 0) {
                  let data224 = data221.open;
                  if (Array.isArray(data224)) {
                    if (data224.length < 1) {
                      const err569 = { instancePath: instancePath + "/maintenance/windows/" + i52 + "/open", schemaPath: "#/properties/maintenance/properties/windows/items/properties/open/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err569];
                      } else {
                        vErrors.push(err569);
                      }
                      errors++;
                    }
                    const len43 = data224.length;
                    for (let i55 = 0; i55 < len43; i55++) {
                      let data225 = data224[i55];
                      if (typeof data225 === "string") {
                        if (!pattern49.test(data225)) {
                          const err570 = { instancePath: instancePath + "/maintenance/windows/" + i52 + "/open/" + i55, schemaPath: "#/$defs/timeWindow/pattern", keyword: "pattern", params: { pattern: "^(?:[01]\\d|2[0-3]):[0-5]\\d-(?:(?:[01]\\d|2[0-3]):[0-5]\\d|24:00)$" }, message: 'must match pattern "^(?:[01]\\d|2[0-3]):[0-5]\\d-(?:(?:[01]\\d|2[0-3]):[0-5]\\d|24:00)$"' };
                          if (vErrors === null) {
                            vErrors = [err570];
                          } else {
                            vErrors.push(err570);
                          }
                          errors++;
                        }
                      } else {
                        const err571 = { instancePath: instancePath + "/maintenance/windows/" + i52 + "/open/" + i55, schemaPath: "#/$defs/timeWindow/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err571];
                        } else {
                          vErrors.push(err571);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err572 = { instancePath: instancePath + "/maintenance/windows/" + i52 + "/open", schemaPath: "#/properties/maintenance/properties/windows/items/properties/open/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err572];
                    } else {
                      vErrors.push(err572);
                    }
                    errors++;
                  }
                }
                if (data221.timezone !== void 0) {
                  let data226 = data221.timezone;
                  if (typeof data226 === "string") {
                    if (func2(data226) > 64) {
                      const err573 = { instancePath: instancePath + "/maintenance/windows/" + i52 + "/timezone", schemaPath: "#/$defs/timezone/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                      if (vErrors === null) {
                        vErrors = [err573];
                      } else {
                        vErrors.push(err573);
                      }
                      errors++;
                    }
                    if (func2(data226) < 1) {
                      const err574 = { instancePath: instancePath + "/maintenance/windows/" + i52 + "/timezone", schemaPath: "#/$defs/timezone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err574];
                      } else {
                        vErrors.push(err574);
                      }
                      errors++;
                    }
                  } else {
                    const err575 = { instancePath: instancePath + "/maintenance/windows/" + i52 + "/timezone", schemaPath: "#/$defs/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err575];
                    } else {
                      vErrors.push(err575);
                    }
                    errors++;
                  }
                }
              } else {
                const err576 = { instancePath: instancePath + "/maintenance/windows/" + i52, schemaPath: "#/properties/maintenance/properties/windows/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err576];
                } else {
                  vErrors.push(err576);
                }
                errors++;
              }
            }
          } else {
            const err577 = { instancePath: instancePath + "/maintenance/windows", schemaPath: "#/properties/maintenance/properties/windows/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err577];
            } else {
              vErrors.push(err577);
            }
            errors++;
          }
        }
        if (data219.notice !== void 0) {
          if (!validate33(data219.notice, { instancePath: instancePath + "/maintenance/notice", parentData: data219, parentDataProperty: "notice", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
            errors = vErrors.length;
          }
        }
        if (data219.approval !== void 0) {
          let data228 = data219.approval;
          if (data228 && typeof data228 == "object" && !Array.isArray(data228)) {
            if (data228.required === void 0) {
              const err578 = { instancePath: instancePath + "/maintenance/approval", schemaPath: "#/properties/maintenance/properties/approval/required", keyword: "required", params: { missingProperty: "required" }, message: "must have required property 'required'" };
              if (vErrors === null) {
                vErrors = [err578];
              } else {
                vErrors.push(err578);
              }
              errors++;
            }
            for (const key39 in data228) {
              if (!(key39 === "required" || key39 === "approver" || key39 === "description" || pattern4.test(key39))) {
                const err579 = { instancePath: instancePath + "/maintenance/approval", schemaPath: "#/properties/maintenance/properties/approval/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key39 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err579];
                } else {
                  vErrors.push(err579);
                }
                errors++;
              }
            }
            if (data228.required !== void 0) {
              if (typeof data228.required !== "boolean") {
                const err580 = { instancePath: instancePath + "/maintenance/approval/required", schemaPath: "#/properties/maintenance/properties/approval/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err580];
                } else {
                  vErrors.push(err580);
                }
                errors++;
              }
            }
            if (data228.approver !== void 0) {
              let data230 = data228.approver;
              if (typeof data230 === "string") {
                if (func2(data230) > 300) {
                  const err581 = { instancePath: instancePath + "/maintenance/approval/approver", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
                  if (vErrors === null) {
                    vErrors = [err581];
                  } else {
                    vErrors.push(err581);
                  }
                  errors++;
                }
                if (func2(data230) < 1) {
                  const err582 = { instancePath: instancePath + "/maintenance/approval/approver", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err582];
                  } else {
                    vErrors.push(err582);
                  }
                  errors++;
                }
              } else {
                const err583 = { instancePath: instancePath + "/maintenance/approval/approver", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err583];
                } else {
                  vErrors.push(err583);
                }
                errors++;
              }
            }
            if (data228.description !== void 0) {
              let data231 = data228.description;
              if (typeof data231 === "string") {
                if (func2(data231) > 2e4) {
                  const err584 = { instancePath: instancePath + "/maintenance/approval/description", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
                  if (vErrors === null) {
                    vErrors = [err584];
                  } else {
                    vErrors.push(err584);
                  }
                  errors++;
                }
                if (func2(data231) < 1) {
                  const err585 = { instancePath: instancePath + "/maintenance/approval/description", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err585];
                  } else {
                    vErrors.push(err585);
                  }
                  errors++;
                }
              } else {
                const err586 = { instancePath: instancePath + "/maintenance/approval/description", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err586];
                } else {
                  vErrors.push(err586);
                }
                errors++;
              }
            }
          } else {
            const err587 = { instancePath: instancePath + "/maintenance/approval", schemaPath: "#/properties/maintenance/properties/approval/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err587];
            } else {
              vErrors.push(err587);
            }
            errors++;
          }
        }
        if (data219.testing !== void 0) {
          let data232 = data219.testing;
          if (data232 && typeof data232 == "object" && !Array.isArray(data232)) {
            if (data232.required === void 0) {
              const err588 = { instancePath: instancePath + "/maintenance/testing", schemaPath: "#/properties/maintenance/properties/testing/required", keyword: "required", params: { missingProperty: "required" }, message: "must have required property 'required'" };
              if (vErrors === null) {
                vErrors = [err588];
              } else {
                vErrors.push(err588);
              }
              errors++;
            }
            for (const key40 in data232) {
              if (!(key40 === "required" || key40 === "description" || key40 === "evaluationSet" || pattern4.test(key40))) {
                const err589 = { instancePath: instancePath + "/maintenance/testing", schemaPath: "#/properties/maintenance/properties/testing/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key40 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err589];
                } else {
                  vErrors.push(err589);
                }
                errors++;
              }
            }
            if (data232.required !== void 0) {
              if (typeof data232.required !== "boolean") {
                const err590 = { instancePath: instancePath + "/maintenance/testing/required", schemaPath: "#/properties/maintenance/properties/testing/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err590];
                } else {
                  vErrors.push(err590);
                }
                errors++;
              }
            }
            if (data232.description !== void 0) {
              let data234 = data232.description;
              if (typeof data234 === "string") {
                if (func2(data234) > 2e4) {
                  const err591 = { instancePath: instancePath + "/maintenance/testing/description", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
                  if (vErrors === null) {
                    vErrors = [err591];
                  } else {
                    vErrors.push(err591);
                  }
                  errors++;
                }
                if (func2(data234) < 1) {
                  const err592 = { instancePath: instancePath + "/maintenance/testing/description", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err592];
                  } else {
                    vErrors.push(err592);
                  }
                  errors++;
                }
              } else {
                const err593 = { instancePath: instancePath + "/maintenance/testing/description", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err593];
                } else {
                  vErrors.push(err593);
                }
                errors++;
              }
            }
            if (data232.evaluationSet !== void 0) {
              let data235 = data232.evaluationSet;
              if (data235 && typeof data235 == "object" && !Array.isArray(data235)) {
                if (data235.name === void 0) {
                  const err594 = { instancePath: instancePath + "/maintenance/testing/evaluationSet", schemaPath: "#/properties/maintenance/properties/testing/properties/evaluationSet/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                  if (vErrors === null) {
                    vErrors = [err594];
                  } else {
                    vErrors.push(err594);
                  }
                  errors++;
                }
                if (data235.passCriterion === void 0) {
                  const err595 = { instancePath: instancePath + "/maintenance/testing/evaluationSet", schemaPath: "#/properties/maintenance/properties/testing/properties/evaluationSet/required", keyword: "required", params: { missingProperty: "passCriterion" }, message: "must have required property 'passCriterion'" };
                  if (vErrors === null) {
                    vErrors = [err595];
                  } else {
                    vErrors.push(err595);
                  }
                  errors++;
                }
                for (const key41 in data235) {
                  if (!(key41 === "name" || key41 === "size" || key41 === "passCriterion" || pattern4.test(key41))) {
                    const err596 = { instancePath: instancePath + "/maintenance/testing/evaluationSet", schemaPath: "#/properties/maintenance/properties/testing/properties/evaluationSet/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key41 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err596];
                    } else {
                      vErrors.push(err596);
                    }
                    errors++;
                  }
                }
                if (data235.name !== void 0) {
                  let data236 = data235.name;
                  if (typeof data236 === "string") {
                    if (func2(data236) > 300) {
                      const err597 = { instancePath: instancePath + "/maintenance/testing/evaluationSet/name", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
                      if (vErrors === null) {
                        vErrors = [err597];
                      } else {
                        vErrors.push(err597);
                      }
                      errors++;
                    }
                    if (func2(data236) < 1) {
                      const err598 = { instancePath: instancePath + "/maintenance/testing/evaluationSet/name", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err598];
                      } else {
                        vErrors.push(err598);
                      }
                      errors++;
                    }
                  } else {
                    const err599 = { instancePath: instancePath + "/maintenance/testing/evaluationSet/name", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err599];
                    } else {
                      vErrors.push(err599);
                    }
                    errors++;
                  }
                }
                if (data235.size !== void 0) {
                  let data237 = data235.size;
                  if (!(typeof data237 == "number" && (!(data237 % 1) && !isNaN(data237)) && isFinite(data237))) {
                    const err600 = { instancePath: instancePath + "/maintenance/testing/evaluationSet/size", schemaPath: "#/properties/maintenance/properties/testing/properties/evaluationSet/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err600];
                    } else {
                      vErrors.push(err600);
                    }
                    errors++;
                  }
                  if (typeof data237 == "number" && isFinite(data237)) {
                    if (data237 < 1 || isNaN(data237)) {
                      const err601 = { instancePath: instancePath + "/maintenance/testing/evaluationSet/size", schemaPath: "#/properties/maintenance/properties/testing/properties/evaluationSet/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err601];
                      } else {
                        vErrors.push(err601);
                      }
                      errors++;
                    }
                  }
                }
                if (data235.passCriterion !== void 0) {
                  let data238 = data235.passCriterion;
                  if (typeof data238 === "string") {
                    if (func2(data238) > 2e4) {
                      const err602 = { instancePath: instancePath + "/maintenance/testing/evaluationSet/passCriterion", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
                      if (vErrors === null) {
                        vErrors = [err602];
                      } else {
                        vErrors.push(err602);
                      }
                      errors++;
                    }
                    if (func2(data238) < 1) {
                      const err603 = { instancePath: instancePath + "/maintenance/testing/evaluationSet/passCriterion", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err603];
                      } else {
                        vErrors.push(err603);
                      }
                      errors++;
                    }
                  } else {
                    const err604 = { instancePath: instancePath + "/maintenance/testing/evaluationSet/passCriterion", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err604];
                    } else {
                      vErrors.push(err604);
                    }
                    errors++;
                  }
                }
              } else {
                const err605 = { instancePath: instancePath + "/maintenance/testing/evaluationSet", schemaPath: "#/properties/maintenance/properties/testing/properties/evaluationSet/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err605];
                } else {
                  vErrors.push(err605);
                }
                errors++;
              }
            }
          } else {
            const err606 = { instancePath: instancePath + "/maintenance/testing", schemaPath: "#/properties/maintenance/properties/testing/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err606];
            } else {
              vErrors.push(err606);
            }
            errors++;
          }
        }
        if (data219.emergencyChanges !== void 0) {
          let data239 = data219.emergencyChanges;
          if (data239 && typeof data239 == "object" && !Array.isArray(data239)) {
            if (data239.description === void 0) {
              const err607 = { instancePath: instancePath + "/maintenance/emergencyChanges", schemaPath: "#/properties/maintenance/properties/emergencyChanges/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'" };
              if (vErrors === null) {
                vErrors = [err607];
              } else {
                vErrors.push(err607);
              }
              errors++;
            }
            for (const key42 in data239) {
              if (!(key42 === "description" || key42 === "notifyWithin" || pattern4.test(key42))) {
                const err608 = { instancePath: instancePath + "/maintenance/emergencyChanges", schemaPath: "#/properties/maintenance/properties/emergencyChanges/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key42 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err608];
                } else {
                  vErrors.push(err608);
                }
                errors++;
              }
            }
            if (data239.description !== void 0) {
              let data240 = data239.description;
              if (typeof data240 === "string") {
                if (func2(data240) > 2e4) {
                  const err609 = { instancePath: instancePath + "/maintenance/emergencyChanges/description", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
                  if (vErrors === null) {
                    vErrors = [err609];
                  } else {
                    vErrors.push(err609);
                  }
                  errors++;
                }
                if (func2(data240) < 1) {
                  const err610 = { instancePath: instancePath + "/maintenance/emergencyChanges/description", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err610];
                  } else {
                    vErrors.push(err610);
                  }
                  errors++;
                }
              } else {
                const err611 = { instancePath: instancePath + "/maintenance/emergencyChanges/description", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err611];
                } else {
                  vErrors.push(err611);
                }
                errors++;
              }
            }
            if (data239.notifyWithin !== void 0) {
              if (!validate33(data239.notifyWithin, { instancePath: instancePath + "/maintenance/emergencyChanges/notifyWithin", parentData: data239, parentDataProperty: "notifyWithin", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err612 = { instancePath: instancePath + "/maintenance/emergencyChanges", schemaPath: "#/properties/maintenance/properties/emergencyChanges/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err612];
            } else {
              vErrors.push(err612);
            }
            errors++;
          }
        }
      } else {
        const err613 = { instancePath: instancePath + "/maintenance", schemaPath: "#/properties/maintenance/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err613];
        } else {
          vErrors.push(err613);
        }
        errors++;
      }
    }
    if (data.availability !== void 0) {
      let data242 = data.availability;
      if (data242 && typeof data242 == "object" && !Array.isArray(data242)) {
        if (data242.target === void 0) {
          const err614 = { instancePath: instancePath + "/availability", schemaPath: "#/properties/availability/required", keyword: "required", params: { missingProperty: "target" }, message: "must have required property 'target'" };
          if (vErrors === null) {
            vErrors = [err614];
          } else {
            vErrors.push(err614);
          }
          errors++;
        }
        if (data242.measurementWindow === void 0) {
          const err615 = { instancePath: instancePath + "/availability", schemaPath: "#/properties/availability/required", keyword: "required", params: { missingProperty: "measurementWindow" }, message: "must have required property 'measurementWindow'" };
          if (vErrors === null) {
            vErrors = [err615];
          } else {
            vErrors.push(err615);
          }
          errors++;
        }
        for (const key43 in data242) {
          if (!(func1.call(schema31.properties.availability.properties, key43) || pattern4.test(key43))) {
            const err616 = { instancePath: instancePath + "/availability", schemaPath: "#/properties/availability/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key43 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err616];
            } else {
              vErrors.push(err616);
            }
            errors++;
          }
        }
        if (data242.target !== void 0) {
          let data243 = data242.target;
          const _errs623 = errors;
          let valid244 = true;
          const _errs624 = errors;
          if (typeof data243 !== "string") {
            const err617 = {};
            if (vErrors === null) {
              vErrors = [err617];
            } else {
              vErrors.push(err617);
            }
            errors++;
          }
          var _valid4 = _errs624 === errors;
          errors = _errs623;
          if (vErrors !== null) {
            if (_errs623) {
              vErrors.length = _errs623;
            } else {
              vErrors = null;
            }
          }
          let ifClause2;
          if (_valid4) {
            const _errs626 = errors;
            if ("unstated" !== data243) {
              const err618 = { instancePath: instancePath + "/availability/target", schemaPath: "#/properties/availability/properties/target/then/const", keyword: "const", params: { allowedValue: "unstated" }, message: "must be equal to constant" };
              if (vErrors === null) {
                vErrors = [err618];
              } else {
                vErrors.push(err618);
              }
              errors++;
            }
            var _valid4 = _errs626 === errors;
            valid244 = _valid4;
            ifClause2 = "then";
          } else {
            const _errs627 = errors;
            if (typeof data243 == "number" && isFinite(data243)) {
              if (data243 > 100 || isNaN(data243)) {
                const err619 = { instancePath: instancePath + "/availability/target", schemaPath: "#/properties/availability/properties/target/else/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
                if (vErrors === null) {
                  vErrors = [err619];
                } else {
                  vErrors.push(err619);
                }
                errors++;
              }
              if (data243 < 50 || isNaN(data243)) {
                const err620 = { instancePath: instancePath + "/availability/target", schemaPath: "#/properties/availability/properties/target/else/minimum", keyword: "minimum", params: { comparison: ">=", limit: 50 }, message: "must be >= 50" };
                if (vErrors === null) {
                  vErrors = [err620];
                } else {
                  vErrors.push(err620);
                }
                errors++;
              }
            } else {
              const err621 = { instancePath: instancePath + "/availability/target", schemaPath: "#/properties/availability/properties/target/else/type", keyword: "type", params: { type: "number" }, message: "must be number" };
              if (vErrors === null) {
                vErrors = [err621];
              } else {
                vErrors.push(err621);
              }
              errors++;
            }
            var _valid4 = _errs627 === errors;
            valid244 = _valid4;
            ifClause2 = "else";
          }
          if (!valid244) {
            const err622 = { instancePath: instancePath + "/availability/target", schemaPath: "#/properties/availability/properties/target/if", keyword: "if", params: { failingKeyword: ifClause2 }, message: 'must match "' + ifClause2 + '" schema' };
            if (vErrors === null) {
              vErrors = [err622];
            } else {
              vErrors.push(err622);
            }
            errors++;
          }
        }
        if (data242.firmness !== void 0) {
          let data244 = data242.firmness;
          if (typeof data244 !== "string") {
            const err623 = { instancePath: instancePath + "/availability/firmness", schemaPath: "#/$defs/firmness/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err623];
            } else {
              vErrors.push(err623);
            }
            errors++;
          }
          if (!(data244 === "commitment" || data244 === "objective" || data244 === "commercially-reasonable-efforts" || data244 === "best-effort")) {
            const err624 = { instancePath: instancePath + "/availability/firmness", schemaPath: "#/$defs/firmness/enum", keyword: "enum", params: { allowedValues: schema68.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err624];
            } else {
              vErrors.push(err624);
            }
            errors++;
          }
        }
        if (data242.services !== void 0) {
          let data245 = data242.services;
          if (Array.isArray(data245)) {
            const len44 = data245.length;
            for (let i56 = 0; i56 < len44; i56++) {
              let data246 = data245[i56];
              if (typeof data246 === "string") {
                if (func2(data246) > 64) {
                  const err625 = { instancePath: instancePath + "/availability/services/" + i56, schemaPath: "#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                  if (vErrors === null) {
                    vErrors = [err625];
                  } else {
                    vErrors.push(err625);
                  }
                  errors++;
                }
                if (!pattern5.test(data246)) {
                  const err626 = { instancePath: instancePath + "/availability/services/" + i56, schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"' };
                  if (vErrors === null) {
                    vErrors = [err626];
                  } else {
                    vErrors.push(err626);
                  }
                  errors++;
                }
              } else {
                const err627 = { instancePath: instancePath + "/availability/services/" + i56, schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err627];
                } else {
                  vErrors.push(err627);
                }
                errors++;
              }
            }
            let i57 = data245.length;
            let j12;
            if (i57 > 1) {
              outer9:
                for (; i57--; ) {
                  for (j12 = i57; j12--; ) {
                    if (func0(data245[i57], data245[j12])) {
                      const err628 = { instancePath: instancePath + "/availability/services", schemaPath: "#/properties/availability/properties/services/uniqueItems", keyword: "uniqueItems", params: { i: i57, j: j12 }, message: "must NOT have duplicate items (items ## " + j12 + " and " + i57 + " are identical)" };
                      if (vErrors === null) {
                        vErrors = [err628];
                      } else {
                        vErrors.push(err628);
                      }
                      errors++;
                      break outer9;
                    }
                  }
                }
            }
          } else {
            const err629 = { instancePath: instancePath + "/availability/services", schemaPath: "#/properties/availability/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err629];
            } else {
              vErrors.push(err629);
            }
            errors++;
          }
        }
        if (data242.scope !== void 0) {
          let data247 = data242.scope;
          if (typeof data247 === "string") {
            if (func2(data247) > 2e4) {
              const err630 = { instancePath: instancePath + "/availability/scope", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
              if (vErrors === null) {
                vErrors = [err630];
              } else {
                vErrors.push(err630);
              }
              errors++;
            }
            if (func2(data247) < 1) {
              const err631 = { instancePath: instancePath + "/availability/scope", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err631];
              } else {
                vErrors.push(err631);
              }
              errors++;
            }
          } else {
            const err632 = { instancePath: instancePath + "/availability/scope", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err632];
            } else {
              vErrors.push(err632);
            }
            errors++;
          }
        }
        if (data242.measurementWindow !== void 0) {
          let data248 = data242.measurementWindow;
          if (typeof data248 !== "string") {
            const err633 = { instancePath: instancePath + "/availability/measurementWindow", schemaPath: "#/properties/availability/properties/measurementWindow/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err633];
            } else {
              vErrors.push(err633);
            }
            errors++;
          }
          if (!(data248 === "month" || data248 === "quarter" || data248 === "year" || data248 === "unstated")) {
            const err634 = { instancePath: instancePath + "/availability/measurementWindow", schemaPath: "#/properties/availability/properties/measurementWindow/enum", keyword: "enum", params: { allowedValues: schema31.properties.availability.properties.measurementWindow.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err634];
            } else {
              vErrors.push(err634);
            }
            errors++;
          }
        }
        if (data242.monthConvention !== void 0) {
          let data249 = data242.monthConvention;
          if (typeof data249 !== "string") {
            const err635 = { instancePath: instancePath + "/availability/monthConvention", schemaPath: "#/properties/availability/properties/monthConvention/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err635];
            } else {
              vErrors.push(err635);
            }
            errors++;
          }
          if (!(data249 === "30d" || data249 === "calendar" || data249 === "730h")) {
            const err636 = { instancePath: instancePath + "/availability/monthConvention", schemaPath: "#/properties/availability/properties/monthConvention/enum", keyword: "enum", params: { allowedValues: schema31.properties.availability.properties.monthConvention.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err636];
            } else {
              vErrors.push(err636);
            }
            errors++;
          }
        }
        if (data242.measurement !== void 0) {
          let data250 = data242.measurement;
          if (typeof data250 === "string") {
            if (func2(data250) > 2e4) {
              const err637 = { instancePath: instancePath + "/availability/measurement", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
              if (vErrors === null) {
                vErrors = [err637];
              } else {
                vErrors.push(err637);
              }
              errors++;
            }
            if (func2(data250) < 1) {
              const err638 = { instancePath: instancePath + "/availability/measurement", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err638];
              } else {
                vErrors.push(err638);
              }
              errors++;
            }
          } else {
            const err639 = { instancePath: instancePath + "/availability/measurement", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err639];
            } else {
              vErrors.push(err639);
            }
            errors++;
          }
        }
        if (data242.exclusions !== void 0) {
          let data251 = data242.exclusions;
          if (Array.isArray(data251)) {
            const len45 = data251.length;
            for (let i58 = 0; i58 < len45; i58++) {
              let data252 = data251[i58];
              if (typeof data252 === "string") {
                if (func2(data252) > 2e4) {
                  const err640 = { instancePath: instancePath + "/availability/exclusions/" + i58, schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
                  if (vErrors === null) {
                    vErrors = [err640];
                  } else {
                    vErrors.push(err640);
                  }
                  errors++;
                }
                if (func2(data252) < 1) {
                  const err641 = { instancePath: instancePath + "/availability/exclusions/" + i58, schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err641];
                  } else {
                    vErrors.push(err641);
                  }
                  errors++;
                }
              } else {
                const err642 = { instancePath: instancePath + "/availability/exclusions/" + i58, schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err642];
                } else {
                  vErrors.push(err642);
                }
                errors++;
              }
            }
          } else {
            const err643 = { instancePath: instancePath + "/availability/exclusions", schemaPath: "#/properties/availability/properties/exclusions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err643];
            } else {
              vErrors.push(err643);
            }
            errors++;
          }
        }
        if (data242.serviceCredits !== void 0) {
          let data253 = data242.serviceCredits;
          if (Array.isArray(data253)) {
            const len46 = data253.length;
            for (let i59 = 0; i59 < len46; i59++) {
              let data254 = data253[i59];
              if (data254 && typeof data254 == "object" && !Array.isArray(data254)) {
                if (data254.below === void 0) {
                  const err644 = { instancePath: instancePath + "/availability/serviceCredits/" + i59, schemaPath: "#/properties/availability/properties/serviceCredits/items/required", keyword: "required", params: { missingProperty: "below" }, message: "must have required property 'below'" };
                  if (vErrors === null) {
                    vErrors = [err644];
                  } else {
                    vErrors.push(err644);
                  }
                  errors++;
                }
                if (data254.creditPercent === void 0) {
                  const err645 = { instancePath: instancePath + "/availability/serviceCredits/" + i59, schemaPath: "#/properties/availability/properties/serviceCredits/items/required", keyword: "required", params: { missingProperty: "creditPercent" }, message: "must have required property 'creditPercent'" };
                  if (vErrors === null) {
                    vErrors = [err645];
                  } else {
                    vErrors.push(err645);
                  }
                  errors++;
                }
                for (const key44 in data254) {
                  if (!(key44 === "below" || key44 === "atLeast" || key44 === "creditPercent" || pattern4.test(key44))) {
                    const err646 = { instancePath: instancePath + "/availability/serviceCredits/" + i59, schemaPath: "#/properties/availability/properties/serviceCredits/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key44 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err646];
                    } else {
                      vErrors.push(err646);
                    }
                    errors++;
                  }
                }
                if (data254.below !== void 0) {
                  let data255 = data254.below;
                  if (typeof data255 == "number" && isFinite(data255)) {
                    if (data255 > 100 || isNaN(data255)) {
                      const err647 = { instancePath: instancePath + "/availability/serviceCredits/" + i59 + "/below", schemaPath: "#/properties/availability/properties/serviceCredits/items/properties/below/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
                      if (vErrors === null) {
                        vErrors = [err647];
                      } else {
                        vErrors.push(err647);
                      }
                      errors++;
                    }
                    if (data255 < 0 || isNaN(data255)) {
                      const err648 = { instancePath: instancePath + "/availability/serviceCredits/" + i59 + "/below", schemaPath: "#/properties/availability/properties/serviceCredits/items/properties/below/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err648];
                      } else {
                        vErrors.push(err648);
                      }
                      errors++;
                    }
                  } else {
                    const err649 = { instancePath: instancePath + "/availability/serviceCredits/" + i59 + "/below", schemaPath: "#/properties/availability/properties/serviceCredits/items/properties/below/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err649];
                    } else {
                      vErrors.push(err649);
                    }
                    errors++;
                  }
                }
                if (data254.atLeast !== void 0) {
                  let data256 = data254.atLeast;
                  if (typeof data256 == "number" && isFinite(data256)) {
                    if (data256 > 100 || isNaN(data256)) {
                      const err650 = { instancePath: instancePath + "/availability/serviceCredits/" + i59 + "/atLeast", schemaPath: "#/properties/availability/properties/serviceCredits/items/properties/atLeast/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
                      if (vErrors === null) {
                        vErrors = [err650];
                      } else {
                        vErrors.push(err650);
                      }
                      errors++;
                    }
                    if (data256 < 0 || isNaN(data256)) {
                      const err651 = { instancePath: instancePath + "/availability/serviceCredits/" + i59 + "/atLeast", schemaPath: "#/properties/availability/properties/serviceCredits/items/properties/atLeast/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err651];
                      } else {
                        vErrors.push(err651);
                      }
                      errors++;
                    }
                  } else {
                    const err652 = { instancePath: instancePath + "/availability/serviceCredits/" + i59 + "/atLeast", schemaPath: "#/properties/availability/properties/serviceCredits/items/properties/atLeast/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err652];
                    } else {
                      vErrors.push(err652);
                    }
                    errors++;
                  }
                }
                if (data254.creditPercent !== void 0) {
                  let data257 = data254.creditPercent;
                  if (typeof data257 == "number" && isFinite(data257)) {
                    if (data257 > 100 || isNaN(data257)) {
                      const err653 = { instancePath: instancePath + "/availability/serviceCredits/" + i59 + "/creditPercent", schemaPath: "#/properties/availability/properties/serviceCredits/items/properties/creditPercent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
                      if (vErrors === null) {
                        vErrors = [err653];
                      } else {
                        vErrors.push(err653);
                      }
                      errors++;
                    }
                    if (data257 < 0 || isNaN(data257)) {
                      const err654 = { instancePath: instancePath + "/availability/serviceCredits/" + i59 + "/creditPercent", schemaPath: "#/properties/availability/properties/serviceCredits/items/properties/creditPercent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err654];
                      } else {
                        vErrors.push(err654);
                      }
                      errors++;
                    }
                  } else {
                    const err655 = { instancePath: instancePath + "/availability/serviceCredits/" + i59 + "/creditPercent", schemaPath: "#/properties/availability/properties/serviceCredits/items/properties/creditPercent/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err655];
                    } else {
                      vErrors.push(err655);
                    }
                    errors++;
                  }
                }
              } else {
                const err656 = { instancePath: instancePath + "/availability/serviceCredits/" + i59, schemaPath: "#/properties/availability/properties/serviceCredits/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err656];
                } else {
                  vErrors.push(err656);
                }
                errors++;
              }
            }
          } else {
            const err657 = { instancePath: instancePath + "/availability/serviceCredits", schemaPath: "#/properties/availability/properties/serviceCredits/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err657];
            } else {
              vErrors.push(err657);
            }
            errors++;
          }
        }
        if (data242.creditTerms !== void 0) {
          let data258 = data242.creditTerms;
          if (data258 && typeof data258 == "object" && !Array.isArray(data258)) {
            for (const key45 in data258) {
              if (!(func1.call(schema31.properties.availability.properties.creditTerms.properties, key45) || pattern4.test(key45))) {
                const err658 = { instancePath: instancePath + "/availability/creditTerms", schemaPath: "#/properties/availability/properties/creditTerms/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key45 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err658];
                } else {
                  vErrors.push(err658);
                }
                errors++;
              }
            }
            if (data258.basis !== void 0) {
              let data259 = data258.basis;
              if (typeof data259 === "string") {
                if (func2(data259) > 2e4) {
                  const err659 = { instancePath: instancePath + "/availability/creditTerms/basis", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
                  if (vErrors === null) {
                    vErrors = [err659];
                  } else {
                    vErrors.push(err659);
                  }
                  errors++;
                }
                if (func2(data259) < 1) {
                  const err660 = { instancePath: instancePath + "/availability/creditTerms/basis", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err660];
                  } else {
                    vErrors.push(err660);
                  }
                  errors++;
                }
              } else {
                const err661 = { instancePath: instancePath + "/availability/creditTerms/basis", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err661];
                } else {
                  vErrors.push(err661);
                }
                errors++;
              }
            }
            if (data258.cumulative !== void 0) {
              if (typeof data258.cumulative !== "boolean") {
                const err662 = { instancePath: instancePath + "/availability/creditTerms/cumulative", schemaPath: "#/properties/availability/properties/creditTerms/properties/cumulative/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err662];
                } else {
                  vErrors.push(err662);
                }
                errors++;
              }
            }
            if (data258.capPercent !== void 0) {
              let data261 = data258.capPercent;
              if (typeof data261 == "number" && isFinite(data261)) {
                if (data261 > 100 || isNaN(data261)) {
                  const err663 = { instancePath: instancePath + "/availability/creditTerms/capPercent", schemaPath: "#/properties/availability/properties/creditTerms/properties/capPercent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
                  if (vErrors === null) {
                    vErrors = [err663];
                  } else {
                    vErrors.push(err663);
                  }
                  errors++;
                }
                if (data261 < 0 || isNaN(data261)) {
                  const err664 = { instancePath: instancePath + "/availability/creditTerms/capPercent", schemaPath: "#/properties/availability/properties/creditTerms/properties/capPercent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err664];
                  } else {
                    vErrors.push(err664);
                  }
                  errors++;
                }
              } else {
                const err665 = { instancePath: instancePath + "/availability/creditTerms/capPercent", schemaPath: "#/properties/availability/properties/creditTerms/properties/capPercent/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err665];
                } else {
                  vErrors.push(err665);
                }
                errors++;
              }
            }
            if (data258.capPer !== void 0) {
              let data262 = data258.capPer;
              if (typeof data262 !== "string") {
                const err666 = { instancePath: instancePath + "/availability/creditTerms/capPer", schemaPath: "#/properties/availability/properties/creditTerms/properties/capPer/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err666];
                } else {
                  vErrors.push(err666);
                }
                errors++;
              }
              if (!(data262 === "month" || data262 === "quarter" || data262 === "year")) {
                const err667 = { instancePath: instancePath + "/availability/creditTerms/capPer", schemaPath: "#/properties/availability/properties/creditTerms/properties/capPer/enum", keyword: "enum", params: { allowedValues: schema31.properties.availability.properties.creditTerms.properties.capPer.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err667];
                } else {
                  vErrors.push(err667);
                }
                errors++;
              }
            }
            if (data258.claimWithinDays !== void 0) {
              let data263 = data258.claimWithinDays;
              if (!(typeof data263 == "number" && (!(data263 % 1) && !isNaN(data263)) && isFinite(data263))) {
                const err668 = { instancePath: instancePath + "/availability/creditTerms/claimWithinDays", schemaPath: "#/properties/availability/properties/creditTerms/properties/claimWithinDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err668];
                } else {
                  vErrors.push(err668);
                }
                errors++;
              }
              if (typeof data263 == "number" && isFinite(data263)) {
                if (data263 > 365 || isNaN(data263)) {
                  const err669 = { instancePath: instancePath + "/availability/creditTerms/claimWithinDays", schemaPath: "#/properties/availability/properties/creditTerms/properties/claimWithinDays/maximum", keyword: "maximum", params: { comparison: "<=", limit: 365 }, message: "must be <= 365" };
                  if (vErrors === null) {
                    vErrors = [err669];
                  } else {
                    vErrors.push(err669);
                  }
                  errors++;
                }
                if (data263 < 0 || isNaN(data263)) {
                  const err670 = { instancePath: instancePath + "/availability/creditTerms/claimWithinDays", schemaPath: "#/properties/availability/properties/creditTerms/properties/claimWithinDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err670];
                  } else {
                    vErrors.push(err670);
                  }
                  errors++;
                }
              }
            }
            if (data258.claimWithinHours !== void 0) {
              let data264 = data258.claimWithinHours;
              if (!(typeof data264 == "number" && (!(data264 % 1) && !isNaN(data264)) && isFinite(data264))) {
                const err671 = { instancePath: instancePath + "/availability/creditTerms/claimWithinHours", schemaPath: "#/properties/availability/properties/creditTerms/properties/claimWithinHours/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err671];
                } else {
                  vErrors.push(err671);
                }
                errors++;
              }
              if (typeof data264 == "number" && isFinite(data264)) {
                if (data264 > 8760 || isNaN(data264)) {
                  const err672 = { instancePath: instancePath + "/availability/creditTerms/claimWithinHours", schemaPath: "#/properties/availability/properties/creditTerms/properties/claimWithinHours/maximum", keyword: "maximum", params: { comparison: "<=", limit: 8760 }, message: "must be <= 8760" };
                  if (vErrors === null) {
                    vErrors = [err672];
                  } else {
                    vErrors.push(err672);
                  }
                  errors++;
                }
                if (data264 < 0 || isNaN(data264)) {
                  const err673 = { instancePath: instancePath + "/availability/creditTerms/claimWithinHours", schemaPath: "#/properties/availability/properties/creditTerms/properties/claimWithinHours/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err673];
                  } else {
                    vErrors.push(err673);
                  }
                  errors++;
                }
              }
            }
            if (data258.claimProcedure !== void 0) {
              let data265 = data258.claimProcedure;
              if (typeof data265 === "string") {
                if (func2(data265) > 2e4) {
                  const err674 = { instancePath: instancePath + "/availability/creditTerms/claimProcedure", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
                  if (vErrors === null) {
                    vErrors = [err674];
                  } else {
                    vErrors.push(err674);
                  }
                  errors++;
                }
                if (func2(data265) < 1) {
                  const err675 = { instancePath: instancePath + "/availability/creditTerms/claimProcedure", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err675];
                  } else {
                    vErrors.push(err675);
                  }
                  errors++;
                }
              } else {
                const err676 = { instancePath: instancePath + "/availability/creditTerms/claimProcedure", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err676];
                } else {
                  vErrors.push(err676);
                }
                errors++;
              }
            }
            if (data258.soleRemedy !== void 0) {
              if (typeof data258.soleRemedy !== "boolean") {
                const err677 = { instancePath: instancePath + "/availability/creditTerms/soleRemedy", schemaPath: "#/properties/availability/properties/creditTerms/properties/soleRemedy/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err677];
                } else {
                  vErrors.push(err677);
                }
                errors++;
              }
            }
            if (data258.forfeiture !== void 0) {
              let data267 = data258.forfeiture;
              if (typeof data267 === "string") {
                if (func2(data267) > 2e4) {
                  const err678 = { instancePath: instancePath + "/availability/creditTerms/forfeiture", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
                  if (vErrors === null) {
                    vErrors = [err678];
                  } else {
                    vErrors.push(err678);
                  }
                  errors++;
                }
                if (func2(data267) < 1) {
                  const err679 = { instancePath: instancePath + "/availability/creditTerms/forfeiture", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err679];
                  } else {
                    vErrors.push(err679);
                  }
                  errors++;
                }
              } else {
                const err680 = { instancePath: instancePath + "/availability/creditTerms/forfeiture", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err680];
                } else {
                  vErrors.push(err680);
                }
                errors++;
              }
            }
          } else {
            const err681 = { instancePath: instancePath + "/availability/creditTerms", schemaPath: "#/properties/availability/properties/creditTerms/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err681];
            } else {
              vErrors.push(err681);
            }
            errors++;
          }
        }
      } else {
        const err682 = { instancePath: instancePath + "/availability", schemaPath: "#/properties/availability/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err682];
        } else {
          vErrors.push(err682);
        }
        errors++;
      }
    }
    if (data.review !== void 0) {
      let data268 = data.review;
      if (data268 && typeof data268 == "object" && !Array.isArray(data268)) {
        if (data268.frequency === void 0) {
          const err683 = { instancePath: instancePath + "/review", schemaPath: "#/properties/review/required", keyword: "required", params: { missingProperty: "frequency" }, message: "must have required property 'frequency'" };
          if (vErrors === null) {
            vErrors = [err683];
          } else {
            vErrors.push(err683);
          }
          errors++;
        }
        for (const key46 in data268) {
          if (!(key46 === "frequency" || key46 === "topics" || key46 === "participants" || pattern4.test(key46))) {
            const err684 = { instancePath: instancePath + "/review", schemaPath: "#/properties/review/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key46 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err684];
            } else {
              vErrors.push(err684);
            }
            errors++;
          }
        }
        if (data268.frequency !== void 0) {
          let data269 = data268.frequency;
          if (typeof data269 !== "string") {
            const err685 = { instancePath: instancePath + "/review/frequency", schemaPath: "#/$defs/frequency/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err685];
            } else {
              vErrors.push(err685);
            }
            errors++;
          }
          if (!(data269 === "daily" || data269 === "weekly" || data269 === "fortnightly" || data269 === "monthly" || data269 === "quarterly" || data269 === "semi-annually" || data269 === "annually")) {
            const err686 = { instancePath: instancePath + "/review/frequency", schemaPath: "#/$defs/frequency/enum", keyword: "enum", params: { allowedValues: schema113.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err686];
            } else {
              vErrors.push(err686);
            }
            errors++;
          }
        }
        if (data268.topics !== void 0) {
          let data270 = data268.topics;
          if (Array.isArray(data270)) {
            const len47 = data270.length;
            for (let i60 = 0; i60 < len47; i60++) {
              let data271 = data270[i60];
              if (data271 && typeof data271 == "object" && !Array.isArray(data271)) {
                if (data271.category === void 0) {
                  const err687 = { instancePath: instancePath + "/review/topics/" + i60, schemaPath: "#/properties/review/properties/topics/items/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'" };
                  if (vErrors === null) {
                    vErrors = [err687];
                  } else {
                    vErrors.push(err687);
                  }
                  errors++;
                }
                if (data271.description === void 0) {
                  const err688 = { instancePath: instancePath + "/review/topics/" + i60, schemaPath: "#/properties/review/properties/topics/items/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'" };
                  if (vErrors === null) {
                    vErrors = [err688];
                  } else {
                    vErrors.push(err688);
                  }
                  errors++;
                }
                for (const key47 in data271) {
                  if (!(key47 === "category" || key47 === "description" || pattern4.test(key47))) {
                    const err689 = { instancePath: instancePath + "/review/topics/" + i60, schemaPath: "#/properties/review/properties/topics/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key47 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err689];
                    } else {
                      vErrors.push(err689);
                    }
                    errors++;
                  }
                }
                if (data271.category !== void 0) {
                  let data272 = data271.category;
                  if (typeof data272 !== "string") {
                    const err690 = { instancePath: instancePath + "/review/topics/" + i60 + "/category", schemaPath: "#/properties/review/properties/topics/items/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err690];
                    } else {
                      vErrors.push(err690);
                    }
                    errors++;
                  }
                  if (!(data272 === "issue-types" || data272 === "target-realism" || data272 === "tuning-volume" || data272 === "client-understanding" || data272 === "scope" || data272 === "pricing" || data272 === "other")) {
                    const err691 = { instancePath: instancePath + "/review/topics/" + i60 + "/category", schemaPath: "#/properties/review/properties/topics/items/properties/category/enum", keyword: "enum", params: { allowedValues: schema31.properties.review.properties.topics.items.properties.category.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err691];
                    } else {
                      vErrors.push(err691);
                    }
                    errors++;
                  }
                }
                if (data271.description !== void 0) {
                  let data273 = data271.description;
                  if (typeof data273 === "string") {
                    if (func2(data273) > 2e4) {
                      const err692 = { instancePath: instancePath + "/review/topics/" + i60 + "/description", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
                      if (vErrors === null) {
                        vErrors = [err692];
                      } else {
                        vErrors.push(err692);
                      }
                      errors++;
                    }
                    if (func2(data273) < 1) {
                      const err693 = { instancePath: instancePath + "/review/topics/" + i60 + "/description", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err693];
                      } else {
                        vErrors.push(err693);
                      }
                      errors++;
                    }
                  } else {
                    const err694 = { instancePath: instancePath + "/review/topics/" + i60 + "/description", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err694];
                    } else {
                      vErrors.push(err694);
                    }
                    errors++;
                  }
                }
              } else {
                const err695 = { instancePath: instancePath + "/review/topics/" + i60, schemaPath: "#/properties/review/properties/topics/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err695];
                } else {
                  vErrors.push(err695);
                }
                errors++;
              }
            }
          } else {
            const err696 = { instancePath: instancePath + "/review/topics", schemaPath: "#/properties/review/properties/topics/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err696];
            } else {
              vErrors.push(err696);
            }
            errors++;
          }
        }
        if (data268.participants !== void 0) {
          let data274 = data268.participants;
          if (Array.isArray(data274)) {
            const len48 = data274.length;
            for (let i61 = 0; i61 < len48; i61++) {
              let data275 = data274[i61];
              if (typeof data275 === "string") {
                if (func2(data275) > 300) {
                  const err697 = { instancePath: instancePath + "/review/participants/" + i61, schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
                  if (vErrors === null) {
                    vErrors = [err697];
                  } else {
                    vErrors.push(err697);
                  }
                  errors++;
                }
                if (func2(data275) < 1) {
                  const err698 = { instancePath: instancePath + "/review/participants/" + i61, schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err698];
                  } else {
                    vErrors.push(err698);
                  }
                  errors++;
                }
              } else {
                const err699 = { instancePath: instancePath + "/review/participants/" + i61, schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err699];
                } else {
                  vErrors.push(err699);
                }
                errors++;
              }
            }
          } else {
            const err700 = { instancePath: instancePath + "/review/participants", schemaPath: "#/properties/review/properties/participants/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err700];
            } else {
              vErrors.push(err700);
            }
            errors++;
          }
        }
      } else {
        const err701 = { instancePath: instancePath + "/review", schemaPath: "#/properties/review/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err701];
        } else {
          vErrors.push(err701);
        }
        errors++;
      }
    }
    if (data.signatures !== void 0) {
      let data276 = data.signatures;
      if (Array.isArray(data276)) {
        const len49 = data276.length;
        for (let i62 = 0; i62 < len49; i62++) {
          let data277 = data276[i62];
          if (data277 && typeof data277 == "object" && !Array.isArray(data277)) {
            if (data277.party === void 0) {
              const err702 = { instancePath: instancePath + "/signatures/" + i62, schemaPath: "#/properties/signatures/items/required", keyword: "required", params: { missingProperty: "party" }, message: "must have required property 'party'" };
              if (vErrors === null) {
                vErrors = [err702];
              } else {
                vErrors.push(err702);
              }
              errors++;
            }
            for (const key48 in data277) {
              if (!(key48 === "party" || key48 === "name" || key48 === "title" || key48 === "place" || pattern4.test(key48))) {
                const err703 = { instancePath: instancePath + "/signatures/" + i62, schemaPath: "#/properties/signatures/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key48 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err703];
                } else {
                  vErrors.push(err703);
                }
                errors++;
              }
            }
            if (data277.party !== void 0) {
              let data278 = data277.party;
              if (typeof data278 !== "string") {
                const err704 = { instancePath: instancePath + "/signatures/" + i62 + "/party", schemaPath: "#/properties/signatures/items/properties/party/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err704];
                } else {
                  vErrors.push(err704);
                }
                errors++;
              }
              if (!(data278 === "provider" || data278 === "client")) {
                const err705 = { instancePath: instancePath + "/signatures/" + i62 + "/party", schemaPath: "#/properties/signatures/items/properties/party/enum", keyword: "enum", params: { allowedValues: schema31.properties.signatures.items.properties.party.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err705];
                } else {
                  vErrors.push(err705);
                }
                errors++;
              }
            }
            if (data277.name !== void 0) {
              let data279 = data277.name;
              if (typeof data279 === "string") {
                if (func2(data279) > 300) {
                  const err706 = { instancePath: instancePath + "/signatures/" + i62 + "/name", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
                  if (vErrors === null) {
                    vErrors = [err706];
                  } else {
                    vErrors.push(err706);
                  }
                  errors++;
                }
                if (func2(data279) < 1) {
                  const err707 = { instancePath: instancePath + "/signatures/" + i62 + "/name", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err707];
                  } else {
                    vErrors.push(err707);
                  }
                  errors++;
                }
              } else {
                const err708 = { instancePath: instancePath + "/signatures/" + i62 + "/name", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err708];
                } else {
                  vErrors.push(err708);
                }
                errors++;
              }
            }
            if (data277.title !== void 0) {
              let data280 = data277.title;
              if (typeof data280 === "string") {
                if (func2(data280) > 300) {
                  const err709 = { instancePath: instancePath + "/signatures/" + i62 + "/title", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
                  if (vErrors === null) {
                    vErrors = [err709];
                  } else {
                    vErrors.push(err709);
                  }
                  errors++;
                }
                if (func2(data280) < 1) {
                  const err710 = { instancePath: instancePath + "/signatures/" + i62 + "/title", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err710];
                  } else {
                    vErrors.push(err710);
                  }
                  errors++;
                }
              } else {
                const err711 = { instancePath: instancePath + "/signatures/" + i62 + "/title", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err711];
                } else {
                  vErrors.push(err711);
                }
                errors++;
              }
            }
            if (data277.place !== void 0) {
              let data281 = data277.place;
              if (typeof data281 === "string") {
                if (func2(data281) > 300) {
                  const err712 = { instancePath: instancePath + "/signatures/" + i62 + "/place", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
                  if (vErrors === null) {
                    vErrors = [err712];
                  } else {
                    vErrors.push(err712);
                  }
                  errors++;
                }
                if (func2(data281) < 1) {
                  const err713 = { instancePath: instancePath + "/signatures/" + i62 + "/place", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err713];
                  } else {
                    vErrors.push(err713);
                  }
                  errors++;
                }
              } else {
                const err714 = { instancePath: instancePath + "/signatures/" + i62 + "/place", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err714];
                } else {
                  vErrors.push(err714);
                }
                errors++;
              }
            }
          } else {
            const err715 = { instancePath: instancePath + "/signatures/" + i62, schemaPath: "#/properties/signatures/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err715];
            } else {
              vErrors.push(err715);
            }
            errors++;
          }
        }
      } else {
        const err716 = { instancePath: instancePath + "/signatures", schemaPath: "#/properties/signatures/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err716];
        } else {
          vErrors.push(err716);
        }
        errors++;
      }
    }
    if (data.presentation !== void 0) {
      let data282 = data.presentation;
      if (data282 && typeof data282 == "object" && !Array.isArray(data282)) {
        for (const key49 in data282) {
          if (!(key49 === "tierComparison" || key49 === "tableOfContents" || key49 === "summary" || key49 === "summaryNote" || pattern4.test(key49))) {
            const err717 = { instancePath: instancePath + "/presentation", schemaPath: "#/properties/presentation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key49 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err717];
            } else {
              vErrors.push(err717);
            }
            errors++;
          }
        }
        if (data282.tierComparison !== void 0) {
          if (typeof data282.tierComparison !== "boolean") {
            const err718 = { instancePath: instancePath + "/presentation/tierComparison", schemaPath: "#/properties/presentation/properties/tierComparison/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err718];
            } else {
              vErrors.push(err718);
            }
            errors++;
          }
        }
        if (data282.tableOfContents !== void 0) {
          if (typeof data282.tableOfContents !== "boolean") {
            const err719 = { instancePath: instancePath + "/presentation/tableOfContents", schemaPath: "#/properties/presentation/properties/tableOfContents/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err719];
            } else {
              vErrors.push(err719);
            }
            errors++;
          }
        }
        if (data282.summary !== void 0) {
          if (typeof data282.summary !== "boolean") {
            const err720 = { instancePath: instancePath + "/presentation/summary", schemaPath: "#/properties/presentation/properties/summary/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err720];
            } else {
              vErrors.push(err720);
            }
            errors++;
          }
        }
        if (data282.summaryNote !== void 0) {
          let data286 = data282.summaryNote;
          if (typeof data286 === "string") {
            if (func2(data286) > 2e4) {
              const err721 = { instancePath: instancePath + "/presentation/summaryNote", schemaPath: "#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters" };
              if (vErrors === null) {
                vErrors = [err721];
              } else {
                vErrors.push(err721);
              }
              errors++;
            }
            if (func2(data286) < 1) {
              const err722 = { instancePath: instancePath + "/presentation/summaryNote", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err722];
              } else {
                vErrors.push(err722);
              }
              errors++;
            }
          } else {
            const err723 = { instancePath: instancePath + "/presentation/summaryNote", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err723];
            } else {
              vErrors.push(err723);
            }
            errors++;
          }
        }
      } else {
        const err724 = { instancePath: instancePath + "/presentation", schemaPath: "#/properties/presentation/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err724];
        } else {
          vErrors.push(err724);
        }
        errors++;
      }
    }
  } else {
    const err725 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err725];
    } else {
      vErrors.push(err725);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// src/load/read-source.ts
import { isUtf8 } from "node:buffer";
import { open } from "node:fs/promises";
var FILE_START = { line: 1, column: 1, endLine: 1, endColumn: 1 };
function problem(file, code, message, operational, range = FILE_START) {
  return { ok: false, operational, diagnostic: { code, severity: "error", message, pointer: "", range, file } };
}
function positionOf(bytes, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column, endLine: line, endColumn: column + 1 };
}
function firstInvalidUtf8(bytes) {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const length = b < 128 ? 1 : b >= 194 && b <= 223 ? 2 : b >= 224 && b <= 239 ? 3 : b >= 240 && b <= 244 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k] & 192) !== 128) return i;
    i += length;
  }
  return -1;
}
function tooLarge(file, size, maxBytes) {
  return problem(file, "file-too-large", `the file is ${size.toLocaleString("en")} bytes, more than the ${maxBytes.toLocaleString("en")}-byte limit for an agreement; is this the right file? (raise the limit with --max-bytes)`, false);
}
function binary(file, range) {
  return problem(file, "binary-file", "the file contains NUL bytes, so it is binary, not YAML text; is this the right file?", false, range);
}
function checkSourceText(text, file, maxBytes) {
  if (text.length * 3 > maxBytes) {
    const size = Buffer.byteLength(text, "utf8");
    if (size > maxBytes) return tooLarge(file, size, maxBytes);
  }
  const nul = text.indexOf("\0");
  if (nul !== -1) {
    const before = new TextEncoder().encode(text.slice(0, nul));
    return binary(file, positionOf(before, before.length));
  }
  return { ok: true, text };
}
function decodeSource(bytes, file, maxBytes) {
  if (bytes.length > maxBytes) {
    return problem(file, "file-too-large", `the input is more than the ${maxBytes.toLocaleString("en")}-byte limit for an agreement (at least ${bytes.length.toLocaleString("en")} bytes arrived); is this the right file? (raise the limit with --max-bytes)`, false);
  }
  if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) {
    return problem(file, "not-utf8", "the file is encoded as UTF-16; save it as UTF-8", false);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return binary(file, positionOf(bytes, nul));
  const invalid = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (invalid !== -1) {
    return problem(file, "not-utf8", `the file is not valid UTF-8 (byte 0x${bytes[invalid].toString(16).padStart(2, "0")} at offset ${invalid}); save it as UTF-8`, false, positionOf(bytes, invalid));
  }
  let text = new TextDecoder("utf-8").decode(bytes);
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  return { ok: true, text };
}
async function readSource(file, maxBytes) {
  let handle;
  try {
    handle = await open(file, "r");
    const stats = await handle.stat();
    if (stats.isDirectory()) return problem(file, "read-error", "this is a directory, not a file", true);
    if (stats.size > maxBytes) return tooLarge(file, stats.size, maxBytes);
    const bytes = await handle.readFile();
    return decodeSource(bytes, file, maxBytes);
  } catch (error) {
    const code = error.code;
    const reason = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : code === "EISDIR" ? "this is a directory, not a file" : error.message;
    return problem(file, "read-error", `cannot read the file: ${reason}`, true);
  } finally {
    await handle?.close();
  }
}

// src/validate/schema-errors.ts
var EXPECTED_BY_DEF = {
  id: "an identifier in kebab-case (lowercase letters, digits and hyphens), e.g. `office-hours`",
  calendarRef: "the `id` of a calendar, in kebab-case",
  severityRef: "the `id` of a severity level, in kebab-case",
  duration: `a duration such as ${DURATION_EXAMPLES}`,
  date: "a date written YYYY-MM-DD, e.g. `2027-01-01`",
  timeWindow: "a time window HH:MM-HH:MM on the 24-hour clock, e.g. `09:00-17:30`",
  email: "an email address such as `support@example.com`",
  timezone: "an IANA time-zone name such as `Europe/Berlin`",
  text: "text",
  name: "a name"
};
var EXPECTED_BY_FIELD = {
  version: "a version number such as `1.0` or `2.1.0`",
  locale: "a language tag such as `en-GB` or `de-DE`",
  currency: "a three-letter ISO 4217 currency code such as `EUR`",
  phone: "a phone number in international form, e.g. `+49 30 1234567`"
};
function schemaAt(path3) {
  let node = sla_schema_default;
  for (const segment of splitPointer(path3.replace(/^#/, ""))) {
    if (!node || typeof node !== "object") return void 0;
    node = node[segment];
  }
  return node && typeof node === "object" ? node : void 0;
}
function defName(schemaPath) {
  return /#\/\$defs\/([^/]+)\/[^/]+$/.exec(schemaPath)?.[1];
}
function fieldName(pointer) {
  const segments = splitPointer(pointer);
  for (let i = segments.length - 1; i >= 0; i--) {
    if (!/^\d+$/.test(segments[i])) return i === segments.length - 1 ? segments[i] : `${segments[i]}[${segments.slice(i + 1).join("][")}]`;
  }
  return "the document";
}
function label(pointer) {
  return pointer === "" ? "the document" : `\`${fieldName(pointer)}\``;
}
function typeOf(value) {
  if (value === null) return "empty (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the text "${value.length > 40 ? `${value.slice(0, 40)}\u2026` : value}"`;
  return `${typeof value === "number" ? "the number" : typeof value} ${String(value)}`;
}
var TYPE_WORDS = { object: "a mapping of fields", array: "a list", string: "text", number: "a number", integer: "a whole number", boolean: "`true` or `false`" };
function valueAt(data, pointer) {
  let node = data;
  for (const segment of splitPointer(pointer)) {
    if (node === null || typeof node !== "object") return void 0;
    node = Object.hasOwn(node, segment) ? node[segment] : void 0;
  }
  return node;
}
function expectation(error, pointer) {
  const def = defName(error.schemaPath);
  return (def && EXPECTED_BY_DEF[def]) ?? EXPECTED_BY_FIELD[fieldName(pointer)];
}
function patternExpectation(schemaPath) {
  const message = schemaAt(schemaPath.replace(/\/pattern$/, ""))?.patternErrorMessage;
  if (typeof message !== "string") return void 0;
  return message.replace(/^Must be /, "").replace(/\.$/, "");
}
function describe(error, data) {
  const pointer = error.instancePath;
  const value = valueAt(data, pointer);
  const params = error.params;
  switch (error.keyword) {
    case "additionalProperties": {
      const field = String(params.additionalProperty);
      const parent = schemaAt(error.schemaPath.replace(/\/additionalProperties$/, ""));
      const allowed = Object.keys(parent?.properties ?? {});
      const suggestion = didYouMean(field, allowed);
      const hint = field === "<<" ? "YAML merge keys (`<<`) are not supported; write the fields out" : suggestion ? `did you mean \`${suggestion}\`?` : `allowed here: ${listOf(allowed)}`;
      return { code: "unknown-field", message: `unknown field \`${field}\` in ${label(pointer)}; ${hint}`, pointer: `${pointer}/${field.replace(/~/g, "~0").replace(/\//g, "~1")}`, at: "key" };
    }
    case "required": {
      const field = String(params.missingProperty);
      const parent = schemaAt(error.schemaPath.replace(/\/required$/, ""));
      const property = parent?.properties?.[field];
      const about = typeof property?.description === "string" ? ` (${property.description.replace(/\.$/, "")})` : "";
      return { code: "missing-field", message: `${label(pointer)} is missing the required field \`${field}\`${about}`, pointer, at: "key" };
    }
    case "type": {
      const expected = expectation(error, pointer) ?? TYPE_WORDS[String(params.type)] ?? String(params.type);
      return { code: "wrong-type", message: `${label(pointer)} must be ${expected}, not ${typeOf(value)}`, pointer, at: "value" };
    }
    case "enum": {
      const allowed = params.allowedValues.map(String);
      const suggestion = typeof value === "string" ? didYouMean(value, allowed) : void 0;
      const hint = suggestion ? `; did you mean \`${suggestion}\`?` : "";
      return { code: "invalid-value", message: `${label(pointer)} must be one of ${listOf(allowed)}, not ${typeOf(value)}${hint}`, pointer, at: "value" };
    }
    case "const":
      return { code: "invalid-value", message: `${label(pointer)} must be \`${String(params.allowedValue)}\`, not ${typeOf(value)}`, pointer, at: "value" };
    case "pattern": {
      const expected = expectation(error, pointer) ?? patternExpectation(error.schemaPath) ?? "text of another form";
      if (params.propertyName !== void 0) {
        return { code: "invalid-key", message: `the key \`${String(params.propertyName)}\` in ${label(pointer)} must be ${expected}`, pointer: `${pointer}/${String(params.propertyName)}`, at: "key" };
      }
      return { code: "invalid-value", message: `${label(pointer)} must be ${expected}, not ${typeOf(value)}`, pointer, at: "value" };
    }
    case "minItems":
      return { code: "too-few-items", message: `${label(pointer)} must list at least ${String(params.limit)} item${params.limit === 1 ? "" : "s"}`, pointer, at: "value" };
    case "minLength":
      return { code: "empty-text", message: `${label(pointer)} must not be empty`, pointer, at: "value" };
    case "maxLength":
      return { code: "text-too-long", message: `${label(pointer)} must be at most ${String(params.limit)} characters long`, pointer, at: "value" };
    case "minimum":
    case "exclusiveMinimum":
    case "maximum":
    case "exclusiveMaximum": {
      const words = { minimum: "at least", exclusiveMinimum: "more than", maximum: "at most", exclusiveMaximum: "less than" }[error.keyword];
      return { code: "out-of-range", message: `${label(pointer)} must be ${words} ${String(params.limit)}, not ${typeOf(value)}`, pointer, at: "value" };
    }
    case "uniqueItems": {
      const list = Array.isArray(value) ? value : [];
      const j = Number(params.j);
      return { code: "duplicate-item", message: `${label(pointer)} lists ${typeOf(list[j])} twice`, pointer: `${pointer}/${j}`, at: "value" };
    }
    case "if":
    case "propertyNames":
      return void 0;
    // the errors of the branch that applied say what is wrong
    default:
      return { code: "schema", message: `${label(pointer)} ${error.message ?? "is not valid"}`, pointer, at: "value" };
  }
}
function schemaDiagnostics(errors, data, sourceMap, file) {
  const seen = /* @__PURE__ */ new Set();
  const diagnostics = [];
  for (const error of errors) {
    const described = describe(error, data);
    if (!described) continue;
    const key = `${described.pointer}\0${described.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push({
      code: described.code,
      severity: "error",
      message: described.message,
      pointer: described.pointer,
      range: sourceMap.rangeOf(described.pointer, described.at),
      ...file !== void 0 && { file }
    });
  }
  return diagnostics;
}

// src/util/real-date.ts
function isRealDate(iso) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const date = /* @__PURE__ */ new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// src/validate/semantic.ts
function isShorter(a, b) {
  return a.days < b.days || a.days === b.days && a.minutes < b.minutes;
}
var MAX_TARGET_DAYS = 366;
var CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function entries(parent, key, base) {
  const list = isObject(parent) ? parent[key] : void 0;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, index) => isObject(item) ? [{ item, pointer: joinPointer(base, key, index) }] : []);
}
function idsOf(list) {
  return list.map(({ item }) => item.id).filter((id) => typeof id === "string");
}
function semanticDiagnostics(data, sourceMap, file) {
  const diagnostics = [];
  if (!isObject(data)) return diagnostics;
  const report = (code, message, pointer, at = "value") => {
    diagnostics.push({ code, severity: "error", message, pointer, range: sourceMap.rangeOf(pointer, at), ...file !== void 0 && { file } });
  };
  const calendars = entries(data, "calendars", "");
  const severities = entries(data, "severityLevels", "");
  const tiers = entries(data, "tiers", "");
  const metrics = entries(data.monitoring, "metrics", "/monitoring");
  const calendarIds = idsOf(calendars);
  const severityIds = idsOf(severities);
  const tierIds = idsOf(tiers);
  const uniqueLists = [
    ["calendar", calendars],
    ["severity level", severities],
    ["tier", tiers],
    ["metric", metrics],
    ["service", entries(data, "services", "")],
    ["request type", entries(data, "requestTypes", "")],
    ["channel", entries(data, "channels", "")]
  ];
  for (const [what, list] of uniqueLists) {
    const first = /* @__PURE__ */ new Map();
    list.forEach(({ item, pointer }, index) => {
      if (typeof item.id !== "string") return;
      const earlier = first.get(item.id);
      if (earlier === void 0) first.set(item.id, index);
      else report("duplicate-id", `the ${what} id \`${shown(item.id)}\` is used twice (first at item ${earlier + 1}); ids must be unique`, `${pointer}/id`);
    });
  }
  const checkReference = (value, pointer, what, known, plural) => {
    if (typeof value !== "string" || known.includes(value)) return;
    const suggestion = didYouMean(value, known);
    const fix = suggestion ? `did you mean \`${suggestion}\`?` : known.length ? `the ${plural} are ${listOf(known, "and")}` : `no ${plural} are defined`;
    report("unknown-reference", `there is no ${what} \`${shown(value)}\`; ${fix}`, pointer);
  };
  const checkCalendar = (value, pointer) => checkReference(value, pointer, "calendar", calendarIds, "calendars");
  const checkTargetCalendar = (value, pointer) => {
    if (value !== UNSTATED || calendarIds.includes(UNSTATED)) checkCalendar(value, pointer);
  };
  const checkDuration = (value, pointer) => {
    if (typeof value !== "string") return;
    const duration2 = parseDuration(value);
    if (duration2 && isZero(duration2)) report("zero-duration", `\`${value}\` is zero; a time target must be longer than zero`, pointer);
    else if (duration2 && duration2.days + duration2.minutes / 1440 > MAX_TARGET_DAYS) {
      report("duration-too-long", `\`${value}\` is longer than ${MAX_TARGET_DAYS} days; a support target this long is almost certainly a typo`, pointer);
    }
  };
  const checkTarget = (target2, pointer, durationKey = "within") => {
    if (!isObject(target2)) return;
    checkDuration(target2[durationKey], `${pointer}/${durationKey}`);
    checkCalendar(target2.calendar, `${pointer}/calendar`);
  };
  const checkSeverityTarget = (target2, pointer, outsideHoursAllowed = true) => {
    if (!isObject(target2)) return;
    const given = ["within", "between", "by"].filter((key) => target2[key] !== void 0);
    if (given.length === 0) report("missing-field", "the target needs a time: give `within` (e.g. `4h`), `between` (e.g. `[1d, 2d]`) or `by` (e.g. `next-business-day`)", pointer, "key");
    else if (given.length > 1) report("conflicting-fields", `give only one of \`within\`, \`between\` and \`by\`; this target has ${listOf(given.map((k) => `\`${k}\``), "and")}`, joinPointer(pointer, given[1]), "key");
    checkDuration(target2.within, `${pointer}/within`);
    if (Array.isArray(target2.between)) {
      target2.between.forEach((value, index) => checkDuration(value, joinPointer(`${pointer}/between`, index)));
      const [shortest, longest] = target2.between.map((value) => typeof value === "string" ? parseDuration(value) : void 0);
      if (shortest && longest && !isShorter(shortest, longest)) report("range-order", `the range must go from the shorter time to the longer: \`[${String(target2.between[0])}, ${String(target2.between[1])}]\``, `${pointer}/between`);
    }
    checkTargetCalendar(target2.calendar, `${pointer}/calendar`);
    if (isObject(target2.outsideHours)) {
      if (!outsideHoursAllowed) return;
      checkCalendar(target2.outsideHours.hours, `${pointer}/outsideHours/hours`);
      checkSeverityTarget(target2.outsideHours, `${pointer}/outsideHours`, false);
    }
  };
  const checkDate = (value, pointer) => {
    if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return;
    if (!isRealDate(value)) report("invalid-date", `\`${value}\` is not a real date`, pointer);
  };
  const checkZone = (value, pointer) => {
    if (typeof value !== "string") return;
    const result = checkTimezone(value);
    if (!result.ok) report("invalid-timezone", result.message, pointer);
  };
  const checkWindows2 = (list, pointer) => {
    if (!Array.isArray(list)) return;
    list.forEach((text, index) => {
      if (typeof text !== "string") return;
      const [start, end] = text.split("-");
      if (start !== void 0 && start === end) report("empty-window", `the time window \`${text}\` starts and ends at the same time, so it is empty`, joinPointer(pointer, index));
      else if (/^\d\d:\d\d-\d\d:\d\d$/.test(text) && !parseWindow(text)) report("invalid-window", `\`${text}\` is not a valid time window`, joinPointer(pointer, index));
    });
  };
  const checkHolidayForm = (holiday, pointer) => {
    const dated = holiday.date !== void 0;
    const fixed = holiday.day !== void 0;
    const nth = holiday.weekday !== void 0 || holiday.week !== void 0;
    const forms = [dated, fixed, nth].filter(Boolean).length;
    if (forms === 0) report("missing-field", "the holiday needs a `date` (e.g. `2027-12-25`), a `month` and `day` (every year), or a `month`, `weekday` and `week` (e.g. the 4th Thursday of November)", pointer, "key");
    else if (forms > 1) report("conflicting-fields", "a holiday is either dated (`date`), on a fixed day every year (`month`, `day`) or on the nth weekday of a month (`month`, `weekday`, `week`); this one mixes them", pointer, "key");
    else if (!dated && holiday.month === void 0) report("missing-field", "a recurring holiday needs its `month`", pointer, "key");
    else if (nth && (holiday.weekday === void 0 || holiday.week === void 0)) report("missing-field", "a holiday on the nth weekday of a month needs both `weekday` and `week`", pointer, "key");
    else if (fixed && typeof holiday.month === "number" && typeof holiday.day === "number" && holiday.day > [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][holiday.month - 1]) {
      report("invalid-date", `month ${holiday.month} has no day ${holiday.day}`, `${pointer}/day`);
    }
    if (holiday.observed !== void 0 && !fixed) report("conflicting-fields", "`observed` applies only to a holiday on a fixed day (`month` and `day`)", `${pointer}/observed`, "key");
  };
  checkDate(data.effectiveDate, "/effectiveDate");
  checkDate(data.lastUpdated, "/lastUpdated");
  for (const { item, pointer } of calendars) {
    if (item.timezone === void 0 && item.timezones === void 0) {
      report("missing-field", "the calendar needs a `timezone` (an IANA name such as `Europe/Berlin`, or `client-local` or `unstated`) or `timezones`", pointer, "key");
    } else if (item.timezone !== void 0 && item.timezones !== void 0) {
      report("conflicting-fields", "give `timezone` or `timezones`, not both", `${pointer}/timezones`, "key");
    }
    if (!TIMEZONE_KEYWORDS.includes(item.timezone)) checkZone(item.timezone, `${pointer}/timezone`);
    if (Array.isArray(item.timezones)) item.timezones.forEach((zone, index) => checkZone(zone, joinPointer(`${pointer}/timezones`, index)));
    for (const { item: week, pointer: weekPointer } of entries(item, "hours", pointer)) {
      checkWindows2(week.open, `${weekPointer}/open`);
      checkZone(week.timezone, `${weekPointer}/timezone`);
    }
    const dates = /* @__PURE__ */ new Set();
    for (const { item: holiday, pointer: holidayPointer } of entries(item, "holidays", pointer)) {
      checkDate(holiday.date, `${holidayPointer}/date`);
      checkWindows2(holiday.open, `${holidayPointer}/open`);
      checkHolidayForm(holiday, holidayPointer);
      if (typeof holiday.date !== "string") continue;
      if (dates.has(holiday.date)) report("duplicate-holiday", `the holiday date ${holiday.date} is listed twice in this calendar`, `${holidayPointer}/date`);
      dates.add(holiday.date);
    }
  }
  let previousLevel = 0;
  for (const { item, pointer } of severities) {
    if (typeof item.level !== "number") continue;
    if (item.level <= previousLevel) {
      report("severity-order", `severity levels must be listed most severe first with increasing \`level\` numbers; level ${item.level} comes after level ${previousLevel}`, `${pointer}/level`);
    }
    previousLevel = Math.max(previousLevel, item.level);
  }
  if (data.kind === "SupportPolicy") {
    if (data.serviceTier !== void 0) report("policy-service-tier", "a `SupportPolicy` names no client, so it has no `serviceTier`; remove it, or make the document a `SupportAgreement`", "/serviceTier", "key");
  } else if (data.serviceTier !== void 0) checkReference(data.serviceTier, "/serviceTier", "tier", tierIds, "tiers");
  else if (tierIds.length > 1) report("missing-field", `\`serviceTier\` must say which of the ${tierIds.length} tiers (${listOf(tierIds, "and")}) this client has`, "", "key");
  for (const { item, pointer } of tiers) {
    checkCalendar(item.supportHours, `${pointer}/supportHours`);
    const targets = item.targets;
    if (!isObject(targets)) continue;
    for (const [severity, target2] of Object.entries(targets)) {
      const targetPointer = joinPointer(`${pointer}/targets`, severity);
      if (!severityIds.includes(severity)) {
        const suggestion = didYouMean(severity, severityIds);
        report("unknown-reference", `there is no severity level \`${shown(severity)}\`; ${suggestion ? `did you mean \`${suggestion}\`?` : `the levels are ${listOf(severityIds, "and")}`}`, targetPointer, "key");
      }
      if (!isObject(target2)) continue;
      checkSeverityTarget(target2.response, `${targetPointer}/response`);
      if (isObject(target2.update)) {
        checkDuration(target2.update.every, `${targetPointer}/update/every`);
        checkTargetCalendar(target2.update.calendar, `${targetPointer}/update/calendar`);
      }
      checkSeverityTarget(target2.resolution, `${targetPointer}/resolution`);
    }
  }
  for (const { item, pointer } of entries(data, "requestTypes", "")) checkSeverityTarget(item.response, `${pointer}/response`, false);
  const serviceIds = idsOf(entries(data, "services", ""));
  for (const { item, pointer } of [...severities, ...entries(data, "clientResponsibilities", ""), ...tiers]) {
    if (Array.isArray(item.tiers)) item.tiers.forEach((t, i) => checkReference(t, joinPointer(`${pointer}/tiers`, i), "tier", tierIds, "tiers"));
    if (Array.isArray(item.services)) item.services.forEach((s, i) => checkReference(s, joinPointer(`${pointer}/services`, i), "service", serviceIds, "services"));
  }
  for (const { item, pointer } of entries(data, "channels", "")) {
    checkCalendar(item.hours, `${pointer}/hours`);
    if (Array.isArray(item.tiers)) item.tiers.forEach((t, i) => checkReference(t, joinPointer(`${pointer}/tiers`, i), "tier", tierIds, "tiers"));
    if (Array.isArray(item.severities)) item.severities.forEach((s, i) => checkReference(s, joinPointer(`${pointer}/severities`, i), "severity level", severityIds, "severity levels"));
  }
  if (isObject(data.changeOrders)) checkTarget(data.changeOrders.estimateWithin, "/changeOrders/estimateWithin");
  for (const { item, pointer } of entries(data.monitoring, "reports", "/monitoring")) checkTarget(item.deliveredWithin, `${pointer}/deliveredWithin`);
  for (const { item, pointer } of entries(data.monitoring, "proactiveOutreach", "/monitoring")) {
    checkTarget(item.within, `${pointer}/within`);
    checkReference(item.metric, `${pointer}/metric`, "metric", idsOf(metrics), "metrics");
  }
  if (isObject(data.maintenance)) {
    checkTarget(data.maintenance.notice, "/maintenance/notice");
    if (isObject(data.maintenance.emergencyChanges)) checkTarget(data.maintenance.emergencyChanges.notifyWithin, "/maintenance/emergencyChanges/notifyWithin");
    for (const { item, pointer } of entries(data.maintenance, "windows", "/maintenance")) {
      checkZone(item.timezone, `${pointer}/timezone`);
      checkWindows2(item.open, `${pointer}/open`);
    }
  }
  if (isObject(data.availability) && Array.isArray(data.availability.services)) {
    data.availability.services.forEach((s, i) => checkReference(s, joinPointer("/availability/services", i), "service", serviceIds, "services"));
  }
  if (isObject(data.severityAssignment) && isObject(data.severityAssignment.matrix)) {
    const { impacts, urgencies, levels } = data.severityAssignment.matrix;
    const pointer = "/severityAssignment/matrix";
    if (Array.isArray(levels)) {
      if (Array.isArray(impacts) && levels.length !== impacts.length) report("matrix-shape", `the matrix has ${impacts.length} impacts but ${levels.length} rows of levels; give one row per impact`, `${pointer}/levels`);
      levels.forEach((row, r) => {
        if (!Array.isArray(row)) return;
        if (Array.isArray(urgencies) && row.length !== urgencies.length) report("matrix-shape", `row ${r + 1} has ${row.length} levels but there are ${urgencies.length} urgencies; give one level per urgency`, joinPointer(`${pointer}/levels`, r));
        row.forEach((s, c) => checkReference(s, joinPointer(`${pointer}/levels`, r, c), "severity level", severityIds, "severity levels"));
      });
    }
  }
  const credits = entries(data.availability, "serviceCredits", "/availability");
  const target = isObject(data.availability) ? data.availability.target : void 0;
  for (const { item, pointer } of credits) {
    if (typeof item.below === "number" && typeof target === "number" && item.below > target) {
      report("credit-above-target", `a service credit for availability below ${item.below}% is above the availability target of ${target}%`, `${pointer}/below`);
    }
  }
  const visit = (value, pointer, depth) => {
    if (typeof value === "string") {
      const found = CONTROL_CHARACTER.exec(value);
      if (found) {
        const code = found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
        report("control-character", `the text contains the control character U+${code} (written as an escape such as \\e or \\x${code.slice(2)}); remove it`, pointer);
      }
    } else if (Array.isArray(value)) {
      if (depth < 50) value.forEach((item, index) => visit(item, joinPointer(pointer, index), depth + 1));
    } else if (isObject(value) && depth < 50) {
      for (const [key, item] of Object.entries(value)) visit(item, joinPointer(pointer, key), depth + 1);
    }
  };
  visit(data, "", 0);
  return diagnostics;
}

// src/agreement.ts
function validateAgreement(source) {
  const diagnostics = [...source.diagnostics];
  if (hasErrors(diagnostics) || source.data === void 0) {
    return { ok: false, source, diagnostics: diagnostics.sort(byPosition), unreadable: false };
  }
  const file = source.file;
  let undescribed = 0;
  if (!validate_agreement_default(source.data)) {
    const errors = validate_agreement_default.errors ?? [];
    undescribed = Math.max(0, errors.length - DESCRIBED_SCHEMA_ERRORS);
    for (const d of schemaDiagnostics(errors.slice(0, DESCRIBED_SCHEMA_ERRORS), source.data, source.sourceMap, file)) diagnostics.push(d);
  }
  for (const d of semanticDiagnostics(source.data, source.sourceMap, file)) diagnostics.push(d);
  diagnostics.sort(byPosition);
  const shown3 = capDiagnostics(diagnostics, file, undescribed);
  if (hasErrors(diagnostics)) return { ok: false, source, diagnostics: shown3, unreadable: false };
  return { ok: true, agreement: normaliseAgreement(source.data), source, diagnostics: shown3, unreadable: false };
}
var MAX_DIAGNOSTICS_PER_FILE = 500;
var DESCRIBED_SCHEMA_ERRORS = 4 * MAX_DIAGNOSTICS_PER_FILE;
function capDiagnostics(diagnostics, file, undescribed = 0) {
  if (diagnostics.length <= MAX_DIAGNOSTICS_PER_FILE && undescribed === 0) return diagnostics;
  const shown3 = diagnostics.slice(0, MAX_DIAGNOSTICS_PER_FILE);
  const last = shown3.at(-1) ?? { range: START_OF_FILE };
  const more = diagnostics.length - shown3.length + undescribed;
  shown3.push({
    code: "too-many-problems",
    severity: "info",
    pointer: "",
    range: last.range,
    file,
    message: `and ${more.toLocaleString("en")} more problem${more === 1 ? "" : "s"} in this file, not listed; fix the ones above and validate again`
  });
  return shown3;
}
function unreadableResult(file, read) {
  const source = { file, text: "", data: void 0, sourceMap: new SourceMap(), diagnostics: [read.diagnostic] };
  return { ok: false, source, diagnostics: [read.diagnostic], unreadable: read.operational };
}
function loadAgreementText(text, file = "<text>", options = {}) {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const checked = checkSourceText(text, file, limits.maxBytes);
  if (!checked.ok) return unreadableResult(file, checked);
  return validateAgreement(parseYamlSource(text, file, limits));
}
function loadAgreementBytes(bytes, file = "<bytes>", options = {}) {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const read = decodeSource(bytes, file, limits.maxBytes);
  if (!read.ok) return unreadableResult(file, read);
  return validateAgreement(parseYamlSource(read.text, file, limits));
}
async function loadAgreement(input, options = {}) {
  if (typeof input !== "string") return loadAgreementText(input.text, input.file, options);
  return (await readAgreementFile(input, options))();
}
async function readAgreementFile(file, options = {}) {
  return (await readAgreementSource(file, options)).check;
}
async function readAgreementSource(file, options = {}) {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const read = await readSource(file, limits.maxBytes);
  return read.ok ? { text: read.text, check: () => loadAgreementText(read.text, file, options) } : { text: void 0, check: () => unreadableResult(file, read) };
}

// src/util/read-ahead.ts
async function* readAhead(items, start, window = 8) {
  const pending = [];
  const launch = (i) => {
    if (i < items.length) pending[i] = start(items[i]);
  };
  for (let i = 0; i < window; i++) launch(i);
  for (let i = 0; i < items.length; i++) {
    const result = await pending[i];
    delete pending[i];
    launch(i + window);
    yield [items[i], result];
  }
}

// src/lint/config.ts
import { existsSync as existsSync2 } from "node:fs";
import { stat } from "node:fs/promises";
import path2 from "node:path";

// src/lint/presets.ts
var PRESETS = [
  {
    name: "sla:recommended",
    description: "the rules marked recommended, at their default severity; the default when no config says otherwise",
    settings: (rules) => Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.recommended ? rule.meta.defaultSeverity : "off"]))
  },
  {
    name: "sla:policy",
    description: "for a vendor's published support policy: `sla:recommended`, with the agency-only rules (change orders, review cadence, maintenance controls, workflow monitoring) reported as info",
    settings: (rules) => Object.fromEntries(rules.map((rule) => [rule.meta.id, !rule.meta.recommended ? "off" : rule.meta.agencyOnly ? "info" : rule.meta.defaultSeverity])),
    // A rule only some of whose checks are agency-only keeps its severity; those checks' findings are info.
    messageSettings: (rules) => Object.fromEntries(
      rules.filter((rule) => rule.meta.recommended && !rule.meta.agencyOnly && rule.meta.agencyOnlyMessages?.length).map((rule) => [rule.meta.id, Object.fromEntries(rule.meta.agencyOnlyMessages.map((id) => [id, "info"]))])
    )
  },
  {
    name: "sla:strict",
    description: "every rule, at its default severity",
    settings: (rules) => Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.defaultSeverity]))
  }
];
var DEFAULT_PRESET = "sla:recommended";
function findPreset(name) {
  const full = name.startsWith("sla:") ? name : `sla:${name}`;
  return PRESETS.find((preset) => preset.name === full);
}

// src/lint/plugins.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
var ExtensionError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ExtensionError";
  }
};
function isPathSpecifier(specifier) {
  return /^\.\.?([\\/]|$)/.test(specifier) || path.isAbsolute(specifier);
}
var PACKAGE_SPECIFIER = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*(?:\/[^\s\\]+)?$/;
function isPackageSpecifier(specifier) {
  return PACKAGE_SPECIFIER.test(specifier);
}
function packageNameOf(specifier) {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}
function firstLine(error) {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split("\n")[0] ?? "").trim();
}
function isFile(file) {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
function nearestPackageJson(file) {
  let directory = path.dirname(file);
  for (; ; ) {
    const candidate = path.join(directory, "package.json");
    if (isFile(candidate)) return candidate;
    const parent = path.dirname(directory);
    if (parent === directory) return void 0;
    directory = parent;
  }
}
function readManifest(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return {};
  }
}
function installedPackageDirectory(name, fromFile) {
  let directory = path.dirname(fromFile);
  for (; ; ) {
    const candidate = path.join(directory, "node_modules", name);
    if (existsSync(path.join(candidate, "package.json"))) return candidate;
    const parent = path.dirname(directory);
    if (parent === directory) return void 0;
    directory = parent;
  }
}
function resolveModule(specifier, fromFile, what) {
  const base = path.dirname(path.resolve(fromFile));
  const require2 = createRequire(path.resolve(fromFile));
  const configName = path.basename(fromFile);
  let file;
  if (isPathSpecifier(specifier)) {
    const absolute = path.resolve(base, specifier);
    if (isFile(absolute)) file = absolute;
    else if (existsSync(absolute)) {
      try {
        file = require2.resolve(absolute);
      } catch {
        throw new ExtensionError(`the ${what} \`${specifier}\` is a folder without a package.json \`main\` or an index.js; name the file itself`);
      }
    } else {
      throw new ExtensionError(`cannot find the ${what} \`${specifier}\`: there is no ${path.relative(base, absolute) || absolute} next to ${configName}; check the path (it is relative to the folder of ${configName})`);
    }
  } else {
    const name = packageNameOf(specifier);
    try {
      file = require2.resolve(specifier);
    } catch (error) {
      const code = error.code;
      const installed = installedPackageDirectory(name, path.resolve(fromFile));
      if (!installed) {
        throw new ExtensionError(`cannot find the package \`${name}\` (the ${what} \`${specifier}\`) from ${base}; install it: npm install -D ${name}`);
      }
      const why = code === "ERR_PACKAGE_PATH_NOT_EXPORTED" ? `its package.json \`exports\` has no entry for it with the \`require\`, \`node\` or \`default\` condition` : `it does not resolve to a file (${firstLine(error)}); check its package.json \`main\` or \`exports\``;
      throw new ExtensionError(`the package \`${name}\` is installed (${installed}), but the ${what} \`${specifier}\` cannot be loaded: ${why}`);
    }
    if (!path.isAbsolute(file)) {
      throw new ExtensionError(`\`${specifier}\` is a Node.js built-in module, not a ${what}`);
    }
  }
  const packageJson = nearestPackageJson(file);
  const resolved = { specifier, file };
  if (packageJson) {
    resolved.packageJson = packageJson;
    const manifest = readManifest(packageJson);
    if (typeof manifest.version === "string" && (isPathSpecifier(specifier) || manifest.name === packageNameOf(specifier))) resolved.version = manifest.version;
  }
  return resolved;
}
function isJavaScriptFile(file) {
  return /\.(?:[cm]?js)$/i.test(file);
}
async function importModule(file, what, specifier) {
  let namespace;
  try {
    namespace = await import(pathToFileURL(file).href);
  } catch (error) {
    throw new ExtensionError(`cannot load the ${what} \`${specifier}\` (${file}): ${firstLine(error)}`);
  }
  return namespace.default !== void 0 ? namespace.default : namespace;
}
var CATEGORIES = ["scope", "severity", "targets", "calendar", "responsibilities", "monitoring", "change", "governance", "wording", "hygiene"];
var SEVERITIES = ["error", "warning", "info"];
var RULE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
var PLUGIN_PREFIX = /^(?:@[a-z0-9][a-z0-9._-]*(?:\/[a-z0-9][a-z0-9._-]*)?|[a-z0-9][a-z0-9._-]*)$/;
function pluginPrefixOf(name) {
  const scoped = /^(@[^/]+)\/(.+)$/.exec(name);
  if (scoped) {
    const [, scope, rest] = scoped;
    if (rest === "sla-plugin") return scope;
    if (rest.startsWith("sla-plugin-")) return `${scope}/${rest.slice("sla-plugin-".length)}`;
    return name;
  }
  return name.startsWith("sla-plugin-") ? name.slice("sla-plugin-".length) : name;
}
function isPlainObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function checkPlugin(exported, module, prefix, compile) {
  const spec = module.specifier;
  const fail = (message) => {
    throw new ExtensionError(`the plugin \`${spec}\` ${message}; see docs/plugins.md`);
  };
  if (!isPlainObject2(exported) && typeof exported !== "function") fail("does not export a plugin object `{ meta: { name, version }, rules }`");
  const plugin = exported;
  const meta = plugin.meta;
  if (!isPlainObject2(meta) || typeof meta.name !== "string" || meta.name === "") fail("has no `meta.name` (its package name)");
  const { name, version } = meta;
  if (version !== void 0 && typeof version !== "string") fail("has a `meta.version` that is not a string");
  const usedPrefix = prefix ?? pluginPrefixOf(name);
  if (!PLUGIN_PREFIX.test(usedPrefix)) {
    fail(`is named \`${name}\`, which gives no usable prefix for its rules; name it in a mapping instead: \`plugins: { <prefix>: ${spec} }\``);
  }
  if (!isPlainObject2(plugin.rules)) fail("has no `rules` object (rules by id)");
  const info = { prefix: usedPrefix, name, specifier: spec, file: module.file };
  const packageVersion = module.version ?? (typeof version === "string" ? version : void 0);
  if (packageVersion !== void 0) info.version = packageVersion;
  const rules = [];
  for (const [id, value] of Object.entries(plugin.rules)) {
    const bad = (message) => fail(`rule \`${id}\`: ${message}`);
    if (!RULE_NAME.test(id)) fail(`has a rule id \`${id}\` that is not kebab-case (letters, digits and hyphens, no \`/\`)`);
    if (!isPlainObject2(value) || typeof value.check !== "function") bad("must be an object with `meta` and a `check(context)` function");
    const rule = value;
    const m = rule.meta;
    if (!isPlainObject2(m)) bad("has no `meta`");
    const ruleMeta = m;
    if (ruleMeta.id !== id) bad(`its \`meta.id\` must be \`${id}\`, as its key in \`rules\` (without the prefix), not ${JSON.stringify(ruleMeta.id)}`);
    if (typeof ruleMeta.description !== "string" || ruleMeta.description === "") bad("has no `meta.description`");
    if (!CATEGORIES.includes(ruleMeta.category)) bad(`its \`meta.category\` must be ${listOf(CATEGORIES)}, not ${JSON.stringify(ruleMeta.category)}`);
    if (!SEVERITIES.includes(ruleMeta.defaultSeverity)) bad(`its \`meta.defaultSeverity\` must be ${listOf(SEVERITIES)}, not ${JSON.stringify(ruleMeta.defaultSeverity)}`);
    if (typeof ruleMeta.recommended !== "boolean") bad("its `meta.recommended` must be true or false");
    if (!isPlainObject2(ruleMeta.messages) || Object.keys(ruleMeta.messages).length === 0) bad("has no `meta.messages` (message templates by message id)");
    for (const [messageId, template] of Object.entries(ruleMeta.messages)) {
      if (typeof template !== "string") bad(`message \`${messageId}\` is not a string`);
    }
    if (ruleMeta.kind !== void 0 && ruleMeta.kind !== "structural" && ruleMeta.kind !== "text") bad("its `meta.kind` must be `structural` or `text`");
    if (ruleMeta.url !== void 0 && (typeof ruleMeta.url !== "string" || !/^https?:\/\//.test(ruleMeta.url))) bad("its `meta.url` must be an http(s) URL of the rule's docs page");
    if (ruleMeta.agencyOnly !== void 0 && typeof ruleMeta.agencyOnly !== "boolean") bad("its `meta.agencyOnly` must be true or false");
    if (ruleMeta.agencyOnlyMessages !== void 0) {
      const ids = ruleMeta.agencyOnlyMessages;
      if (!Array.isArray(ids) || ids.some((x) => typeof x !== "string" || !(x in ruleMeta.messages))) bad("its `meta.agencyOnlyMessages` must list ids of its messages");
    }
    if (ruleMeta.optionsSchema !== void 0) {
      if (!isPlainObject2(ruleMeta.optionsSchema)) bad("its `meta.optionsSchema` must be a JSON Schema object");
      let validate = () => true;
      try {
        validate = compile(ruleMeta.optionsSchema);
      } catch (error) {
        bad(`its \`meta.optionsSchema\` is not a valid JSON Schema: ${firstLine(error)}`);
      }
      if (ruleMeta.defaultOptions !== void 0 && !validate(ruleMeta.defaultOptions)) bad("its `meta.defaultOptions` do not match its `meta.optionsSchema`");
    } else if (ruleMeta.defaultOptions !== void 0 && !isPlainObject2(ruleMeta.defaultOptions)) {
      bad("its `meta.defaultOptions` must be an object");
    }
    const original = rule;
    rules.push({
      meta: { ...original.meta, id: `${usedPrefix}/${id}` },
      check: (context) => original.check(context),
      plugin: info
    });
  }
  return { info, rules };
}

// src/lint/config.ts
var CONFIG_FILE_NAMES = [".slarc.yaml", ".slarc.yml", "sla.config.yaml", "sla.config.yml"];
var RULE_SETTINGS = ["off", "info", "warning", "error"];
var RuleOverrideError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "RuleOverrideError";
  }
};
var ConfigError = class extends Error {
  constructor(message, file, range) {
    super(message);
    this.file = file;
    this.range = range;
    this.name = "ConfigError";
  }
  file;
  range;
  /** `file:line:col: message`, as editors and terminals link it. */
  toString() {
    return `${this.file}:${this.range.line}:${this.range.column}: ${this.message}`;
  }
};
function configSchema(rules) {
  const severity = { enum: [...RULE_SETTINGS] };
  const entry = (rule) => ({
    anyOf: [
      severity,
      rule ? { type: "array", prefixItems: [severity, ...rule.meta.optionsSchema ? [rule.meta.optionsSchema] : []], minItems: 1, maxItems: rule.meta.optionsSchema ? 2 : 1 } : { type: "array", prefixItems: [severity], minItems: 1, maxItems: 2 }
    ]
  });
  const ruleProperties = Object.fromEntries(rules.map((rule) => [rule.meta.id, {
    description: `${rule.meta.description} (default: ${rule.meta.defaultSeverity})`,
    ...entry(rule)
  }]));
  const presetNames = PRESETS.map((p) => p.name);
  const extendsEntry = {
    anyOf: [
      { enum: presetNames },
      { type: "string", pattern: "^\\.\\.?/", description: "A config file, relative to this one: ./base.slarc.yaml" },
      { type: "string", pattern: "^(@[a-z0-9][a-z0-9._~-]*/)?[a-z0-9][a-z0-9._~-]*(/.+)?$", not: { enum: presetNames }, description: "A shared config package: @acme/sla-config" }
    ]
  };
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "sla lint configuration",
    type: "object",
    additionalProperties: false,
    properties: {
      extends: {
        description: "Built-in presets, shared config packages or config files (./path) to start from, applied in order; later ones override earlier ones.",
        anyOf: [extendsEntry, { type: "array", items: extendsEntry }]
      },
      plugins: {
        description: "Plugins whose rules this config sets, as `prefix/rule-id`: a mapping of prefix to package or ./path, or a list of packages.",
        anyOf: [
          { type: "object", additionalProperties: { type: "string", minLength: 1 } },
          { type: "array", items: { type: "string", minLength: 1 } }
        ]
      },
      rules: {
        type: "object",
        properties: ruleProperties,
        // A plugin's rules, `prefix/rule-id`: their options are checked when the plugin loads.
        patternProperties: { "^(@[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)?|[a-z0-9][a-z0-9._-]*)/[a-z0-9]+(-[a-z0-9]+)*$": entry() },
        additionalProperties: false
      },
      ignores: { type: "array", items: { type: "string", minLength: 1 } }
    }
  };
}
var CONFIG_KEYS = ["extends", "plugins", "rules", "ignores"];
var FILE_SCHEMA = {
  type: "object",
  additionalProperties: false,
  properties: {
    extends: { anyOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] },
    plugins: { anyOf: [{ type: "object", additionalProperties: { type: "string", minLength: 1 } }, { type: "array", items: { type: "string", minLength: 1 } }] },
    rules: { type: "object" },
    ignores: { type: "array", items: { type: "string", minLength: 1 } }
  }
};
var FILE_START2 = { line: 1, column: 1, endLine: 1, endColumn: 1 };
function pointerKey(key) {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
function describeAjvError(error, where) {
  const at = where === "" ? "the config" : `\`${where.slice(1).replace(/\//g, ".")}\``;
  switch (error.keyword) {
    case "additionalProperties": {
      const extra = String(error.params.additionalProperty);
      return `${at} has an unknown key \`${extra}\``;
    }
    case "enum":
      return `${at} must be one of ${listOf(error.params.allowedValues.map(String))}`;
    case "anyOf":
      return `${at} has the wrong type`;
    default:
      return `${at} ${error.message ?? "is not valid"}`;
  }
}
var ConfigLoader = class {
  #rules;
  #ajv;
  #fileValidator;
  #optionValidators = /* @__PURE__ */ new WeakMap();
  #byFile = /* @__PURE__ */ new Map();
  #byDirectory = /* @__PURE__ */ new Map();
  #raws = /* @__PURE__ */ new Map();
  #layers = /* @__PURE__ */ new Map();
  #acyclic = /* @__PURE__ */ new Set();
  #plugins = /* @__PURE__ */ new Map();
  constructor(rules) {
    this.#rules = new Map(rules.map((rule) => [rule.meta.id, rule]));
  }
  /** The built-in configuration (`sla:recommended`), used when no config file applies. */
  defaultConfig(baseDirectory) {
    return { rules: this.#settings([{ preset: DEFAULT_PRESET }], []), ignores: [], baseDirectory, sources: [] };
  }
  /** The nearest config file in `directory` or above it; results are cached per directory. */
  findConfigFile(directory) {
    const absolute = path2.resolve(directory);
    let found = this.#byDirectory.get(absolute);
    if (!found) {
      found = (async () => {
        for (const name of CONFIG_FILE_NAMES) {
          const candidate = path2.join(absolute, name);
          if (await stat(candidate).then(() => true, () => false)) return candidate;
        }
        const parent = path2.dirname(absolute);
        return parent === absolute ? void 0 : this.findConfigFile(parent);
      })();
      this.#byDirectory.set(absolute, found);
    }
    return found;
  }
  /** Reads and validates a config file once; later calls share the result. Rejects with a ConfigError. */
  loadFile(file) {
    const absolute = path2.resolve(file);
    let loaded = this.#byFile.get(absolute);
    if (!loaded) {
      loaded = (async () => this.#resolve(await this.#raw(absolute, file)))();
      this.#byFile.set(absolute, loaded);
    }
    return loaded;
  }
  /** Validates config text and resolves it against the rules. Throws a ConfigError naming file:line:col. */
  async parse(text, file) {
    return this.#resolve(await this.#rawFromText(text, file, false));
  }
  async #resolve(raw) {
    await this.#checkCycles(raw, []);
    const layer = raw.fromDisk ? await this.#layer(raw.absolute) : await this.#layerOf(raw);
    const plugins = [...layer.plugins.values()];
    const pluginRules = plugins.flatMap((plugin) => plugin.rules);
    return {
      file: raw.file,
      rules: this.#settings(layer.steps, pluginRules),
      ignores: layer.ignores,
      baseDirectory: path2.dirname(raw.absolute),
      sources: layer.sources,
      plugins: plugins.map((plugin) => plugin.info),
      pluginRules
    };
  }
  /** A config file or module, read and checked in shape once per run. */
  #raw(absolute, file = absolute) {
    let raw = this.#raws.get(absolute);
    if (!raw) {
      raw = (async () => {
        if (isJavaScriptFile(absolute)) {
          let exported;
          try {
            exported = await importModule(absolute, "config", file);
          } catch (error) {
            if (error instanceof ExtensionError) throw new ConfigError(error.message, file, FILE_START2);
            throw error;
          }
          if (!isPlainObject3(exported)) throw new ConfigError("a config module exports the config object (`export default { extends, plugins, rules, ignores }` or `module.exports = {...}`)", file, FILE_START2);
          return this.#rawFromData(exported, file, absolute, () => FILE_START2, true);
        }
        const read = await readSource(absolute, DEFAULT_LIMITS.maxBytes);
        if (!read.ok) {
          const message = read.diagnostic.message.replace(/^cannot read the file: /, "").replace(/^the file\b/, "it").replace(/ limit for an agreement; is this the right file\? \(raise the limit with --max-bytes\)$/, " limit; is this the right file?");
          throw new ConfigError(`cannot read the config file: ${message}`, file, read.diagnostic.range);
        }
        return this.#rawFromText(read.text, file, true);
      })();
      this.#raws.set(absolute, raw);
    }
    return raw;
  }
  async #rawFromText(text, file, fromDisk) {
    const absolute = path2.resolve(file);
    if (text.trim() === "") return this.#rawFromData({}, file, absolute, () => FILE_START2, false, fromDisk);
    const source = parseYamlSource(text, file);
    if (source.diagnostics.some((d) => d.code === "empty-file")) return this.#rawFromData({}, file, absolute, () => FILE_START2, false, fromDisk);
    const problem2 = source.diagnostics.find((d) => d.severity === "error");
    if (problem2) {
      const message = problem2.code === "not-a-mapping" ? "a config file is a mapping with `extends`, `plugins`, `rules` and `ignores`" : problem2.message;
      throw new ConfigError(message, file, problem2.range);
    }
    return this.#rawFromData(source.data, file, absolute, (pointer, at) => source.sourceMap.rangeOf(pointer, at), false, fromDisk);
  }
  async #rawFromData(data, file, absolute, locate, isModule, fromDisk = true) {
    const fail = (message, pointer, at = "value") => {
      const where = isModule && pointer !== "" ? ` (at \`${pointer.slice(1).replace(/\//g, ".").replace(/~1/g, "/").replace(/~0/g, "~")}\`)` : "";
      throw new ConfigError(`${message}${where}`, file, locate(pointer, at));
    };
    const ajv = await this.#ajvInstance();
    this.#fileValidator ??= ajv.compile(FILE_SCHEMA);
    if (!this.#fileValidator(data)) {
      const error = this.#fileValidator.errors[0];
      if (error.keyword === "additionalProperties" && error.instancePath === "") {
        const key = String(error.params.additionalProperty);
        const hint = didYouMean(key, CONFIG_KEYS);
        fail(`unknown key \`${key}\`${hint ? ` (did you mean \`${hint}\`?)` : ""}; a config has ${listOf(CONFIG_KEYS, "and")}`, `${error.instancePath}/${pointerKey(key)}`, "key");
      }
      fail(describeAjvError(error, error.instancePath), error.instancePath);
    }
    const names = data.extends === void 0 ? [DEFAULT_PRESET] : typeof data.extends === "string" ? [data.extends] : data.extends;
    const parents = [];
    for (const [index, name] of names.entries()) {
      const pointer = Array.isArray(data.extends) ? `/extends/${index}` : "/extends";
      const preset = findPreset(name);
      if (preset) {
        parents.push({ preset: preset.name });
        continue;
      }
      const presetNames = PRESETS.map((p) => p.name);
      if (name.startsWith("sla:")) {
        const hint = didYouMean(name, presetNames);
        fail(`unknown preset \`${name}\`${hint ? ` (did you mean \`${hint}\`?)` : ""}; the built-in presets are ${listOf(presetNames)}`, pointer);
      }
      if (!isPathSpecifier(name) && !isPackageSpecifier(name)) {
        fail(`\`${name}\` in \`extends\` is neither a built-in preset (${listOf(presetNames)}), a config file (\`./base.slarc.yaml\`, relative to this config) nor a package name (\`@acme/sla-config\`)`, pointer);
      }
      try {
        const module = resolveModule(name, absolute, "shared config");
        parents.push({ file: module.file, pointer, ...module.packageJson && !isPathSpecifier(name) && { packageJson: module.packageJson } });
      } catch (error) {
        if (!(error instanceof ExtensionError)) throw error;
        let message = error.message;
        if (!isPathSpecifier(name)) {
          const hint = didYouMean(name, [...presetNames, ...presetNames.map((p) => p.slice("sla:".length))]);
          if (hint) message = `\`${name}\` is not a built-in preset (did you mean \`${findPreset(hint).name}\`?), and ${message}`;
          else if (existsSync2(path2.resolve(path2.dirname(absolute), name))) message += `; to extend the file ${name} next to ${path2.basename(file)}, write \`./${name}\``;
        }
        fail(message, pointer);
      }
    }
    return { file, absolute, data, fail, parents, fromDisk };
  }
  /** Refuses `extends` that lead back to a config on the way (`a.yaml → b.yaml → a.yaml`), with the chain. */
  async #checkCycles(raw, chain) {
    if (raw.fromDisk && this.#acyclic.has(raw.absolute)) return;
    const here = [...chain, raw.absolute];
    for (const parent of raw.parents) {
      if (!("file" in parent)) continue;
      if (here.includes(parent.file)) {
        const base = path2.dirname(here[0]);
        const names = [...here, parent.file].map((file) => path2.relative(base, file) || path2.basename(file));
        raw.fail(`\`extends\` makes a cycle: ${names.join(" \u2192 ")}; a config cannot extend itself, directly or through others`, parent.pointer);
      }
      await this.#checkCycles(await this.#raw(parent.file), here);
    }
    if (raw.fromDisk) this.#acyclic.add(raw.absolute);
  }
  /** A config file with what it extends applied, once per run. Only for files whose `extends` have no cycle. */
  #layer(absolute) {
    let layer = this.#layers.get(absolute);
    if (!layer) {
      layer = (async () => this.#layerOf(await this.#raw(absolute)))();
      this.#layers.set(absolute, layer);
    }
    return layer;
  }
  async #layerOf(raw) {
    const { data, fail } = raw;
    const ajv = await this.#ajvInstance();
    const steps = [];
    const plugins = /* @__PURE__ */ new Map();
    const ignores = [];
    const sources = [raw.absolute];
    const addPlugin = (prefix, plugin, pointer) => {
      const existing = plugins.get(prefix);
      if (existing && existing.info.file !== plugin.info.file) {
        fail(`the plugin prefix \`${prefix}\` would name two plugins, \`${existing.info.specifier}\` (${existing.info.file}) and \`${plugin.info.specifier}\` (${plugin.info.file}); give one of them another prefix`, pointer);
      }
      if (!existing) plugins.set(prefix, plugin);
    };
    for (const parent of raw.parents) {
      if ("preset" in parent) {
        steps.push(parent);
        continue;
      }
      const layer = await this.#layer(parent.file);
      steps.push(...layer.steps);
      ignores.push(...layer.ignores);
      sources.push(...layer.sources);
      if (parent.packageJson) sources.push(parent.packageJson);
      for (const [prefix, plugin] of layer.plugins) addPlugin(prefix, plugin, parent.pointer);
    }
    const declared = Array.isArray(data.plugins) ? data.plugins.map((specifier, index) => [void 0, specifier, `/plugins/${index}`]) : Object.entries(data.plugins ?? {}).map(([prefix, specifier]) => [prefix, specifier, `/plugins/${pointerKey(prefix)}`]);
    for (const [prefix, specifier, pointer] of declared) {
      if (prefix !== void 0 && !PLUGIN_PREFIX.test(prefix)) {
        fail(`\`${prefix}\` cannot be a plugin prefix: use lower-case letters, digits, \`-\`, \`.\` and \`_\` (\`acme\`, or \`@acme\` / \`@acme/legal\` for a scope)`, pointer, "key");
      }
      if (!isPathSpecifier(specifier) && !isPackageSpecifier(specifier)) {
        fail(`\`${specifier}\` in \`plugins\` is neither a path (\`./plugins/acme.js\`, relative to this config) nor a package name (\`@acme/sla-plugin\`)`, pointer);
      }
      let plugin;
      try {
        plugin = await this.#loadPlugin(specifier, raw.absolute, prefix, ajv);
      } catch (error) {
        if (error instanceof ExtensionError) fail(error.message, pointer);
        throw error;
      }
      addPlugin(plugin.info.prefix, plugin, pointer);
      sources.push(plugin.info.file, ...plugin.packageJson ? [plugin.packageJson] : []);
    }
    const configured = {};
    for (const [ruleId, entry] of Object.entries(data.rules ?? {})) {
      const pointer = `/rules/${pointerKey(ruleId)}`;
      const found = this.#lookupRule(ruleId, plugins);
      if (typeof found === "string") fail(found, pointer, "key");
      configured[ruleId] = this.#checkRuleEntry(ajv, ruleId, entry, pointer, fail, found);
    }
    steps.push({ rules: configured });
    ignores.push(...data.ignores ?? []);
    return { steps, plugins, ignores, sources: [...new Set(sources)] };
  }
  /** Resolves, imports and checks a plugin once per run (per prefix). Throws an ExtensionError. */
  #loadPlugin(specifier, fromFile, prefix, ajv) {
    const module = resolveModule(specifier, fromFile, "plugin");
    const key = `${prefix ?? ""}\0${specifier}\0${module.file}`;
    let loaded = this.#plugins.get(key);
    if (!loaded) {
      loaded = (async () => {
        if (!isJavaScriptFile(module.file)) throw new ExtensionError(`the plugin \`${specifier}\` resolves to ${module.file}, which is not a JavaScript module (.js, .mjs or .cjs)`);
        const exported = await importModule(module.file, "plugin", specifier);
        const { info, rules } = checkPlugin(exported, module, prefix, (schema) => ajv.compile(schema));
        return { info, rules, ...module.packageJson && { packageJson: module.packageJson } };
      })();
      this.#plugins.set(key, loaded);
    }
    return loaded;
  }
  /** A rule by id among the built-in rules and the config's plugins' rules, or a message saying why there is none. */
  #lookupRule(ruleId, plugins) {
    const slash = ruleId.lastIndexOf("/");
    if (slash < 0) {
      const rule2 = this.#rules.get(ruleId);
      if (rule2) return rule2;
      const hint2 = didYouMean(ruleId, this.#rules.keys());
      return `unknown rule \`${ruleId}\`${hint2 ? ` (did you mean \`${hint2}\`?)` : ""}; run \`sla rules\` for the list`;
    }
    const prefix = ruleId.slice(0, slash);
    const plugin = plugins.get(prefix);
    if (!plugin) {
      const hint2 = didYouMean(prefix, plugins.keys());
      return `unknown rule \`${ruleId}\`: no plugin \`${prefix}\` in this config${hint2 ? ` (did you mean \`${hint2}\`?)` : ""}; name it in \`plugins\`, e.g. \`plugins: { ${prefix}: <package or ./path> }\` (see docs/plugins.md)`;
    }
    const rule = plugin.rules.find((r) => r.meta.id === ruleId);
    if (rule) return rule;
    const ids = plugin.rules.map((r) => r.meta.id);
    const hint = didYouMean(ruleId, ids);
    return `the plugin \`${prefix}\` (${plugin.info.name}) has no rule \`${ruleId.slice(slash + 1)}\`${hint ? ` (did you mean \`${hint}\`?)` : ""}; its rules are ${ids.length ? listOf(ids, "and") : "none"}`;
  }
  /**
   * Checks one `rules` entry (`severity` or `[severity, options]`) of a rule; `fail` throws, naming where (a JSON
   * pointer). With `rule` null only the severity and the shape are checked (the options of a plugin's rule given
   * with `--rule`, checked once a config names the plugin).
   */
  #checkRuleEntry(ajv, ruleId, entry, pointer, fail, rule) {
    const tuple = Array.isArray(entry) ? entry : [entry];
    const severity = tuple[0];
    if (typeof severity !== "string" || !RULE_SETTINGS.includes(severity)) {
      fail(`the severity of \`${ruleId}\` must be ${listOf(RULE_SETTINGS)}, or a list \`[severity, { options }]\``, Array.isArray(entry) ? `${pointer}/0` : pointer);
    }
    if (tuple.length > 2) fail(`\`${ruleId}\` takes at most two entries: \`[severity, { options }]\``, `${pointer}/2`);
    if (tuple.length === 2 && rule) {
      const schema = rule.meta.optionsSchema;
      if (!schema) fail(`\`${ruleId}\` takes no options; write only its severity`, `${pointer}/1`);
      const validate = this.#optionsValidator(ajv, rule);
      if (!validate(tuple[1])) {
        const error = validate.errors[0];
        const where = `${pointer}/1${error.instancePath}`;
        if (error.keyword === "additionalProperties") {
          const key = String(error.params.additionalProperty);
          const known = Object.keys(schema.properties ?? {});
          const hint = didYouMean(key, known);
          fail(`\`${ruleId}\` has no option \`${key}\`${hint ? ` (did you mean \`${hint}\`?)` : ""}${known.length ? `; its options are ${listOf(known, "and")}` : ""}`, `${where}/${key}`, "key");
        }
        fail(`option of \`${ruleId}\`: ${describeAjvError(error, `/${ruleId}${error.instancePath}`)}`, where);
      }
    }
    return tuple.length === 2 ? { severity, options: tuple[1] } : { severity };
  }
  /**
   * Validates rule settings given on the command line (`--rule`), with the messages of a config file's `rules`.
   * Throws a RuleOverrideError for an unknown rule id, a bad severity or bad options. A plugin's rule
   * (`prefix/rule-id`) is checked against each config it is applied to, in `withRuleOverrides`.
   */
  async checkRuleOverrides(entries2) {
    const ajv = await this.#ajvInstance();
    const fail = (message) => {
      throw new RuleOverrideError(message);
    };
    const checked = {};
    for (const [ruleId, entry] of Object.entries(entries2)) {
      let rule = null;
      if (!ruleId.includes("/")) {
        const found = this.#lookupRule(ruleId, /* @__PURE__ */ new Map());
        if (typeof found === "string") fail(found);
        rule = found;
      }
      checked[ruleId] = this.#checkRuleEntry(ajv, ruleId, entry, "", fail, rule);
    }
    return checked;
  }
  /**
   * A config with command-line rule settings on top, as ESLint's `--rule`: a severity alone keeps the options the
   * config gave; `[severity, options]` replaces them (merged over the rule's defaults). Either way the rule's
   * severity is for all its messages (a preset's per-message severities no longer apply). A plugin's rule must come
   * from a plugin the config names, else this throws a RuleOverrideError.
   */
  withRuleOverrides(config, overrides) {
    const rules = new Map(config.rules);
    for (const [ruleId, entry] of Object.entries(overrides)) {
      let rule = this.#rules.get(ruleId);
      if (!rule && ruleId.includes("/")) {
        const plugins = new Map((config.pluginRules ?? []).map((r) => [r.plugin.prefix, { info: r.plugin, rules: (config.pluginRules ?? []).filter((o) => o.plugin === r.plugin) }]));
        const found = this.#lookupRule(ruleId, plugins);
        const where = config.file === void 0 ? " (no config file applies, so no plugin is named)" : ` in ${config.file}`;
        if (typeof found === "string") throw new RuleOverrideError(found.replace(/ in this config/, where));
        rule = found;
        if ("options" in entry) {
          this.#checkRuleEntry(this.#ajv, ruleId, [entry.severity, entry.options], "", (message) => {
            throw new RuleOverrideError(message);
          }, rule);
        }
      }
      if (!rule) continue;
      const before = rules.get(ruleId);
      rules.set(ruleId, {
        severity: entry.severity,
        options: "options" in entry ? mergeOptions(rule.meta.defaultOptions, entry.options) : before?.options ?? mergeOptions(rule.meta.defaultOptions, void 0)
      });
    }
    return { ...config, rules };
  }
  /**
   * Every rule's setting from the steps, in order: a preset sets the severity of every built-in rule (and the
   * severities of single messages it has), a config's `rules` set the rules they name. A severity alone keeps the
   * options set before; `[severity, options]` replaces them. A plugin's rules are off until `rules` sets them.
   */
  #settings(steps, pluginRules) {
    const builtIn = [...this.#rules.values()];
    const settled = /* @__PURE__ */ new Map();
    const entryOf = (id) => {
      let entry = settled.get(id);
      if (!entry) settled.set(id, entry = {});
      return entry;
    };
    for (const step of steps) {
      if ("preset" in step) {
        const preset = findPreset(step.preset);
        for (const [id, severity] of Object.entries(preset.settings(builtIn))) {
          const entry = entryOf(id);
          entry.severity = severity;
          delete entry.messageSeverities;
        }
        for (const [id, messages] of Object.entries(preset.messageSettings?.(builtIn) ?? {})) entryOf(id).messageSeverities = messages;
        continue;
      }
      for (const [id, configured] of Object.entries(step.rules)) {
        const entry = entryOf(id);
        entry.severity = configured.severity;
        delete entry.messageSeverities;
        if ("options" in configured) {
          entry.options = configured.options;
          entry.hasOptions = true;
        }
      }
    }
    const resolved = /* @__PURE__ */ new Map();
    for (const rule of [...builtIn, ...pluginRules]) {
      const entry = settled.get(rule.meta.id);
      resolved.set(rule.meta.id, {
        severity: entry?.severity ?? "off",
        options: mergeOptions(rule.meta.defaultOptions, entry?.hasOptions ? entry.options : void 0),
        ...entry?.messageSeverities && { messageSeverities: entry.messageSeverities }
      });
    }
    return resolved;
  }
  async #ajvInstance() {
    if (!this.#ajv) {
      const Ajv2020 = (await import("./2020-HBEPLQEG.js")).default.default;
      this.#ajv = new Ajv2020({ allErrors: false, strict: false });
    }
    return this.#ajv;
  }
  #optionsValidator(ajv, rule) {
    let validate = this.#optionValidators.get(rule);
    if (!validate) {
      validate = ajv.compile(rule.meta.optionsSchema ?? {});
      this.#optionValidators.set(rule, validate);
    }
    return validate;
  }
};
function mergeOptions(defaults, configured) {
  if (configured === void 0) return defaults ?? {};
  if (isPlainObject3(defaults) && isPlainObject3(configured)) return { ...defaults, ...configured };
  return configured;
}
function isPlainObject3(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export {
  hasErrors,
  DEFAULT_LIMITS,
  parseYamlSource,
  normaliseCalendar,
  validateAgreement,
  loadAgreementText,
  loadAgreementBytes,
  loadAgreement,
  readAgreementSource,
  readAhead,
  CONFIG_FILE_NAMES,
  ConfigError,
  configSchema,
  ConfigLoader,
  mergeOptions
};
