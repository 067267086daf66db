// esbuild plugin for the start-up prototype: sla's parseYamlSource with a fast path. The data comes from js-yaml 4
// (core schema, i.e. YAML 1.2 like sla's loader; duplicate keys throw); the `yaml` package parses the text only when
// positions are first asked for (the SourceMap's lazy fill) or when js-yaml refuses the text (then sla's own loader
// runs and explains the problem). Aliases, alias limits and `<<` are left to the slow path (js-yaml refusing or the
// text containing `&`/`*` sends it there). A prototype to measure, not a drop-in replacement.
import path from 'node:path';
import { readFile } from 'node:fs/promises';

export function fastYamlPlugin(benchDir) {
  return {
    name: 'fast-yaml',
    setup(build) {
      build.onLoad({ filter: /src[\\/]load[\\/]parse-yaml\.ts$/ }, async (args) => {
        let source = await readFile(args.path, 'utf8');
        source = source.replace('export function parseYamlSource(', 'function parseYamlSourceSlow(');
        source += `
import jsYaml from ${JSON.stringify(path.join(benchDir, 'node_modules/js-yaml4/dist/js-yaml.mjs'))};
export function parseYamlSource(text: string, file: string, limits: ParseLimits = DEFAULT_LIMITS): ParsedSource {
  if (text.trim() === '' || /(?:^|[\\s\\[{,])[&*][^\\s,\\[\\]{}]/m.test(text) || /^---/m.test(text)) return parseYamlSourceSlow(text, file, limits);
  let data: unknown;
  try {
    data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
  } catch {
    return parseYamlSourceSlow(text, file, limits);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return parseYamlSourceSlow(text, file, limits);
  const sourceMap = new SourceMap((map) => {
    const lines = new LineCounter();
    const [doc] = parseAllDocuments(text, { lineCounter: lines, uniqueKeys: true, merge: false, version: '1.2', strict: true }) as Document.Parsed[];
    if (doc) mapSource(doc, lines, map, false);
  });
  return { file, text, data, sourceMap, diagnostics: [] };
}
`;
        return { contents: source, loader: 'ts', resolveDir: path.dirname(args.path) };
      });
      // Text fields ask for their position only when a rule reports something in them (today every field's range
      // is looked up as the list is built, which fills the lazy source map for every linted file).
      build.onLoad({ filter: /src[\\/]lint[\\/]text-fields\.ts$/ }, async (args) => {
        let source = await readFile(args.path, 'utf8');
        const eager = "const whole = source.sourceMap.rangeOf(pointer, 'value');";
        if (!source.includes(eager)) return undefined; // src/ already looks ranges up lazily (since 5dedd41)
        source = source.replace(eager, "let wholeRange: SourceRange | undefined;\n    const wholeOf = (): SourceRange => (wholeRange ??= source.sourceMap.rangeOf(pointer, 'value'));");
        source = source.replace(/\bwhole\.(line|column|endLine|endColumn)\b/g, 'wholeOf().$1').replace(/return whole;/g, 'return wholeOf();');
        return { contents: source, loader: 'ts', resolveDir: path.dirname(args.path) };
      });
    },
  };
}
