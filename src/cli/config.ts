// The CLI's destination config: read and checked once, before any event, so a bad config is one report (exit 2).
import { serverConfigProblems } from '../destinations/pinterest_capi/config/resolve';
import { CliError, readJsonFile } from './io';

export interface CliConfig {
  path: string;
  Config: Record<string, unknown>;
}

/** The config file's content, or a CliError listing every problem of its server-side fields. */
export function loadConfig(path: string): CliConfig {
  const raw = readJsonFile(path, 'config');
  const problems =
    raw === null || typeof raw !== 'object' || Array.isArray(raw)
      ? ['the config must be a JSON object with adAccountId and accessToken']
      : serverConfigProblems(raw);
  if (problems.length > 0) {
    throw new CliError(
      [
        `${path} is not a valid destination config; nothing was sent:`,
        ...problems.map((p) => `  ${p}`),
        `(pinterest-capi validate-config ${path} also checks the browser-sync fields)`,
      ].join('\n'),
    );
  }
  return { path, Config: raw as Record<string, unknown> };
}
