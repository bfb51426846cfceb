/**
 * The errcat app of Astro's dev toolbar (dev server only): the findings
 * about the code or provider on screen, each with file:line, message and
 * hint, and the whole catalog's count. Texts are set as text, never as HTML:
 * findings quote the catalog.
 */
import { defineToolbarApp } from 'astro/toolbar';
import { EVENTS, type PageFinding, type PageView } from './dev-events.ts';

const STYLE = `
  h2 { font-size: 1rem; margin: 0 0 .5rem; }
  p { margin: 0 0 .75rem; }
  ul { list-style: none; margin: 0; padding: 0; max-height: 50vh; overflow: auto; }
  li { border-top: 1px solid rgba(255,255,255,.15); padding: .5rem 0; }
  code { font-size: .85em; }
  .error { color: #ff8585; } .warning { color: #f5c45b; }
  .hint { opacity: .85; margin-top: .25rem; }
`;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

function item(f: PageFinding): HTMLLIElement {
  const li = el('li');
  li.dataset.severity = f.severity;
  const head = el('div');
  head.append(el('code', f.where), ' ', el('span', f.severity, f.severity), ` [${f.check}] `, f.message);
  li.append(head, el('div', `hint: ${f.hint}`, 'hint'));
  return li;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

function draw(body: HTMLElement, v: PageView): void {
  body.replaceChildren();
  body.append(el('h2', 'Catalog findings'));
  if (v.failure) {
    body.append(el('p', 'The catalog cannot be loaded; the page shows the last error.'), el('ul'));
    body.querySelector('ul')!.append(item(v.failure));
    return;
  }
  const t = v.total;
  body.append(el('p', `Whole catalog: ${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}${t.accepted ? `, ${t.accepted} accepted in the baseline` : ''}.`));
  if (!v.subject) {
    body.append(el('p', 'This page is not about one code or provider; run npx errcat check for the list.'));
    return;
  }
  body.append(el('p', v.findings.length ? `${plural(v.findings.length, 'finding')} about ${v.subject}:` : `No findings about ${v.subject}.`));
  if (v.findings.length) {
    const list = el('ul');
    list.append(...v.findings.map(item));
    body.append(list);
  }
}

export default defineToolbarApp({
  init(canvas, app, server) {
    const win = document.createElement('astro-dev-toolbar-window');
    const style = el('style', STYLE);
    const body = el('div');
    body.dataset.errcat = 'findings';
    body.append(el('p', 'Reading the catalog…'));
    win.append(style, body);
    canvas.append(win);
    server.on<PageView>(EVENTS.findings, (v) => {
      if (v.path !== location.pathname) return;
      draw(body, v);
      const errors = v.failure || v.findings.some((f) => f.severity === 'error');
      app.toggleNotification(errors || v.findings.length ? { state: true, level: errors ? 'error' : 'warning' } : { state: false });
    });
    server.send(EVENTS.page, { path: location.pathname });
  },
});
