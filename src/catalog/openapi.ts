/**
 * The error codes an API's own OpenAPI document says it returns (OpenAPI
 * 3.0/3.1 and Swagger 2.0, YAML or JSON, `$ref`s across files): `$ref`s are
 * resolved by @apidevtools/json-schema-ref-parser (local files only), then
 * every operation's responses are read for codes: an `enum` or `const` of a
 * code property (`code`, `error`, `errorCode`, `error_code`), `const`s under
 * `oneOf`/`anyOf`, and the examples of the responses. Each code keeps the
 * HTTP statuses and operations it appears under, a description, and the
 * file:line where the spec first names it. Shared by `errcat import
 * openapi`, `errcat check --openapi` and the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { $RefParser } from '@apidevtools/json-schema-ref-parser';
import { isScalar, LineCounter, parseDocument, visit } from 'yaml';
import { CatalogLoadError } from './load.ts';
import { CodeIdSchema } from './schema.ts';

export interface SpecCode {
  code: string;
  /** HTTP statuses of the responses it appears under, in spec order (none for `default` or `4XX`). */
  statuses: number[];
  /** Operations that return it: the operationId, else "METHOD /path". */
  operations: string[];
  /** The spec's words for it: the const's or example's own, else the response's description. */
  description?: string;
  /** Where the spec first names it. */
  file: string;
  line: number;
  column: number;
}

export interface SpecOperation {
  id: string;
  summary?: string;
}

export interface Spec {
  file: string;
  /** "3.1.0", "2.0". */
  version: string;
  title?: string;
  operations: SpecOperation[];
  codes: SpecCode[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const CODE_PROPERTY = /^(code|error|error_?code|errcode)$/i;
/** In a 2xx response only a property that says "error" holds error codes. */
const ERROR_PROPERTY = /error/i;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const isCode = (v: unknown): v is string => typeof v === 'string' && CodeIdSchema.safeParse(v).success;
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** Reads a spec; a file that is missing, not YAML/JSON, not OpenAPI, or whose `$ref`s do not resolve is a CatalogLoadError. */
export async function readOpenapi(file: string): Promise<Spec> {
  if (!existsSync(file)) throw new CatalogLoadError(`${file} does not exist.`, { file, line: 0, column: 0 }, 'Name the OpenAPI document (YAML or JSON), relative to the current folder.');
  const parser = new $RefParser();
  let api: Obj;
  try {
    api = (await parser.dereference(path.resolve(file), { resolve: { http: false }, dereference: { circular: 'ignore' } })) as Obj;
  } catch (e) {
    const message = (e as Error).message.split('\n')[0]!;
    throw new CatalogLoadError(`${file} could not be read as an OpenAPI document: ${message}`, { file, line: 1, column: 1 }, 'Check that the file and every file its $refs name are valid YAML or JSON and that each $ref points at something that exists.');
  }
  const version = text(api.openapi) ?? text(api.swagger);
  if (!version || !/^(3\.[01]|2\.0)/.test(version)) {
    throw new CatalogLoadError(`${file} is not an OpenAPI 3.0/3.1 or Swagger 2.0 document (it has no "openapi: 3.x" or "swagger: 2.0").`, { file, line: 1, column: 1 }, 'Name the API description itself, not a schema file it refers to.');
  }
  const found = new Map<string, Omit<SpecCode, 'file' | 'line' | 'column'>>();
  const operations: SpecOperation[] = [];
  for (const [route, item] of Object.entries(isObj(api.paths) ? api.paths : {})) {
    if (!isObj(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!isObj(op)) continue;
      const id = text(op.operationId) ?? `${method.toUpperCase()} ${route}`;
      operations.push({ id, summary: text(op.summary) ?? text(op.description) });
      for (const [status, response] of Object.entries(isObj(op.responses) ? op.responses : {})) {
        if (!isObj(response)) continue;
        const http = /^[1-5]\d\d$/.test(status) ? Number(status) : undefined;
        const property = http !== undefined && http < 400 ? ERROR_PROPERTY : CODE_PROPERTY;
        for (const [code, description] of responseCodes(response, property)) {
          const entry = found.get(code) ?? { code, statuses: [], operations: [], description: undefined };
          if (http !== undefined && !entry.statuses.includes(http)) entry.statuses.push(http);
          if (!entry.operations.includes(id)) entry.operations.push(id);
          entry.description ??= description ?? text(response.description);
          found.set(code, entry);
        }
      }
    }
  }
  const where = positions(parser.$refs.paths(), file, new Set(found.keys()));
  const codes = [...found.values()].map((c) => ({ ...c, ...(where.get(c.code) ?? { file, line: 1, column: 1 }) }));
  return { file, version, title: isObj(api.info) ? text(api.info.title) : undefined, operations, codes };
}

/** Codes (with their own description, if any) in a response's schemas and examples, OpenAPI 3 or Swagger 2. */
function responseCodes(response: Obj, property: RegExp): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  const media = isObj(response.content) ? Object.values(response.content).filter(isObj) : [];
  const schemas = [response.schema, ...media.map((m) => m.schema)];
  const examples = [
    ...media.flatMap((m) => [m.example, ...(isObj(m.examples) ? Object.values(m.examples).map((x) => (isObj(x) ? x.value : undefined)) : [])]),
    ...(isObj(response.examples) ? Object.values(response.examples) : []),
  ];
  const seen = new Set<unknown>();
  for (const s of schemas) schemaCodes(s, property, out, seen);
  for (const e of examples) exampleCodes(e, property, out, new Set());
  return out;
}

/** Walks a schema for code properties; `seen` guards against circular schemas. */
function schemaCodes(schema: unknown, property: RegExp, out: Map<string, string | undefined>, seen: Set<unknown>): void {
  if (!isObj(schema) || seen.has(schema)) return;
  seen.add(schema);
  for (const [name, sub] of Object.entries(isObj(schema.properties) ? schema.properties : {})) {
    if (property.test(name)) propertyCodes(sub, out);
    schemaCodes(sub, property, out, seen);
  }
  for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
    const list = schema[key];
    if (!Array.isArray(list)) continue;
    for (const alt of list) {
      // One alternative per error: its code's const, described by the alternative itself.
      if (isObj(alt) && isObj(alt.properties)) {
        const codeProp = Object.entries(alt.properties).find(([n]) => property.test(n))?.[1];
        if (isObj(codeProp) && isCode(codeProp.const) && !out.has(codeProp.const)) out.set(codeProp.const, text(codeProp.description) ?? text(alt.description) ?? text(alt.title));
      }
      schemaCodes(alt, property, out, seen);
    }
  }
  schemaCodes(schema.items, property, out, seen);
}

/** The codes one code property's schema allows: enum (with x-enum-descriptions), const, consts under oneOf/anyOf. */
function propertyCodes(schema: unknown, out: Map<string, string | undefined>): void {
  if (!isObj(schema)) return;
  if (Array.isArray(schema.enum)) {
    const named = schema['x-enum-descriptions'] ?? schema['x-enumDescriptions'];
    schema.enum.forEach((v, i) => {
      if (!isCode(v) || out.has(v)) return;
      out.set(v, Array.isArray(named) ? text(named[i]) : isObj(named) ? text(named[v]) : undefined);
    });
  }
  if (isCode(schema.const) && !out.has(schema.const)) out.set(schema.const, text(schema.description) ?? text(schema.title));
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const) if (Array.isArray(schema[key])) for (const alt of schema[key]) propertyCodes(alt, out);
}

/** Codes in an example body, with its message as the description. */
function exampleCodes(example: unknown, property: RegExp, out: Map<string, string | undefined>, seen: Set<unknown>): void {
  if (Array.isArray(example)) return example.forEach((e) => exampleCodes(e, property, out, seen));
  if (!isObj(example) || seen.has(example)) return;
  seen.add(example);
  for (const [name, value] of Object.entries(example)) {
    if (property.test(name) && isCode(value)) {
      const message = text(example.message) ?? text(example.detail) ?? text(example.description) ?? text(example.title);
      if (!out.has(value) || (out.get(value) === undefined && message)) out.set(value, message);
    } else exampleCodes(value, property, out, seen);
  }
}

/** Where each code is first written, in the main file first, then the files its $refs name. */
function positions(paths: string[], main: string, codes: Set<string>): Map<string, { file: string; line: number; column: number }> {
  const out = new Map<string, { file: string; line: number; column: number }>();
  const mainPath = path.resolve(main);
  const ordered = [mainPath, ...paths.filter((p) => p !== mainPath)];
  for (const abs of ordered) {
    if (!existsSync(abs)) continue;
    const shown = abs === mainPath ? main : path.relative(process.cwd(), abs);
    const lines = new LineCounter();
    const doc = parseDocument(readFileSync(abs, 'utf8'), { lineCounter: lines });
    visit(doc, {
      Scalar(_key, node) {
        if (isScalar(node) && typeof node.value === 'string' && codes.has(node.value) && !out.has(node.value) && node.range) {
          const { line, col } = lines.linePos(node.range[0]);
          out.set(node.value, { file: shown, line, column: col });
        }
      },
    });
  }
  return out;
}
