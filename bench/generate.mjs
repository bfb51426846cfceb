/**
 * Writes a synthetic errcat catalog of N codes into a folder, for the
 * benchmark:
 *
 *   node bench/generate.mjs --out /tmp/catalog-10000 --n 10000 [--seed 1]
 *
 * Five providers of unequal size (30/25/20/15/10 %), three locales (en, ru,
 * zh) with parallel texts built from varied vocabulary (bench/vocab.mjs),
 * facts with units cited as {placeholders}, code spans, links identical in
 * every locale, symmetric equivalents between providers, aliases on some
 * codes, a few deprecated codes and recorded decisions, and translation
 * `source` hashes computed with the project's own sourceHash. No urls.txt, so
 * the url-manifest check has nothing to compare.
 *
 * The output passes `npx errcat check --catalog <dir>` with 0 errors and 0
 * warnings (bench/run.mjs verifies this on every run).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { sourceHash } from '../src/catalog/hash.ts';
import { typeset } from '../src/checks/typography-rules.ts';
import { ACTIONS, CAUSES, FACTS, NOUNS, QUALIFIERS, STATES, STATE_ACTIONS, SUMMARY_EXTRA, cap } from './vocab.mjs';

const LOCALES = ['en', 'ru', 'zh'];

export const PROVIDERS = [
  {
    id: 'acme-solver', name: 'Acme Solver', apiStyle: 'status-200-body', domain: 'acme-solver.example', share: 0.3,
    phases: ['createTask', 'getTaskResult', 'any'],
    code: (n, s, q) => `ERROR_${n}_${s}${q ? `_${q}` : ''}`,
    alias: (c) => c.replace(/^ERROR_/, 'ERR_'),
    errorShape: '{"errorId": 1, "errorCode": "ERROR_TASK_NOT_FOUND", "errorDescription": "..."}\n',
  },
  {
    id: 'nimbus-captcha', name: 'Nimbus Captcha', apiStyle: 'status-200-body', domain: 'nimbus-captcha.example', share: 0.25,
    phases: ['in.php', 'res.php', 'account'],
    code: (n, s, q) => `ERROR_${s}_${n}${q ? `_${q}` : ''}`,
    alias: (c) => `${c.replace(/^ERROR_/, '')}_ERROR`,
    errorShape: '{"status": 0, "request": "ERROR_MISSING_KEY"}\n',
  },
  {
    id: 'relay-gateway', name: 'Relay Gateway', apiStyle: 'http-status', domain: 'relay-gateway.example', share: 0.2,
    phases: ['request', 'solve', 'proxy'],
    code: (n, s, q) => `${n}_${s}${q ? `_${q}` : ''}`,
    alias: (c) => `GW_${c}`,
    errorShape: '{"error": "PROXY_TIMEOUT", "message": "...", "retryable": true, "retryAfter": 5}\n',
  },
  {
    id: 'ocelot-api', name: 'Ocelot API', apiStyle: 'http-status', domain: 'ocelot-api.example', share: 0.15,
    phases: ['submit', 'status', 'account'],
    code: (n, s, q) => `${n}.${s}${q ? `.${q}` : ''}`.toLowerCase(),
    alias: (c) => `legacy.${c}`,
    errorShape: '{"type": "https://ocelot-api.example/problems/task.not_found", "status": 404, "title": "..."}\n',
  },
  {
    id: 'vervet-cloud', name: 'Vervet Cloud', apiStyle: 'status-200-body', domain: 'vervet-cloud.example', share: 0.1,
    phases: ['createJob', 'getJob', 'billing'],
    code: (n, s, q) => `E_${s}_${n}${q ? `_${q}` : ''}`,
    alias: (c) => c.replace(/^E_/, 'ERR_'),
    errorShape: '{"ok": false, "error": "E_MISSING_KEY"}\n',
  },
];

/** mulberry32: a small seeded PRNG, so a catalog of N codes is the same on every run. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(list, rand) {
  const a = [...list];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

const pickOne = (list, rand) => list[Math.floor(rand() * list.length)];
function pickSome(list, k, rand) {
  return shuffle(list, rand).slice(0, k);
}

const join = { en: (s) => s.join(' '), ru: (s) => s.join(' '), zh: (s) => s.join('') };

/** A locale's texts as the typography check wants them (site.yaml's default: a space between Chinese and Latin), so the catalog checks clean. */
function typesetTexts(texts, lang) {
  return Object.fromEntries(Object.entries(texts).map(([field, text]) => [field, typeset(text, lang, { latinSpace: 'space' }).text]));
}

/** Splits n over the providers by share, the remainder to the first ones. */
function counts(n) {
  const c = PROVIDERS.map((p) => Math.floor(n * p.share));
  let rest = n - c.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % c.length, rest--) c[i]++;
  return c;
}

function providerYaml(p) {
  const urls = providerUrls(p);
  return {
    id: p.id,
    name: p.name,
    apiStyle: p.apiStyle,
    errorShape: p.errorShape,
    summary: p.apiStyle === 'http-status'
      ? {
          en: `${p.name} reports an error with an HTTP error status and a JSON body; the \`error\` field holds the code and \`retryable\` says whether the same request may succeed later.`,
          ru: `${p.name} сообщает об ошибке HTTP-статусом ошибки и телом JSON: поле \`error\` содержит код, а \`retryable\` говорит, может ли тот же запрос пройти позже.`,
          zh: `${p.name} 通过 HTTP 错误状态码和 JSON 响应体报告错误：\`error\` 字段包含错误代码，\`retryable\` 表示同样的请求稍后是否可能成功。`,
        }
      : {
          en: `${p.name} answers every call with HTTP 200. A failed call carries the reason in the body, so a program must read the body before it trusts the result.`,
          ru: `${p.name} отвечает на каждый вызов кодом HTTP 200. Причина неудачи указывается в теле ответа, поэтому программа должна прочитать тело, прежде чем доверять результату.`,
          zh: `${p.name} 对每个调用都返回 HTTP 200。调用失败的原因写在响应体中，因此程序在信任结果之前必须先读取响应体。`,
        },
    phases: p.phases.map((id, i) => ({
      id,
      summary: [
        { en: 'Submitting a new task.', ru: 'Отправка новой задачи.', zh: '提交新任务。' },
        { en: 'Asking for the result of a task.', ru: 'Запрос результата задачи.', zh: '查询任务结果。' },
        { en: 'Account and billing calls.', ru: 'Вызовы для аккаунта и оплаты.', zh: '账户与计费相关的调用。' },
      ][i],
    })),
    links: [
      { href: urls.docs, title: { en: `${p.name} documentation`, ru: `Документация ${p.name}`, zh: `${p.name} 文档` } },
      { href: urls.dash, title: { en: 'Personal dashboard', ru: 'Личный кабинет', zh: '个人控制面板' } },
    ],
  };
}

function providerUrls(p) {
  return { dash: `https://dash.${p.domain}/`, support: `https://help.${p.domain}/tickets/new`, docs: `https://docs.${p.domain}/errors/` };
}

/** The texts of one code in every locale. */
function texts(noun, state, qual, urls, rand) {
  const parts = Object.fromEntries(LOCALES.map((l) => [l, { summary: [], cause: [], action: [] }]));
  const extra = rand() < 0.5 ? pickOne(SUMMARY_EXTRA, rand) : undefined;
  const causes = rand() < 0.75 ? pickSome(CAUSES, rand() < 0.6 ? 2 : 1, rand) : [];
  const stateAction = STATE_ACTIONS[state.key];
  // Actions agree with the policy (retry-advice): none says to send again a code that must never be, none says not to retry one that is retried after a wait.
  const waits = state.retry === 'after-wait' || state.retry === 'backoff' || state.retry === 'poll';
  const pool = ACTIONS.filter((a) => !(state.retry === 'never' && a.resends) && !(waits && a.refusesRetry));
  const actions = pickSome(pool, stateAction ? (rand() < 0.5 ? 1 : 2) : rand() < 0.35 ? 1 : rand() < 0.8 ? 2 : 3, rand);
  for (const l of LOCALES) {
    const t = parts[l];
    t.summary.push(state.summary[l](noun));
    if (qual.key) t.summary.push({ en: `It happens ${qual.when.en}.`, ru: `Это происходит${qual.when.ru.startsWith('когда') ? ',' : ''} ${qual.when.ru}.`, zh: `此错误发生${qual.when.zh}。` }[l]);
    if (extra) t.summary.push(extra[l](noun));
    for (const c of causes) t.cause.push(c[l](noun));
    if (stateAction) t.action.push(stateAction[l](noun));
    for (const a of actions) t.action.push(a[l](noun, urls));
  }
  const out = {};
  for (const l of LOCALES) {
    const t = parts[l];
    out[l] = {
      title: `${state.title[l](noun)}${qual.title[l]}`,
      summary: join[l](t.summary),
      ...(t.cause.length ? { cause: join[l](t.cause) } : {}),
      action: join[l](t.action),
    };
  }
  return out;
}

function retryFor(state, facts, rand) {
  switch (state.retry) {
    case 'after-wait':
      return { policy: 'after-wait', after: facts.retryWait?.value ?? facts.lockTime?.value ?? 3600 };
    case 'poll':
      return { policy: 'poll', after: facts.pollInterval.value };
    case 'backoff':
      return { policy: 'backoff', after: pickOne([1, 2, 5], rand), factor: 2, maxAttempts: pickOne([3, 5, 8], rand) };
    default:
      return { policy: state.retry };
  }
}

/** Generates the catalog in memory: { site, providers: [{ yaml, codes }] }. */
export function generateCatalog(n, seed = 1) {
  const rand = rng(seed * 7919 + n);
  const combos = [];
  for (const noun of NOUNS) for (const state of STATES) for (const qual of QUALIFIERS) combos.push({ noun, state, qual });
  const shared = shuffle(combos, rand);
  const perProvider = counts(n);
  const byCombo = new Map(); // combo key -> [{provider, code}]
  const providers = PROVIDERS.map((p, pi) => {
    const want = perProvider[pi];
    const chosen = [];
    const used = new Set();
    // Half of the codes come from a shared list, each shared combo kept with probability 1/2:
    // the same error then exists at about 2.5 providers and becomes an equivalent.
    for (const c of shared) {
      if (chosen.length >= Math.ceil(want / 2)) break;
      if (rand() < 0.5) {
        chosen.push(c);
        used.add(c);
      }
    }
    for (const c of shuffle(combos, rand)) {
      if (chosen.length >= want) break;
      if (!used.has(c)) {
        chosen.push(c);
        used.add(c);
      }
    }
    const urls = providerUrls(p);
    const names = new Set();
    const codes = chosen.map(({ noun, state, qual }) => {
      const code = p.code(noun.key, state.key, qual.key);
      names.add(code.toUpperCase());
      const key = `${noun.key}|${state.key}|${qual.key}`;
      const list = byCombo.get(key) ?? [];
      list.push(`${p.id}/${code}`);
      byCombo.set(key, list);
      const facts = {};
      if (state.fact) {
        const f = FACTS[state.fact];
        facts[state.fact] = { value: pickOne(f.values, rand), unit: f.unit, label: f.label };
        if (rand() < 0.1) facts[state.fact].decision = 'The English and the Russian pages of the provider disagree on this value; we publish the one its API returned in our tests.';
      }
      const http = p.apiStyle === 'http-status' ? state.http : 200;
      const entry = {
        code,
        ...(rand() < 0.3 ? { name: `${noun.key.replace(/_/g, ' ')} ${state.key.replace(/_/g, ' ')}` } : {}),
        http,
        category: state.cat ?? noun.cat,
        phases: [p.phases[qual.phase ?? (state.key === 'NOT_READY' ? 1 : 0)]],
        retry: retryFor(state, facts, rand),
        ...(Object.keys(facts).length ? { facts } : {}),
        _key: key,
        ...(rand() < 0.3
          ? {
              links: [
                { href: urls.docs, title: { en: 'Error reference', ru: 'Справочник ошибок', zh: '错误参考' } },
                ...(rand() < 0.5 ? [{ href: urls.support, title: { en: 'Contact support', ru: 'Написать в поддержку', zh: '联系技术支持' } }] : []),
              ],
            }
          : {}),
        ...(rand() < 0.2 ? { since: rand() < 0.5 ? `v${1 + Math.floor(rand() * 4)}.${Math.floor(rand() * 10)}` : `20${19 + Math.floor(rand() * 6)}-0${1 + Math.floor(rand() * 9)}` } : {}),
        ...(rand() < 0.05
          ? { decisions: [{ about: 'retry.policy', note: `The provider's documentation gives no retry advice for ${code}; we publish ${state.retry} because the same request fails the same way until something changes.` }] }
          : {}),
        _texts: texts(noun, state, qual, urls, rand),
      };
      return entry;
    });
    // Aliases on about 5 % of the codes, never colliding with a code or another alias of the provider.
    for (const c of codes) {
      if (rand() >= 0.05) continue;
      const alias = p.alias(c.code);
      if (names.has(alias.toUpperCase())) continue;
      names.add(alias.toUpperCase());
      c.aliases = [alias];
    }
    // About 2 % deprecated, pointing at another live code of the provider.
    for (const c of codes) {
      if (rand() >= 0.02 || codes.length < 2) continue;
      let r;
      do r = pickOne(codes, rand);
      while (r === c || r.deprecated);
      c.deprecated = {
        since: '2024-06',
        reason: { en: 'The provider merged this error into a more general one.', ru: 'Провайдер объединил эту ошибку с более общей.', zh: '服务商已将此错误合并到更通用的错误中。' },
        replacement: r.code,
      };
    }
    return { p, codes };
  });
  // Equivalents: the same combo at other providers, listed on both sides (symmetric by construction).
  for (const { p, codes } of providers)
    for (const c of codes) {
      const eq = (byCombo.get(c._key) ?? []).filter((ref) => !ref.startsWith(`${p.id}/`));
      if (eq.length) c.equivalents = eq;
    }
  return {
    site: {
      name: { en: 'Synthetic API error codes', ru: 'Коды ошибок синтетических API', zh: '合成 API 错误代码' },
      tagline: {
        en: 'What each error code of five solving APIs means, and whether to send the request again.',
        ru: 'Что означает каждый код ошибки пяти API распознавания и стоит ли повторять запрос.',
        zh: '五个识别 API 的每个错误代码是什么意思，以及是否应该重新发送请求。',
      },
      url: 'https://errors.example.com',
      locales: [
        { id: 'en', name: 'English' },
        { id: 'ru', name: 'Русский' },
        { id: 'zh', name: '中文', lang: 'zh-CN' },
      ],
      sourceLocale: 'en',
      defaultLocale: 'en',
      providers: PROVIDERS.map((p) => p.id),
      quantities: { kilobyte: 'either' },
    },
    providers: providers.map(({ p, codes }) => ({
      id: p.id,
      provider: providerYaml(p),
      codes: codes.map(({ _key, _texts, ...c }) => {
        const order = ['code', 'aliases', 'name', 'http', 'category', 'phases', 'retry', 'facts', 'equivalents', 'links', 'since', 'deprecated', 'decisions'];
        const out = {};
        for (const k of order) if (c[k] !== undefined) out[k] = c[k];
        const hash = sourceHash(_texts.en);
        out.texts = {
          en: _texts.en,
          ru: { source: hash, ...typesetTexts(_texts.ru, 'ru') },
          zh: { source: hash, ...typesetTexts(_texts.zh, 'zh-CN') },
        };
        return out;
      }),
    })),
  };
}

/** Writes the catalog of n codes into dir (emptied first). Returns per-provider counts. */
export function writeCatalog(dir, n, seed = 1) {
  const cat = generateCatalog(n, seed);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // No YAML anchors: shared label objects are written out in full, as a person would.
  const opts = { lineWidth: 100, minContentWidth: 40, aliasDuplicateObjects: false };
  writeFileSync(path.join(dir, 'site.yaml'), `# Synthetic catalog of ${n} codes written by bench/generate.mjs (seed ${seed}).\n${stringify(cat.site, opts)}`);
  for (const p of cat.providers) {
    mkdirSync(path.join(dir, p.id), { recursive: true });
    writeFileSync(path.join(dir, p.id, 'provider.yaml'), stringify(p.provider, opts));
    writeFileSync(path.join(dir, p.id, 'errors.yaml'), stringify({ codes: p.codes }, opts));
  }
  return Object.fromEntries(cat.providers.map((p) => [p.id, p.codes.length]));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const get = (name, dflt) => {
    const i = args.indexOf(`--${name}`);
    return i === -1 ? dflt : args[i + 1];
  };
  const out = get('out');
  const n = Number(get('n', '100'));
  const seed = Number(get('seed', '1'));
  if (!out || !Number.isInteger(n) || n < 5) {
    console.error('usage: node bench/generate.mjs --out <dir> --n <codes, at least 5> [--seed 1]');
    process.exit(2);
  }
  const started = performance.now();
  const per = writeCatalog(path.resolve(out), n, seed);
  console.log(`wrote ${n} codes to ${out} in ${Math.round(performance.now() - started)} ms: ${Object.entries(per).map(([k, v]) => `${k} ${v}`).join(', ')}`);
}

export { cap };
