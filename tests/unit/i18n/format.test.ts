import { describe, expect, test } from 'vitest';
import { fillPlaceholders, formatDay, formatFact, formatSeconds } from '../../../src/i18n/format.ts';

describe('formatting with the locale\'s typography', () => {
  test('with latinSpace, a Chinese quantity has a space between the number and its unit', () => {
    expect(formatFact({ value: 50000, unit: 'byte' }, 'zh-CN', { latinSpace: true })).toBe('50,000 字节');
    expect(formatSeconds(300, 'zh-CN', { latinSpace: true })).toBe('5 分钟');
    expect(formatFact({ value: 50000, unit: 'byte' }, 'zh-CN')).toBe('50,000字节');
  });

  test('other languages are not changed by the setting', () => {
    expect(formatFact({ value: 5, unit: 'second' }, 'en', { latinSpace: true })).toBe('5 seconds');
    expect(formatFact({ value: 50000, unit: 'byte' }, 'ru', { latinSpace: true })).toMatch(/^50\s000\sбайт$/);
  });

  test('placeholders in a Chinese text follow the setting', () => {
    expect(fillPlaceholders('上传的图片超过 {maxBytes}。', { maxBytes: { value: 50000, unit: 'byte' } }, 'zh-CN', { latinSpace: true })).toBe('上传的图片超过 50,000 字节。');
  });

  test('a day is written the reader\'s way', () => {
    expect(formatDay('2026-11-21', 'en')).toBe('November 21, 2026');
    expect(formatDay('2026-11-21', 'zh-CN', { latinSpace: true })).toBe('2026 年 11 月 21 日');
  });
});
