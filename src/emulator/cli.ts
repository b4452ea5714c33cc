// `pinterest-capi emulator`: flags → startEmulator(), one start-up line, and a clean close on SIGTERM/SIGINT.
import { parseArgs } from 'node:util';
import { CliError } from '../cli/io';
import { checkForce } from './options';
import { startEmulator } from './server';
import type { Emulator, EmulatorOptions } from './types';

export const EMULATOR_USAGE = `usage: pinterest-capi emulator [--port 9191] [--host 127.0.0.1] [--token T]... [--ad-account A]...
    [--fail-rate 0..1] [--seed N] [--force 429|500|503|timeout|reset] [--rate-limit N] [--timeout-ms 60000]
    [--log-level info]`;

export interface EmulatorIo {
  /** Where the start-up line goes (default process.stdout). */
  out?: { write(text: string): unknown };
  /** Stops the emulator like SIGTERM does (tests). */
  signal?: AbortSignal;
}

function number(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n))
    throw new CliError(`--${flag} must be a number (got "${value}")`);
  return n;
}

/** The emulator's options from the command line (CliError on a bad flag or value). */
export function parseEmulatorArgs(argv: string[]): EmulatorOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        token: { type: 'string', multiple: true },
        'ad-account': { type: 'string', multiple: true },
        'fail-rate': { type: 'string' },
        seed: { type: 'string' },
        force: { type: 'string' },
        'rate-limit': { type: 'string' },
        'timeout-ms': { type: 'string' },
        'log-level': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    throw new CliError(`${(e as Error).message}\n${EMULATOR_USAGE}`);
  }
  if (values.help) return 'help';
  try {
    return {
      port: number(values.port, 'port') ?? 9191,
      host: values.host,
      tokens: values.token,
      adAccounts: values['ad-account'],
      failRate: number(values['fail-rate'], 'fail-rate'),
      seed: number(values.seed, 'seed'),
      force: values.force === undefined ? undefined : checkForce(values.force),
      rateLimitPerSecond: number(values['rate-limit'], 'rate-limit'),
      timeoutMs: number(values['timeout-ms'], 'timeout-ms'),
      logLevel: values['log-level'] ?? 'info',
    };
  } catch (e) {
    throw e instanceof CliError ? e : new CliError((e as Error).message);
  }
}

/** "Pinterest API emulator on <url> — tokens: …; ad accounts: …" plus the active fault settings. */
export function startupLine(emulator: Emulator, o: EmulatorOptions): string {
  const parts = [
    `tokens: ${(o.tokens?.length ? o.tokens : ['emulator-token']).join(', ')}`,
    `ad accounts: ${(o.adAccounts?.length ? o.adAccounts : ['549755885175']).join(', ')}`,
  ];
  if (o.failRate) parts.push(`fail rate: ${o.failRate} (seed ${emulator.seed})`);
  if (o.force && o.force !== 'none') parts.push(`forced fault: ${o.force}`);
  if (o.rateLimitPerSecond) parts.push(`rate limit: ${o.rateLimitPerSecond}/s per ad account`);
  return `Pinterest API emulator on ${emulator.url} — ${parts.join('; ')}\n`;
}

/** Runs the emulator until SIGTERM/SIGINT (or io.signal), then closes it; resolves once closed. */
export async function emulatorCommand(argv: string[], io: EmulatorIo = {}): Promise<void> {
  const out = io.out ?? process.stdout;
  const options = parseEmulatorArgs(argv);
  if (options === 'help') {
    out.write(`${EMULATOR_USAGE}\n`);
    return;
  }
  let emulator: Emulator;
  try {
    emulator = await startEmulator(options);
  } catch (e) {
    throw e instanceof RangeError ? new CliError(e.message) : e;
  }
  out.write(startupLine(emulator, options));
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      io.signal?.removeEventListener('abort', stop);
      resolve();
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
    if (io.signal?.aborted) stop();
    else io.signal?.addEventListener('abort', stop);
  });
  await emulator.close();
}
