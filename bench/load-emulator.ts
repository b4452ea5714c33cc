// The load run's Pinterest (bench/load.mjs): the emulator in its own process, recording every event it accepts.
import { startEmulator } from '../src/emulator';

void (async () => {
  const emulator = await startEmulator({
    port: 0,
    host: '127.0.0.1',
    logLevel: 'silent',
    maxRecorded: 10_000_000,
  });
  process.stdout.write(`${emulator.url}\n`);
  process.once('SIGTERM', () => void emulator.close().then(() => process.exit(0)));
})();
