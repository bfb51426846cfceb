import { describe, expect, test } from 'vitest';
import { snippets, wrapComment, type SnippetInput } from '../../../src/site/snippets.ts';
import { fill } from '../../../src/render/highlight.ts';

const base: SnippetInput = {
  code: 'ERROR_SAMPLE',
  retry: { policy: 'after-fix' },
  shape: { codeField: 'errorCode', messageField: 'errorDescription' },
  curl: 'curl -s https://api.example.test/createTask -d @task.json',
  comment: 'Fix the request first.',
  choose: (names) => `Choose ${names.join(', ')}.`,
};
const texts = (input: Partial<SnippetInput>) => Object.fromEntries(snippets({ ...base, ...input }).map((s) => [s.label, fill(s.template, s.values)])) as Record<'TypeScript' | 'Python' | 'curl', string>;

describe('snippets per retry policy', () => {
  test('there is one for TypeScript, Python and curl, each naming the code and saying what to do', () => {
    const all = snippets(base);
    expect(all.map((s) => s.lang)).toEqual(['ts', 'python', 'shellscript']);
    for (const s of all) {
      const text = fill(s.template, s.values);
      expect(text).toContain("ERROR_SAMPLE");
      expect(text).toContain('Fix the request first.');
      expect(s.template).not.toContain('ERROR_SAMPLE');
    }
  });

  test('after a fix the snippet stops instead of sending again', () => {
    const t = texts({});
    expect(t.TypeScript).toMatch(/if \(body\.errorCode === 'ERROR_SAMPLE'\) throw new Error/);
    expect(t.Python).toMatch(/raise RuntimeError/);
    expect(t.curl).toMatch(/exit 1/);
    expect(t.TypeScript).not.toMatch(/setTimeout/);
  });

  test('backoff uses the first wait, the multiplier and the attempt limit of the machine value', () => {
    const t = texts({ retry: { policy: 'backoff', after: 10, factor: 2, maxAttempts: 3 } });
    expect(t.TypeScript).toContain('let wait = 10;');
    expect(t.TypeScript).toContain('wait *= 2;');
    expect(t.TypeScript).toContain('attempt === 3');
    expect(t.Python).toContain('range(1, 3 + 1)');
    expect(t.curl).toContain('seq 1 3');
    expect(t.curl).toContain('wait=$((wait * 2))');
  });

  test('values the catalog does not set become parameters the reader chooses, never invented numbers', () => {
    const t = texts({ retry: { policy: 'backoff' } });
    expect(t.TypeScript).toContain('firstWait: number, factor: number, maxAttempts: number');
    expect(t.TypeScript.replace(/\n\/\/ /g, ' ')).toContain('Choose firstWait, factor, maxAttempts.');
    expect(t.Python).toContain('def send_with_backoff(send, first_wait, factor, max_attempts):');
    expect(t.curl).toContain('"$MAX_ATTEMPTS"');
  });

  test('polling asks again at the interval and stops at the limit a count fact gives', () => {
    const t = texts({ retry: { policy: 'poll', after: 5 }, facts: { maxPolls: { value: 60, unit: 'count' } } });
    expect(t.TypeScript).toContain('poll <= 60');
    expect(t.TypeScript).toContain('5 * 1000');
    expect(t.Python).toContain('time.sleep(5)');
    expect(t.curl).toContain('sleep 5');
  });

  test('where the response gives the wait, the snippet reads the header and the field first', () => {
    const t = texts({ retry: { policy: 'after-wait', after: 5 }, shape: { codeField: 'error' }, server: { field: 'retryAfter', header: 'Retry-After' }, curl: 'curl -s "$GATEWAY_URL"' });
    expect(t.TypeScript).toContain("Number(response.headers.get('Retry-After') ?? body.retryAfter ?? 5)");
    expect(t.Python).toContain('float(response.headers.get("Retry-After") or response.json().get("retryAfter") or 5)');
    expect(t.curl).toContain('curl -s "$GATEWAY_URL" -D headers.txt');
    expect(t.curl).toContain('sleep "${given:-5}"');
  });

  test('a plain-text API is read as text', () => {
    expect(texts({ shape: {} }).TypeScript).toContain("(await response.clone().text()).trim()");
  });
});

describe('comment lines', () => {
  test('wrap at word boundaries, and Chinese runs by width', () => {
    expect(wrapComment('one two three', 7)).toEqual(['one two', 'three']);
    expect(wrapComment('可以，但要逐步延长等待时间', 10)).toEqual(['可以，但要', '逐步延长等', '待时间']);
  });
});
