import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks/equivalent-drift.ts';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { catalogOf, code, lines } from '../helpers.ts';

function pair(acme: Record<string, unknown>, beta: Record<string, unknown>) {
  return catalogOf({
    providers: {
      acme: { codes: [code({ equivalents: ['beta/ERROR_SAMPLE'], ...acme })] },
      beta: { codes: [code({ equivalents: ['acme/ERROR_SAMPLE'], ...beta })] },
    },
  });
}

describe('equivalent-drift', () => {
  it('finds nothing where equivalent codes share category and retry policy', () => {
    expect(check.run(pair({}, {}))).toEqual([]);
  });

  it('finds nothing where one waits a fixed time and the other backs off: both wait, then send again', () => {
    expect(check.run(pair({ category: 'capacity', retry: { policy: 'after-wait', after: 5 } }, { category: 'capacity', retry: { policy: 'backoff' } }))).toEqual([]);
  });

  it('warns once per pair, naming both codes, where the retry policy differs (fix first against back off)', () => {
    const catalog = pair({ category: 'balance' }, { category: 'balance', retry: { policy: 'backoff', after: 10 } });
    expect(lines(check.run(catalog))).toEqual([
      'catalog/acme/errors.yaml:23:9 warning [equivalent-drift] ERROR_SAMPLE: acme/ERROR_SAMPLE and its equivalent beta/ERROR_SAMPLE differ: retry policy "after-fix" (correct the request first) against "backoff" (wait, then send again). Equivalent codes are the same condition, so a program should treat them alike.',
    ]);
  });

  it('names a differing category and policy in one warning', () => {
    const catalog = pair({ category: 'task', retry: { policy: 'never' } }, { category: 'polling' });
    const [finding, ...rest] = check.run(catalog);
    expect(rest).toEqual([]);
    expect(finding!.message).toContain('category "task" against "polling" and retry policy "never" (do not send it again) against "after-fix" (correct the request first)');
    expect(finding!.severity).toBe('warning');
  });

  it('leaves a dangling equivalent to the references check', () => {
    const catalog = catalogOf({ providers: { acme: { codes: [code({ equivalents: ['beta/NOPE'] })] }, beta: { codes: [code()] } } });
    expect(check.run(catalog)).toEqual([]);
  });

  it('finds the shipped equivalences reviewed: no pair differs, and no-funds is only related to no-free-threads', () => {
    const catalog = loadCatalog('catalog');
    expect(lines(check.run(catalog))).toEqual([]);
    const cm = catalog.providers.find((p) => p.id === 'capmonster-cloud')!.codes.find((c) => c.code === 'ERROR_ZERO_BALANCE')!;
    expect(cm.equivalents).not.toContain('captchaai/ERROR_ZERO_BALANCE');
    expect(cm.related).toContain('captchaai/ERROR_ZERO_BALANCE');
  });
});
