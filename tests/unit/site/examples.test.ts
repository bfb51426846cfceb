import { describe, expect, test } from 'vitest';
import { wireExamples, wireShape } from '../../../src/site/examples.ts';
import { fill } from '../../../src/render/highlight.ts';
import { codeByRef } from '../../../src/site/data.ts';

function examplesOf(ref: string) {
  const found = codeByRef(ref)!;
  return wireExamples(found.provider, found.code, found.code.texts.en!.title!).map((e) => ({ ...e, text: fill(e.template, e.values) }));
}

describe('the code as the API returns it', () => {
  test('the gateway sends a retryable error with its status, retryAfter and the Retry-After header', () => {
    const [e, ...rest] = examplesOf('gateway/CAPACITY');
    expect(rest).toEqual([]);
    expect(e!.text).toBe(['HTTP/1.1 429 Too Many Requests', 'Content-Type: application/json', 'Retry-After: 5', '', '{', '  "error": "CAPACITY",', `  "message": "${codeByRef('gateway/CAPACITY')!.code.texts.en!.title}",`, '  "retryable": true,', '  "retryAfter": 5', '}'].join('\n'));
  });

  test('a retryable gateway code without a usual wait leaves retryAfter and its header out', () => {
    const [e] = examplesOf('gateway/UNSOLVABLE');
    expect(e!.text).toContain('"retryable": true');
    expect(e!.text).not.toContain('retryAfter');
    expect(e!.text).not.toContain('Retry-After');
  });

  test('a gateway code that must not be retried says retryable false', () => {
    expect(examplesOf('gateway/AUTH_INVALID')[0]!.text).toMatch(/^HTTP\/1.1 401 Unauthorized[\s\S]*"retryable": false\n}$/);
  });

  test('CaptchaAI answers in JSON with json=1 and in plain text without, both with HTTP 200', () => {
    const [json, text] = examplesOf('captchaai/ERROR_ZERO_BALANCE');
    expect(json!.label?.en).toBe('with json=1');
    expect(json!.text).toBe('HTTP/1.1 200 OK\n\n{\n  "status": 0,\n  "request": "ERROR_ZERO_BALANCE"\n}');
    expect(text!.text).toBe('HTTP/1.1 200 OK\n\nERROR_ZERO_BALANCE');
    expect(json!.phases).toEqual(['in.php']);
  });

  test('CapMonster Cloud puts the code in errorCode, with errorId 1, for every phase of the code', () => {
    const ref = 'capmonster-cloud/ERROR_RECAPTCHA_INVALID_DOMAIN';
    const [e] = examplesOf(ref);
    expect(e!.phases).toEqual(codeByRef(ref)!.code.phases);
    expect(JSON.parse(e!.text.split('\n\n')[1]!)).toEqual({ errorId: 1, errorCode: 'ERROR_RECAPTCHA_INVALID_DOMAIN', errorDescription: codeByRef(ref)!.code.texts.en!.title });
  });

  test('a message with quotes stays valid JSON', () => {
    const found = codeByRef('gateway/CAPACITY')!;
    const [e] = wireExamples(found.provider, found.code, 'Say "hi" \\ bye');
    expect(JSON.parse(fill(e!.template, e!.values).split('\n\n')[1]!).message).toBe('Say "hi" \\ bye');
  });

  test('a program finds the code in the field the template puts it in', () => {
    expect(wireShape(codeByRef('capmonster-cloud/ERROR_ZERO_BALANCE')!.provider)).toEqual({ codeField: 'errorCode', messageField: 'errorDescription' });
    expect(wireShape(codeByRef('captchaai/ERROR_ZERO_BALANCE')!.provider)).toEqual({ codeField: 'request', messageField: undefined });
    expect(wireShape({ responses: [] })).toEqual({});
  });
});
