/**
 * The bench's options, parsed strictly: an unknown flag is a usage error
 * (exit 2) rather than a full run with the defaults. `--help` prints the
 * entry's header comment, which lists every option.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const STRINGS = ['sizes', 'runs', 'check-runs', 'query-runs', 'budget-min', 'profile-n', 'peers-max'];
const BOOLEANS = ['no-shipped', 'no-lighthouse', 'no-pagefind', 'no-write', 'quick', 'report-only', 'peers', 'help'];

/** The leading block comment of `entryFile`, without its comment marks. */
export function usage(entryFile) {
  const text = readFileSync(entryFile, 'utf8');
  const block = text.slice(text.indexOf('/**') + 3, text.indexOf('*/'));
  return block.split('\n').map((l) => l.replace(/^ \*( |$)/, '')).join('\n').trim();
}

/** The run's configuration from `argv`, plus `help` and `reportOnly`; throws a TypeError (code ERR_PARSE_ARGS_*) on a wrong flag. */
export function parseOptions(argv) {
  const { values: v } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: Object.fromEntries([...STRINGS.map((k) => [k, { type: 'string' }]), ...BOOLEANS.map((k) => [k, { type: 'boolean' }])]),
  });
  const quick = Boolean(v.quick);
  const config = {
    sizes: String(v.sizes ?? (quick ? '100,1000' : '100,1000,10000')).split(',').map(Number).filter((n) => n > 0),
    runs: Number(v.runs ?? (quick ? 1 : 3)),
    checkRuns: Number(v['check-runs'] ?? (quick ? 1 : 3)),
    queryRuns: Number(v['query-runs'] ?? (quick ? 2 : 5)),
    budgetMin: Number(v['budget-min'] ?? 20),
    shipped: !v['no-shipped'],
    lighthouse: !v['no-lighthouse'],
    pagefind: !v['no-pagefind'],
    write: !v['no-write'],
    profileN: Number(v['profile-n'] ?? 1000),
    peers: Boolean(v.peers),
    peersMax: Number(v['peers-max'] ?? 1000),
  };
  return { config, help: Boolean(v.help), reportOnly: Boolean(v['report-only']) };
}
