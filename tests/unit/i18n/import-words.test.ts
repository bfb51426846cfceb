import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importLanguages, importWords } from '../../../src/i18n/import-words.ts';

const DIR = 'src/i18n/import';

describe('the sentences errcat import writes', () => {
  it('are there in every language with a file (ui-strings.test.ts holds their keys to en.json)', () => {
    expect(importLanguages()).toEqual(readdirSync(DIR).map((f) => f.replace(/\.json$/, '')).sort());
  });

  it('are found by language for a regional locale, and in English for a language without a file', () => {
    expect(importWords('de-at')('import.siteName', { name: 'Acme' })).toBe('Fehlercodes von Acme');
    expect(importWords('pt-br')('import.siteName', { name: 'Acme' })).toBe('Acme error codes');
    expect(importWords('ru')('import.providerSummary', { file: 'docs/ru.md' })).toContain('`docs/ru.md`');
  });
});
