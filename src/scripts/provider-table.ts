/**
 * The provider table, with JavaScript: sorting by column, a text filter,
 * the count of rows shown in the heading, a message when none is, and the
 * filters in the URL (?category=&retry=&filter=&sort=), so that a link, a
 * reload or the language switcher keeps them. Without it the radio buttons
 * still filter through CSS.
 */
function enhance(table: HTMLTableElement, heading: HTMLElement, none: HTMLElement, text: HTMLInputElement): void {
  const body = table.tBodies[0]!;
  const rows = [...body.querySelectorAll<HTMLTableRowElement>('tr[data-text]')];
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-key]')];
  const collator = new Intl.Collator(table.dataset.lang, { numeric: true, sensitivity: 'base' });
  const radios = (name: string) => [...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name=${name}]`)];
  let sort = '';

  table.classList.add('js');
  text.closest<HTMLElement>('.text-filter')!.hidden = false;

  const cellValue = (row: HTMLTableRowElement, i: number) => {
    const cell = row.cells[i]!;
    return cell.dataset.sort ?? cell.textContent!.trim();
  };

  function applySort(): void {
    const key = sort.replace(/^-/, '');
    const i = headers.findIndex((h) => h.dataset.key === key);
    const order = i < 0 ? rows : [...rows].sort((a, b) => collator.compare(cellValue(a, i), cellValue(b, i)) * (sort.startsWith('-') ? -1 : 1));
    for (const row of order) body.append(row);
    headers.forEach((h, j) => {
      if (j === i) h.setAttribute('aria-sort', sort.startsWith('-') ? 'descending' : 'ascending');
      else h.removeAttribute('aria-sort');
    });
  }

  function count(): void {
    const words = text.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    for (const row of rows) row.hidden = !words.every((w) => row.dataset.text!.includes(w));
    // What CSS left on screen: the radio filters hide rows with display: none.
    const shown = rows.filter((r) => r.getClientRects().length > 0).length;
    heading.textContent = shown === rows.length ? heading.dataset.all! : heading.dataset.shown!.replace('{shown}', String(shown));
    none.hidden = shown > 0;
  }

  function save(): void {
    // The table's own parameters in a fixed order, then anything else the URL had.
    const own: [string, string][] = [
      ['category', radios('category').find((r) => r.checked)?.value ?? ''],
      ['retry', radios('retry').find((r) => r.checked)?.value ?? ''],
      ['filter', text.value.trim()],
      ['sort', sort],
    ];
    const params = new URLSearchParams(own.filter(([, v]) => v));
    for (const [k, v] of new URLSearchParams(location.search)) if (!own.some(([name]) => name === k)) params.append(k, v);
    const query = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  }

  function load(): void {
    const params = new URLSearchParams(location.search);
    for (const name of ['category', 'retry']) {
      const wanted = params.get(name);
      const radio = radios(name).find((r) => r.value === wanted);
      if (radio) radio.checked = true;
    }
    text.value = params.get('filter') ?? '';
    const wantedSort = params.get('sort') ?? '';
    sort = headers.some((h) => h.dataset.key === wantedSort.replace(/^-/, '')) ? wantedSort : '';
  }

  for (const h of headers) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.append(...h.childNodes);
    h.append(button);
    button.addEventListener('click', () => {
      const key = h.dataset.key!;
      sort = sort === key ? `-${key}` : key;
      applySort();
      save();
    });
  }
  for (const r of [...radios('category'), ...radios('retry')])
    r.addEventListener('change', () => {
      count();
      save();
    });
  text.addEventListener('input', () => {
    count();
    save();
  });
  load();
  applySort();
  count();
}

const table = document.querySelector<HTMLTableElement>('table.codes');
const heading = document.querySelector<HTMLElement>('#codes');
const none = document.querySelector<HTMLElement>('.filter-none');
const text = document.querySelector<HTMLInputElement>('#filter-text');
if (table && heading && none && text) enhance(table, heading, none, text);
