/** Link targets a page may carry: web links, mail, phone, and paths. Anything else (javascript:, data:, vbscript:) can run code. */
export function isSafeHref(href: string): boolean {
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:").
  const h = href.trim().replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(h)?.[1]?.toLowerCase();
  if (scheme === undefined) return !/^&#|^%[0-9a-f]{2}/i.test(h) || !/script|data/i.test(decodeURIComponentSafe(h));
  return scheme === 'http' || scheme === 'https' || scheme === 'mailto' || scheme === 'tel';
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
