// Runs `emulatorCommand` as its own process (the CLI test sends it SIGTERM); exits when the emulator has closed.
import { emulatorCommand } from '../../../src/emulator/cli';

emulatorCommand(process.argv.slice(2)).then(
  () => process.stdout.write('emulator closed\n'),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
