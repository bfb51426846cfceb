/**
 * What the dev toolbar app shows for a page: the findings about the code or
 * provider the page is about, and the whole catalog's count, computed on
 * the dev server for the toolbar app (dev-toolbar.ts) to draw.
 */
import path from 'node:path';
import type { Catalog } from '../catalog/load.ts';
import type { CheckResult } from '../checks/run.ts';
import type { PageView } from './dev-events.ts';

const rel = (file: string) => (path.isAbsolute(file) ? path.relative(process.cwd(), file) || file : file);

/** The provider and code a page path is about: /{locale}/{provider}/ and /{locale}/{provider}/{CODE or alias}/. */
export function subjectOf(catalog: Catalog, pagePath: string): { provider: string; code?: string } | undefined {
  const [locale, providerId, codeOrAlias] = pagePath.split('/').filter(Boolean).map(decodeURIComponent);
  if (!locale || !catalog.site.locales.some((l) => l.id === locale)) return undefined;
  const provider = catalog.providers.find((p) => p.id === providerId);
  if (!provider) return undefined;
  if (!codeOrAlias) return { provider: provider.id };
  const code = provider.codes.find((c) => c.code === codeOrAlias || c.aliases.includes(codeOrAlias));
  return code ? { provider: provider.id, code: code.code } : undefined;
}

export function pageView(catalog: Catalog, result: CheckResult, pagePath: string): PageView {
  const subject = subjectOf(catalog, pagePath);
  const findings = subject
    ? result.findings
        .filter((f) => f.provider === subject.provider && (subject.code === undefined || f.code === subject.code))
        .map((f) => ({ where: `${rel(f.file)}:${f.line}:${f.column}`, severity: f.severity, check: f.check, message: f.message, hint: f.hint }))
    : [];
  return {
    path: pagePath,
    subject: subject && (subject.code ? `${subject.provider}/${subject.code}` : subject.provider),
    findings,
    total: { errors: result.errors, warnings: result.warnings, accepted: result.accepted.length },
  };
}

/** The view while the catalog cannot be loaded. */
export function failureView(pagePath: string, failure: { file: string; line: number; column: number; message: string; hint: string }): PageView {
  const where = failure.line ? `${rel(failure.file)}:${failure.line}:${failure.column}` : rel(failure.file);
  return { path: pagePath, findings: [], total: { errors: 1, warnings: 0, accepted: 0 }, failure: { where, severity: 'error', check: 'load', message: failure.message, hint: failure.hint } };
}
