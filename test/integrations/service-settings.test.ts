// The service's settings (SPEC §10): validated at start; a bad value is exit 1 with one line naming the variable,
// the value and the rule, never a silent default. The built service (dist/service.js) is spawned as `npm start` runs it.
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { loadSettings } from '../../src/service/settings';
import { startService } from '../support/service-process';

const service = join(__dirname, '..', '..', 'dist', 'service.js');

describe('a bad value stops the service with exit 1 and one line', () => {
  it.each([
    ['PORT', 'abc', 'must be a whole number from 0 to 65535 (0: the OS picks a free port)'],
    ['PORT', '65536', 'must be a whole number from 0 to 65535 (0: the OS picks a free port)'],
    ['PORT', '-1', 'must be a whole number from 0 to 65535 (0: the OS picks a free port)'],
    ['HOST', 'local host', 'must be a host name or IP address without spaces'],
    ['WORKERS', '0', 'must be auto or a whole number from 1 to 256'],
    ['WORKERS', 'many', 'must be auto or a whole number from 1 to 256'],
    ['MAX_BODY_MB', 'abc', 'must be a number of megabytes > 0 and at most 512'],
    ['MAX_BODY_MB', '0', 'must be a number of megabytes > 0 and at most 512'],
    ['MAX_JSON_DEPTH', '1', 'must be a whole number from 2 to 1000'],
    ['REQUEST_TIMEOUT_MS', '0', 'must be a whole number of milliseconds from 1 to 2147483647'],
    ['KEEP_ALIVE_TIMEOUT_MS', '5s', 'must be a whole number of milliseconds from 1 to 2147483647'],
    ['SHUTDOWN_GRACE_MS', '-1', 'must be a whole number of milliseconds from 0 to 2147483647'],
    [
      'PINTEREST_API_BASE_URL',
      'not-a-url',
      'must be an http(s) URL without credentials, query or fragment, e.g. https://api.pinterest.com',
    ],
    [
      'PINTEREST_API_BASE_URL',
      'ftp://api.pinterest.com',
      'must be an http(s) URL without credentials, query or fragment, e.g. https://api.pinterest.com',
    ],
    ['PINTEREST_TIMEOUT_MS', '-5', 'must be a whole number of milliseconds from 1 to 2147483647'],
    ['PINTEREST_TIMEOUT_MS', '1.5', 'must be a whole number of milliseconds from 1 to 2147483647'],
    ['PINTEREST_MAX_RESPONSE_MB', '0', 'must be a number of megabytes > 0 and at most 1024'],
    ['LOG_LEVEL', 'loud', 'must be one of fatal, error, warn, info, debug, trace, silent'],
  ])('%s=%s', (name, value, rule) => {
    const r = spawnSync(process.execPath, [service], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', [name]: value },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `pinterest-capi service: invalid setting ${name}=${JSON.stringify(value)}: ${rule}\n`,
    );
  });
});

it('PORT=0 is valid: the OS picks a port, the service logs it and serves on it', async () => {
  const { child, exited, port } = await startService({});
  expect(port).toBeGreaterThan(0);
  expect(await (await fetch(`http://127.0.0.1:${port}/health`)).json()).toEqual({ service: 'UP' });
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
}, 20_000);

describe('defaults (the README table) and what counts as unset', () => {
  it('every setting has its documented default', () => {
    expect(loadSettings({})).toEqual({
      port: 9090,
      host: '0.0.0.0',
      workers: 1,
      maxBodyMb: 100,
      maxJsonDepth: 256,
      requestTimeoutMs: 30_000,
      keepAliveTimeoutMs: 72_000,
      shutdownGraceMs: 30_000,
      logLevel: 'info',
      pinterestApiBaseUrl: 'https://api.pinterest.com',
      delivery: { timeoutMs: 30_000, maxResponseBytes: 4 * 1024 * 1024, maxJsonDepth: 256 },
    });
  });

  it('an empty value is unset', () => {
    expect(loadSettings({ PORT: '', PINTEREST_TIMEOUT_MS: '' })).toEqual(loadSettings({}));
  });

  it('reads valid values', () => {
    const s = loadSettings({
      PORT: '0',
      WORKERS: 'auto',
      MAX_BODY_MB: '0.5',
      PINTEREST_API_BASE_URL: 'http://127.0.0.1:9191/',
      PINTEREST_MAX_RESPONSE_MB: '1',
      PINTEREST_TIMEOUT_MS: '3000',
      SHUTDOWN_GRACE_MS: '0',
    });
    expect(s).toMatchObject({
      port: 0,
      workers: availableParallelism(),
      maxBodyMb: 0.5,
      shutdownGraceMs: 0,
      pinterestApiBaseUrl: 'http://127.0.0.1:9191',
      delivery: { timeoutMs: 3000, maxResponseBytes: 1024 * 1024 },
    });
  });
});
