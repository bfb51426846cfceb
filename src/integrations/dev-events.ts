/** What the dev server and the errcat toolbar app say to each other (plain data: the app runs in the browser). */
export const EVENTS = { page: 'errcat:page', findings: 'errcat:findings' } as const;

export interface PageFinding {
  /** file:line:column, the file relative to the working directory. */
  where: string;
  severity: 'error' | 'warning';
  check: string;
  message: string;
  hint: string;
}

export interface PageView {
  /** The page's path, as the toolbar app sent it. */
  path: string;
  /** What the page is about: "captchaai/ERROR_ZERO_BALANCE", "captchaai", or undefined. */
  subject?: string;
  findings: PageFinding[];
  /** The whole catalog. */
  total: { errors: number; warnings: number; accepted: number };
  /** Set when the catalog cannot be loaded: what and where. */
  failure?: PageFinding;
}

