import { describe, expect, it } from 'vitest';
import { enumerationMarkers } from '../../../../src/catalog/text/enumeration.ts';

/** The markers `enumerationMarkers` finds, as the text they cover. */
function markers(text: string): string[] {
  const at = enumerationMarkers(text);
  const out: string[] = [];
  for (let k = 0; k < at.length; k += 2) out.push(text.slice(at[k], at[k + 1]));
  return out;
}

describe('enumerationMarkers', () => {
  it('finds the numbers of "1. cause 2. cause", "1.原因 2.原因" and "1、原因，2、原因"', () => {
    expect(markers('1. The network is down 2. The server restarted 3. Deadlock')).toEqual(['1.', '2.', '3.']);
    expect(markers('1.网络不通 2.服务器已重启')).toEqual(['1.', '2.']);
    expect(markers('1、配置参数，2、分析日志')).toEqual(['1、', '2、']);
    expect(markers('Causes: (1) a; 1) one 2) two')).toEqual(['1)', '2)']);
  });

  it('takes a "1." alone only at the start of a line', () => {
    expect(markers('1.集群间没有可用连接')).toEqual(['1.']);
    expect(markers('first line\n1.检查网络')).toEqual(['1.']);
    expect(markers('Retry 1. Then wait.')).toEqual([]);
  });

  it('leaves numbers that are amounts: decimals, numbers out of order and a sentence that ends in a number', () => {
    expect(markers('1.5 seconds, then 2.5 seconds')).toEqual([]);
    expect(markers('Wait 2. Then retry 3 times.')).toEqual([]);
    expect(markers('The limit is 20. It was 10.')).toEqual([]);
    // A 2 with no 1 before it in the line's run starts nothing.
    expect(markers('Limits: 2. Retry 1 time.')).toEqual([]);
  });
});
