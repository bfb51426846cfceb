/**
 * `errcat`: check the catalog, stamp translations, export the schema, import
 * existing pages. Exit codes: 0 clean, 1 findings that fail, 2 unusable input
 * or a wrong command line.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { loadCatalog } from '../catalog/load.ts';
import { runChecks } from '../checks/run.ts';
import { formatJson, formatSarif, formatText, type Format } from '../checks/format.ts';
import { stamp } from './stamp.ts';
import { fixTypography } from './fix.ts';
import { writeJsonSchemas } from './schema.ts';
import { registerImport } from './import.ts';
import { registerTranslate } from './translate.ts';
import { updateManifest } from './urls.ts';
import { EXIT, guarded, guardedAsync } from './errors.ts';
import { siteSpecs, specFindings, type SpecOf } from '../checks/openapi.ts';
import { UsageError } from '../catalog/usage-error.ts';
import type { Catalog } from '../catalog/load.ts';

/** The spec `--openapi` names, for the provider `--provider` names. */
function givenSpec(catalog: Catalog, spec: string | undefined, provider: string | undefined): SpecOf[] {
  if (spec === undefined) {
    if (provider !== undefined) throw new UsageError('--provider names the provider --openapi describes, and no --openapi was given.', 'Add --openapi <spec>, or leave out --provider.', '--provider');
    return [];
  }
  const ids = catalog.providers.map((p) => p.id);
  if (provider === undefined) throw new UsageError(`--openapi ${spec} needs --provider: which provider does the spec describe?`, `Add --provider <id>; the catalog has ${ids.join(', ')}.`, '--provider');
  if (!ids.includes(provider)) throw new UsageError(`--provider ${provider} is not a provider of the catalog.`, `Name one of ${ids.join(', ')}.`, '--provider');
  return [{ provider, file: spec }];
}

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('errcat')
    .description('Turns one catalog of API error codes into a checked, localized documentation site.')
    .version((JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version)
    .showHelpAfterError('(run errcat --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command('check')
    .description('Check the catalog: schema, references, and translations that contradict each other.')
    .option('-c, --catalog <dir>', 'the catalog folder', 'catalog')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
    .option('--strict', 'warnings fail too', false)
    // The checks kept a cache once; scripts that turned it off keep working.
    .addOption(new Option('--no-cache').hideHelp())
    .option('--fix', 'first write the typography check\'s fixes into the catalog (comments and layout kept), then check', false)
    .option('--openapi <spec>', 'also compare a provider with the API\'s OpenAPI document (YAML or JSON); needs --provider')
    .option('-p, --provider <id>', 'the provider --openapi describes')
    .action((opts: { catalog: string; format: Format; strict: boolean; fix: boolean; openapi?: string; provider?: string }) =>
      guardedAsync(
        setExit,
        async () => {
          if (opts.fix) {
            const r = fixTypography(opts.catalog);
            const restamped = r.restamped ? `; ${r.restamped} current translation${r.restamped === 1 ? '' : 's'} stamped with the new source hash` : '';
            console.error(r.fields ? `Fixed the typography of ${r.fields} text${r.fields === 1 ? '' : 's'} in ${r.files.join(', ')}${restamped}.` : 'No typography to fix.');
          }
          const catalog = loadCatalog(opts.catalog);
          const extra = await specFindings(catalog, [...siteSpecs(catalog), ...givenSpec(catalog, opts.openapi, opts.provider)]);
          const result = runChecks(catalog, { strict: opts.strict, extra });
          console.log(opts.format === 'json' ? formatJson(result) : opts.format === 'sarif' ? formatSarif(result) : formatText(result));
          return result.failed ? EXIT.findings : EXIT.ok;
        },
        opts.format,
        'check',
      ),
    );

  program
    .command('stamp')
    .description('Record that translations match the current source text (writes texts.<locale>.source).')
    .argument('[targets...]', 'provider/CODE, optionally followed by locales; none with --all')
    .option('-c, --catalog <dir>', 'the catalog folder', 'catalog')
    .option('--all', 'stamp every translation that has no hash yet', false)
    .action((targets: string[], opts: { catalog: string; all: boolean }) =>
      guarded(
        setExit,
        () => {
          const n = stamp(opts.catalog, targets, opts.all);
          console.log(`Stamped ${n} translation${n === 1 ? '' : 's'}.`);
          return EXIT.ok;
        },
        'text',
        'stamp',
      ),
    );

  program
    .command('schema')
    .description('Write the catalog\'s JSON Schemas (for editors) into <catalog>/schema/.')
    .option('-c, --catalog <dir>', 'the catalog folder', 'catalog')
    .action((opts: { catalog: string }) =>
      guarded(setExit, () => {
        const written = writeJsonSchemas(opts.catalog);
        console.log(written.length ? `Wrote ${written.join(', ')}.` : 'The schemas are up to date.');
        return EXIT.ok;
      }),
    );

  program
    .command('urls')
    .description('List the URLs the catalog publishes; with --update, write them into <catalog>/urls.txt.')
    .option('-c, --catalog <dir>', 'the catalog folder', 'catalog')
    .option('--update', 'add new URLs to urls.txt (removed ones stay listed, and fail the check)', false)
    .action((opts: { catalog: string; update: boolean }) =>
      guarded(setExit, () => {
        const r = updateManifest(opts.catalog, opts.update);
        if (!opts.update) console.log(r.urls.join('\n'));
        else console.log(r.added ? `Added ${r.added} URL${r.added === 1 ? '' : 's'} to ${r.file}.` : `${r.file} is up to date.`);
        return EXIT.ok;
      }),
    );

  registerImport(program, setExit);
  registerTranslate(program, setExit);

  return program;
}

export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram((c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return e.exitCode === 0 ? 0 : EXIT.unusable;
    }
    throw e;
  }
  return code;
}
