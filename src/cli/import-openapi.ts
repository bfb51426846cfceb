/**
 * `errcat import openapi`: the codes an OpenAPI document says the API
 * returns, into a new or existing provider. Exit 0 when imported (warnings
 * included), 2 for a wrong command line or a spec that cannot be used.
 */
import { Command, Option } from 'commander';
import pc from 'picocolors';
import { importOpenapi, type OpenapiImportResult } from '../import/openapi.ts';
import { EXIT, guardedAsync } from './errors.ts';
import { formatNote, rel } from './import-notes.ts';

interface Flags {
  provider: string;
  out: string;
  locale?: string;
  name?: string;
  dryRun: boolean;
  format: 'text' | 'json';
}

export function registerOpenapiImport(group: Command, setExit: (code: number) => void): void {
  group
    .command('openapi')
    .description('Import the error codes an OpenAPI 3.0/3.1 or Swagger 2.0 document (YAML or JSON) says the API returns; creates or merges a provider.')
    .argument('<spec>', 'the OpenAPI document; $refs to other local files are followed')
    .requiredOption('-p, --provider <id>', 'provider id (kebab-case): the folder under --out')
    .option('-o, --out <dir>', 'the catalog folder', 'catalog')
    .option('-l, --locale <locale>', 'the language of the spec\'s descriptions (default: sourceLocale in site.yaml, else en)')
    .option('--name <name>', 'provider display name, when provider.yaml is created (default: from the id)')
    .option('--dry-run', 'show what would change, write nothing', false)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((spec: string, opts: Flags) =>
      guardedAsync(
        setExit,
        async () => {
          const r = await importOpenapi({ provider: opts.provider, spec, out: opts.out, locale: opts.locale, name: opts.name, dryRun: opts.dryRun });
          console.log(opts.format === 'json' ? JSON.stringify({ ...r, spec: { file: r.spec.file, version: r.spec.version, codes: r.spec.codes.length } }, null, 2) : formatText(r));
          return EXIT.ok;
        },
        opts.format,
        'import openapi',
      ),
    );
}

function formatText(r: OpenapiImportResult, colors = pc): string {
  const out = r.notes.map((n) => formatNote(n, colors));
  if (out.length) out.push('');
  out.push(`Read ${r.spec.codes.length} codes from ${rel(r.spec.file)} (${r.spec.version.startsWith('2') ? 'Swagger' : 'OpenAPI'} ${r.spec.version}, ${r.spec.operations.length} operations); descriptions taken as ${r.locale} texts.`);
  const would = r.dryRun ? 'Would add' : 'Added';
  if (r.added.length) out.push(`${would} ${r.added.length} code${r.added.length === 1 ? '' : 's'}: ${r.added.join(', ')}.`);
  if (r.phased.length) out.push(`${r.dryRun ? 'Would set' : 'Set'} the phases of ${r.phased.join(', ')} from the spec's operations.`);
  if (r.phases.length) out.push(`${r.dryRun ? 'Would add' : 'Added'} phases to provider.yaml: ${r.phases.join(', ')}.`);
  if (r.unchanged.length) out.push(`${r.unchanged.length} code${r.unchanged.length === 1 ? ' is' : 's are'} unchanged.`);
  const changed = r.files.filter((f) => f.status !== 'unchanged');
  if (r.dryRun) out.push(changed.length ? `Dry run: would write ${changed.map((f) => rel(f.path)).join(', ')}; nothing was written.` : 'Dry run: nothing would change.');
  else out.push(changed.length ? `Wrote ${changed.map((f) => rel(f.path)).join(', ')}.\nNext: npx errcat check --catalog ${r.out} --openapi ${r.spec.file} --provider ${r.provider}` : 'Nothing changed.');
  return out.join('\n');
}
