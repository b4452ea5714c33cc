// One service process (SPEC §10): the app listening on PORT, drained on SIGTERM. With WORKERS > 1 every cluster
// worker runs this, and a worker whose primary is gone drains and exits too.
import cluster from 'node:cluster';
import type { AddressInfo } from 'node:net';
import { buildApp } from './app';
import type { ServiceSettings } from './settings';
import { gracefulShutdown } from './shutdown';

export async function serve(settings: ServiceSettings): Promise<void> {
  const app = buildApp({ settings, metrics: cluster.isWorker ? 'cluster' : 'local' });
  const shutdown = gracefulShutdown(app, settings.shutdownGraceMs);
  await app.listen({ port: settings.port, host: settings.host });
  const { port } = app.server.address() as AddressInfo;
  app.log.info({ port, host: settings.host, workers: settings.workers }, `listening on port ${port}`);
  // Not once: a second signal (Ctrl-C reaches the workers and the primary, which forwards it) must not kill.
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  if (cluster.isWorker) process.once('disconnect', () => shutdown('primary gone'));
}
