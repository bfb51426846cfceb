/**
 * What the search box and the results page both show: a result's row, the
 * sentence that says how a query was read, counts in the locale's words, and
 * the results page's address.
 */
import type { CodeSearch, Hit, Results } from '../search/engine.ts';
import { BREAK_CLASS } from '../render/code-break.ts';

/** A new element with its attributes (`class` among them). */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

/** The search's UI strings (from the codes file), with {placeholders} filled and plural forms picked. */
export class Texts {
  private readonly ui: Record<string, string>;
  private readonly plural: Intl.PluralRules;
  private readonly lang: string;
  // Made when a number is first shown (Chromium's first on a page is slow: search-boot.ts makes one while the search loads).
  private numbers: Intl.NumberFormat | undefined;

  constructor(search: CodeSearch, lang: string) {
    this.ui = search.ui;
    this.lang = lang;
    this.plural = new Intl.PluralRules(lang);
  }

  get(key: string, vars: Record<string, string | number> = {}): string {
    return (this.ui[key] ?? key).replace(/\{(\w+)\}/g, (all, name: string) => {
      const v = vars[name];
      return v === undefined ? all : typeof v === 'number' ? this.format(v) : v;
    });
  }

  /** A number as the locale writes it. */
  format(n: number): string {
    this.numbers ??= new Intl.NumberFormat(this.lang);
    return this.numbers.format(n);
  }

  /** "47 results", in the plural form the number takes in the locale. */
  count(n: number): string {
    const key = `count_${this.plural.select(n)}`;
    return this.get(key in this.ui ? key : 'count_other', { n });
  }
}

/** Fills `row` with a hit: its code and provider, its title, its HTTP status and retry advice. */
export function fillHit(row: HTMLElement, h: Hit): void {
  const span = (className: string, text: string) => {
    const el = document.createElement('span');
    el.className = className;
    el.textContent = text;
    return el;
  };
  const code = span('r-code', '');
  // A long code breaks after an underscore, not inside a word (src/render/code-break.ts).
  h.code.split(/(?<=_)/).forEach((part, i) => code.append(...(i ? [span(BREAK_CLASS, ''), part] : [part])));
  row.append(code, span('r-provider', h.providerName), span('r-title', h.title), span('r-meta', `HTTP ${h.http} · ${h.retry}`));
}

/** The sentence that says how the query was read, where it was not read as typed: its key and the codes it names. */
function reading(results: Results): [string, Record<string, string>] | undefined {
  if (!results.hits.length) return undefined;
  if (results.corrected) return ['corrected', results.corrected];
  if (results.nearest) return ['nearest', { q: results.nearest }];
  if (results.found) return ['found', { codes: results.found.join(', ') }];
  if (results.partial) return ['partial', {}];
  return undefined;
}

export function readAs(results: Results, t: Texts): string | undefined {
  const r = reading(results);
  return r && t.get(...r);
}

/** Fills `el` with readAs(), the codes it names set as code. */
export function fillReadAs(el: HTMLElement, results: Results, t: Texts): void {
  const r = reading(results);
  el.replaceChildren();
  el.hidden = !r;
  if (!r) return;
  const [key, vars] = r;
  const marked = Object.fromEntries(Object.keys(vars).map((name) => [name, `\u0000${name}\u0000`]));
  t.get(key, marked)
    .split('\u0000')
    .forEach((part, i) => {
      if (i % 2 === 0) return part && el.append(part);
      const code = document.createElement('code');
      code.textContent = vars[part]!;
      el.append(code);
    });
}

/** Sentences one after the other: a space between them, none after full-width punctuation (Chinese, Japanese). */
export function sentences(...parts: (string | undefined)[]): string {
  return parts.filter(Boolean).reduce((all: string, s) => (all ? all + (/[\u3000-\u303f\uff01-\uff60]$/u.test(all) ? '' : ' ') + s : s!), '');
}

/** The provider whose pages the reader is on: the first segment after the locale, when it names one. */
export function providerOfPage(search: CodeSearch): string | undefined {
  const segment = location.pathname.split('/')[2];
  return search.providers().some(([id]) => id === segment) ? segment : undefined;
}

/** The results page for a query: filtered to `provider`, ranking `from`'s codes first. */
export function resultsUrl(locale: string, q: string, provider?: string, from?: string): string {
  const params = new URLSearchParams({ q });
  if (provider) params.set('provider', provider);
  if (from && from !== provider) params.set('from', from);
  return `/${locale}/search/?${params}`;
}
