import { createRequire as __slaCreateRequire } from 'node:module'; const require = __slaCreateRequire(import.meta.url);

// src/pdf/markdown-to-pdf.ts
import { readFile as readFile2 } from "node:fs/promises";

// node_modules/github-slugger/regex.js
var regex = /[\0-\x1F!-,\.\/:-@\[-\^`\{-\xA9\xAB-\xB4\xB6-\xB9\xBB-\xBF\xD7\xF7\u02C2-\u02C5\u02D2-\u02DF\u02E5-\u02EB\u02ED\u02EF-\u02FF\u0375\u0378\u0379\u037E\u0380-\u0385\u0387\u038B\u038D\u03A2\u03F6\u0482\u0530\u0557\u0558\u055A-\u055F\u0589-\u0590\u05BE\u05C0\u05C3\u05C6\u05C8-\u05CF\u05EB-\u05EE\u05F3-\u060F\u061B-\u061F\u066A-\u066D\u06D4\u06DD\u06DE\u06E9\u06FD\u06FE\u0700-\u070F\u074B\u074C\u07B2-\u07BF\u07F6-\u07F9\u07FB\u07FC\u07FE\u07FF\u082E-\u083F\u085C-\u085F\u086B-\u089F\u08B5\u08C8-\u08D2\u08E2\u0964\u0965\u0970\u0984\u098D\u098E\u0991\u0992\u09A9\u09B1\u09B3-\u09B5\u09BA\u09BB\u09C5\u09C6\u09C9\u09CA\u09CF-\u09D6\u09D8-\u09DB\u09DE\u09E4\u09E5\u09F2-\u09FB\u09FD\u09FF\u0A00\u0A04\u0A0B-\u0A0E\u0A11\u0A12\u0A29\u0A31\u0A34\u0A37\u0A3A\u0A3B\u0A3D\u0A43-\u0A46\u0A49\u0A4A\u0A4E-\u0A50\u0A52-\u0A58\u0A5D\u0A5F-\u0A65\u0A76-\u0A80\u0A84\u0A8E\u0A92\u0AA9\u0AB1\u0AB4\u0ABA\u0ABB\u0AC6\u0ACA\u0ACE\u0ACF\u0AD1-\u0ADF\u0AE4\u0AE5\u0AF0-\u0AF8\u0B00\u0B04\u0B0D\u0B0E\u0B11\u0B12\u0B29\u0B31\u0B34\u0B3A\u0B3B\u0B45\u0B46\u0B49\u0B4A\u0B4E-\u0B54\u0B58-\u0B5B\u0B5E\u0B64\u0B65\u0B70\u0B72-\u0B81\u0B84\u0B8B-\u0B8D\u0B91\u0B96-\u0B98\u0B9B\u0B9D\u0BA0-\u0BA2\u0BA5-\u0BA7\u0BAB-\u0BAD\u0BBA-\u0BBD\u0BC3-\u0BC5\u0BC9\u0BCE\u0BCF\u0BD1-\u0BD6\u0BD8-\u0BE5\u0BF0-\u0BFF\u0C0D\u0C11\u0C29\u0C3A-\u0C3C\u0C45\u0C49\u0C4E-\u0C54\u0C57\u0C5B-\u0C5F\u0C64\u0C65\u0C70-\u0C7F\u0C84\u0C8D\u0C91\u0CA9\u0CB4\u0CBA\u0CBB\u0CC5\u0CC9\u0CCE-\u0CD4\u0CD7-\u0CDD\u0CDF\u0CE4\u0CE5\u0CF0\u0CF3-\u0CFF\u0D0D\u0D11\u0D45\u0D49\u0D4F-\u0D53\u0D58-\u0D5E\u0D64\u0D65\u0D70-\u0D79\u0D80\u0D84\u0D97-\u0D99\u0DB2\u0DBC\u0DBE\u0DBF\u0DC7-\u0DC9\u0DCB-\u0DCE\u0DD5\u0DD7\u0DE0-\u0DE5\u0DF0\u0DF1\u0DF4-\u0E00\u0E3B-\u0E3F\u0E4F\u0E5A-\u0E80\u0E83\u0E85\u0E8B\u0EA4\u0EA6\u0EBE\u0EBF\u0EC5\u0EC7\u0ECE\u0ECF\u0EDA\u0EDB\u0EE0-\u0EFF\u0F01-\u0F17\u0F1A-\u0F1F\u0F2A-\u0F34\u0F36\u0F38\u0F3A-\u0F3D\u0F48\u0F6D-\u0F70\u0F85\u0F98\u0FBD-\u0FC5\u0FC7-\u0FFF\u104A-\u104F\u109E\u109F\u10C6\u10C8-\u10CC\u10CE\u10CF\u10FB\u1249\u124E\u124F\u1257\u1259\u125E\u125F\u1289\u128E\u128F\u12B1\u12B6\u12B7\u12BF\u12C1\u12C6\u12C7\u12D7\u1311\u1316\u1317\u135B\u135C\u1360-\u137F\u1390-\u139F\u13F6\u13F7\u13FE-\u1400\u166D\u166E\u1680\u169B-\u169F\u16EB-\u16ED\u16F9-\u16FF\u170D\u1715-\u171F\u1735-\u173F\u1754-\u175F\u176D\u1771\u1774-\u177F\u17D4-\u17D6\u17D8-\u17DB\u17DE\u17DF\u17EA-\u180A\u180E\u180F\u181A-\u181F\u1879-\u187F\u18AB-\u18AF\u18F6-\u18FF\u191F\u192C-\u192F\u193C-\u1945\u196E\u196F\u1975-\u197F\u19AC-\u19AF\u19CA-\u19CF\u19DA-\u19FF\u1A1C-\u1A1F\u1A5F\u1A7D\u1A7E\u1A8A-\u1A8F\u1A9A-\u1AA6\u1AA8-\u1AAF\u1AC1-\u1AFF\u1B4C-\u1B4F\u1B5A-\u1B6A\u1B74-\u1B7F\u1BF4-\u1BFF\u1C38-\u1C3F\u1C4A-\u1C4C\u1C7E\u1C7F\u1C89-\u1C8F\u1CBB\u1CBC\u1CC0-\u1CCF\u1CD3\u1CFB-\u1CFF\u1DFA\u1F16\u1F17\u1F1E\u1F1F\u1F46\u1F47\u1F4E\u1F4F\u1F58\u1F5A\u1F5C\u1F5E\u1F7E\u1F7F\u1FB5\u1FBD\u1FBF-\u1FC1\u1FC5\u1FCD-\u1FCF\u1FD4\u1FD5\u1FDC-\u1FDF\u1FED-\u1FF1\u1FF5\u1FFD-\u203E\u2041-\u2053\u2055-\u2070\u2072-\u207E\u2080-\u208F\u209D-\u20CF\u20F1-\u2101\u2103-\u2106\u2108\u2109\u2114\u2116-\u2118\u211E-\u2123\u2125\u2127\u2129\u212E\u213A\u213B\u2140-\u2144\u214A-\u214D\u214F-\u215F\u2189-\u24B5\u24EA-\u2BFF\u2C2F\u2C5F\u2CE5-\u2CEA\u2CF4-\u2CFF\u2D26\u2D28-\u2D2C\u2D2E\u2D2F\u2D68-\u2D6E\u2D70-\u2D7E\u2D97-\u2D9F\u2DA7\u2DAF\u2DB7\u2DBF\u2DC7\u2DCF\u2DD7\u2DDF\u2E00-\u2E2E\u2E30-\u3004\u3008-\u3020\u3030\u3036\u3037\u303D-\u3040\u3097\u3098\u309B\u309C\u30A0\u30FB\u3100-\u3104\u3130\u318F-\u319F\u31C0-\u31EF\u3200-\u33FF\u4DC0-\u4DFF\u9FFD-\u9FFF\uA48D-\uA4CF\uA4FE\uA4FF\uA60D-\uA60F\uA62C-\uA63F\uA673\uA67E\uA6F2-\uA716\uA720\uA721\uA789\uA78A\uA7C0\uA7C1\uA7CB-\uA7F4\uA828-\uA82B\uA82D-\uA83F\uA874-\uA87F\uA8C6-\uA8CF\uA8DA-\uA8DF\uA8F8-\uA8FA\uA8FC\uA92E\uA92F\uA954-\uA95F\uA97D-\uA97F\uA9C1-\uA9CE\uA9DA-\uA9DF\uA9FF\uAA37-\uAA3F\uAA4E\uAA4F\uAA5A-\uAA5F\uAA77-\uAA79\uAAC3-\uAADA\uAADE\uAADF\uAAF0\uAAF1\uAAF7-\uAB00\uAB07\uAB08\uAB0F\uAB10\uAB17-\uAB1F\uAB27\uAB2F\uAB5B\uAB6A-\uAB6F\uABEB\uABEE\uABEF\uABFA-\uABFF\uD7A4-\uD7AF\uD7C7-\uD7CA\uD7FC-\uD7FF\uE000-\uF8FF\uFA6E\uFA6F\uFADA-\uFAFF\uFB07-\uFB12\uFB18-\uFB1C\uFB29\uFB37\uFB3D\uFB3F\uFB42\uFB45\uFBB2-\uFBD2\uFD3E-\uFD4F\uFD90\uFD91\uFDC8-\uFDEF\uFDFC-\uFDFF\uFE10-\uFE1F\uFE30-\uFE32\uFE35-\uFE4C\uFE50-\uFE6F\uFE75\uFEFD-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF3E\uFF40\uFF5B-\uFF65\uFFBF-\uFFC1\uFFC8\uFFC9\uFFD0\uFFD1\uFFD8\uFFD9\uFFDD-\uFFFF]|\uD800[\uDC0C\uDC27\uDC3B\uDC3E\uDC4E\uDC4F\uDC5E-\uDC7F\uDCFB-\uDD3F\uDD75-\uDDFC\uDDFE-\uDE7F\uDE9D-\uDE9F\uDED1-\uDEDF\uDEE1-\uDEFF\uDF20-\uDF2C\uDF4B-\uDF4F\uDF7B-\uDF7F\uDF9E\uDF9F\uDFC4-\uDFC7\uDFD0\uDFD6-\uDFFF]|\uD801[\uDC9E\uDC9F\uDCAA-\uDCAF\uDCD4-\uDCD7\uDCFC-\uDCFF\uDD28-\uDD2F\uDD64-\uDDFF\uDF37-\uDF3F\uDF56-\uDF5F\uDF68-\uDFFF]|\uD802[\uDC06\uDC07\uDC09\uDC36\uDC39-\uDC3B\uDC3D\uDC3E\uDC56-\uDC5F\uDC77-\uDC7F\uDC9F-\uDCDF\uDCF3\uDCF6-\uDCFF\uDD16-\uDD1F\uDD3A-\uDD7F\uDDB8-\uDDBD\uDDC0-\uDDFF\uDE04\uDE07-\uDE0B\uDE14\uDE18\uDE36\uDE37\uDE3B-\uDE3E\uDE40-\uDE5F\uDE7D-\uDE7F\uDE9D-\uDEBF\uDEC8\uDEE7-\uDEFF\uDF36-\uDF3F\uDF56-\uDF5F\uDF73-\uDF7F\uDF92-\uDFFF]|\uD803[\uDC49-\uDC7F\uDCB3-\uDCBF\uDCF3-\uDCFF\uDD28-\uDD2F\uDD3A-\uDE7F\uDEAA\uDEAD-\uDEAF\uDEB2-\uDEFF\uDF1D-\uDF26\uDF28-\uDF2F\uDF51-\uDFAF\uDFC5-\uDFDF\uDFF7-\uDFFF]|\uD804[\uDC47-\uDC65\uDC70-\uDC7E\uDCBB-\uDCCF\uDCE9-\uDCEF\uDCFA-\uDCFF\uDD35\uDD40-\uDD43\uDD48-\uDD4F\uDD74\uDD75\uDD77-\uDD7F\uDDC5-\uDDC8\uDDCD\uDDDB\uDDDD-\uDDFF\uDE12\uDE38-\uDE3D\uDE3F-\uDE7F\uDE87\uDE89\uDE8E\uDE9E\uDEA9-\uDEAF\uDEEB-\uDEEF\uDEFA-\uDEFF\uDF04\uDF0D\uDF0E\uDF11\uDF12\uDF29\uDF31\uDF34\uDF3A\uDF45\uDF46\uDF49\uDF4A\uDF4E\uDF4F\uDF51-\uDF56\uDF58-\uDF5C\uDF64\uDF65\uDF6D-\uDF6F\uDF75-\uDFFF]|\uD805[\uDC4B-\uDC4F\uDC5A-\uDC5D\uDC62-\uDC7F\uDCC6\uDCC8-\uDCCF\uDCDA-\uDD7F\uDDB6\uDDB7\uDDC1-\uDDD7\uDDDE-\uDDFF\uDE41-\uDE43\uDE45-\uDE4F\uDE5A-\uDE7F\uDEB9-\uDEBF\uDECA-\uDEFF\uDF1B\uDF1C\uDF2C-\uDF2F\uDF3A-\uDFFF]|\uD806[\uDC3B-\uDC9F\uDCEA-\uDCFE\uDD07\uDD08\uDD0A\uDD0B\uDD14\uDD17\uDD36\uDD39\uDD3A\uDD44-\uDD4F\uDD5A-\uDD9F\uDDA8\uDDA9\uDDD8\uDDD9\uDDE2\uDDE5-\uDDFF\uDE3F-\uDE46\uDE48-\uDE4F\uDE9A-\uDE9C\uDE9E-\uDEBF\uDEF9-\uDFFF]|\uD807[\uDC09\uDC37\uDC41-\uDC4F\uDC5A-\uDC71\uDC90\uDC91\uDCA8\uDCB7-\uDCFF\uDD07\uDD0A\uDD37-\uDD39\uDD3B\uDD3E\uDD48-\uDD4F\uDD5A-\uDD5F\uDD66\uDD69\uDD8F\uDD92\uDD99-\uDD9F\uDDAA-\uDEDF\uDEF7-\uDFAF\uDFB1-\uDFFF]|\uD808[\uDF9A-\uDFFF]|\uD809[\uDC6F-\uDC7F\uDD44-\uDFFF]|[\uD80A\uD80B\uD80E-\uD810\uD812-\uD819\uD824-\uD82B\uD82D\uD82E\uD830-\uD833\uD837\uD839\uD83D\uD83F\uD87B-\uD87D\uD87F\uD885-\uDB3F\uDB41-\uDBFF][\uDC00-\uDFFF]|\uD80D[\uDC2F-\uDFFF]|\uD811[\uDE47-\uDFFF]|\uD81A[\uDE39-\uDE3F\uDE5F\uDE6A-\uDECF\uDEEE\uDEEF\uDEF5-\uDEFF\uDF37-\uDF3F\uDF44-\uDF4F\uDF5A-\uDF62\uDF78-\uDF7C\uDF90-\uDFFF]|\uD81B[\uDC00-\uDE3F\uDE80-\uDEFF\uDF4B-\uDF4E\uDF88-\uDF8E\uDFA0-\uDFDF\uDFE2\uDFE5-\uDFEF\uDFF2-\uDFFF]|\uD821[\uDFF8-\uDFFF]|\uD823[\uDCD6-\uDCFF\uDD09-\uDFFF]|\uD82C[\uDD1F-\uDD4F\uDD53-\uDD63\uDD68-\uDD6F\uDEFC-\uDFFF]|\uD82F[\uDC6B-\uDC6F\uDC7D-\uDC7F\uDC89-\uDC8F\uDC9A-\uDC9C\uDC9F-\uDFFF]|\uD834[\uDC00-\uDD64\uDD6A-\uDD6C\uDD73-\uDD7A\uDD83\uDD84\uDD8C-\uDDA9\uDDAE-\uDE41\uDE45-\uDFFF]|\uD835[\uDC55\uDC9D\uDCA0\uDCA1\uDCA3\uDCA4\uDCA7\uDCA8\uDCAD\uDCBA\uDCBC\uDCC4\uDD06\uDD0B\uDD0C\uDD15\uDD1D\uDD3A\uDD3F\uDD45\uDD47-\uDD49\uDD51\uDEA6\uDEA7\uDEC1\uDEDB\uDEFB\uDF15\uDF35\uDF4F\uDF6F\uDF89\uDFA9\uDFC3\uDFCC\uDFCD]|\uD836[\uDC00-\uDDFF\uDE37-\uDE3A\uDE6D-\uDE74\uDE76-\uDE83\uDE85-\uDE9A\uDEA0\uDEB0-\uDFFF]|\uD838[\uDC07\uDC19\uDC1A\uDC22\uDC25\uDC2B-\uDCFF\uDD2D-\uDD2F\uDD3E\uDD3F\uDD4A-\uDD4D\uDD4F-\uDEBF\uDEFA-\uDFFF]|\uD83A[\uDCC5-\uDCCF\uDCD7-\uDCFF\uDD4C-\uDD4F\uDD5A-\uDFFF]|\uD83B[\uDC00-\uDDFF\uDE04\uDE20\uDE23\uDE25\uDE26\uDE28\uDE33\uDE38\uDE3A\uDE3C-\uDE41\uDE43-\uDE46\uDE48\uDE4A\uDE4C\uDE50\uDE53\uDE55\uDE56\uDE58\uDE5A\uDE5C\uDE5E\uDE60\uDE63\uDE65\uDE66\uDE6B\uDE73\uDE78\uDE7D\uDE7F\uDE8A\uDE9C-\uDEA0\uDEA4\uDEAA\uDEBC-\uDFFF]|\uD83C[\uDC00-\uDD2F\uDD4A-\uDD4F\uDD6A-\uDD6F\uDD8A-\uDFFF]|\uD83E[\uDC00-\uDFEF\uDFFA-\uDFFF]|\uD869[\uDEDE-\uDEFF]|\uD86D[\uDF35-\uDF3F]|\uD86E[\uDC1E\uDC1F]|\uD873[\uDEA2-\uDEAF]|\uD87A[\uDFE1-\uDFFF]|\uD87E[\uDE1E-\uDFFF]|\uD884[\uDF4B-\uDFFF]|\uDB40[\uDC00-\uDCFF\uDDF0-\uDFFF]/g;

// node_modules/github-slugger/index.js
var own = Object.hasOwnProperty;
var BananaSlug = class {
  /**
   * Create a new slug class.
   */
  constructor() {
    this.occurrences;
    this.reset();
  }
  /**
   * Generate a unique slug.
  *
  * Tracks previously generated slugs: repeated calls with the same value
  * will result in different slugs.
  * Use the `slug` function to get same slugs.
   *
   * @param  {string} value
   *   String of text to slugify
   * @param  {boolean} [maintainCase=false]
   *   Keep the current case, otherwise make all lowercase
   * @return {string}
   *   A unique slug string
   */
  slug(value, maintainCase) {
    const self = this;
    let result = slug(value, maintainCase === true);
    const originalSlug = result;
    while (own.call(self.occurrences, result)) {
      self.occurrences[originalSlug]++;
      result = originalSlug + "-" + self.occurrences[originalSlug];
    }
    self.occurrences[result] = 0;
    return result;
  }
  /**
   * Reset - Forget all previous slugs
   *
   * @return void
   */
  reset() {
    this.occurrences = /* @__PURE__ */ Object.create(null);
  }
};
function slug(value, maintainCase) {
  if (typeof value !== "string") return "";
  if (!maintainCase) value = value.toLowerCase();
  return value.replace(regex, "").replace(/ /g, "-");
}

// src/markdown/slug.ts
function createHeadingSlugger() {
  const slugger = new BananaSlug();
  return { slug: (text) => slugger.slug(text) };
}

// src/pdf/inline.ts
var PLAIN = { bold: false, italic: false };
function fontFor(run2) {
  if (run2.code) return "mono";
  if (run2.bold && run2.italic) return "boldItalic";
  if (run2.bold) return "bold";
  if (run2.italic) return "italic";
  return "regular";
}
function inlineRuns(tokens, state = PLAIN) {
  const runs = [];
  for (const token of tokens ?? []) {
    appendToken(runs, token, state);
  }
  return runs;
}
function appendToken(runs, token, state) {
  switch (token.type) {
    case "strong":
      runs.push(...inlineRuns(token.tokens, { ...state, bold: true }));
      return;
    case "em":
      runs.push(...inlineRuns(token.tokens, { ...state, italic: true }));
      return;
    case "del":
      runs.push(...inlineRuns(token.tokens, state));
      return;
    case "codespan":
      runs.push(run(token.text, state, { code: true }));
      return;
    case "br":
      runs.push({ text: "", bold: false, italic: false, code: false, lineBreak: true });
      return;
    case "escape":
      runs.push(run(token.text, state));
      return;
    case "link": {
      const link = token;
      const href = safeHref(link.href);
      runs.push(...inlineRuns(link.tokens, href ? { ...state, link: href } : state));
      return;
    }
    case "image": {
      const image = token;
      if (image.text) runs.push(run(decodeEntities(image.text), state));
      return;
    }
    case "html": {
      const raw = token.raw;
      if (isHtmlComment(raw)) return;
      runs.push(run(raw, state));
      return;
    }
    case "text": {
      const text = token;
      if (text.tokens && text.tokens.length > 0) {
        runs.push(...inlineRuns(text.tokens, state));
      } else {
        runs.push(run(decodeEntities(text.text), state));
      }
      return;
    }
    default: {
      const raw = token.raw;
      if (typeof raw === "string" && raw.length > 0) runs.push(run(raw, state));
    }
  }
}
function run(text, state, extra = {}) {
  return {
    text,
    bold: state.bold,
    italic: state.italic,
    code: extra.code ?? false,
    ...state.link ? { link: state.link } : {}
  };
}
function isHtmlComment(raw) {
  return /^\s*(<!--[\s\S]*?-->\s*)+$/.test(raw);
}
function safeHref(href) {
  return /^(https?:|mailto:|#)/i.test(href.trim()) ? href.trim() : void 0;
}
function plainText(runs) {
  return runs.map((piece) => piece.lineBreak ? " " : piece.text).join("").replace(/\s+/g, " ").trim();
}
var NAMED_ENTITIES = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\xA0",
  ndash: "\u2013",
  mdash: "\u2014",
  hellip: "\u2026",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201C",
  rdquo: "\u201D",
  sbquo: "\u201A",
  bdquo: "\u201E",
  laquo: "\xAB",
  raquo: "\xBB",
  euro: "\u20AC",
  pound: "\xA3",
  yen: "\xA5",
  cent: "\xA2",
  copy: "\xA9",
  reg: "\xAE",
  trade: "\u2122",
  sect: "\xA7",
  para: "\xB6",
  deg: "\xB0",
  times: "\xD7",
  divide: "\xF7",
  plusmn: "\xB1",
  middot: "\xB7",
  bull: "\u2022",
  dagger: "\u2020",
  Dagger: "\u2021",
  permil: "\u2030",
  prime: "\u2032",
  Prime: "\u2033",
  minus: "\u2212",
  le: "\u2264",
  ge: "\u2265",
  ne: "\u2260",
  asymp: "\u2248",
  rarr: "\u2192",
  larr: "\u2190",
  harr: "\u2194",
  check: "\u2713",
  shy: "\xAD",
  thinsp: "\u2009",
  ensp: "\u2002",
  emsp: "\u2003",
  ast: "*",
  lowbar: "_",
  verbar: "|",
  vert: "|",
  num: "#",
  grave: "`",
  lsqb: "[",
  rsqb: "]",
  lbrack: "[",
  rbrack: "]",
  lpar: "(",
  rpar: ")",
  excl: "!",
  colon: ":",
  semi: ";",
  period: ".",
  comma: ",",
  equals: "=",
  plus: "+",
  dollar: "$",
  percnt: "%",
  commat: "@",
  tilde: "\u02DC",
  Hat: "^",
  bsol: "\\",
  sol: "/",
  lcub: "{",
  rcub: "}",
  lbrace: "{",
  rbrace: "}"
};
function decodeEntities(text) {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, body) => {
    if (body.startsWith("#")) {
      const codePoint = body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return codePoint > 0 && codePoint <= 1114111 && !(codePoint >= 55296 && codePoint <= 57343) ? String.fromCodePoint(codePoint) : "\uFFFD";
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}

// src/pdf/anchors.ts
var NO_ANCHORS = { of: /* @__PURE__ */ new Map(), names: /* @__PURE__ */ new Set() };
function headingAnchors(tokens) {
  const slugger = createHeadingSlugger();
  const of = /* @__PURE__ */ new Map();
  const visit = (blocks) => {
    for (const token of blocks) {
      if (token.type === "heading") {
        const heading = token;
        const slug2 = slugger.slug(headingText(heading.tokens));
        if (slug2) of.set(heading, slug2);
      } else if (token.type === "blockquote") visit(token.tokens);
      else if (token.type === "list") for (const item of token.items) visit(item.tokens);
    }
  };
  visit(tokens);
  return { of, names: new Set(of.values()) };
}
function headingText(tokens) {
  let text = "";
  for (const token of tokens ?? []) {
    switch (token.type) {
      case "strong":
      case "em":
      case "del":
      case "link":
        text += headingText(token.tokens);
        break;
      case "codespan":
        text += token.text;
        break;
      case "escape":
        text += token.text;
        break;
      case "br":
        text += " ";
        break;
      case "image":
      case "html":
        break;
      case "text": {
        const piece = token;
        text += piece.tokens && piece.tokens.length > 0 ? headingText(piece.tokens) : decodeEntities(piece.text);
        break;
      }
      default: {
        const raw = token.raw;
        if (typeof raw === "string") text += raw;
      }
    }
  }
  return text;
}
function internalDestination(href, names) {
  if (!href.startsWith("#")) return void 0;
  const fragment = href.slice(1);
  if (names.has(fragment)) return fragment;
  try {
    const decoded = decodeURIComponent(fragment);
    return names.has(decoded) ? decoded : void 0;
  } catch {
    return void 0;
  }
}
function sortDestinationsByBytes(doc) {
  const tree = doc._root?.data?.Names?.data?.Dests;
  if (!tree || typeof tree._compareKeys !== "function") throw new Error("PDF layout bug: pdfkit no longer keeps named destinations where expected");
  tree._compareKeys = (a, b) => compareBytes(pdfStringBytes(a), pdfStringBytes(b));
}
function pdfStringBytes(text) {
  const codes = Array.from({ length: text.length }, (_, index) => text.charCodeAt(index));
  if (codes.every((code) => code <= 127)) return codes;
  return [254, 255, ...codes.flatMap((code) => [code >> 8, code & 255])];
}
function compareBytes(a, b) {
  for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

// src/i18n/catalog.ts
import { readdirSync, readFileSync as readFileSync2 } from "node:fs";
import path2 from "node:path";

// node_modules/@formatjs/fast-memoize/index.js
function memoize(fn, options) {
  const cache = options && options.cache ? options.cache : cacheDefault;
  const serializer = options && options.serializer ? options.serializer : serializerDefault;
  return (options && options.strategy ? options.strategy : strategyDefault)(fn, {
    cache,
    serializer
  });
}
function isPrimitive(value) {
  return value == null || typeof value === "number" || typeof value === "boolean";
}
function monadic(fn, cache, serializer, arg) {
  const cacheKey = isPrimitive(arg) ? arg : serializer(arg);
  let computedValue = cache.get(cacheKey);
  if (typeof computedValue === "undefined") {
    computedValue = fn.call(this, arg);
    cache.set(cacheKey, computedValue);
  }
  return computedValue;
}
function variadic(fn, cache, serializer) {
  const args = Array.prototype.slice.call(arguments, 3);
  const cacheKey = serializer(args);
  let computedValue = cache.get(cacheKey);
  if (typeof computedValue === "undefined") {
    computedValue = fn.apply(this, args);
    cache.set(cacheKey, computedValue);
  }
  return computedValue;
}
function assemble(fn, context, strategy, cache, serialize) {
  return strategy.bind(context, fn, cache, serialize);
}
function strategyDefault(fn, options) {
  const strategy = fn.length === 1 ? monadic : variadic;
  return assemble(fn, this, strategy, options.cache.create(), options.serializer);
}
function strategyVariadic(fn, options) {
  return assemble(fn, this, variadic, options.cache.create(), options.serializer);
}
function strategyMonadic(fn, options) {
  return assemble(fn, this, monadic, options.cache.create(), options.serializer);
}
var serializerDefault = function() {
  return JSON.stringify(arguments);
};
var ObjectWithoutPrototypeCache = class {
  constructor() {
    this.cache = /* @__PURE__ */ Object.create(null);
  }
  get(key) {
    return this.cache[key];
  }
  set(key, value) {
    this.cache[key] = value;
  }
};
var cacheDefault = { create: function create() {
  return new ObjectWithoutPrototypeCache();
} };
var strategies = {
  variadic: strategyVariadic,
  monadic: strategyMonadic
};

// node_modules/@formatjs/icu-skeleton-parser/index.js
var DATE_TIME_REGEX = /(?:[Eec]{1,6}|G{1,5}|[Qq]{1,5}|(?:[yYur]+|U{1,5})|[ML]{1,5}|d{1,2}|D{1,3}|F{1}|[abB]{1,5}|[hkHK]{1,2}|w{1,2}|W{1}|m{1,2}|s{1,2}|[zZOvVxX]{1,4})(?=([^']*'[^']*')*[^']*$)/g;
function parseDateTimeSkeleton(skeleton) {
  const result = {};
  skeleton.replace(DATE_TIME_REGEX, (match) => {
    const len = match.length;
    switch (match[0]) {
      case "G":
        result.era = len === 4 ? "long" : len === 5 ? "narrow" : "short";
        break;
      case "y":
        result.year = len === 2 ? "2-digit" : "numeric";
        break;
      case "Y":
      case "u":
      case "U":
      case "r":
        throw new RangeError("`Y/u/U/r` (year) patterns are not supported, use `y` instead");
      case "q":
      case "Q":
        throw new RangeError("`q/Q` (quarter) patterns are not supported");
      case "M":
      case "L":
        result.month = [
          "numeric",
          "2-digit",
          "short",
          "long",
          "narrow"
        ][len - 1];
        break;
      case "w":
      case "W":
        throw new RangeError("`w/W` (week) patterns are not supported");
      case "d":
        result.day = ["numeric", "2-digit"][len - 1];
        break;
      case "D":
      case "F":
      case "g":
        throw new RangeError("`D/F/g` (day) patterns are not supported, use `d` instead");
      case "E":
        result.weekday = len === 4 ? "long" : len === 5 ? "narrow" : "short";
        break;
      case "e":
        if (len < 4) throw new RangeError("`e..eee` (weekday) patterns are not supported");
        result.weekday = [
          "short",
          "long",
          "narrow",
          "short"
        ][len - 3];
        break;
      case "c":
        if (len < 4) throw new RangeError("`c..ccc` (weekday) patterns are not supported");
        result.weekday = [
          "short",
          "long",
          "narrow",
          "short"
        ][len - 3];
        break;
      case "a":
        result.hour12 = true;
        break;
      case "b":
      case "B":
        throw new RangeError("`b/B` (period) patterns are not supported, use `a` instead");
      case "h":
        result.hourCycle = "h12";
        result.hour = ["numeric", "2-digit"][len - 1];
        break;
      case "H":
        result.hourCycle = "h23";
        result.hour = ["numeric", "2-digit"][len - 1];
        break;
      case "K":
        result.hourCycle = "h11";
        result.hour = ["numeric", "2-digit"][len - 1];
        break;
      case "k":
        result.hourCycle = "h24";
        result.hour = ["numeric", "2-digit"][len - 1];
        break;
      case "j":
      case "J":
      case "C":
        throw new RangeError("`j/J/C` (hour) patterns are not supported, use `h/H/K/k` instead");
      case "m":
        result.minute = ["numeric", "2-digit"][len - 1];
        break;
      case "s":
        result.second = ["numeric", "2-digit"][len - 1];
        break;
      case "S":
      case "A":
        throw new RangeError("`S/A` (second) patterns are not supported, use `s` instead");
      case "z":
        result.timeZoneName = len < 4 ? "short" : "long";
        break;
      case "Z":
      case "O":
      case "v":
      case "V":
      case "X":
      case "x":
        throw new RangeError("`Z/O/v/V/X/x` (timeZone) patterns are not supported, use `z` instead");
    }
    return "";
  });
  return result;
}
var WHITE_SPACE_REGEX = /[\t-\r \x85\u200E\u200F\u2028\u2029]/i;
function parseNumberSkeletonFromString(skeleton) {
  if (skeleton.length === 0) throw new Error("Number skeleton cannot be empty");
  const stringTokens = skeleton.split(WHITE_SPACE_REGEX).filter((x) => x.length > 0);
  const tokens = [];
  for (const stringToken of stringTokens) {
    let stemAndOptions = stringToken.split("/");
    if (stemAndOptions.length === 0) throw new Error("Invalid number skeleton");
    const [stem, ...options] = stemAndOptions;
    for (const option of options) if (option.length === 0) throw new Error("Invalid number skeleton");
    tokens.push({
      stem,
      options
    });
  }
  return tokens;
}
function icuUnitToEcma(unit) {
  return unit.replace(/^(.*?)-/, "");
}
var FRACTION_PRECISION_REGEX = /^\.(?:(0+)(\*)?|(#+)|(0+)(#+))$/g;
var SIGNIFICANT_PRECISION_REGEX = /^(@+)?(\+|#+)?[rs]?$/g;
var INTEGER_WIDTH_REGEX = /(\*)(0+)|(#+)(0+)|(0+)/g;
var CONCISE_INTEGER_WIDTH_REGEX = /^(0+)$/;
function parseSignificantPrecision(str) {
  const result = {};
  if (str[str.length - 1] === "r") result.roundingPriority = "morePrecision";
  else if (str[str.length - 1] === "s") result.roundingPriority = "lessPrecision";
  str.replace(SIGNIFICANT_PRECISION_REGEX, function(_, g1, g2) {
    if (typeof g2 !== "string") {
      result.minimumSignificantDigits = g1.length;
      result.maximumSignificantDigits = g1.length;
    } else if (g2 === "+") result.minimumSignificantDigits = g1.length;
    else if (g1[0] === "#") result.maximumSignificantDigits = g1.length;
    else {
      result.minimumSignificantDigits = g1.length;
      result.maximumSignificantDigits = g1.length + (typeof g2 === "string" ? g2.length : 0);
    }
    return "";
  });
  return result;
}
function parseSign(str) {
  switch (str) {
    case "sign-auto":
      return { signDisplay: "auto" };
    case "sign-accounting":
    case "()":
      return { currencySign: "accounting" };
    case "sign-always":
    case "+!":
      return { signDisplay: "always" };
    case "sign-accounting-always":
    case "()!":
      return {
        signDisplay: "always",
        currencySign: "accounting"
      };
    case "sign-except-zero":
    case "+?":
      return { signDisplay: "exceptZero" };
    case "sign-accounting-except-zero":
    case "()?":
      return {
        signDisplay: "exceptZero",
        currencySign: "accounting"
      };
    case "sign-never":
    case "+_":
      return { signDisplay: "never" };
  }
}
function parseConciseScientificAndEngineeringStem(stem) {
  let result;
  if (stem[0] === "E" && stem[1] === "E") {
    result = { notation: "engineering" };
    stem = stem.slice(2);
  } else if (stem[0] === "E") {
    result = { notation: "scientific" };
    stem = stem.slice(1);
  }
  if (result) {
    const signDisplay = stem.slice(0, 2);
    if (signDisplay === "+!") {
      result.signDisplay = "always";
      stem = stem.slice(2);
    } else if (signDisplay === "+?") {
      result.signDisplay = "exceptZero";
      stem = stem.slice(2);
    }
    if (!CONCISE_INTEGER_WIDTH_REGEX.test(stem)) throw new Error("Malformed concise eng/scientific notation");
    result.minimumIntegerDigits = stem.length;
  }
  return result;
}
function parseNotationOptions(opt) {
  const result = {};
  const signOpts = parseSign(opt);
  if (signOpts) return signOpts;
  return result;
}
function parseNumberSkeleton(tokens) {
  let result = {};
  for (const token of tokens) {
    switch (token.stem) {
      case "percent":
      case "%":
        result.style = "percent";
        continue;
      case "%x100":
        result.style = "percent";
        result.scale = 100;
        continue;
      case "currency":
        result.style = "currency";
        result.currency = token.options[0];
        continue;
      case "group-off":
      case ",_":
        result.useGrouping = false;
        continue;
      case "precision-integer":
      case ".":
        result.maximumFractionDigits = 0;
        continue;
      case "measure-unit":
        result.style = "unit";
        result.unit = icuUnitToEcma(token.options[0]);
        continue;
      case "unit":
        result.style = "unit";
        result.unit = token.options[0];
        continue;
      case "compact-short":
      case "K":
        result.notation = "compact";
        result.compactDisplay = "short";
        continue;
      case "compact-long":
      case "KK":
        result.notation = "compact";
        result.compactDisplay = "long";
        continue;
      case "scientific":
        result = {
          ...result,
          notation: "scientific",
          ...token.options.reduce((all, opt) => ({
            ...all,
            ...parseNotationOptions(opt)
          }), {})
        };
        continue;
      case "engineering":
        result = {
          ...result,
          notation: "engineering",
          ...token.options.reduce((all, opt) => ({
            ...all,
            ...parseNotationOptions(opt)
          }), {})
        };
        continue;
      case "notation-simple":
        result.notation = "standard";
        continue;
      case "unit-width-narrow":
        result.currencyDisplay = "narrowSymbol";
        result.unitDisplay = "narrow";
        continue;
      case "unit-width-short":
        result.currencyDisplay = "code";
        result.unitDisplay = "short";
        continue;
      case "unit-width-full-name":
        result.currencyDisplay = "name";
        result.unitDisplay = "long";
        continue;
      case "unit-width-iso-code":
        result.currencyDisplay = "symbol";
        continue;
      case "scale":
        result.scale = parseFloat(token.options[0]);
        continue;
      case "rounding-mode-floor":
        result.roundingMode = "floor";
        continue;
      case "rounding-mode-ceiling":
        result.roundingMode = "ceil";
        continue;
      case "rounding-mode-down":
        result.roundingMode = "trunc";
        continue;
      case "rounding-mode-up":
        result.roundingMode = "expand";
        continue;
      case "rounding-mode-half-even":
        result.roundingMode = "halfEven";
        continue;
      case "rounding-mode-half-down":
        result.roundingMode = "halfTrunc";
        continue;
      case "rounding-mode-half-up":
        result.roundingMode = "halfExpand";
        continue;
      case "integer-width":
        if (token.options.length > 1) throw new RangeError("integer-width stems only accept a single optional option");
        token.options[0].replace(INTEGER_WIDTH_REGEX, function(_, g1, g2, g3, g4, g5) {
          if (g1) result.minimumIntegerDigits = g2.length;
          else if (g3 && g4) throw new Error("We currently do not support maximum integer digits");
          else if (g5) throw new Error("We currently do not support exact integer digits");
          return "";
        });
        continue;
    }
    if (CONCISE_INTEGER_WIDTH_REGEX.test(token.stem)) {
      result.minimumIntegerDigits = token.stem.length;
      continue;
    }
    if (FRACTION_PRECISION_REGEX.test(token.stem)) {
      if (token.options.length > 1) throw new RangeError("Fraction-precision stems only accept a single optional option");
      token.stem.replace(FRACTION_PRECISION_REGEX, function(_, g1, g2, g3, g4, g5) {
        if (g2 === "*") result.minimumFractionDigits = g1.length;
        else if (g3 && g3[0] === "#") result.maximumFractionDigits = g3.length;
        else if (g4 && g5) {
          result.minimumFractionDigits = g4.length;
          result.maximumFractionDigits = g4.length + g5.length;
        } else {
          result.minimumFractionDigits = g1.length;
          result.maximumFractionDigits = g1.length;
        }
        return "";
      });
      const opt = token.options[0];
      if (opt === "w") result = {
        ...result,
        trailingZeroDisplay: "stripIfInteger"
      };
      else if (opt) result = {
        ...result,
        ...parseSignificantPrecision(opt)
      };
      continue;
    }
    if (SIGNIFICANT_PRECISION_REGEX.test(token.stem)) {
      result = {
        ...result,
        ...parseSignificantPrecision(token.stem)
      };
      continue;
    }
    const signOpts = parseSign(token.stem);
    if (signOpts) result = {
      ...result,
      ...signOpts
    };
    const conciseScientificAndEngineeringOpts = parseConciseScientificAndEngineeringStem(token.stem);
    if (conciseScientificAndEngineeringOpts) result = {
      ...result,
      ...conciseScientificAndEngineeringOpts
    };
  }
  return result;
}

// node_modules/@formatjs/icu-messageformat-parser/index.js
var ErrorKind = /* @__PURE__ */ (function(ErrorKind2) {
  ErrorKind2[ErrorKind2["EXPECT_ARGUMENT_CLOSING_BRACE"] = 1] = "EXPECT_ARGUMENT_CLOSING_BRACE";
  ErrorKind2[ErrorKind2["EMPTY_ARGUMENT"] = 2] = "EMPTY_ARGUMENT";
  ErrorKind2[ErrorKind2["MALFORMED_ARGUMENT"] = 3] = "MALFORMED_ARGUMENT";
  ErrorKind2[ErrorKind2["EXPECT_ARGUMENT_TYPE"] = 4] = "EXPECT_ARGUMENT_TYPE";
  ErrorKind2[ErrorKind2["INVALID_ARGUMENT_TYPE"] = 5] = "INVALID_ARGUMENT_TYPE";
  ErrorKind2[ErrorKind2["EXPECT_ARGUMENT_STYLE"] = 6] = "EXPECT_ARGUMENT_STYLE";
  ErrorKind2[ErrorKind2["INVALID_NUMBER_SKELETON"] = 7] = "INVALID_NUMBER_SKELETON";
  ErrorKind2[ErrorKind2["INVALID_DATE_TIME_SKELETON"] = 8] = "INVALID_DATE_TIME_SKELETON";
  ErrorKind2[ErrorKind2["EXPECT_NUMBER_SKELETON"] = 9] = "EXPECT_NUMBER_SKELETON";
  ErrorKind2[ErrorKind2["EXPECT_DATE_TIME_SKELETON"] = 10] = "EXPECT_DATE_TIME_SKELETON";
  ErrorKind2[ErrorKind2["UNCLOSED_QUOTE_IN_ARGUMENT_STYLE"] = 11] = "UNCLOSED_QUOTE_IN_ARGUMENT_STYLE";
  ErrorKind2[ErrorKind2["EXPECT_SELECT_ARGUMENT_OPTIONS"] = 12] = "EXPECT_SELECT_ARGUMENT_OPTIONS";
  ErrorKind2[ErrorKind2["EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE"] = 13] = "EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE";
  ErrorKind2[ErrorKind2["INVALID_PLURAL_ARGUMENT_OFFSET_VALUE"] = 14] = "INVALID_PLURAL_ARGUMENT_OFFSET_VALUE";
  ErrorKind2[ErrorKind2["EXPECT_SELECT_ARGUMENT_SELECTOR"] = 15] = "EXPECT_SELECT_ARGUMENT_SELECTOR";
  ErrorKind2[ErrorKind2["EXPECT_PLURAL_ARGUMENT_SELECTOR"] = 16] = "EXPECT_PLURAL_ARGUMENT_SELECTOR";
  ErrorKind2[ErrorKind2["EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT"] = 17] = "EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT";
  ErrorKind2[ErrorKind2["EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT"] = 18] = "EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT";
  ErrorKind2[ErrorKind2["INVALID_PLURAL_ARGUMENT_SELECTOR"] = 19] = "INVALID_PLURAL_ARGUMENT_SELECTOR";
  ErrorKind2[ErrorKind2["DUPLICATE_PLURAL_ARGUMENT_SELECTOR"] = 20] = "DUPLICATE_PLURAL_ARGUMENT_SELECTOR";
  ErrorKind2[ErrorKind2["DUPLICATE_SELECT_ARGUMENT_SELECTOR"] = 21] = "DUPLICATE_SELECT_ARGUMENT_SELECTOR";
  ErrorKind2[ErrorKind2["MISSING_OTHER_CLAUSE"] = 22] = "MISSING_OTHER_CLAUSE";
  ErrorKind2[ErrorKind2["INVALID_TAG"] = 23] = "INVALID_TAG";
  ErrorKind2[ErrorKind2["INVALID_TAG_NAME"] = 25] = "INVALID_TAG_NAME";
  ErrorKind2[ErrorKind2["UNMATCHED_CLOSING_TAG"] = 26] = "UNMATCHED_CLOSING_TAG";
  ErrorKind2[ErrorKind2["UNCLOSED_TAG"] = 27] = "UNCLOSED_TAG";
  return ErrorKind2;
})({});
function isLiteralElement(el) {
  return el.type === 0;
}
function isArgumentElement(el) {
  return el.type === 1;
}
function isNumberElement(el) {
  return el.type === 2;
}
function isDateElement(el) {
  return el.type === 3;
}
function isTimeElement(el) {
  return el.type === 4;
}
function isSelectElement(el) {
  return el.type === 5;
}
function isPluralElement(el) {
  return el.type === 6;
}
function isPoundElement(el) {
  return el.type === 7;
}
function isTagElement(el) {
  return el.type === 8;
}
function isNumberSkeleton(el) {
  return !!(el && typeof el === "object" && el.type === 0);
}
function isDateTimeSkeleton(el) {
  return !!(el && typeof el === "object" && el.type === 1);
}
var SPACE_SEPARATOR_REGEX = /[ \xA0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
var IDENTIFIER_PREFIX_REGEX = /([^\t-\r -\/:-@\[-\^`\{-~\x85\xA0-\xA7\xA9\xAB\xAC\xAE\xB0\xB1\xB6\xBB\xBF\xD7\xF7\u1680\u2000-\u200A\u2010-\u2029\u202F-\u203E\u2041-\u2053\u2055-\u205F\u2190-\u245F\u2500-\u2775\u2794-\u2BFF\u2E00-\u2E7F\u3000-\u3003\u3008-\u3020\u3030\uFD3E\uFD3F\uFE45\uFE46]*)/g;
var timeData = {
  "001": ["H", "h"],
  "419": [
    "h",
    "H",
    "hB",
    "hb"
  ],
  "AC": [
    "H",
    "h",
    "hb",
    "hB"
  ],
  "AD": ["H", "hB"],
  "AE": [
    "h",
    "hB",
    "hb",
    "H"
  ],
  "AF": [
    "H",
    "hb",
    "hB",
    "h"
  ],
  "AG": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "AI": [
    "H",
    "h",
    "hb",
    "hB"
  ],
  "AL": [
    "h",
    "H",
    "hB"
  ],
  "AM": ["H", "hB"],
  "AO": ["H", "hB"],
  "AR": [
    "H",
    "h",
    "hB",
    "hb"
  ],
  "AS": ["h", "H"],
  "AT": ["H", "hB"],
  "AU": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "AW": ["H", "hB"],
  "AX": ["H"],
  "AZ": [
    "H",
    "hB",
    "h"
  ],
  "BA": [
    "H",
    "hB",
    "h"
  ],
  "BB": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "BD": [
    "h",
    "hB",
    "H"
  ],
  "BE": ["H", "hB"],
  "BF": ["H", "hB"],
  "BG": [
    "H",
    "hB",
    "h"
  ],
  "BH": [
    "h",
    "hB",
    "hb",
    "H"
  ],
  "BI": ["H", "h"],
  "BJ": ["H", "hB"],
  "BL": ["H", "hB"],
  "BM": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "BN": [
    "hb",
    "hB",
    "h",
    "H"
  ],
  "BO": [
    "h",
    "H",
    "hB",
    "hb"
  ],
  "BQ": ["H"],
  "BR": ["H", "hB"],
  "BS": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "BT": ["h", "H"],
  "BW": [
    "H",
    "h",
    "hb",
    "hB"
  ],
  "BY": ["H", "h"],
  "BZ": [
    "H",
    "h",
    "hb",
    "hB"
  ],
  "CA": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "CC": [
    "H",
    "h",
    "hb",
    "hB"
  ],
  "CD": ["hB", "H"],
  "CF": [
    "H",
    "h",
    "hB"
  ],
  "CG": ["H", "hB"],
  "CH": [
    "H",
    "hB",
    "h"
  ],
  "CI": ["H", "hB"],
  "CK": [
    "H",
    "h",
    "hb",
    "hB"
  ],
  "CL": [
    "H",
    "h",
    "hB",
    "hb"
  ],
  "CM": [
    "H",
    "h",
    "hB"
  ],
  "CN": [
    "H",
    "hB",
    "hb",
    "h"
  ],
  "CO": [
    "h",
    "H",
    "hB",
    "hb"
  ],
  "CP": ["H"],
  "CR": [
    "h",
    "H",
    "hB",
    "hb"
  ],
  "CU": [
    "h",
    "H",
    "hB",
    "hb"
  ],
  "CV": ["H", "hB"],
  "CW": ["H", "hB"],
  "CX": [
    "H",
    "h",
    "hb",
    "hB"
  ],
  "CY": [
    "h",
    "H",
    "hb",
    "hB"
  ],
  "CZ": ["H"],
  "DE": ["H", "hB"],
  "DG": [
    "H",
    "h",
    "hb",
    "hB"
  ],
  "DJ": ["h", "H"],
  "DK": ["H"],
  "DM": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "DO": [
    "h",
    "H",
    "hB",
    "hb"
  ],
  "DZ": [
    "h",
    "hB",
    "hb",
    "H"
  ],
  "EA": [
    "H",
    "h",
    "hB",
    "hb"
  ],
  "EC": [
    "h",
    "H",
    "hB",
    "hb"
  ],
  "EE": ["H", "hB"],
  "EG": [
    "h",
    "hB",
    "hb",
    "H"
  ],
  "EH": [
    "h",
    "hB",
    "hb",
    "H"
  ],
  "ER": ["h", "H"],
  "ES": [
    "H",
    "hB",
    "h",
    "hb"
  ],
  "ET": [
    "hB",
    "hb",
    "h",
    "H"
  ],
  "FI": ["H"],
  "FJ": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "FK": [
    "H",
    "h",
    "hb",
    "hB"
  ],
  "FM": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "FO": ["H", "h"],
  "FR": ["H", "hB"],
  "GA": ["H", "hB"],
  "GB": [
    "H",
    "h",
    "hb",
    "hB"
  ],
  "GD": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "GE": [
    "H",
    "hB",
    "h"
  ],
  "GF": ["H", "hB"],
  "GG": [
    "H",
    "h",
    "hb",
    "hB"
  ],
  "GH": ["h", "H"],
  "GI": [
    "H",
    "h",
    "hb",
    "hB"
  ],
  "GL": ["H", "h"],
  "GM": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "GN": ["H", "hB"],
  "GP": ["H", "hB"],
  "GQ": [
    "H",
    "hB",
    "h",
    "hb"
  ],
  "GR": [
    "h",
    "H",
    "hb",
    "hB"
  ],
  "GS": [
    "H",
    "h",
    "hb",
    "hB"
  ],
  "GT": [
    "h",
    "H",
    "hB",
    "hb"
  ],
  "GU": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "GW": ["H", "hB"],
  "GY": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "HK": [
    "h",
    "hB",
    "hb",
    "H"
  ],
  "HN": [
    "h",
    "H",
    "hB",
    "hb"
  ],
  "HR": ["H", "hB"],
  "HT": ["H", "hB"],
  "HU": ["H", "h"],
  "IC": [
    "H",
    "h",
    "hB",
    "hb"
  ],
  "ID": ["H"],
  "IE": [
    "H",
    "h",
    "hb",
    "hB"
  ],
  "IL": ["H", "hB"],
  "IM": [
    "H",
    "h",
    "hb",
    "hB"
  ],
  "IN": ["h", "H"],
  "IO": [
    "H",
    "h",
    "hb",
    "hB"
  ],
  "IQ": [
    "h",
    "hB",
    "hb",
    "H"
  ],
  "IR": ["hB", "H"],
  "IS": ["H"],
  "IT": ["H", "hB"],
  "JE": [
    "H",
    "h",
    "hb",
    "hB"
  ],
  "JM": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "JO": [
    "h",
    "hB",
    "hb",
    "H"
  ],
  "JP": [
    "H",
    "K",
    "h"
  ],
  "KE": [
    "hB",
    "hb",
    "H",
    "h"
  ],
  "KG": [
    "H",
    "h",
    "hB",
    "hb"
  ],
  "KH": [
    "hB",
    "h",
    "H",
    "hb"
  ],
  "KI": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "KM": [
    "H",
    "h",
    "hB",
    "hb"
  ],
  "KN": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "KP": [
    "h",
    "H",
    "hB",
    "hb"
  ],
  "KR": [
    "h",
    "H",
    "hB",
    "hb"
  ],
  "KW": [
    "h",
    "hB",
    "hb",
    "H"
  ],
  "KY": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "KZ": ["H", "hB"],
  "LA": [
    "H",
    "hb",
    "hB",
    "h"
  ],
  "LB": [
    "h",
    "hB",
    "hb",
    "H"
  ],
  "LC": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "LI": [
    "H",
    "hB",
    "h"
  ],
  "LK": [
    "H",
    "h",
    "hB",
    "hb"
  ],
  "LR": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "LS": ["h", "H"],
  "LT": [
    "H",
    "h",
    "hb",
    "hB"
  ],
  "LU": [
    "H",
    "h",
    "hB"
  ],
  "LV": [
    "H",
    "hB",
    "hb",
    "h"
  ],
  "LY": [
    "h",
    "hB",
    "hb",
    "H"
  ],
  "MA": [
    "H",
    "h",
    "hB",
    "hb"
  ],
  "MC": ["H", "hB"],
  "MD": ["H", "hB"],
  "ME": [
    "H",
    "hB",
    "h"
  ],
  "MF": ["H", "hB"],
  "MG": ["H", "h"],
  "MH": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "MK": [
    "H",
    "h",
    "hb",
    "hB"
  ],
  "ML": ["H"],
  "MM": [
    "hB",
    "hb",
    "H",
    "h"
  ],
  "MN": [
    "H",
    "h",
    "hb",
    "hB"
  ],
  "MO": [
    "h",
    "hB",
    "hb",
    "H"
  ],
  "MP": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "MQ": ["H", "hB"],
  "MR": [
    "h",
    "hB",
    "hb",
    "H"
  ],
  "MS": [
    "H",
    "h",
    "hb",
    "hB"
  ],
  "MT": ["H", "h"],
  "MU": ["H", "h"],
  "MV": ["H", "h"],
  "MW": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "MX": [
    "h",
    "H",
    "hB",
    "hb"
  ],
  "MY": [
    "hb",
    "hB",
    "h",
    "H"
  ],
  "MZ": ["H", "hB"],
  "NA": [
    "h",
    "H",
    "hB",
    "hb"
  ],
  "NC": ["H", "hB"],
  "NE": ["H"],
  "NF": [
    "H",
    "h",
    "hb",
    "hB"
  ],
  "NG": [
    "H",
    "h",
    "hb",
    "hB"
  ],
  "NI": [
    "h",
    "H",
    "hB",
    "hb"
  ],
  "NL": ["H", "hB"],
  "NO": ["H", "h"],
  "NP": [
    "H",
    "h",
    "hB"
  ],
  "NR": [
    "H",
    "h",
    "hb",
    "hB"
  ],
  "NU": [
    "H",
    "h",
    "hb",
    "hB"
  ],
  "NZ": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "OM": [
    "h",
    "hB",
    "hb",
    "H"
  ],
  "PA": [
    "h",
    "H",
    "hB",
    "hb"
  ],
  "PE": [
    "h",
    "H",
    "hB",
    "hb"
  ],
  "PF": [
    "H",
    "h",
    "hB"
  ],
  "PG": ["h", "H"],
  "PH": [
    "h",
    "hB",
    "hb",
    "H"
  ],
  "PK": [
    "h",
    "hB",
    "H"
  ],
  "PL": ["H", "h"],
  "PM": ["H", "hB"],
  "PN": [
    "H",
    "h",
    "hb",
    "hB"
  ],
  "PR": [
    "h",
    "H",
    "hB",
    "hb"
  ],
  "PS": [
    "h",
    "hB",
    "hb",
    "H"
  ],
  "PT": ["H", "hB"],
  "PW": ["h", "H"],
  "PY": [
    "H",
    "h",
    "hB",
    "hb"
  ],
  "QA": [
    "h",
    "hB",
    "hb",
    "H"
  ],
  "RE": ["H", "hB"],
  "RO": ["H", "hB"],
  "RS": [
    "H",
    "hB",
    "h"
  ],
  "RU": ["H"],
  "RW": [
    "hB",
    "hb",
    "H",
    "h"
  ],
  "SA": [
    "h",
    "hB",
    "hb",
    "H"
  ],
  "SB": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "SC": [
    "H",
    "h",
    "hB"
  ],
  "SD": [
    "h",
    "hB",
    "hb",
    "H"
  ],
  "SE": ["H"],
  "SG": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "SH": [
    "H",
    "h",
    "hb",
    "hB"
  ],
  "SI": ["H", "hB"],
  "SJ": ["H"],
  "SK": ["H"],
  "SL": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "SM": [
    "H",
    "h",
    "hB"
  ],
  "SN": [
    "H",
    "h",
    "hB"
  ],
  "SO": ["h", "H"],
  "SR": ["H", "hB"],
  "SS": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "ST": ["H", "hB"],
  "SV": [
    "h",
    "H",
    "hB",
    "hb"
  ],
  "SX": [
    "H",
    "h",
    "hb",
    "hB"
  ],
  "SY": [
    "h",
    "hB",
    "hb",
    "H"
  ],
  "SZ": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "TA": [
    "H",
    "h",
    "hb",
    "hB"
  ],
  "TC": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "TD": [
    "h",
    "H",
    "hB"
  ],
  "TF": [
    "H",
    "h",
    "hB"
  ],
  "TG": ["H", "hB"],
  "TH": ["H", "h"],
  "TJ": ["H", "h"],
  "TL": [
    "H",
    "hB",
    "hb",
    "h"
  ],
  "TM": ["H", "h"],
  "TN": [
    "h",
    "hB",
    "hb",
    "H"
  ],
  "TO": ["h", "H"],
  "TR": ["H", "hB"],
  "TT": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "TW": [
    "hB",
    "hb",
    "h",
    "H"
  ],
  "TZ": [
    "hB",
    "hb",
    "H",
    "h"
  ],
  "UA": [
    "H",
    "hB",
    "h"
  ],
  "UG": [
    "hB",
    "hb",
    "H",
    "h"
  ],
  "UM": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "US": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "UY": [
    "H",
    "h",
    "hB",
    "hb"
  ],
  "UZ": [
    "H",
    "hB",
    "h"
  ],
  "VA": [
    "H",
    "h",
    "hB"
  ],
  "VC": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "VE": [
    "h",
    "H",
    "hB",
    "hb"
  ],
  "VG": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "VI": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "VN": ["H", "h"],
  "VU": ["h", "H"],
  "WF": ["H", "hB"],
  "WS": ["h", "H"],
  "XK": [
    "H",
    "hB",
    "h"
  ],
  "YE": [
    "h",
    "hB",
    "hb",
    "H"
  ],
  "YT": ["H", "hB"],
  "ZA": [
    "H",
    "h",
    "hb",
    "hB"
  ],
  "ZM": ["H", "hB"],
  "ZW": ["H", "h"],
  "af-ZA": [
    "H",
    "h",
    "hB",
    "hb"
  ],
  "ar-001": [
    "h",
    "hB",
    "hb",
    "H"
  ],
  "ca-ES": [
    "H",
    "h",
    "hB"
  ],
  "en-001": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "en-HK": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "en-IL": [
    "H",
    "h",
    "hb",
    "hB"
  ],
  "en-MY": [
    "h",
    "hb",
    "H",
    "hB"
  ],
  "es-BR": [
    "H",
    "h",
    "hB",
    "hb"
  ],
  "es-ES": [
    "H",
    "h",
    "hB",
    "hb"
  ],
  "es-GQ": [
    "H",
    "h",
    "hB",
    "hb"
  ],
  "fr-CA": [
    "H",
    "h",
    "hB"
  ],
  "gl-ES": [
    "H",
    "h",
    "hB"
  ],
  "gu-IN": [
    "hB",
    "hb",
    "h",
    "H"
  ],
  "hi-IN": [
    "hB",
    "h",
    "H"
  ],
  "it-CH": [
    "H",
    "h",
    "hB"
  ],
  "it-IT": [
    "H",
    "h",
    "hB"
  ],
  "kn-IN": [
    "hB",
    "h",
    "H"
  ],
  "ku-SY": ["H", "hB"],
  "ml-IN": [
    "hB",
    "h",
    "H"
  ],
  "mr-IN": [
    "hB",
    "hb",
    "h",
    "H"
  ],
  "pa-IN": [
    "hB",
    "hb",
    "h",
    "H"
  ],
  "ta-IN": [
    "hB",
    "h",
    "hb",
    "H"
  ],
  "te-IN": [
    "hB",
    "h",
    "H"
  ],
  "zu-ZA": [
    "H",
    "hB",
    "hb",
    "h"
  ]
};
function getBestPattern(skeleton, locale) {
  let skeletonCopy = "";
  for (let patternPos = 0; patternPos < skeleton.length; patternPos++) {
    const patternChar = skeleton.charAt(patternPos);
    if (patternChar === "j") {
      let extraLength = 0;
      while (patternPos + 1 < skeleton.length && skeleton.charAt(patternPos + 1) === patternChar) {
        extraLength++;
        patternPos++;
      }
      let hourLen = 1 + (extraLength & 1);
      let dayPeriodLen = extraLength < 2 ? 1 : 3 + (extraLength >> 1);
      let dayPeriodChar = "a";
      let hourChar = getDefaultHourSymbolFromLocale(locale);
      if (hourChar == "H" || hourChar == "k") dayPeriodLen = 0;
      while (dayPeriodLen-- > 0) skeletonCopy += dayPeriodChar;
      while (hourLen-- > 0) skeletonCopy = hourChar + skeletonCopy;
    } else if (patternChar === "J") skeletonCopy += "H";
    else skeletonCopy += patternChar;
  }
  return skeletonCopy;
}
function getDefaultHourSymbolFromLocale(locale) {
  let hourCycle = locale.hourCycle;
  if (hourCycle === void 0) {
    const localeWithHourCycles = locale;
    hourCycle = localeWithHourCycles.getHourCycles?.()[0] ?? localeWithHourCycles.hourCycles?.[0];
  }
  if (hourCycle) switch (hourCycle) {
    case "h24":
      return "k";
    case "h23":
      return "H";
    case "h12":
      return "h";
    case "h11":
      return "K";
    default:
      throw new Error("Invalid hourCycle");
  }
  const languageTag = locale.language;
  let regionTag;
  if (languageTag !== "root") regionTag = locale.maximize().region;
  return (timeData[`${languageTag}-${regionTag}`] || timeData[regionTag || ""] || timeData[languageTag || ""] || timeData[`${languageTag}-001`] || timeData["001"])[0].charAt(0);
}
var SPACE_SEPARATOR_START_REGEX = new RegExp(`^${SPACE_SEPARATOR_REGEX.source}*`);
var SPACE_SEPARATOR_END_REGEX = new RegExp(`${SPACE_SEPARATOR_REGEX.source}*$`);
function createLocation(start, end) {
  return {
    start,
    end
  };
}
var hasNativeFromEntries = !!Object.fromEntries;
var hasTrimStart = !!String.prototype.trimStart;
var hasTrimEnd = !!String.prototype.trimEnd;
var fromEntries = hasNativeFromEntries ? Object.fromEntries : function fromEntries2(entries) {
  const obj = {};
  for (const [k, v] of entries) obj[k] = v;
  return obj;
};
var trimStart = hasTrimStart ? function trimStart2(s) {
  return s.trimStart();
} : function trimStart3(s) {
  return s.replace(SPACE_SEPARATOR_START_REGEX, "");
};
var trimEnd = hasTrimEnd ? function trimEnd2(s) {
  return s.trimEnd();
} : function trimEnd3(s) {
  return s.replace(SPACE_SEPARATOR_END_REGEX, "");
};
var IDENTIFIER_PREFIX_RE = createIdentifierPrefixRegex();
function createIdentifierPrefixRegex() {
  try {
    const regex2 = new RegExp("([^\\p{White_Space}\\p{Pattern_Syntax}]*)", "yu");
    if (regex2.exec("a ")?.[1] === "a") return regex2;
  } catch {
  }
  return IDENTIFIER_PREFIX_REGEX;
}
function matchIdentifierAtIndex(s, index) {
  IDENTIFIER_PREFIX_RE.lastIndex = index;
  return IDENTIFIER_PREFIX_RE.exec(s)[1] ?? "";
}
function plainTopLevelEndPosition(message) {
  if (message.length === 0) return null;
  let line = 1;
  let column = 1;
  for (let offset = 0; offset < message.length; ) {
    const code = message.charCodeAt(offset);
    switch (code) {
      case 35:
      case 39:
      case 60:
      case 123:
      case 125:
        return null;
    }
    if (code === 10) {
      line++;
      column = 1;
      offset++;
    } else {
      column++;
      if (code >= 55296 && code <= 56319 && offset + 1 < message.length) {
        const next = message.charCodeAt(offset + 1);
        offset += next >= 56320 && next <= 57343 ? 2 : 1;
      } else offset++;
    }
  }
  return {
    offset: message.length,
    line,
    column
  };
}
var Parser = class {
  constructor(message, options = {}) {
    this.message = message;
    this.position = {
      offset: 0,
      line: 1,
      column: 1
    };
    this.ignoreTag = !!options.ignoreTag;
    this.locale = options.locale;
    this.requiresOtherClause = !!options.requiresOtherClause;
    this.shouldParseSkeletons = !!options.shouldParseSkeletons;
    this.captureEscapes = !!options.captureEscapes;
  }
  parse() {
    if (this.offset() !== 0) throw Error("parser can only be used once");
    if (this.message.length > 0) {
      const firstCode = this.message.charCodeAt(0);
      if (firstCode !== 35 && firstCode !== 39 && firstCode !== 60 && firstCode !== 123 && firstCode !== 125) {
        const plainEndPosition = plainTopLevelEndPosition(this.message);
        if (plainEndPosition) {
          const start = this.clonePosition();
          this.position = plainEndPosition;
          return {
            val: [{
              type: 0,
              value: this.message,
              ...this.captureEscapes && { rawValue: this.message },
              location: createLocation(start, this.clonePosition())
            }],
            err: null
          };
        }
      }
    }
    return this.parseMessage(0, "", false);
  }
  parseMessage(nestingLevel, parentArgType, expectingCloseTag) {
    let elements = [];
    while (!this.isEOF()) {
      const char = this.char();
      if (char === 123) {
        const result = this.parseArgument(nestingLevel, expectingCloseTag);
        if (result.err) return result;
        elements.push(result.val);
      } else if (char === 125 && nestingLevel > 0) break;
      else if (char === 35 && (parentArgType === "plural" || parentArgType === "selectordinal")) {
        const position = this.clonePosition();
        this.bump();
        elements.push({
          type: 7,
          location: createLocation(position, this.clonePosition())
        });
      } else if (char === 60 && !this.ignoreTag && this.peek() === 47) {
        if (expectingCloseTag) break;
        else return this.error(26, createLocation(this.clonePosition(), this.clonePosition()));
      } else if (char === 60 && !this.ignoreTag && _isAlpha(this.peek() || 0)) {
        const result = this.parseTag(nestingLevel, parentArgType);
        if (result.err) return result;
        elements.push(result.val);
      } else {
        const result = this.parseLiteral(nestingLevel, parentArgType);
        if (result.err) return result;
        elements.push(result.val);
      }
    }
    return {
      val: elements,
      err: null
    };
  }
  /**
  * A tag name must start with an ASCII lower/upper case letter. The grammar is based on the
  * [custom element name][] except that a dash is NOT always mandatory and uppercase letters
  * are accepted:
  *
  * ```
  * tag ::= "<" tagName (whitespace)* "/>" | "<" tagName (whitespace)* ">" message "</" tagName (whitespace)* ">"
  * tagName ::= [a-z] (PENChar)*
  * PENChar ::=
  *     "-" | "." | [0-9] | "_" | [a-z] | [A-Z] | #xB7 | [#xC0-#xD6] | [#xD8-#xF6] | [#xF8-#x37D] |
  *     [#x37F-#x1FFF] | [#x200C-#x200D] | [#x203F-#x2040] | [#x2070-#x218F] | [#x2C00-#x2FEF] |
  *     [#x3001-#xD7FF] | [#xF900-#xFDCF] | [#xFDF0-#xFFFD] | [#x10000-#xEFFFF]
  * ```
  *
  * [custom element name]: https://html.spec.whatwg.org/multipage/custom-elements.html#valid-custom-element-name
  * NOTE: We're a bit more lax here since HTML technically does not allow uppercase HTML element but we do
  * since other tag-based engines like React allow it
  */
  parseTag(nestingLevel, parentArgType) {
    const startPosition = this.clonePosition();
    this.bump();
    const tagName = this.parseTagName();
    this.bumpSpace();
    if (this.bumpIf("/>")) return {
      val: {
        type: 0,
        value: `<${tagName}/>`,
        location: createLocation(startPosition, this.clonePosition())
      },
      err: null
    };
    else if (this.bumpIf(">")) {
      const childrenResult = this.parseMessage(nestingLevel + 1, parentArgType, true);
      if (childrenResult.err) return childrenResult;
      const children = childrenResult.val;
      const endTagStartPosition = this.clonePosition();
      if (this.bumpIf("</")) {
        if (this.isEOF() || !_isAlpha(this.char())) return this.error(23, createLocation(endTagStartPosition, this.clonePosition()));
        const closingTagNameStartPosition = this.clonePosition();
        if (tagName !== this.parseTagName()) return this.error(26, createLocation(closingTagNameStartPosition, this.clonePosition()));
        this.bumpSpace();
        if (!this.bumpIf(">")) return this.error(23, createLocation(endTagStartPosition, this.clonePosition()));
        return {
          val: {
            type: 8,
            value: tagName,
            children,
            location: createLocation(startPosition, this.clonePosition())
          },
          err: null
        };
      } else return this.error(27, createLocation(startPosition, this.clonePosition()));
    } else return this.error(23, createLocation(startPosition, this.clonePosition()));
  }
  /**
  * This method assumes that the caller has peeked ahead for the first tag character.
  */
  parseTagName() {
    const startOffset = this.offset();
    this.bump();
    while (!this.isEOF() && _isPotentialElementNameChar(this.char())) this.bump();
    return this.message.slice(startOffset, this.offset());
  }
  parseLiteral(nestingLevel, parentArgType) {
    const start = this.clonePosition();
    let value = "";
    while (true) {
      const parseQuoteResult = this.tryParseQuote(parentArgType);
      if (parseQuoteResult) {
        value += parseQuoteResult;
        continue;
      }
      const parseUnquotedResult = this.tryParseUnquoted(nestingLevel, parentArgType);
      if (parseUnquotedResult) {
        value += parseUnquotedResult;
        continue;
      }
      const parseLeftAngleResult = this.tryParseLeftAngleBracket();
      if (parseLeftAngleResult) {
        value += parseLeftAngleResult;
        continue;
      }
      break;
    }
    const location = createLocation(start, this.clonePosition());
    return {
      val: {
        type: 0,
        value,
        location,
        ...this.captureEscapes && { rawValue: this.message.slice(start.offset, this.offset()) }
      },
      err: null
    };
  }
  tryParseLeftAngleBracket() {
    if (!this.isEOF() && this.char() === 60 && (this.ignoreTag || !_isAlphaOrSlash(this.peek() || 0))) {
      this.bump();
      return "<";
    }
    return null;
  }
  /**
  * Starting with ICU 4.8, an ASCII apostrophe only starts quoted text if it immediately precedes
  * a character that requires quoting (that is, "only where needed"), and works the same in
  * nested messages as on the top level of the pattern. The new behavior is otherwise compatible.
  */
  tryParseQuote(parentArgType) {
    if (this.isEOF() || this.char() !== 39) return null;
    switch (this.peek()) {
      case 39:
        this.bump();
        this.bump();
        return "'";
      case 123:
      case 60:
      case 62:
      case 125:
        break;
      case 35:
        if (parentArgType === "plural" || parentArgType === "selectordinal") break;
        return null;
      default:
        return null;
    }
    this.bump();
    const codePoints = [this.char()];
    this.bump();
    while (!this.isEOF()) {
      const ch = this.char();
      if (ch === 39) {
        if (this.peek() === 39) {
          codePoints.push(39);
          this.bump();
        } else {
          this.bump();
          break;
        }
      } else codePoints.push(ch);
      this.bump();
    }
    return String.fromCodePoint(...codePoints);
  }
  tryParseUnquoted(nestingLevel, parentArgType) {
    if (this.isEOF()) return null;
    const ch = this.char();
    if (ch === 60 || ch === 123 || ch === 35 && (parentArgType === "plural" || parentArgType === "selectordinal") || ch === 125 && nestingLevel > 0) return null;
    else {
      this.bump();
      return String.fromCodePoint(ch);
    }
  }
  parseArgument(nestingLevel, expectingCloseTag) {
    const openingBracePosition = this.clonePosition();
    this.bump();
    this.bumpSpace();
    if (this.isEOF()) return this.error(1, createLocation(openingBracePosition, this.clonePosition()));
    if (this.char() === 125) {
      this.bump();
      return this.error(2, createLocation(openingBracePosition, this.clonePosition()));
    }
    let value = this.parseIdentifierIfPossible().value;
    if (!value) return this.error(3, createLocation(openingBracePosition, this.clonePosition()));
    this.bumpSpace();
    if (this.isEOF()) return this.error(1, createLocation(openingBracePosition, this.clonePosition()));
    switch (this.char()) {
      case 125:
        this.bump();
        return {
          val: {
            type: 1,
            value,
            location: createLocation(openingBracePosition, this.clonePosition())
          },
          err: null
        };
      case 44:
        this.bump();
        this.bumpSpace();
        if (this.isEOF()) return this.error(1, createLocation(openingBracePosition, this.clonePosition()));
        return this.parseArgumentOptions(nestingLevel, expectingCloseTag, value, openingBracePosition);
      default:
        return this.error(3, createLocation(openingBracePosition, this.clonePosition()));
    }
  }
  /**
  * Advance the parser until the end of the identifier, if it is currently on
  * an identifier character. Return an empty string otherwise.
  */
  parseIdentifierIfPossible() {
    const startingPosition = this.clonePosition();
    const startOffset = this.offset();
    const value = matchIdentifierAtIndex(this.message, startOffset);
    const endOffset = startOffset + value.length;
    this.bumpTo(endOffset);
    return {
      value,
      location: createLocation(startingPosition, this.clonePosition())
    };
  }
  parseArgumentOptions(nestingLevel, expectingCloseTag, value, openingBracePosition) {
    let typeStartPosition = this.clonePosition();
    let argType = this.parseIdentifierIfPossible().value;
    let typeEndPosition = this.clonePosition();
    switch (argType) {
      case "":
        return this.error(4, createLocation(typeStartPosition, typeEndPosition));
      case "number":
      case "date":
      case "time": {
        this.bumpSpace();
        let styleAndLocation = null;
        if (this.bumpIf(",")) {
          this.bumpSpace();
          const styleStartPosition = this.clonePosition();
          const result = this.parseSimpleArgStyleIfPossible();
          if (result.err) return result;
          const style = trimEnd(result.val);
          if (style.length === 0) return this.error(6, createLocation(this.clonePosition(), this.clonePosition()));
          styleAndLocation = {
            style,
            styleLocation: createLocation(styleStartPosition, this.clonePosition())
          };
        }
        const argCloseResult = this.tryParseArgumentClose(openingBracePosition);
        if (argCloseResult.err) return argCloseResult;
        const location = createLocation(openingBracePosition, this.clonePosition());
        if (styleAndLocation && styleAndLocation.style.startsWith("::")) {
          let skeleton = trimStart(styleAndLocation.style.slice(2));
          if (argType === "number") {
            const result = this.parseNumberSkeletonFromString(skeleton, styleAndLocation.styleLocation);
            if (result.err) return result;
            return {
              val: {
                type: 2,
                value,
                location,
                style: result.val
              },
              err: null
            };
          } else {
            if (skeleton.length === 0) return this.error(10, location);
            let dateTimePattern = skeleton;
            if (this.locale) dateTimePattern = getBestPattern(skeleton, this.locale);
            const style = {
              type: 1,
              pattern: dateTimePattern,
              location: styleAndLocation.styleLocation,
              parsedOptions: this.shouldParseSkeletons ? parseDateTimeSkeleton(dateTimePattern) : {}
            };
            return {
              val: {
                type: argType === "date" ? 3 : 4,
                value,
                location,
                style
              },
              err: null
            };
          }
        }
        return {
          val: {
            type: argType === "number" ? 2 : argType === "date" ? 3 : 4,
            value,
            location,
            style: styleAndLocation?.style ?? null
          },
          err: null
        };
      }
      case "plural":
      case "selectordinal":
      case "select": {
        const typeEndPosition2 = this.clonePosition();
        this.bumpSpace();
        if (!this.bumpIf(",")) return this.error(12, createLocation(typeEndPosition2, { ...typeEndPosition2 }));
        this.bumpSpace();
        let identifierAndLocation = this.parseIdentifierIfPossible();
        let pluralOffset = 0;
        if (argType !== "select" && identifierAndLocation.value === "offset") {
          if (!this.bumpIf(":")) return this.error(13, createLocation(this.clonePosition(), this.clonePosition()));
          this.bumpSpace();
          const result = this.tryParseDecimalInteger(13, 14);
          if (result.err) return result;
          this.bumpSpace();
          identifierAndLocation = this.parseIdentifierIfPossible();
          pluralOffset = result.val;
        }
        const optionsResult = this.tryParsePluralOrSelectOptions(nestingLevel, argType, expectingCloseTag, identifierAndLocation);
        if (optionsResult.err) return optionsResult;
        const argCloseResult = this.tryParseArgumentClose(openingBracePosition);
        if (argCloseResult.err) return argCloseResult;
        const location = createLocation(openingBracePosition, this.clonePosition());
        if (argType === "select") return {
          val: {
            type: 5,
            value,
            options: fromEntries(optionsResult.val),
            location
          },
          err: null
        };
        else return {
          val: {
            type: 6,
            value,
            options: fromEntries(optionsResult.val),
            offset: pluralOffset,
            pluralType: argType === "plural" ? "cardinal" : "ordinal",
            location
          },
          err: null
        };
      }
      default:
        return this.error(5, createLocation(typeStartPosition, typeEndPosition));
    }
  }
  tryParseArgumentClose(openingBracePosition) {
    if (this.isEOF() || this.char() !== 125) return this.error(1, createLocation(openingBracePosition, this.clonePosition()));
    this.bump();
    return {
      val: true,
      err: null
    };
  }
  /**
  * See: https://github.com/unicode-org/icu/blob/af7ed1f6d2298013dc303628438ec4abe1f16479/icu4c/source/common/messagepattern.cpp#L659
  */
  parseSimpleArgStyleIfPossible() {
    let nestedBraces = 0;
    const startPosition = this.clonePosition();
    while (!this.isEOF()) switch (this.char()) {
      case 39: {
        this.bump();
        let apostrophePosition = this.clonePosition();
        if (!this.bumpUntil("'")) return this.error(11, createLocation(apostrophePosition, this.clonePosition()));
        this.bump();
        break;
      }
      case 123:
        nestedBraces += 1;
        this.bump();
        break;
      case 125:
        if (nestedBraces > 0) nestedBraces -= 1;
        else return {
          val: this.message.slice(startPosition.offset, this.offset()),
          err: null
        };
        break;
      default:
        this.bump();
    }
    return {
      val: this.message.slice(startPosition.offset, this.offset()),
      err: null
    };
  }
  parseNumberSkeletonFromString(skeleton, location) {
    let tokens = [];
    try {
      tokens = parseNumberSkeletonFromString(skeleton);
    } catch {
      return this.error(7, location);
    }
    return {
      val: {
        type: 0,
        tokens,
        location,
        parsedOptions: this.shouldParseSkeletons ? parseNumberSkeleton(tokens) : {}
      },
      err: null
    };
  }
  /**
  * @param nesting_level The current nesting level of messages.
  *     This can be positive when parsing message fragment in select or plural argument options.
  * @param parent_arg_type The parent argument's type.
  * @param parsed_first_identifier If provided, this is the first identifier-like selector of
  *     the argument. It is a by-product of a previous parsing attempt.
  * @param expecting_close_tag If true, this message is directly or indirectly nested inside
  *     between a pair of opening and closing tags. The nested message will not parse beyond
  *     the closing tag boundary.
  */
  tryParsePluralOrSelectOptions(nestingLevel, parentArgType, expectCloseTag, parsedFirstIdentifier) {
    let hasOtherClause = false;
    const options = [];
    const parsedSelectors = /* @__PURE__ */ new Set();
    let { value: selector, location: selectorLocation } = parsedFirstIdentifier;
    while (true) {
      if (selector.length === 0) {
        const startPosition = this.clonePosition();
        if (parentArgType !== "select" && this.bumpIf("=")) {
          const result = this.tryParseDecimalInteger(16, 19);
          if (result.err) return result;
          selectorLocation = createLocation(startPosition, this.clonePosition());
          selector = this.message.slice(startPosition.offset, this.offset());
        } else break;
      }
      if (parsedSelectors.has(selector)) return this.error(parentArgType === "select" ? 21 : 20, selectorLocation);
      if (selector === "other") hasOtherClause = true;
      this.bumpSpace();
      const openingBracePosition = this.clonePosition();
      if (!this.bumpIf("{")) return this.error(parentArgType === "select" ? 17 : 18, createLocation(this.clonePosition(), this.clonePosition()));
      const fragmentResult = this.parseMessage(nestingLevel + 1, parentArgType, expectCloseTag);
      if (fragmentResult.err) return fragmentResult;
      const argCloseResult = this.tryParseArgumentClose(openingBracePosition);
      if (argCloseResult.err) return argCloseResult;
      options.push([selector, {
        value: fragmentResult.val,
        location: createLocation(openingBracePosition, this.clonePosition())
      }]);
      parsedSelectors.add(selector);
      this.bumpSpace();
      ({ value: selector, location: selectorLocation } = this.parseIdentifierIfPossible());
    }
    if (options.length === 0) return this.error(parentArgType === "select" ? 15 : 16, createLocation(this.clonePosition(), this.clonePosition()));
    if (this.requiresOtherClause && !hasOtherClause) return this.error(22, createLocation(this.clonePosition(), this.clonePosition()));
    return {
      val: options,
      err: null
    };
  }
  tryParseDecimalInteger(expectNumberError, invalidNumberError) {
    let sign = 1;
    const startingPosition = this.clonePosition();
    if (this.bumpIf("+")) {
    } else if (this.bumpIf("-")) sign = -1;
    let hasDigits = false;
    let decimal = 0;
    while (!this.isEOF()) {
      const ch = this.char();
      if (ch >= 48 && ch <= 57) {
        hasDigits = true;
        decimal = decimal * 10 + (ch - 48);
        this.bump();
      } else break;
    }
    const location = createLocation(startingPosition, this.clonePosition());
    if (!hasDigits) return this.error(expectNumberError, location);
    decimal *= sign;
    if (!Number.isSafeInteger(decimal)) return this.error(invalidNumberError, location);
    return {
      val: decimal,
      err: null
    };
  }
  offset() {
    return this.position.offset;
  }
  isEOF() {
    return this.offset() === this.message.length;
  }
  clonePosition() {
    return {
      offset: this.position.offset,
      line: this.position.line,
      column: this.position.column
    };
  }
  /**
  * Return the code point at the current position of the parser.
  * Throws if the index is out of bound.
  */
  char() {
    const offset = this.position.offset;
    if (offset >= this.message.length) throw Error("out of bound");
    const code = this.message.codePointAt(offset);
    if (code === void 0) throw Error(`Offset ${offset} is at invalid UTF-16 code unit boundary`);
    return code;
  }
  error(kind, location) {
    return {
      val: null,
      err: {
        kind,
        message: this.message,
        location
      }
    };
  }
  /** Bump the parser to the next UTF-16 code unit. */
  bump() {
    if (this.isEOF()) return;
    const code = this.char();
    if (code === 10) {
      this.position.line += 1;
      this.position.column = 1;
      this.position.offset += 1;
    } else {
      this.position.column += 1;
      this.position.offset += code < 65536 ? 1 : 2;
    }
  }
  /**
  * If the substring starting at the current position of the parser has
  * the given prefix, then bump the parser to the character immediately
  * following the prefix and return true. Otherwise, don't bump the parser
  * and return false.
  */
  bumpIf(prefix) {
    const offset = this.offset();
    if (this.message.slice(offset, offset + prefix.length) === prefix) {
      for (let i = 0; i < prefix.length; i++) this.bump();
      return true;
    }
    return false;
  }
  /**
  * Bump the parser until the pattern character is found and return `true`.
  * Otherwise bump to the end of the file and return `false`.
  */
  bumpUntil(pattern) {
    const currentOffset = this.offset();
    const index = this.message.indexOf(pattern, currentOffset);
    if (index >= 0) {
      this.bumpTo(index);
      return true;
    } else {
      this.bumpTo(this.message.length);
      return false;
    }
  }
  /**
  * Bump the parser to the target offset.
  * If target offset is beyond the end of the input, bump the parser to the end of the input.
  */
  bumpTo(targetOffset) {
    if (this.offset() > targetOffset) throw Error(`targetOffset ${targetOffset} must be greater than or equal to the current offset ${this.offset()}`);
    targetOffset = Math.min(targetOffset, this.message.length);
    while (true) {
      const offset = this.offset();
      if (offset === targetOffset) break;
      if (offset > targetOffset) throw Error(`targetOffset ${targetOffset} is at invalid UTF-16 code unit boundary`);
      this.bump();
      if (this.isEOF()) break;
    }
  }
  /** advance the parser through all whitespace to the next non-whitespace code unit. */
  bumpSpace() {
    while (!this.isEOF() && _isWhiteSpace(this.char())) this.bump();
  }
  /**
  * Peek at the *next* Unicode codepoint in the input without advancing the parser.
  * If the input has been exhausted, then this returns null.
  */
  peek() {
    if (this.isEOF()) return null;
    const code = this.char();
    const offset = this.offset();
    return this.message.charCodeAt(offset + (code >= 65536 ? 2 : 1)) ?? null;
  }
};
function _isAlpha(codepoint) {
  return codepoint >= 97 && codepoint <= 122 || codepoint >= 65 && codepoint <= 90;
}
function _isAlphaOrSlash(codepoint) {
  return _isAlpha(codepoint) || codepoint === 47;
}
function _isPotentialElementNameChar(c) {
  return c === 45 || c === 46 || c >= 48 && c <= 57 || c === 95 || c >= 97 && c <= 122 || c >= 65 && c <= 90 || c == 183 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 893 || c >= 895 && c <= 8191 || c >= 8204 && c <= 8205 || c >= 8255 && c <= 8256 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
}
function _isWhiteSpace(c) {
  return c >= 9 && c <= 13 || c === 32 || c === 133 || c >= 8206 && c <= 8207 || c === 8232 || c === 8233;
}
function pruneLocation(els) {
  els.forEach((el) => {
    delete el.location;
    if (isSelectElement(el) || isPluralElement(el)) for (const k in el.options) {
      delete el.options[k].location;
      pruneLocation(el.options[k].value);
    }
    else if (isNumberElement(el) && isNumberSkeleton(el.style)) delete el.style.location;
    else if ((isDateElement(el) || isTimeElement(el)) && isDateTimeSkeleton(el.style)) delete el.style.location;
    else if (isTagElement(el)) pruneLocation(el.children);
  });
}
function parse(message, opts = {}) {
  opts = {
    shouldParseSkeletons: true,
    requiresOtherClause: true,
    ...opts
  };
  const result = new Parser(message, opts).parse();
  if (result.err) {
    const error = SyntaxError(ErrorKind[result.err.kind]);
    error.location = result.err.location;
    error.originalMessage = result.err.message;
    throw error;
  }
  if (!opts?.captureLocation) pruneLocation(result.val);
  return result.val;
}

// node_modules/intl-messageformat/index.js
var FormatError = class extends Error {
  constructor(msg, code, originalMessage) {
    super(msg);
    this.code = code;
    this.originalMessage = originalMessage;
  }
  toString() {
    return `[formatjs Error: ${this.code}] ${this.message}`;
  }
};
var InvalidValueError = class extends FormatError {
  constructor(variableId, value, options, originalMessage) {
    super(`Invalid values for "${variableId}": "${value}". Options are "${Object.keys(options).join('", "')}"`, "INVALID_VALUE", originalMessage);
  }
};
var InvalidValueTypeError = class extends FormatError {
  constructor(value, type, originalMessage) {
    super(`Value for "${value}" must be of type ${type}`, "INVALID_VALUE", originalMessage);
  }
};
var MissingValueError = class extends FormatError {
  constructor(variableId, originalMessage) {
    super(`The intl string context variable "${variableId}" was not provided to the string "${originalMessage}"`, "MISSING_VALUE", originalMessage);
  }
};
function mergeLiteral(parts) {
  if (parts.length < 2) return parts;
  return parts.reduce((all, part) => {
    const lastPart = all[all.length - 1];
    if (!lastPart || lastPart.type !== 0 || part.type !== 0) all.push(part);
    else lastPart.value += part.value;
    return all;
  }, []);
}
function isFormatXMLElementFn(el) {
  return typeof el === "function";
}
function formatToParts(els, locales, formatters, formats, values, currentPluralValue, originalMessage) {
  if (els.length === 1 && isLiteralElement(els[0])) return [{
    type: 0,
    value: els[0].value
  }];
  const result = [];
  for (const el of els) {
    if (isLiteralElement(el)) {
      result.push({
        type: 0,
        value: el.value
      });
      continue;
    }
    if (isPoundElement(el)) {
      if (typeof currentPluralValue === "number") result.push({
        type: 0,
        value: formatters.getNumberFormat(locales).format(currentPluralValue)
      });
      continue;
    }
    const { value: varName } = el;
    if (!(values && varName in values)) throw new MissingValueError(varName, originalMessage);
    let value = values[varName];
    if (isArgumentElement(el)) {
      if (!value || typeof value === "string" || typeof value === "number" || typeof value === "bigint") value = typeof value === "string" || typeof value === "number" || typeof value === "bigint" ? String(value) : "";
      result.push({
        type: typeof value === "string" ? 0 : 1,
        value
      });
      continue;
    }
    if (isDateElement(el)) {
      const style = typeof el.style === "string" ? formats.date[el.style] : isDateTimeSkeleton(el.style) ? el.style.parsedOptions : void 0;
      result.push({
        type: 0,
        value: formatters.getDateTimeFormat(locales, style).format(value)
      });
      continue;
    }
    if (isTimeElement(el)) {
      const style = typeof el.style === "string" ? formats.time[el.style] : isDateTimeSkeleton(el.style) ? el.style.parsedOptions : formats.time.medium;
      result.push({
        type: 0,
        value: formatters.getDateTimeFormat(locales, style).format(value)
      });
      continue;
    }
    if (isNumberElement(el)) {
      const style = typeof el.style === "string" ? formats.number[el.style] : isNumberSkeleton(el.style) ? el.style.parsedOptions : void 0;
      if (style && style.scale) {
        const scale = style.scale || 1;
        if (typeof value === "bigint") {
          if (!Number.isInteger(scale)) throw new TypeError(`Cannot apply fractional scale ${scale} to bigint value. Scale must be an integer when formatting bigint.`);
          value = value * BigInt(scale);
        } else value = value * scale;
      }
      result.push({
        type: 0,
        value: formatters.getNumberFormat(locales, style).format(value)
      });
      continue;
    }
    if (isTagElement(el)) {
      const { children, value: value2 } = el;
      const formatFn = values[value2];
      if (!isFormatXMLElementFn(formatFn)) throw new InvalidValueTypeError(value2, "function", originalMessage);
      let chunks = formatFn(formatToParts(children, locales, formatters, formats, values, currentPluralValue).map((p) => p.value));
      if (!Array.isArray(chunks)) chunks = [chunks];
      result.push(...chunks.map((c) => {
        return {
          type: typeof c === "string" ? 0 : 1,
          value: c
        };
      }));
    }
    if (isSelectElement(el)) {
      const key = value;
      const opt = (Object.prototype.hasOwnProperty.call(el.options, key) ? el.options[key] : void 0) || el.options.other;
      if (!opt) throw new InvalidValueError(el.value, value, Object.keys(el.options), originalMessage);
      result.push(...formatToParts(opt.value, locales, formatters, formats, values));
      continue;
    }
    if (isPluralElement(el)) {
      const exactKey = `=${value}`;
      let opt = Object.prototype.hasOwnProperty.call(el.options, exactKey) ? el.options[exactKey] : void 0;
      if (!opt) {
        if (!Intl.PluralRules) throw new FormatError(`Intl.PluralRules is not available in this environment.
Try polyfilling it using "@formatjs/intl-pluralrules"
`, "MISSING_INTL_API", originalMessage);
        const numericValue2 = typeof value === "bigint" ? Number(value) : value;
        const rule = formatters.getPluralRules(locales, { type: el.pluralType }).select(numericValue2 - (el.offset || 0));
        opt = (Object.prototype.hasOwnProperty.call(el.options, rule) ? el.options[rule] : void 0) || el.options.other;
      }
      if (!opt) throw new InvalidValueError(el.value, value, Object.keys(el.options), originalMessage);
      const numericValue = typeof value === "bigint" ? Number(value) : value;
      result.push(...formatToParts(opt.value, locales, formatters, formats, values, numericValue - (el.offset || 0)));
      continue;
    }
  }
  return mergeLiteral(result);
}
function mergeConfig(c1, c2) {
  if (!c2) return c1;
  return {
    ...c1,
    ...c2,
    ...Object.keys(c1).reduce((all, k) => {
      all[k] = {
        ...c1[k],
        ...c2[k]
      };
      return all;
    }, {})
  };
}
function mergeConfigs(defaultConfig, configs) {
  if (!configs) return defaultConfig;
  return Object.keys(defaultConfig).reduce((all, k) => {
    all[k] = mergeConfig(defaultConfig[k], configs[k]);
    return all;
  }, { ...defaultConfig });
}
function createFastMemoizeCache(store) {
  return { create() {
    return {
      get(key) {
        return store[key];
      },
      set(key, value) {
        store[key] = value;
      }
    };
  } };
}
function createDefaultFormatters(cache = {
  number: {},
  dateTime: {},
  pluralRules: {}
}) {
  return {
    getNumberFormat: memoize((...args) => new Intl.NumberFormat(...args), {
      cache: createFastMemoizeCache(cache.number),
      strategy: strategies.variadic
    }),
    getDateTimeFormat: memoize((...args) => new Intl.DateTimeFormat(...args), {
      cache: createFastMemoizeCache(cache.dateTime),
      strategy: strategies.variadic
    }),
    getPluralRules: memoize((...args) => new Intl.PluralRules(...args), {
      cache: createFastMemoizeCache(cache.pluralRules),
      strategy: strategies.variadic
    })
  };
}
var IntlMessageFormat = class IntlMessageFormat2 {
  constructor(message, locales = IntlMessageFormat2.defaultLocale, overrideFormats, opts) {
    this.formatterCache = {
      number: {},
      dateTime: {},
      pluralRules: {}
    };
    this.format = ((values) => {
      const parts = this.formatToParts(values);
      if (parts.length === 1) return parts[0].value;
      const result = parts.reduce((all, part) => {
        if (!all.length || part.type !== 0 || typeof all[all.length - 1] !== "string") all.push(part.value);
        else all[all.length - 1] += part.value;
        return all;
      }, []);
      if (result.length <= 1) return result[0] || "";
      return result;
    });
    this.formatToParts = ((values) => formatToParts(this.ast, this.locales, this.formatters, this.formats, values, void 0, this.message));
    this.resolvedOptions = () => ({ locale: this.resolvedLocale?.toString() || Intl.NumberFormat.supportedLocalesOf(this.locales)[0] });
    this.getAst = () => this.ast;
    this.locales = locales;
    this.resolvedLocale = IntlMessageFormat2.resolveLocale(locales);
    if (typeof message === "string") {
      this.message = message;
      if (!IntlMessageFormat2.__parse) throw new TypeError("IntlMessageFormat.__parse must be set to process `message` of type `string`");
      const { ...parseOpts } = opts || {};
      this.ast = IntlMessageFormat2.__parse(message, {
        ...parseOpts,
        locale: this.resolvedLocale
      });
    } else this.ast = message;
    if (!Array.isArray(this.ast)) throw new TypeError("A message must be provided as a String or AST.");
    this.formats = mergeConfigs(IntlMessageFormat2.formats, overrideFormats);
    this.formatters = opts && opts.formatters || createDefaultFormatters(this.formatterCache);
  }
  static {
    this.memoizedDefaultLocale = null;
  }
  static get defaultLocale() {
    if (!IntlMessageFormat2.memoizedDefaultLocale) IntlMessageFormat2.memoizedDefaultLocale = new Intl.NumberFormat().resolvedOptions().locale;
    return IntlMessageFormat2.memoizedDefaultLocale;
  }
  static {
    this.resolveLocale = (locales) => {
      if (typeof Intl.Locale === "undefined") return;
      const supportedLocales = Intl.NumberFormat.supportedLocalesOf(locales);
      if (supportedLocales.length > 0) return new Intl.Locale(supportedLocales[0]);
      return new Intl.Locale(typeof locales === "string" ? locales : locales[0]);
    };
  }
  static {
    this.__parse = parse;
  }
  static {
    this.formats = {
      number: {
        integer: { maximumFractionDigits: 0 },
        currency: { style: "currency" },
        percent: { style: "percent" }
      },
      date: {
        short: {
          month: "numeric",
          day: "numeric",
          year: "2-digit"
        },
        medium: {
          month: "short",
          day: "numeric",
          year: "numeric"
        },
        long: {
          month: "long",
          day: "numeric",
          year: "numeric"
        },
        full: {
          weekday: "long",
          month: "long",
          day: "numeric",
          year: "numeric"
        }
      },
      time: {
        short: {
          hour: "numeric",
          minute: "numeric"
        },
        medium: {
          hour: "numeric",
          minute: "numeric",
          second: "numeric"
        },
        long: {
          hour: "numeric",
          minute: "numeric",
          second: "numeric",
          timeZoneName: "short"
        },
        full: {
          hour: "numeric",
          minute: "numeric",
          second: "numeric",
          timeZoneName: "short"
        }
      }
    };
  }
};

// src/render/package-root.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// src/package-name.ts
var PACKAGE_NAME = "@sla-as-code/sla";

// src/render/package-root.ts
var cached;
function packageRoot() {
  if (cached) return cached;
  let directory = path.dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    const manifest = path.join(directory, "package.json");
    if (existsSync(manifest)) {
      try {
        if (JSON.parse(readFileSync(manifest, "utf8")).name === PACKAGE_NAME) return cached = directory;
      } catch {
      }
    }
    const parent = path.dirname(directory);
    if (parent === directory) throw new Error(`cannot find the sla package directory (package.json with "name": "${PACKAGE_NAME}")`);
    directory = parent;
  }
}
function defaultTemplateDirectory() {
  return path.join(packageRoot(), "templates", "default");
}

// src/i18n/catalog.ts
var SUPPORTED_LOCALES = ["en-GB", "en-US", "de-DE", "fr-FR", "nl-NL", "es-ES"];
var CATALOG_LANGUAGES = ["en", "de", "fr", "nl", "es"];
var SOURCE_LANGUAGE = "en";
function catalogLanguage(locale) {
  const language = locale.split(/[-_]/)[0].toLowerCase();
  return CATALOG_LANGUAGES.includes(language) ? language : SOURCE_LANGUAGE;
}
function canonicalLocale(tag) {
  if (typeof tag !== "string") throw new TypeError(`a locale must be a BCP 47 tag such as de-DE, got ${JSON.stringify(tag)}`);
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.trim().replace(/_/g, "-"));
    if (canonical) return canonical;
  } catch {
  }
  throw new RangeError(`\`${tag}\` is not a locale; give a BCP 47 tag such as ${SUPPORTED_LOCALES.join(", ")}`);
}
var shipped = /* @__PURE__ */ new Map();
function shippedCatalogFiles(language) {
  const directory = path2.join(packageRoot(), "locales", language);
  const files = /* @__PURE__ */ new Map();
  for (const name of readdirSync(directory).filter((file) => file.endsWith(".json")).sort()) {
    files.set(name.slice(0, -".json".length), JSON.parse(readFileSync2(path2.join(directory, name), "utf8")));
  }
  return files;
}
function shippedCatalog(language) {
  let catalog = shipped.get(language);
  if (!catalog) {
    catalog = Object.assign({}, ...shippedCatalogFiles(language).values());
    shipped.set(language, catalog);
  }
  return catalog;
}
var UnknownMessageError = class extends Error {
};
var Translator = class {
  constructor(locale, extra) {
    this.locale = locale;
    if (typeof locale !== "string" || locale === "") throw new TypeError(`Translator: locale must be a BCP 47 tag such as de-DE, got ${JSON.stringify(locale)}`);
    this.language = catalogLanguage(locale);
    const own2 = shippedCatalog(this.language);
    this.catalogs = [...extra ? [extra] : [], own2, ...this.language === SOURCE_LANGUAGE ? [] : [shippedCatalog(SOURCE_LANGUAGE)]];
  }
  locale;
  language;
  compiled = /* @__PURE__ */ new Map();
  catalogs;
  /** True when some catalog has the key. */
  has(key) {
    return this.catalogs.some((catalog) => Object.hasOwn(catalog, key));
  }
  /** The message `key` with its placeholders filled in. Bound, so `const { t } = translator(locale)` works. */
  t = (key, args) => {
    let format = this.compiled.get(key);
    if (!format) {
      const message = this.catalogs.find((catalog) => Object.hasOwn(catalog, key))?.[key];
      if (message === void 0) throw new UnknownMessageError(`no message \`${key}\` in the catalogs (locales/${SOURCE_LANGUAGE}/ is the source)`);
      format = new IntlMessageFormat(message, this.locale, void 0, { ignoreTag: true });
      this.compiled.set(key, format);
    }
    const formatted = format.format(args);
    if (typeof formatted !== "string") throw new TypeError(`message \`${key}\` did not format to text`);
    return formatted;
  };
};
var translators = /* @__PURE__ */ new Map();
function translator(locale) {
  let found = translators.get(locale);
  if (!found) {
    found = new Translator(locale);
    if (translators.size < 100) translators.set(locale, found);
  }
  return found;
}

// src/pdf/signatures.ts
var COLUMN_GAP = 30;
var SIGNING_SPACE = 50;
var FIELD_HEIGHT = 19;
var CAPTION_HEIGHT = 14;
function columnWords(key) {
  return new Set(CATALOG_LANGUAGES.map((language) => (shippedCatalog(language)[`signatures.column.${key}`] ?? "").toLowerCase()).filter(Boolean));
}
var words;
var isColumn = (label, key) => (words ??= { signature: columnWords("signature"), party: columnWords("party") })[key].has(label.trim().toLowerCase());
function isSignatureTable(model) {
  return model.header.some((cell) => isColumn(plainText(cell.runs), "signature"));
}
function signatureCaption(model) {
  return model.header.map((cell) => plainText(cell.runs)).find((label) => isColumn(label, "signature")) ?? "Signature";
}
function signatories(model) {
  const labels = model.header.map((cell) => plainText(cell.runs));
  const partyColumn = Math.max(0, labels.findIndex((label) => isColumn(label, "party")));
  return model.rows.map((row) => ({
    party: row[partyColumn]?.runs ?? [],
    fields: labels.flatMap(
      (label, column) => column === partyColumn || isColumn(label, "signature") ? [] : [{ label, value: row[column]?.runs ?? [] }]
    )
  }));
}
function isFillIn(runs) {
  return /^[\s_.\-–—]*$/.test(plainText(runs));
}
var plain = (text) => ({ text, bold: false, italic: false, code: false });
function layoutBlock(signatory, width, typesetter) {
  const { body, table } = typesetter.theme;
  const partyLines = typesetter.lines(signatory.party.map((run2) => ({ ...run2, bold: true })), width, body);
  const widestLabel = Math.max(0, ...signatory.fields.map((field) => typesetter.measure(`${field.label}:`, "regular", table.size)));
  const labelWidth = Math.min(width * 0.4, widestLabel + 10);
  const fields = signatory.fields.map((field) => {
    const label = typesetter.lines([plain(`${field.label}:`)], labelWidth - 6, table);
    const value = isFillIn(field.value) ? void 0 : typesetter.lines(field.value, width - labelWidth, table);
    const lines = Math.max(label.length, value?.length ?? 1);
    return { label, value, height: Math.max(FIELD_HEIGHT, lines * table.leading + 6) };
  });
  const fieldsHeight = fields.reduce((total, field) => total + field.height, 0);
  return { partyLines, labelWidth, fields, height: partyLines.length * body.leading + SIGNING_SPACE + CAPTION_HEIGHT + fieldsHeight };
}
function signatureLeadHeight(model, typesetter) {
  const width = (typesetter.contentWidth - COLUMN_GAP) / 2;
  const blocks = signatories(model).slice(0, 2).map((signatory) => layoutBlock(signatory, width, typesetter));
  return Math.max(0, ...blocks.map((block) => block.height));
}
function drawSignatures(model, x, width, typesetter, parent) {
  const blockWidth = (width - COLUMN_GAP) / 2;
  const blocks = signatories(model).map((signatory) => layoutBlock(signatory, blockWidth, typesetter));
  const caption = signatureCaption(model);
  const section = typesetter.open(parent, "Div");
  for (let index = 0; index < blocks.length; index += 2) {
    const pair = blocks.slice(index, index + 2);
    const partyLines = Math.max(...pair.map((block) => block.partyLines.length));
    const height = Math.max(...pair.map((block) => block.height + (partyLines - block.partyLines.length) * typesetter.theme.body.leading));
    typesetter.ensureSpace(height);
    const top = typesetter.y;
    pair.forEach((block, column) => drawBlock(block, partyLines, x + column * (blockWidth + COLUMN_GAP), top, blockWidth, caption, typesetter, section));
    typesetter.y = top + height + typesetter.theme.paragraphGap * 2;
  }
  typesetter.close(section);
}
function drawBlock(block, partyLines, x, top, width, caption, typesetter, parent) {
  const { body, table, muted, text, rule } = typesetter.theme;
  const container = typesetter.open(parent, "Div");
  let y = top;
  const party = typesetter.open(container, "P");
  typesetter.content(party, () => {
    block.partyLines.forEach((line, index) => typesetter.drawLine(line, x, y + index * body.leading, body));
  });
  typesetter.close(party);
  y += partyLines * body.leading + SIGNING_SPACE;
  typesetter.artifact(() => {
    typesetter.doc.moveTo(x, y).lineTo(x + width, y).lineWidth(0.7).stroke(text);
  });
  const captionTag = typesetter.open(container, "P");
  const captionLines = typesetter.lines([plain(caption)], width, table);
  typesetter.content(captionTag, () => captionLines.forEach((line) => typesetter.drawLine(line, x, y + 1, table, "left", 0, muted)));
  typesetter.close(captionTag);
  y += CAPTION_HEIGHT;
  for (const field of block.fields) {
    const row = typesetter.open(container, "P");
    typesetter.content(row, () => {
      field.label.forEach((line, index) => typesetter.drawLine(line, x, y + 4 + index * table.leading, table, "left", 0, muted));
      field.value?.forEach((line, index) => typesetter.drawLine(line, x + block.labelWidth, y + 4 + index * table.leading, table));
    });
    typesetter.close(row);
    if (!field.value) {
      const baseline = y + field.height - 3;
      typesetter.artifact(() => {
        typesetter.doc.moveTo(x + block.labelWidth, baseline).lineTo(x + width, baseline).lineWidth(0.5).stroke(rule);
      });
    }
    y += field.height;
  }
  typesetter.close(container);
}

// src/pdf/keep-together.ts
var MONTHS = [...new Set(["en", "de", "fr", "nl", "es"].flatMap((language) => {
  const format = new Intl.DateTimeFormat(language, { month: "long", timeZone: "UTC" });
  return Array.from({ length: 12 }, (_, month) => format.format(Date.UTC(2024, month, 1)));
}))].sort((a, b) => b.length - a.length).join("|");
var CURRENCY_CODES = "EUR|USD|GBP|CHF|JPY|AUD|CAD|NZD|SEK|NOK|DKK|PLN|CZK|INR|SGD|HKD|ZAR|BRL|MXN";
var AREAS = "Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc";
var UNITS = [
  "minutes?|hours?|days?|weeks?|months?|years?|min|h|ms|seconds?|MB|GB|KB|TB|pt|mm|cm",
  "Minuten?|Stunden?|Tage?n?|Wochen?|Monate?n?|Jahre?n?|Gesch\xE4fts(?:minuten?|stunden?|tage?n?)|Arbeitstage?n?|Werktage?n?",
  "heures?|jours?|semaines?|mois|ans|ann\xE9es?",
  "minuut|uur|uren|dagen|dag|weken|week|maanden|maand|jaren|jaar|werkdagen|werkdag|werkuren|werkuur|werkminuten|werkminuut",
  "minutos?|horas?|d\xEDas?|semanas?|meses|mes|a\xF1os?"
].join("|");
var UNIT_AFTER = String.raw`(?:[ \u00a0](?:ouvr\u00e9(?:es|e|s)?|ouvrables?|h\u00e1bil(?:es)?|laborables?))?`;
var NUMBER = String.raw`\d[\d,.\u00a0\u202f]*\d|\d`;
var CLOCK = String.raw`\d{1,2}:\d{2}(?:[ \u00a0\u202f]?[AaPp]\.?[Mm]\.?)?`;
var PATTERNS = [
  ["url", String.raw`(?:https?:\/\/|mailto:|www\.)[^\s<>"]*[^\s<>".,;:!?)'\u2019\u201d\]]`],
  ["email", String.raw`[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}`],
  ["phone", String.raw`\+\d{1,3}(?:[ \u00a0\-.]?\(?\d{1,5}\)?){2,6}`],
  // An IANA name, or a zone's winter/summer abbreviations as the contract writes them (`CET/CEST`, `EST/EDT`).
  ["timezone", String.raw`\b(?:${AREAS})\/[A-Za-z_\-]+(?:\/[A-Za-z_\-]+)?|\b[A-Z]{2,5}\/[A-Z]{2,5}\b`],
  ["money", String.raw`[\u20ac$\u00a3\u00a5\u20b9](?:[ \u00a0]?)(?:${NUMBER})|\b(?:${CURRENCY_CODES})[ \u00a0](?:${NUMBER})|(?:${NUMBER})[ \u00a0\u202f]?(?:\u20ac|\u00a3|\b(?:${CURRENCY_CODES})\b)`],
  ["time", String.raw`${CLOCK}(?:[\u2013\-]${CLOCK})?`],
  ["duration", String.raw`\b(?:${NUMBER})(?:[ \u00a0](?:business|working|calendar|clock))?[ \u00a0](?:${UNITS})(?![\p{L}])${UNIT_AFTER}`],
  ["percent", String.raw`(?:${NUMBER})[ \u00a0\u202f]%`],
  // 1 March 2027, 1. März 2027, 1 de marzo de 2027, March 1, 2027.
  ["date", String.raw`\b\d{1,2}\.?[ \u00a0](?:de[ \u00a0])?(?:${MONTHS})(?![\p{L}])(?:[ \u00a0](?:de[ \u00a0])?\d{4}\b)?|\b(?:${MONTHS})[ \u00a0]\d{1,2}\b(?:,[ \u00a0]\d{4}\b)?`]
];
var COMBINED = new RegExp(PATTERNS.map(([, source]) => `(${source})`).join("|"), "gu");
function keptSpans(text) {
  const spans = [];
  if (!/[\d@/€$£¥₹]/.test(text)) return spans;
  for (const match of text.matchAll(COMBINED)) {
    const group = match.slice(1).findIndex((value) => value !== void 0);
    const kind = PATTERNS[group]?.[0];
    if (!kind || match[0].length === 0) continue;
    spans.push({ start: match.index, end: match.index + match[0].length, kind });
  }
  return spans;
}
function seams(token, kind) {
  const offsets = [];
  if (kind === "url") {
    const schemeEnd = token.indexOf("//") >= 0 ? token.indexOf("//") + 2 : 0;
    if (schemeEnd > 0 && schemeEnd < token.length - 1) offsets.push(schemeEnd);
    for (let index = schemeEnd; index < token.length - 1; index += 1) if (token[index] === "/") offsets.push(index + 1);
  } else if (kind === "email") {
    const at = token.indexOf("@");
    if (at > 0) offsets.push(at);
    for (let index = at + 1; index < token.length; index += 1) if (token[index] === ".") offsets.push(index);
  }
  return offsets;
}

// src/pdf/line-breaking.ts
var HYPHEN = "-";
var CODE_SCALE = 0.9;
function breakLines(runs, width, size, measure, hyphenator, policy = "overflow") {
  const words2 = toWords(runs, size, measure);
  const lines = [];
  let current = [];
  let currentWidth = 0;
  const flush = () => {
    lines.push(current);
    current = [];
    currentWidth = 0;
  };
  for (const original of words2) {
    if (original.forcedBreakBefore) flush();
    let word = original;
    while (word) {
      const before = current.at(-1);
      const gap = current.length > 0 && typeof word.gap === "object" ? word.gap : void 0;
      const gapWidth = gap && before ? measure(" ", before.font, before.size) : 0;
      const fits = current.length > 0 ? currentWidth + gapWidth + word.width <= width + 0.01 : word.width <= width;
      if (fits) {
        if (gap) {
          current.push(gap);
          currentWidth += gapWidth;
        }
        current.push(...word.fragments);
        currentWidth += word.width;
        word = void 0;
        continue;
      }
      const mayHyphenate = policy === "overflow" && !word.compound || current.length === 0 && word.width > width;
      const split = mayHyphenate ? hyphenate(word, width - (current.length > 0 ? currentWidth + gapWidth : 0), measure, hyphenator) : void 0;
      if (split) {
        if (gap) current.push(gap);
        current.push(...split.head);
        flush();
        word = split.tail;
        continue;
      }
      if (current.length > 0) {
        flush();
        continue;
      }
      for (const piece of splitOversizedWord(word, width, measure)) {
        if (current.length > 0) flush();
        current.push(...piece);
        currentWidth = sumWidths(piece, measure);
      }
      word = void 0;
    }
  }
  if (current.length > 0 || lines.length === 0) flush();
  return lines.map((fragments) => toLine(fragments, measure));
}
function hyphenate(word, room, measure, hyphenator) {
  const points = hyphenationPoints(word, hyphenator);
  for (let index = points.length - 1; index >= 0; index -= 1) {
    const at = points[index];
    const head = sliceFragments(word.fragments, 0, at);
    const last = head.at(-1);
    if (!last) continue;
    head[head.length - 1] = { ...last, text: last.text + HYPHEN };
    if (sumWidths(head, measure) > room + 0.01) continue;
    const fragments = sliceFragments(word.fragments, at, word.length);
    const tail = {
      fragments,
      width: sumWidths(fragments, measure),
      gap: "none",
      forcedBreakBefore: false,
      length: word.length - at,
      seams: word.seams.filter((seam) => seam > at).map((seam) => seam - at),
      keep: word.keep,
      soft: [],
      ...word.compound && { compound: true },
      points: points.slice(index + 1).map((point) => point - at)
    };
    return { head, tail };
  }
  return void 0;
}
function hyphenationPoints(word, hyphenator) {
  if (word.points) return word.points;
  let points = [];
  if (word.keep === "none" && !word.fragments.some((fragment) => fragment.font === "mono")) {
    if (word.soft.length > 0) points = word.soft.filter((offset) => offset > 0 && offset < word.length);
    else if (hyphenator) points = hyphenator.points(word.fragments.map((fragment) => fragment.text).join(""));
  }
  word.points = points;
  return points;
}
function sliceFragments(fragments, from, to) {
  const sliced = [];
  let offset = 0;
  for (const fragment of fragments) {
    const start = Math.max(from, offset);
    const end = Math.min(to, offset + fragment.text.length);
    if (end > start) sliced.push({ ...fragment, text: fragment.text.slice(start - offset, end - offset) });
    offset += fragment.text.length;
  }
  return sliced;
}
function toWords(runs, size, measure) {
  const words2 = [];
  let word;
  let pendingGap = "none";
  let pendingBreak = false;
  const startWord = () => {
    const started = { fragments: [], width: 0, gap: pendingGap, forcedBreakBefore: pendingBreak, length: 0, seams: [], keep: "none", soft: [] };
    words2.push(started);
    pendingGap = "none";
    pendingBreak = false;
    return started;
  };
  for (const run2 of runs) {
    if (run2.lineBreak) {
      word = void 0;
      pendingBreak = true;
      pendingGap = "none";
      continue;
    }
    const font = fontFor(run2);
    const fragmentSize = run2.code ? size * CODE_SCALE : size;
    const style = { font, size: fragmentSize, ...run2.link ? { link: run2.link } : {} };
    const append = (piece, pieceSeams = [], pieceSoft = []) => {
      word ??= startWord();
      for (const seam of pieceSeams) word.seams.push(word.length + seam);
      for (const offset of pieceSoft) word.soft.push(word.length + offset);
      word.fragments.push({ text: piece, ...style });
      word.width += measure(piece, font, fragmentSize);
      word.length += piece.length;
    };
    const source = run2.text.replace(/[\t\r\n\f\v]/g, " ");
    const softAt = [];
    let text = source;
    if (source.includes("\xAD")) {
      text = "";
      for (const character of source) {
        if (character === "\xAD") softAt.push(text.length);
        else text += character;
      }
    }
    const softIn = (start, length) => softAt.filter((offset) => offset > start && offset <= start + length).map((offset) => offset - start);
    const breakable = (segment, base) => {
      let at = base;
      for (const part of segment.split(/( +)/)) {
        if (part.length === 0) continue;
        if (/^ +$/.test(part)) {
          word = void 0;
          pendingGap = { text: " ", ...style };
          at += part.length;
          continue;
        }
        const pieces = part.split(/(?<=[-–—/])(?=[\p{L}\p{N}])/u);
        pieces.forEach((piece, index) => {
          if (index > 0) {
            word = void 0;
            pendingGap = "opportunity";
          }
          append(piece, [], softAt.length > 0 ? softIn(at, piece.length) : []);
          if (pieces.length > 1 && word) word.compound = true;
          at += piece.length;
        });
      }
    };
    let position = 0;
    for (const span of keptSpans(text)) {
      breakable(text.slice(position, span.start), position);
      const token = text.slice(span.start, span.end).replace(/ +/g, " ");
      append(token, seams(token, span.kind));
      if (word && word.keep !== "whole") word.keep = span.kind === "url" ? "url" : "whole";
      position = span.end;
    }
    breakable(text.slice(position), position);
  }
  if (words2[0] && typeof words2[0].gap === "object") words2[0].gap = "none";
  return words2;
}
function splitOversizedWord(word, width, measure) {
  const pieces = [];
  let current = [];
  let currentWidth = 0;
  const flush = () => {
    if (current.length > 0) pieces.push(current);
    current = [];
    currentWidth = 0;
  };
  const add = (fragment, fragmentWidth) => {
    current.push(fragment);
    currentWidth += fragmentWidth;
  };
  for (const part of seamParts(word)) {
    const partWidth = sumWidths(part, measure);
    if (currentWidth + partWidth <= width + 0.01) {
      part.forEach((fragment) => add(fragment, measure(fragment.text, fragment.font, fragment.size)));
      continue;
    }
    flush();
    if (partWidth <= width + 0.01) {
      part.forEach((fragment) => add(fragment, measure(fragment.text, fragment.font, fragment.size)));
      continue;
    }
    for (const fragment of part) {
      let buffer = "";
      for (const character of fragment.text) {
        const characterWidth = measure(character, fragment.font, fragment.size);
        if (currentWidth + characterWidth > width && (buffer.length > 0 || current.length > 0)) {
          if (buffer) current.push({ ...fragment, text: buffer });
          pieces.push(current);
          current = [];
          currentWidth = 0;
          buffer = "";
        }
        buffer += character;
        currentWidth += characterWidth;
      }
      if (buffer) current.push({ ...fragment, text: buffer });
    }
  }
  flush();
  return pieces;
}
function seamParts(word) {
  const cuts = new Set(word.seams);
  const parts = [[]];
  let offset = 0;
  for (const fragment of word.fragments) {
    let start = 0;
    for (let index = 0; index < fragment.text.length; index += 1) {
      if (!cuts.has(offset + index) || offset + index === 0) continue;
      if (index > start) parts.at(-1).push({ ...fragment, text: fragment.text.slice(start, index) });
      if (parts.at(-1).length > 0) parts.push([]);
      start = index;
    }
    parts.at(-1).push({ ...fragment, text: fragment.text.slice(start) });
    offset += fragment.text.length;
  }
  return parts.filter((part) => part.length > 0);
}
function sumWidths(fragments, measure) {
  return fragments.reduce((total, fragment) => total + measure(fragment.text, fragment.font, fragment.size), 0);
}
function toLine(fragments, measure) {
  const merged = [];
  for (const fragment of fragments) {
    const previous = merged.at(-1);
    if (previous && previous.font === fragment.font && previous.size === fragment.size && previous.link === fragment.link) {
      merged[merged.length - 1] = { ...previous, text: previous.text + fragment.text };
    } else if (previous && fragment.text === " ") {
      merged[merged.length - 1] = { ...previous, text: previous.text + " " };
    } else {
      merged.push(fragment);
    }
  }
  let x = 0;
  const segments = merged.map((fragment) => {
    const segmentWidth = measure(fragment.text, fragment.font, fragment.size);
    const segment = { ...fragment, x, width: segmentWidth };
    x += segmentWidth;
    return segment;
  });
  const last = segments.at(-1);
  const width = last ? last.x + measure(last.text.trimEnd(), last.font, last.size) : 0;
  return { segments, width };
}
function contentWidths(runs, size, measure) {
  let minimum = 0;
  let minimumAtSeams = 0;
  let keep = 0;
  for (const word of toWords(runs, size, measure)) {
    minimum = Math.max(minimum, word.width);
    if (word.keep === "url") {
      const widestPart = Math.max(...seamParts(word).map((part) => sumWidths(part, measure)));
      keep = Math.max(keep, widestPart);
      minimumAtSeams = Math.max(minimumAtSeams, widestPart);
      continue;
    }
    minimumAtSeams = Math.max(minimumAtSeams, word.width);
    if (word.keep === "whole") keep = Math.max(keep, word.width);
  }
  const maximum = breakLines(runs, Number.POSITIVE_INFINITY, size, measure).reduce((widest, line) => Math.max(widest, line.width), 0);
  return { minimum, minimumAtSeams, keep, maximum };
}
function widestWord(runs, size, measure) {
  return toWords(runs, size, measure).reduce((widest, word) => Math.max(widest, word.width), 0);
}

// src/pdf/table.ts
function tableModel(token) {
  const cell = (source) => ({ runs: inlineRuns(source.tokens), align: source.align ?? "left" });
  const columns2 = token.header.length;
  return {
    header: token.header.map(cell),
    rows: token.rows.map((row) => Array.from({ length: columns2 }, (_, index) => row[index] ? cell(row[index]) : { runs: [], align: "left" }))
  };
}
var bold = (runs) => runs.map((run2) => ({ ...run2, bold: true }));
var LINE_FILL = 0.9;
var MIN_STEP = 2;
function tablePlan(model, available, style, padding, measure, minimumSize = style.size) {
  const count = model.header.length;
  const measured = [model.header.map((cell) => bold(cell.runs)), ...model.rows.map((row) => row.map((cell) => cell.runs))].map(
    (row) => row.map((runs) => contentWidths(runs, style.size, measure))
  );
  const widest = (key) => Array.from({ length: count }, (_, column) => Math.max(0, ...measured.map((row) => row[column]?.[key] ?? 0)));
  const text = { minimum: widest("minimum"), minimumAtSeams: widest("minimumAtSeams"), keep: widest("keep"), maximum: widest("maximum") };
  const sum = (values) => values.reduce((total, value) => total + value, 0);
  const cap = Math.max(available / count, available * 0.45);
  const floorAt = (scale2, urlsWhole2) => (urlsWhole2 ? text.minimum : text.minimumAtSeams).map((width, column) => Math.max((text.keep[column] ?? 0) * scale2 + padding * 2, Math.min(width * scale2 + padding * 2, cap)));
  let size = style.size;
  let urlsWhole = sum(floorAt(1, true)) <= available + 1e-6;
  if (!urlsWhole && sum(floorAt(1, false)) > available + 1e-6) {
    let low = Math.min(1, minimumSize / style.size);
    let high = 1;
    if (sum(floorAt(low, false)) <= available) {
      for (let step = 0; step < 16 && high - low > 1e-4; step += 1) {
        const middle = (low + high) / 2;
        if (sum(floorAt(middle, false)) <= available) low = middle;
        else high = middle;
      }
    }
    size = Math.max(minimumSize, Math.floor(style.size * low * 10 + 1e-6) / 10);
    urlsWhole = sum(floorAt(size / style.size, true)) <= available + 1e-6;
  }
  const scale = size / style.size;
  const scaled = (values) => values.map((width) => width * scale + padding * 2);
  const rows = measured.map((row) => row.map((cell) => ({ maximum: cell.maximum * scale })));
  const maximum = scaled(text.maximum);
  if (sum(maximum) <= available) {
    const extra = (available - sum(maximum)) / count;
    return { size, widths: maximum.map((width) => width + extra) };
  }
  const floor = floorAt(scale, urlsWhole);
  if (sum(floor) >= available) {
    const keep = scaled(text.keep);
    const flexible = sum(floor) - sum(keep);
    if (sum(keep) <= available && flexible > 1e-6) {
      const share = (available - sum(keep)) / flexible;
      return { size, widths: floor.map((width, column) => (keep[column] ?? 0) + (width - (keep[column] ?? 0)) * share) };
    }
    return { size, widths: floor.map((width) => width * available / sum(floor)) };
  }
  const shortPhrase = Math.min(100, available / count * 1.2);
  const rowsWithWords = measured.map((row) => row.map((cell) => ({
    maximum: cell.maximum * scale,
    // A word broken at its seams (a URL) when the column is narrower than it: costs half a line.
    seamWord: cell.minimum > cell.minimumAtSeams + 1e-6 ? cell.minimum * scale : Number.POSITIVE_INFINITY
  })));
  const cost = (widths2) => {
    let total = 0;
    for (const row of rowsWithWords) {
      let rowLines = 0;
      let rowSmooth = 0;
      row.forEach((cell, column) => {
        const inner = Math.max(1, (widths2[column] ?? 0) - padding * 2);
        const exact = cell.maximum / (inner * LINE_FILL);
        const lines = Math.max(1, Math.ceil(exact - 1e-9));
        rowLines = Math.max(rowLines, lines);
        rowSmooth = Math.max(rowSmooth, exact);
        if (cell.maximum + padding * 2 <= shortPhrase) total += 0.3 * (lines - 1);
        if (inner + 1e-6 < cell.seamWord) total += 0.5;
      });
      total += rowLines + rowSmooth * 1e-3;
    }
    return total;
  };
  const grow = (start) => {
    const widths2 = [...start];
    let spare2 = available - sum(widths2);
    let current = cost(widths2);
    for (; ; ) {
      let best;
      for (let column = 0; column < count; column += 1) {
        const now = widths2[column] ?? 0;
        const limit = Math.min(maximum[column] ?? 0, now + spare2);
        for (const target of breakpoints(rows, column, now, limit, padding)) {
          const trial = [...widths2];
          trial[column] = target;
          const trialCost = cost(trial);
          const gain = (current - trialCost) / (target - now);
          if (gain > 1e-9 && (!best || gain > best.gain)) best = { column, width: target, cost: trialCost, gain };
        }
      }
      if (!best) break;
      spare2 -= best.width - (widths2[best.column] ?? 0);
      widths2[best.column] = best.width;
      current = best.cost;
    }
    return { widths: widths2, spare: spare2, cost: current };
  };
  const floors = [floor, ...urlsWhole ? [floorAt(scale, false)] : []];
  const starts = floors.flatMap((base) => [base.map((width, column) => (maximum[column] ?? 0) <= shortPhrase ? Math.max(width, maximum[column] ?? 0) : width), base]).filter((start) => sum(start) <= available + 1e-6);
  let chosen;
  for (const start of starts) {
    const result = grow(start);
    if (!chosen || result.cost < chosen.cost - 1e-9) chosen = result;
  }
  const { widths } = chosen ?? grow(floor);
  let { spare } = chosen ?? { spare: available - sum(widths) };
  const room = widths.map((width, column) => Math.max(0, (maximum[column] ?? 0) - width));
  const roomTotal = sum(room);
  if (roomTotal > 1e-6) {
    const share = Math.min(1, spare / roomTotal);
    widths.forEach((width, column) => {
      widths[column] = width + (room[column] ?? 0) * share;
    });
    spare -= roomTotal * share;
  }
  return { size, widths: widths.map((width) => width + spare / count) };
}
function breakpoints(rows, column, from, to, padding) {
  if (to <= from + 1e-6) return [];
  const targets = [];
  for (const row of rows) {
    const cell = row[column];
    if (!cell) continue;
    const lines = Math.ceil(cell.maximum / Math.max(1, (from - padding * 2) * LINE_FILL) - 1e-9);
    if (lines <= 1) continue;
    const target = Math.max(from + MIN_STEP, cell.maximum / (lines - 1) / LINE_FILL + padding * 2 + 1e-6);
    if (target < to) targets.push(target);
  }
  targets.sort((a, b) => a - b);
  const nearest = [];
  for (const target of targets) {
    if (nearest.length >= 8) break;
    if (nearest.length === 0 || target - (nearest.at(-1) ?? 0) >= MIN_STEP) nearest.push(target);
  }
  return [...nearest, to];
}
function layoutTable(model, available, typesetter) {
  const { table, tableMinimumSize, cellPadding } = typesetter.theme;
  const { size, widths: columns2 } = tablePlan(model, available, table, cellPadding.x, typesetter.measure, tableMinimumSize);
  const style = size === table.size ? table : { ...table, size, leading: table.leading * size / table.size };
  const layoutRow = (cells, header) => {
    const lines = cells.map(
      (cell, column) => breakLines(header ? bold(cell.runs) : cell.runs, (columns2[column] ?? 0) - cellPadding.x * 2, style.size, typesetter.measure, typesetter.hyphenator)
    );
    const height = Math.max(...lines.map((cellLines) => cellLines.length)) * style.leading + cellPadding.y * 2;
    return { cells: lines, aligns: cells.map((cell) => cell.align), height };
  };
  return { style, columns: columns2, header: layoutRow(model.header, true), rows: model.rows.map((row) => layoutRow(row, false)) };
}
function tableLeadHeight(layout2, pageBodyHeight = Number.POSITIVE_INFINITY) {
  const whole = layout2.rows.reduce((total, row) => total + row.height, layout2.header.height);
  if (layout2.rows.length <= 3 || whole <= pageBodyHeight * KEEP_WHOLE_SHARE) return whole;
  return layout2.rows.slice(0, 2).reduce((total, row) => total + row.height, layout2.header.height);
}
var KEEP_WHOLE_SHARE = 0.3;
function drawTable(layout2, x, typesetter, parent) {
  const table = typesetter.open(parent, "Table");
  typesetter.ensureSpace(tableLeadHeight(layout2, typesetter.pageBodyHeight));
  drawHeader(layout2, x, typesetter, table, false);
  let rowsOnPage = 0;
  layout2.rows.forEach((row, index) => {
    const last = layout2.rows[index + 1];
    if (index === layout2.rows.length - 2 && last && rowsOnPage >= 2) {
      const both = row.height + last.height;
      if (row.height <= typesetter.remaining && both > typesetter.remaining && both <= typesetter.pageBodyHeight - layout2.header.height) {
        typesetter.newPage();
        drawHeader(layout2, x, typesetter, table, true);
        rowsOnPage = 0;
      }
    }
    const startPage = typesetter.pageIndex;
    const rowTag = typesetter.open(table, "TR");
    const cellTags = row.cells.map(() => typesetter.open(rowTag, "TD"));
    let fromLine = 0;
    const totalLines = Math.max(...row.cells.map((lines) => lines.length));
    while (fromLine < totalLines) {
      const pad = typesetter.theme.cellPadding.y;
      const fitsLines = Math.floor((typesetter.remaining - pad * 2 + 0.01) / layout2.style.leading);
      const restLines = totalLines - fromLine;
      const tallerThanPage = restLines * layout2.style.leading + pad * 2 > typesetter.pageBodyHeight - layout2.header.height;
      if (fitsLines < restLines && !(tallerThanPage && fitsLines >= 1)) {
        typesetter.newPage();
        drawHeader(layout2, x, typesetter, table, true);
        continue;
      }
      const take = Math.min(restLines, fitsLines);
      drawRowSlice(layout2, row, x, fromLine, take, index % 2 === 1, typesetter, cellTags);
      fromLine += take;
      if (fromLine < totalLines) {
        typesetter.newPage();
        drawHeader(layout2, x, typesetter, table, true);
      }
    }
    cellTags.forEach((tag) => typesetter.close(tag));
    typesetter.close(rowTag);
    rowsOnPage = typesetter.pageIndex === startPage ? rowsOnPage + 1 : 1;
  });
  typesetter.close(table);
}
function drawHeader(layout2, x, typesetter, table, repeated) {
  const { theme } = typesetter;
  const width = layout2.columns.reduce((total, column) => total + column, 0);
  const top = typesetter.y;
  const height = layout2.header.height;
  typesetter.artifact(() => {
    typesetter.doc.rect(x, top, width, height).fill(theme.accentTint);
    typesetter.doc.moveTo(x, top + height).lineTo(x + width, top + height).lineWidth(0.9).stroke(theme.accent);
  });
  const headerStyle = { ...layout2.style, font: "bold" };
  if (repeated) {
    typesetter.artifact(() => drawCells(layout2, layout2.header, x, top, 0, Infinity, headerStyle, typesetter));
  } else {
    const rowTag = typesetter.open(table, "TR");
    layout2.header.cells.forEach((_, column) => {
      const cellTag = typesetter.open(rowTag, "TH", { scope: "Column" });
      typesetter.content(cellTag, () => drawCell(layout2, layout2.header, column, x, top, 0, Infinity, headerStyle, typesetter));
      typesetter.close(cellTag);
    });
    typesetter.close(rowTag);
  }
  typesetter.y = top + height;
}
function drawRowSlice(layout2, row, x, fromLine, lineCount, striped, typesetter, cellTags) {
  const { theme } = typesetter;
  const width = layout2.columns.reduce((total, column) => total + column, 0);
  const top = typesetter.y;
  const height = lineCount * layout2.style.leading + theme.cellPadding.y * 2;
  typesetter.artifact(() => {
    if (striped) typesetter.doc.rect(x, top, width, height).fill(theme.zebra);
    typesetter.doc.moveTo(x, top + height).lineTo(x + width, top + height).lineWidth(0.4).stroke(theme.rule);
  });
  row.cells.forEach((_, column) => {
    const tag = cellTags[column];
    if (!tag) return;
    typesetter.content(tag, () => drawCell(layout2, row, column, x, top, fromLine, lineCount, layout2.style, typesetter));
  });
  typesetter.y = top + height;
}
function drawCells(layout2, row, x, top, fromLine, lineCount, style, typesetter) {
  row.cells.forEach((_, column) => drawCell(layout2, row, column, x, top, fromLine, lineCount, style, typesetter));
}
function drawCell(layout2, row, column, x, top, fromLine, lineCount, style, typesetter) {
  const { cellPadding } = typesetter.theme;
  const cellX = x + layout2.columns.slice(0, column).reduce((total, width) => total + width, 0) + cellPadding.x;
  const cellWidth = (layout2.columns[column] ?? 0) - cellPadding.x * 2;
  const lines = (row.cells[column] ?? []).slice(fromLine, fromLine + lineCount);
  lines.forEach((line, index) => {
    typesetter.drawLine(line, cellX, top + cellPadding.y + index * style.leading, style, row.aligns[column] ?? "left", cellWidth);
  });
}

// src/pdf/dry-run.ts
var dryRuns = /* @__PURE__ */ new WeakSet();
function isDryRun(doc) {
  return dryRuns.has(doc);
}
function dryRunDocument() {
  let pages = 0;
  const outline = { addItem: () => outline };
  const element = { add: () => element, end: () => void 0 };
  const page = { dictionary: { data: {} }, height: 0, width: 0 };
  const special = {
    addPage: () => {
      pages += 1;
      return document;
    },
    bufferedPageRange: () => ({ start: 0, count: pages }),
    page,
    outline,
    struct: () => ({ ...element }),
    markStructureContent: () => ({}),
    widthOfString: () => {
      throw new Error("PDF layout bug: the dry run measures text through the real document, never its own");
    }
  };
  const nothing = () => document;
  const document = new Proxy({}, {
    get: (_target, property) => typeof property === "string" && property in special ? special[property] : nothing
  });
  dryRuns.add(document);
  return document;
}

// src/pdf/theme.ts
var PAPER_SIZES = {
  a4: { width: 595.28, height: 841.89 },
  letter: { width: 612, height: 792 }
};
var DEFAULT_ACCENT = "#1f4e79";
function createTheme(paper, accentColor) {
  const accent = normaliseHexColor(accentColor ?? DEFAULT_ACCENT);
  const text = "#1a1a1a";
  return {
    page: PAPER_SIZES[paper],
    // Wide enough side margins for ~85 characters a line at 10 pt, the upper end of comfortable reading.
    margin: { top: 68, bottom: 64, left: 62, right: 62 },
    accent,
    accentTint: mix(accent, "#ffffff", 0.88),
    text,
    muted: "#5f6368",
    rule: "#c8ccd0",
    zebra: "#f6f7f8",
    body: { font: "regular", size: 9.8, leading: 14, color: text },
    title: { font: "bold", size: 21, leading: 26, color: accent },
    headings: [
      { font: "bold", size: 13, leading: 17, color: accent },
      { font: "bold", size: 11, leading: 15, color: text },
      { font: "bold", size: 10, leading: 14, color: text },
      { font: "boldItalic", size: 9.8, leading: 14, color: text }
    ],
    table: { font: "regular", size: 8.4, leading: 11.2, color: text },
    tableMinimumSize: 6.8,
    code: { font: "mono", size: 8.4, leading: 11.4, color: text },
    furniture: { font: "regular", size: 7.8, leading: 10, color: "#5f6368" },
    paragraphGap: 7,
    listIndent: 17,
    cellPadding: { x: 5, y: 4 }
  };
}
function compactTheme(theme) {
  const scale = (style, size, leading) => ({ ...style, size, leading });
  return {
    ...theme,
    body: scale(theme.body, 8.4, 11.3),
    headings: [
      scale(theme.headings[0], 12, 15.5),
      scale(theme.headings[1], 10, 13.5),
      scale(theme.headings[2], 9.4, 12.5),
      scale(theme.headings[3], 8.8, 12)
    ],
    table: scale(theme.table, 8, 10.2),
    paragraphGap: 4
  };
}
function normaliseHexColor(color) {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!match?.[1]) {
    throw new TypeError(`accent colour must be a hex colour like #1f4e79, got ${JSON.stringify(color)}`);
  }
  const hex = match[1].toLowerCase();
  return `#${hex.length === 3 ? [...hex].map((digit) => digit + digit).join("") : hex}`;
}
function mix(from, to, amount) {
  const channel = (color, index) => Number.parseInt(color.slice(1 + index * 2, 3 + index * 2), 16);
  const mixed = [0, 1, 2].map(
    (index) => Math.round(channel(from, index) * (1 - amount) + channel(to, index) * amount).toString(16).padStart(2, "0")
  );
  return `#${mixed.join("")}`;
}

// src/pdf/typesetter.ts
var ASCENT = 0.928;
var LINE_BOX = 1.164;
var Typesetter = class {
  /**
   * `measure` is given when this typesetter makes a dry run (see dry-run.ts) with the real document's fonts.
   * `anchors` are the headings' destinations, which a `#fragment` link must name to be drawn as a link.
   * `hyphenator` has the patterns of the document's language (none: only the author's soft hyphens break words).
   */
  constructor(doc, theme, measure, anchors = NO_ANCHORS, hyphenator) {
    this.doc = doc;
    this.theme = theme;
    this.anchors = anchors;
    this.hyphenator = hyphenator;
    this.y = theme.margin.top;
    this.measure = measure ?? ((text, font, size) => {
      const faceKey = `${font} ${size}`;
      let face = this.widths.get(faceKey);
      if (!face) {
        face = /* @__PURE__ */ new Map();
        this.widths.set(faceKey, face);
      }
      const cached2 = face.get(text);
      if (cached2 !== void 0) return cached2;
      const width = this.doc.font(font).fontSize(size).widthOfString(text);
      face.set(text, width);
      return width;
    });
  }
  doc;
  theme;
  anchors;
  hyphenator;
  y;
  openContent;
  widths = /* @__PURE__ */ new Map();
  measure;
  get left() {
    return this.theme.margin.left;
  }
  get contentWidth() {
    return this.theme.page.width - this.theme.margin.left - this.theme.margin.right;
  }
  get top() {
    return this.theme.margin.top;
  }
  get bottom() {
    return this.theme.page.height - this.theme.margin.bottom;
  }
  /** Index of the current page; pages are only ever appended, so it is the last one. */
  get pageIndex() {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count - 1;
  }
  get remaining() {
    return this.bottom - this.y;
  }
  get atPageTop() {
    return this.y <= this.top + 0.01;
  }
  /** Full usable height of a fresh page: anything taller has to be split whatever we do. */
  get pageBodyHeight() {
    return this.bottom - this.top;
  }
  /** Starts a new page unless `height` still fits here (or we are already at the top of a page). */
  ensureSpace(height) {
    if (this.y + height > this.bottom + 0.01 && !this.atPageTop) this.newPage();
  }
  newPage() {
    const continuing = this.openContent;
    if (continuing) this.doc.endMarkedContent();
    this.doc.addPage();
    this.doc.page.dictionary.data.Tabs = "S";
    this.y = this.top;
    if (continuing) this.attachContent(continuing);
  }
  addGap(height) {
    if (!this.atPageTop) this.y = Math.min(this.y + height, this.bottom);
  }
  /** Creates a structure element under `parent`; the caller ends it with `close` once its content is drawn. */
  open(parent, type, options = {}) {
    const element = this.doc.struct(type, options);
    parent.element.add(element);
    return { element, type };
  }
  close(tag) {
    tag.element.end();
  }
  /** Draws real content belonging to `tag`; a page break inside continues the same element on the next page. */
  content(tag, draw) {
    if (this.openContent) throw new Error(`PDF layout bug: content for ${tag.type} opened inside ${this.openContent.type}`);
    this.attachContent(tag);
    this.openContent = tag;
    try {
      draw();
    } finally {
      this.openContent = void 0;
      this.doc.endMarkedContent();
    }
  }
  /** Draws decoration (rules, backgrounds, running header, watermark) that assistive technology should skip. */
  artifact(draw, type = "Layout") {
    if (this.openContent) throw new Error("PDF layout bug: artifact drawn inside tagged content");
    this.doc.markContent("Artifact", { type });
    try {
      draw();
    } finally {
      this.doc.endMarkedContent();
    }
  }
  attachContent(tag) {
    tag.element.add(this.doc.markStructureContent(tag.type));
  }
  /**
   * Breaks runs into lines. A bold or italic style (headings) makes all its runs bold or italic; a mono style
   * (code blocks) makes them code, already at the style's size. The title and headings are hyphenated only where
   * a word is wider than the whole line (they are balanced, not filled; see line-breaking.ts), other text where a
   * word does not fit on the rest of its line.
   */
  lines(runs, width, style) {
    if (style.font === "mono") {
      return breakLines(runs.map((run2) => ({ ...run2, code: !run2.lineBreak })), width, style.size / CODE_SCALE, this.measure);
    }
    const heading = style === this.theme.title || this.theme.headings.includes(style);
    return breakLines(styledRuns(runs, style), width, style.size, this.measure, this.hyphenator, heading ? "oversized" : "overflow");
  }
  /**
   * Lines of even length for a title or heading that wraps: the narrowest measure that still needs as many lines
   * as the full one, so the last line is not a single word left hanging under a long one. The measure never
   * goes below the widest word: a narrower one would cut that word to make the line count come out.
   */
  balancedLines(runs, width, style) {
    const full = this.lines(runs, width, style);
    if (full.length < 2) return full;
    const widest = style.font === "mono" ? 0 : widestWord(styledRuns(runs, style), style.size, this.measure);
    let low = Math.max(width / full.length, Math.min(widest, width));
    let high = width;
    let best = full;
    for (let step = 0; step < 12 && high - low > 0.5; step += 1) {
      const middle = (low + high) / 2;
      const trial = this.lines(runs, middle, style);
      if (trial.length <= full.length) {
        best = trial;
        high = middle;
      } else low = middle;
    }
    return best;
  }
  /**
   * Sets lines from the cursor down, breaking pages between lines but never leaving a single line of a
   * paragraph alone at the foot or head of a page (widows and orphans): a page break inside it leaves at least
   * two lines on each side, so a paragraph of two or three lines moves whole to the next page.
   */
  flowLines(lines, x, style, align = "left", width = 0) {
    let index = 0;
    while (index < lines.length) {
      const fit = Math.floor((this.remaining + 0.01) / style.leading);
      const left = lines.length - index;
      let take = Math.min(fit, left);
      if (take < left) {
        const keep = Math.min(take, left - 2);
        if (keep >= 2) take = keep;
        else if (!this.atPageTop) take = 0;
      }
      if (take <= 0) {
        if (this.atPageTop) take = 1;
        else {
          this.newPage();
          continue;
        }
      }
      for (const line of lines.slice(index, index + take)) {
        this.drawLine(line, x, this.y, style, align, width);
        this.y += style.leading;
      }
      index += take;
      if (index < lines.length) this.newPage();
    }
  }
  /** Draws one line whose line box starts at `top`. */
  drawLine(line, x, top, style, align = "left", width = 0, color = style.color) {
    const offset = align === "right" ? width - line.width : align === "center" ? (width - line.width) / 2 : 0;
    const baseline = top + (style.leading - style.size * LINE_BOX) / 2 + style.size * ASCENT;
    for (const segment of line.segments) {
      const left = x + offset + segment.x;
      const textTop = baseline - segment.size * ASCENT;
      const target = segment.link === void 0 ? void 0 : this.linkTarget(segment.link);
      const draw = () => {
        this.doc.font(segment.font).fontSize(segment.size).fillColor(target ? this.theme.accent : color);
        this.doc.text(segment.text, left, textTop, { lineBreak: false });
      };
      if (target) this.drawLink(target, segment.text, draw, [left, textTop, segment.width, segment.size * LINE_BOX]);
      else draw();
    }
  }
  /**
   * Where a link leads: a URL, or for `#fragment` the heading destination the fragment names. A fragment that
   * names no heading leads nowhere, and its text is drawn as plain text (no dead link).
   */
  linkTarget(href) {
    if (!href.startsWith("#")) return { url: href };
    const destination = internalDestination(href, this.anchors.names);
    return destination === void 0 ? void 0 : { destination };
  }
  /**
   * A link is its own `Link` structure element holding both the text and the clickable area, as tagged PDF
   * asks, so a screen reader announces it as a link and can follow it.
   */
  drawLink(target, text, draw, [left, top, width, height]) {
    const outer = this.openContent;
    if (!outer) {
      draw();
      addLink(this.doc, [left, top, width, height], target);
      return;
    }
    const link = this.open(outer, "Link");
    this.doc.endMarkedContent();
    this.attachContent(link);
    this.openContent = link;
    draw();
    addLink(this.doc, [left, top, width, height], target, link.element, text.trim());
    this.doc.endMarkedContent();
    this.close(link);
    this.attachContent(outer);
    this.openContent = outer;
  }
  /** A vertical bar beside content that may span pages (block quotes), drawn once the content is placed. */
  drawBar(x, from, to) {
    const current = this.pageIndex;
    for (let page = from.page; page <= to.page; page += 1) {
      const top = page === from.page ? from.y : this.top;
      const bottom = page === to.page ? to.y : this.bottom;
      if (bottom <= top) continue;
      this.doc.switchToPage(page);
      this.artifact(() => this.doc.moveTo(x, top).lineTo(x, bottom).lineWidth(2).stroke(this.theme.accentTint));
    }
    this.doc.switchToPage(current);
  }
  /** Draws a single string on one line with its baseline at `baseline`; for furniture and labels. */
  drawText(text, x, baseline, font, size, color) {
    this.doc.font(font).fontSize(size).fillColor(color).text(text, x, baseline - size * ASCENT, { lineBreak: false });
  }
};
function styledRuns(runs, style) {
  const bold2 = style.font === "bold" || style.font === "boldItalic";
  const italic = style.font === "italic" || style.font === "boldItalic";
  return bold2 || italic ? runs.map((run2) => ({ ...run2, bold: run2.bold || bold2, italic: run2.italic || italic })) : runs;
}
function addLink(doc, box, target, structParent, description) {
  const options = { ...structParent ? { structParent } : {}, ...description ? { Contents: new String(description) } : {} };
  if ("url" in target) doc.link(box[0], box[1], box[2], box[3], target.url, options);
  else doc.goTo(box[0], box[1], box[2], box[3], target.destination, options);
}

// src/charts/scene.ts
var PATTERN = { spacing: 4, lineWidth: 0.8, dotRadius: 0.85 };

// src/charts/pdf.ts
function drawScene(doc, scene, x, y, scale = 1, options = {}) {
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`scale must be a positive number, got ${scale}`);
  const { parent } = options;
  let figure;
  if (parent) {
    figure = doc.struct("Figure", { alt: scene.alt, bbox: [x, y, x + scene.width * scale, y + scene.height * scale], placement: "Block" });
    parent.add(figure);
    figure.add(doc.markStructureContent("Figure"));
  }
  const { x: textX, y: textY } = doc;
  doc.save();
  try {
    doc.translate(x, y);
    if (scale !== 1) doc.scale(scale);
    for (const item of scene.items) drawItem(doc, item);
  } finally {
    doc.restore();
    if (figure) {
      doc.endMarkedContent();
      figure.end();
    }
    doc.x = textX;
    doc.y = textY;
  }
}
function drawItem(doc, item) {
  switch (item.kind) {
    case "group":
      for (const child of item.items) drawItem(doc, child);
      return;
    case "rect":
      if (item.width <= 0 || item.height <= 0) return;
      if (item.fill) fillArea(doc, item.fill, () => doc.rect(item.x, item.y, item.width, item.height), { left: item.x, top: item.y, right: item.x + item.width, bottom: item.y + item.height });
      if (item.stroke) strokeWith(doc, item.stroke, () => doc.rect(item.x, item.y, item.width, item.height));
      return;
    case "line":
      strokeWith(doc, item.stroke, () => doc.moveTo(item.x1, item.y1).lineTo(item.x2, item.y2));
      return;
    case "path": {
      if (item.points.length < 2) return;
      const trace = () => {
        item.points.forEach(([px, py], index) => index === 0 ? doc.moveTo(px, py) : doc.lineTo(px, py));
        if (item.closed) doc.closePath();
      };
      if (item.fill && item.closed) {
        const xs = item.points.map(([px]) => px);
        const ys = item.points.map(([, py]) => py);
        fillArea(doc, item.fill, trace, { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) });
      }
      if (item.stroke) strokeWith(doc, item.stroke, trace);
      return;
    }
    case "text": {
      if (item.text === "") return;
      doc.font(item.font).fontSize(item.size);
      const width = doc.widthOfString(item.text);
      const left = item.anchor === "start" ? item.x : item.anchor === "middle" ? item.x - width / 2 : item.x - width;
      doc.fillColor(item.color).text(item.text, left, item.y, { lineBreak: false, baseline: "alphabetic" });
      return;
    }
  }
}
function strokeWith(doc, stroke, trace) {
  doc.save();
  doc.lineWidth(stroke.width).strokeColor(stroke.color);
  if (stroke.dash?.length) doc.dash(stroke.dash[0], { space: stroke.dash[1] ?? stroke.dash[0] });
  trace();
  doc.stroke();
  doc.restore();
}
function fillArea(doc, paint, trace, box) {
  doc.save();
  trace();
  doc.fillColor(paint.color).fill();
  doc.restore();
  if (paint.pattern === "solid") return;
  const s = PATTERN.spacing;
  const ink = paint.ink ?? "#000000";
  doc.save();
  trace();
  doc.clip();
  if (paint.pattern === "hatch" || paint.pattern === "crosshatch") {
    doc.lineWidth(PATTERN.lineWidth).strokeColor(ink);
    for (let k = Math.floor((box.left + box.top) / s) - 1; k * s <= box.right + box.bottom + s; k += 1) {
      doc.moveTo(box.left - s, k * s - box.left + s).lineTo(box.right + s, k * s - box.right - s);
    }
    if (paint.pattern === "crosshatch") {
      for (let k = Math.floor((box.left - box.bottom) / s) - 1; k * s <= box.right - box.top + s; k += 1) {
        doc.moveTo(box.left - s, box.left - s - k * s).lineTo(box.right + s, box.right + s - k * s);
      }
    }
    doc.stroke();
  } else if (paint.pattern === "stripes") {
    doc.lineWidth(PATTERN.lineWidth).strokeColor(ink);
    for (let lx = Math.floor(box.left / s) * s + s / 2; lx < box.right + s; lx += s) doc.moveTo(lx, box.top - 1).lineTo(lx, box.bottom + 1);
    doc.stroke();
  } else if (paint.pattern === "dots") {
    doc.fillColor(ink);
    for (let cx = Math.floor(box.left / s) * s + s / 2; cx < box.right + s; cx += s) {
      for (let cy = Math.floor(box.top / s) * s + s / 2; cy < box.bottom + s; cy += s) doc.circle(cx, cy, PATTERN.dotRadius);
    }
    doc.fill();
  }
  doc.restore();
}

// src/pdf/figures.ts
var NO_FIGURES = /* @__PURE__ */ new Map();
function figureOf(token, figures) {
  if (figures.size === 0 || token.type !== "paragraph" && token.type !== "text") return void 0;
  const inline = (token.tokens ?? []).filter((t) => !(t.type === "text" && t.raw.trim() === ""));
  const [only] = inline;
  if (inline.length !== 1 || only?.type !== "image") return void 0;
  return figures.get(only.href);
}
function scaleFor(scene, frame) {
  return Math.min(1, frame.width / scene.width);
}
function figureHeight(scene, frame) {
  return scene.height * scaleFor(scene, frame);
}
function drawFigure(scene, frame, typesetter) {
  const height = figureHeight(scene, frame);
  typesetter.ensureSpace(height);
  if (!isDryRun(typesetter.doc)) drawScene(typesetter.doc, scene, frame.x, typesetter.y, scaleFor(scene, frame), { parent: frame.parent.element });
  typesetter.y += height;
}

// src/pdf/blocks.ts
function layoutCache() {
  return { tables: /* @__PURE__ */ new Map(), lines: /* @__PURE__ */ new Map() };
}
var BULLETS = ["\u2022", "\u2013", "\u25E6"];
var SECTION_NUMBER = /^(\d+(\.\d+)*\.?|[A-Z]\.|[IVX]+\.)\s/;
var ContractWriter = class _ContractWriter {
  /** `numberHeadings: false` for Markdown whose headings are numbered already (a rendered contract): none is added. */
  constructor(typesetter, cache = layoutCache(), numberHeadings = true, figures = NO_FIGURES) {
    this.typesetter = typesetter;
    this.cache = cache;
    this.numberHeadings = numberHeadings;
    this.figures = figures;
  }
  typesetter;
  cache;
  numberHeadings;
  figures;
  counters = [];
  outlineStack = [];
  /** Where each top-level section starts, in order: what the table of contents lists. */
  sections = [];
  blocks(tokens, frame) {
    const open = tokens.findIndex((token) => isMarker(token, COMPACT_OPEN));
    const close = open === -1 ? -1 : tokens.findIndex((token, index) => index > open && isMarker(token, COMPACT_CLOSE));
    if (open !== -1 && close !== -1) {
      this.blocks(tokens.slice(0, open), frame);
      this.compact(tokens.slice(open + 1, close), frame);
      const rest = tokens.slice(close + 1);
      if (rest.some((token) => !isInvisible(token))) this.typesetter.addGap(this.typesetter.theme.paragraphGap);
      this.blocks(rest, frame);
      return;
    }
    const content = tokens.filter((token) => !isInvisible(token));
    content.forEach((token, index) => {
      this.block(token, frame, content.slice(index + 1));
      if (index < content.length - 1) this.typesetter.addGap(this.gapAfter(token, frame));
    });
  }
  /**
   * A compact block (the contract's one-page summary): set in `compactTheme`, and started on a new page when it
   * does not fit on this one but fits on a page of its own. Its height comes from setting it once on a document
   * that draws nothing (dry-run.ts).
   */
  compact(tokens, frame) {
    const { typesetter } = this;
    const normal = typesetter.theme;
    const compact = compactTheme(normal);
    const dry = new Typesetter(dryRunDocument(), compact, typesetter.measure, typesetter.anchors);
    dry.newPage();
    const root = { element: dry.doc.struct("Document"), type: "Document" };
    new _ContractWriter(dry, this.cache, this.numberHeadings, this.figures).blocks(tokens, { ...frame, parent: root });
    const height = dry.pageIndex === 0 ? dry.y - dry.top : Number.POSITIVE_INFINITY;
    const used = typesetter.y - typesetter.top;
    if (height <= typesetter.pageBodyHeight && used > typesetter.pageBodyHeight * 0.3) typesetter.ensureSpace(height);
    typesetter.theme = compact;
    try {
      this.blocks(tokens, frame);
    } finally {
      typesetter.theme = normal;
    }
  }
  gapAfter(token, frame) {
    if (token.type === "heading") return 0;
    return frame.tight ? 2 : this.typesetter.theme.paragraphGap;
  }
  /**
   * What a heading keeps on its page: the start of what follows it. A short lead-in between a heading and a
   * sub-section, list or table ("3. Services covered" — "This Agreement covers the following service." — "3.1 …";
   * "4.2 Not included" — "Support does not cover the following work." — the list) introduces what follows, so
   * heading, lead-in and the start of what it introduces stay together.
   */
  afterHeading(following, frame) {
    const [lead, next] = following;
    if (lead && (lead.type === "paragraph" || lead.type === "text") && (next?.type === "heading" || next?.type === "list" || next?.type === "table")) {
      const leadLines = this.paragraphLines(lead, frame.width);
      if (leadLines.length <= 2) return leadLines.length * this.typesetter.theme.body.leading + this.gapAfter(lead, frame) + this.leadHeight(following.slice(1), frame);
    }
    return this.leadHeight(following, frame);
  }
  /** `following` are the blocks after this one, for keeping a block together with what it introduces. */
  block(token, frame, following) {
    switch (token.type) {
      case "heading":
        this.heading(token, frame, following);
        return;
      case "paragraph":
      case "text": {
        const figure = figureOf(token, this.figures);
        if (figure) {
          drawFigure(figure, frame, this.typesetter);
          return;
        }
        if (introduces(token, following[0])) this.typesetter.ensureSpace(this.leadHeight([token, ...following], frame));
        this.setParagraph(this.paragraphLines(token, frame.width), frame, this.typesetter.theme.body);
        return;
      }
      case "list":
        this.list(token, frame, 0);
        return;
      case "table": {
        const { model, layout: layout2 } = this.table(token, frame.width);
        if (isSignatureTable(model)) drawSignatures(model, frame.x, frame.width, this.typesetter, frame.parent);
        else drawTable(layout2(), frame.x, this.typesetter, frame.parent);
        return;
      }
      case "code":
        this.code(token.text, frame);
        return;
      case "blockquote":
        this.blockquote(token, frame);
        return;
      case "hr":
        this.rule(frame);
        return;
      case "html":
        this.paragraph([plainRun(token.raw.trim())], frame, this.typesetter.theme.body);
        return;
      default: {
        const raw = token.raw;
        if (typeof raw === "string" && raw.trim()) this.paragraph([plainRun(raw.trim())], frame, this.typesetter.theme.body);
      }
    }
  }
  heading(token, frame, following) {
    const { typesetter } = this;
    const depth = headingDepth(token);
    const runs = inlineRuns(token.tokens);
    const text = plainText(runs);
    const number = SECTION_NUMBER.test(text) || !this.numberHeadings ? "" : this.nextNumber(depth);
    const label = number ? [{ text: `${number}\u2002`, bold: true, italic: false, code: false }, ...runs] : runs;
    const style = typesetter.theme.headings[depth - 1] ?? typesetter.theme.body;
    const lines = this.cachedLines(token, `${frame.width} heading`, () => typesetter.balancedLines(label, frame.width, style));
    const { before: spaceBefore, after: spaceAfter } = headingSpace(depth);
    const height = lines.length * style.leading + spaceAfter;
    typesetter.ensureSpace(spaceBefore + height + this.afterHeading(following, frame));
    typesetter.addGap(spaceBefore);
    const anchor = typesetter.anchors.of.get(token);
    if (anchor !== void 0) typesetter.doc.addNamedDestination(anchor, "XYZ", 0, typesetter.y, null);
    if (depth === 1 && frame.parent.type === "Document") {
      const reserved = `section-${this.sections.length + 1}`;
      const free = !typesetter.anchors.names.has(reserved);
      if (free) typesetter.doc.addNamedDestination(reserved, "XYZ", 0, typesetter.y, null);
      const destination = free ? reserved : anchor;
      this.sections.push({ token, number, title: runs, page: typesetter.pageIndex + 1, ...destination !== void 0 && { destination } });
    }
    this.bookmark(depth, number ? `${number} ${text}` : text);
    const tag = typesetter.open(frame.parent, `H${Math.min(depth + 1, 6)}`);
    typesetter.content(tag, () => typesetter.flowLines(lines, frame.x, style));
    typesetter.close(tag);
    typesetter.y += spaceAfter;
  }
  /**
   * "1.", "1.1", "1.1.1". Deeper headings, and headings that skip a level ("####" straight under "##"),
   * are not numbered: a number such as "1.0.1" would point at a section that does not exist.
   */
  nextNumber(depth) {
    const parents = this.counters.slice(0, depth - 1);
    const numbered = depth <= 3 && parents.length === depth - 1 && parents.every((count) => count > 0);
    if (!numbered) {
      this.counters.length = Math.min(this.counters.length, depth - 1);
      return "";
    }
    this.counters.length = depth;
    this.counters[depth - 1] = (this.counters[depth - 1] ?? 0) + 1;
    return depth === 1 ? `${this.counters[0]}.` : this.counters.join(".");
  }
  bookmark(depth, title) {
    while ((this.outlineStack.at(-1)?.depth ?? 0) >= depth) this.outlineStack.pop();
    const parent = this.outlineStack.at(-1)?.item ?? this.typesetter.doc.outline;
    const options = { expanded: depth === 1, top: this.typesetter.y, left: this.typesetter.theme.page.width };
    this.outlineStack.push({ depth, item: parent.addItem(title, options) });
  }
  /**
   * The height that must fit on the page before `blocks[0]` may start there: its first lines (or all of it
   * when short), and for a heading or an introducing paragraph ("The Client shall:") also the start of what
   * follows, so that neither is stranded at the foot of a page.
   */
  leadHeight(blocks, frame) {
    const { typesetter } = this;
    const body = typesetter.theme.body;
    const [token, ...following] = blocks;
    if (!token) return 0;
    switch (token.type) {
      case "paragraph":
      case "text": {
        const figure = figureOf(token, this.figures);
        if (figure) return figureHeight(figure, frame);
        const lines = this.paragraphLines(token, frame.width);
        if (introduces(token, following[0])) return lines.length * body.leading + this.gapAfter(token, frame) + this.leadHeight(following, frame);
        return (lines.length < 4 ? lines.length : 2) * body.leading;
      }
      case "table": {
        const { model, layout: layout2 } = this.table(token, frame.width);
        return isSignatureTable(model) ? signatureLeadHeight(model, typesetter) : tableLeadHeight(layout2(), typesetter.pageBodyHeight);
      }
      case "heading": {
        const depth = headingDepth(token);
        const style = typesetter.theme.headings[depth - 1] ?? body;
        const lines = this.cachedLines(token, `${frame.width} heading-lead`, () => typesetter.lines(inlineRuns(token.tokens), frame.width, style));
        return headingSpace(depth).before + lines.length * style.leading + headingSpace(depth).after + this.afterHeading(following, frame);
      }
      case "code":
        return 3 * typesetter.theme.code.leading;
      case "list": {
        const list = token;
        const first = list.items[0]?.tokens.filter((item) => item.type !== "checkbox" && !isInvisible(item)) ?? [];
        const indent = this.listIndent(list, 0);
        const inner = { ...frame, x: frame.x + indent, width: frame.width - indent, tight: !list.loose };
        return Math.max(2 * body.leading, this.leadHeight(first, inner));
      }
      default:
        return 2 * body.leading;
    }
  }
  /** How far a list's items are indented: the theme's indent, or more for wide markers such as "10.". */
  listIndent(list, level) {
    const { typesetter } = this;
    const { body, listIndent } = typesetter.theme;
    const start = typeof list.start === "number" ? list.start : 1;
    const markers = list.items.map((item, index) => listMarker(list, item, start + index, level));
    return Math.max(listIndent, Math.max(...markers.map((marker) => typesetter.measure(marker, "regular", body.size))) + 7);
  }
  table(token, width) {
    const cached2 = this.cache.tables.get(token);
    const model = cached2?.model ?? tableModel(token);
    const layout2 = () => {
      const entry = this.cache.tables.get(token);
      if (entry?.width === width && entry.layout) return entry.layout;
      const fresh = layoutTable(model, width, this.typesetter);
      this.cache.tables.set(token, { width, model, layout: fresh });
      return fresh;
    };
    return { model, layout: layout2 };
  }
  /** A block's lines at a width, broken once however often layout asks (keep-with-next checks, a dry run). */
  cachedLines(token, key, make) {
    let byKey = this.cache.lines.get(token);
    if (!byKey) this.cache.lines.set(token, byKey = /* @__PURE__ */ new Map());
    let lines = byKey.get(key);
    if (!lines) byKey.set(key, lines = make());
    return lines;
  }
  paragraphLines(token, width) {
    const runs = () => token.tokens ? inlineRuns(token.tokens) : [plainRun(decodeEntities(token.text))];
    return this.cachedLines(token, `${width} body`, () => this.typesetter.lines(runs(), width, this.typesetter.theme.body));
  }
  paragraph(runs, frame, style) {
    this.setParagraph(this.typesetter.lines(runs, frame.width, style), frame, style);
  }
  setParagraph(lines, frame, style) {
    const { typesetter } = this;
    const tag = typesetter.open(frame.parent, "P");
    typesetter.content(tag, () => typesetter.flowLines(lines, frame.x, style));
    typesetter.close(tag);
  }
  list(list, frame, level) {
    const { typesetter } = this;
    const { body } = typesetter.theme;
    const start = typeof list.start === "number" ? list.start : 1;
    const markers = list.items.map((item, index) => listMarker(list, item, start + index, level));
    const indent = this.listIndent(list, level);
    const listTag = typesetter.open(frame.parent, "L");
    list.items.forEach((item, index) => {
      const itemTag = typesetter.open(listTag, "LI");
      const itemTokens = item.tokens.filter((token) => token.type !== "checkbox" && !isInvisible(token));
      const inner = { x: frame.x + indent, width: frame.width - indent, parent: itemTag, tight: !list.loose };
      typesetter.ensureSpace(this.leadHeight(itemTokens, inner) || body.leading);
      const marker = markers[index] ?? "";
      const label = typesetter.open(itemTag, "Lbl");
      const markerLines = typesetter.lines([plainRun(marker)], indent - 6, body);
      typesetter.content(label, () => markerLines.forEach((line) => typesetter.drawLine(line, frame.x, typesetter.y, body, "right", indent - 6)));
      typesetter.close(label);
      const bodyTag = typesetter.open(itemTag, "LBody");
      itemTokens.forEach((token, tokenIndex) => {
        if (token.type === "list") this.list(token, { ...inner, parent: bodyTag }, level + 1);
        else this.block(token, { ...inner, parent: bodyTag }, itemTokens.slice(tokenIndex + 1));
        if (tokenIndex < itemTokens.length - 1) typesetter.addGap(list.loose ? body.leading * 0.4 : 2);
      });
      typesetter.close(bodyTag);
      typesetter.close(itemTag);
      if (index < list.items.length - 1) typesetter.addGap(list.loose ? typesetter.theme.paragraphGap : 2.5);
    });
    typesetter.close(listTag);
  }
  code(source, frame) {
    const { typesetter } = this;
    const style = typesetter.theme.code;
    const runs = source.split("\n").flatMap((line, index) => [
      ...index > 0 ? [{ text: "", bold: false, italic: false, code: false, lineBreak: true }] : [],
      // Leading spaces carry meaning in code; no-break spaces keep the line breaker from eating them.
      { text: line.replace(/ /g, "\xA0"), bold: false, italic: false, code: false }
    ]);
    const lines = typesetter.lines(runs, frame.width - 12, style);
    const tag = typesetter.open(frame.parent, "Code");
    for (const line of lines) {
      typesetter.ensureSpace(style.leading);
      const top = typesetter.y;
      typesetter.artifact(() => typesetter.doc.rect(frame.x, top, frame.width, style.leading).fill(typesetter.theme.zebra));
      typesetter.content(tag, () => typesetter.drawLine(line, frame.x + 6, top, style));
      typesetter.y += style.leading;
    }
    typesetter.close(tag);
  }
  blockquote(quote, frame) {
    const { typesetter } = this;
    const tag = typesetter.open(frame.parent, "BlockQuote");
    const start = { page: typesetter.pageIndex, y: typesetter.y };
    this.blocks(quote.tokens, { x: frame.x + 12, width: frame.width - 12, parent: tag });
    typesetter.close(tag);
    typesetter.drawBar(frame.x + 2, start, { page: typesetter.pageIndex, y: typesetter.y });
  }
  rule(frame) {
    const { typesetter } = this;
    typesetter.ensureSpace(8);
    const y = typesetter.y + 4;
    typesetter.artifact(() => typesetter.doc.moveTo(frame.x, y).lineTo(frame.x + frame.width, y).lineWidth(0.5).stroke(typesetter.theme.rule));
    typesetter.y += 8;
  }
};
function headingDepth(heading) {
  return Math.min(Math.max(heading.depth - 1, 1), 4);
}
function headingSpace(depth) {
  return depth === 1 ? { before: 14, after: 6 } : { before: 8, after: 3 };
}
function introduces(token, next) {
  return token.type === "paragraph" && /:\s*$/.test(token.text) && (next?.type === "list" || next?.type === "table");
}
function listMarker(list, item, number, level) {
  if (item.task) return item.checked ? "\u2612" : "\u2610";
  if (list.ordered) return `${number}.`;
  return BULLETS[level % BULLETS.length] ?? "\u2022";
}
function plainRun(text) {
  return { text, bold: false, italic: false, code: false };
}
var COMPACT_OPEN = "<!-- compact -->";
var COMPACT_CLOSE = "<!-- /compact -->";
function isMarker(token, marker) {
  return token.type === "html" && token.raw.trim() === marker;
}
function isInvisible(token) {
  return token.type === "space" || token.type === "def" || token.type === "html" && isHtmlComment(token.raw);
}

// src/pdf/page-furniture.ts
function documentLanguage(typesetter) {
  const lang = typesetter.doc.options?.lang;
  return typeof lang === "string" && lang !== "" ? lang : void 0;
}
function drawFurniture(typesetter, furniture) {
  const { doc } = typesetter;
  const words2 = translator(furniture.language ?? documentLanguage(typesetter) ?? "en-GB");
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    typesetter.artifact(() => {
      if (index > range.start) drawHeader2(typesetter, furniture, words2);
      drawFooter(typesetter, furniture, index - range.start + 1, range.count, words2);
    }, "Pagination");
    if (furniture.draft) typesetter.artifact(() => drawWatermark(typesetter, words2), "Pagination");
  }
}
function drawHeader2(typesetter, furniture, words2) {
  const { theme, doc } = typesetter;
  const style = theme.furniture;
  const baseline = theme.margin.top - 26;
  const right = furniture.documentVersion ? words2.t("pdf.version", { version: furniture.documentVersion }) : "";
  const rightWidth = typesetter.measure(right, style.font, style.size);
  const title = fitText(typesetter, furniture.title, typesetter.contentWidth - rightWidth - 24, style.font, style.size);
  typesetter.drawText(title, typesetter.left, baseline, style.font, style.size, style.color);
  typesetter.drawText(right, typesetter.left + typesetter.contentWidth - rightWidth, baseline, style.font, style.size, style.color);
  const ruleY = baseline + 6;
  doc.moveTo(typesetter.left, ruleY).lineTo(typesetter.left + typesetter.contentWidth, ruleY).lineWidth(0.5).stroke(theme.rule);
}
function drawFooter(typesetter, furniture, page, pages, words2) {
  const { theme, doc } = typesetter;
  const style = theme.furniture;
  const baseline = theme.page.height - theme.margin.bottom + 30;
  const ruleY = baseline - style.size - 5;
  doc.moveTo(typesetter.left, ruleY).lineTo(typesetter.left + typesetter.contentWidth, ruleY).lineWidth(0.5).stroke(theme.rule);
  const left = words2.t("pdf.reference", { draft: furniture.draft ? "yes" : "no", reference: furniture.reference });
  typesetter.drawText(left, typesetter.left, baseline, style.font, style.size, style.color);
  const pageLabel = words2.t("pdf.page", { page, pages });
  const width = typesetter.measure(pageLabel, style.font, style.size);
  typesetter.drawText(pageLabel, typesetter.left + typesetter.contentWidth - width, baseline, style.font, style.size, style.color);
}
function drawWatermark(typesetter, words2) {
  const { theme, doc } = typesetter;
  const { width, height } = theme.page;
  const text = words2.t("pdf.draft");
  const fullSize = Math.round(Math.min(width, height) * 0.27);
  const room = Math.hypot(width, height) * 0.75;
  const fullWidth = typesetter.measure(text, "bold", fullSize);
  const size = fullWidth <= room ? fullSize : Math.floor(fullSize * room / fullWidth);
  const textWidth = typesetter.measure(text, "bold", size);
  const angle = Math.atan2(height, width) * 180 / Math.PI;
  doc.save();
  doc.rotate(-angle, { origin: [width / 2, height / 2] });
  doc.fillOpacity(0.09);
  typesetter.drawText(text, width / 2 - textWidth / 2, height / 2 + size * 0.35, "bold", size, theme.accent);
  doc.restore();
}
function fitText(typesetter, text, width, font, size) {
  if (typesetter.measure(text, font, size) <= width) return text;
  const characters = [...text];
  while (characters.length > 0 && typesetter.measure(`${characters.join("").trimEnd()}\u2026`, font, size) > width) characters.pop();
  return `${characters.join("").trimEnd()}\u2026`;
}

// src/pdf/contents.ts
var contentsHeading = (typesetter) => translator(documentLanguage(typesetter) ?? "en-GB").t("pdf.contents");
var GAP_AFTER = 10;
function columns(typesetter) {
  const { body } = typesetter.theme;
  const number = typesetter.measure("00.", "regular", body.size) + 10;
  const page = typesetter.measure("000", "regular", body.size) + 14;
  return { number, page, title: typesetter.contentWidth - number - page };
}
function layout(entries, typesetter) {
  const { body } = typesetter.theme;
  const { title } = columns(typesetter);
  return entries.map((entry) => {
    const lines = typesetter.lines(entry.title.map((run2) => ({ ...run2, bold: false, link: void 0 })), title, body);
    return { entry, lines, height: lines.length * body.leading + 2 };
  });
}
function drawContents(entries, typesetter, parent) {
  const { theme } = typesetter;
  const { body } = theme;
  const heading = theme.headings[0];
  const rows = layout(entries, typesetter);
  const widths = columns(typesetter);
  const x = typesetter.left;
  const headingLines = typesetter.lines([{ text: contentsHeading(typesetter), bold: true, italic: false, code: false }], typesetter.contentWidth, heading);
  typesetter.ensureSpace(heading.leading + 6 + rows.slice(0, 3).reduce((total, row) => total + row.height, 0));
  const headingTag = typesetter.open(parent, "H2");
  typesetter.content(headingTag, () => typesetter.flowLines(headingLines, x, heading));
  typesetter.close(headingTag);
  typesetter.y += 6;
  const list = typesetter.open(parent, "TOC");
  for (const row of rows) {
    typesetter.ensureSpace(row.height);
    const top = typesetter.y;
    const item = typesetter.open(list, "TOCI");
    const link = typesetter.open(item, "Link");
    const pageText = row.entry.page > 0 ? String(row.entry.page) : "";
    const pageWidth = typesetter.measure(pageText, "regular", body.size);
    const lastLine = row.lines.at(-1);
    const lastTop = top + (row.lines.length - 1) * body.leading;
    typesetter.content(link, () => {
      if (row.entry.number) typesetter.drawText(row.entry.number, x, top + baselineOffset(typesetter), "regular", body.size, body.color);
      row.lines.forEach((line, index) => typesetter.drawLine(line, x + widths.number, top + index * body.leading, body));
      typesetter.drawText(pageText, x + typesetter.contentWidth - pageWidth, lastTop + baselineOffset(typesetter), "regular", body.size, body.color);
    });
    if (row.entry.destination) {
      typesetter.doc.goTo(x, top, typesetter.contentWidth, row.height, row.entry.destination, { structParent: link.element });
    }
    typesetter.close(link);
    typesetter.close(item);
    const leadersFrom = x + widths.number + (lastLine?.width ?? 0) + 6;
    const leadersTo = x + typesetter.contentWidth - pageWidth - 6;
    const unit = typesetter.measure(" .", "regular", body.size);
    const count = Math.floor((leadersTo - leadersFrom) / unit);
    if (count > 2) {
      const leaders = " .".repeat(count);
      typesetter.artifact(() => {
        typesetter.drawText(leaders, leadersTo - count * unit, lastTop + baselineOffset(typesetter), "regular", body.size, theme.muted);
      });
    }
    typesetter.y = top + row.height;
  }
  typesetter.close(list);
  typesetter.y += GAP_AFTER;
}
function baselineOffset(typesetter) {
  const { body } = typesetter.theme;
  return (body.leading - body.size * 1.164) / 2 + body.size * 0.928;
}

// src/pdf/fonts.ts
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path3 from "node:path";
var FONT_ROLES = ["regular", "bold", "italic", "boldItalic", "mono"];
var FONT_FILES = {
  regular: "DejaVuSans.ttf",
  bold: "DejaVuSans-Bold.ttf",
  italic: "DejaVuSans-Oblique.ttf",
  boldItalic: "DejaVuSans-BoldOblique.ttf",
  mono: "DejaVuSansMono.ttf"
};
var fontSet;
function loadFonts() {
  fontSet ??= readFontSet().catch((error) => {
    fontSet = void 0;
    throw error;
  });
  return fontSet;
}
async function readFontSet() {
  const directory = fontDirectory();
  const entries = await Promise.all(
    FONT_ROLES.map(async (role) => [role, new Uint8Array(await readFile(path3.join(directory, FONT_FILES[role])))])
  );
  return Object.fromEntries(entries);
}
function fontDirectory() {
  const require2 = createRequire(import.meta.url);
  return path3.join(path3.dirname(require2.resolve("dejavu-fonts-ttf/package.json")), "ttf");
}
var parsedFonts = /* @__PURE__ */ new Map();
function registerFonts(doc, fonts) {
  for (const role of FONT_ROLES) {
    doc.registerFont(role, parsedFonts.get(role) ?? fonts[role]);
  }
  shareLayoutCaches(doc);
}
var layoutCaches = /* @__PURE__ */ new Map();
function shareLayoutCaches(doc) {
  const internals = doc;
  const selectFont = internals.font;
  const linked = /* @__PURE__ */ new WeakSet();
  internals.font = function(...args) {
    const result = selectFont.apply(this, args);
    const role = args[0];
    const embedded = this._font;
    if (typeof role === "string" && FONT_ROLES.includes(role) && embedded?.layoutCache && !linked.has(embedded)) {
      linked.add(embedded);
      const shared = layoutCaches.get(role);
      if (shared) embedded.layoutCache = shared;
      else layoutCaches.set(role, embedded.layoutCache);
    }
    return result;
  };
}
function keepParsedFonts(doc) {
  const families = doc._fontFamilies ?? {};
  for (const role of FONT_ROLES) {
    const parsed = families[role]?.font;
    if (!parsedFonts.has(role) && typeof parsed?.layout === "function") parsedFonts.set(role, parsed);
  }
}

// src/pdf/hyphenation.ts
import { mkdirSync, readFileSync as readFileSync3, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire as createRequire2 } from "node:module";
import path4 from "node:path";
var PATTERN_SETS = {
  // The reformed orthography (1996), which German-speaking countries write today.
  de: { module: "de-1996", left: 2, right: 3 },
  "en-us": { module: "en-us", left: 2, right: 3 },
  "en-gb": { module: "en-gb", left: 2, right: 3 },
  fr: { module: "fr", left: 2, right: 3 },
  nl: { module: "nl", left: 2, right: 3 },
  es: { module: "es", left: 2, right: 3 }
};
var BRITISH_REGIONS = /* @__PURE__ */ new Set(["GB", "UK", "IE", "AU", "NZ", "ZA", "IN"]);
function patternSetFor(language) {
  const [primary, ...rest] = language.toLowerCase().split(/[-_]/);
  if (!primary) return void 0;
  if (primary === "en") {
    const region = rest.find((subtag) => /^[a-z]{2}$/.test(subtag))?.toUpperCase();
    return region && BRITISH_REGIONS.has(region) ? "en-gb" : "en-us";
  }
  return PATTERN_SETS[primary] ? primary : void 0;
}
var loaded = /* @__PURE__ */ new Map();
function hyphenatorFor(language) {
  const key = patternSetFor(language);
  if (!key) return void 0;
  const set = PATTERN_SETS[key];
  if (!set) return void 0;
  let hyphenator = loaded.get(key);
  if (!hyphenator) {
    let hyphenateSync;
    hyphenator = createHyphenator(set, (text, options) => {
      hyphenateSync ??= loadHyphenateSync(set.module);
      return hyphenateSync(text, options);
    });
    loaded.set(key, hyphenator);
  }
  return hyphenator;
}
var patternCache;
function loadHyphenateSync(module) {
  const require2 = createRequire2(import.meta.url);
  const contract = require2("hyphen/export-contract.js");
  return contract(loadPatterns(require2, module)).hyphenateSync;
}
function loadPatterns(require2, module) {
  const { version } = require2("hyphen/package.json");
  let directory;
  try {
    directory = patternCache?.();
  } catch {
    directory = void 0;
  }
  const file = directory === void 0 ? void 0 : path4.join(directory, `hyphen-${version}-${module}.json`);
  if (file) {
    try {
      return JSON.parse(readFileSync3(file, "utf8"));
    } catch {
    }
  }
  const patterns = require2(`hyphen/patterns/${module}.js`);
  if (file) {
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(path4.dirname(file), { recursive: true });
      writeFileSync(temporary, JSON.stringify(patterns));
      renameSync(temporary, file);
    } catch {
      rmSync(temporary, { force: true });
    }
  }
  return patterns;
}
var MARK = "\xAD";
function createHyphenator(set, hyphenateSync) {
  const cache = /* @__PURE__ */ new Map();
  const points = (word) => {
    let found = cache.get(word);
    if (found === void 0) {
      found = computePoints(word, set, hyphenateSync);
      cache.set(word, found);
    }
    return found;
  };
  return { patterns: set.module, points };
}
var NONE = Object.freeze([]);
function computePoints(word, set, hyphenateSync) {
  const match = /^([^\p{L}\p{N}]*)([\p{L}\p{M}]+)([^\p{L}\p{N}]*)$/u.exec(word);
  if (!match) return NONE;
  const lead = match[1] ?? "";
  const core = match[2] ?? "";
  if (core.length < set.left + set.right) return NONE;
  if (core === core.toUpperCase()) return NONE;
  if (new RegExp("\\p{Ll}\\p{Lu}", "u").test(core)) return NONE;
  const lowered = core.toLowerCase();
  if (lowered.length !== core.length) return NONE;
  const marked = hyphenateSync(lowered, { hyphenChar: MARK, minWordLength: set.left + set.right });
  const found = [];
  let offset = 0;
  for (const character of marked) {
    if (character === MARK) {
      if (offset >= set.left && core.length - offset >= set.right) found.push(lead.length + offset);
      continue;
    }
    offset += character.length;
  }
  return found.length > 0 ? Object.freeze(found) : NONE;
}

// src/pdf/metadata.ts
import { createHash } from "node:crypto";
var SHA256 = /^[0-9a-f]{64}$/i;
function checkFacts(facts) {
  if (!(facts.creationDate instanceof Date) || Number.isNaN(facts.creationDate.getTime())) {
    throw new TypeError("creationDate must be a valid Date (from the agreement or SOURCE_DATE_EPOCH, never the clock)");
  }
  for (const key of ["sourceSha256", "templateSha256"]) {
    if (!SHA256.test(facts[key])) throw new TypeError(`${key} must be a SHA-256 in hex (64 characters), got ${JSON.stringify(facts[key])}`);
  }
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(facts.language)) {
    throw new TypeError(`language must be a BCP 47 tag such as en-GB, got ${JSON.stringify(facts.language)}`);
  }
}
function documentInfo(facts) {
  return {
    Title: facts.title,
    Author: facts.author,
    ...facts.subject ? { Subject: facts.subject } : {},
    Keywords: `support agreement; SLA; source-sha256:${facts.sourceSha256.toLowerCase()}; template-sha256:${facts.templateSha256.toLowerCase()}`,
    Creator: "sla",
    Producer: "sla (PDFKit)",
    CreationDate: facts.creationDate,
    ModDate: facts.creationDate,
    SourceSHA256: facts.sourceSha256.toLowerCase(),
    TemplateSHA256: facts.templateSha256.toLowerCase(),
    ...facts.documentVersion && { DocumentVersion: facts.documentVersion }
  };
}
function documentId(parts) {
  const hash = createHash("sha256");
  for (const part of parts) {
    const bytes = typeof part === "string" ? Buffer.from(part, "utf8") : part;
    hash.update(`${bytes.length}:`);
    hash.update(bytes);
  }
  return new Uint8Array(hash.digest().subarray(0, 16));
}
function setDocumentId(doc, id) {
  doc._id = id;
}
function installXmp(doc, facts) {
  const xml = (value) => value.replace(/[&<>"']/g, (character) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[character] ?? character);
  const date = facts.creationDate.toISOString().replace(/\.\d{3}Z$/, "Z");
  const packet = `
        <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            <xmp:CreateDate>${date}</xmp:CreateDate>
            <xmp:ModifyDate>${date}</xmp:ModifyDate>
            <xmp:MetadataDate>${date}</xmp:MetadataDate>
            <xmp:CreatorTool>sla</xmp:CreatorTool>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:format>application/pdf</dc:format>
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(facts.title)}</rdf:li></rdf:Alt></dc:title>
            <dc:creator><rdf:Seq><rdf:li>${xml(facts.author)}</rdf:li></rdf:Seq></dc:creator>
            ${facts.subject ? `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(facts.subject)}</rdf:li></rdf:Alt></dc:description>` : ""}
            <dc:language><rdf:Bag><rdf:li>${xml(facts.language)}</rdf:li></rdf:Bag></dc:language>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
            <pdf:Producer>sla (PDFKit)</pdf:Producer>
            <pdf:Keywords>${xml(`source-sha256:${facts.sourceSha256.toLowerCase()}; template-sha256:${facts.templateSha256.toLowerCase()}`)}</pdf:Keywords>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:sla="urn:x-sla:ns:pdf:1.0/">
            <sla:sourceSha256>${facts.sourceSha256.toLowerCase()}</sla:sourceSha256>
            <sla:templateSha256>${facts.templateSha256.toLowerCase()}</sla:templateSha256>
${facts.documentVersion ? `            <sla:documentVersion>${xml(facts.documentVersion)}</sla:documentVersion>
` : ""}        </rdf:Description>`;
  doc._addInfo = () => doc.appendXML(packet);
}

// src/pdf/title-block.ts
var LOGO_BOX = { width: 150, height: 46 };
function drawTitleBlock(typesetter, block, parent) {
  const { theme, doc } = typesetter;
  if (block.logo) {
    const logo = block.logo;
    const top = typesetter.y;
    typesetter.artifact(() => {
      doc.image(Buffer.from(logo.buffer, logo.byteOffset, logo.byteLength), typesetter.left, top, { fit: [LOGO_BOX.width, LOGO_BOX.height] });
    });
    typesetter.y = top + LOGO_BOX.height + 16;
  }
  const titleLines = typesetter.balancedLines(block.title.map((run2) => ({ ...run2, bold: true })), typesetter.contentWidth, theme.title);
  if (block.anchor !== void 0) doc.addNamedDestination(block.anchor, "XYZ", 0, typesetter.y, null);
  const heading = typesetter.open(parent, "H1");
  typesetter.content(heading, () => typesetter.flowLines(titleLines, typesetter.left, theme.title));
  typesetter.close(heading);
  typesetter.y += 3;
  const words2 = translator(block.language ?? "en-GB");
  const status = [{ text: block.subtitle ?? (block.documentVersion ? words2.t("pdf.documentVersion", { version: block.documentVersion }) : ""), bold: false, italic: false, code: false }];
  if (block.draft) status.push({ text: ` \xB7 ${words2.t("pdf.draftNotForSignature")}`, bold: true, italic: false, code: false });
  const statusStyle = { ...theme.body, color: theme.muted };
  const statusLines = typesetter.lines(status, typesetter.contentWidth, statusStyle);
  const paragraph = typesetter.open(parent, "P");
  typesetter.content(paragraph, () => typesetter.flowLines(statusLines, typesetter.left, statusStyle));
  typesetter.close(paragraph);
  const ruleY = typesetter.y + 6;
  typesetter.artifact(() => {
    doc.moveTo(typesetter.left, ruleY).lineTo(typesetter.left + typesetter.contentWidth, ruleY).lineWidth(1.6).stroke(theme.accent);
  });
  typesetter.y = ruleY + 16;
}

// src/pdf/markdown-to-pdf.ts
async function markdownToPdf(markdown, options) {
  checkFacts(options);
  if (options.tableOfContents !== void 0 && ![true, false, "auto"].includes(options.tableOfContents)) {
    throw new TypeError(`tableOfContents must be true, false or "auto", got ${JSON.stringify(options.tableOfContents)}`);
  }
  const theme = createTheme(checkPaper(options.paper), options.accentColor);
  const [{ Marked }, { default: PDFDocument }, fonts, logo] = await Promise.all([
    import("marked"),
    import("pdfkit"),
    loadFonts(),
    options.logoPath ? readLogo(options.logoPath) : Promise.resolve(void 0)
  ]);
  const tokens = new Marked({ gfm: true, breaks: false }).lexer(markdown);
  const doc = new PDFDocument({
    size: [theme.page.width, theme.page.height],
    // Margins are the layout's business; pdfkit must never start a page on its own.
    margin: 0,
    autoFirstPage: false,
    bufferPages: true,
    pdfVersion: "1.7",
    tagged: true,
    lang: options.language,
    displayTitle: true,
    info: documentInfo(options),
    // No default font: Helvetica would be loaded for nothing, and it cannot set "Łódź" anyway.
    font: ""
  });
  const facts = [options.title, options.author, options.subject ?? "", options.language, options.paper, String(options.draft), options.documentVersion ?? "", String(options.tableOfContents ?? "auto")];
  const identity = [...facts, options.creationDate.toISOString(), options.sourceSha256, options.templateSha256, theme.accent];
  setDocumentId(doc, documentId([markdown, ...identity, logo ?? new Uint8Array()]));
  installXmp(doc, options);
  const bytes = collect(doc);
  registerFonts(doc, fonts);
  sortDestinationsByBytes(doc);
  const anchors = headingAnchors(tokens);
  const hyphenator = hyphenatorFor(options.language);
  const typesetter = new Typesetter(doc, theme, void 0, anchors, hyphenator);
  const { title, titleToken, body } = splitTitle(tokens, options.title);
  const anchor = titleToken && anchors.of.get(titleToken);
  const titleBlock = { title, language: options.language, ...options.documentVersion && { documentVersion: options.documentVersion }, draft: options.draft, ...options.subject ? { subtitle: options.subject } : {}, ...logo ? { logo } : {}, ...anchor !== void 0 && { anchor } };
  const cache = layoutCache();
  const contents = tableOfContents(body, options.tableOfContents ?? "auto", (entries) => {
    const dry = new Typesetter(dryRunDocument(), theme, typesetter.measure, anchors, hyphenator);
    const sections = layOut(dry, titleBlock, body, entries, cache, options.numberHeadings !== false, options.figures);
    return { pages: dry.pageIndex + 1, sections };
  });
  layOut(typesetter, titleBlock, body, contents, cache, options.numberHeadings !== false, options.figures);
  drawFurniture(typesetter, {
    title: options.title,
    ...options.documentVersion && { documentVersion: options.documentVersion },
    reference: options.sourceSha256.slice(0, 12).toLowerCase(),
    draft: options.draft
  });
  keepParsedFonts(doc);
  doc.end();
  return bytes;
}
function layOut(typesetter, titleBlock, body, contents, cache, numberHeadings, figures) {
  const { doc } = typesetter;
  typesetter.newPage();
  const root = { element: doc.struct("Document"), type: "Document" };
  doc.addStructure(root.element);
  drawTitleBlock(typesetter, titleBlock, root);
  const writer = new ContractWriter(typesetter, cache, numberHeadings, figures);
  const frame = { x: typesetter.left, width: typesetter.contentWidth, parent: root };
  let firstSection = body.findIndex(isSection);
  while (firstSection > 0 && ["html", "space"].includes(body[firstSection - 1].type)) firstSection -= 1;
  const preamble = contents && firstSection > 0 ? body.slice(0, firstSection) : [];
  writer.blocks(preamble, frame);
  if (contents) {
    if (preamble.length > 0) typesetter.addGap(typesetter.theme.paragraphGap);
    drawContents(contents, typesetter, root);
  }
  writer.blocks(body.slice(preamble.length), frame);
  root.element.end();
  return writer.sections;
}
var CONTENTS_FROM_PAGES = 4;
function tableOfContents(body, wanted, firstPass) {
  const sections = body.filter(isSection);
  if (wanted === false || sections.length < 2) return void 0;
  const placeholders = sections.map((token) => ({ number: "", title: inlineRuns(token.tokens), page: 0 }));
  const dry = firstPass(placeholders);
  if (wanted === "auto" && dry.pages <= CONTENTS_FROM_PAGES) return void 0;
  return dry.sections.map((section) => ({ number: section.number, title: section.title, page: section.page, ...section.destination !== void 0 && { destination: section.destination } }));
}
function isSection(token) {
  return token.type === "heading" && token.depth === 2;
}
function splitTitle(tokens, fallback) {
  const first = tokens.findIndex((token) => token.type !== "space" && !(token.type === "html" && isHtmlComment(token.raw)));
  const candidate = tokens[first];
  if (candidate?.type === "heading" && candidate.depth === 1) {
    const titleToken = candidate;
    return { title: inlineRuns(titleToken.tokens), titleToken, body: tokens.filter((_, index) => index !== first) };
  }
  return { title: [{ text: fallback, bold: true, italic: false, code: false }], body: [...tokens] };
}
function checkPaper(paper) {
  if (paper !== "a4" && paper !== "letter") throw new TypeError(`paper must be "a4" or "letter", got ${JSON.stringify(paper)}`);
  return paper;
}
async function readLogo(path5) {
  const bytes = new Uint8Array(await readFile2(path5));
  const png = bytes[0] === 137 && bytes[1] === 80 && bytes[2] === 78 && bytes[3] === 71;
  const jpeg = bytes[0] === 255 && bytes[1] === 216 && bytes[2] === 255;
  if (!png && !jpeg) throw new TypeError(`logo ${path5} is not a PNG or JPEG file`);
  return bytes;
}
function collect(doc) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    doc.on("data", (chunk) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
}

export {
  parse,
  PACKAGE_NAME,
  defaultTemplateDirectory,
  SOURCE_LANGUAGE,
  catalogLanguage,
  canonicalLocale,
  shippedCatalog,
  UnknownMessageError,
  Translator,
  translator,
  createHeadingSlugger,
  markdownToPdf
};
