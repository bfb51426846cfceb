/**
 * Which column of a table holds what: the code, the HTTP status, the
 * display name, the description and whether to retry. Found from the header
 * words in any of several languages (en, ru, zh, de, es, pt, fr), then from
 * the rows themselves (a column of identifier-like values, a column of
 * 3-digit statuses, a column of yes/no words, the longest text), or given
 * outright with `--columns code=1,http=2,text=3`.
 */
import { UsageError } from '../catalog/usage-error.ts';
import type { Cell } from './table.ts';

export const ROLES = ['code', 'http', 'name', 'text', 'retry'] as const;
export type Role = (typeof ROLES)[number];
/** 0-based column per role. */
export type Columns = Partial<Record<Role, number>>;

/** Header words per role, lower case; the longest word found in a header decides. */
const HEADER_WORDS: Record<Role, string[]> = {
  code: ['code', 'error code', 'errorcode', 'error', 'errors', 'id', 'код', 'код ошибки', 'ошибка', 'ошибки', '错误码', '错误代码', '代码', '错误', '错误编码', '返回码', 'fehlercode', 'fehler', 'código', 'código de error', 'error', 'erro', 'código de erro', 'erreur', "code d'erreur"],
  http: ['http', 'http status', 'status', 'status code', 'http code', 'http-статус', 'http-код', 'статус', 'код ответа', 'код http', '状态码', 'http 状态码', 'http状态码', 'statuscode', 'http-status', 'estado', 'código http', 'status http', 'statut', 'code http'],
  name: ['name', 'title', 'constant', 'название', 'имя', 'константа', '名称', '名字', '常量', 'bezeichnung', 'nombre', 'nome', 'nom', 'titre'],
  text: ['description', 'message', 'meaning', 'details', 'explanation', 'reason', 'описание', 'сообщение', 'значение', 'описание ошибки', 'причина', '描述', '说明', '含义', '信息', '错误描述', '错误信息', '原因', 'beschreibung', 'meldung', 'bedeutung', 'descripción', 'mensaje', 'significado', 'descrição', 'mensagem', 'signification', 'explication'],
  retry: ['retryable', 'retry', 'retriable', 'can retry', 'повтор', 'повторять', 'можно повторить', 'повторяемая', 'повторный запрос', '重试', '可重试', '是否可重试', 'wiederholbar', 'wiederholen', 'reintentable', 'reintentar', 'repetível', 'tentar novamente', 'réessayable', 'réessayer'],
};

const YES = ['yes', 'true', 'y', 'да', '是', '可', '可以', 'ja', 'sí', 'si', 'sim', 'oui', '✓', '✔', '✅'];
const NO = ['no', 'false', 'n', 'нет', '否', '不', '不可', '不可以', 'nein', 'não', 'nao', 'non', '✗', '✘', '❌', '—', '-'];

/** A code as APIs write them: ERROR_ZERO_BALANCE, AUTH_INVALID, InvalidArgument, storage.bucket-not-found. */
const CODE_LIKE = /^[A-Za-z][A-Za-z0-9_.:-]*$/;

export function looksLikeCode(word: string): boolean {
  if (!CODE_LIKE.test(word) || word.length < 2) return false;
  return /[_.:-]/.test(word) || /^[A-Z0-9]+$/.test(word) || /[a-z][A-Z]/.test(word);
}

/** The words of a cell without Markdown marks. */
export function cellWords(text: string): string {
  return text.replace(/[`*~]/g, '').replace(/\\$/gm, '').trim();
}

/** A 3-digit HTTP status at the start of a cell ("401", "`401`", "401 Unauthorized"). */
export function statusOf(text: string): number | undefined {
  const m = /^\s*`?([1-5]\d\d)\b/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** true/false for a yes/no word in any of the languages, else undefined. */
export function yesNo(text: string): boolean | undefined {
  const w = cellWords(text).toLowerCase().replace(/[.!。]$/, '').split(/[\s,(（]/)[0] ?? '';
  if (YES.includes(w)) return true;
  if (NO.includes(w)) return false;
  return undefined;
}

/** The role a header cell names, by the longest header word it holds. */
function headerRole(text: string): Role | undefined {
  const h = cellWords(text).toLowerCase().replace(/\s+/g, ' ');
  let best: { role: Role; length: number } | undefined;
  for (const role of ROLES) {
    for (const w of HEADER_WORDS[role]) {
      const found = /^[a-zа-яё]/i.test(w) ? new RegExp(`(^|[^\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(h) : h.includes(w);
      if (found && (!best || w.length > best.length)) best = { role, length: w.length };
    }
  }
  return best?.role;
}

/** The first column whose header names each role. */
export function columnsFromHeader(header: Cell[]): Columns {
  const cols: Columns = {};
  header.forEach((c, i) => {
    const role = headerRole(c.text);
    if (role && cols[role] === undefined) cols[role] = i;
  });
  return cols;
}

/**
 * The columns of a table: the header's words first, each checked against the
 * cells where a role has a shape (a code column must hold codes, a status
 * column 3-digit statuses; "gRPC code" over numbers gives way to the column
 * of names), then the rows fill in the rest.
 */
export function chooseColumns(header: Cell[] | undefined, rows: Cell[][]): Columns {
  const named = new Map<Role, number[]>();
  header?.forEach((c, i) => {
    const role = headerRole(c.text);
    if (role) named.set(role, [...(named.get(role) ?? []), i]);
  });
  const cols: Columns = {};
  const take = (role: Role, test?: (text: string) => boolean) => {
    const i = (named.get(role) ?? []).find((i) => !Object.values(cols).includes(i) && (!test || share(rows, i, test) >= SHAPE_SHARE));
    if (i !== undefined) cols[role] = i;
  };
  take('code', isCodeCell);
  take('http', isStatusCell);
  for (const role of ['retry', 'name', 'text'] as const) take(role);
  return columnsFromRows(rows, cols);
}

/** The share of a column's cells that must have a role's shape for the header's word to stand. */
const SHAPE_SHARE = 0.5;
const isCodeCell = (t: string) => looksLikeCode(firstWord(t));
const isStatusCell = (t: string) => statusOf(t) !== undefined;

function share(rows: Cell[][], col: number, test: (text: string) => boolean): number {
  const cells = rows.map((r) => r[col]).filter((c): c is Cell => c !== undefined && c.text.trim() !== '');
  return cells.length ? cells.filter((c) => test(c.text)).length / cells.length : 0;
}

/** The first word of a cell, a link's text for a link. */
function firstWord(text: string): string {
  return cellWords(text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')).split(/[\s,;/(（]/)[0] ?? '';
}

/** Fills in the roles the header did not name, from the rows. */
export function columnsFromRows(rows: Cell[][], known: Columns): Columns {
  const cols = { ...known };
  const width = Math.max(0, ...rows.map((r) => r.length));
  const free = (i: number) => !Object.values(cols).includes(i);
  const pick = (role: Role, test: (text: string) => boolean) => {
    if (cols[role] !== undefined) return;
    let best: { i: number; s: number } | undefined;
    for (let i = 0; i < width; i++) {
      if (!free(i)) continue;
      const s = share(rows, i, test);
      if (s >= 0.6 && (!best || s > best.s)) best = { i, s };
    }
    if (best) cols[role] = best.i;
  };
  pick('code', isCodeCell);
  pick('http', isStatusCell);
  pick('retry', (t) => yesNo(t) !== undefined);
  if (cols.text === undefined) {
    let best: { i: number; n: number } | undefined;
    for (let i = 0; i < width; i++) {
      if (!free(i)) continue;
      const n = rows.reduce((sum, r) => sum + (r[i]?.text.length ?? 0), 0);
      if (n > 0 && (!best || n > best.n)) best = { i, n };
    }
    if (best) cols.text = best.i;
  }
  return cols;
}

/** Whether a first row is a header: it names a role by its words, and its code cell holds no code. */
export function isHeaderRow(row: Cell[], cols: Columns): boolean {
  const named = row.some((c) => headerRole(c.text) !== undefined);
  const codeCell = cols.code === undefined ? undefined : row[cols.code];
  return named && !(codeCell && looksLikeCode(firstWord(codeCell.text)) && headerRole(codeCell.text) === undefined);
}

/** `--columns code=1,http=2,text=3` (1-based) as 0-based columns. */
export function parseColumns(spec: string): Columns {
  const cols: Columns = {};
  for (const part of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^([a-z]+)=(\d+)$/.exec(part);
    const role = m?.[1] as Role | undefined;
    if (!m || !role || !ROLES.includes(role) || Number(m[2]) < 1) {
      throw new UsageError(`--columns ${spec}: "${part}" is not <role>=<column>.`, `Name each role (${ROLES.join(', ')}) and its column, counting from 1, e.g. --columns code=1,http=2,text=3.`, '--columns');
    }
    if (cols[role] !== undefined) throw new UsageError(`--columns ${spec} names ${role} twice.`, 'Name each role once.', '--columns');
    cols[role] = Number(m[2]) - 1;
  }
  if (cols.code === undefined) throw new UsageError(`--columns ${spec} does not say which column holds the code.`, 'Add code=<column>, e.g. --columns code=1,text=2.', '--columns');
  return cols;
}
