// The message catalogs: every language has exactly the source's keys, file by file, with the same placeholders and
// select options, and every message parses. English (locales/en/) is the source.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { CATALOG_LANGUAGES, catalogLanguage, shippedCatalog, shippedCatalogFiles, SOURCE_LANGUAGE, Translator, UnknownMessageError } from '../../src/i18n/catalog.js';
import { messageArguments, messageOptions, messageTexts } from '../../src/i18n/message-text.js';
import { globSync } from 'tinyglobby';

const ROOT = path.resolve(import.meta.dirname, '../..');
const source = shippedCatalogFiles(SOURCE_LANGUAGE);
const translations = CATALOG_LANGUAGES.filter((language) => language !== SOURCE_LANGUAGE);

describe('the message catalogs', () => {
  it('name each key after its file (words.json holds words.*), so the files of a language are one catalog', () => {
    for (const language of CATALOG_LANGUAGES) {
      for (const [file, catalog] of shippedCatalogFiles(language)) {
        expect(Object.keys(catalog).filter((key) => !key.startsWith(`${file}.`)), `locales/${language}/${file}.json`).toEqual([]);
      }
    }
  });

  describe.each(translations)('locales/%s', (language) => {
    const files = shippedCatalogFiles(language);
    it('has the files and keys of the source, no more and no fewer', () => {
      expect([...files.keys()]).toEqual([...source.keys()]);
      for (const [file, catalog] of source) {
        const keys = Object.keys(files.get(file) ?? {});
        expect({ file, missing: Object.keys(catalog).filter((k) => !keys.includes(k)), extra: keys.filter((k) => !(k in catalog)) }).toEqual({ file, missing: [], extra: [] });
      }
    });

    it('keeps every placeholder of the source message, of the same kind, and the options of every select', () => {
      const english = shippedCatalog(SOURCE_LANGUAGE);
      const differing: string[] = [];
      for (const [key, message] of Object.entries(shippedCatalog(language))) {
        if (english[key] === undefined) continue;
        const [theirs, ours] = [messageArguments(message), messageArguments(english[key])];
        if (JSON.stringify([...theirs].sort()) !== JSON.stringify([...ours].sort())) differing.push(`${key}: ${JSON.stringify([...theirs])} ≠ ${JSON.stringify([...ours])}`);
        const [theirOptions, ourOptions] = [messageOptions(message), messageOptions(english[key])];
        for (const [argument, kind] of ours) {
          // A plural's categories are the language's own (French has `many`); a select's options are the code's values.
          if (kind === 'select' && JSON.stringify(theirOptions.get(argument)?.sort()) !== JSON.stringify(ourOptions.get(argument)?.sort())) {
            differing.push(`${key}: the options of {${argument}} differ`);
          }
        }
      }
      expect(differing).toEqual([]);
    });

    it('parses and formats every message in the language', () => {
      for (const [key, message] of Object.entries(shippedCatalog(language))) {
        expect(() => new IntlMessageFormat(message, language, undefined, { ignoreTag: true }), key).not.toThrow();
      }
    });
  });

  it('uses every key of the source somewhere in the code or the templates', () => {
    const code = globSync(['src/**/*.ts', 'templates/**/*.hbs'], { cwd: ROOT }).map((file) => readFileSync(path.join(ROOT, file), 'utf8')).join('\n');
    // A key is used when the code names it, or names its group for keys it builds from a value (`words.duration.${unit}`).
    const unused = Object.keys(shippedCatalog(SOURCE_LANGUAGE)).filter((key) => !code.includes(`'${key}'`) && !code.includes(`"${key}"`) && !code.includes(`\`${key.replace(/[A-Za-z]+$/, '')}`) && !code.includes(`'${key.replace(/[^.]+$/, '')}`));
    expect(unused).toEqual([]);
  });
});

describe('Translator', () => {
  it('writes plurals by the language\'s rules and numbers as the locale writes them', () => {
    expect(new Translator('de-DE').t('words.duration.businessHour', { count: 1 })).toBe('1 Geschäftsstunde');
    expect(new Translator('de-DE').t('words.duration.businessHour', { count: 2 })).toBe('2 Geschäftsstunden');
    expect(new Translator('fr-FR').t('words.duration.businessHour', { count: 1500 })).toBe('1\u202f500 heures ouvrées');
    expect(new Translator('en-US').t('words.duration.hour', { count: 1 })).toBe('1 hour');
  });

  it('writes a locale without a catalog in English, and a region in its language\'s catalog', () => {
    expect(catalogLanguage('de-AT')).toBe('de');
    expect(catalogLanguage('ja-JP')).toBe('en');
    expect(new Translator('ja-JP').t('words.duration.day', { count: 2 })).toBe('2 days');
  });

  it('prefers a custom catalog, and refuses a key in no catalog and a locale that is not a string', () => {
    expect(new Translator('de-DE', { 'words.days.range': '{from}–{to}' }).t('words.days.range', { from: 'Mo', to: 'Fr' })).toBe('Mo–Fr');
    expect(() => new Translator('de-DE').t('words.nope')).toThrow(UnknownMessageError);
    expect(() => new Translator(42 as unknown as string)).toThrow(TypeError);
  });

  it('reads the texts a message can print, for the clause registry', () => {
    expect(messageTexts('{count, plural, one {# hour} other {# hours}}')).toEqual(['{} hour', '{} hours']);
    expect(messageTexts('{amount} {per, select, month {per month} other {per {per}}}')).toEqual(['{} per month', '{} per {}']);
  });
});
