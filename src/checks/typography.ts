/**
 * typography: Chinese and Russian texts follow their language's typography
 * (typography-rules.ts), on prose only. Warnings, each with the mended text,
 * which `errcat check --fix` writes (typographyFixes).
 */
import type { Catalog, LoadedCode, LoadedProvider } from '../catalog/load.ts';
import { TEXT_FIELDS, type TextField } from '../catalog/schema.ts';
import { codeFinding, list, type Check } from './check.ts';
import type { Finding } from './finding.ts';
import { RULES, rulesFor, typeset, type Rule } from './typography-rules.ts';

export const id = 'typography';

/** One text field and what --fix would make of it. */
export interface TypographyFix {
  provider: LoadedProvider;
  code: LoadedCode;
  locale: string;
  field: TextField;
  before: string;
  after: string;
  rules: Rule[];
}

/** Every text field the rules would change. */
export function typographyFixes(catalog: Catalog): TypographyFix[] {
  const out: TypographyFix[] = [];
  const options = catalog.site.typography.zh;
  const langs = new Map(catalog.site.locales.map((l) => [l.id, l.lang ?? l.id]));
  const typed = [...langs].filter(([, lang]) => rulesFor(lang));
  if (!typed.length) return out;
  for (const provider of catalog.providers) {
    for (const code of provider.codes) {
      for (const [locale, lang] of typed) {
        const text = code.texts[locale];
        if (!text) continue;
        for (const field of TEXT_FIELDS) {
          const before = text[field];
          if (before === undefined) continue;
          const r = typeset(before, lang, options);
          if (r.slips.length) out.push({ provider, code, locale, field, before, after: r.text, rules: [...new Set(r.slips.map((s) => s.rule))] });
        }
      }
    }
  }
  return out;
}

function run(catalog: Catalog): Finding[] {
  return typographyFixes(catalog).map((f) =>
    codeFinding(id, f.code, {
      severity: 'warning',
      at: ['texts', f.locale, f.field],
      locales: [f.locale],
      message: `The ${f.locale} ${f.field} has ${list(f.rules.map((r) => RULES[r]))}.`,
      hint: `Run npx errcat check --fix to correct it (code spans, links and placeholders stay as they are), or edit the text${f.rules.some((r) => r.startsWith('zh-latin')) ? '; the space between Chinese and Latin is set by typography.zh.latinSpace in site.yaml' : ''}.`,
    }),
  );
}

export const check: Check = { id, summary: 'zh and ru typography: spaces, brackets and quotes', run };
