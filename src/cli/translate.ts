/**
 * `errcat xliff export|import` and `errcat po export|import`: the catalog's
 * texts out to a translation tool and back (src/translate/).
 */
import { writeFileSync } from 'node:fs';
import { type Command, Option } from 'commander';
import pc from 'picocolors';
import { CatalogLoadError, loadCatalog } from '../catalog/load.ts';
import { importTranslations, type ExchangeFormat, type ImportReport } from '../translate/apply.ts';
import { writePo } from '../translate/po.ts';
import { exportUnits } from '../translate/units.ts';
import { writeXliff } from '../translate/xliff.ts';
import { formatFinding } from '../checks/format.ts';
import { EXIT, guarded } from './errors.ts';

function exportFile(format: ExchangeFormat, opts: { catalog: string; locale: string; provider?: string; out?: string }): number {
  const catalog = loadCatalog(opts.catalog);
  const { site } = catalog;
  const locale = site.locales.find((l) => l.id === opts.locale);
  const where = { file: opts.catalog, line: 0, column: 0 };
  if (!locale || locale.id === site.sourceLocale)
    throw new CatalogLoadError(`${opts.locale} is not a locale to translate into.`, where, `Pass --locale with one of: ${site.locales.filter((l) => l.id !== site.sourceLocale).map((l) => l.id).join(', ')}.`);
  if (opts.provider && !catalog.providers.some((p) => p.id === opts.provider))
    throw new CatalogLoadError(`There is no provider ${opts.provider}.`, where, `Pass --provider with one of: ${catalog.providers.map((p) => p.id).join(', ')}.`);
  const units = exportUnits(catalog, locale.id, opts.provider);
  const langOf = (id: string) => site.locales.find((l) => l.id === id)?.lang ?? id;
  const text = format === 'xliff' ? writeXliff(units, langOf(site.sourceLocale), langOf(locale.id)) : writePo(units, langOf(locale.id));
  if (opts.out) writeFileSync(opts.out, text);
  else process.stdout.write(text);
  const count = (s: string) => units.filter((u) => u.state === s).length;
  console.error(`${units.length} units for ${locale.id}: ${count('new')} new, ${count('needs-review')} to review, ${count('translated')} translated${opts.out ? `; written to ${opts.out}` : ''}.`);
  return EXIT.ok;
}

function printReport(r: ImportReport, format: 'text' | 'json', dryRun: boolean): void {
  if (format === 'json') {
    console.log(JSON.stringify(r, null, 2));
    return;
  }
  for (const n of r.notes) console.log(`${pc.bold(n.where)} ${n.severity === 'error' ? pc.red('error') : pc.yellow('warning')} ${n.message}\n  ${pc.cyan('hint:')} ${n.hint}`);
  for (const f of r.findings) console.log(`${formatFinding(f)}${f.unit ? `\n  ${pc.cyan('from:')} ${f.unit}` : ''}`);
  const verb = dryRun ? 'Would write' : 'Wrote';
  const files = r.files.length ? ` into ${r.files.join(', ')}` : '';
  console.log(`${verb} ${r.written} ${r.locale} translation${r.written === 1 ? '' : 's'}${files}; ${dryRun ? 'would stamp' : 'stamped'} ${r.stamped} code${r.stamped === 1 ? '' : 's'}.${r.others ? ` ${r.others} other finding${r.others === 1 ? '' : 's'} in the catalog (npx errcat check).` : ''}`);
}

export function registerTranslate(program: Command, setExit: (code: number) => void): void {
  for (const format of ['xliff', 'po'] as const) {
    const name = format === 'xliff' ? 'XLIFF 1.2' : 'gettext PO';
    const cmd = program.command(format).description(`Send the catalog's texts to a translation tool as ${name}, and take them back.`);
    cmd
      .command('export')
      .description(`Write one locale's texts as ${name}: one unit per text field, with its state and notes.`)
      .requiredOption('-l, --locale <locale>', 'the locale to translate into')
      .option('-p, --provider <id>', 'only this provider')
      .option('-o, --out <file>', 'write here instead of to standard output')
      .option('-c, --catalog <dir>', 'the catalog folder', 'catalog')
      .action((opts: { catalog: string; locale: string; provider?: string; out?: string }) => guarded(setExit, () => exportFile(format, opts)));
    cmd
      .command('import')
      .description(`Write the translations of a ${name} file into the catalog, stamp them, and check them.`)
      .argument('<file>', `the ${name} file`)
      .option('-l, --locale <locale>', "the locale (default: the file's target language)")
      .option('--dry-run', 'check, report, and write nothing', false)
      .option('-c, --catalog <dir>', 'the catalog folder', 'catalog')
      .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
      .action((file: string, opts: { catalog: string; locale?: string; dryRun: boolean; format: 'text' | 'json' }) =>
        guarded(
          setExit,
          () => {
            const r = importTranslations(opts.catalog, file, format, { locale: opts.locale, dryRun: opts.dryRun });
            printReport(r, opts.format, opts.dryRun);
            return r.errors ? EXIT.findings : EXIT.ok;
          },
          opts.format,
        ),
      );
  }
}
