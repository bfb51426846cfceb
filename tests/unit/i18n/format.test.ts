import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from '../../../src/i18n/format.ts';

describe('fillPlaceholders', () => {
  it('fills a fact in the reader\'s number format and leaves code spans alone', () => {
    expect(fillPlaceholders('Up to {maxBytes}, not `{maxBytes}`.', { maxBytes: { value: 50000, unit: 'byte' } }, 'en')).toBe('Up to 50,000 bytes, not `{maxBytes}`.');
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('leaves {%s}, which names no fact, as written', (name) => {
    expect(fillPlaceholders(`Wait {${name}}.`, { interval: { value: 5, unit: 'second' } }, 'en')).toBe(`Wait {${name}}.`);
  });

  it('fills a fact named like a property every object has', () => {
    const facts: Parameters<typeof fillPlaceholders>[1] = JSON.parse('{"constructor": {"value": 5, "unit": "second"}}');
    expect(fillPlaceholders('Wait {constructor}.', facts, 'en')).toBe('Wait 5 seconds.');
  });
});
