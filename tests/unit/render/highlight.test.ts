import { describe, expect, test } from 'vitest';
import { fill, highlight } from '../../../src/render/highlight.ts';

/** What a reader sees (and copies) of highlighted HTML. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('build-time highlighting', () => {
  test('tokens get classes and nothing gets a style attribute, so the strict CSP holds', () => {
    const html = highlight("async function f(): Promise<void> {\n  const x = 'A'; // note\n}", 'ts');
    expect(html).toMatch(/^<pre class="code" data-lang="ts"/);
    expect(html).not.toContain('style=');
    expect(html).toContain('<span class="tk-keyword">async</span>');
    expect(html).toContain('tk-string');
    expect(html).toContain('tk-comment');
  });

  test('placeholders are filled in after highlighting, escaped', () => {
    const html = highlight("// ERRCATNOTE0\nthrow new Error('ERRCATCODE');", 'ts', { ERRCATNOTE0: 'Wait <5> s & retry', ERRCATCODE: 'ERROR_X' });
    expect(html).toContain('Wait &lt;5&gt; s &amp; retry');
    expect(textOf(html)).toBe("// Wait <5> s & retry\nthrow new Error('ERROR_X');");
    expect(html).not.toContain('ERRCAT');
  });

  test('one template serves every code: the same template gives the same markup around other values', () => {
    const a = highlight("x('ERRCATCODE')", 'ts', { ERRCATCODE: 'A_CODE' });
    const b = highlight("x('ERRCATCODE')", 'ts', { ERRCATCODE: 'B_CODE' });
    expect(a.replace('A_CODE', 'B_CODE')).toBe(b);
  });

  test('the text of the highlighted code is the filled template', () => {
    const template = 'HTTP/1.1 429 Too Many Requests\n\n{\n  "error": "ERRCATCODE"\n}';
    const html = highlight(template, 'http', { ERRCATCODE: 'CAPACITY' });
    expect(textOf(html)).toBe(fill(template, { ERRCATCODE: 'CAPACITY' }));
  });
});
