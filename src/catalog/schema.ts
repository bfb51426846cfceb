/**
 * The catalog's schema: one zod schema per file kind. Every field carries a
 * JSDoc comment and a `.describe()` text; the describe text is what editors
 * show on hover once `npx errcat schema` has exported these schemas as JSON
 * Schema into `catalog/schema/`.
 *
 * Objects are strict: an unknown field is a finding (with "did you mean").
 */
import { z } from 'zod';
import { isSafeHref } from './safe-href.ts';
import { ownUse, RESERVED_IDS, SITE_SEGMENTS } from './reserved-ids.ts';

/** An issue worded as a whole sentence, with the hint the loader shows for it. */
function issue(ctx: z.core.$RefinementCtx, path: PropertyKey[], message: string, hint: string): void {
  ctx.addIssue({ code: 'custom', path, message, params: { hint, sentence: true } });
}

/** A tag `Intl` accepts: `Intl.getCanonicalLocales` throws on anything else. */
function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** A BCP-47-ish locale id as used in URLs: `en`, `ru`, `zh`, `pt-br`. */
export const LocaleIdSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/, 'a lower-case locale id such as "en" or "pt-br"')
  .describe('Locale id as used in URLs, lower case: "en", "ru", "zh".');

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A provider id: a folder name and a URL segment, so nothing that could leave the catalog folder. */
export const ProviderIdSchema = z.string().regex(KEBAB, 'kebab-case, e.g. "capmonster-cloud"').describe('URL segment and folder name, kebab-case.');

/** Hints for values that do not match a pattern, by the pattern (zod passes no hint with a format issue). */
export const FORMAT_HINTS: ReadonlyMap<string, string> = new Map([
  [String(KEBAB), 'Use lower-case letters, digits and single hyphens: the id is the provider\'s folder name and its URL segment, so no "/", "." or spaces.'],
]);

/** Text per locale. Keys are locale ids declared in site.yaml. */
export const LocalizedSchema = z
  .record(z.string(), z.string().min(1))
  .describe('A text per locale: { en: "...", ru: "...", zh: "..." }.');

/** An error code exactly as the API returns it. */
export const CodeIdSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_.:-]*$/, 'letters, digits, "_", ".", ":" or "-", starting with a letter')
  .describe('The code exactly as the API returns it, e.g. ERROR_ZERO_BALANCE.');

/** Another code of the catalog: "provider/CODE". */
export const CodeRefSchema = z
  .string()
  .regex(/^[a-z0-9-]+\/[A-Za-z][A-Za-z0-9_.:-]*$/, '"provider/CODE"')
  .describe('A code of the catalog, as "provider/CODE".');

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

export const PhaseSchema = z
  .strictObject({
    /** The phase or endpoint name as the API calls it: createTask, in.php. */
    id: z.string().min(1).describe('Phase or endpoint as the API names it: createTask, in.php.'),
    /** What happens in this phase, per locale. */
    summary: LocalizedSchema.describe('What the client does in this phase, per locale.'),
    /**
     * The call as a curl command, with shell variables for what a program
     * fills in (`$API_KEY`, `$TASK_ID`); the curl snippets on code pages run it.
     */
    curl: z.string().regex(/^curl /, 'a command starting with "curl "').optional().describe('The call as a curl command; $VARIABLES stand for what a program fills in.'),
  })
  .describe('A phase or endpoint that can return errors.');

export const LinkSchema = z
  .strictObject({
    /** Absolute https URL, or a site-relative path. */
    href: z
      .string()
      .min(1)
      .refine(isSafeHref, 'an http(s) or mailto address or a site path; javascript: and data: links can run code')
      .describe('Absolute URL or site-relative path.'),
    /** Link text per locale. */
    title: LocalizedSchema.describe('Link text per locale.'),
  })
  .describe('A related link.');

/**
 * What an error looks like on the wire, for the examples on code pages:
 * one template per form of answer (JSON, plain text). A string value that
 * is exactly one placeholder takes the value's type (number, boolean), and
 * a field or header whose placeholder has no value is left out.
 * Placeholders: `{code}`, `{message}` (the code's title in the source
 * locale), `{retryable}` (true for after-wait and backoff), `{retryAfter}`
 * (the code's `retry.after`, only where it is retryable).
 */
export const ResponseTemplateSchema = z
  .strictObject({
    /** Phase ids that answer in this form; every phase when left out. */
    phases: z.array(z.string()).optional().describe('Phase ids that answer in this form; every phase when left out.'),
    /** What sets this form apart, per locale ("with json=1"); the example's caption. */
    label: LocalizedSchema.optional().describe('What sets this form apart, per locale, e.g. { en: "with json=1" }.'),
    /** Response headers. */
    headers: z.record(z.string(), z.string()).default({}).describe('Response headers, with placeholders.'),
    /** The body: a JSON object, or text for a plain-text answer. */
    body: z.union([z.string(), z.record(z.string(), z.unknown())]).describe('The body: a JSON object, or text; with placeholders.'),
  })
  .describe('One form of error response, with placeholders.');

export const ProviderSchema = z
  .strictObject({
    $schema: z.string().optional(),
    /** URL segment; must equal the folder name. */
    id: ProviderIdSchema.describe('URL segment, kebab-case; equals the folder name.'),
    /** Display name: one string, or one per locale where the name is translated. */
    name: z
      .union([z.string().min(1), LocalizedSchema])
      .describe('Display name: "CapMonster Cloud", or one per locale: { en: Unified gateway, ru: Единый шлюз }.'),
    /** How an error reaches the client. */
    apiStyle: z
      .enum(['status-200-body', 'http-status'])
      .describe('status-200-body: HTTP 200 with the code in the body; http-status: an HTTP error status.'),
    /** Example of the error body the client sees, shown on pages as-is. */
    errorShape: z.string().optional().describe('An example error response body.'),
    /** One paragraph per locale about the provider. */
    summary: LocalizedSchema.describe('About this provider, per locale (Markdown).'),
    /** Phases or endpoints; codes refer to them by id. */
    phases: z.array(PhaseSchema).min(1).describe('Phases or endpoints that return errors.'),
    /** Links about the provider (docs, dashboard). */
    links: z.array(LinkSchema).default([]).describe('Links about the provider.'),
    /** How errors look on the wire; code pages show each code in these forms. */
    responses: z.array(ResponseTemplateSchema).default([]).describe('Error response templates, one per form of answer.'),
    /**
     * Where the API itself says how long to wait, on every code a program
     * may send again (after-wait, backoff): a body field and/or a header.
     * Its value wins over the catalog's `retry.after`, which is then the usual wait.
     */
    retryAfter: z
      .strictObject({
        field: z.string().min(1).optional().describe('Body field with the wait in seconds, e.g. retryAfter.'),
        header: z.string().min(1).optional().describe('Header with the wait in seconds, e.g. Retry-After.'),
      })
      .optional()
      .describe('Where a retryable error response says how long to wait.'),
    /**
     * Hosts that texts of one locale may link to although other locales link
     * elsewhere (a localized help centre). Keys are locale ids.
     */
    localeHosts: z
      .record(z.string(), z.array(z.string()))
      .default({})
      .describe('Per locale, extra hosts its texts may link to instead of the source locale\'s.'),
  })
  .describe('catalog/<provider>/provider.yaml');

export const RETRY_POLICIES = ['never', 'after-fix', 'after-wait', 'poll', 'backoff'] as const;
export const CATEGORIES = ['auth', 'balance', 'input', 'task', 'proxy', 'capacity', 'server', 'polling'] as const;
export const FACT_UNITS = [
  'byte',
  'kilobyte',
  'megabyte',
  'millisecond',
  'second',
  'minute',
  'hour',
  'day',
  'count',
] as const;

export const RetrySchema = z
  .strictObject({
    /**
     * never: do not send again; after-fix: correct the request first;
     * after-wait: send again after `after` seconds; poll: ask again every
     * `after` seconds (not a failure); backoff: send again with growing waits
     * starting at `after`.
     */
    policy: z.enum(RETRY_POLICIES).describe('What a program does next.'),
    /** Seconds to wait before the next attempt (the first wait for backoff). */
    after: z.number().positive().optional().describe('Seconds to wait before the next attempt.'),
    /** For backoff: multiply the wait by this after each failure. */
    factor: z.number().min(1).optional().describe('Backoff multiplier.'),
    /** For backoff: give up after this many attempts. */
    maxAttempts: z.number().int().positive().optional().describe('Attempts before giving up.'),
    /** Why this policy, where sources disagree. */
    decision: z.string().optional().describe('Why this policy was chosen where sources disagree.'),
  })
  .describe('Retry policy a program can act on.');

export const FactSchema = z
  .strictObject({
    /** The number, in `unit`: a size, duration or count, never below 0. */
    value: z.number().min(0).describe('The number, 0 or more.'),
    /** Unit of `value`. */
    unit: z.enum(FACT_UNITS).describe('Unit of the value.'),
    /** What the number is, per locale: "Largest image". Shown in the facts table. */
    label: LocalizedSchema.optional().describe('What the number is, per locale, e.g. { en: "Largest image" }.'),
    /** Why this value, where sources disagree. */
    decision: z.string().optional().describe('Why this value was chosen where sources disagree.'),
  })
  .describe('A named quantity texts can cite as {name}.');

/** The longest text field, in characters: longer is a mistake (a pasted file), not a description. */
export const MAX_TEXT = 20_000;

export const TextSchema = z
  .strictObject({
    /** A few words. */
    title: z.string().min(1).max(200).optional().describe('A few words naming the error; pages fall back to the provider\'s display name, then the code.'),
    /** What happened (Markdown). */
    summary: z.string().min(1).max(MAX_TEXT).describe('What happened (Markdown).'),
    /** Why it happens (Markdown). */
    cause: z.string().min(1).max(MAX_TEXT).optional().describe('Why it happens (Markdown).'),
    /** What to do (Markdown). */
    action: z.string().min(1).max(MAX_TEXT).optional().describe('What to do (Markdown).'),
    /**
     * For translations: the hash of the source-locale text this was
     * translated from (`npx errcat stamp` writes it).
     */
    source: z
      .string()
      .regex(/^[0-9a-f]{8}$/, '8 hex digits written by "errcat stamp"')
      .optional()
      .describe('Hash of the source-locale text this translation was made from.'),
    /** Where an imported text came from: "path/to/page.md:37". */
    origin: z.string().optional().describe('The page and line an imported text was read from.'),
    /**
     * For imported texts: the hash of the summary as `errcat import` wrote
     * it. A summary that no longer has this hash was edited by hand, and the
     * next import replaces it only with --overwrite.
     */
    imported: z
      .string()
      .regex(/^[0-9a-f]{8}$/, '8 hex digits written by "errcat import"')
      .optional()
      .describe('Hash of the summary as errcat import wrote it; a summary that differs was edited by hand.'),
  })
  .describe('The texts of one code in one locale.');

export const TEXT_FIELDS = ['title', 'summary', 'cause', 'action'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export const DecisionSchema = z
  .strictObject({
    /** The field or text the decision is about: "texts.zh.summary", "facts.maxBytes". */
    about: z.string().min(1).describe('What the decision is about, as a field path.'),
    /** What the sources say and what was chosen, and why. */
    note: z.string().min(1).describe('What the sources say, what was chosen, and why.'),
  })
  .describe('A recorded decision where sources disagree.');

export const CodeSchema = z
  .strictObject({
    /** Exactly as the API returns it. */
    code: CodeIdSchema,
    /** Other strings the API returns for the same error. */
    aliases: z.array(CodeIdSchema).default([]).describe('Other codes the API returns for the same error.'),
    /** The provider's own display name, e.g. NO FUNDS. */
    name: z.string().optional().describe('The provider\'s own display name, e.g. "NO FUNDS".'),
    /** HTTP status the client sees. */
    http: z.number().int().describe('HTTP status the client sees.'),
    category: z.enum(CATEGORIES).describe('Kind of error.'),
    /** Phase ids from provider.yaml. */
    phases: z.array(z.string()).min(1).describe('Phases or endpoints (ids from provider.yaml) that return it.'),
    retry: RetrySchema,
    /** Named quantities; texts cite them as {name}. */
    facts: z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'camelCase'), FactSchema).default({}).describe('Named quantities.'),
    /**
     * The same error at other providers: "provider/CODE". An equivalent is
     * returned for the same condition, so it shares the category and what a
     * program does next (equivalent-drift warns where they differ).
     */
    equivalents: z
      .array(CodeRefSchema)
      .default([])
      .describe('The same error (the same condition) at other providers, as "provider/CODE".'),
    /**
     * Codes that overlap without being the same condition: one covers only
     * part of the other (a missing `pageurl` against any missing field), or
     * they share a cause but not the condition (a proxy that cannot reach
     * the target site against one that refuses the connection). Pages list
     * them as related codes. Listed on both codes, like equivalents.
     */
    related: z
      .array(CodeRefSchema)
      .default([])
      .describe('Codes that overlap with this one but are not the same condition, as "provider/CODE"; shown as related codes.'),
    links: z.array(LinkSchema).default([]).describe('Related links.'),
    /** Version or date the code first appeared. */
    since: z.string().optional().describe('Version or date the code first appeared.'),
    /**
     * The day the code's texts last changed in meaning (YYYY-MM-DD); code
     * pages show it. Set it when you change what a text says.
     */
    updated: z.iso.date().optional().describe('Day the texts last changed in meaning, YYYY-MM-DD.'),
    /** A code is never deleted: it is marked deprecated and its page stays. */
    deprecated: z
      .strictObject({
        since: z.string().optional(),
        reason: LocalizedSchema,
        replacement: CodeIdSchema.optional(),
      })
      .optional()
      .describe('No longer returned: why, and what replaces it.'),
    decisions: z.array(DecisionSchema).default([]).describe('Decisions where the sources disagree.'),
    /** Texts per locale id. */
    texts: z.record(z.string(), TextSchema).describe('Texts per locale.'),
  })
  .describe('One error code.');

export const ErrorsFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    codes: z.array(CodeSchema).describe('Every code of the provider.'),
  })
  .describe('catalog/<provider>/errors.yaml');

export const BaselineSchema = z
  .strictObject({
    $schema: z.string().optional(),
    accepted: z
      .array(
        z.strictObject({
          check: z.string().min(1).describe('Check id.'),
          provider: z.string().optional(),
          code: z.string().optional(),
          locale: z.string().optional().describe('One of the locales the finding names.'),
          reason: z.string().min(1).describe('Why this finding is accepted.'),
        }),
      )
      .default([]),
  })
  .describe('catalog/baseline.yaml: accepted findings, each with a reason.');

export type Site = z.output<typeof SiteSchema>;
export type Locale = z.output<typeof LocaleSchema>;
export type Provider = z.output<typeof ProviderSchema>;
export type Phase = z.output<typeof PhaseSchema>;
export type Link = z.output<typeof LinkSchema>;
export type ResponseTemplate = z.output<typeof ResponseTemplateSchema>;
export type Retry = z.output<typeof RetrySchema>;
export type RetryPolicy = (typeof RETRY_POLICIES)[number];
export type Category = (typeof CATEGORIES)[number];
export type Fact = z.output<typeof FactSchema>;
export type FactUnit = (typeof FACT_UNITS)[number];
export type Text = z.output<typeof TextSchema>;
export type Code = z.output<typeof CodeSchema>;
export type ErrorsFile = z.output<typeof ErrorsFileSchema>;
export type Baseline = z.output<typeof BaselineSchema>;

/** Schemas exported as JSON Schema into catalog/schema/ (file name -> schema). */
export const JSON_SCHEMAS = {
  'site.schema.json': SiteSchema,
  'provider.schema.json': ProviderSchema,
  'errors.schema.json': ErrorsFileSchema,
  'baseline.schema.json': BaselineSchema,
} as const;
