/** Retry advice in plain words, from the machine value. */
import type { TFunction } from 'i18next';
import type { Retry } from '../catalog/schema.ts';
import { formatNumber, formatSeconds } from '../i18n/format.ts';

export function retryAdvice(retry: Retry, t: TFunction, lang: string): string {
  const after = retry.after !== undefined ? formatSeconds(retry.after, lang) : undefined;
  const key = `retry.advice.${retry.policy}${after ? '' : '.nowait'}`;
  let text = t(key, { after });
  if (retry.policy === 'backoff') {
    if (retry.factor) text += ' ' + t('retry.advice.factor', { factor: formatNumber(retry.factor, lang) });
    if (retry.maxAttempts) text += ' ' + t('retry.advice.maxAttempts', { count: retry.maxAttempts, n: formatNumber(retry.maxAttempts, lang) });
  }
  return text;
}

/** Short label for tables: "after 5 s". */
export function retryShort(retry: Retry, t: TFunction, lang: string): string {
  const label = t(`retry.short.${retry.policy}`);
  return retry.after !== undefined && retry.policy !== 'never' && retry.policy !== 'after-fix' ? `${label} (${formatSeconds(retry.after, lang)})` : label;
}
