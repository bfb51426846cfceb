/**
 * Patterns found on real localized error pages (bench/corpus/, CHECKS.md),
 * rewritten in our own words in tests/fixtures/corpus-patterns: one code per
 * pattern. `it.fails` marks a pattern a check still gets wrong; each names
 * the pattern and who reads that part of a text.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { runChecks } from '../../../src/checks/run.ts';

const findings = runChecks(loadCatalog('tests/fixtures/corpus-patterns/catalog')).findings;

/** "check locale" for each finding about one code. */
function about(code: string): string[] {
  return findings.filter((f) => f.code === code).map((f) => `${f.check} ${f.locales[0]}`);
}

describe('patterns from real localized error pages', () => {
  it('reads an anchor that is the heading slug in each language as the same link (MDN, Docusaurus sites)', () => {
    expect(about('LOCALIZED_ANCHOR')).toEqual([]);
  });

  it('reads /en-us/ and /zh-cn/ in a help-centre link as the locales en and zh', () => {
    expect(about('HELPDESK_REGION')).toEqual([]);
  });

  it("reads a link to the translation's own wiki edition, with its own article title, as the same link (MDN ru)", () => {
    expect(about('WIKI_EDITION')).toEqual([]);
  });

  it('warns where translations say to try again later and the source says to contact support (CapMonster Cloud)', () => {
    expect(about('ADVICE_CONFLICT')).toEqual(['retry-advice ru', 'retry-advice zh']);
  });

  it('reads "do not send again", «не отправляйте снова» and 不要重新发送 as advice against retrying', () => {
    expect(about('ADVICE_NEGATED')).toEqual([]);
  });

  it('ends a negation before "and then": "delete what you do not need and then upload again" advises a retry (Yandex Object Storage)', () => {
    expect(about('NEGATION_SCOPE')).toEqual([]);
  });

  it('finds an outdated range a translation keeps (MDN ru)', () => {
    expect(about('OLD_RANGE')).toEqual(['quantity-drift ru']);
  });

  // Was a miss (CapMonster Cloud ru, zh): a translation that drops the advice
  // altogether takes no side. It is reported where it also has no sentence
  // left for the advice (retry-advice.ts, "dropped advice").
  it('warns where the source advises a later retry and the translations give no advice (CapMonster Cloud ru, zh)', () => {
    expect(about('ADVICE_DROPPED')).toEqual(['retry-advice ru', 'retry-advice zh']);
  });

  // Was a false alarm (TDengine en/zh, 24 false errors): "1. " starts a
  // Markdown list item, whose number is no quantity, while zh's "1.原因" (no
  // space) is text whose 1 was read as a number. Enumerations are masked
  // (src/catalog/text/enumeration.ts).
  it('reads an inline enumeration as no quantity, whether or not a space follows the dot (TDengine)', () => {
    expect(about('INLINE_ENUMERATION').filter((f) => f.startsWith('quantity-drift'))).toEqual([]);
  });

  // Was a false alarm (25 false warnings): the same enumeration is a list
  // item in en and ru but text in zh; markdown-parity counts its text items.
  it('counts an inline enumeration alike in every language (TDengine)', () => {
    expect(about('INLINE_ENUMERATION').filter((f) => f.startsWith('markdown-parity'))).toEqual([]);
  });

  // Was a false alarm (TDengine zh): a digit that names a value in a phrase
  // ("divides by 0") in one language and a word or nothing in another is no
  // amount that drifted: an unpaired bare zero is silent (compare.ts).
  it('reads a digit naming a value in a phrase as no quantity drift (TDengine)', () => {
    expect(about('NAMED_DIGIT')).toEqual([]);
  });
});
