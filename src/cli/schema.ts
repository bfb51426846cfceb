/** Exports the zod schemas as JSON Schema, rewriting only files whose content changed. */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CatalogLoadError } from '../catalog/load.ts';
import { JSON_SCHEMAS } from '../catalog/schema.ts';
import { jsonSchemaOf } from '../catalog/json-schema.ts';

export function jsonSchemaText(name: keyof typeof JSON_SCHEMAS): string {
  const schema = jsonSchemaOf(JSON_SCHEMAS[name]);
  return `${JSON.stringify({ ...schema, $comment: 'Generated from src/catalog/schema.ts by `npx errcat schema`; do not edit.' }, null, 2)}\n`;
}

/** Writes the schemas into <catalog>/schema/ of a catalog folder that exists (a mistyped --catalog is not created). */
export function writeJsonSchemas(catalogDir: string): string[] {
  if (!existsSync(catalogDir) || !statSync(catalogDir).isDirectory())
    throw new CatalogLoadError(`There is no catalog folder at ${catalogDir}.`, { file: catalogDir, line: 0, column: 0 }, 'Pass the folder that holds site.yaml, e.g. --catalog catalog; the schemas go into its schema/ folder.');
  const dir = path.join(catalogDir, 'schema');
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const name of Object.keys(JSON_SCHEMAS) as (keyof typeof JSON_SCHEMAS)[]) {
    const file = path.join(dir, name);
    const text = jsonSchemaText(name);
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
    writeFileSync(file, text);
    written.push(file);
  }
  return written;
}
