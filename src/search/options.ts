/** MiniSearch options shared by the index build and the browser. */
import type { Options } from 'minisearch';
import { processTermFor, tokenize, type Stemmer } from './tokenize.ts';

export interface SearchDoc {
  id: number;
  /** code and aliases, space separated */
  codes: string;
  name: string;
  title: string;
  http: string;
  text: string;
  provider: string;
  providerName: string;
  code: string;
  aliases: string[];
  retry: string;
  url: string;
}

export const FIELDS = ['codes', 'name', 'title', 'http', 'text'] as const;
export const STORE = ['code', 'aliases', 'provider', 'providerName', 'title', 'http', 'retry', 'url'] as const;

export function searchOptions(stem: Stemmer | undefined): Options<SearchDoc> {
  return { fields: [...FIELDS], storeFields: [...STORE], tokenize, processTerm: processTermFor(stem) };
}

/** Snowball stemmers by language, as @orama/stemmers names them. */
export const STEMMER_NAMES: Record<string, string> = {
  ar: 'arabic', bg: 'bulgarian', da: 'danish', de: 'german', el: 'greek', en: 'english', es: 'spanish', fi: 'finnish',
  fr: 'french', ga: 'irish', hu: 'hungarian', hy: 'armenian', id: 'indonesian', it: 'italian', lt: 'lithuanian',
  ne: 'nepali', nl: 'dutch', no: 'norwegian', pt: 'portuguese', ro: 'romanian', ru: 'russian', sr: 'serbian',
  sv: 'swedish', ta: 'tamil', tr: 'turkish', uk: 'ukrainian',
};
