/** Generated Docusaurus error pages of any size, for tests and the bench of the import at scale (nothing this large is committed). */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { importDocusaurus } from '../../../src/import/docusaurus.ts';

export interface BigPageOptions {
  /** Words of the description, per locale. */
  locale?: 'en' | 'ru';
  /** Characters of filler appended to each description. */
  descriptionLength?: number;
  /** Swap each pair of entries whose index is a multiple of this (another order than the en page). */
  swapEvery?: number;
}

const SENTENCE = {
  en: (i: number) => `The request number ${i} failed; wait 5 seconds and send it again.`,
  ru: (i: number) => `Запрос номер ${i} не прошёл; подождите 5 секунд и повторите.`,
};

/** A page of `entries` entries: `### \`ERROR NUMBER i\``, the code line, a description. */
export function bigPage(entries: number, options: BigPageOptions = {}): string {
  const { locale = 'en', descriptionLength = 0, swapEvery } = options;
  const order = Array.from({ length: entries }, (_, i) => i);
  if (swapEvery) for (let i = 0; i + 1 < entries; i += swapEvery) [order[i], order[i + 1]] = [order[i + 1]!, order[i]!];
  const filler = descriptionLength ? ` ${'word '.repeat(Math.ceil(descriptionLength / 5)).slice(0, descriptionLength).trim()}` : '';
  const out = ['# Errors', ''];
  for (const i of order) out.push(`### \`ERROR NUMBER ${i}\``, `API error code: \`ERROR_CODE_${i}\` <br />`, `${SENTENCE[locale](i)}${filler}`, '');
  return out.join('\n');
}

/** Writes an en page and a ru page in another order into `out`, imports both there, and returns the CPU seconds the import took. */
export function importBig(entries: number, out: string): number {
  const en = path.join(out, `en-${entries}.md`);
  const ru = path.join(out, `ru-${entries}.md`);
  writeFileSync(en, bigPage(entries));
  writeFileSync(ru, bigPage(entries, { locale: 'ru', swapEvery: 50 }));
  const before = process.cpuUsage();
  importDocusaurus({ provider: 'big', locales: [{ locale: 'en', file: en }, { locale: 'ru', file: ru }], out });
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}
