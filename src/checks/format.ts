/**
 * Findings for people (text, colored on a terminal, NO_COLOR respected by
 * picocolors) and for machines (JSON, SARIF 2.1.0).
 */
import path from 'node:path';
import pc from 'picocolors';
import type { Finding } from './finding.ts';
import type { CheckResult } from './run.ts';
import { CHECKS } from './index.ts';
import type { Unusable } from '../catalog/unusable.ts';

export type Format = 'text' | 'json' | 'sarif';

const rel = (file: string) => (path.isAbsolute(file) ? path.relative(process.cwd(), file) || file : file);

export function formatFinding(f: Finding, colors = pc): string {
  const where = `${rel(f.file)}:${f.line}:${f.column}`;
  const sev = f.severity === 'error' ? colors.red('error') : colors.yellow('warning');
  return `${colors.bold(where)} ${sev} ${colors.dim(`[${f.check}]`)} ${f.message}\n  ${colors.cyan('hint:')} ${f.hint}`;
}

export function formatText(result: CheckResult, colors = pc): string {
  const lines = result.findings.map((f) => formatFinding(f, colors));
  const parts = [`${result.errors} error${result.errors === 1 ? '' : 's'}`, `${result.warnings} warning${result.warnings === 1 ? '' : 's'}`];
  if (result.accepted.length) parts.push(`${result.accepted.length} accepted in the baseline`);
  const summary = result.findings.length === 0 ? colors.green(`No findings (${parts.slice(2).join('') || 'clean'}).`) : parts.join(', ') + '.';
  const notes = result.notes.map((n) => `${colors.blue('note:')} ${n}`);
  return [...lines, lines.length ? '' : undefined, ...notes, summary].filter((l) => l !== undefined).join('\n');
}

export function formatJson(result: CheckResult): string {
  return JSON.stringify(result.findings.map((f) => ({ ...f, file: rel(f.file) })), null, 2);
}

const uri = (file: string) => rel(file).split(path.sep).join('/');
const region = (line: number, column: number) => ({ startLine: Math.max(1, line), startColumn: Math.max(1, column) });

function sarif(results: unknown[], notifications: unknown[] = []): string {
  const rules = [...CHECKS.map((c) => ({ id: c.id, summary: c.summary })), { id: 'schema', summary: 'catalog files against the schema' }, { id: 'baseline', summary: 'baseline entries that no longer match' }];
  return JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'errcat', informationUri: 'https://github.com/errcat/errcat', rules: rules.map((r) => ({ id: r.id, shortDescription: { text: r.summary } })) } },
          invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
          results,
        },
      ],
    },
    null,
    2,
  );
}

export function formatSarif(result: CheckResult): string {
  return sarif(
    result.findings.map((f) => ({
      ruleId: f.check,
      level: f.severity === 'error' ? 'error' : 'warning',
      message: { text: `${f.message} Hint: ${f.hint}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: uri(f.file) }, region: region(f.line, f.column) } }],
      properties: { provider: f.provider, code: f.code, locales: f.locales },
    })),
  );
}

/**
 * Input that could not be used, in each format: text on stderr; for JSON an
 * array with one finding of check `load` (the same shape as findings, so a
 * program reads both alike); for SARIF a run without results whose
 * invocation failed, with a tool execution notification saying why.
 */
export function formatUnusable(u: Unusable, format: Format, colors = pc): string {
  const where = u.line ? `${u.file}:${u.line}:${u.column}` : u.file;
  if (format === 'text') return `${colors.bold(where)} ${colors.red('error')} ${u.message}\n  ${colors.cyan('hint:')} ${u.hint}`;
  if (format === 'json') return JSON.stringify([{ check: 'load', severity: 'error', file: rel(u.file), line: u.line, column: u.column, locales: [], message: u.message, hint: u.hint }], null, 2);
  const location = u.file ? [{ physicalLocation: { artifactLocation: { uri: uri(u.file) }, ...(u.line ? { region: region(u.line, u.column) } : {}) } }] : [];
  return sarif([], [{ level: 'error', descriptor: { id: 'load' }, message: { text: `${u.message} Hint: ${u.hint}` }, locations: location }]);
}
