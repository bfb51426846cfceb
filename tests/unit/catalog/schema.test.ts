import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { JSON_SCHEMAS, CATEGORIES, RETRY_POLICIES } from '../../../src/catalog/schema.ts';
import { jsonSchemaText } from '../../../src/cli/schema.ts';

describe('the catalog schema', () => {
  it('is committed as JSON Schema, up to date with src/catalog/schema.ts', () => {
    for (const name of Object.keys(JSON_SCHEMAS) as (keyof typeof JSON_SCHEMAS)[]) {
      expect(readFileSync(`catalog/schema/${name}`, 'utf8'), `run npx errcat schema to regenerate ${name}`).toBe(jsonSchemaText(name));
    }
  });

  it('documents every field for editors', () => {
    const errors = JSON.parse(jsonSchemaText('errors.schema.json'));
    const code = errors.properties.codes.items;
    for (const field of ['code', 'aliases', 'http', 'category', 'phases', 'retry', 'facts', 'equivalents', 'texts']) {
      expect(code.properties[field].description, field).toBeTruthy();
    }
    expect(code.additionalProperties).toBe(false);
  });

  it('has a CSS filter rule for every category and retry policy', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    for (const c of CATEGORIES) expect(css).toContain(`#cat-${c}:checked) tbody tr:not([data-category="${c}"])`);
    for (const r of RETRY_POLICIES) expect(css).toContain(`#retry-${r}:checked) tbody tr:not([data-retry="${r}"])`);
  });
});
