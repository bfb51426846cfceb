/** Exports the zod schemas as JSON Schema, rewriting only files whose content changed. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { JSON_SCHEMAS } from '../catalog/schema.ts';
import { jsonSchemaOf } from '../catalog/json-schema.ts';

export function jsonSchemaText(name: keyof typeof JSON_SCHEMAS): string {
  const schema = jsonSchemaOf(JSON_SCHEMAS[name]);
  return `${JSON.stringify({ ...schema, $comment: 'Generated from src/catalog/schema.ts by `npx errcat schema`; do not edit.' }, null, 2)}\n`;
}

export function writeJsonSchemas(catalogDir: string): string[] {
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
