/**
 * The catalog's schema: one zod schema per file kind. Every field carries a
 * JSDoc comment and a `.describe()` text; the describe text is what editors
 * show on hover once `npm run schema` has exported these schemas as JSON
 * Schema into `catalog/schema/`.
 *
 * Objects are strict: an unknown field is a finding (with "did you mean").
 */
import { z } from 'zod';
import { isSafeHref } from './safe-href.ts';

/** A BCP-47-ish locale id as used in URLs: `en`, `ru`, `zh`, `pt-br`. */
export const LocaleIdSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/, 'a lower-case locale id such as "en" or "pt-br"')
  .describe('Locale id as used in URLs, lower case: "en", "ru", "zh".');

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
    /** The `lang` attribute and Intl locale; defaults to the id. */
    lang: z.string().optional().describe('HTML lang / Intl locale tag; defaults to id.'),
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
    url: z.url().describe('Absolute URL the site is published at, e.g. https://errors.example.com'),
    /** Published locales, in switcher order. */
    locales: z.array(LocaleSchema).min(1).describe('Published languages, in switcher order.'),
    /** The locale texts are written in first; translations are checked against it. */
    sourceLocale: LocaleIdSchema.describe('Locale that translations are made from.'),
    /** Where `/` and short links send a reader whose browser prefers no published locale. */
    defaultLocale: LocaleIdSchema.describe('Locale for readers whose browser prefers none of ours.'),
    /** Provider folders to publish, in display order. */
    providers: z.array(z.string()).min(1).describe('Provider folder names, in display order.'),
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
     * The API's own OpenAPI document per provider (a path relative to the
     * catalog folder): every check and build compares the provider's codes
     * and HTTP statuses with what the spec says the API returns.
     */
    openapi: z
      .record(z.string(), z.string().min(1))
      .optional()
      .describe('OpenAPI document per provider id, relative to the catalog folder; the check compares codes and HTTP statuses with it.'),
  })
  .describe('catalog/site.yaml: the site, its languages and providers.');

export const PhaseSchema = z
  .strictObject({
    /** The phase or endpoint name as the API calls it: createTask, in.php. */
    id: z.string().min(1).describe('Phase or endpoint as the API names it: createTask, in.php.'),
    /** What happens in this phase, per locale. */
    summary: LocalizedSchema.describe('What the client does in this phase, per locale.'),
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

export const ProviderSchema = z
  .strictObject({
    $schema: z.string().optional(),
    /** URL segment; must equal the folder name. */
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case, e.g. "capmonster-cloud"')
      .describe('URL segment, kebab-case; equals the folder name.'),
    /** Display name: CapMonster Cloud. */
    name: z.string().min(1).describe('Display name.'),
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
    /** The number, in `unit`. */
    value: z.number().describe('The number.'),
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
