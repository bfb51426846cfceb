/**
 * The checks measured on real localized error pages: imports each project of
 * bench/corpus/projects.yaml from <corpus-dir> into a catalog (as `errcat
 * import` does), runs every check on it, and compares the findings with the
 * judgments in bench/corpus/labels.yaml. Prints, per check, precision (errors
 * and warnings apart) and recall, the table CHECKS.md shows.
 *
 *   node bench/corpus.mjs <corpus-dir> [--out /tmp/corpus-cat] [--format markdown|json] [--verbose]
 *
 * A finding is keyed by check, code and the locale it names first; a label
 * says whether that key is real (a real drift, or a real breach of the
 * catalog's rules), a false alarm (`false-alarm`) or an artifact of how the
 * corpus was taken (`ignore`). A `real` label that no finding matches is a
 * miss; one with `check: none` is a drift no check is meant to catch, listed
 * apart.
 *
 * Exit codes: 0 every finding is labeled; 1 a finding has no label (label it,
 * then run again); 2 unusable input (a page missing from <corpus-dir>).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { importPages } from '../src/import/import.ts';
import { parseDocusaurusPage } from '../src/import/docusaurus.ts';
import { loadCatalog } from '../src/catalog/load.ts';
import { runChecks } from '../src/checks/run.ts';
import { CHECKS } from '../src/checks/index.ts';
import { mdnReader, tableReader } from './corpus/read.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

function options(argv) {
  const o = { dir: undefined, out: '/tmp/corpus-cat', format: 'markdown', verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') o.out = argv[++i];
    else if (a === '--format') o.format = argv[++i];
    else if (a === '--verbose') o.verbose = true;
    else if (!a.startsWith('-')) o.dir = a;
    else throw new Error(`unknown option ${a}`);
  }
  if (!o.dir) throw new Error('usage: node bench/corpus.mjs <corpus-dir> [--out dir] [--format markdown|json] [--verbose]');
  return o;
}

function readerFor(project) {
  if (project.shape === 'table') return tableReader(project);
  if (project.shape === 'mdn') return mdnReader();
  if (project.shape === 'docusaurus') return parseDocusaurusPage;
  throw new Error(`${project.id}: unknown shape ${project.shape}`);
}

/** The imports one project takes: one per page set (a page per locale); MDN has one page set per error. */
function pageSets(project, dir) {
  const sets = new Map();
  for (const page of project.pages) {
    const file = path.join(dir, page.file);
    if (!fs.existsSync(file)) {
      console.error(`${file} is missing: fetch ${page.repo} ${page.path} at ${page.commit} (see CHECKS.md).`);
      process.exit(2);
    }
    const key = project.shape === 'mdn' ? path.basename(page.file) : '';
    if (!sets.has(key)) sets.set(key, []);
    sets.get(key).push({ locale: page.locale, file });
  }
  return [...sets.values()];
}

/** Imports a project into <out>/<id> and checks it; the findings, each with its key. */
function measure(project, o) {
  const catalogDir = path.join(o.out, project.id);
  fs.rmSync(catalogDir, { recursive: true, force: true });
  fs.mkdirSync(catalogDir, { recursive: true });
  const locales = [...new Set(project.pages.map((p) => p.locale))].sort((a, b) => (a === project.sourceLocale ? -1 : b === project.sourceLocale ? 1 : 0));
  const site = {
    name: Object.fromEntries(locales.map((l) => [l, project.name])),
    tagline: Object.fromEntries(locales.map((l) => [l, `${project.name} error codes.`])),
    url: 'https://errors.example.com',
    locales: locales.map((id) => ({ id, name: id })),
    sourceLocale: project.sourceLocale,
    defaultLocale: project.sourceLocale,
    providers: [project.id],
  };
  fs.writeFileSync(path.join(catalogDir, 'site.yaml'), stringify(site));
  const read = readerFor(project);
  for (const pages of pageSets(project, o.dir)) importPages(read, { provider: project.id, name: project.name, locales: pages, out: catalogDir });
  const result = runChecks(loadCatalog(catalogDir), { checks: CHECKS });
  return result.findings.map((f) => ({ ...f, key: `${f.check} ${f.code ?? '-'} ${f.locales[0] ?? '-'}` }));
}

/** Labels of one project, keyed like findings. */
function labelsOf(all, id) {
  const map = new Map();
  for (const l of all[id] ?? []) map.set(`${l.check} ${l.code ?? '-'} ${l.locale ?? '-'}`, l);
  return map;
}

function emptyRow() {
  return { error: { drift: 0, false: 0 }, warning: { drift: 0, false: 0 }, drifts: 0, found: 0 };
}

function score(projects, labels, o) {
  const rows = new Map(CHECKS.map((c) => [c.id, emptyRow()]));
  const row = (check) => rows.get(check) ?? rows.set(check, emptyRow()).get(check);
  const unlabeled = [];
  const misses = [];
  const gone = [];
  const perProject = [];
  for (const project of projects) {
    const findings = measure(project, o);
    const mine = labelsOf(labels, project.id);
    const seen = new Map();
    for (const f of findings) {
      const label = mine.get(f.key);
      if (!label) {
        unlabeled.push({ project: project.id, ...f });
        continue;
      }
      const sev = seen.get(f.key) ?? new Set();
      seen.set(f.key, sev);
      if (sev.has(f.severity)) continue;
      sev.add(f.severity);
      if (label.verdict === 'real') row(f.check)[f.severity].drift++;
      else if (label.verdict === 'false-alarm') row(f.check)[f.severity].false++;
    }
    let drifts = 0;
    let falseAlarms = 0;
    for (const [key, label] of mine) {
      if (label.verdict === 'real') {
        drifts++;
        if (label.check === 'none') continue;
        row(label.check).drifts++;
        if (seen.has(key)) row(label.check).found++;
        else misses.push({ project: project.id, ...label });
      } else if (label.verdict === 'false-alarm') {
        falseAlarms++;
        if (!seen.has(key)) gone.push({ project: project.id, ...label });
      }
    }
    perProject.push({ id: project.id, findings: findings.length, keys: seen.size, drifts, falseAlarms });
  }
  return { rows, unlabeled, misses, gone, perProject };
}

const pct = (a, b) => (b === 0 ? '–' : `${Math.round((100 * a) / b)}%`);

function markdown({ rows, misses, gone, perProject }, labels) {
  const out = [];
  out.push('| check | errors: real / false | error precision | warnings: real / false | warning precision | real drifts found / labeled | recall |');
  out.push('|---|---|---|---|---|---|---|');
  for (const [check, r] of rows) {
    const e = r.error;
    const w = r.warning;
    out.push(`| \`${check}\` | ${e.drift} / ${e.false} | ${pct(e.drift, e.drift + e.false)} | ${w.drift} / ${w.false} | ${pct(w.drift, w.drift + w.false)} | ${r.found} / ${r.drifts} | ${pct(r.found, r.drifts)} |`);
  }
  const out2 = ['', '| project | findings | keys (check, code, locale) | real drifts labeled | false alarms labeled |', '|---|---|---|---|---|'];
  for (const p of perProject) out2.push(`| ${p.id} | ${p.findings} | ${p.keys} | ${p.drifts} | ${p.falseAlarms} |`);
  const outOfScope = Object.entries(labels).flatMap(([id, ls]) => (ls ?? []).filter((l) => l.check === 'none').map((l) => ({ project: id, ...l })));
  const lists = [];
  if (misses.length) lists.push('', 'Missed (real drifts no finding reports):', ...misses.map((m) => `- ${m.project} ${m.code} ${m.locale} [${m.check}]: ${m.why}`));
  if (outOfScope.length) lists.push('', 'Real drifts no check is meant to catch:', ...outOfScope.map((m) => `- ${m.project} ${m.code} ${m.locale}: ${m.why}`));
  if (gone.length) lists.push('', 'False alarms labeled before and no longer raised:', ...gone.map((m) => `- ${m.project} ${m.code} ${m.locale} [${m.check}]`));
  return [...out, ...out2, ...lists].join('\n');
}

const o = options(process.argv.slice(2));
const { projects } = parse(fs.readFileSync(path.join(here, 'corpus/projects.yaml'), 'utf8'));
const labels = parse(fs.readFileSync(path.join(here, 'corpus/labels.yaml'), 'utf8')) ?? {};
const result = score(projects, labels, o);
if (o.format === 'json') console.log(JSON.stringify({ ...result, rows: Object.fromEntries(result.rows) }, null, 2));
else console.log(markdown(result, labels));
if (result.unlabeled.length) {
  console.error(`\n${result.unlabeled.length} finding(s) have no label in bench/corpus/labels.yaml:`);
  for (const f of result.unlabeled) console.error(`  ${f.project}: ${f.check} ${f.code ?? '-'} ${f.locales[0] ?? '-'} ${f.severity}: ${o.verbose ? f.message : f.message.slice(0, 160)}`);
  process.exitCode = 1;
}
