// `npm start`: the transformer service with its settings validated from the environment (SPEC §10).
import type { AddressInfo } from 'node:net';
import { buildApp } from './app';
import { SettingsError, loadSettings } from './settings';
import { gracefulShutdown } from './shutdown';

function settingsOrExit() {
  try {
    return loadSettings();
  } catch (e) {
    if (!(e instanceof SettingsError)) throw e;
    process.stderr.write(`pinterest-capi service: ${e.message}\n`);
    process.exit(1);
  }
}

async function main() {
  const settings = settingsOrExit();
  const app = buildApp({ settings });
  const shutdown = gracefulShutdown(app, settings.shutdownGraceMs);
  await app.listen({ port: settings.port, host: settings.host });
  const { port } = app.server.address() as AddressInfo;
  app.log.info({ port, host: settings.host, workers: settings.workers }, `listening on port ${port}`);
  // WORKERS is validated now; running more than one worker process (node:cluster) is a later step.
  if (settings.workers > 1)
    app.log.warn({ workers: settings.workers }, 'WORKERS > 1 is not implemented yet: 1 worker');
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((e: unknown) => {
  process.stderr.write(
    `pinterest-capi service failed to start: ${e instanceof Error ? e.message : String(e)}\n`,
  );
  process.exit(1);
});
