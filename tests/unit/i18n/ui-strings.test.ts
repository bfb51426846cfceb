/**
 * Every locale's UI strings have exactly the keys of en.json: no key missing
 * (a page would fall back to English), none extra (a typo or a key no page
 * asks for). Plural keys count in the locale's own forms (i18next's `_one`,
 * `_few`, … from Intl.PluralRules): ru has four where en has two, zh one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const PLURAL = /_(zero|one|two|few|many|other)$/;

const stringsOf = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

/** The keys a locale's file must have, given the source file's keys. */
function expectedKeys(sourceKeys: string[], locale: string): string[] {
  const plurals = new Set(sourceKeys.filter((k) => PLURAL.test(k) && sourceKeys.includes(k.replace(PLURAL, '_other'))).map((k) => k.replace(PLURAL, '')));
  const forms = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const plain = sourceKeys.filter((k) => !(PLURAL.test(k) && plurals.has(k.replace(PLURAL, ''))));
  return [...plain, ...[...plurals].flatMap((base) => forms.map((f) => `${base}_${f}`))].sort();
}

describe.each(['src/i18n', 'src/i18n/import'])('the UI strings in %s', (dir) => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  const en = Object.keys(stringsOf(path.join(dir, 'en.json')));

  it('come in more than one language', () => {
    expect(files.length).toBeGreaterThan(1);
  });

  it.each(files)('%s has exactly the keys of en.json, with its own plural forms', (file) => {
    const locale = file.replace(/\.json$/, '');
    expect(Object.keys(stringsOf(path.join(dir, file))).sort()).toEqual(expectedKeys(en, locale));
  });

  it.each(files)('%s holds a string in every key', (file) => {
    const other = Object.entries(stringsOf(path.join(dir, file))).filter(([, v]) => typeof v !== 'string');
    expect(other).toEqual([]);
  });
});

describe('the keys a locale must have', () => {
  it('are the source keys, with plural keys in the locale\'s forms', () => {
    const en = ['a', 'n_one', 'n_other'];
    expect(expectedKeys(en, 'en')).toEqual(['a', 'n_one', 'n_other']);
    expect(expectedKeys(en, 'ru')).toEqual(['a', 'n_few', 'n_many', 'n_one', 'n_other']);
    expect(expectedKeys(en, 'zh')).toEqual(['a', 'n_other']);
  });
});
