/**
 * `errcat import docusaurus` and `errcat import markdown`: read one page per
 * locale into the catalog (`errcat import openapi` is in import-openapi.ts).
 * Exit 0 when imported (warnings included), 2 for a wrong command line or an
 * input that cannot be used; nothing is written then.
 */
import { Command, Option } from 'commander';
import pc from 'picocolors';
import { UsageError } from '../catalog/usage-error.ts';
import { importDocusaurus } from '../import/docusaurus.ts';
import type { ImportOptions, ImportResult } from '../import/import.ts';
import { parseColumns } from '../import/table-columns.ts';
import { importMarkdown } from '../import/tables.ts';
import { registerOpenapiImport } from './import-openapi.ts';
import { formatNote, rel, type Colors } from './import-notes.ts';
import { EXIT, guarded } from './errors.ts';

/** More pages than this get a progress line (on a terminal). */
const PROGRESS_AFTER = 3;

interface ImportFlags {
  provider: string;
  locale: string[];
  out: string;
  dryRun: boolean;
  format: 'text' | 'json';
  name?: string;
  source?: string;
  overwrite: boolean;
  columns?: string;
}

function collectLocale(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function registerImport(program: Command, setExit: (code: number) => void): void {
  const group = program.command('import').description('Import existing documentation pages or an OpenAPI spec into the catalog.');
  pagesCommand(group, setExit, 'docusaurus', 'Import a Docusaurus error page (one per locale) as <out>/<provider>/errors.yaml; merges into a provider that exists.', (options) => importDocusaurus(options));
  pagesCommand(group, setExit, 'markdown', 'Import the tables of error codes on a Markdown page (pipe, HTML or YFM tables; one page per locale) as <out>/<provider>/errors.yaml; merges into a provider that exists.', (options, flags) =>
    importMarkdown({ ...options, columns: flags.columns === undefined ? undefined : parseColumns(flags.columns) }),
  ).option('--columns <roles>', 'which column holds what, counting from 1, e.g. code=1,http=2,text=3 (roles: code, http, name, text, retry); found from the header words and cells by default');
  registerOpenapiImport(group, setExit);
}

/** A command that imports one page per locale, with the options every page format shares. */
function pagesCommand(group: Command, setExit: (code: number) => void, name: string, description: string, run: (options: ImportOptions, flags: ImportFlags) => ImportResult): Command {
  return group
    .command(name)
    .description(description)
    .requiredOption('-p, --provider <id>', 'provider id (kebab-case): the folder under --out')
    .requiredOption('-l, --locale <locale=file>', 'a locale (en, or as Docusaurus names it: pt-BR, zh-Hans) and its page, e.g. en=docs/errors.md; repeat for each locale', collectLocale, [])
    .option('-s, --source <locale>', 'the locale translations are made from (default: sourceLocale in site.yaml)')
    .option('--overwrite', 'replace summaries written by hand with the pages\' texts', false)
    .option('-o, --out <dir>', 'the catalog folder', 'catalog')
    .option('--name <name>', 'provider display name, when provider.yaml is created (default: from the id)')
    .option('--dry-run', 'show what would change, write nothing', false)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((opts: ImportFlags) => {
      const progress = opts.locale.length > PROGRESS_AFTER && process.stderr.isTTY;
      guarded(
        setExit,
        () => {
          let result: ImportResult;
          try {
            result = run(
              {
                provider: opts.provider,
                locales: opts.locale.map(localeSpec),
                source: opts.source,
                overwrite: opts.overwrite,
                out: opts.out,
                dryRun: opts.dryRun,
                name: opts.name,
                onProgress: progress
                  ? (done, total, file) => process.stderr.write(`\r\x1b[2KReading ${done}/${total}: ${file}${done === total ? '\n' : ''}`)
                  : undefined,
              },
              opts,
            );
          } catch (e) {
            if (progress) process.stderr.write('\n');
            throw e;
          }
          console.log(opts.format === 'json' ? formatImportJson(result) : formatImportText(result));
          return EXIT.ok;
        },
        opts.format,
        `import ${name}`,
      );
    });
}

/** `--locale <locale>=<file>`. */
function localeSpec(spec: string): { locale: string; file: string } {
  const eq = spec.indexOf('=');
  if (eq <= 0 || eq === spec.length - 1) throw new UsageError(`--locale ${spec} is not <locale>=<file>.`, 'Write the locale, "=", and the page, e.g. --locale ru=i18n/ru/errors.md.', '--locale');
  return { locale: spec.slice(0, eq).trim(), file: spec.slice(eq + 1) };
}

const SOURCE_FROM = { '--source': 'from --source', 'site.yaml': 'sourceLocale in site.yaml', pages: 'the default for a new folder; --source chooses another' } as const;

export function formatImportText(r: ImportResult, colors: Colors = pc): string {
  const out: string[] = [];
  for (const n of r.notes) out.push(formatNote(n, colors));
  if (r.notes.length) out.push('');
  out.push(`Read ${r.pages.map((p) => `${p.entries.length} entries from ${rel(p.file)} (${p.given === p.locale ? p.locale : `${p.given} as ${p.locale}`})`).join(', ')}.`);
  out.push(`Source locale: ${r.sourceLocale} (${SOURCE_FROM[r.sourceFrom]}); translations are stamped against its texts.`);
  const added = r.codes.filter((c) => c.status === 'added');
  const updated = r.codes.filter((c) => c.status === 'updated');
  const unchanged = r.codes.filter((c) => c.status === 'unchanged');
  const would = r.dryRun ? 'Would add' : 'Added';
  if (added.length) out.push(`${would} ${added.length} code${added.length === 1 ? '' : 's'}: ${added.map((c) => `${c.code} (${c.added.join(', ')})`).join(', ')}.`);
  for (const c of updated) {
    const parts = [c.added.length ? `${r.dryRun ? 'would add' : 'added'} ${c.added.join(', ')}` : '', c.updated.length ? `${r.dryRun ? 'would update' : 'updated'} ${c.updated.join(', ')}` : ''].filter(Boolean);
    out.push(`${c.code}: ${parts.join('; ')}.`);
  }
  if (unchanged.length) out.push(`${unchanged.length} code${unchanged.length === 1 ? ' is' : 's are'} unchanged.`);
  const handKept = r.handWritten.filter((h) => !h.replaced);
  const handReplaced = r.handWritten.filter((h) => h.replaced);
  if (handKept.length) out.push(`Kept ${handKept.length} summar${handKept.length === 1 ? 'y' : 'ies'} written by hand that the pages would replace: ${handKept.map((h) => `${h.code} (${h.locale})`).join(', ')}; --overwrite replaces ${handKept.length === 1 ? 'it' : 'them'}.`);
  if (handReplaced.length) out.push(`${r.dryRun ? 'Would replace' : 'Replaced'} ${handReplaced.length} summar${handReplaced.length === 1 ? 'y' : 'ies'} written by hand (--overwrite): ${handReplaced.map((h) => `${h.code} (${h.locale})`).join(', ')}.`);
  if (r.kept.length) out.push(`Kept ${r.kept.length} code${r.kept.length === 1 ? '' : 's'} the pages do not list: ${r.kept.join(', ')}.`);
  const changed = r.files.filter((f) => f.status !== 'unchanged');
  if (r.dryRun) out.push(changed.length ? `Dry run: would write ${changed.map((f) => `${rel(f.path)} (${f.status === 'created' ? 'new' : 'changed'})`).join(', ')}; nothing was written.` : 'Dry run: nothing would change.');
  else out.push(changed.length ? `Wrote ${changed.map((f) => rel(f.path)).join(', ')}.` : 'Nothing changed.');
  const warnings = r.notes.filter((n) => n.severity === 'warning').length;
  if (!r.dryRun && changed.length) out.push(`Next: npx errcat check --catalog ${r.out}${warnings ? ` (and see the ${warnings} warning${warnings === 1 ? '' : 's'} above)` : ''}.`);
  return out.join('\n');
}

export function formatImportJson(r: ImportResult): string {
  return JSON.stringify(
    {
      provider: r.provider,
      out: r.out,
      dryRun: r.dryRun,
      written: r.written,
      sourceLocale: r.sourceLocale,
      sourceFrom: r.sourceFrom,
      pages: r.pages.map((p) => ({ locale: p.locale, given: p.given, file: p.file, entries: p.entries.length })),
      codes: r.codes,
      kept: r.kept,
      handWritten: r.handWritten,
      files: r.files,
      notes: r.notes,
    },
    null,
    2,
  );
}
