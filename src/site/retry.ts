/**
 * Retry advice in plain words, from a code's machine value, its category
 * and where its provider's responses give the wait: the box on each code
 * page, the guide's tables and the comments of the code snippets say the
 * same. Strings are inline Markdown (field names in code spans).
 */
import type { TFunction } from 'i18next';
import type { Category, Provider, Retry } from '../catalog/schema.ts';
import { formatNumber, formatSeconds, type FormatOptions } from '../i18n/format.ts';

/** What the advice needs of a code. */
export interface RetryOf {
  retry: Retry;
  category: Category;
}

/** What the advice needs of the reader's locale. */
export interface AdviceLocale {
  t: TFunction;
  lang: string;
  format: FormatOptions;
}

/** Policies after which a program sends the same request again (the gateway's `retryable`). */
export function retryable(retry: Retry): boolean {
  return retry.policy === 'after-wait' || retry.policy === 'backoff';
}

/** Where the response gives the wait for this code, as inline Markdown ("`retryAfter` or the `Retry-After` header"), if it does. */
export function serverWait(retry: Retry, server: Provider['retryAfter'], { t }: AdviceLocale): string | undefined {
  if (!server || !retryable(retry)) return undefined;
  if (server.field && server.header) return t('retry.where.both', { field: server.field, header: server.header });
  if (server.field) return t('retry.where.field', { field: server.field });
  if (server.header) return t('retry.where.header', { header: server.header });
  return undefined;
}

/** The first sentence: whether to send again, said for this kind of error. */
function verdict(code: RetryOf, where: string | undefined, loc: AdviceLocale): string {
  const { policy, after } = code.retry;
  const wait = after !== undefined ? formatSeconds(after, loc.lang, loc.format) : undefined;
  const base = `retry.advice.${policy}`;
  if (where) return loc.t(wait ? `${base}.fromResponse` : `${base}.fromResponse.nowait`, { where, after: wait });
  const keys = wait ? [`${base}.${code.category}`, base] : [`${base}.${code.category}.nowait`, `${base}.nowait`, `${base}.${code.category}`, base];
  return loc.t(keys, { after: wait });
}

/** Advice for one code, every parameter of its machine value in words. */
export function retryAdvice(code: RetryOf, server: Provider['retryAfter'], loc: AdviceLocale): string {
  const { t, lang } = loc;
  const where = serverWait(code.retry, server, loc);
  const sentences = [verdict(code, where, loc)];
  const { factor, maxAttempts, policy, after } = code.retry;
  // A wait after the fix (an IP ban's minutes) is part of the policy: say it.
  if (policy === 'after-fix' && after !== undefined) sentences.push(t('retry.advice.afterFix', { after: formatSeconds(after, lang, loc.format) }));
  if (factor !== undefined) sentences.push(t('retry.advice.factor', { factor: formatNumber(factor, lang) }));
  if (maxAttempts !== undefined) sentences.push(t('retry.advice.maxAttempts', { count: maxAttempts, n: formatNumber(maxAttempts, lang) }));
  if (retryable(code.retry)) {
    const persist = t(`retry.persist.${code.category}`, { defaultValue: '' });
    if (persist) sentences.push(persist);
  }
  return sentences.join(t('sentence.space'));
}

/** Short label for tables: "after a wait (5 s)". */
export function retryShort(retry: Retry, t: TFunction, lang: string, format: FormatOptions = {}): string {
  const label = t(`retry.short.${retry.policy}`);
  if (retry.after === undefined || retry.policy === 'never' || retry.policy === 'after-fix') return label;
  return t('retry.short.with', { label, after: formatSeconds(retry.after, lang, format) });
}

/** The machine value as a program reads it in /api/v1/: `{"policy":"backoff","after":10,"factor":2,"maxAttempts":3}`. */
export function machineValue(retry: Retry): string {
  const { decision: _decision, ...value } = retry;
  return JSON.stringify(value);
}
