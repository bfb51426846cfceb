import { describe, expect, it } from 'vitest';
import { fillPlaceholders, formatFact } from '../../../src/i18n/format.ts';

const facts = { maxBytes: { value: 50000, unit: 'byte' as const }, wait: { value: 5, unit: 'second' as const } };

describe('fillPlaceholders', () => {
  it('fills the placeholders of the prose and leaves code and unknown names as written', () => {
    expect(fillPlaceholders('Up to {maxBytes}; send `{maxBytes}` as is; {other} stays.', facts, 'en')).toBe('Up to 50,000 bytes; send `{maxBytes}` as is; {other} stays.');
  });

  it('fills a placeholder after backticks that open no code span, as the page renders them', () => {
    expect(fillPlaceholders('Type ``{wait}` here.', facts, 'en')).toBe('Type ``5 seconds` here.');
  });

  it('formats facts in the reader\'s language', () => {
    expect(formatFact(facts.maxBytes, 'ru')).toMatch(/^50\s000\sбайт$/u);
    expect(formatFact({ value: 50, unit: 'kilobyte' }, 'en')).toBe('50 kilobytes');
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('leaves {%s}, which names no fact, as written', (name) => {
    expect(fillPlaceholders(`Wait {${name}}.`, { interval: { value: 5, unit: 'second' } }, 'en')).toBe(`Wait {${name}}.`);
  });

  it('fills a fact named like a property every object has', () => {
    const own: Parameters<typeof fillPlaceholders>[1] = JSON.parse('{"constructor": {"value": 5, "unit": "second"}}');
    expect(fillPlaceholders('Wait {constructor}.', own, 'en')).toBe('Wait 5 seconds.');
  });
});
