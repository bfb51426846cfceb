/**
 * What a Chinese or Russian reader sees follows the typography site.yaml
 * chooses: in zh, no space after full-width punctuation or between Han
 * characters, full-width brackets, and one space between Han and Latin
 * letters or digits (typography.zh.latinSpace); in ru, «» quotes and no
 * space before punctuation. Generated text (retry advice, quantities, labels)
 * included. Code is left out: it is not prose.
 */
import { test, expect, type Page } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { codePages } from './catalog.ts';

const DIST = '.errcat/e2e-dist';

/** Every page of a locale that is not a redirect. */
function pagesOf(locale: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html' && !readFileSync(full, 'utf8').includes('http-equiv="refresh"')) out.push(`/${path.relative(DIST, dir)}/`);
    }
  };
  walk(path.join(DIST, locale));
  return out;
}

/** The prose of the page: code, hidden text and anchors left out, a line per block. */
function prose(page: Page): Promise<string> {
  return page.evaluate(() => {
    const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
    main.querySelectorAll('pre, code, .sr-only, script, a.anchor').forEach((e) => e.replaceWith('\u2063'));
    main.querySelectorAll('p, li, td, th, dd, dt, h1, h2, h3, h4, figcaption, legend, label, caption, button, div, .pill, .differs').forEach((e) => {
      e.before('\n');
      e.after('\n');
    });
    return main.textContent!;
  });
}

const ZH: Record<string, RegExp> = {
  'a space after full-width punctuation': /[，。；：？！、（）] +\S/gu,
  'a space between Han characters': /\p{Script=Han} +\p{Script=Han}/gu,
  'a Latin bracket next to Han': /\p{Script=Han}\s*[()]|[()]\s*\p{Script=Han}/gu,
  'Latin punctuation next to Han': /\p{Script=Han}[,;:?!]|[,;:?!]\p{Script=Han}/gu,
  'Han and a Latin letter or digit without a space': /\p{Script=Han}[A-Za-z0-9]|[A-Za-z0-9]\p{Script=Han}/gu,
};
const RU: Record<string, RegExp> = {
  'straight or English quotes': /["“”„]/gu,
  'a space before punctuation': / [,.;:!?»)]/gu,
  // A date ends in "г." and a sentence around it must not add its own full stop.
  'a doubled full stop': /(?<!\.)\.\.(?!\.)/gu,
};

function problems(text: string, rules: Record<string, RegExp>): string[] {
  return Object.entries(rules).flatMap(([what, re]) => [...text.matchAll(re)].map((m) => `${what}: …${text.slice(Math.max(0, m.index - 12), m.index + 12).replace(/\s+/g, ' ')}…`));
}

// The prose is in the HTML; scripts only add behaviour.
test.use({ javaScriptEnabled: false });

for (const [locale, rules] of [['zh', ZH], ['ru', RU]] as const) {
  test(`every ${locale} page follows the ${locale} typography`, async ({ page }) => {
    test.setTimeout(180_000);
    const pages = pagesOf(locale);
    expect(pages).toEqual(expect.arrayContaining(codePages(locale)));
    const found: string[] = [];
    for (const p of pages) {
      await page.goto(p, { waitUntil: 'domcontentloaded' });
      found.push(...problems(await prose(page), rules).map((x) => `${p} ${x}`));
    }
    expect([...new Set(found)]).toEqual([]);
  });
}
