// WORKERS > 1 (SPEC §10): the node:cluster primary. It forks the workers (they share the port), restarts one that
// dies unexpectedly, forwards SIGTERM and SIGINT so that every worker drains as one process does, and exits 0 once
// all have exited cleanly. It also answers the workers' /metrics requests with the sum over all of them.
import cluster, { type Worker } from 'node:cluster';
import pino from 'pino';
import { AggregatorRegistry, type PrometheusContentType } from 'prom-client';
import { answerMetrics } from './cluster-metrics';
import { loggerOptions } from './logger';
import type { ServiceSettings } from './settings';

/** A worker that dies again soon after a restart waits longer before the next: 1 s, 2 s, … at most this. */
const MAX_RESTART_DELAY_MS = 30_000;
/** A worker that lived this long resets the wait. */
const STABLE_MS = 60_000;
/** Past SHUTDOWN_GRACE_MS, how long the primary waits for workers still exiting before it kills them. */
const EXIT_MARGIN_MS = 5_000;

export function runPrimary(settings: ServiceSettings): void {
  const log = pino(loggerOptions(settings.logLevel));
  const aggregator = new AggregatorRegistry<PrometheusContentType>();
  const listened = new WeakSet<Worker>();
  const started = new WeakMap<Worker, number>();
  let stopping: NodeJS.Signals | undefined;
  let failedExit = false;
  let quickDeaths = 0;

  const fork = () => {
    const worker = cluster.fork();
    started.set(worker, Date.now());
    worker.on('message', (m: unknown) => answerMetrics(aggregator, worker, m));
  };
  const alive = () => Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = signal;
    log.info({ signal, workers: alive().length }, 'shutting down: every worker drains');
    for (const w of alive()) w.process.kill(signal);
    if (alive().length === 0) process.exit(failedExit ? 1 : 0);
    setTimeout(() => {
      log.error({ workers: alive().length }, 'workers still running after SHUTDOWN_GRACE_MS: killed');
      for (const w of alive()) w.process.kill('SIGKILL');
      process.exit(1);
    }, settings.shutdownGraceMs + EXIT_MARGIN_MS).unref();
  };

  cluster.on('listening', (worker, address) => {
    listened.add(worker);
    if (alive().every((w) => listened.has(w)))
      log.info({ port: address.port, workers: alive().length }, `${alive().length} workers listening`);
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      // A worker still starting when the signal came has nothing to drain: ended by it, it exited cleanly.
      if (code !== 0 && !(signal === stopping && !listened.has(worker))) failedExit = true;
      if (alive().length === 0) process.exit(failedExit ? 1 : 0);
      return;
    }
    const pid = worker.process.pid; // logged as `worker`: `pid` is the primary's own
    if (!listened.has(worker)) {
      // A worker that could not start (the port is taken, …): another would fail the same way.
      log.fatal({ worker: pid, code, signal }, 'a worker exited before it listened: stopping');
      failedExit = true;
      stop('SIGTERM');
      return;
    }
    const lived = Date.now() - (started.get(worker) ?? 0);
    quickDeaths = lived >= STABLE_MS ? 0 : quickDeaths + 1;
    const delay = quickDeaths <= 1 ? 0 : Math.min(MAX_RESTART_DELAY_MS, 1000 * 2 ** (quickDeaths - 2));
    log.error(
      { worker: pid, code, signal, restartInMs: delay },
      'a worker exited unexpectedly: starting another',
    );
    setTimeout(() => {
      if (!stopping) fork();
    }, delay);
  });

  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  log.info({ workers: settings.workers }, `starting ${settings.workers} workers`);
  for (let i = 0; i < settings.workers; i += 1) fork();
}
