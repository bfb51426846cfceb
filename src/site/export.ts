/**
 * The catalog as data for programs: /api/v1/{provider}.json and
 * /api/v1/{provider}/{CODE}.json, described by /api/v1/schema.json. The
 * version field changes only when a field changes meaning or goes away.
 */
import { z } from 'zod';
import { CodeSchema, ProviderSchema } from '../catalog/schema.ts';
import type { Catalog, LoadedCode, LoadedProvider } from '../catalog/load.ts';
import { urls } from '../catalog/urls.ts';

export const EXPORT_VERSION = 1;

const PageUrls = z.record(z.string(), z.url()).describe('The code\'s page per locale; usable as an RFC 9457 problem "type".');

export const ExportCodeSchema = CodeSchema.omit({ decisions: true })
  .extend({
    provider: z.string().describe('Provider id.'),
    pages: PageUrls,
  })
  .describe('One error code, with its texts in every locale (Markdown, {placeholders} unfilled; facts give their values).');

export const ExportProviderSchema = z
  .strictObject({
    version: z.literal(EXPORT_VERSION),
    provider: ProviderSchema.omit({ $schema: true, localeHosts: true }).extend({ page: PageUrls }),
    codes: z.array(ExportCodeSchema),
  })
  .describe('Every code of one provider.');

export const ExportOneSchema = z
  .strictObject({ version: z.literal(EXPORT_VERSION), code: ExportCodeSchema })
  .describe('One code.');

export function exportSchema(base: string): object {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: new URL('/api/v1/schema.json', base).href,
    title: 'errcat catalog export',
    oneOf: [{ $ref: '#/$defs/provider' }, { $ref: '#/$defs/one' }],
    $defs: {
      provider: z.toJSONSchema(ExportProviderSchema, { unrepresentable: 'any' }),
      one: z.toJSONSchema(ExportOneSchema, { unrepresentable: 'any' }),
    },
  };
}

function pages(catalog: Catalog, make: (locale: string) => string): Record<string, string> {
  return Object.fromEntries(catalog.site.locales.map((l) => [l.id, new URL(make(l.id), catalog.site.url).href]));
}

export function exportCode(catalog: Catalog, provider: LoadedProvider, code: LoadedCode): z.output<typeof ExportCodeSchema> {
  const { decisions: _decisions, ...rest } = code;
  return { ...rest, provider: provider.id, pages: pages(catalog, (l) => urls.code(l, provider.id, code.code)) };
}

export function exportProvider(catalog: Catalog, provider: LoadedProvider): z.output<typeof ExportProviderSchema> {
  const { codes, errorsFile: _e, localeHosts: _h, ...rest } = provider;
  return {
    version: EXPORT_VERSION,
    provider: { ...rest, page: pages(catalog, (l) => urls.provider(l, provider.id)) },
    codes: codes.map((c) => exportCode(catalog, provider, c)),
  };
}
