// The `pinterest-capi` command line: transform, send, validate-config and emulator.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CliError } from './io';
import { sendCommand } from './send';
import { transformCommand } from './transform';
import { validateConfigCommand } from './validate-config';

const USAGE = `usage:
  pinterest-capi transform --config cfg.json [--fill-timestamp] [events.ndjson]
      events (bare messages or ProcessorInputs) → Pinterest request bodies on stdout (stdin when no file)
  pinterest-capi send --config cfg.json [events.ndjson] [--api-url URL] [--dry-run] [--json]
      [--fill-timestamp] [--max-retries 5] [--retry-delay-ms 250] [--concurrency 4]
      transform, batch and deliver; prints processed / failed / filtered / retried and the top errors
  pinterest-capi validate-config cfg.json
      exit 0, or each problem on its own line
  pinterest-capi emulator [--port 9191] [--token T]... [--ad-account A]... [--fail-rate 0.2] [--seed N]
      [--force 429|500|503|timeout|reset] [--rate-limit N] [--timeout-ms 60000]   (--help for all)
      a local Pinterest Conversions API for offline use

--fill-timestamp gives events without a time the current time (sample files; Pinterest rejects events older than 7 days).`;

const int = (v: string | undefined, name: string, dflt: number) => {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new CliError(`--${name} must be a whole number (got "${v}")`);
  return n;
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'demo') {
    const { demoCommand } = await import('./demo');
    return demoCommand(join(__dirname, '..'));
  }
  if (command === 'emulator') {
    const { emulatorCommand } = await import('../emulator/cli');
    await emulatorCommand(rest);
    return 0;
  }
  const { positionals, values } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      config: { type: 'string', short: 'c' },
      'fill-timestamp': { type: 'boolean' },
      'api-url': { type: 'string' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
      'max-retries': { type: 'string' },
      'retry-delay-ms': { type: 'string' },
      concurrency: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || command === undefined || command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  switch (command) {
    case 'transform':
      if (!values.config) throw new CliError('transform needs --config <file>');
      return transformCommand(values.config, positionals[0], values['fill-timestamp'] ?? false);
    case 'send':
      if (!values.config) throw new CliError('send needs --config <file>');
      return sendCommand({
        config: values.config,
        events: positionals[0],
        apiUrl: values['api-url'],
        dryRun: values['dry-run'] ?? false,
        json: values.json ?? false,
        fillTimestamp: values['fill-timestamp'] ?? false,
        maxRetries: int(values['max-retries'], 'max-retries', 5),
        retryDelayMs: int(values['retry-delay-ms'], 'retry-delay-ms', 250),
        concurrency: Math.max(1, int(values.concurrency, 'concurrency', 4)),
      });
    case 'validate-config': {
      const path = positionals[0] ?? values.config;
      if (!path) throw new CliError('validate-config needs a config file');
      return validateConfigCommand(path);
    }
    default:
      throw new CliError(`unknown command "${command}"\n${USAGE}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`pinterest-capi: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
