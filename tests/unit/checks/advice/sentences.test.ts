import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sentencesOf } from '../../../../src/checks/advice/sentences.ts';
import { proseOf } from '../../../../src/checks/advice/read.ts';
import { loadCatalog } from '../../../../src/catalog/load.ts';
import { TEXT_FIELDS } from '../../../../src/catalog/schema.ts';
import { generateCatalog } from '../../../../bench/generate.mjs';

/** The sentences Intl.Segmenter finds, without those that hold no letter or digit. */
const segmenters = new Map<string, Intl.Segmenter>();
function segmented(prose: string, lang: string): string[] {
  if (!segmenters.has(lang)) segmenters.set(lang, new Intl.Segmenter(lang, { granularity: 'sentence' }));
  return [...segmenters.get(lang)!.segment(prose)].map((s) => s.segment).filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** Every text field of a catalog's codes, as [language, prose]. */
interface Texts {
  texts: Record<string, Record<string, unknown>>;
}

function proseOfCatalog(codes: Texts[]): [string, string][] {
  const out: [string, string][] = [];
  for (const code of codes)
    for (const [locale, text] of Object.entries(code.texts))
      for (const field of TEXT_FIELDS) if (typeof text[field] === 'string') out.push([locale, proseOf(text[field] as string)]);
  return out;
}

/** What generated strings are made of: words in three scripts and cases, digits, every kind of mark the rules look at. */
const PARTS = ['Word', 'word', 'Слово', 'слово', '原因', 'ß', 'ǅ', '0', '5', ' ', '\t', '\u00a0', '\n', '\n\n', '\r\n', '. ', '.', '!', '?', '?!', '...', '…', '\u2024', '。', '！', '？', '，', '、', ', ', ': ', '; ', '—', '- ', '"', "'", '’', '«', '»', '“', '”', '(', ')', '（', '）', '[', ']', 'e.g.', 'U.S.', 'т. е.', '1. '];

const EDGES: [string, string][] = [
  ['en', 'The time ran out. Try again later.'],
  ['en', 'Use e.g. a faster proxy. Wait 0.5 s and retry.'],
  ['en', 'See docs.example.com for more. The U.S. site differs.'],
  ['en', 'It failed (the proxy was slow.) Retry!'],
  ['en', 'Really?! Yes. "Quoted." Then more.'],
  ['en', 'Stop... then go. End'],
  ['en', 'One: two. three; four.\nA new line\n\nA paragraph.'],
  ['en', 'Check:\n- the key\n- the proxy'],
  ['en', 'Version 2.0.1 is out. 3. Item'],
  ['ru', 'Время истекло, т. е. прошло больше 0.5 мин. Повторите.'],
  ['ru', 'Подождите 0,5 с и т. д. Повторите попытку.'],
  ['ru', 'См. «Справку». Затем повторите.'],
  ['zh', '原因。请稍后重试！好吗？'],
  ['zh', 'ReCaptcha 识别超时，可能是因为慢代理或 Google 服务器。'],
  ['zh', '1.网络不通 2.服务器已重启'],
  ['zh', '请检查（参数）。然后重试。'],
  ['zh', '请检查“密钥”。再试。'],
];

describe('sentences', () => {
  it('splits a text into sentences at sentence ends, not at abbreviations, decimals or line-internal marks', () => {
    expect(sentencesOf('Use e.g. a proxy. Wait 0.5 s and retry.')).toEqual(['Use e.g. a proxy. ', 'Wait 0.5 s and retry.']);
    expect(sentencesOf('原因。请稍后重试！')).toEqual(['原因。', '请稍后重试！']);
    expect(sentencesOf('Время истекло, т. е. прошло больше 0.5 мин.')).toHaveLength(1);
    expect(sentencesOf('Check:\n- the key\n- ')).toEqual(['Check:\n', '- the key\n']);
  });

  it.each(EDGES)('finds the sentences Intl.Segmenter finds in %s: %s', (lang, prose) => {
    expect(sentencesOf(prose)).toEqual(segmented(prose, lang));
  });

  it('finds the sentences Intl.Segmenter finds in every text of the shipped and the synthetic catalog', () => {
    const shipped = loadCatalog('catalog').providers.flatMap((p) => p.codes);
    const synthetic = generateCatalog(300).providers.flatMap((p: { codes: Texts[] }) => p.codes);
    const texts = [...proseOfCatalog(shipped), ...proseOfCatalog(synthetic)];
    const differ = texts.filter(([lang, prose]) => JSON.stringify(sentencesOf(prose)) !== JSON.stringify(segmented(prose, lang)));
    expect(differ).toEqual([]);
    expect(texts.length).toBeGreaterThan(1000);
  });

  it.each(['en', 'ru', 'zh'])('finds the sentences Intl.Segmenter (%s) finds in generated strings of sentence marks, quotes, spaces and words', (lang) => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PARTS), { minLength: 1, maxLength: 14 }), (parts) => {
        const text = parts.join('');
        expect(sentencesOf(text)).toEqual(segmented(text, lang));
      }),
      { numRuns: 2000 },
    );
  });
});
