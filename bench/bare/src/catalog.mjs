// Reads the catalog folder in BARE_CATALOG with the `yaml` package: no
// validation, no positions, no checks.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

let cached;
export function catalog() {
  if (cached) return cached;
  const dir = process.env.BARE_CATALOG;
  if (!dir) throw new Error('Set BARE_CATALOG to the catalog folder.');
  const site = parse(readFileSync(path.join(dir, 'site.yaml'), 'utf8'));
  const providers = site.providers.map((id) => ({
    ...parse(readFileSync(path.join(dir, id, 'provider.yaml'), 'utf8')),
    codes: parse(readFileSync(path.join(dir, id, 'errors.yaml'), 'utf8')).codes,
  }));
  cached = { site, providers, locales: site.locales.map((l) => l.id) };
  return cached;
}
