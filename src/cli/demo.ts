// `npm run demo`: the whole flow offline — the emulator, then `send` of examples/, then the emulator's own count.
import { join } from 'node:path';
import { startEmulator } from '../emulator/server';
import { runSend } from './send';

export async function demoCommand(root: string): Promise<number> {
  const emulator = await startEmulator({ port: 0 });
  try {
    process.stdout.write(`Pinterest API emulator on ${emulator.url}\n\n`);
    const { summary } = await runSend({
      config: join(root, 'examples', 'config.json'),
      events: join(root, 'examples', 'events.ndjson'),
      apiUrl: emulator.url,
      dryRun: false,
      json: false,
      fillTimestamp: true,
      maxRetries: 5,
      retryDelayMs: 100,
      concurrency: 2,
    });
    process.stdout.write(summary.toText());
    const recorded = emulator.events().length;
    process.stdout.write(`recorded by the emulator: ${recorded}\n`);
    if (recorded !== summary.events) {
      process.stderr.write(
        `the summary says ${summary.events} event(s) were delivered, the emulator recorded ${recorded}\n`,
      );
      return 1;
    }
    return 0;
  } finally {
    await emulator.close();
  }
}
