import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importLanguages, importWords } from '../../../src/i18n/import-words.ts';

const DIR = 'src/i18n/import';
const keysOf = (file: string) => Object.keys(JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')) as object).sort();

describe('the sentences errcat import writes', () => {
  it('have every key of en.json, and no other, in every language', () => {
    const en = keysOf('en.json');
    for (const file of readdirSync(DIR)) expect(keysOf(file), file).toEqual(en);
    expect(importLanguages()).toEqual(readdirSync(DIR).map((f) => f.replace(/\.json$/, '')).sort());
  });

  it('are found by language for a regional locale, and in English for a language without a file', () => {
    expect(importWords('de-at')('import.siteName', { name: 'Acme' })).toBe('Fehlercodes von Acme');
    expect(importWords('pt-br')('import.siteName', { name: 'Acme' })).toBe('Acme error codes');
    expect(importWords('ru')('import.providerSummary', { file: 'docs/ru.md' })).toContain('`docs/ru.md`');
  });
});
