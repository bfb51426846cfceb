/**
 * Vocabulary for the synthetic catalog: parallel en / ru / zh phrases.
 *
 * Each noun carries the Russian cases the templates need (nominative,
 * genitive, accusative) so the Russian text is grammatical; predicates are
 * chosen so that they do not depend on the noun's gender. No template types a
 * number in prose: every quantity is a {fact} placeholder, so the
 * quantity-drift and fact-literal checks stay quiet as they do on a clean
 * catalog.
 */

/** key: used in code names; camel: a request field named in code spans. */
export const NOUNS = [
  { key: 'IMAGE', camel: 'body', cat: 'input', en: 'image', nom: 'изображение', gen: 'изображения', acc: 'изображение', zh: '图片' },
  { key: 'TASK', camel: 'taskId', cat: 'task', en: 'task', nom: 'задача', gen: 'задачи', acc: 'задачу', zh: '任务' },
  { key: 'PROXY', camel: 'proxyAddress', cat: 'proxy', en: 'proxy server', nom: 'прокси-сервер', gen: 'прокси-сервера', acc: 'прокси-сервер', zh: '代理服务器' },
  { key: 'KEY', camel: 'clientKey', cat: 'auth', en: 'API key', nom: 'API-ключ', gen: 'API-ключа', acc: 'API-ключ', zh: 'API 密钥' },
  { key: 'CALLBACK', camel: 'callbackUrl', cat: 'input', en: 'callback address', nom: 'адрес обратного вызова', gen: 'адреса обратного вызова', acc: 'адрес обратного вызова', zh: '回调地址' },
  { key: 'BALANCE', camel: 'balance', cat: 'balance', en: 'account balance', nom: 'баланс аккаунта', gen: 'баланса аккаунта', acc: 'баланс аккаунта', zh: '账户余额' },
  { key: 'SITEKEY', camel: 'websiteKey', cat: 'input', en: 'site key', nom: 'ключ сайта', gen: 'ключа сайта', acc: 'ключ сайта', zh: '网站密钥' },
  { key: 'PAGE_URL', camel: 'websiteURL', cat: 'input', en: 'page address', nom: 'адрес страницы', gen: 'адреса страницы', acc: 'адрес страницы', zh: '页面地址' },
  { key: 'USER_AGENT', camel: 'userAgent', cat: 'input', en: 'user agent string', nom: 'строка User-Agent', gen: 'строки User-Agent', acc: 'строку User-Agent', zh: 'User-Agent 字符串' },
  { key: 'COOKIES', camel: 'cookies', cat: 'input', en: 'cookie set', nom: 'набор cookie', gen: 'набора cookie', acc: 'набор cookie', zh: 'Cookie 集合' },
  { key: 'TOKEN', camel: 'accessToken', cat: 'auth', en: 'access token', nom: 'токен доступа', gen: 'токена доступа', acc: 'токен доступа', zh: '访问令牌' },
  { key: 'SESSION', camel: 'sessionId', cat: 'auth', en: 'session', nom: 'сессия', gen: 'сессии', acc: 'сессию', zh: '会话' },
  { key: 'QUEUE', camel: 'queueName', cat: 'capacity', en: 'task queue', nom: 'очередь задач', gen: 'очереди задач', acc: 'очередь задач', zh: '任务队列' },
  { key: 'WEBHOOK', camel: 'webhookUrl', cat: 'input', en: 'webhook', nom: 'веб-хук', gen: 'веб-хука', acc: 'веб-хук', zh: 'Webhook 回调' },
  { key: 'SIGNATURE', camel: 'signature', cat: 'auth', en: 'request signature', nom: 'подпись запроса', gen: 'подписи запроса', acc: 'подпись запроса', zh: '请求签名' },
  { key: 'HEADER', camel: 'headers', cat: 'input', en: 'request header', nom: 'заголовок запроса', gen: 'заголовка запроса', acc: 'заголовок запроса', zh: '请求头' },
  { key: 'TYPE', camel: 'type', cat: 'input', en: 'captcha type', nom: 'тип капчи', gen: 'типа капчи', acc: 'тип капчи', zh: '验证码类型' },
  { key: 'LANGUAGE', camel: 'languagePool', cat: 'input', en: 'recognition language', nom: 'язык распознавания', gen: 'языка распознавания', acc: 'язык распознавания', zh: '识别语言' },
  { key: 'MODULE', camel: 'recognizingModule', cat: 'capacity', en: 'solving module', nom: 'модуль решения', gen: 'модуля решения', acc: 'модуль решения', zh: '识别模块' },
  { key: 'FILE', camel: 'file', cat: 'input', en: 'uploaded file', nom: 'загруженный файл', gen: 'загруженного файла', acc: 'загруженный файл', zh: '上传的文件' },
  { key: 'PAYLOAD', camel: 'payload', cat: 'input', en: 'JSON payload', nom: 'тело JSON', gen: 'тела JSON', acc: 'тело JSON', zh: 'JSON 数据' },
  { key: 'RATE', camel: 'rateLimit', cat: 'capacity', en: 'request rate', nom: 'частота запросов', gen: 'частоты запросов', acc: 'частоту запросов', zh: '请求频率' },
  { key: 'QUOTA', camel: 'quota', cat: 'balance', en: 'daily quota', nom: 'суточная квота', gen: 'суточной квоты', acc: 'суточную квоту', zh: '每日配额' },
  { key: 'REGION', camel: 'region', cat: 'proxy', en: 'region', nom: 'регион', gen: 'региона', acc: 'регион', zh: '区域' },
  { key: 'IP', camel: 'clientIp', cat: 'proxy', en: 'IP address', nom: 'IP-адрес', gen: 'IP-адреса', acc: 'IP-адрес', zh: 'IP 地址' },
  { key: 'CERTIFICATE', camel: 'tlsCertificate', cat: 'proxy', en: 'TLS certificate', nom: 'TLS-сертификат', gen: 'TLS-сертификата', acc: 'TLS-сертификат', zh: 'TLS 证书' },
  { key: 'DOMAIN', camel: 'domain', cat: 'input', en: 'domain', nom: 'домен', gen: 'домена', acc: 'домен', zh: '域名' },
  { key: 'SUBSCRIPTION', camel: 'subscriptionId', cat: 'balance', en: 'subscription', nom: 'подписка', gen: 'подписки', acc: 'подписку', zh: '订阅' },
  { key: 'PLAN', camel: 'plan', cat: 'balance', en: 'pricing plan', nom: 'тарифный план', gen: 'тарифного плана', acc: 'тарифный план', zh: '套餐' },
  { key: 'WORKER', camel: 'workerId', cat: 'capacity', en: 'worker', nom: 'исполнитель', gen: 'исполнителя', acc: 'исполнителя', zh: '工作节点' },
  { key: 'SOLUTION', camel: 'solution', cat: 'task', en: 'solution', nom: 'решение', gen: 'решения', acc: 'решение', zh: '识别结果' },
  { key: 'ACCOUNT', camel: 'accountId', cat: 'auth', en: 'account', nom: 'аккаунт', gen: 'аккаунта', acc: 'аккаунт', zh: '账户' },
  { key: 'SOFT_ID', camel: 'softId', cat: 'input', en: 'application id', nom: 'идентификатор приложения', gen: 'идентификатора приложения', acc: 'идентификатор приложения', zh: '应用标识' },
  { key: 'ENCODING', camel: 'encoding', cat: 'input', en: 'text encoding', nom: 'кодировка текста', gen: 'кодировки текста', acc: 'кодировку текста', zh: '文本编码' },
  { key: 'TIMESTAMP', camel: 'timestamp', cat: 'input', en: 'timestamp', nom: 'метка времени', gen: 'метки времени', acc: 'метку времени', zh: '时间戳' },
  { key: 'ACTION', camel: 'pageAction', cat: 'input', en: 'page action', nom: 'действие страницы', gen: 'действия страницы', acc: 'действие страницы', zh: '页面操作' },
  { key: 'TEMPLATE', camel: 'template', cat: 'task', en: 'task template', nom: 'шаблон задачи', gen: 'шаблона задачи', acc: 'шаблон задачи', zh: '任务模板' },
  { key: 'BATCH', camel: 'batchId', cat: 'task', en: 'task batch', nom: 'пакет задач', gen: 'пакета задач', acc: 'пакет задач', zh: '批量任务' },
  { key: 'REPORT', camel: 'reportId', cat: 'task', en: 'answer report', nom: 'жалоба на ответ', gen: 'жалобы на ответ', acc: 'жалобу на ответ', zh: '错误答案报告' },
  { key: 'CONFIG', camel: 'config', cat: 'input', en: 'configuration', nom: 'конфигурация', gen: 'конфигурации', acc: 'конфигурацию', zh: '配置' },
];

/**
 * States: what went wrong. `http` is the status for http-status providers,
 * `retry` the policy, `fact` the quantity the texts cite (if any).
 * Functions take the noun and return the phrase.
 */
export const STATES = [
  {
    key: 'MISSING', http: 400, retry: 'after-fix',
    title: { en: (n) => `${cap(n.en)} missing`, ru: (n) => `Отсутствует ${n.nom}`, zh: (n) => `缺少${n.zh}` },
    summary: { en: (n) => `The request has no ${n.en}, and the service cannot go on without this value.`, ru: (n) => `В запросе нет ${n.gen}, а без этого значения сервис не может продолжить работу.`, zh: (n) => `请求中没有${n.zh}，缺少这个值服务就无法继续处理。` },
  },
  {
    key: 'INVALID', http: 400, retry: 'after-fix',
    title: { en: (n) => `Invalid ${n.en}`, ru: (n) => `Неверное значение ${n.gen}`, zh: (n) => `${n.zh}无效` },
    summary: { en: (n) => `The ${n.en} in the request does not pass validation.`, ru: (n) => `Значение ${n.gen} в запросе не проходит проверку.`, zh: (n) => `请求中的${n.zh}未通过校验。` },
  },
  {
    key: 'TOO_LARGE', http: 413, retry: 'after-fix', fact: 'maxBytes',
    title: { en: (n) => `${cap(n.en)} too large`, ru: (n) => `Слишком большой размер ${n.gen}`, zh: (n) => `${n.zh}过大` },
    summary: { en: (n) => `The ${n.en} is larger than {maxBytes}, the most the service accepts.`, ru: (n) => `Размер ${n.gen} больше {maxBytes} — это предел, который принимает сервис.`, zh: (n) => `${n.zh}超过了服务允许的上限 {maxBytes}。` },
  },
  {
    key: 'EXPIRED', http: 410, retry: 'after-fix', fact: 'validity',
    title: { en: (n) => `${cap(n.en)} expired`, ru: (n) => `Истёк срок действия ${n.gen}`, zh: (n) => `${n.zh}已过期` },
    summary: { en: (n) => `The ${n.en} is older than {validity} and is no longer accepted.`, ru: (n) => `${cap(n.nom)} старше {validity} и больше не принимается.`, zh: (n) => `${n.zh}已超过 {validity} 的有效期，不再被接受。` },
  },
  {
    key: 'NOT_FOUND', http: 404, retry: 'never', fact: 'storagePeriod',
    title: { en: (n) => `${cap(n.en)} not found`, ru: (n) => `Не удалось найти ${n.acc}`, zh: (n) => `找不到${n.zh}` },
    summary: { en: (n) => `The service has no record of the ${n.en} named in the request; records are kept for {storagePeriod}.`, ru: (n) => `Сервис не нашёл в своих данных ${n.acc} из запроса; записи хранятся {storagePeriod}.`, zh: (n) => `服务找不到请求中指定的${n.zh}；记录只保存 {storagePeriod}。` },
  },
  {
    key: 'BLOCKED', http: 403, retry: 'after-fix',
    title: { en: (n) => `${cap(n.en)} blocked`, ru: (n) => `Блокировка ${n.gen}`, zh: (n) => `${n.zh}已被封禁` },
    summary: { en: (n) => `The ${n.en} is on the service's blocklist, so the call was turned down.`, ru: (n) => `${cap(n.nom)} находится в списке блокировки сервиса, поэтому вызов отклонён.`, zh: (n) => `${n.zh}在服务的封禁名单中，因此调用被拒绝。` },
  },
  {
    key: 'TIMEOUT', http: 504, retry: 'backoff', fact: 'timeout', cat: 'server',
    title: { en: (n) => `${cap(n.en)} timed out`, ru: (n) => `Истекло время ожидания ${n.gen}`, zh: (n) => `${n.zh}超时` },
    summary: { en: (n) => `The service waited {timeout} for the ${n.en} and then gave up.`, ru: (n) => `Сервис ждал ответа от ${n.gen} в течение {timeout} и прекратил попытки.`, zh: (n) => `服务等待${n.zh}的响应长达 {timeout}，随后放弃。` },
  },
  {
    key: 'UNSUPPORTED', http: 422, retry: 'after-fix',
    title: { en: (n) => `Unsupported ${n.en}`, ru: (n) => `Неподдерживаемое значение ${n.gen}`, zh: (n) => `不支持的${n.zh}` },
    summary: { en: (n) => `The service does not work with this kind of ${n.en}.`, ru: (n) => `Сервис не работает с таким значением ${n.gen}.`, zh: (n) => `服务不支持这种${n.zh}。` },
  },
  {
    key: 'MISMATCH', http: 422, retry: 'after-fix',
    title: { en: (n) => `${cap(n.en)} mismatch`, ru: (n) => `Несовпадение ${n.gen}`, zh: (n) => `${n.zh}不匹配` },
    summary: { en: (n) => `The ${n.en} does not match the one the service has on record.`, ru: (n) => `${cap(n.nom)} не совпадает со значением, которое хранится у сервиса.`, zh: (n) => `${n.zh}与服务记录中的不一致。` },
  },
  {
    key: 'RATE_LIMITED', http: 429, retry: 'after-wait', fact: 'retryWait', cat: 'capacity',
    title: { en: (n) => `Too many requests for ${n.en}`, ru: (n) => `Слишком много запросов для ${n.gen}`, zh: (n) => `${n.zh}请求过于频繁` },
    summary: { en: (n) => `Requests involving the ${n.en} arrive faster than the service allows; it asks you to wait {retryWait}.`, ru: (n) => `Запросов для ${n.gen} приходит больше, чем разрешает сервис; он просит подождать {retryWait}.`, zh: (n) => `涉及${n.zh}的请求速度超出了服务允许的范围，服务要求等待 {retryWait}。` },
  },
  {
    key: 'UNAVAILABLE', http: 503, retry: 'backoff', cat: 'server',
    title: { en: (n) => `${cap(n.en)} not responding`, ru: (n) => `Нет ответа от ${n.gen}`, zh: (n) => `${n.zh}无响应` },
    summary: { en: (n) => `The ${n.en} does not respond, so the service cannot finish the call.`, ru: (n) => `${cap(n.nom)} не отвечает, и сервис не может завершить вызов.`, zh: (n) => `${n.zh}没有响应，服务无法完成此次调用。` },
  },
  {
    key: 'DUPLICATE', http: 409, retry: 'never',
    title: { en: (n) => `Duplicate ${n.en}`, ru: (n) => `Повтор ${n.gen}`, zh: (n) => `${n.zh}重复` },
    summary: { en: (n) => `The same ${n.en} was already sent in an earlier request.`, ru: (n) => `Такое же значение ${n.gen} уже встречалось в более раннем запросе.`, zh: (n) => `相同的${n.zh}已在之前的请求中发送过。` },
  },
  {
    key: 'LOCKED', http: 423, retry: 'after-wait', fact: 'lockTime',
    title: { en: (n) => `${cap(n.en)} in use`, ru: (n) => `${cap(n.nom)} уже используется`, zh: (n) => `${n.zh}正在使用中` },
    summary: { en: (n) => `Another request is using the ${n.en} right now and holds it for up to {lockTime}.`, ru: (n) => `${cap(n.nom)} сейчас используется другим запросом; блокировка снимается не позже чем через {lockTime}.`, zh: (n) => `${n.zh}正被另一个请求占用，占用时间最长为 {lockTime}。` },
  },
  {
    key: 'MALFORMED', http: 400, retry: 'after-fix',
    title: { en: (n) => `Malformed ${n.en}`, ru: (n) => `Недопустимые символы в значении ${n.gen}`, zh: (n) => `${n.zh}包含非法字符` },
    summary: { en: (n) => `The ${n.en} contains characters the service cannot read.`, ru: (n) => `${cap(n.nom)} содержит символы, которые сервис не может прочитать.`, zh: (n) => `${n.zh}包含服务无法识别的字符。` },
  },
  {
    key: 'EMPTY', http: 400, retry: 'after-fix',
    title: { en: (n) => `Empty ${n.en}`, ru: (n) => `Пустое значение ${n.gen}`, zh: (n) => `${n.zh}为空` },
    summary: { en: (n) => `The field for the ${n.en} is present but holds no data.`, ru: (n) => `Поле для ${n.gen} в запросе есть, но данных в нём нет.`, zh: (n) => `请求中有${n.zh}字段，但内容为空。` },
  },
  {
    key: 'REJECTED', http: 422, retry: 'after-fix',
    title: { en: (n) => `${cap(n.en)} rejected`, ru: (n) => `Отказ в приёме ${n.gen}`, zh: (n) => `${n.zh}被拒绝` },
    summary: { en: (n) => `The service checked the ${n.en} and refused the request.`, ru: (n) => `Сервис проверил ${n.acc} и отклонил запрос.`, zh: (n) => `服务检查了${n.zh}并拒绝了请求。` },
  },
  {
    key: 'NOT_READY', http: 202, retry: 'poll', fact: 'pollInterval', cat: 'polling',
    title: { en: (n) => `${cap(n.en)} not ready yet`, ru: (n) => `${cap(n.nom)} ещё в обработке`, zh: (n) => `${n.zh}尚未就绪` },
    summary: { en: (n) => `The ${n.en} is still being processed; this is not a failure.`, ru: (n) => `${cap(n.nom)} ещё обрабатывается; это не ошибка.`, zh: (n) => `${n.zh}仍在处理中，这并不是错误。` },
  },
  {
    key: 'LIMIT_EXCEEDED', http: 429, retry: 'after-wait', fact: 'dailyLimit', cat: 'balance',
    title: { en: (n) => `Daily limit reached for ${n.en}`, ru: (n) => `Исчерпан суточный лимит для ${n.gen}`, zh: (n) => `${n.zh}已达每日上限` },
    summary: { en: (n) => `The account has used up its daily limit of {dailyLimit} operations on the ${n.en}.`, ru: (n) => `Аккаунт израсходовал суточный лимит в {dailyLimit} операций для ${n.gen}.`, zh: (n) => `账户针对${n.zh}的操作已用完每日 {dailyLimit} 次的上限。` },
  },
  {
    key: 'DISABLED', http: 403, retry: 'after-fix',
    title: { en: (n) => `${cap(n.en)} disabled`, ru: (n) => `Использование ${n.gen} отключено`, zh: (n) => `${n.zh}已停用` },
    summary: { en: (n) => `The ${n.en} is turned off in the account settings.`, ru: (n) => `Использование ${n.gen} отключено в настройках аккаунта.`, zh: (n) => `账户设置中已停用${n.zh}。` },
  },
  {
    key: 'CONFLICT', http: 409, retry: 'after-fix',
    title: { en: (n) => `Conflicting ${n.en}`, ru: (n) => `Конфликт параметров: ${n.nom}`, zh: (n) => `${n.zh}参数冲突` },
    summary: { en: (n) => `The ${n.en} contradicts other parameters of the same request.`, ru: (n) => `${cap(n.nom)} противоречит другим параметрам того же запроса.`, zh: (n) => `${n.zh}与同一请求中的其他参数相互矛盾。` },
  },
];

/** Where in the flow it happens: a code-name suffix, a title tail and a sentence. */
export const QUALIFIERS = [
  { key: '', title: { en: '', ru: '', zh: '' } },
  { key: 'SUBMIT', phase: 0, title: { en: ' on submit', ru: ' при отправке', zh: '（提交时）' }, when: { en: 'when a task is submitted', ru: 'при отправке задачи', zh: '在提交任务时' } },
  { key: 'POLL', phase: 1, title: { en: ' while polling', ru: ' при опросе', zh: '（轮询时）' }, when: { en: 'while the program polls for the result', ru: 'когда программа запрашивает результат', zh: '在程序轮询结果时' } },
  { key: 'BATCH', phase: 0, title: { en: ' in a batch', ru: ' в пакетном запросе', zh: '（批量请求）' }, when: { en: 'inside a batch request', ru: 'внутри пакетного запроса', zh: '在批量请求中' } },
  { key: 'CALLBACK', phase: 1, title: { en: ' at callback', ru: ' при обратном вызове', zh: '（回调时）' }, when: { en: 'when the service calls your callback address', ru: 'когда сервис обращается по вашему адресу обратного вызова', zh: '在服务调用您的回调地址时' } },
  { key: 'UPLOAD', phase: 0, title: { en: ' during upload', ru: ' при загрузке', zh: '（上传时）' }, when: { en: 'while a file is being uploaded', ru: 'во время загрузки файла', zh: '在上传文件时' } },
  { key: 'RETRY', phase: 2, title: { en: ' on retry', ru: ' при повторе', zh: '（重试时）' }, when: { en: 'on a repeated attempt after an earlier failure', ru: 'при повторной попытке после предыдущей неудачи', zh: '在先前失败后的重试中' } },
  { key: 'REPORT', phase: 1, title: { en: ' when reporting', ru: ' при жалобе', zh: '（报告时）' }, when: { en: 'when an incorrect answer is reported', ru: 'при отправке жалобы на неверный ответ', zh: '在报告错误答案时' } },
  { key: 'LOGIN', phase: 2, title: { en: ' at sign-in', ru: ' при входе', zh: '（登录时）' }, when: { en: 'when the program signs in', ru: 'когда программа входит в аккаунт', zh: '在程序登录时' } },
  { key: 'STREAM', phase: 2, title: { en: ' on the stream', ru: ' в потоковом соединении', zh: '（流式连接）' }, when: { en: 'over the streaming connection', ru: 'в потоковом соединении', zh: '在流式连接中' } },
];

/** Extra summary sentences. {camel} is a request field. */
export const SUMMARY_EXTRA = [
  { en: (n) => `The response names the field \`${n.camel}\` in \`errorDescription\`.`, ru: (n) => `В ответе поле \`errorDescription\` называет параметр \`${n.camel}\`.`, zh: (n) => `响应的 \`errorDescription\` 中会指出字段 \`${n.camel}\`。` },
  { en: () => 'No money is charged for this attempt.', ru: () => 'Плата за эту попытку не списывается.', zh: () => '此次尝试不会扣费。' },
  { en: () => 'The service stops processing the request at this point.', ru: () => 'На этом сервис прекращает обработку запроса.', zh: () => '服务会在此停止处理该请求。' },
  { en: () => 'Other requests from the same account are not affected.', ru: () => 'Другие запросы того же аккаунта это не затрагивает.', zh: () => '同一账户的其他请求不受影响。' },
  { en: (n) => `Until the ${n.en} is fixed, every similar request ends the same way.`, ru: (n) => `Пока значение ${n.gen} не исправлено, каждый похожий запрос будет завершаться так же.`, zh: (n) => `在修正${n.zh}之前，所有类似的请求都会得到相同的结果。` },
  { en: () => 'The error body also carries `errorId` set to `1`.', ru: () => 'В теле ошибки также есть `errorId` со значением `1`.', zh: () => '错误响应中还会带有值为 `1` 的 `errorId`。' },
];

export const CAUSES = [
  { en: (n) => `The ${n.en} was copied with a missing character or a stray space.`, ru: (n) => `${cap(n.acc)} скопировали с потерянным символом или лишним пробелом.`, zh: (n) => `复制${n.zh}时漏掉了字符或多了空格。` },
  { en: (n) => `The program reads the ${n.en} from an outdated configuration file.`, ru: (n) => `Программа берёт ${n.acc} из устаревшего файла конфигурации.`, zh: (n) => `程序从过期的配置文件中读取${n.zh}。` },
  { en: (n) => `A library that builds the request changed the ${n.en} without telling you.`, ru: (n) => `Библиотека, которая формирует запрос, незаметно изменила ${n.acc}.`, zh: (n) => `构造请求的程序库在您不知情的情况下修改了${n.zh}。` },
  { en: (n) => `Another client of the same account changed the ${n.en} while the task was running.`, ru: (n) => `Другой клиент того же аккаунта изменил ${n.acc}, пока задача выполнялась.`, zh: (n) => `任务运行期间，同一账户的另一个客户端修改了${n.zh}。` },
  { en: (n) => `The ${n.en} was generated for a different environment, such as a test server.`, ru: (n) => `${cap(n.acc)} сгенерировали для другого окружения, например для тестового сервера.`, zh: (n) => `${n.zh}是为其他环境（例如测试服务器）生成的。` },
  { en: () => 'The network between your program and the service dropped part of the request.', ru: () => 'Сеть между вашей программой и сервисом потеряла часть запроса.', zh: () => '您的程序与服务之间的网络丢失了部分请求数据。' },
  { en: (n) => `The provider changed its rules for the ${n.en}, and older clients still send the previous form.`, ru: (n) => `Провайдер изменил правила для ${n.gen}, а старые клиенты по-прежнему отправляют прежний формат.`, zh: (n) => `服务商修改了${n.zh}的规则，而旧版客户端仍在发送以前的格式。` },
  { en: () => "Heavy load on the provider's side makes some checks fail that would pass at a quieter time.", ru: () => 'Из-за высокой нагрузки у провайдера часть проверок не проходит, хотя в спокойное время они прошли бы.', zh: () => '服务商负载过高，导致一些在空闲时段本可通过的检查失败。' },
  { en: (n) => `The value of \`${n.camel}\` is built from user input that was not checked first.`, ru: (n) => `Значение \`${n.camel}\` собирается из пользовательского ввода без предварительной проверки.`, zh: (n) => `\`${n.camel}\` 的值直接由未经检查的用户输入拼接而成。` },
  { en: () => 'An encoding step, such as Base64 or URL encoding, was applied twice or skipped.', ru: () => 'Шаг кодирования, например Base64 или URL-кодирование, выполнен дважды или пропущен.', zh: () => '编码步骤（例如 Base64 或 URL 编码）被重复执行或被遗漏。' },
  { en: (n) => `The account's settings limit where and how the ${n.en} may be used.`, ru: (n) => `Настройки аккаунта ограничивают, где и как можно использовать ${n.acc}.`, zh: (n) => `账户设置限制了${n.zh}的使用范围和方式。` },
  { en: () => 'A proxy or firewall on your side rewrote the request on its way out.', ru: () => 'Прокси или межсетевой экран на вашей стороне изменил запрос по пути к сервису.', zh: () => '您这一侧的代理或防火墙在请求发出时改写了请求内容。' },
  { en: () => 'The task was created long ago, and its data has already been removed.', ru: () => 'Задача создана давно, и её данные уже удалены.', zh: () => '任务创建时间过久，其数据已被删除。' },
  { en: (n) => `Several threads of your program change the ${n.en} at once and overwrite each other's changes.`, ru: (n) => `Несколько потоков вашей программы одновременно меняют ${n.acc} и перезаписывают изменения друг друга.`, zh: (n) => `程序的多个线程同时修改${n.zh}，互相覆盖对方的修改。` },
  { en: () => 'The request was sent before the previous step had finished.', ru: () => 'Запрос отправлен раньше, чем завершился предыдущий шаг.', zh: () => '请求在上个步骤完成之前就已发送。' },
  { en: () => 'The documentation your code follows describes an older version of the API.', ru: () => 'Документация, по которой написан ваш код, описывает старую версию API.', zh: () => '您的代码所依据的文档描述的是旧版 API。' },
  { en: (n) => `Some SDKs trim or lower-case the ${n.en} before sending it, which changes its meaning.`, ru: (n) => `Некоторые SDK обрезают ${n.acc} или переводят в нижний регистр перед отправкой, и смысл значения меняется.`, zh: (n) => `某些 SDK 在发送前会截断${n.zh}或将其转为小写，从而改变了它的含义。` },
  { en: () => 'The request reached a mirror of the service that has not received the latest account data yet.', ru: () => 'Запрос попал на зеркало сервиса, куда ещё не дошли свежие данные аккаунта.', zh: () => '请求到达了尚未同步最新账户数据的服务镜像节点。' },
];

/** Actions. Links use {dash}, {support}, {docs} URLs of the provider, identical in every locale. */
export const ACTIONS = [
  { resends: true, en: (n, u) => `Check the ${n.en} against the value shown in your [personal dashboard](${u.dash}) and send the request again.`, ru: (n, u) => `Сверьте ${n.acc} со значением в [личном кабинете](${u.dash}) и отправьте запрос снова.`, zh: (n, u) => `将${n.zh}与[个人控制面板](${u.dash})中显示的值进行核对，然后重新发送请求。` },
  { en: (n) => `Fix the \`${n.camel}\` field in your code so that it always carries a valid value.`, ru: (n) => `Исправьте поле \`${n.camel}\` в коде, чтобы в нём всегда было допустимое значение.`, zh: (n) => `修改代码中的 \`${n.camel}\` 字段，确保它始终包含有效的值。` },
  { en: () => 'Log the full request next to the error so that the cause can be found later.', ru: () => 'Записывайте в журнал полный запрос рядом с ошибкой, чтобы потом найти причину.', zh: () => '在日志中把完整请求与错误一起记录下来，以便日后查找原因。' },
  { en: (n, u) => `If the error does not go away, [contact support](${u.support}) and include the task id.`, ru: (n, u) => `Если ошибка не исчезает, [напишите в поддержку](${u.support}) и укажите идентификатор задачи.`, zh: (n, u) => `如果错误仍然存在，请[联系技术支持](${u.support})并附上任务编号。` },
  { refusesRetry: true, en: () => 'Do *not* retry the same request unchanged: it fails the same way every time.', ru: () => '*Не* повторяйте тот же запрос без изменений: он каждый раз будет завершаться той же ошибкой.', zh: () => '*不要*原样重试同样的请求：它每次都会以同样的方式失败。' },
  { en: (n, u) => `Read the [error reference](${u.docs}) for the exact format the service expects.`, ru: (n, u) => `Точный формат, который ожидает сервис, описан в [справочнике ошибок](${u.docs}).`, zh: (n, u) => `服务要求的确切格式请参阅[错误参考](${u.docs})。` },
  { en: (n) => `Get a fresh ${n.en} and replace the old value everywhere your program uses it.`, ru: (n) => `Получите новое значение ${n.gen} и замените им старое везде, где оно используется в программе.`, zh: (n) => `重新获取${n.zh}，并在程序中所有用到它的地方替换旧值。` },
  { en: (n) => `Switch to another ${n.en} from your pool and leave this one out for a while.`, ru: (n) => `Переключитесь на другое значение ${n.gen} из вашего пула и временно исключите текущее.`, zh: (n) => `切换到池中的其他${n.zh}，并暂时停用当前这个。` },
  { en: (n) => `Validate the request on your side before sending it, using the rules given for \`${n.camel}\`.`, ru: (n) => `Проверяйте запрос на своей стороне до отправки по правилам, описанным для \`${n.camel}\`.`, zh: (n) => `发送前在您这一侧按照 \`${n.camel}\` 的说明规则校验请求。` },
  { en: (n) => `Let **only** one process change the ${n.en}, so that parallel jobs do not overwrite each other.`, ru: (n) => `Пусть ${n.acc} меняет **только** один процесс, чтобы параллельные задания не мешали друг другу.`, zh: (n) => `只让**单个**进程修改${n.zh}，避免并行任务互相覆盖。` },
  { en: () => 'Update the client library to the current release and compare its request with the documented example.', ru: () => 'Обновите клиентскую библиотеку до текущей версии и сравните её запрос с примером из документации.', zh: () => '将客户端库更新到当前版本，并将它发出的请求与文档中的示例进行比较。' },
  { en: () => 'Add a check to your monitoring so that a spike of this error raises an alert instead of silently failing tasks.', ru: () => 'Добавьте проверку в мониторинг, чтобы всплеск этой ошибки вызывал оповещение, а не тихо ломал задачи.', zh: () => '在监控中添加检查，使这个错误激增时发出告警，而不是让任务悄无声息地失败。' },
];

/** State-specific actions that cite the state's fact or fit its retry policy. */
export const STATE_ACTIONS = {
  TOO_LARGE: { en: (n) => `Reduce the ${n.en} below {maxBytes}, for example by compressing it, then submit the task again.`, ru: (n) => `Уменьшите размер ${n.gen} до значения меньше {maxBytes}, например сжав данные, и отправьте задачу снова.`, zh: (n) => `将${n.zh}压缩到 {maxBytes} 以下，然后重新提交任务。` },
  EXPIRED: { en: (n) => `Request a new ${n.en}: it stays valid for {validity}.`, ru: (n) => `Запросите новое значение ${n.gen}: оно действует {validity}.`, zh: (n) => `重新申请${n.zh}：有效期为 {validity}。` },
  TIMEOUT: { en: () => 'Send the request again with growing pauses between attempts, and give up after a few tries.', ru: () => 'Повторяйте запрос с растущими паузами между попытками и остановитесь после нескольких неудачных попыток.', zh: () => '在每次尝试之间逐渐延长等待时间后重新发送请求，多次失败后停止。' },
  UNAVAILABLE: { en: () => 'Send the request again with growing pauses between attempts; the service usually recovers on its own.', ru: () => 'Повторяйте запрос с растущими паузами между попытками: обычно сервис восстанавливается сам.', zh: () => '在每次尝试之间逐渐延长等待时间后重新发送请求；服务通常会自行恢复。' },
  RATE_LIMITED: { en: () => 'Wait {retryWait} before the next attempt and lower the number of parallel requests.', ru: () => 'Подождите {retryWait} перед следующей попыткой и уменьшите число параллельных запросов.', zh: () => '等待 {retryWait} 后再进行下次尝试，并减少并发请求的数量。' },
  NOT_READY: { en: () => 'Ask for the result again in {pollInterval}; a typical task is ready within a few polls.', ru: () => 'Запросите результат снова через {pollInterval}; обычно задача готова после нескольких опросов.', zh: () => '{pollInterval}后再次查询结果；通常轮询几次后任务即可完成。' },
  LIMIT_EXCEEDED: { en: () => 'Spread the work over the day or ask support to raise the limit of {dailyLimit} operations.', ru: () => 'Распределите работу в течение суток или попросите поддержку поднять лимит в {dailyLimit} операций.', zh: () => '把工作分散到全天进行，或请客服把 {dailyLimit} 次操作的上限调高。' },
  LOCKED: { en: () => 'Wait until the other request finishes, then try again after {lockTime}.', ru: () => 'Дождитесь завершения другого запроса и повторите попытку через {lockTime}.', zh: () => '等待另一个请求完成，并在 {lockTime}后重试。' },
  NOT_FOUND: { en: () => 'Check that the id comes from the same account and is used within {storagePeriod} of its creation.', ru: () => 'Проверьте, что идентификатор получен в том же аккаунте и используется в течение {storagePeriod} после создания.', zh: () => '确认该编号来自同一账户，并在创建后 {storagePeriod} 内使用。' },
};

/** Facts: unit, candidate values, label per locale. */
export const FACTS = {
  maxBytes: { unit: 'byte', values: [50000, 100000, 600000, 1048576, 2097152], label: { en: 'Largest size', ru: 'Наибольший размер', zh: '大小上限' } },
  validity: { unit: 'minute', values: [5, 10, 15, 30, 60], label: { en: 'Validity', ru: 'Срок действия', zh: '有效期' } },
  storagePeriod: { unit: 'hour', values: [24, 48, 72], label: { en: 'Storage period', ru: 'Срок хранения', zh: '保存期限' } },
  timeout: { unit: 'second', values: [30, 60, 90, 120, 180], label: { en: 'Time limit', ru: 'Предельное время', zh: '时间上限' } },
  retryWait: { unit: 'second', values: [2, 5, 10, 30], label: { en: 'Wait before retrying', ru: 'Пауза перед повтором', zh: '重试前等待' } },
  lockTime: { unit: 'second', values: [5, 10, 20], label: { en: 'Longest lock', ru: 'Наибольшая блокировка', zh: '最长占用时间' } },
  pollInterval: { unit: 'second', values: [2, 3, 5], label: { en: 'Poll interval', ru: 'Интервал опроса', zh: '轮询间隔' } },
  dailyLimit: { unit: 'count', values: [1000, 5000, 20000, 100000], label: { en: 'Operations a day', ru: 'Операций в сутки', zh: '每日操作数' } },
};

export function cap(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
