import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/references.ts';
import { catalogOf, catalogWith, code, lines } from '../helpers.ts';

describe('references', () => {
  it('finds nothing in a catalog whose references hold', () => {
    const catalog = catalogOf({
      providers: {
        acme: { codes: [code({ equivalents: ['beta/ERROR_SAMPLE'] })] },
        beta: { codes: [code({ equivalents: ['acme/ERROR_SAMPLE'] })] },
      },
    });
    expect(check.run(catalog)).toEqual([]);
  });

  it('reports a duplicate code and an alias that collides with a code, in any case', () => {
    const catalog = catalogWith(code(), code({ code: 'ERROR_OTHER', aliases: ['error_sample'] }), code());
    expect(lines(check.run(catalog))).toMatchInlineSnapshot(`
      [
        "catalog/acme/errors.yaml:43:9 error [references] ERROR_OTHER: The alias error_sample is already used as the code of ERROR_SAMPLE at line 2; a code page and its short link must lead to one entry.",
        "catalog/acme/errors.yaml:44:11 error [references] ERROR_SAMPLE: The code is listed twice; the first entry is at line 2. A code has one page, so it has one entry.",
      ]
    `);
  });

  it('reports an equivalent that points nowhere and one that is not named back', () => {
    const catalog = catalogOf({
      providers: {
        acme: { codes: [code({ equivalents: ['beta/ERROR_SAMPLE', 'beta/NOPE'] })] },
        beta: { codes: [code()] },
      },
    });
    const findings = check.run(catalog);
    expect(lines(findings)).toMatchInlineSnapshot(`
      [
        "catalog/acme/errors.yaml:23:9 error [references] ERROR_SAMPLE: Equivalent beta/ERROR_SAMPLE does not name acme/ERROR_SAMPLE back; equivalents are shown on both pages, so they must be listed on both.",
        "catalog/acme/errors.yaml:24:9 error [references] ERROR_SAMPLE: Equivalent beta/NOPE does not exist.",
      ]
    `);
    expect(findings[0]!.hint).toBe('Add "acme/ERROR_SAMPLE" to the equivalents of beta/ERROR_SAMPLE.');
  });

  it('reports a related code that points nowhere, names itself, is not named back or is also an equivalent', () => {
    const catalog = catalogOf({
      providers: {
        acme: { codes: [code({ equivalents: ['beta/B'], related: ['beta/ERROR_SAMPLE', 'beta/NOPE', 'acme/ERROR_SAMPLE', 'beta/B'] })] },
        beta: { codes: [code(), code({ code: 'B', equivalents: ['acme/ERROR_SAMPLE'], related: ['acme/ERROR_SAMPLE'] })] },
      },
    });
    expect(lines(check.run(catalog)).map((l) => l.replace(/^\S+ /, ''))).toEqual([
      'error [references] ERROR_SAMPLE: Related code beta/ERROR_SAMPLE does not name acme/ERROR_SAMPLE back; related codes are shown on both pages, so they must be listed on both.',
      'error [references] ERROR_SAMPLE: Related code beta/NOPE does not exist.',
      'error [references] ERROR_SAMPLE: The code names itself as a related code.',
      'error [references] ERROR_SAMPLE: beta/B is listed both as an equivalent and as a related code; an equivalent is the same condition, a related code only overlaps.',
      'error [references] B: acme/ERROR_SAMPLE is listed both as an equivalent and as a related code; an equivalent is the same condition, a related code only overlaps.',
    ]);
  });

  it('finds nothing where related codes name each other', () => {
    const catalog = catalogOf({
      providers: {
        acme: { codes: [code({ related: ['beta/ERROR_SAMPLE'] })] },
        beta: { codes: [code({ related: ['acme/ERROR_SAMPLE'] })] },
      },
    });
    expect(check.run(catalog)).toEqual([]);
  });

  it('reports an unknown phase and texts in a locale the site does not publish', () => {
    const entry = code({ phases: ['poll'] });
    (entry.texts as Record<string, unknown>).de = { title: 'Beispiel', summary: 'Etwas.', action: 'Beheben.' };
    expect(lines(check.run(catalogWith(entry)))).toMatchInlineSnapshot(`
      [
        "catalog/acme/errors.yaml:6:9 error [references] ERROR_SAMPLE: Phase "poll" is not a phase of acme.",
        "catalog/acme/errors.yaml:23:9 error [references] ERROR_SAMPLE: Texts are given in "de", which site.yaml does not publish.",
      ]
    `);
  });

  it('reports an HTTP status out of range and statuses at odds with the retry policy', () => {
    const catalog = catalogWith(
      code({ code: 'A', http: 999 }),
      code({ code: 'B', http: 429, retry: { policy: 'never' } }),
      code({ code: 'C', http: 401, retry: { policy: 'backoff', after: 1 } }),
      code({ code: 'D', http: 400, retry: { policy: 'poll', after: 5 } }),
      code({ code: 'E', http: 503, retry: { policy: 'after-wait' } }),
    );
    expect(lines(check.run(catalog))).toMatchInlineSnapshot(`
      [
        "catalog/acme/errors.yaml:3:11 error [references] A: HTTP status 999 is not a status code (100 to 599).",
        "catalog/acme/errors.yaml:28:15 error [references] B: HTTP 429 tells clients to come back later, but the retry policy is "never".",
        "catalog/acme/errors.yaml:48:15 warning [references] C: HTTP 401 does not get better by waiting, but the retry policy is "backoff".",
        "catalog/acme/errors.yaml:69:15 error [references] D: "poll" means the task is still running, which is not an HTTP 400 error.",
        "catalog/acme/errors.yaml:90:7 warning [references] E: The retry policy is "after-wait" but no wait is given.",
      ]
    `);
  });

  it('reports a deprecated code whose replacement does not exist', () => {
    const catalog = catalogWith(code({ deprecated: { reason: { en: 'Gone.', ru: 'Нет.', zh: '无。' }, replacement: 'ERROR_NEW' } }));
    // Replaced by a code of its own provider: nothing to report.
    expect(check.run(catalogWith(code({ deprecated: { reason: { en: 'Gone.', ru: 'Нет.', zh: '无。' }, replacement: 'ERROR_NEW' } }), code({ code: 'ERROR_NEW' })))).toEqual([]);
    expect(lines(check.run(catalog))).toMatchInlineSnapshot(`
      [
        "catalog/acme/errors.yaml:27:20 error [references] ERROR_SAMPLE: The replacement ERROR_NEW is not a code of acme.",
      ]
    `);
  });
});
