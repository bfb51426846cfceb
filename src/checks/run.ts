/**
 * The runner: runs every check over a loaded catalog, applies the baseline
 * (accepted findings, each with a reason), reports baseline entries that no
 * longer match anything, and sorts. Every check runs; nothing stops at the
 * first finding.
 */
import type { Catalog } from '../catalog/load.ts';
import { forgetTexts, readTexts, type Check, type FieldReading } from './check.ts';
import type { TextMemo } from './text-memo.ts';
import { compareFindings, type Finding } from './finding.ts';
import { CHECKS } from './index.ts';

export interface CheckResult {
  /** Findings that count, sorted by file and line. */
  findings: Finding[];
  /** Findings the baseline accepts, with the reason. */
  accepted: (Finding & { reason: string })[];
  errors: number;
  warnings: number;
  /** True when the result should fail a build or a CI run. */
  failed: boolean;
  /** What the checks could not judge (Check.notes), one line each. */
  notes: string[];
}

export interface RunOptions {
  /** Warnings fail too. */
  strict?: boolean;
  /** Run only these checks (all by default). */
  checks?: Check[];
  /** Readings kept across runs (the dev server keeps one across saves); the findings are the same with or without. */
  memo?: TextMemo<FieldReading>;
  /** Findings made outside the catalog's own checks (the OpenAPI comparison), to go through the baseline with the rest. */
  extra?: Finding[];
}

export function runChecks(catalog: Catalog, options: RunOptions = {}): CheckResult {
  if (options.memo) readTexts(catalog, options.memo);
  const raw = [...catalog.findings];
  const notes: string[] = [];
  for (const check of options.checks ?? CHECKS) {
    raw.push(...check.run(catalog));
    notes.push(...(check.notes?.(catalog) ?? []));
  }
  for (const f of options.extra ?? []) raw.push(f);

  const entries = catalog.baseline.accepted;
  const used = new Set<number>();
  const findings: Finding[] = [];
  const accepted: CheckResult['accepted'] = [];
  for (const f of raw) {
    const n = entries.findIndex(
      (e) =>
        e.check === f.check &&
        (e.provider === undefined || e.provider === f.provider) &&
        (e.code === undefined || e.code === f.code) &&
        (e.locale === undefined || f.locales.includes(e.locale)),
    );
    if (n === -1 || f.check === 'schema') findings.push(f);
    else {
      used.add(n);
      accepted.push({ ...f, reason: entries[n]!.reason });
    }
  }
  entries.forEach((e, n) => {
    if (used.has(n)) return;
    const what = [e.provider, e.code, e.locale].filter(Boolean).join(' ');
    findings.push({
      check: 'baseline',
      severity: 'error',
      ...catalog.baseline.at(['accepted', n]),
      provider: e.provider,
      code: e.code,
      locales: e.locale ? [e.locale] : [],
      message: `This accepted ${e.check} finding${what ? ` for ${what}` : ''} no longer occurs; a stale exemption would hide the next real one.`,
      hint: 'Remove the entry from baseline.yaml.',
    });
  });

  // The checks' per-text memory is large on a big catalog and of no use after the run.
  forgetTexts(catalog);
  findings.sort(compareFindings);
  accepted.sort(compareFindings);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  return { findings, accepted, errors, warnings, failed: errors > 0 || (!!options.strict && warnings > 0), notes };
}
