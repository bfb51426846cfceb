/**
 * Turning a page entry into catalog fields:
 * - the display name becomes a sentence-case title, by structure only (no
 *   word lists, so a language not seen before works the same way);
 * - the code's own name suggests a category.
 */
import type { Category } from '../catalog/schema.ts';
import { proseOf, readText } from '../catalog/text/read.ts';

/**
 * A title from the provider's display name: NO FUNDS -> "No funds". A word
 * keeps its inner capitals when an entry's description writes it that way
 * (IP, ID, reCAPTCHA), so abbreviations survive without a word list.
 * Code-like names (ERROR_TASK_ABSENT) read as words.
 */
export function titleFromName(name: string, descriptions: string[]): string {
  const spaced = /\s/.test(name) ? name : name.replace(/_/g, ' ');
  const words = spaced.trim().split(/\s+/);
  if (words.length === 0 || words[0] === '') return name;
  // A name written with lower-case letters is already cased: keep it.
  if (/\p{Ll}/u.test(spaced)) return capitalize(words.join(' '));
  const forms = new Map<string, string>();
  for (const d of descriptions) {
    for (const w of proseOf(d, readText(d).hidden, ' ').match(/[\p{L}\d]+/gu) ?? []) {
      if (/\p{L}\p{Lu}/u.test(w) || /^\p{Lu}{2,}$/u.test(w)) {
        const key = w.toLowerCase();
        if (!forms.has(key)) forms.set(key, w);
      }
    }
  }
  const out = words.map((w) => forms.get(w.toLowerCase()) ?? w.toLowerCase());
  return capitalize(out.join(' '));
}

function capitalize(s: string): string {
  const first = s.codePointAt(0);
  if (first === undefined) return s;
  const ch = String.fromCodePoint(first);
  return ch.toUpperCase() + s.slice(ch.length);
}

/** The category a code's name suggests; `task` when it suggests none. */
export function guessCategory(code: string): Category {
  const upper = code.toUpperCase();
  const tokens = upper.split(/[_.:-]+/);
  if (upper.includes('NOT_READY')) return 'polling';
  if (upper.includes('PROXY')) return 'proxy';
  if (upper.includes('BALANCE') || upper.includes('FUNDS')) return 'balance';
  if (tokens.includes('KEY') || tokens.includes('IP')) return 'auth';
  if (upper.includes('SIZE') || upper.includes('IMAGE') || upper.includes('FILE')) return 'input';
  return 'task';
}

/** Words per category in en, ru, zh, de, es, pt, fr, as section headings name them (lower case; stems where words inflect). */
const CATEGORY_WORDS: Record<Category, string[]> = {
  auth: ['auth', 'access', 'api key', 'permission', 'аутентификац', 'авторизац', 'доступ', 'ключ', '认证', '鉴权', '授权', '权限', '密钥', 'zugriff', 'autenticación', 'autorización', 'acceso', 'autenticação', 'acesso', 'authentification', 'accès'],
  balance: ['balance', 'billing', 'payment', 'funds', 'баланс', 'оплат', 'счёт', 'счет', '余额', '计费', '账单', '付款', 'guthaben', 'zahlung', 'saldo', 'facturación', 'pago', 'pagamento', 'solde', 'facturation', 'paiement'],
  input: ['input', 'request', 'validation', 'parameter', 'входн', 'запрос', 'параметр', 'валидац', '输入', '请求', '参数', 'eingabe', 'anfrage', 'entrada', 'solicitud', 'parámetro', 'requisição', 'parâmetro', 'entrée', 'requête', 'paramètre'],
  task: ['task', 'solving', 'задач', 'решени', '任务', '识别', 'aufgabe', 'tarea', 'tarefa', 'tâche'],
  proxy: ['proxy', 'прокси', '代理', 'proxys', 'proxies'],
  capacity: ['capacity', 'rate limit', 'quota', 'throttl', 'overload', 'нагрузк', 'лимит', 'квот', 'мощност', '容量', '限流', '配额', '过载', 'kapazität', 'capacidad', 'capacidade', 'capacité', 'cuota', 'quote'],
  server: ['server', 'internal', 'upstream', 'сервер', 'внутренн', '服务器', '服务端', '内部', 'servidor', 'interno', 'serveur', 'interne'],
  polling: ['polling', 'result', 'опрос', 'результат', '轮询', '结果', 'ergebnis', 'resultado', 'résultat'],
};

/** The category a section heading names, or undefined when no word matches (or words of two categories do). */
export function categoryOfHeading(heading: string): Category | undefined {
  const h = heading.toLowerCase();
  const found = (Object.keys(CATEGORY_WORDS) as Category[]).filter((c) => CATEGORY_WORDS[c].some((w) => h.includes(w)));
  return found.length === 1 ? found[0] : undefined;
}
