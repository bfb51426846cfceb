/**
 * Schema validation of one value of a catalog file: each zod issue becomes a
 * finding of the `schema` check at the offending value's position, worded
 * for the person editing the file ("did you mean" for misspelt fields and
 * values).
 */
import type { z } from 'zod';
import { closest, distance } from 'fastest-levenshtein';
import type { Finding, Position } from './finding.ts';
import { fieldsAt, jsonSchemaOf } from './json-schema.ts';
import { FORMAT_HINTS } from './schema.ts';
import { keyPosition, positionOf, type ParsedFile, type PathSeg } from './yaml-file.ts';

export interface About {
  provider?: string;
  code?: string;
}

export function schemaFinding(file: ParsedFile, where: PathSeg[] | Position, message: string, hint: string, about: About): Finding {
  const pos = Array.isArray(where) ? positionOf(file, where) : where;
  return { check: 'schema', severity: 'error', ...pos, ...about, locales: [], message, hint };
}

/**
 * Validates the value at `base` with `schema`; turns each issue into a
 * finding at the offending value's position. Returns the parsed value, or
 * undefined when it is invalid.
 */
export function validate<T>(file: ParsedFile, base: PathSeg[], schema: z.ZodType<T>, findings: Finding[], about: About): T | undefined {
  // From the whole document's plain data, so that YAML anchors and aliases resolve.
  const input = valueAt(file.data, base);
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const issuePath = [...base, ...(issue.path as PathSeg[])];
    const label = fieldLabel(issue.path as PathSeg[]);
    if (issue.code === 'unrecognized_keys') {
      const known = fieldsAt(jsonSchemaOf(schema), issue.path as PathSeg[]);
      for (const key of issue.keys) {
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

/** The value at a path of plain data; own properties only, so "constructor" or "__proto__" in a path finds nothing. */
export function valueAt(root: unknown, p: PathSeg[]): unknown {
  let v = root;
  for (const seg of p) v = v !== null && typeof v === 'object' && Object.hasOwn(v, seg) ? (v as Record<PathSeg, unknown>)[seg] : undefined;
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
    case 'invalid_format': {
      const rule = issue.message.replace(/^Invalid (string|URL): /i, '');
      return `${what} ${rule.startsWith('must ') ? rule : `must be ${rule}`}; it is ${show(value)}.`;
    }
    case 'too_small':
      if (issue.origin === 'number') return `${what} must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}; it is ${show(value)}.`;
      return `${what} is too short or too small: ${issue.message.replace(/^Too small: /, '')}.`;
    case 'custom':
      // A rule's own sentence, or what a refined field must be.
      return issue.params?.sentence ? issue.message : `${what} must be ${issue.message}; it is ${show(value)}.`;
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
  const own = (issue as { params?: { hint?: unknown } }).params?.hint;
  if (typeof own === 'string') return own;
  switch (issue.code) {
    case 'invalid_format': {
      const hint = issue.format === 'regex' ? FORMAT_HINTS.get((issue as { pattern?: string }).pattern ?? '') : undefined;
      if (hint) return hint;
      break;
    }
    case 'too_small':
      if (issue.origin === 'number') return `Write a number of ${issue.inclusive ? '' : 'more than '}${issue.minimum}${issue.inclusive ? ' or more' : ''}.`;
      break;
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
  }
  return 'See the catalog format in the README, or let your editor validate against catalog/schema/.';
}
