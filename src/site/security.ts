/**
 * The security headers the site is published with: in `_headers` (Netlify,
 * Cloudflare Pages), sent by `npm run preview`, and the Content Security
 * Policy also as a <meta> tag in every page, for hosts that send no headers.
 * A <meta> policy cannot carry frame-ancestors (browsers ignore it there),
 * so only the header forbids framing.
 */
const POLICY: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

const policy = (directives: [string, string][]) => directives.map(([k, v]) => `${k} ${v}`).join('; ');

/** The policy as a header. */
export const CSP_HEADER = policy(POLICY);

/** The policy as a <meta http-equiv> tag: everything but frame-ancestors. */
export const CSP_META = policy(POLICY.filter(([k]) => k !== 'frame-ancestors'));

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
};

/** `_headers` in the syntax of Netlify and Cloudflare Pages: these headers on every path. */
export function headersFile(): string {
  return `/*\n${Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`;
}
