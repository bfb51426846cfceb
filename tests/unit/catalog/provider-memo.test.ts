import { describe, expect, it } from 'vitest';
import { loadCatalogFromFiles, providerMemo } from '../../../src/catalog/load.ts';
import { catalogFiles, code } from '../helpers.ts';

const twoProviders = () =>
  catalogFiles({
    providers: {
      acme: { codes: [code()] },
      globex: { codes: [code({ code: 'ERROR_OTHER', http: 'four hundred' })] },
    },
  });

describe('reloading a catalog with a provider memo', () => {
  it('parses every provider on the first load', () => {
    const memo = providerMemo();
    loadCatalogFromFiles(twoProviders(), 'catalog', memo);
    expect(memo.parsed).toEqual(['acme', 'globex']);
  });

  it('parses again only the provider whose file changed, and keeps the others as they were', () => {
    const files = twoProviders();
    const memo = providerMemo();
    const first = loadCatalogFromFiles(files, 'catalog', memo);
    files['acme/errors.yaml'] = files['acme/errors.yaml']!.replace('Something was wrong with the request.', 'The request was wrong.');
    const second = loadCatalogFromFiles(files, 'catalog', memo);
    expect(memo.parsed).toEqual(['acme']);
    expect(second.providers[0]!.codes[0]!.texts.en!.summary).toBe('The request was wrong.');
    expect(second.providers[1]).toBe(first.providers[1]);
    // The untouched provider's schema finding (its http is not a number) is still reported.
    expect(second.findings.map((f) => `${f.provider} ${f.message}`)).toEqual(first.findings.map((f) => `${f.provider} ${f.message}`));
    expect(second.findings).toHaveLength(1);
  });

  it('parses nothing when no file changed, and gives the same catalog data', () => {
    const files = twoProviders();
    const memo = providerMemo();
    const first = loadCatalogFromFiles(files, 'catalog', memo);
    const again = loadCatalogFromFiles({ ...files }, 'catalog', memo);
    expect(memo.parsed).toEqual([]);
    expect(again.providers).toEqual(first.providers);
  });

  it('parses a provider again when only its provider.yaml changed', () => {
    const files = twoProviders();
    const memo = providerMemo();
    loadCatalogFromFiles(files, 'catalog', memo);
    files['globex/provider.yaml'] = files['globex/provider.yaml']!.replace('name: globex', 'name: Globex Corp');
    const second = loadCatalogFromFiles(files, 'catalog', memo);
    expect(memo.parsed).toEqual(['globex']);
    expect(second.providers[1]!.name).toBe('Globex Corp');
  });
});
