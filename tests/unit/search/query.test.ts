import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { buildCodeData, buildTitles, buildWordIndex, stemmerFor } from '../../../src/search/build.ts';
import { CodeSearch } from '../../../src/search/engine.ts';
import { wordIndex } from '../../../src/search/words.ts';
import MiniSearch from 'minisearch';
import { searchOptions, type SearchData } from '../../../src/search/options.ts';
import { codeKey, codeNames, suffixOffsets, textTerms } from '../../../src/search/tokenize.ts';
import { textsOf } from '../../../src/site/data.ts';

const indexes: Record<string, CodeSearch> = {};
const runSearch = (index: CodeSearch, q: string, options?: { provider?: string; limit?: number }) => index.search(q, options);
const langs: Record<string, string> = { en: 'en', ru: 'ru', zh: 'zh-CN' };

beforeAll(async () => {
  const catalog = loadCatalog('catalog');
  for (const [locale, lang] of Object.entries(langs)) {
    const codes = buildCodeData(catalog, locale, (p) => p);
    const words = await buildWordIndex(catalog, lang, (c) => textsOf(c, locale));
    const titles = buildTitles(catalog, (c) => textsOf(c, locale));
    indexes[locale] = CodeSearch.fromJSON(codes, wordIndex(MiniSearch, words, searchOptions(await stemmerFor(lang))), titles);
  }
});

const first = (locale: string, q: string, provider?: string) => {
  const hit = runSearch(indexes[locale]!, q, { provider })[0];
  return hit ? `${hit.provider}/${hit.code}` : undefined;
};

describe('search terms', () => {
  it('indexes a code whole and by every suffix', () => {
    const suffixes = (name: string) => suffixOffsets(codeKey(name)).map((o) => codeKey(name).slice(o));
    expect(suffixes('ERROR_ZERO_BALANCE')).toEqual(['error_zero_balance', 'zero_balance', 'balance']);
    expect(suffixes('proxy-banned')).toEqual(['proxy_banned', 'banned']);
  });

  it('splits Chinese into characters and pairs and other scripts into words', () => {
    expect(textTerms('账户余额')).toEqual(['账', '户', '余', '额', '账户', '户余', '余额']);
    expect(textTerms('Баланс равен 0')).toEqual(['баланс', 'равен', '0']);
  });
});

/**
 * Codes found for a query, as the engine once found them: every key of every
 * name, sorted by (key, doc, name), and the run of keys that start with the
 * query; exact names first, then the other docs in the order of their first key.
 */
function referenceCodes(data: SearchData, q: string, limit: number, provider?: string): number[] {
  const { names, docOf } = codeNames(data.docs);
  const pi = data.providers.findIndex(([id]) => id === provider);
  const keys: [string, number, number, number][] = [];
  names.forEach((name, n) => {
    const key = codeKey(name);
    for (const offset of suffixOffsets(key)) keys.push([key.slice(offset), docOf[n]!, n, offset]);
  });
  keys.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2]));
  const wanted = codeKey(q);
  const run = keys.filter(([suffix, doc]) => suffix.startsWith(wanted) && (pi === -1 || data.docs[doc]![2] === pi));
  const exact = [...new Set(run.filter(([suffix, , , offset]) => offset === 0 && suffix === wanted).map(([, doc]) => doc))];
  const codes = [...new Set(run.map(([, doc]) => doc))].filter((doc) => !exact.includes(doc)).slice(0, limit);
  return [...exact, ...codes].slice(0, limit);
}

describe('code search', () => {
  it('finds what a sorted list of every key finds, in the same order, for every prefix of every code', () => {
    const catalog = loadCatalog('catalog');
    const json = buildCodeData(catalog, 'en', (p) => p);
    const data = JSON.parse(json) as SearchData;
    const search = CodeSearch.fromJSON(json);
    const queries = new Set<string>();
    for (const [code, aliases] of data.docs) for (const name of [code, ...aliases]) for (let i = 2; i <= name.length; i++) queries.add(name.slice(0, i));
    for (const q of ['zero balance', 'bal', 'proxy-', 'ca', 'не', 'ERROR_ZERO_BALANSE']) queries.add(q);
    let compared = 0;
    for (const q of queries)
      for (const [limit, provider] of [[10, undefined], [3, undefined], [50, 'capmonster-cloud']] as const) {
        const expected = referenceCodes(data, q, limit, provider);
        // Codes with typos and codes found by words come after these.
        expect([q, limit, provider, search.search(q, { limit, provider }).slice(0, expected.length).map((h) => h.id)]).toEqual([q, limit, provider, expected]);
        compared += expected.length;
      }
    expect(compared).toBeGreaterThan(1000);
  });
});

describe('search', () => {
  it('puts an exact code or alias first, in any case', () => {
    expect(runSearch(indexes.en!, 'error_zero_balance').slice(0, 2).every((h) => h.exact && h.code === 'ERROR_ZERO_BALANCE')).toBe(true);
    expect(first('en', 'WRONG_CAPTCHA_ID')).toBe('capmonster-cloud/ERROR_NO_SUCH_CAPCHA_ID');
    expect(first('en', 'CAPCHA_NOT_READY')).toBe('captchaai/CAPCHA_NOT_READY');
    expect(first('en', 'captcha_not_ready')).toBe('capmonster-cloud/CAPTCHA_NOT_READY');
  });

  it('finds a fragment of a code with _, - and space treated alike', () => {
    expect(first('en', 'ZERO_BAL')).toMatch(/ERROR_ZERO_BALANCE$/);
    expect(first('en', 'proxy-banned')).toBe('gateway/PROXY_BANNED');
    expect(runSearch(indexes.en!, 'zero balance').map((h) => h.code)).toContain('ERROR_ZERO_BALANCE');
  });

  it('finds a code with a typo', () => {
    expect(first('en', 'ERROR_ZERO_BALANSE')).toMatch(/ERROR_ZERO_BALANCE$/);
    expect(first('en', 'ERROR_PROXY_BANED')).toBe('capmonster-cloud/ERROR_PROXY_BANNED');
  });

  it('gives each result its provider, HTTP status, retry policy and page in the locale', () => {
    expect(runSearch(indexes.ru!, 'ERROR_ZERO_BALANCE').find((h) => h.provider === 'capmonster-cloud')).toMatchObject({
      code: 'ERROR_ZERO_BALANCE',
      title: 'На счёте нет средств',
      providerName: 'CapMonster Cloud',
      http: 200,
      retry: 'after-fix',
      url: '/ru/capmonster-cloud/ERROR_ZERO_BALANCE/',
      exact: true,
    });
  });

  it('finds codes by HTTP status', () => {
    expect(first('en', '402')).toBe('gateway/BALANCE_EMPTY');
    expect(first('ru', '429')).toBe('gateway/CAPACITY');
  });

  it('finds Russian word forms and Chinese words without spaces', () => {
    expect(runSearch(indexes.ru!, 'баланса').map((h) => h.code)).toContain('ERROR_ZERO_BALANCE');
    expect(runSearch(indexes.ru!, 'балансом').length).toBeGreaterThan(0);
    expect(runSearch(indexes.zh!, '余额').map((h) => h.code)).toEqual(expect.arrayContaining(['BALANCE_EMPTY', 'ERROR_ZERO_BALANCE']));
  });

  it('narrows the results to one provider', () => {
    const hits = runSearch(indexes.en!, 'proxy', { provider: 'captchaai', limit: 50 });
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((h) => h.provider))).toEqual(new Set(['captchaai']));
  });

  it('finds codes before the word index has arrived', async () => {
    const catalog = loadCatalog('catalog');
    const early = CodeSearch.fromJSON(buildCodeData(catalog, 'en', (p) => p));
    expect(early.hasWords).toBe(false);
    expect(early.search('ZERO_BAL')[0]).toMatchObject({ code: 'ERROR_ZERO_BALANCE', title: '' });
    expect(early.search('balance is zero')).toEqual([]);
    // The titles arrive next, in the order of the codes file.
    early.attachTitles(buildTitles(catalog, (c) => textsOf(c, 'en')));
    const hit = early.search('ZERO_BAL')[0]!;
    expect(hit.title).toBe(textsOf(catalog.providers.find((p) => p.id === hit.provider)!.codes.find((c) => c.code === hit.code)!, 'en').title);
  });

  it('returns nothing for an empty query and for nonsense', () => {
    expect(runSearch(indexes.en!, '   ')).toEqual([]);
    expect(runSearch(indexes.en!, 'qqqqxxxzzz')).toEqual([]);
  });
});
