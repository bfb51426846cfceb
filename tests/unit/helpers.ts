/** Builds small catalogs in memory for tests: plain objects in, a loaded catalog (with positions) out. */
import { stringify } from 'yaml';
import { loadCatalogFromFiles, type Catalog } from '../../src/catalog/load.ts';

export const SITE = {
  name: { en: 'Test', ru: 'Тест', zh: '测试' },
  tagline: { en: 'Test site.', ru: 'Тестовый сайт.', zh: '测试网站。' },
  url: 'https://errors.test',
  locales: [{ id: 'en', name: 'English' }, { id: 'ru', name: 'Русский' }, { id: 'zh', name: '中文' }],
  sourceLocale: 'en',
  defaultLocale: 'en',
  providers: ['acme'],
};

export const PROVIDER = {
  id: 'acme',
  name: 'Acme',
  apiStyle: 'http-status',
  summary: { en: 'Acme API.', ru: 'API Acme.', zh: 'Acme API。' },
  phases: [{ id: 'submit', summary: { en: 'Submit.', ru: 'Отправка.', zh: '提交。' } }],
};

/** A valid code entry; override fields as needed. */
export function code(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    code: 'ERROR_SAMPLE',
    http: 400,
    category: 'input',
    phases: ['submit'],
    retry: { policy: 'after-fix' },
    texts: {
      en: { title: 'Sample error', summary: 'Something was wrong with the request.', action: 'Fix the request and send it again.' },
      ru: { title: 'Пример ошибки', summary: 'В запросе что-то не так.', action: 'Исправьте запрос и отправьте его снова.' },
      zh: { title: '示例错误', summary: '请求有问题。', action: '修正请求后重新发送。' },
    },
    ...overrides,
  };
}

export interface CatalogSpec {
  site?: Record<string, unknown>;
  providers?: Record<string, { provider?: Record<string, unknown>; codes: Record<string, unknown>[] }>;
  baseline?: Record<string, unknown>;
}

/** The catalog's files as YAML text. */
export function catalogFiles(spec: CatalogSpec = {}): Record<string, string> {
  const providers = spec.providers ?? { acme: { codes: [code()] } };
  const files: Record<string, string> = {
    'site.yaml': stringify({ ...SITE, providers: Object.keys(providers), ...spec.site }),
  };
  for (const [id, p] of Object.entries(providers)) {
    files[`${id}/provider.yaml`] = stringify({ ...PROVIDER, id, name: id, ...p.provider });
    files[`${id}/errors.yaml`] = stringify({ codes: p.codes }, { lineWidth: 0 });
  }
  if (spec.baseline) files['baseline.yaml'] = stringify(spec.baseline);
  return files;
}

export function catalogOf(spec: CatalogSpec = {}): Catalog {
  return loadCatalogFromFiles(catalogFiles(spec));
}

/** One code in the one provider "acme". */
export function catalogWith(...codes: Record<string, unknown>[]): Catalog {
  return catalogOf({ providers: { acme: { codes } } });
}

/** One code in "acme" whose `action` text is set per locale; `overrides` change the code, `provider` its provider.yaml. */
export function withActions(actions: Record<string, string>, overrides: Record<string, unknown> = {}, provider: Record<string, unknown> = {}): Catalog {
  const entry = code(overrides);
  const texts = entry.texts as Record<string, Record<string, string>>;
  for (const [locale, action] of Object.entries(actions)) texts[locale]!.action = action;
  return catalogOf({ providers: { acme: { provider, codes: [entry] } } });
}

/** Findings as "file:line:col severity [check] message" lines, for snapshots. */
export function lines(findings: { file: string; line: number; column: number; severity: string; check: string; message: string }[]): string[] {
  return findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} [${f.check}] ${f.message}`);
}
