/**
 * A code as the API returns it: the provider's response templates
 * (provider.yaml `responses`) filled with the code, its status and retry
 * fields, one example per form of answer (JSON, plain text) that the code's
 * phases use. The code and its message are left as placeholder tokens, so
 * the highlighter sees one template for every code of the same shape.
 */
import { STATUS_CODES } from 'node:http';
import type { Code, Provider, ResponseTemplate } from '../catalog/schema.ts';
import { retryable } from './retry.ts';

/** Placeholder tokens of the examples: whole tokens inside JSON strings or plain text. */
export const CODE_TOKEN = 'ERRCATCODE';
const MESSAGE_TOKEN = 'ERRCATMESSAGE';

export interface WireExample {
  /** The template's label, per locale ("with json=1"). */
  label?: Record<string, string>;
  /** The code's phases that answer in this form. */
  phases: string[];
  /** An HTTP response (status line, headers, body) with placeholder tokens. */
  template: string;
  /** What the tokens stand for, as they appear in the response. */
  values: Record<string, string>;
}

type Value = string | number | boolean;

/** The values a template may name; `undefined` ones leave their field out. */
function valuesOf(code: Pick<Code, 'retry'>): Record<string, Value | undefined> {
  const again = retryable(code.retry);
  return {
    code: CODE_TOKEN,
    message: MESSAGE_TOKEN,
    retryable: again,
    retryAfter: again ? code.retry.after : undefined,
  };
}

const WHOLE = /^\{([A-Za-z]+)\}$/;
const ANY = /\{([A-Za-z]+)\}/g;

/** A string with placeholders: one whole placeholder keeps its value's type (or drops out); others are replaced as text. */
function fillValue(text: string, values: Record<string, Value | undefined>): Value | undefined {
  const whole = WHOLE.exec(text);
  if (whole && whole[1]! in values) return values[whole[1]!];
  return text.replace(ANY, (all, name: string) => (name in values ? String(values[name] ?? '') : all));
}

function fillJson(value: unknown, values: Record<string, Value | undefined>): unknown {
  if (typeof value === 'string') return fillValue(value, values);
  if (Array.isArray(value)) return value.map((v) => fillJson(v, values)).filter((v) => v !== undefined);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const filled = fillJson(v, values);
      if (filled !== undefined) out[k] = filled;
    }
    return out;
  }
  return value;
}

function response(template: ResponseTemplate, http: number, values: Record<string, Value | undefined>): string {
  const lines = [`HTTP/1.1 ${http} ${STATUS_CODES[http] ?? ''}`.trimEnd()];
  for (const [name, raw] of Object.entries(template.headers)) {
    const value = fillValue(raw, values);
    if (value !== undefined && value !== '') lines.push(`${name}: ${value}`);
  }
  const body = typeof template.body === 'string' ? String(fillValue(template.body, values) ?? '') : JSON.stringify(fillJson(template.body, values), null, 2);
  return `${lines.join('\n')}\n\n${body}`;
}

/** The phases of `code` a template applies to. */
function phasesFor(template: ResponseTemplate, code: Pick<Code, 'phases'>): string[] {
  return template.phases ? code.phases.filter((p) => template.phases!.includes(p)) : code.phases;
}

/** Every form in which the API returns `code`; `message` is the code's title in the source locale. */
export function wireExamples(provider: Pick<Provider, 'responses'>, code: Pick<Code, 'code' | 'http' | 'phases' | 'retry'>, message: string): WireExample[] {
  const values = valuesOf(code);
  const shown = { [CODE_TOKEN]: code.code, [MESSAGE_TOKEN]: JSON.stringify(message).slice(1, -1) };
  return provider.responses.flatMap((template) => {
    const phases = phasesFor(template, code);
    if (!phases.length) return [];
    return [{ label: template.label, phases, template: response(template, code.http, values), values: shown }];
  });
}

/** How a program finds the code in a response: the JSON field the templates put `{code}` in, or the plain-text body. */
export interface WireShape {
  /** JSON field holding the code; undefined when the API answers in plain text only. */
  codeField?: string;
  /** JSON field holding a readable message, if any. */
  messageField?: string;
}

export function wireShape(provider: Pick<Provider, 'responses'>): WireShape {
  for (const t of provider.responses) {
    if (typeof t.body === 'string') continue;
    const entries = Object.entries(t.body);
    const codeField = entries.find(([, v]) => v === '{code}')?.[0];
    if (codeField) return { codeField, messageField: entries.find(([, v]) => v === '{message}')?.[0] };
  }
  return {};
}
