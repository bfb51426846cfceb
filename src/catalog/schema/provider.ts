/** provider.yaml: a provider, its phases, links and forms of error response. */
import { z } from 'zod';
import { isSafeHref } from '../safe-href.ts';
import { LocalizedSchema, ProviderIdSchema } from './common.ts';

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
