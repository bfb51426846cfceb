import { describe, expect, it } from 'vitest';
import { fillPlaceholders, formatDay, formatFact, formatSeconds } from '../../../src/i18n/format.ts';

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

describe('formatting with the locale\'s typography', () => {
  it('with latinSpace, a Chinese quantity has a space between the number and its unit', () => {
    expect(formatFact({ value: 50000, unit: 'byte' }, 'zh-CN', { latinSpace: true })).toBe('50,000 字节');
    expect(formatSeconds(300, 'zh-CN', { latinSpace: true })).toBe('5 分钟');
    expect(formatFact({ value: 50000, unit: 'byte' }, 'zh-CN')).toBe('50,000字节');
  });

  it('other languages are not changed by the setting', () => {
    expect(formatFact({ value: 5, unit: 'second' }, 'en', { latinSpace: true })).toBe('5 seconds');
    expect(formatFact({ value: 50000, unit: 'byte' }, 'ru', { latinSpace: true })).toMatch(/^50\s000\sбайт$/);
  });

  it('placeholders in a Chinese text follow the setting', () => {
    expect(fillPlaceholders('上传的图片超过 {maxBytes}。', { maxBytes: { value: 50000, unit: 'byte' } }, 'zh-CN', { latinSpace: true })).toBe('上传的图片超过 50,000 字节。');
  });

  it('a day is written the reader\'s way', () => {
    expect(formatDay('2026-11-21', 'en')).toBe('November 21, 2026');
    expect(formatDay('2026-11-21', 'zh-CN', { latinSpace: true })).toBe('2026 年 11 月 21 日');
  });
});
