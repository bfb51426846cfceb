/**
 * The language switcher keeps the reader's place: the section (#anchor;
 * section ids are the same in every locale) and the query (a table's
 * filters, a search). The links are set when used, so they follow what
 * the reader did on the page.
 */
for (const link of document.querySelectorAll<HTMLAnchorElement>('nav.langs a[hreflang]')) {
  const keep = () => {
    link.href = `${link.pathname}${location.search}${location.hash}`;
  };
  for (const event of ['pointerdown', 'focus', 'click']) link.addEventListener(event, keep);
}
