/**
 * One build's publishing, as the Astro integration does it, in a process of
 * its own so that a fault (ERRCAT_FAULT) can kill it: prepare the output,
 * write a site of the given version into the staging folder, publish.
 * Usage: node publish-child.ts <output> <version> <work folder>. Exit 0
 * published (notes on stdout as JSON), 2 with the message and hint on stderr.
 */
import { planOutput, prepare, publish, discard, PublishError } from '../../../src/integrations/publish.ts';
import { writeSite } from './sites.ts';

const [out, version, work] = process.argv.slice(2) as [string, string, string];
const plan = planOutput(out, work);
try {
  const notes = prepare(plan);
  writeSite(plan.work, version);
  notes.push(...publish(plan));
  console.log(JSON.stringify(notes));
} catch (e) {
  if (!(e instanceof PublishError)) throw e;
  discard(plan);
  console.error(`${e.message}\n  hint: ${e.hint}`);
  process.exitCode = 2;
}
