import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/catalog/load.ts';
import { buildCodeData, buildTitles, buildWordIndex, stemmerFor } from '../../../src/search/build.ts';
import { CodeSearch, type SearchOptions } from '../../../src/search/engine.ts';
import { searchOptions, type SearchData } from '../../../src/search/options.ts';
import { codeKey, codeNames, codeTokens, isCodeLike, queryTerms, suffixOffsets, textTerms } from '../../../src/search/tokenize.ts';
import { wordIndex, type WordMatches } from '../../../src/search/words.ts';
import { textsOf } from '../../../src/site/data.ts';
import { loadQueries } from './quality.ts';
import { shippedSearch } from './shipped.ts';

let catalog: Catalog;
let indexes: Record<string, CodeSearch>;

beforeAll(async () => {
  ({ catalog, search: indexes } = await shippedSearch());
});

const hits = (locale: string, q: string, options?: SearchOptions) => indexes[locale]!.search(q, options).hits;
const ids = (locale: string, q: string, options?: SearchOptions) => hits(locale, q, options).map((h) => `${h.provider}/${h.code}`);
const first = (locale: string, q: string, options?: SearchOptions) => ids(locale, q, options)[0];
/** provider/CODE of every code the catalog holds that passes `test`. */
const codesWhere = (test: (c: Catalog['providers'][number]['codes'][number], provider: string) => boolean) =>
  catalog.providers.flatMap((p) => p.codes.filter((c) => test(c, p.id)).map((c) => `${p.id}/${c.code}`));

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

  it('indexes an identifier in camelCase whole and by its parts', () => {
    expect(textTerms('send `proxyPassword`, `websiteURL` and id2')).toEqual(['send', 'proxypassword', 'proxy', 'password', 'websiteurl', 'website', 'url', 'and', 'id2']);
  });

  it('reads the code-shaped tokens of a pasted response or log line', () => {
    expect(codeTokens('{"errorId":1,"errorCode":"ERROR_ZERO_BALANCE","errorDescription":"Account has zero balance"}')).toEqual(['ERROR_ZERO_BALANCE']);
    expect(codeTokens('status=0 request=ERROR_WRONG_USER_KEY')).toEqual(['ERROR_WRONG_USER_KEY']);
    expect(codeTokens('HTTP/1.1 429 Too Many Requests {"error":"CAPACITY","retryAfter":5}')).toEqual(['HTTP', 'CAPACITY']);
    expect(codeTokens('ocelot said task.not_found twice: task.not_found')).toEqual(['task.not_found']);
  });

  it('tells a code-shaped query from words', () => {
    for (const q of ['ERROR_ZERO_BALANCE', 'zero_bal', 'proxy-banned', 'UNSOLVABLE', 'task.not_found', 'ERROR_ZERO_']) expect([q, isCodeLike(q)]).toEqual([q, true]);
    for (const q of ['zero balance', 'balance', '402', 'Баланс', '余额', '{"error":"X_Y"}']) expect([q, isCodeLike(q)]).toEqual([q, false]);
  });
});

/**
 * Codes found for a query, as the engine once found them: every key of every
 * name, sorted by (key, doc, name), and the run of keys that start with the
 * query; exact names first, then the other docs in the order of their first
 * key; with a context, that provider's docs first in both.
 */
function referenceCodes(data: SearchData, q: string, limit: number, provider?: string, context?: string): number[] {
  const { names, docOf } = codeNames(data.docs);
  const pi = data.providers.findIndex(([id]) => id === provider);
  const ci = data.providers.findIndex(([id]) => id === context);
  const keys: [string, number, number, number][] = [];
  names.forEach((name, n) => {
    const key = codeKey(name);
    for (const offset of suffixOffsets(key)) keys.push([key.slice(offset), docOf[n]!, n, offset]);
  });
  const preferred = (doc: number) => (ci !== -1 && data.docs[doc]![2] === ci ? 0 : 1);
  keys.sort((a, b) => preferred(a[1]) - preferred(b[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2]));
  const wanted = codeKey(q);
  const run = keys.filter(([suffix, doc]) => suffix.startsWith(wanted) && (pi === -1 || data.docs[doc]![2] === pi));
  const exact = [...new Set(run.filter(([suffix, , , offset]) => offset === 0 && suffix === wanted).map(([, doc]) => doc))];
  exact.sort((a, b) => preferred(a) - preferred(b) || a - b);
  const codes = [...new Set(run.map(([, doc]) => doc))].filter((doc) => !exact.includes(doc)).slice(0, limit);
  return [...exact, ...codes].slice(0, limit);
}

describe('code search', () => {
  it('finds what a sorted list of every key finds, in the same order, for every prefix of every code', () => {
    const json = buildCodeData(catalog, 'en', (p) => p);
    const data = JSON.parse(json) as SearchData;
    const search = CodeSearch.fromJSON(json);
    const queries = new Set<string>();
    for (const [code, aliases] of data.docs) for (const name of [code, ...aliases]) for (let i = 2; i <= name.length; i++) queries.add(name.slice(0, i));
    for (const q of ['zero balance', 'bal', 'proxy-', 'ca', 'не', 'ERROR_ZERO_BALANSE']) queries.add(q);
    let compared = 0;
    const cases = [[10], [3], [50, 'capmonster-cloud'], [Infinity], [10, undefined, 'captchaai'], [4, 'gateway', 'captchaai']] as const;
    for (const q of queries)
      for (const [limit, provider, context] of cases) {
        const expected = referenceCodes(data, q, limit, provider, context);
        // Codes with typos and the nearest codes come after these.
        const got = search.search(q, { limit, provider, context }).hits.slice(0, expected.length).map((h) => h.id);
        expect([q, limit, provider, context, got]).toEqual([q, limit, provider, context, expected]);
        compared += expected.length;
      }
    expect(compared).toBeGreaterThan(1000);
  });
});

describe('search', () => {
  it('puts an exact code or alias first, in any case', () => {
    expect(hits('en', 'error_zero_balance').slice(0, 2).every((h) => h.match === 'exact' && h.code === 'ERROR_ZERO_BALANCE')).toBe(true);
    expect(first('en', 'WRONG_CAPTCHA_ID')).toBe('capmonster-cloud/ERROR_NO_SUCH_CAPCHA_ID');
    expect(first('en', 'CAPCHA_NOT_READY')).toBe('captchaai/CAPCHA_NOT_READY');
    expect(first('en', 'captcha_not_ready')).toBe('capmonster-cloud/CAPTCHA_NOT_READY');
  });

  it('finds a fragment of a code with _, - and space treated alike', () => {
    expect(first('en', 'ZERO_BAL')).toMatch(/ERROR_ZERO_BALANCE$/);
    expect(first('en', 'proxy-banned')).toBe('gateway/PROXY_BANNED');
    expect(ids('en', 'zero balance')).toContain('captchaai/ERROR_ZERO_BALANCE');
  });

  it('gives each result its provider, HTTP status, retry policy and page in the locale', () => {
    expect(hits('ru', 'ERROR_ZERO_BALANCE').find((h) => h.provider === 'capmonster-cloud')).toMatchObject({
      code: 'ERROR_ZERO_BALANCE',
      title: 'На счёте нет средств',
      providerName: 'CapMonster Cloud',
      http: 200,
      retry: 'after-fix',
      url: '/ru/capmonster-cloud/ERROR_ZERO_BALANCE/',
      match: 'exact',
    });
  });

  it('finds codes by HTTP status, and counts them all', () => {
    expect(first('en', '402')).toBe('gateway/BALANCE_EMPTY');
    expect(first('ru', '429')).toBe('gateway/CAPACITY');
    const all = codesWhere((c) => c.http === 200);
    const results = indexes.en!.search('200');
    expect(results.hits).toHaveLength(10);
    expect(results.total).toBe(all.length);
    // Without a limit (the results page), every one of them, the first ten as in the box.
    const page = indexes.en!.search('200', { limit: Infinity });
    expect(page.hits.map((h) => `${h.provider}/${h.code}`).sort()).toEqual(all.sort());
    expect(page.hits.slice(0, 10)).toEqual(results.hits);
  });

  it('finds Russian word forms and Chinese words without spaces', () => {
    expect(ids('ru', 'баланса')).toContain('capmonster-cloud/ERROR_ZERO_BALANCE');
    expect(hits('ru', 'балансом').length).toBeGreaterThan(0);
    expect(ids('zh', '余额')).toEqual(expect.arrayContaining(['gateway/BALANCE_EMPTY', 'capmonster-cloud/ERROR_ZERO_BALANCE']));
  });

  it('narrows the results to one provider and counts what the other providers have', () => {
    const all = indexes.en!.search('proxy', { limit: Infinity });
    const narrowed = indexes.en!.search('proxy', { provider: 'captchaai', limit: 50 });
    expect(narrowed.hits.length).toBeGreaterThan(0);
    expect(new Set(narrowed.hits.map((h) => h.provider))).toEqual(new Set(['captchaai']));
    expect(narrowed.total).toBe(all.hits.filter((h) => h.provider === 'captchaai').length);
    expect(narrowed.total + narrowed.elsewhere).toBe(all.total);
  });

  it('finds codes before the word index has arrived', () => {
    const early = CodeSearch.fromJSON(buildCodeData(catalog, 'en', (p) => p));
    expect(early.hasWords).toBe(false);
    expect(early.search('ZERO_BAL').hits[0]).toMatchObject({ code: 'ERROR_ZERO_BALANCE', title: '' });
    expect(early.search('balance is zero').hits).toEqual([]);
    // The titles arrive next, in the order of the codes file.
    early.attachTitles(buildTitles(catalog, (c) => textsOf(c, 'en')));
    const hit = early.search('ZERO_BAL').hits[0]!;
    expect(hit.title).toBe(textsOf(catalog.providers.find((p) => p.id === hit.provider)!.codes.find((c) => c.code === hit.code)!, 'en').title);
  });

  it('returns nothing for an empty query and for nonsense', () => {
    expect(indexes.en!.search('   ')).toEqual({ hits: [], total: 0, elsewhere: 0 });
    expect(indexes.en!.search('qqqqxxxzzz')).toMatchObject({ hits: [], total: 0, elsewhere: 0 });
  });
});

describe('the provider the reader is on', () => {
  it('comes first for a code several providers share, each shown with its provider', () => {
    const shared = codesWhere((c) => c.code === 'ERROR_ZERO_BALANCE');
    expect(shared.length).toBeGreaterThan(1);
    for (const context of shared.map((s) => s.split('/')[0]!)) {
      const results = hits('en', 'ERROR_ZERO_BALANCE', { context });
      expect(results.map((h) => `${h.provider}/${h.code}`)).toEqual([`${context}/ERROR_ZERO_BALANCE`, ...shared.filter((s) => !s.startsWith(`${context}/`))]);
      expect(results.map((h) => h.providerName)).toEqual(results.map((h) => catalog.providers.find((p) => p.id === h.provider)!.name));
    }
  });

  it('comes first among codes found by a fragment and by words, after the codes named exactly', () => {
    const proxy = hits('en', 'proxy', { context: 'captchaai', limit: Infinity });
    const kinds = [...new Set(proxy.map((h) => h.match))];
    for (const kind of kinds) {
      const providers = proxy.filter((h) => h.match === kind).map((h) => h.provider === 'captchaai');
      // Within each kind of match, captchaai's codes form the first run.
      expect([kind, providers.indexOf(false) === -1 || !providers.slice(providers.indexOf(false)).includes(true)]).toEqual([kind, true]);
    }
    expect(first('en', 'CAPTCHA_NOT_READY', { context: 'captchaai' })).toBe('capmonster-cloud/CAPTCHA_NOT_READY');
  });

  it('with the filter on its provider, still finds the code spelt as another provider spells it', () => {
    const results = indexes.en!.search('CAPTCHA_NOT_READY', { provider: 'captchaai', context: 'captchaai' });
    expect(results.hits[0]).toMatchObject({ provider: 'captchaai', code: 'CAPCHA_NOT_READY', match: 'typo' });
    expect(results.corrected).toEqual({ from: 'CAPTCHA_NOT_READY', to: 'CAPCHA_NOT_READY' });
    expect(results.elsewhere).toBeGreaterThan(0);
  });
});

describe('a search that forgives', () => {
  it('corrects a typo in a code and says what it corrected', () => {
    const results = indexes.en!.search('ERROR_ZERO_BALANSE');
    expect(results.hits.map((h) => h.code)).toEqual(['ERROR_ZERO_BALANCE', 'ERROR_ZERO_BALANCE']);
    expect(results.hits.every((h) => h.match === 'typo')).toBe(true);
    expect(results.corrected).toEqual({ from: 'ERROR_ZERO_BALANSE', to: 'ERROR_ZERO_BALANCE' });
    expect(first('en', 'ERROR_PROXY_BANED')).toBe('capmonster-cloud/ERROR_PROXY_BANNED');
    // A separator in another place is no typo: ERROR_GOOGLE_KEY is the alias ERROR_GOOGLEKEY.
    expect(indexes.en!.search('ERROR_GOOGLE_KEY').corrected).toEqual({ from: 'ERROR_GOOGLE_KEY', to: 'ERROR_WRONG_GOOGLEKEY' });
    // A code that is found as typed is not corrected.
    expect(indexes.en!.search('ERROR_ZERO_BALANCE').corrected).toBeUndefined();
  });

  it('finds the code inside a pasted response or log line', () => {
    const pasted = {
      '{"errorId":1,"errorCode":"ERROR_KEY_DOES_NOT_EXIST","errorDescription":"Account authorization key not found in the system"}': 'ERROR_KEY_DOES_NOT_EXIST',
      'status=0 request=ERROR_WRONG_USER_KEY': 'ERROR_WRONG_USER_KEY',
      '127.0.0.1 - - [30/Nov/2026:10:12:03 +0000] "POST /v1/tasks HTTP/1.1" 402 71 {"error":"BALANCE_EMPTY"}': 'BALANCE_EMPTY',
      'HTTP/1.1 429 Too Many Requests\nRetry-After: 5\n\n{"error":"CAPACITY","retryable":true,"retryAfter":5}': 'CAPACITY',
    };
    for (const [text, code] of Object.entries(pasted)) {
      const results = indexes.en!.search(text);
      expect([code, results.hits.length > 0 && results.hits.every((h) => h.code === code && h.match === 'exact'), results.found]).toEqual([code, true, [code]]);
    }
    // A mistyped code in a paste is corrected like a typed one.
    expect(indexes.en!.search('{"status":0,"request":"ERROR_ZERO_BALANSE"}')).toMatchObject({ corrected: { from: 'ERROR_ZERO_BALANSE', to: 'ERROR_ZERO_BALANCE' } });
  });

  it('ranks codes that match the most words first, and a word the catalog does not use empties nothing', () => {
    // Codes whose texts hold both words, then those that hold one.
    const text = (provider: string, code: string) => JSON.stringify(textsOf(catalog.providers.find((p) => p.id === provider)!.codes.find((c) => c.code === code)!, 'en')).toLowerCase();
    const held = hits('en', 'proxy password', { limit: Infinity }).map((h) => ['proxy', 'password'].filter((w) => text(h.provider, h.code).includes(w)).length);
    expect(held.slice(0, held.lastIndexOf(2) + 1).every((n) => n === 2)).toBe(true);
    expect(held.filter((n) => n === 2).length).toBeGreaterThan(1);
    expect(held).toContain(1);
    for (const [locale, q, unused] of [['en', 'proxy password', 'zzyzx'], ['en', 'image too large', 'humongous'], ['ru', 'нет средств', 'деньжат'], ['zh', '代理 超时', '咕咕']] as const) {
      const without = ids(locale, q);
      const withIt = indexes[locale]!.search(`${q} ${unused}`);
      expect([q, unused, withIt.hits.map((h) => `${h.provider}/${h.code}`)]).toEqual([q, unused, without]);
    }
  });

  it('says when no code holds every word', () => {
    // "proxy" and "dashboard" appear in the texts, never in the same one.
    const holds = (word: string) => codesWhere((c) => JSON.stringify(textsOf(c, 'en')).toLowerCase().includes(word));
    expect(holds('proxy').filter((c) => holds('dashboard').includes(c))).toEqual([]);
    const results = indexes.en!.search('proxy dashboard');
    expect(results.hits.length).toBeGreaterThan(0);
    expect(results.partial).toBe(true);
    expect(indexes.en!.search('proxy password').partial).toBeUndefined();
  });

  it('finds Chinese text whose characters are not adjacent', () => {
    // 代理…超时: the texts that hold both, none of them as 代理超时.
    const zh = (c: Catalog['providers'][number]['codes'][number]) => JSON.stringify(textsOf(c, 'zh'));
    const both = codesWhere((c) => zh(c).includes('代理') && zh(c).includes('超时'));
    expect(both.length).toBeGreaterThan(0);
    expect(codesWhere((c) => zh(c).includes('代理超时'))).toEqual([]);
    const found = ids('zh', '代理超时', { limit: Infinity });
    expect(found.slice(0, both.length).sort()).toEqual(both.sort());
  });

  it('offers the nearest codes for a code-shaped query that names none', () => {
    const results = indexes.en!.search('ERROR_PROXY_TIMEOUT');
    expect(results.nearest).toBe('ERROR_PROXY_TIMEOUT');
    expect(results.hits.slice(0, 2).map((h) => `${h.provider}/${h.code}`).sort()).toEqual(['capmonster-cloud/ERROR_PROXY_READ_TIMEOUT', 'gateway/PROXY_TIMEOUT']);
    expect(results.hits.every((h) => h.match === 'near')).toBe(true);
    expect(indexes.ru!.search('ERROR_BALANCE_ZERO').hits.slice(0, 2).map((h) => h.code)).toEqual(['ERROR_ZERO_BALANCE', 'ERROR_ZERO_BALANCE']);
    // Words alone are never read as a code.
    expect(indexes.en!.search('no money on account').nearest).toBeUndefined();
  });
});

describe('the quick answer to a keystroke', () => {
  const prefixes = (q: string) => [...q].map((_, i) => [...q].slice(0, i + 1).join(''));

  it('shows the results a full count shows, for every prefix of every query of the quality set, with and without a filter', () => {
    let uncounted = 0;
    for (const { locale, q, from } of loadQueries())
      for (const typed of prefixes(q))
        for (const options of [{}, { provider: from ?? 'gateway', context: from }]) {
          const full = indexes[locale]!.search(typed, options);
          const quick = indexes[locale]!.search(typed, { ...options, countAll: false });
          expect([locale, typed, quick.hits.map((h) => h.id)]).toEqual([locale, typed, full.hits.map((h) => h.id)]);
          expect([quick.corrected, quick.nearest, quick.found, quick.partial]).toEqual([full.corrected, full.nearest, full.found, full.partial]);
          if (quick.counted === false) {
            uncounted++;
            expect(quick.total).toBeLessThanOrEqual(full.total);
          } else expect([typed, quick.total, quick.elsewhere]).toEqual([typed, full.total, full.elsewhere]);
        }
    expect(uncounted).toBeGreaterThan(0);
  });

  it("finds the same word matches through MiniSearch's query step as through its search()", async () => {
    for (const locale of catalog.site.locales.map((l) => l.id)) {
      const lang = catalog.site.locales.find((l) => l.id === locale)!.lang ?? locale;
      const json = await buildWordIndex(catalog, lang, (c) => textsOf(c, locale));
      const options = searchOptions(await stemmerFor(lang));
      const fast = wordIndex(MiniSearch, json, options);
      const slow = wordIndex(MiniSearch, json, options, false);
      const sorted = (m: WordMatches) => m.ids.map((id, i) => [id, m.terms[i], m.scores[i]!.toFixed(9)]).sort((a, b) => Number(a[0]) - Number(b[0]));
      for (const { q } of loadQueries().filter((x) => x.locale === locale))
        for (const every of [false, true]) {
          const terms = queryTerms(q);
          expect([q, every, sorted(fast(terms, every)), fast(terms, every).known]).toEqual([q, every, sorted(slow(terms, every)), slow(terms, every).known]);
        }
    }
  });
});
