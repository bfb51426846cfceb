/** errors.yaml: one provider's codes, each with its retry policy, facts and texts. */
import { z } from 'zod';
import { CodeIdSchema, CodeRefSchema, LocalizedSchema } from './common.ts';
import { LinkSchema } from './provider.ts';

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
