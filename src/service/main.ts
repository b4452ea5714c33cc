// `npm start`: the transformer service with its settings validated from the environment (SPEC §10). WORKERS=1 is
// one process; more make this process the node:cluster primary of that many workers (primary.ts).
import cluster from 'node:cluster';
import { SettingsError, loadSettings } from './settings';

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
  // Loaded on demand: the primary does not load the app (Fastify, the destination), only what it needs.
  if (settings.workers > 1 && cluster.isPrimary) (await import('./primary')).runPrimary(settings);
  else await (await import('./serve')).serve(settings);
}

main().catch((e: unknown) => {
  process.stderr.write(
    `pinterest-capi service failed to start: ${e instanceof Error ? e.message : String(e)}\n`,
  );
  process.exit(1);
});
