/**
 * retry-advice: what the texts advise a reader to do next, against the
 * code's retry policy and across locales, read with a small lexicon per
 * language (advice/*.json). The text fields of a code in one locale (all but
 * the title) are read together, since translations move sentences between
 * fields.
 *
 * - A text that advises sending again while the policy is `never`, or only
 *   advises against it while the policy is `after-wait` or `backoff`.
 * - A translation that takes the other side from its source: one says
 *   "try again later" where the other says only "contact support" or "do
 *   not retry". A locale that says both, or neither, takes no side.
 * - A translation that drops the advice: its source takes a side, it takes
 *   none, and it has no sentence left for the advice (no more sentences
 *   than the source holds besides its advising ones). A translation that
 *   gives the advice in words the lexicon lacks keeps that sentence, so it
 *   is not reported.
 *
 * Languages without a lexicon are not read; README lists those covered.
 */
import type { Catalog, LoadedCode } from '../catalog/load.ts';
import { localeLanguages } from '../catalog/language.ts';
import { TEXT_FIELDS, type TextField } from '../catalog/schema.ts';
import { proseOf, readAdvice } from './advice/read.ts';
import { sentencesOf } from './advice/sentences.ts';
import { codeFinding, type Check } from './check.ts';
import type { Finding } from './finding.ts';

export const id = 'retry-advice';

/** One kind of advice in one locale: the first clause that gives it, and its field. */
interface Said {
  words: string;
  field: TextField;
}

/** What one locale's texts of a code advise. */
interface LocaleAdvice {
  locale: string;
  lang: string;
  retry?: Said;
  noRetry?: Said;
  support?: Said;
}

type Side = 'retry' | 'stop';

/** The side a locale takes: send again, or stop (do not retry, ask support); undefined for both or neither. */
function sideOf(a: LocaleAdvice): Side | undefined {
  if (a.retry && !a.noRetry && !a.support) return 'retry';
  if (!a.retry && (a.noRetry || a.support)) return 'stop';
  return undefined;
}

/** The fields that can advise; a title names the error ("Duplicate key on retry") and advises nothing. */
const ADVISING_FIELDS = TEXT_FIELDS.filter((f) => f !== 'title');

/** Reads the advising text fields of a code in one locale; undefined where the language has no lexicon. */
function adviceOf(code: LoadedCode, locale: string, lang: string): LocaleAdvice | undefined {
  const text = code.texts[locale];
  if (!text) return undefined;
  const out: LocaleAdvice = { locale, lang };
  for (const field of ADVISING_FIELDS) {
    const value = text[field];
    if (value === undefined) continue;
    const advice = readAdvice(value, lang);
    if (!advice) return undefined;
    if (advice.retry[0] && !out.retry) out.retry = { words: advice.retry[0], field };
    if (advice.noRetry[0] && !out.noRetry) out.noRetry = { words: advice.noRetry[0], field };
    if (advice.support[0] && !out.support) out.support = { words: advice.support[0], field };
  }
  return out;
}

/** A locale's own words, quoted as its language quotes: «…» in ru, “…” in zh, "…" in en. */
export function quoteIn(lang: string, words: string): string {
  const short = words.length > 90 ? `${words.slice(0, 87)}…` : words;
  if (['ru', 'uk', 'fr', 'es', 'pt', 'it'].includes(lang)) return `«${short}»`;
  if (lang === 'de') return `„${short}“`;
  if (['zh', 'ja'].includes(lang)) return `“${short}”`;
  return `"${short}"`;
}

/** What a locale says for its side, quoted. */
function saying(a: LocaleAdvice, side: Side): string {
  if (side === 'retry') return `says ${quoteIn(a.lang, a.retry!.words)} (send again)`;
  const said = a.support ?? a.noRetry!;
  return `says ${quoteIn(a.lang, said.words)} (${a.support ? 'contact support' : 'do not send again'})`;
}

/** The policies policyFindings holds every text to. */
const POLICY_READS = new Set(['never', 'after-wait', 'backoff']);

function policyFindings(code: LoadedCode, advice: LocaleAdvice[], out: Finding[]): void {
  const policy = code.retry.policy;
  for (const a of advice) {
    if (policy === 'never' && a.retry && !a.noRetry)
      out.push(codeFinding(id, code, { severity: 'warning', at: ['texts', a.locale, a.retry.field], locales: [a.locale], message: `The ${a.locale} ${a.retry.field} says ${quoteIn(a.lang, a.retry.words)}, advising to send again, but the retry policy is "never".`, hint: 'Reword the text so it does not advise sending the same request again, or correct retry.policy if the text is right.' }));
    if ((policy === 'after-wait' || policy === 'backoff') && a.noRetry && !a.retry)
      out.push(codeFinding(id, code, { severity: 'warning', at: ['texts', a.locale, a.noRetry.field], locales: [a.locale], message: `The ${a.locale} ${a.noRetry.field} says ${quoteIn(a.lang, a.noRetry.words)}, advising not to send again, but the retry policy is "${policy}".`, hint: 'Say in the text when sending again helps, or correct retry.policy if the text is right.' }));
  }
}

function localeFindings(code: LoadedCode, source: LocaleAdvice, advice: LocaleAdvice[], out: Finding[]): void {
  const sourceSide = sideOf(source);
  if (!sourceSide) return;
  const sourceCount = sourceSentences(code, source, sourceSide);
  for (const a of advice) {
    if (a === source) continue;
    const side = sideOf(a);
    if (!a.retry && !a.noRetry && !a.support) {
      const dropped = droppedFinding(code, source, sourceSide, a, sourceCount);
      if (dropped) out.push(dropped);
    }
    if (!side || side === sourceSide) continue;
    const said = side === 'retry' ? a.retry! : (a.support ?? a.noRetry!);
    out.push(codeFinding(id, code, { severity: 'warning', at: ['texts', a.locale, said.field], locales: [a.locale, source.locale], message: `${a.locale} ${saying(a, side)}; ${source.locale} ${saying(source, sourceSide)}.`, hint: `Give the same advice in every locale: correct the ${a.locale} text, or the ${source.locale} text first if that one is wrong.` }));
  }
}

/** The sentences of a locale's advising fields, read as a reader reads them. */
function sentencesIn(code: LoadedCode, a: LocaleAdvice): string[] {
  const text = code.texts[a.locale]!;
  const out: string[] = [];
  for (const field of ADVISING_FIELDS) {
    const value = text[field];
    if (value) out.push(...sentencesOf(proseOf(value)));
  }
  return out;
}

/** Whether a sentence gives advice for `side`. */
function advises(sentence: string, lang: string, side: Side): boolean {
  const advice = readAdvice(sentence, lang)!;
  return side === 'retry' ? advice.retry.length > 0 : advice.noRetry.length > 0 || advice.support.length > 0;
}

/**
 * The source's sentences, counted when first asked: all of them, and those
 * that say something besides its advice (as many as a translation that
 * dropped the advice would have). The source advises in one sentence at least.
 */
interface SourceSentences {
  total(): number;
  besidesAdvice(): number;
}

function sourceSentences(code: LoadedCode, source: LocaleAdvice, side: Side): SourceSentences {
  let sentences: string[] | undefined;
  let besides: number | undefined;
  const all = () => (sentences ??= sentencesIn(code, source));
  return {
    total: () => all().length,
    besidesAdvice: () => (besides ??= all().length - Math.max(1, all().filter((s) => advises(s, source.lang, side)).length)),
  };
}

/** The lexicon file that would hold a translation's words for the source's advice. */
function lexiconFile(source: LocaleAdvice, side: Side): string {
  return side === 'stop' && source.support ? 'support.json' : 'retry.json';
}

/**
 * A translation that gives no advice where its source takes a side, with no
 * sentence left for the advice. Sentences are counted only here, for the few
 * translations that give no advice.
 */
function droppedFinding(code: LoadedCode, source: LocaleAdvice, side: Side, a: LocaleAdvice, sourceCount: SourceSentences): Finding | undefined {
  const n = sentencesIn(code, a).length;
  const total = sourceCount.total();
  // As many sentences as the source leaves room for the advice; the source's sentences are read for advice only when fewer.
  if (n >= total || n > sourceCount.besidesAdvice()) return undefined;
  const said = side === 'retry' ? source.retry! : (source.support ?? source.noRetry!);
  return codeFinding(id, code, {
    severity: 'warning',
    at: ['texts', a.locale, said.field],
    locales: [a.locale, source.locale],
    message: `${source.locale} ${saying(source, side)}; ${a.locale} gives no advice on sending again or contacting support, in ${n} sentence${n === 1 ? '' : 's'} to ${source.locale}'s ${total}.`,
    hint: `Add the advice to the ${a.locale} text. If it gives the advice already, in words the check does not know, add those words to the "${a.lang}" phrases in src/checks/advice/${lexiconFile(source, side)}.`,
  });
}

function run(catalog: Catalog): Finding[] {
  const out: Finding[] = [];
  const langs = localeLanguages(catalog.site);
  const { sourceLocale } = catalog.site;
  const sourceLang = langs.get(sourceLocale) ?? sourceLocale;
  for (const provider of catalog.providers) {
    for (const code of provider.codes) {
      const source = adviceOf(code, sourceLocale, sourceLang);
      // The translations matter where the source takes a side, or where the policy limits what any text may advise; else nothing they say is a finding.
      const read = (source && sideOf(source)) || POLICY_READS.has(code.retry.policy);
      const advice: LocaleAdvice[] = [];
      for (const [locale, lang] of langs) {
        const a = locale === sourceLocale ? source : read ? adviceOf(code, locale, lang) : undefined;
        if (a) advice.push(a);
      }
      policyFindings(code, advice, out);
      if (source) localeFindings(code, source, advice, out);
    }
  }
  return out;
}

export const check: Check = { id, summary: 'texts that advise retrying against the retry policy, a translation that advises otherwise than its source, or one that drops its advice', run };
