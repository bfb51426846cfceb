/**
 * The catalog's schema: one zod schema per file kind, each in its own file
 * under schema/ and gathered here with their types. Every field carries a
 * JSDoc comment and a `.describe()` text; the describe text is what editors
 * show on hover once `npx errcat schema` has exported these schemas as JSON
 * Schema into `catalog/schema/`.
 *
 * Objects are strict: an unknown field is a finding (with "did you mean").
 */
import { z } from 'zod';
import { SiteSchema, type LocaleSchema } from './schema/site.ts';
import { ProviderSchema, type LinkSchema, type PhaseSchema, type ResponseTemplateSchema } from './schema/provider.ts';
import { ErrorsFileSchema, type CATEGORIES, type CodeSchema, type FACT_UNITS, type FactSchema, type RETRY_POLICIES, type RetrySchema, type TextSchema } from './schema/code.ts';

export { CodeIdSchema, CodeRefSchema, FORMAT_HINTS, LocaleIdSchema, LocalizedSchema, ProviderIdSchema } from './schema/common.ts';
export { LocaleSchema, SiteSchema } from './schema/site.ts';
export { LinkSchema, PhaseSchema, ProviderSchema, ResponseTemplateSchema } from './schema/provider.ts';
export { CATEGORIES, CodeSchema, DecisionSchema, ErrorsFileSchema, FACT_UNITS, FactSchema, MAX_TEXT, RETRY_POLICIES, RetrySchema, TEXT_FIELDS, TextSchema, type TextField } from './schema/code.ts';

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
