import { describe, expect, it } from 'vitest';
import { knowsLanguage, readAdvice } from '../../../../src/checks/advice/read.ts';

/** The kinds of advice a text gives: retry, no-retry, support. */
function kinds(text: string, lang: string): string[] {
  const a = readAdvice(text, lang)!;
  return [...(a.retry.length ? ['retry'] : []), ...(a.noRetry.length ? ['no-retry'] : []), ...(a.support.length ? ['support'] : [])];
}

describe('reading advice', () => {
  it.each([
    ['en', 'Try again later.'],
    ['en', 'Wait 10 seconds and send the same request again.'],
    ['en', 'Internal error. Repeat the request.'],
    ['en', 'Check the task parameters and the key before resubmitting.'],
    ['en', 'Delete what you do not need, then upload the object again.'],
    ['ru', 'Удалите ненужные объекты и загрузите объект заново.'],
    ['ru', 'Повторите попытку позже.'],
    ['ru', 'Через минуту сделайте повторную попытку.'],
    ['ru', 'Попробуйте ещё раз через пять секунд.'],
    ['ru', 'Отправьте задачу снова.'],
    ['zh', '稍后重试。'],
    ['zh', '请稍后再试。'],
    ['en', 'Wait a minute before the next attempt.'],
    ['ru', 'Подождите минуту перед следующей попыткой.'],
    ['zh', '等待一分钟后再进行下次尝试。'],
    ['pt', 'Tente novamente mais tarde.'],
    ['es', 'Vuelva a intentarlo más tarde.'],
    ['de', 'Versuchen Sie es später erneut.'],
    ['fr', 'Réessayez plus tard.'],
  ])('reads advice to send again in %s: %s', (lang, text) => {
    expect(kinds(text, lang)).toEqual(['retry']);
  });

  it.each([
    ['en', 'Do not retry the same task.'],
    ["en", "Don't resend it."],
    ['en', 'Retrying before that only returns the same error.'],
    ['en', 'Asking for it again will not help.'],
    ['ru', 'Не повторяйте запрос с тем же ключом.'],
    ['ru', 'Повторять запрос бесполезно.'],
    ['ru', 'Повторная отправка приведёт к тому же отказу.'],
    ['zh', '不要重试。'],
    ['zh', '请勿重复发送，重试没有任何作用。'],
    ['zh', '再次查询也不会改变结果。'],
    ['pt', 'Não tente novamente.'],
    ['es', 'No lo intente de nuevo.'],
    ['de', 'Wiederholen Sie die Anfrage nicht.'],
    ['fr', 'Ne réessayez pas.'],
  ])('reads a negated retry as advice not to send again in %s: %s', (lang, text) => {
    expect(kinds(text, lang)).toEqual(['no-retry']);
  });

  it.each([
    ['en', 'If it keeps failing, contact support.'],
    ['en', 'Let support know.'],
    ['ru', 'Если ошибка повторяется, обратитесь в службу поддержки.'],
    ['ru', 'Свяжитесь с поддержкой.'],
    ['zh', '请联系客服。'],
    ['zh', '保留现场和日志，github 上报 issue。'],
    ['pt', 'Entre em contato com o suporte.'],
    ['es', 'Contacte con el soporte.'],
    ['de', 'Wenden Sie sich an den Support.'],
    ['fr', 'Contactez le support.'],
  ])('reads advice to contact support in %s: %s', (lang, text) => {
    expect(kinds(text, lang)).toEqual(['support']);
  });

  it('reads "the error repeats" as no advice, and a new task as no retry of the old one', () => {
    expect(kinds('Если ошибка повторится, проверьте параметры.', 'ru')).toEqual([]);
    expect(kinds('If the error repeats, check the parameters.', 'en')).toEqual([]);
    expect(kinds('Resubmit a new task with fresh parameters.', 'en')).toEqual([]);
    expect(kinds('请重新提交新任务。', 'zh')).toEqual([]);
    expect(kinds('Senden Sie eine neue Anfrage erneut.', 'de')).toEqual([]);
    expect(kinds('重新获取访问令牌，并替换旧值。', 'zh')).toEqual([]);
  });

  it('ends a negation at "and then": the next step of the advice is not negated', () => {
    expect(kinds('Ask for more quota or delete the files you do not need and then upload the file again.', 'en')).toEqual(['retry']);
    expect(kinds('Удалите ненужные файлы или не храните лишнего, а после этого загрузите файл заново.', 'ru')).toEqual(['retry']);
    expect(kinds('Do not wait and then give up, and then do not retry either.', 'en')).toEqual(['no-retry']);
  });

  it('reads a retry named as the moment the error happens as no advice', () => {
    expect(kinds('It happens on a retry after an earlier failure.', 'en')).toEqual([]);
    expect(kinds('Это происходит при повторной попытке после предыдущей неудачи.', 'ru')).toEqual([]);
    expect(kinds('此错误发生在先前失败后的重试中。', 'zh')).toEqual([]);
    expect(kinds('Lower the retry count in your client.', 'en')).toEqual([]);
  });

  it('reads no advice from code spans and link destinations', () => {
    expect(kinds('Set `retry: true` and see [the guide](https://example.com/retry-again).', 'en')).toEqual([]);
  });

  it('quotes the clause that gives the advice', () => {
    expect(readAdvice('Проверьте ключ. Повторите попытку позже, когда бан снимут.', 'ru')!.retry).toEqual(['Повторите попытку позже']);
  });

  it('does not read a language it has no lexicon for', () => {
    expect(knowsLanguage('ja')).toBe(false);
    expect(readAdvice('後でもう一度お試しください。', 'ja')).toBeUndefined();
    for (const lang of ['en', 'ru', 'zh', 'pt', 'es', 'de', 'fr']) expect(knowsLanguage(lang)).toBe(true);
  });
});
