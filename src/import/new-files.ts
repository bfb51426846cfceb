/**
 * The files an import creates in a folder that lacks them: errors.yaml,
 * provider.yaml and a minimal site.yaml, in the catalog's style, with the
 * sentences the importer writes itself in each page's language.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Document } from 'yaml';
import { ProviderSchema, SiteSchema } from '../catalog/schema.ts';
import { blockItems, LINE_WIDTH, stringifyOptions, styledNode } from '../catalog/yaml-edit.ts';
import { importWords } from '../i18n/import-words.ts';
import type { PageLocale } from './locales.ts';

/** The command new files name as their writer, unless the caller names another. */
export const IMPORT_COMMAND = 'errcat import docusaurus';

function schemaComment(out: string, name: string, fromProvider: boolean): string[] {
  return existsSync(path.join(out, 'schema', name)) ? [` yaml-language-server: $schema=${fromProvider ? '../' : './'}schema/${name}`] : [];
}

function comments(lines: string[]): string {
  return lines.map((l) => `#${l}\n`).join('') + (lines.length ? '\n' : '');
}

function render(value: unknown, comment: string[]): string {
  const doc = new Document();
  doc.contents = styledNode(doc, value, 0, 0, LINE_WIDTH) as never;
  return comments(comment) + doc.toString(stringifyOptions());
}

/** errors.yaml for a provider that has none, rendered a code at a time (a page may hold tens of thousands). */
export function newErrorsFile(codes: unknown[], out: string, pages: PageLocale[], command = IMPORT_COMMAND): string {
  const header = [
    ...schemaComment(out, 'errors.schema.json', true),
    ` Imported by "${command}" from ${pages.map((p) => `${p.file} (${p.given})`).join(', ')}.`,
    ' Each code\'s decisions say which fields the importer guessed; review them.',
  ];
  return `${comments(header)}codes:\n${blockItems(codes, 2, 'between')}`;
}

function displayName(provider: string, name: string | undefined): string {
  return name ?? provider.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

/** A phase a new provider.yaml lists: its id and what it is, per locale. */
export interface NewPhase {
  id: string;
  summary: Record<string, string>;
}

export function newProviderFile(provider: string, name: string | undefined, pages: PageLocale[], out: string, command = IMPORT_COMMAND, phases?: NewPhase[]): string {
  const value = {
    id: provider,
    name: displayName(provider, name),
    apiStyle: 'status-200-body',
    summary: Object.fromEntries(pages.map((p) => [p.locale, importWords(p.locale)('import.providerSummary', { file: p.file })])),
    phases: phases?.length ? phases : [{ id: 'any', summary: Object.fromEntries(pages.map((p) => [p.locale, importWords(p.locale)('import.anyPhase')])) }],
  };
  const valid = ProviderSchema.safeParse(value);
  if (!valid.success) throw new Error(`errcat import built an invalid provider.yaml: ${valid.error.message}`);
  return render(value, [...schemaComment(out, 'provider.schema.json', true), ` Written by "${command}"; the API style and phases are guesses, review them.`]);
}

function languageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
    if (name && name !== tag) return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    // A tag Intl does not know: its name is the tag.
  }
  return tag;
}

export function newSiteFile(provider: string, name: string | undefined, pages: PageLocale[], sourceLocale: string, command = IMPORT_COMMAND): string {
  const n = displayName(provider, name);
  const ordered = [...pages.filter((p) => p.locale === sourceLocale), ...pages.filter((p) => p.locale !== sourceLocale)];
  const value = {
    name: Object.fromEntries(ordered.map((p) => [p.locale, importWords(p.locale)('import.siteName', { name: n })])),
    tagline: Object.fromEntries(ordered.map((p) => [p.locale, importWords(p.locale)('import.siteTagline', { name: n })])),
    url: 'https://errors.example.com',
    locales: ordered.map((p) => ({ id: p.locale, name: languageName(p.lang ?? p.locale), lang: p.lang })),
    sourceLocale,
    defaultLocale: sourceLocale,
    providers: [provider],
  };
  const valid = SiteSchema.safeParse(value);
  if (!valid.success) throw new Error(`errcat import built an invalid site.yaml: ${valid.error.message}`);
  return render(value, [` Written by "${command}" for a new catalog folder.`, ' Set url to the address the site is published at.']);
}
