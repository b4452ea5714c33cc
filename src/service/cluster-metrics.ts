// /metrics with WORKERS > 1 (SPEC §10): the worker a scrape lands on asks the primary over IPC, the primary
// gathers every worker's registry with prom-client's AggregatorRegistry (counters summed) and answers with the text.
import type { Worker } from 'node:cluster';
import { AggregatorRegistry, type PrometheusContentType, type Registry } from 'prom-client';

const ASK = 'pinterest-capi:metrics?';
const ANSWER = 'pinterest-capi:metrics';
/** Longer than prom-client's own 5 s wait for the workers' answers. */
const WAIT_MS = 10_000;

interface Answer {
  type: typeof ANSWER;
  id: number;
  text?: string;
  error?: string;
}
const isMessage = (m: unknown, type: string): m is { type: string; id: number } =>
  m !== null && typeof m === 'object' && (m as { type?: unknown }).type === type;

/** In a worker: answers the primary's gathering with `registry`; returns how to get the text of all workers. */
export function clusterMetrics(registry: Registry): () => Promise<string> {
  AggregatorRegistry.setRegistries([registry]);
  new AggregatorRegistry(); // in a worker this adds prom-client's listener that answers the primary
  let next = 0;
  const waiting = new Map<number, { resolve: (text: string) => void; reject: (e: Error) => void }>();
  process.on('message', (m: unknown) => {
    if (!isMessage(m, ANSWER)) return;
    const { id, text, error } = m as Answer;
    const w = waiting.get(id);
    waiting.delete(id);
    if (error === undefined) w?.resolve(text ?? '');
    else w?.reject(new Error(`metrics of the workers: ${error}`));
  });
  return () =>
    new Promise<string>((resolve, reject) => {
      const id = next++;
      const timer = setTimeout(() => {
        waiting.delete(id);
        reject(new Error(`metrics of the workers: no answer from the primary within ${WAIT_MS} ms`));
      }, WAIT_MS);
      waiting.set(id, {
        resolve: (text) => {
          clearTimeout(timer);
          resolve(text);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      process.send?.({ type: ASK, id });
    });
}

/** In the primary: answers a worker's request for the metrics of all workers. */
export function answerMetrics(
  aggregator: AggregatorRegistry<PrometheusContentType>,
  worker: Worker,
  message: unknown,
): void {
  if (!isMessage(message, ASK)) return;
  const { id } = message;
  const reply = (answer: Omit<Answer, 'type' | 'id'>) => {
    if (worker.isConnected()) worker.send({ type: ANSWER, id, ...answer });
  };
  aggregator.clusterMetrics().then(
    (text) => reply({ text }),
    (e: unknown) => reply({ error: e instanceof Error ? e.message : String(e) }),
  );
}
