/**
 * Schema validation of catalog files: each zod issue becomes a finding of
 * the `schema` check at the offending value's position, in the
 * maintainer's terms (what is wrong, "did you mean", what to write).
 */
import { z } from 'zod';
import { closest, distance } from 'fastest-levenshtein';
import type { Finding, Position } from '../checks/finding.ts';
import { keyPosition, positionOf, type ParsedFile, type PathSeg } from './parsed-file.ts';

export function schemaFinding(
  file: ParsedFile,
  where: PathSeg[] | Position,
  message: string,
  hint: string,
  about: { provider?: string; code?: string },
): Finding {
  const pos = Array.isArray(where) ? positionOf(file, where) : where;
  return { check: 'schema', severity: 'error', ...pos, ...about, locales: [], message, hint };
}

/**
 * Validates the value at `base` with `schema`; turns each issue into a
 * finding at the offending value's position. Returns the parsed value, or
 * undefined when it is invalid.
 */
export function validate<T>(
  file: ParsedFile,
  base: PathSeg[],
  schema: z.ZodType<T>,
  findings: Finding[],
  about: { provider?: string; code?: string },
): T | undefined {
  // From the whole document's plain data, so that YAML anchors and aliases resolve.
  const input = valueAt(file.data, base);
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const issuePath = [...base, ...(issue.path as PathSeg[])];
    const label = fieldLabel(issue.path as PathSeg[]);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const known = knownKeys(schema, issue.path as PathSeg[]);
        const guess = known.length ? closest(key, known) : undefined;
        const near = guess && similar(key, guess);
        findings.push(
          schemaFinding(file, keyPosition(file, issuePath, key), `Unknown field "${key}"${label ? ` in ${label}` : ''}.`, near ? `Did you mean "${guess}"?` : `Remove it; the fields here are: ${known.join(', ')}.`, about),
        );
      }
      continue;
    }
    const value = valueAt(input, issue.path as PathSeg[]);
    findings.push(schemaFinding(file, issuePath, describeIssue(issue, label, value), hintFor(issue, value, label), about));
  }
  return undefined;
}

function valueAt(root: unknown, p: PathSeg[]): unknown {
  let v = root;
  for (const seg of p) v = v && typeof v === 'object' ? (v as Record<PathSeg, unknown>)[seg] : undefined;
  return v;
}

function fieldLabel(p: PathSeg[]): string {
  return p.map((s) => (typeof s === 'number' ? `[${s}]` : s)).join('.').replace(/\.\[/g, '[');
}

/** Close enough to be a typo: a few edits, or one is a prefix of the other. */
function similar(a: string, b: string): boolean {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  return distance(la, lb) <= Math.max(2, Math.floor(Math.max(la.length, lb.length) / 3)) || lb.startsWith(la) || la.startsWith(lb);
}

function show(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'empty (null)';
  if (typeof v === 'string') return `the string "${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `${typeof v} ${String(v)}`;
}

function describeIssue(issue: z.core.$ZodIssue, label: string, value: unknown): string {
  const what = label || 'The file';
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `${what} is missing.`;
      return `${what} must be ${article(issue.expected)}; it is ${show(value)}.`;
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return `${what} must be one of ${allowed}; it is ${show(value)}.`;
    }
    case 'invalid_format':
      return `${what} ${issue.message.replace(/^Invalid string: /, 'must be ')}; it is ${show(value)}.`;
    case 'too_small':
      return `${what} is too short or too small: ${issue.message.replace(/^Too small: /, '')}.`;
    case 'too_big':
      return `${what} is too long or too large: ${issue.message.replace(/^Too big: /, '')}.`;
    case 'invalid_union':
      return `${what} has an unexpected form; it is ${show(value)}.`;
    default:
      return `${what}: ${issue.message}.`;
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function hintFor(issue: z.core.$ZodIssue, value: unknown, label: string): string {
  switch (issue.code) {
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const guess = typeof value === 'string' ? closest(value, allowed) : undefined;
      return guess && similar(value as string, guess) ? `Did you mean "${guess}"?` : `Use one of: ${allowed.join(', ')}.`;
    }
    case 'invalid_type':
      if (value === undefined) return `Add ${label.split('.').pop()}: (${article(issue.expected)}); see the catalog format in the README.`;
      return issue.expected === 'number'
        ? 'Write a number without quotes.'
        : issue.expected === 'string'
          ? 'Write text; quote it if YAML reads it as something else (a number, true, a date).'
          : `Write ${article(issue.expected)} here; see catalog/schema/ for the format.`;
    default:
      return 'See the catalog format in the README, or let your editor validate against catalog/schema/.';
  }
}

/** The fields a strict object schema knows at `p` (for "did you mean"). */
function knownKeys(schema: z.ZodType, p: PathSeg[]): string[] {
  let s: unknown = schema;
  const unwrap = (x: unknown): unknown => {
    let cur = x as { def?: { type?: string; innerType?: unknown; options?: unknown[] } };
    while (cur?.def && ['optional', 'default', 'nullable', 'prefault', 'pipe', 'readonly'].includes(cur.def.type!)) {
      cur = (cur.def.innerType ?? (cur.def as { in?: unknown }).in) as typeof cur;
    }
    if (cur?.def?.type === 'union') cur = cur.def.options?.[0] as typeof cur;
    return cur;
  };
  s = unwrap(s);
  for (const seg of p) {
    const def = (s as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown; valueType?: unknown } }).def;
    if (!def) return [];
    if (def.type === 'object') s = def.shape?.[seg as string];
    else if (def.type === 'array') s = def.element;
    else if (def.type === 'record') s = def.valueType;
    else return [];
    s = unwrap(s);
  }
  const shape = (s as { def?: { shape?: Record<string, unknown> } })?.def?.shape;
  return shape ? Object.keys(shape).filter((k) => k !== '$schema') : [];
}
