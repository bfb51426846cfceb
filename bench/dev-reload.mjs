/**
 * How long the live preview takes from a save to the served page showing
 * it. Writes the synthetic catalog (bench/generate.mjs, 1,000 codes by
 * default) and a one-page guide beside it, starts `astro dev` on them, and
 * several times edits the title of a code in the largest provider's
 * errors.yaml (and then the guide), polling the page every 10 ms until it
 * shows the change:
 *
 *   npx node bench/dev-reload.mjs [--n 1000] [--runs 5] [--port 4486]
 *
 * Prints each time and the median; writes nothing (BENCHMARKS.md keeps the
 * figure as a note, with the date and the host's state).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { PROVIDERS, writeCatalog } from './generate.mjs';

const args = process.argv.slice(2);
const get = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? dflt : args[i + 1];
};
const N = Number(get('n', '1000'));
const RUNS = Number(get('runs', '5'));
const PORT = Number(get('port', '4486'));
const ORIGIN = `http://127.0.0.1:${PORT}`;

const root = path.resolve(`.errcat/dev-bench-${process.pid}`);
const catalogDir = path.join(root, 'catalog');
const contentDir = path.join(root, 'content');
writeCatalog(catalogDir, N);
const guide = path.join(contentDir, 'en', 'notes.mdx');
mkdirSync(path.dirname(guide), { recursive: true });
writeFileSync(guide, '---\ntitle: Notes\ndescription: A guide the benchmark edits.\n---\n\nVersion 0 of the notes.\n');

// The largest provider comes first in the generator's list.
const provider = PROVIDERS[0].id;
const errorsFile = path.join(catalogDir, provider, 'errors.yaml');
const first = parse(readFileSync(errorsFile, 'utf8')).codes[0];
const codePage = `${ORIGIN}/en/${provider}/${first.code}/`;

const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(PORT), '--host', '127.0.0.1', '--ignore-lock'], {
  env: { ...process.env, ERRCAT_CATALOG: catalogDir, ERRCAT_CONTENT: contentDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
});
let log = '';
server.stdout.on('data', (b) => (log += b));
server.stderr.on('data', (b) => (log += b));
const stop = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  rmSync(root, { recursive: true, force: true });
};

async function page(url) {
  try {
    const r = await fetch(url);
    return r.ok ? await r.text() : '';
  } catch {
    return '';
  }
}

/** Milliseconds from now until the page at url contains text. */
async function until(url, text, limitMs) {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    if ((await page(url)).includes(text)) return performance.now() - started;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`${url} did not show "${text}" within ${limitMs} ms\n${log.slice(-2000)}`);
}

/** Between saves, as a person pauses: the file watchers settle. */
const pause = () => new Promise((r) => setTimeout(r, 1000));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  await until(codePage, first.texts.en.title, 120_000);
  await until(`${ORIGIN}/en/guides/notes/`, 'Version 0', 60_000);
  const catalogTimes = [];
  let src = readFileSync(errorsFile, 'utf8');
  let title = first.texts.en.title;
  for (let k = 1; k <= RUNS; k++) {
    const next = `${first.texts.en.title} edit ${k}`;
    src = src.replace(`title: ${title}\n`, `title: ${next}\n`);
    title = next;
    writeFileSync(errorsFile, src);
    catalogTimes.push(await until(codePage, next, 30_000));
    await pause();
  }
  const guideTimes = [];
  for (let k = 1; k <= RUNS; k++) {
    writeFileSync(guide, readFileSync(guide, 'utf8').replace(/Version \d+/, `Version ${k}`));
    guideTimes.push(await until(`${ORIGIN}/en/guides/notes/`, `Version ${k}`, 30_000));
    await pause();
  }
  const show = (xs) => xs.map((x) => Math.round(x)).join(', ');
  console.log(`${N} codes, ${provider}/errors.yaml edited: ${show(catalogTimes)} ms (median ${Math.round(median(catalogTimes))} ms)`);
  console.log(`guide edited: ${show(guideTimes)} ms (median ${Math.round(median(guideTimes))} ms)`);
  const reloads = [...log.matchAll(/loaded in (\d+) ms \(read again: ([^)]*)\), checked in (\d+) ms \(([^)]*)\)/g)].slice(1);
  console.log(`load average at the end: ${os.loadavg().map((x) => x.toFixed(1)).join(' / ')} (1/5/15 min, ${os.availableParallelism()} cores)`);
  console.log(`server side, per save: ${reloads.map((m) => `load ${m[1]} ms (${m[2]}) + check ${m[3]} ms (${m[4]})`).join(', ')}`);
} finally {
  stop();
}
