import { describe, expect, it } from 'vitest';
import { isSafeHref, renderHref, schemelessHost } from '../../../src/catalog/safe-href.ts';

describe('links without a scheme that leave the site', () => {
  it.each([
    ['//evil.example/p', 'evil.example', 'https://evil.example/p'],
    ['/\\evil.example/', 'evil.example', 'https://evil.example/'],
    ['\\\\evil.example\\p', 'evil.example', 'https://evil.example/p'],
    [' //evil.example', 'evil.example', 'https://evil.example/'],
    ['/\t/evil.example/x', 'evil.example', 'https://evil.example/x'],
  ])('sees %j as a link to %s, and renders it with its scheme', (href, host, rendered) => {
    expect(schemelessHost(href)).toBe(host);
    expect(isSafeHref(href)).toBe(true);
    expect(renderHref(href)).toBe(rendered);
  });

  it.each(['/en/acme/', '../x', './x.md', '#fix', '?q=1', 'x/y', '/%5Cevil.example/', 'https://a.b/c', 'mailto:a@b.c'])('sees %j as a site path or a link with a scheme, and renders it as written', (href) => {
    expect(schemelessHost(href)).toBeUndefined();
    expect(renderHref(href)).toBe(href);
  });
});
