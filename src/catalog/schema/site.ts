/** site.yaml: the site, its languages and providers, and the rules that span its fields. */
import { z } from 'zod';
import { ownUse, RESERVED_IDS, SITE_SEGMENTS } from '../reserved-ids.ts';
import { isLanguageTag, issue, LocaleIdSchema, LocalizedSchema, ProviderIdSchema } from './common.ts';

export const LocaleSchema = z
  .strictObject({
    /** Locale id used in URLs and as key in texts. */
    id: LocaleIdSchema,
    /** The language's own name, shown in the language switcher. */
    name: z.string().min(1).describe('The language\'s name in itself, e.g. "Русский".'),
    /** The `lang` attribute and Intl locale (a BCP 47 tag); defaults to the id. */
    lang: z
      .string()
      .refine(isLanguageTag, { error: 'a BCP 47 language tag such as "zh-CN"', params: { hint: 'Write a language tag: "zh-CN", "pt-BR", "sr-Latn" (language, then script or region, joined by "-").' } })
      .optional()
      .describe('HTML lang / Intl locale tag (BCP 47, e.g. "zh-CN"); defaults to id.'),
    /** Text direction. */
    dir: z.enum(['ltr', 'rtl']).default('ltr').describe('Text direction.'),
    /**
     * When true, a text missing in this locale is a warning and the page
     * shows the source-locale text with a notice; when false, an error.
     */
    fallback: z
      .boolean()
      .default(false)
      .describe('Missing texts in this locale fall back to the source locale (warning, not error).'),
    /**
     * Extra URL path segments that stand for this locale in links the texts
     * make (`cn` for zh on a site that writes `/cn/docs/`). Segments that
     * are a BCP 47 tag of the locale's language (`zh-cn`, `zh-Hans`,
     * `zh_CN`) need no entry: link-drift reads them as the locale already.
     */
    segments: z
      .array(z.string().regex(/^[A-Za-z0-9_-]+$/, 'one path segment, without "/"'))
      .optional()
      .describe('Extra path segments that mean this locale in links, e.g. ["cn"]; language tags such as zh-cn are recognised without them.'),
  })
  .describe('A published language.');

export const SiteSchema = z
  .strictObject({
    $schema: z.string().optional(),
    /** The site's name per locale. */
    name: LocalizedSchema.describe('Site name per locale.'),
    /** One sentence per locale: what the site is for. */
    tagline: LocalizedSchema.describe('What the site is for, one sentence per locale.'),
    /** Absolute origin the site is published at; used for canonical links, sitemap and problem types. */
    url: z
      .url({ protocol: /^https?$/, error: 'an http(s) address such as https://errors.example.com' })
      .describe('Absolute URL the site is published at, e.g. https://errors.example.com'),
    /** Published locales, in switcher order. */
    locales: z.array(LocaleSchema).min(1).describe('Published languages, in switcher order.'),
    /** The locale texts are written in first; translations are checked against it. */
    sourceLocale: LocaleIdSchema.describe('Locale that translations are made from.'),
    /** Where `/` and short links send a reader whose browser prefers no published locale. */
    defaultLocale: LocaleIdSchema.describe('Locale for readers whose browser prefers none of ours.'),
    /** Provider folders to publish, in display order. */
    providers: z.array(ProviderIdSchema).min(1).describe('Provider folder names, in display order.'),
    /** Quantity check settings. */
    quantities: z
      .strictObject({
        /**
         * What "KB" means in texts: 1000, 1024, or "either" (then a drift that
         * only one base reconciles is a warning naming the base).
         */
        kilobyte: z
          .union([z.literal(1000), z.literal(1024), z.literal('either')])
          .default('either')
          .describe('Bytes in a KB: 1000, 1024 or "either".'),
      })
      .default({ kilobyte: 'either' })
      .describe('Settings of the quantity-drift check.'),
    /**
     * Where a code's entry is edited, as a URL template: `{file}` is the
     * file's path inside the catalog folder (`captchaai/errors.yaml`),
     * `{line}` the line the entry starts on. Code pages link to it.
     */
    editUrl: z
      .string()
      .regex(/^https?:\/\/\S+$/, 'an http(s) URL template with {file} and {line}')
      .optional()
      .describe('URL template of where an entry is edited: {file} (path inside the catalog folder) and {line}.'),
    /** Typography check settings, per language. */
    typography: z
      .strictObject({
        zh: z
          .strictObject({
            /**
             * Between Chinese and Latin letters or digits: a space
             * ("调用 API 时") or none ("调用API时"). The shipped texts use a space.
             */
            latinSpace: z.enum(['space', 'none']).default('space').describe('Between Chinese and Latin letters or digits: "space" or "none".'),
          })
          .default({ latinSpace: 'space' })
          .describe('Chinese typography.'),
      })
      .default({ zh: { latinSpace: 'space' } })
      .describe('Settings of the typography check.'),
    /**
     * The API's own OpenAPI document per provider (a path relative to the
     * catalog folder): every check and build compares the provider's codes
     * and HTTP statuses with what the spec says the API returns.
     */
    openapi: z
      .record(z.string(), z.string().min(1))
      .optional()
      .describe('OpenAPI document per provider id, relative to the catalog folder; the check compares codes and HTTP statuses with it.'),
  })
  .superRefine(siteRules)
  .describe('catalog/site.yaml: the site, its languages and providers.');

/**
 * What one field alone cannot say: every locale and provider once, no id
 * that takes a URL the site uses itself, source and default locale among
 * the published ones.
 */
function siteRules(site: { locales: { id: string }[]; providers: string[]; sourceLocale: string; defaultLocale: string }, ctx: z.core.$RefinementCtx): void {
  const localeIds = site.locales.map((l) => l.id);
  site.locales.forEach(({ id }, i) => {
    const first = localeIds.indexOf(id);
    if (first < i) issue(ctx, ['locales', i, 'id'], `Locale ${id} is listed twice (first as locales[${first}]); each locale has one set of pages.`, 'Remove the second listing.');
    else if ((SITE_SEGMENTS as readonly string[]).includes(id)) issue(ctx, ['locales', i, 'id'], `The locale id "${id}" is the name of the site's own /${id}/ folder; its pages would be lost to it.`, 'Use the language\'s own code as the id, e.g. "en" or "pt-br".');
  });
  for (const key of ['sourceLocale', 'defaultLocale'] as const)
    if (!localeIds.includes(site[key])) issue(ctx, [key], `${key} is "${site[key]}", which is not one of the locales (${localeIds.join(', ')}).`, 'Name one of the locales listed under locales, or add the locale there.');
  site.providers.forEach((id, i) => {
    const first = site.providers.indexOf(id);
    if (first < i) issue(ctx, ['providers', i], `Provider ${id} is listed twice (first as providers[${first}]); the home page would list it twice and search every code twice.`, 'Remove the second listing.');
    else if (RESERVED_IDS.includes(id)) issue(ctx, ['providers', i], `The provider id "${id}" is the name of the site's own ${ownUse(id)} pages; the provider's pages would be lost to them.`, `Give the provider another id (folder and id in provider.yaml), e.g. ${id}-api.`);
    else if (localeIds.includes(id)) issue(ctx, ['providers', i], `The provider id "${id}" is also a locale id: /${id}/ would be both the ${id} home page and the provider's short links.`, `Give the provider another id (folder and id in provider.yaml), e.g. ${id}-api.`);
  });
}
