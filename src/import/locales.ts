/**
 * Which catalog locale each page fills, and which locale translations are
 * made from. Pages name their locale as Docusaurus does (`pt-BR`,
 * `zh-Hans`, `en`); the catalog names it by its URL segment (`pt`, `zh`).
 * A page's locale is the catalog locale of the same language and writing
 * system (compared with Intl.Locale, so `zh-CN` and `zh-Hans` are `zh`,
 * `zh-TW` is not); a language the catalog does not have yet gets a new
 * locale whose id is the tag in lower case (`pt-br`).
 */
import { LocaleIdSchema, ProviderSchema } from '../catalog/schema.ts';
import { UsageError } from '../catalog/usage-error.ts';

/** A locale the catalog publishes (site.yaml), as far as the import needs it. */
export interface CatalogLocale {
  id: string;
  /** The BCP 47 tag, when it is not the id. */
  lang?: string;
}

export interface PageLocale {
  /** The catalog locale id: the key in texts and the URL segment. */
  locale: string;
  /** The locale as the command line gave it. */
  given: string;
  /** The BCP 47 tag of a locale the catalog does not have yet, for site.yaml's `lang`. */
  lang?: string;
  /** The catalog has no such locale yet. */
  isNew: boolean;
  file: string;
}

/** Where the source locale came from, for the summary. */
export type SourceFrom = '--source' | 'site.yaml' | 'pages';

export function checkProvider(provider: string): void {
  if (!ProviderSchema.shape.id.safeParse(provider).success) {
    throw new UsageError(`The provider id "${provider}" is not kebab-case.`, 'Use lower-case words joined by "-", e.g. --provider capmonster-cloud; it becomes the folder name and the URL segment.', '--provider');
  }
}

function parseTag(given: string, flag: string): Intl.Locale {
  try {
    const tag = new Intl.Locale(given);
    if (LocaleIdSchema.safeParse(tag.baseName.toLowerCase()).success) return tag;
  } catch {
    // Reported below.
  }
  throw new UsageError(`"${given}" is not a locale id.`, `Write a BCP 47 language tag, as Docusaurus names its locales: ${flag} en, ${flag} pt-BR, ${flag} zh-Hans.`, flag);
}

/** The script a language is written in when the tag does not say (zh -> Hans, zh-TW -> Hant). */
function script(tag: Intl.Locale): string | undefined {
  return tag.script ?? tag.maximize().script;
}

/**
 * The catalog locale a tag names: the one with that id or lang, else the one
 * of the same language and script (by region where several are), else a new
 * one. `known` holds the catalog's locales and those this run has added.
 */
export function resolveLocale(given: string, known: CatalogLocale[], flag = '--locale'): { id: string; lang?: string; isNew: boolean } {
  const tag = parseTag(given, flag);
  const lower = given.toLowerCase();
  const exact = known.find((l) => l.id === lower || l.lang?.toLowerCase() === lower);
  if (exact) return { id: exact.id, isNew: false };
  const candidates = known.filter((l) => {
    try {
      const other = new Intl.Locale(l.lang ?? l.id);
      return other.language === tag.language && script(other) === script(tag);
    } catch {
      return false;
    }
  });
  const region = tag.region ?? tag.maximize().region;
  const sameRegion = candidates.filter((l) => new Intl.Locale(l.lang ?? l.id).maximize().region === region);
  const match = candidates.length === 1 ? candidates[0] : sameRegion.length === 1 ? sameRegion[0] : undefined;
  if (match) return { id: match.id, isNew: false };
  if (candidates.length > 1) {
    throw new UsageError(
      `${flag} ${given} could mean the catalog locale ${candidates.map((l) => l.id).join(' or ')}.`,
      `Write the catalog's locale id instead, e.g. ${flag} ${candidates[0]!.id}${flag === '--locale' ? '=<file>' : ''}.`,
      flag,
    );
  }
  const id = tag.baseName.toLowerCase();
  return { id, lang: id === tag.baseName ? undefined : tag.baseName, isNew: true };
}

/** Each `--locale` mapped to its catalog locale; the same locale twice is a usage error. */
export function resolvePages(given: { locale: string; file: string }[], catalog: CatalogLocale[]): PageLocale[] {
  if (given.length === 0) {
    throw new UsageError('No page to import.', 'Name one page per locale: --locale en=docs/errors.md --locale ru=i18n/ru/errors.md', '--locale');
  }
  const known = [...catalog];
  const pages: PageLocale[] = [];
  for (const { locale, file } of given) {
    const r = resolveLocale(locale, known);
    const twice = pages.find((p) => p.locale === r.id);
    if (twice) {
      const same = twice.given === locale ? `The locale ${locale} is given twice.` : `--locale ${twice.given} and --locale ${locale} are both the catalog locale ${r.id}.`;
      throw new UsageError(same, 'Give one page per locale.', '--locale');
    }
    if (r.isNew) known.push({ id: r.id, lang: r.lang });
    pages.push({ locale: r.id, given: locale, lang: r.lang, isNew: r.isNew, file });
  }
  return pages;
}

/**
 * The locale translations are made from: `--source`, else site.yaml's
 * sourceLocale, else (a new folder) en when imported, else the first page.
 * It must agree with site.yaml, whose sourceLocale the checks use; in a new
 * folder it must be one of the pages.
 */
export function resolveSource(option: string | undefined, siteSource: string | undefined, pages: PageLocale[], catalog: CatalogLocale[]): { locale: string; from: SourceFrom } {
  const imported = pages.map((p) => p.locale);
  if (option !== undefined) {
    const { id } = resolveLocale(option, [...catalog, ...pages.map((p) => ({ id: p.locale, lang: p.lang }))], '--source');
    if (siteSource !== undefined && id !== siteSource) {
      throw new UsageError(
        `--source ${option}${option === id ? '' : ` (the catalog locale ${id})`} contradicts site.yaml's sourceLocale, ${siteSource}, which the checks compare translations with.`,
        `Leave out --source to use ${siteSource}, or change sourceLocale in site.yaml first.`,
        '--source',
      );
    }
    if (siteSource === undefined && !imported.includes(id)) {
      throw new UsageError(
        `--source ${option} is not one of the pages, and a new catalog folder needs its source texts.`,
        `Import the ${id} page in the same run (--locale ${option}=<file>), or choose one of ${imported.join(', ')}.`,
        '--source',
      );
    }
    return { locale: id, from: '--source' };
  }
  if (siteSource !== undefined) return { locale: siteSource, from: 'site.yaml' };
  return { locale: imported.includes('en') ? 'en' : imported[0]!, from: 'pages' };
}
