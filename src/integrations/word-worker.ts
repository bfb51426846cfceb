/**
 * Builds the search's word indexes on a worker thread, beside the pages:
 * they depend on the catalog alone, and MiniSearch takes seconds at
 * thousands of codes. The main thread sends each locale's documents (plain
 * data) and gets the index's JSON back; this file is also the worker.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { indexWords } from '../search/build.ts';
import type { TextDoc } from '../search/options.ts';

const ROLE = 'errcat-word-index';

export interface WordWorker {
  /** The word index of `docs` in `lang`, as JSON. */
  index(docs: TextDoc[], lang: string): Promise<string>;
  close(): Promise<void>;
}

export function startWordWorker(): WordWorker {
  const worker = new Worker(new URL(import.meta.url), { workerData: ROLE });
  const waiting = new Map<number, { resolve: (json: string) => void; reject: (e: Error) => void }>();
  let next = 0;
  // The worker keeps the process alive only while an index is awaited: a build that stops leaves no thread behind.
  const settle = (id: number) => {
    waiting.delete(id);
    if (!waiting.size) worker.unref();
  };
  worker.on('message', ({ id, json }: { id: number; json: string }) => {
    waiting.get(id)?.resolve(json);
    settle(id);
  });
  worker.on('error', (e: Error) => {
    for (const [id, w] of waiting) {
      w.reject(e);
      settle(id);
    }
  });
  worker.unref();
  return {
    index(docs, lang) {
      const id = next++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.ref();
        worker.postMessage({ id, docs, lang });
      });
    },
    close: () => worker.terminate().then(() => undefined),
  };
}

if (!isMainThread && workerData === ROLE) {
  // One locale at a time, in the order asked: one index in memory at once.
  let queue = Promise.resolve();
  parentPort!.on('message', ({ id, docs, lang }: { id: number; docs: TextDoc[]; lang: string }) => {
    queue = queue.then(async () => parentPort!.postMessage({ id, json: await indexWords(docs, lang) }));
  });
}
