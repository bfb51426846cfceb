/** What the dev server does after the catalog or a guide changed: the pages render from it again, and the open ones reload. */

/** A server's hot channel, as far as a reload uses it. */
export interface HotChannel {
  send(payload: unknown): void;
  send(event: string, payload: unknown): void;
}

/** Astro's route cache (getStaticPaths) is dropped, as for its own content changes, and the open pages reload. */
export function reloadPages(server: { environments: Record<string, { hot: HotChannel } | undefined> }): void {
  for (const name of ['ssr', 'prerender']) server.environments[name]?.hot.send('astro:content-changed', {});
  server.environments.client?.hot.send({ type: 'full-reload', path: '*' });
}
