/**
 * errcat's log destination for Astro (`logger` in astro.config.mjs): Astro's
 * own console output, plus what errcat needs from it. Route conflicts that
 * Astro only warns about are remembered, so that the integration fails the
 * build before anything is published; and the "An unhandled error occurred"
 * line Astro prints before an error errcat stopped the build with on purpose
 * (a message for a person, printed by Astro right after) is left out.
 * Astro loads this file itself, outside the integration's module graph, so
 * the two share their state through a global.
 */
import nodeDestination from 'astro/logger/node';

interface LogEvent {
  label: string | null;
  level: string;
  message: string;
  newLine?: boolean;
}

interface Destination {
  write(event: LogEvent): void;
  flush?(): void;
  close?(): void;
}

interface LogState {
  /** Route conflicts Astro reported, as it worded them. */
  conflicts: string[];
  /** Set by the integration right before it stops the build with a message of its own. */
  stopping: boolean;
}

const KEY = Symbol.for('errcat.log');

export function logState(): LogState {
  const g = globalThis as { [KEY]?: LogState };
  return (g[KEY] ??= { conflicts: [], stopping: false });
}

/** Astro's warnings for two routes that claim one path (router: two page files; build: two routes generating the same page). */
export function isRouteConflict(event: LogEvent): boolean {
  return event.level === 'warn' && /conflicts with higher priority route|is defined in both/.test(event.message);
}

/** Wraps a destination: remembers route conflicts, drops Astro's preamble to an error errcat explains itself. */
export function errcatDestination(inner: Destination): Destination {
  return {
    write(event) {
      const state = logState();
      if (isRouteConflict(event)) state.conflicts.push(event.message);
      if (state.stopping && event.level === 'error' && event.label === 'errcat' && event.message.startsWith('An unhandled error occurred')) return;
      inner.write(event);
    },
    flush: () => inner.flush?.(),
    close: () => inner.close?.(),
  };
}

export default function errcatLog(config?: { level?: 'debug' | 'info' | 'warn' | 'error' | 'silent' }): Destination {
  return errcatDestination(nodeDestination(config));
}
