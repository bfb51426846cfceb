/**
 * How to handle a code, as code: one snippet per language (TypeScript,
 * Python, curl in a shell), shaped by the code's retry policy and machine
 * value, the provider's wire format (the JSON field that holds the code)
 * and, for retryable codes, where the response gives the wait. A value the
 * catalog does not set (a backoff without a limit) becomes a parameter the
 * reader fills in, never an invented number. Where `retry` sets no limit,
 * a count fact named `maxAttempts` (or `maxPolls`, for polling) gives it.
 *
 * Snippets are templates: the code, the numbers and the comment lines are
 * placeholder tokens (src/render/highlight.ts fills them in after
 * highlighting), so every code of the same shape shares one highlighted
 * template.
 */
import type { Fact, Retry } from '../catalog/schema.ts';
import type { CodeLang } from '../render/highlight.ts';
import { CODE_TOKEN, type WireShape } from './examples.ts';

export interface SnippetInput {
  code: string;
  retry: Retry;
  /** The code's named facts: `maxAttempts` or `maxPolls` (count) give a limit `retry` lacks. */
  facts?: Record<string, Pick<Fact, 'value' | 'unit'>>;
  shape: WireShape;
  /** Where a retryable response gives the wait (provider.yaml `retryAfter`). */
  server?: { field?: string; header?: string };
  /** The call that returns the code, as a curl command (a phase's `curl`). */
  curl?: string;
  /** What to do, in the reader's language: the snippet's opening comment. */
  comment: string;
  /** A comment saying which values the catalog leaves to the reader. */
  choose: (names: string[]) => string;
}

export interface Snippet {
  lang: CodeLang;
  /** The language's name, for the tab. */
  label: string;
  template: string;
  values: Record<string, string>;
}

const AFTER = '9000001';
const FACTOR = '9000002';
const MAX = '9000003';
const NOTE = (i: number) => `ERRCATNOTE${i}`;

/** Comment lines of at most `width` columns (a CJK character takes two). */
export function wrapComment(text: string, width = 74): string[] {
  const cols = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line) lines.push(line);
    line = '';
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (cols(candidate) <= width) {
      line = candidate;
      continue;
    }
    push();
    // A word wider than a line (Chinese runs without spaces): cut by columns.
    let rest = word;
    while (cols(rest) > width) {
      let cut = '';
      for (const ch of rest) {
        if (cols(cut + ch) > width) break;
        cut += ch;
      }
      lines.push(cut);
      rest = rest.slice(cut.length);
    }
    line = rest;
  }
  push();
  return lines;
}

interface Parts {
  lines: string[];
  values: Record<string, string>;
  /** Catalog values that are missing, by their neutral name. */
  missing: ('firstWait' | 'factor' | 'maxAttempts' | 'maxPolls')[];
}

function commentParts(input: SnippetInput, missing: Parts['missing']): Parts {
  const text = missing.length ? `${input.code}: ${input.comment} ${input.choose(missing)}` : `${input.code}: ${input.comment}`;
  const lines = wrapComment(text);
  const values: Record<string, string> = { [CODE_TOKEN]: input.code };
  lines.forEach((l, i) => (values[NOTE(i)] = l));
  const { after, factor, maxAttempts } = input.retry;
  if (after !== undefined) values[AFTER] = String(after);
  if (factor !== undefined) values[FACTOR] = String(factor);
  if (maxAttempts !== undefined) values[MAX] = String(maxAttempts);
  return { lines: lines.map((_, i) => NOTE(i)), values, missing };
}

/** The catalog values a policy needs that this code does not set. */
function missingValues(input: SnippetInput): Parts['missing'] {
  const { policy, after, factor, maxAttempts } = input.retry;
  const out: Parts['missing'] = [];
  const waitFromServer = !!input.server;
  if ((policy === 'after-wait' || policy === 'backoff' || policy === 'poll') && after === undefined && !waitFromServer) out.push('firstWait');
  if (policy === 'backoff' && factor === undefined) out.push('factor');
  if ((policy === 'after-wait' || policy === 'backoff' || policy === 'poll') && maxAttempts === undefined) out.push(policy === 'poll' ? 'maxPolls' : 'maxAttempts');
  return out;
}

const NAMES = {
  ts: { firstWait: 'firstWait', factor: 'factor', maxAttempts: 'maxAttempts', maxPolls: 'maxPolls' },
  python: { firstWait: 'first_wait', factor: 'factor', maxAttempts: 'max_attempts', maxPolls: 'max_polls' },
  shellscript: { firstWait: 'FIRST_WAIT', factor: 'FACTOR', maxAttempts: 'MAX_ATTEMPTS', maxPolls: 'MAX_POLLS' },
} as const;

type Lang = keyof typeof NAMES;

function names(lang: Lang, missing: Parts['missing']): string[] {
  return missing.map((m) => NAMES[lang][m]);
}

function typescript(input: SnippetInput, p: Parts): string {
  const { codeField, messageField } = input.shape;
  const read = codeField ? `(await response.clone().json()).${codeField}` : `(await response.clone().text()).trim()`;
  const head = p.lines.map((l) => `// ${l}`);
  const has = (m: Parts['missing'][number]) => !p.missing.includes(m);
  const params = p.missing.map((m) => `, ${NAMES.ts[m]}: number`).join('');
  const serverWait = [input.server?.header && `response.headers.get('${input.server.header}')`, input.server?.field && `body.${input.server.field}`].filter(Boolean);
  const sleep = (seconds: string) => `    await new Promise((resolve) => setTimeout(resolve, ${seconds} * 1000));`;
  const policy = input.retry.policy;
  if (policy === 'never' || policy === 'after-fix') {
    const message = codeField && messageField ? `\`${CODE_TOKEN}: \${body.${messageField}}\`` : `'${CODE_TOKEN}'`;
    return [...head, 'async function check(response: Response): Promise<Response> {', codeField ? `  const body = await response.clone().json();` : `  const text = (await response.clone().text()).trim();`, `  if (${codeField ? `body.${codeField}` : 'text'} === '${CODE_TOKEN}') throw new Error(${message});`, '  return response;', '}'].join('\n');
  }
  if (policy === 'poll') {
    const max = has('maxPolls') ? MAX : NAMES.ts.maxPolls;
    return [...head, `async function pollResult(ask: () => Promise<Response>${params}): Promise<Response> {`, `  for (let poll = 1; poll <= ${max}; poll++) {`, '    const response = await ask();', `    if (${read} !== '${CODE_TOKEN}') return response;`, sleep(has('firstWait') ? AFTER : NAMES.ts.firstWait), '  }', `  throw new Error(${has('maxPolls') ? `'${CODE_TOKEN}: no result after ${max} polls'` : `\`${CODE_TOKEN}: no result after \${${max}} polls\``});`, '}'].join('\n');
  }
  const max = has('maxAttempts') ? MAX : NAMES.ts.maxAttempts;
  const first = has('firstWait') && input.retry.after !== undefined ? AFTER : NAMES.ts.firstWait;
  const needsBody = serverWait.some((s) => String(s).startsWith('body.'));
  const body = codeField && needsBody ? ['    const body = await response.clone().json();'] : [];
  const check = codeField && needsBody ? `    if (body.${codeField} !== '${CODE_TOKEN}' || attempt === ${max}) return response;` : `    if (${read} !== '${CODE_TOKEN}' || attempt === ${max}) return response;`;
  const base = policy === 'backoff' ? 'wait' : serverWait.length && input.retry.after === undefined ? '' : first;
  const wait = serverWait.length ? `Number(${[...serverWait, base].filter(Boolean).join(' ?? ')})` : base;
  const loop = [`  for (let attempt = 1; ; attempt++) {`, '    const response = await send();', ...body, check, sleep(wait)];
  if (policy === 'backoff') {
    const factor = has('factor') ? FACTOR : NAMES.ts.factor;
    return [...head, `async function sendWithBackoff(send: () => Promise<Response>${params}): Promise<Response> {`, `  let wait = ${first}; // seconds`, ...loop, `    wait *= ${factor};`, '  }', '}'].join('\n');
  }
  return [...head, `async function sendWithRetry(send: () => Promise<Response>${params}): Promise<Response> {`, ...loop, '  }', '}'].join('\n');
}

function python(input: SnippetInput, p: Parts): string {
  const { codeField, messageField } = input.shape;
  const head = p.lines.map((l) => `# ${l}`);
  const has = (m: Parts['missing'][number]) => !p.missing.includes(m);
  const params = p.missing.map((m) => `, ${NAMES.python[m]}`).join('');
  const read = codeField ? `response.json().get("${codeField}")` : 'response.text.strip()';
  const policy = input.retry.policy;
  if (policy === 'never' || policy === 'after-fix') {
    const message = codeField && messageField ? `f"${CODE_TOKEN}: {response.json().get('${messageField}')}"` : `"${CODE_TOKEN}"`;
    return [...head, 'def check(response):', `    if ${read} == "${CODE_TOKEN}":`, `        raise RuntimeError(${message})`, '    return response'].join('\n');
  }
  if (policy === 'poll') {
    const max = has('maxPolls') ? MAX : NAMES.python.maxPolls;
    return ['import time', '', ...head, `def poll_result(ask${params}):`, `    for _ in range(${max}):`, '        response = ask()', `        if ${read} != "${CODE_TOKEN}":`, '            return response', `        time.sleep(${has('firstWait') ? AFTER : NAMES.python.firstWait})`, has('maxPolls') ? `    raise TimeoutError("${CODE_TOKEN}: no result after ${max} polls")` : `    raise TimeoutError(f"${CODE_TOKEN}: no result after {${max}} polls")`].join('\n');
  }
  const max = has('maxAttempts') ? MAX : NAMES.python.maxAttempts;
  const first = has('firstWait') && input.retry.after !== undefined ? AFTER : NAMES.python.firstWait;
  const server = [input.server?.header && `response.headers.get("${input.server.header}")`, input.server?.field && `response.json().get("${input.server.field}")`].filter(Boolean);
  const base = policy === 'backoff' ? 'wait' : server.length && input.retry.after === undefined ? '' : first;
  const wait = server.length ? `float(${[...server, base].filter(Boolean).join(' or ')})` : base;
  const loop = [`    for attempt in range(1, ${max} + 1):`, '        response = send()', `        if ${read} != "${CODE_TOKEN}" or attempt == ${max}:`, '            return response', `        time.sleep(${wait})`];
  if (policy === 'backoff') {
    return ['import time', '', ...head, `def send_with_backoff(send${params}):`, `    wait = ${first}  # seconds`, ...loop, `        wait *= ${has('factor') ? FACTOR : NAMES.python.factor}`].join('\n');
  }
  return ['import time', '', ...head, `def send_with_retry(send${params}):`, ...loop].join('\n');
}

function shell(input: SnippetInput, p: Parts): string {
  const { codeField } = input.shape;
  const head = p.lines.map((l) => `# ${l}`);
  const has = (m: Parts['missing'][number]) => !p.missing.includes(m);
  let curl = input.curl ?? 'curl -s "$API_URL"';
  if (input.server?.header && !/\s-D\s+headers\.txt/.test(curl)) curl += ' -D headers.txt';
  const match = codeField ? `printf '%s' "$answer" | grep -q '"${codeField}": *"${CODE_TOKEN}"'` : `[ "$answer" = "${CODE_TOKEN}" ]`;
  const policy = input.retry.policy;
  if (policy === 'never' || policy === 'after-fix') {
    return [...head, `answer=$(${curl})`, `if ${match}; then`, `  echo "${CODE_TOKEN}" >&2`, '  exit 1', 'fi'].join('\n');
  }
  const max = has('maxAttempts') ? MAX : '"$MAX_ATTEMPTS"';
  const first = has('firstWait') && input.retry.after !== undefined ? AFTER : '"$FIRST_WAIT"';
  if (policy === 'poll') {
    const max = has('maxPolls') ? MAX : '"$MAX_POLLS"';
    return [...head, `for poll in $(seq 1 ${max}); do`, `  answer=$(${curl})`, `  ${match} || break`, `  sleep ${first}`, 'done'].join('\n');
  }
  const wait: string[] = [];
  const fallback = policy === 'backoff' ? '$wait' : input.retry.after !== undefined ? AFTER : '';
  if (input.server?.header) wait.push(`  given=$(grep -i '^${input.server.header}:' headers.txt | tr -dc '0-9')`);
  else if (input.server?.field) wait.push(`  given=$(printf '%s' "$answer" | sed -n 's/.*"${input.server.field}": *\\([0-9]*\\).*/\\1/p')`);
  wait.push(input.server ? `  sleep "\${given${fallback ? `:-${fallback}` : ''}}"` : `  sleep ${policy === 'backoff' ? '"$wait"' : first}`);
  const factor = has('factor') ? FACTOR : '"$FACTOR"';
  const grow = Number.isInteger(input.retry.factor ?? 2) ? `  wait=$((wait * ${factor.replace(/"\$/g, '').replace(/"/g, '')}))` : `  wait=$(awk "BEGIN { print $wait * ${factor.replace(/"/g, '')} }")`;
  return [
    ...head,
    ...(policy === 'backoff' ? [`wait=${first}`] : []),
    `for attempt in $(seq 1 ${max}); do`,
    `  answer=$(${curl})`,
    `  ${match} || break`,
    ...wait,
    ...(policy === 'backoff' ? [grow] : []),
    'done',
  ].join('\n');
}

/** The attempt limit a count fact gives, where the retry value sets none. */
function withLimitFromFacts(input: SnippetInput): SnippetInput {
  if (input.retry.maxAttempts !== undefined) return input;
  const count = (name: string) => (input.facts?.[name]?.unit === 'count' ? input.facts[name]!.value : undefined);
  const limit = count('maxAttempts') ?? (input.retry.policy === 'poll' ? count('maxPolls') : undefined);
  return limit === undefined ? input : { ...input, retry: { ...input.retry, maxAttempts: limit } };
}

/** The snippets for one code: TypeScript, Python and curl. */
export function snippets(given: SnippetInput): Snippet[] {
  const input = withLimitFromFacts(given);
  const missing = missingValues(input);
  const out: Snippet[] = [];
  for (const [lang, label, make] of [
    ['ts', 'TypeScript', typescript],
    ['python', 'Python', python],
    ['shellscript', 'curl', shell],
  ] as const) {
    const parts = commentParts({ ...input, choose: (m) => input.choose(names(lang, m as Parts['missing'])) }, missing);
    out.push({ lang, label, template: make(input, parts), values: parts.values });
  }
  return out;
}
