/** errcat's log destination: Astro's route conflict warnings, as Astro words them, are remembered; Astro's preamble to an error errcat explains is dropped. */
import { describe, expect, it } from 'vitest';
import { AstroErrorData } from 'astro/errors';
import { errcatDestination, logState } from '../../../src/integrations/log.ts';

function destination() {
  const written: string[] = [];
  const state = logState();
  state.conflicts.length = 0;
  state.stopping = false;
  return { written, state, dest: errcatDestination({ write: (e) => written.push(`${e.level} ${e.label} ${e.message}`) }) };
}

describe('the log destination', () => {
  it('remembers the route conflicts Astro warns about, in Astro\'s own words, and still prints them', () => {
    const { written, state, dest } = destination();
    const generated = AstroErrorData.PrerenderRouteConflict.message('/[locale]/search', '/[locale]/[provider]', '/en/search');
    dest.write({ label: 'build', level: 'warn', message: generated });
    dest.write({ label: 'router', level: 'warn', message: 'The route "/en/search" is defined in both "src/pages/a.astro" and "src/pages/b.astro". A static route cannot be defined more than once.' });
    dest.write({ label: 'build', level: 'warn', message: 'Some other warning.' });
    expect(state.conflicts).toHaveLength(2);
    expect(written).toHaveLength(3);
  });

  it('drops "An unhandled error occurred" only when errcat stops the build with a message of its own', () => {
    const { written, state, dest } = destination();
    const preamble = { label: 'errcat', level: 'error', message: 'An unhandled error occurred while running the "astro:config:setup" hook' };
    dest.write(preamble);
    expect(written).toHaveLength(1);
    state.stopping = true;
    dest.write(preamble);
    dest.write({ ...preamble, label: 'mdx' });
    expect(written).toHaveLength(2);
  });
});
