import { describe, expect, it } from 'vitest';
import { check, hiddenCharacters } from '../../../src/checks/hidden-characters.ts';
import { compareFindings } from '../../../src/checks/finding.ts';
import { catalogOf, catalogWith, code, lines, SITE } from '../helpers.ts';

const found = (text: string, rtl = false) => hiddenCharacters(text, rtl).map((h) => `${h.char.toString(16)} ${h.severity}`);

describe('hidden characters in a text', () => {
  it.each(['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'])('reports the direction control %j as an error, even in a right-to-left text', (c) => {
    expect(found(`Pay ${c}0 USD`)).toEqual([`${c.codePointAt(0)!.toString(16)} error`]);
    expect(found(`שלם ${c}0`, true)).toEqual([`${c.codePointAt(0)!.toString(16)} error`]);
  });

  it('warns about direction marks in left-to-right text, and accepts them beside right-to-left script or in a right-to-left locale', () => {
    expect(found('Retry\u200F later')).toEqual(['200f warning']);
    expect(found('Retry\u200E later')).toEqual(['200e warning']);
    expect(found('השתמשו ב-API\u200F עכשיו')).toEqual([]);
    expect(found('(5)\u200F', true)).toEqual([]);
  });

  it('warns about zero-width characters inside words', () => {
    expect(found('ERROR_ZERO\u200B_BALANCE')).toEqual(['200b warning']);
    expect(found('bal\u200Dance')).toEqual(['200d warning']);
    expect(found('bal\u200Cance')).toEqual(['200c warning']);
    expect(found('no\u2060break')).toEqual(['2060 warning']);
    expect(found('a\uFEFFb')).toEqual(['feff warning']);
  });

  it('accepts a joiner in an emoji sequence, a non-joiner in Persian or Hindi, a zero-width space in Thai, and tags in a flag', () => {
    expect(found('Family: 👨\u200D👩\u200D👧, cook: 🧑🏽\u200D🍳, rainbow: 🏳️\u200D🌈')).toEqual([]);
    expect(found('می\u200Cخواهم')).toEqual([]);
    expect(found('क्\u200Dष')).toEqual([]);
    expect(found('ภาษา\u200Bไทย')).toEqual([]);
    expect(found('Scotland: \u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}')).toEqual([]);
  });

  it('warns about tag characters outside a flag, which can carry hidden text', () => {
    expect(found('Fine\u{E0069}\u{E0067}\u{E006E}\u{E006F}\u{E0072}\u{E0065}.')).toEqual(['e0069 warning', 'e0067 warning', 'e006e warning', 'e006f warning', 'e0072 warning', 'e0065 warning']);
  });
});

describe('hidden-characters', () => {
  it('finds nothing in the texts of an ordinary code', () => {
    expect(check.run(catalogWith(code()))).toEqual([]);
  });

  it('reports a title, a text, a display name and a fact label, each at its line, with the character named and shown', () => {
    const entry = code({ name: 'NO\u200BFUNDS', facts: { wait: { value: 5, unit: 'second', label: { en: 'Wait\u202E', ru: 'Ожидание', zh: '等待' } } } });
    const texts = entry.texts as Record<string, Record<string, string>>;
    texts.en!.title = 'Balance \u202Eis empty';
    texts.ru!.summary = 'Баланс\u200B пуст. И\u200Bещё.';
    expect(lines(check.run(catalogWith(entry)).sort(compareFindings))).toMatchInlineSnapshot(`
      [
        "catalog/acme/errors.yaml:11:16 error [hidden-characters] ERROR_SAMPLE: texts.en.title holds U+202E RIGHT-TO-LEFT OVERRIDE, first after "Balance ": it changes the order in which the text is displayed, so readers and reviewers see another text than the one stored.",
        "catalog/acme/errors.yaml:16:18 warning [hidden-characters] ERROR_SAMPLE: texts.ru.summary holds U+200B ZERO WIDTH SPACE (2 in all), first after "Баланс": it is invisible, and can hide text or split a word a reader searches for.",
        "catalog/acme/errors.yaml:22:11 warning [hidden-characters] ERROR_SAMPLE: name holds U+200B ZERO WIDTH SPACE, first after "NO": it is invisible, and can hide text or split a word a reader searches for.",
        "catalog/acme/errors.yaml:28:15 error [hidden-characters] ERROR_SAMPLE: facts.wait.label.en holds U+202E RIGHT-TO-LEFT OVERRIDE, first after "Wait": it changes the order in which the text is displayed, so readers and reviewers see another text than the one stored.",
      ]
    `);
  });

  it('reports the site name, a locale name, a provider name and a phase summary', () => {
    const catalog = catalogOf({
      site: { name: { ...SITE.name, en: 'Errors\u2066' }, locales: [SITE.locales[0], { id: 'ru', name: 'Рус\u200Dский' }, SITE.locales[2]] },
      providers: { acme: { provider: { name: 'Ac\u202Eme', phases: [{ id: 'submit', summary: { en: 'Sub\u200Bmit.', ru: 'Отправка.', zh: '提交。' } }] }, codes: [code()] } },
    });
    expect(check.run(catalog).map((f) => `${f.file}:${f.line} ${f.severity} ${f.message.split(' holds')[0]}`)).toEqual([
      'catalog/site.yaml:2 error name.en',
      'catalog/site.yaml:14 warning locales[1].name',
      'catalog/acme/provider.yaml:2 error name',
      'catalog/acme/provider.yaml:11 warning phases[0].summary.en',
    ]);
  });

  it('takes a right-to-left locale\'s marks as its own', () => {
    const catalog = catalogOf({ site: { locales: [...SITE.locales, { id: 'he', name: 'עברית', dir: 'rtl' }] }, providers: { acme: { codes: [code({ texts: { ...(code().texts as object), he: { title: 'שגיאה', summary: 'HTTP 400\u200F.' } } })] } } });
    expect(check.run(catalog)).toEqual([]);
  });
});
