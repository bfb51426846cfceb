/**
 * What the steps of one bench run share: where things go, the options, the
 * results being collected, the log, the failures, and the time budget that
 * series of measurements stop at.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { machine } from './machine.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const OUT = path.join(ROOT, 'bench/out');
export const NODE = process.execPath;

export function startSession(config) {
  const started = Date.now();
  const deadline = started + config.budgetMin * 60_000;
  const log = (...a) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s]`, ...a);
  const results = { version: 1, date: new Date().toISOString(), config, machine: machine(ROOT), catalogs: [], failures: [] };
  const fail = (where, e) => {
    log(`FAILED ${where}: ${e?.stack ?? e}`);
    results.failures.push({ where, error: String(e?.message ?? e).slice(0, 2000) });
  };

  /**
   * Runs a series of measurements: at least once, up to `max`, while the next one fits in `capMs` and the budget.
   * A failing run ends the series; the runs before it are kept (and the failure recorded), so one bad run
   * (e.g. sources edited in the middle of a run) does not throw away the good ones.
   */
  async function series(max, capMs, fn, where = 'series') {
    const out = [];
    const t0 = Date.now();
    for (let i = 0; i < max; i++) {
      const s = Date.now();
      try {
        out.push(await fn(i));
      } catch (e) {
        if (!out.length) throw e;
        fail(`${where} run ${i + 1} (earlier runs kept)`, e);
        break;
      }
      const took = Date.now() - s;
      const spent = Date.now() - t0;
      if (i + 1 < max && (spent + took > capMs || Date.now() + took > deadline)) {
        log(`  (stopping after ${i + 1} run(s): the next would exceed the time cap)`);
        break;
      }
    }
    return out;
  }

  return { config, started, deadline, log, results, fail, series };
}
