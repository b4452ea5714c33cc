// The `pinterest-capi` command line: transform, send, check, audit, validate-config, emulator and demo.
import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_MAX_VALUE_CHARS } from './clip';
import { CliError } from './io';
import { DEFAULT_TOP_ERRORS } from './summary';
import { COMMAND_USAGE, USAGE } from './usage';
import { packageVersion } from './version';

type Options = NonNullable<ParseArgsConfig['options']>;
const flag = { type: 'boolean' } as const;
const text = { type: 'string' } as const;
const common: Options = { config: { ...text, short: 'c' }, help: { ...flag, short: 'h' } };
const reading: Options = { 'fill-timestamp': flag, 'max-value-chars': text };

/** Each command's flags: a flag of another command is an error, not silently ignored. */
const OPTIONS: Record<string, Options> = {
  transform: { ...common, ...reading },
  send: {
    ...common,
    ...reading,
    'api-url': text,
    'dry-run': flag,
    'print-requests': flag,
    json: flag,
    'max-retries': text,
    'retry-delay-ms': text,
    concurrency: text,
    'top-errors': text,
  },
  check: { ...common, 'api-url': text },
  audit: { ...common, ...reading, json: flag, 'top-errors': text },
  'validate-config': common,
  demo: { help: common.help as Options[string] },
};

/** A whole number ≥ min from a flag, or its default. */
function int(v: unknown, name: string, dflt: number, min = 0): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (typeof v !== 'string' || v.trim() === '' || !Number.isInteger(n) || n < min)
    throw new CliError(`--${name} must be a whole number of at least ${min} (got "${String(v)}")`);
  return n;
}

function apiUrl(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  const url = URL.canParse(String(v)) ? new URL(String(v)) : undefined;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
    throw new CliError(`--api-url must be an http(s) URL (got "${String(v)}")`);
  return String(v);
}

function needConfig(command: string, v: Record<string, unknown>): string {
  if (typeof v.config !== 'string')
    throw new CliError(`${command} needs --config <file>\n${COMMAND_USAGE[command]}`);
  return v.config;
}

async function run(command: string, v: Record<string, unknown>, positionals: string[]): Promise<number> {
  const events = positionals[0];
  const maxValueChars = int(v['max-value-chars'], 'max-value-chars', DEFAULT_MAX_VALUE_CHARS, 1);
  const fillTimestamp = v['fill-timestamp'] === true;
  const topErrors = int(v['top-errors'], 'top-errors', DEFAULT_TOP_ERRORS, 1);
  if (positionals.length > (command === 'check' || command === 'demo' ? 0 : 1))
    throw new CliError(`unexpected argument "${positionals.at(-1)}"\n${COMMAND_USAGE[command]}`);
  switch (command) {
    case 'transform': {
      const { transformCommand } = await import('./transform');
      return transformCommand({ config: needConfig(command, v), events, fillTimestamp, maxValueChars });
    }
    case 'send': {
      if (v['print-requests'] && !v['dry-run']) throw new CliError('--print-requests needs --dry-run');
      const { sendCommand } = await import('./send');
      return sendCommand({
        config: needConfig(command, v),
        events,
        apiUrl: apiUrl(v['api-url']),
        dryRun: v['dry-run'] === true,
        printRequests: v['print-requests'] === true,
        json: v.json === true,
        fillTimestamp,
        maxRetries: int(v['max-retries'], 'max-retries', 5),
        retryDelayMs: int(v['retry-delay-ms'], 'retry-delay-ms', 250),
        concurrency: int(v.concurrency, 'concurrency', 4, 1),
        maxValueChars,
        topErrors,
      });
    }
    case 'check': {
      const { checkCommand } = await import('./check');
      return checkCommand({ config: needConfig(command, v), apiUrl: apiUrl(v['api-url']) });
    }
    case 'audit': {
      const { auditCommand } = await import('./audit-report');
      const config = needConfig(command, v);
      return auditCommand({ config, events, json: v.json === true, fillTimestamp, maxValueChars, topErrors });
    }
    case 'validate-config': {
      const path = events ?? v.config;
      if (typeof path !== 'string')
        throw new CliError(`validate-config needs a config file\n${COMMAND_USAGE[command]}`);
      const { validateConfigCommand } = await import('./validate-config');
      return validateConfigCommand(path);
    }
    default: {
      const { demoCommand } = await import('./demo');
      return demoCommand(join(__dirname, '..'));
    }
  }
}

/** Help and version on stdout (exit 0); the usage on stderr when the command is missing (exit 2). */
function print(text: string, code = 0): number {
  (code === 0 ? process.stdout : process.stderr).write(`${text}\n`);
  return code;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-v' || command === 'version') return print(packageVersion());
  if (command === '--help' || command === '-h') return print(USAGE);
  if (command === undefined) return print(USAGE, 2);
  if (command === 'help') {
    const topic = rest[0];
    if (topic === 'emulator') return main(['emulator', '--help']);
    if (topic !== undefined && !(topic in COMMAND_USAGE))
      throw new CliError(`unknown command "${topic}"\n\n${USAGE}`);
    return print(topic === undefined ? USAGE : (COMMAND_USAGE[topic] as string));
  }
  if (command === 'emulator') {
    const { emulatorCommand } = await import('../emulator/cli');
    await emulatorCommand(rest);
    return 0;
  }
  const options = OPTIONS[command];
  if (!options) throw new CliError(`unknown command "${command}"\n\n${USAGE}`);
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, options });
  } catch (e) {
    throw new CliError(
      `${(e as Error).message.replace(/\. To specify .*$/s, '.')}\n${COMMAND_USAGE[command]}`,
    );
  }
  if (parsed.values.help) return print(COMMAND_USAGE[command] as string);
  return run(command, parsed.values, parsed.positionals);
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
