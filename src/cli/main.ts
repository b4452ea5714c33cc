// The `pinterest-capi` command line: transform and validate-config.
import { parseArgs } from 'node:util';
import { CliError } from './io';
import { transformCommand } from './transform';
import { validateConfigCommand } from './validate-config';

const USAGE = `usage:
  pinterest-capi transform --config cfg.json [--fill-timestamp] [events.ndjson]
      events → Pinterest request bodies (stdin when no file); --fill-timestamp stamps events that have no time
  pinterest-capi validate-config cfg.json                      exit 0, or each problem on its own line`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      config: { type: 'string', short: 'c' },
      'fill-timestamp': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || command === undefined) {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined && !values.help ? 2 : 0;
  }
  switch (command) {
    case 'transform':
      if (!values.config) throw new CliError('transform needs --config <file>');
      return transformCommand(values.config, rest[0], values['fill-timestamp'] ?? false);
    case 'validate-config': {
      const path = rest[0] ?? values.config;
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
