/** The catalog's zod schemas as JSON Schema: what editors validate against, and where the loader finds the fields it suggests. */
import { z } from 'zod';

export type JsonSchema = {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  [key: string]: unknown;
};

const made = new WeakMap<z.ZodType, JsonSchema>();

/** The JSON Schema of what a file may contain (the input side: defaults make fields optional). */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  let json = made.get(schema);
  if (!json) made.set(schema, (json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema));
  return json;
}

/** The field names a JSON Schema allows at `path` (for "did you mean"); [] where it names none. */
export function fieldsAt(schema: JsonSchema, path: readonly (string | number)[]): string[] {
  let node: JsonSchema | undefined = objectLike(schema);
  for (const seg of path) {
    if (!node) return [];
    const next: JsonSchema | boolean | undefined =
      typeof seg === 'number' ? node.items : (node.properties && Object.hasOwn(node.properties, seg) ? node.properties[seg] : node.additionalProperties);
    node = typeof next === 'object' ? objectLike(next) : undefined;
  }
  return node?.properties ? Object.keys(node.properties).filter((k) => k !== '$schema') : [];
}

/** Of a union, the first alternative that holds fields or items. */
function objectLike(node: JsonSchema): JsonSchema | undefined {
  if (node.properties || node.items || typeof node.additionalProperties === 'object') return node;
  for (const alt of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]) {
    const found = objectLike(alt);
    if (found) return found;
  }
  return node;
}
