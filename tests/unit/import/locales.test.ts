/**
 * Locale ids as Docusaurus writes them (pt-BR, zh-Hans) name the catalog
 * locale of the same language and writing system, whose id is the URL
 * segment; a language the catalog lacks becomes a new kebab-case locale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { UsageError } from '../../../src/catalog/usage-error.ts';
import { publishedUrls } from '../../../src/catalog/routes.ts';
import { resolveLocale, resolvePages } from '../../../src/import/locales.ts';
import { codesIn, mergeFolder, page, run, tempDir } from './helpers.ts';

const CATALOG = [{ id: 'en' }, { id: 'ru' }, { id: 'zh' }, { id: 'pt' }];

describe('mapping a page\'s locale to the catalog\'s', () => {
  it('maps tags of the same language and script to the catalog locale', () => {
    const id = (tag: string) => resolveLocale(tag, CATALOG).id;
    expect(['en', 'EN', 'en-US', 'en-GB', 'zh-Hans', 'zh-CN', 'zh-hans-cn', 'pt-BR', 'pt-PT', 'ru-RU'].map(id)).toEqual(['en', 'en', 'en', 'en', 'zh', 'zh', 'zh', 'pt', 'pt', 'ru']);
  });

  it('gives a language or script the catalog lacks a new lower-case id, keeping the tag for lang', () => {
    expect(resolveLocale('zh-Hant', CATALOG)).toEqual({ id: 'zh-hant', lang: 'zh-Hant', isNew: true });
    expect(resolveLocale('zh-TW', CATALOG)).toEqual({ id: 'zh-tw', lang: 'zh-TW', isNew: true });
    expect(resolveLocale('de', CATALOG)).toEqual({ id: 'de', lang: undefined, isNew: true });
    expect(resolveLocale('pt-BR', [])).toEqual({ id: 'pt-br', lang: 'pt-BR', isNew: true });
  });

  it('prefers the locale whose id or lang is the tag, then the one of the same region', () => {
    const two = [{ id: 'pt', lang: 'pt-PT' }, { id: 'br', lang: 'pt-BR' }];
    expect(resolveLocale('pt-BR', two).id).toBe('br');
    expect(resolveLocale('pt', two).id).toBe('pt');
    expect(resolveLocale('pt-AO', [{ id: 'pt-br' }, { id: 'pt-pt' }, { id: 'pt-ao' }]).id).toBe('pt-ao');
  });

  it('refuses a tag that could be several catalog locales, and one that is no tag, as usage errors', () => {
    expect(() => resolveLocale('pt-AO', [{ id: 'pt-br' }, { id: 'pt-mz' }])).toThrow('--locale pt-AO could mean the catalog locale pt-br or pt-mz.');
    expect(() => resolveLocale('zh CN!!', CATALOG)).toThrow(UsageError);
    expect(() => resolveLocale('', CATALOG)).toThrow(UsageError);
  });

  it('refuses two pages for one catalog locale', () => {
    expect(() => resolvePages([{ locale: 'zh', file: 'a.md' }, { locale: 'zh-Hans', file: 'b.md' }], CATALOG)).toThrow('--locale zh and --locale zh-Hans are both the catalog locale zh.');
    expect(() => resolvePages([{ locale: 'pt-BR', file: 'a.md' }, { locale: 'pt-br', file: 'b.md' }], [])).toThrow('--locale pt-BR and --locale pt-br are both the catalog locale pt-br.');
  });
});

describe('importing pages named as Docusaurus names their locales', () => {
  it('imports zh-Hans and en-US pages into the catalog\'s zh and en texts', () => {
    const out = mergeFolder();
    const result = run(out, { locales: [{ locale: 'en-US', file: page('en.md') }, { locale: 'zh-Hans', file: page('zh.md') }], overwrite: true });
    expect(result.pages.map((p) => `${p.given} ${p.locale}`)).toEqual(['en-US en', 'zh-Hans zh']);
    expect(codesIn(out).ERROR_WRONG_KEY!.texts.zh!.origin).toBe(`${page('zh.md')}:9`);
    expect(result.notes.filter((n) => n.message.includes('does not publish'))).toEqual([]);
  });

  it('maps pt-BR to the catalog locale pt, whose pages are published under /pt/', () => {
    const out = mergeFolder();
    const site = path.join(out, 'site.yaml');
    const data = parse(readFileSync(site, 'utf8'));
    data.locales.push({ id: 'pt', name: 'Português' });
    writeFileSync(site, stringify(data));
    run(out, { locales: [{ locale: 'en', file: page('en.md') }, { locale: 'pt-BR', file: page('de.md') }], overwrite: true });
    expect(Object.keys(codesIn(out).ERROR_WRONG_KEY!.texts)).toContain('pt');
    expect(publishedUrls(loadCatalog(out), [])).toContain('/pt/solverhub/ERROR_WRONG_KEY/');
  });

  it('gives a new folder the locale pt-br with lang pt-BR, which the check loads and publishes under /pt-br/', () => {
    const out = tempDir();
    const result = run(out, { locales: [{ locale: 'en', file: page('en.md') }, { locale: 'pt-BR', file: page('de.md') }] });
    expect(result.pages.map((p) => p.locale)).toEqual(['en', 'pt-br']);
    const catalog = loadCatalog(out);
    expect(catalog.findings).toEqual([]);
    expect(catalog.site.locales.map((l) => [l.id, l.lang, l.name])).toEqual([
      ['en', undefined, 'English'],
      ['pt-br', 'pt-BR', 'Português (Brasil)'],
    ]);
    expect(publishedUrls(catalog, [])).toContain('/pt-br/solverhub/ERROR_WRONG_KEY/');
  });

  it('warns with the lang to add when site.yaml lacks the page\'s locale', () => {
    const out = mergeFolder();
    const result = run(out, { locales: [{ locale: 'en', file: page('en.md') }, { locale: 'zh-Hant', file: page('zh.md') }], overwrite: true });
    const note = result.notes.find((n) => n.message.includes('does not publish'))!;
    expect(note.message).toBe('site.yaml does not publish the locale zh-hant (zh-Hant); the zh-hant texts will be reported as texts in an unknown locale.');
    expect(note.hint).toBe(`Add { id: zh-hant, lang: zh-Hant, name: ... } to locales in ${path.join(out, 'site.yaml')}.`);
  });
});
