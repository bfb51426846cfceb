import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/render/markdown.ts';

describe('catalog Markdown as HTML', () => {
  it.each([
    ['[x](//evil.example/p)', 'https://evil.example/p'],
    ['[x](/\\evil.example/)', 'https://evil.example/'],
  ])('renders %s, which leaves the site, with the scheme browsers would use', (markdown, href) => {
    expect(renderMarkdown(markdown)).toContain(`href="${href}"`);
  });

  it('renders site paths and web links as written', () => {
    expect(renderMarkdown('[a](/en/acme/) [b](https://a.example/x)')).toBe('<p><a href="/en/acme/">a</a> <a href="https://a.example/x">b</a></p>\n');
  });

  it('drops a javascript: link', () => {
    expect(renderMarkdown('[x](javascript:alert(1))')).not.toContain('href');
  });
});
