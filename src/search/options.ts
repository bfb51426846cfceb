/** What the search index holds, shared by the index build and the browser. */
import type { Options } from 'minisearch';
import { processTermFor, tokenize, type Stemmer } from './tokenize.ts';

/** One code as the word index sees it. */
export interface TextDoc {
  id: number;
  name: string;
  title: string;
  http: string;
  text: string;
}

/** A code in the result list: [code, aliases, provider index, HTTP status, retry label index]. */
export type CompactDoc = [string, string[], number, number, number];

/**
 * /search/{locale}.json: every code, small enough to answer the first
 * keystroke. The titles, the larger part in most languages, are in
 * /search/{locale}.titles.json (an array in the order of `docs`), which loads
 * right after.
 */
export interface SearchData {
  locale: string;
  /** [id, display name] */
  providers: [string, string][];
  /** The retry policies' short labels in this locale, in RETRY_POLICIES order (docs refer to them by index). */
  retry: string[];
  docs: CompactDoc[];
  /** The search's UI strings in this locale (the `search.*` keys without their prefix). */
  ui?: Record<string, string>;
}

/** /search/{locale}.words.json is a MiniSearch index over the words of the texts (ids index SearchData.docs), as word-file.ts writes it. */

export const FIELDS = ['name', 'title', 'http', 'text'] as const;

export function searchOptions(stem: Stemmer | undefined): Options<TextDoc> {
  return { fields: [...FIELDS], storeFields: [], tokenize, processTerm: processTermFor(stem) };
}

/** Snowball stemmers by language, as @orama/stemmers names them. */
export const STEMMER_NAMES: Record<string, string> = {
  ar: 'arabic', bg: 'bulgarian', da: 'danish', de: 'german', el: 'greek', en: 'english', es: 'spanish', fi: 'finnish',
  fr: 'french', ga: 'irish', hu: 'hungarian', hy: 'armenian', id: 'indonesian', it: 'italian', lt: 'lithuanian',
  ne: 'nepali', nl: 'dutch', no: 'norwegian', pt: 'portuguese', ro: 'romanian', ru: 'russian', sr: 'serbian',
  sv: 'swedish', ta: 'tamil', tr: 'turkish', uk: 'ukrainian',
};
