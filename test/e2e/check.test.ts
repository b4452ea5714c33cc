// `pinterest-capi check` and `send` against the emulator with good and bad credentials (SPEC §11): check says
// what to fix, send does not retry 401/403, and the token is never printed.
import { startEmulator, type Emulator } from '../../src/emulator';
import { run, scratch } from './support/cli';
import { LogSink } from '../emulator/support/emulator';

const files = scratch('pcapi-check-');
const ACCOUNT = '549755885175';
const WRONG_TOKEN = 'wrong-secret-token-4711';
let emulator: Emulator;
let logs: LogSink;

beforeAll(async () => {
  logs = new LogSink();
  emulator = await startEmulator({ port: 0, logStream: logs, logLevel: 'info' });
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.clear();
  logs.lines = [];
});

/** The status of every request the emulator answered on the events route. */
const answered = () =>
  logs.lines
    .map((l) => JSON.parse(l) as { msg?: string; path?: string; statusCode?: number })
    .filter((l) => l.msg === 'request completed' && l.path?.includes('/events'))
    .map((l) => l.statusCode);

describe('check', () => {
  it('valid credentials: exit 0, one test event at the current time', async () => {
    const config = files.json({ adAccountId: ACCOUNT, accessToken: 'emulator-token' });
    const before = Math.floor(Date.now() / 1000);
    const r = await run(['check', '--config', config, '--api-url', emulator.url]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      `ok: ${emulator.url} accepted a test event for ad account ${ACCOUNT} with this access token (test mode: not counted in reporting)\n`,
    );
    const events = emulator.events();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ ad_account_id: ACCOUNT, test: true, event_name: 'page_visit' });
    expect(events[0]!.event_time).toBeGreaterThanOrEqual(before);
    expect(events[0]!.event_time).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
    expect(answered()).toEqual([200]);
  });

  it('a wrong token: exit 1 naming 401 and accessToken, the token never printed', async () => {
    const config = files.json({ adAccountId: ACCOUNT, accessToken: WRONG_TOKEN });
    const r = await run(['check', '--config', config, '--api-url', emulator.url]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^check failed: Pinterest rejected the access token \(401\)/);
    expect(r.stderr).toContain(`Fix accessToken in ${config}`);
    expect(`${r.stdout}${r.stderr}`).not.toContain(WRONG_TOKEN);
    expect(answered()).toEqual([401]);
    expect(emulator.events()).toHaveLength(0);
  });

  it('an ad account the token cannot reach: exit 1 naming 403 and adAccountId', async () => {
    const config = files.json({ adAccountId: '123456', accessToken: 'emulator-token' });
    const r = await run(['check', '--config', config, '--api-url', emulator.url]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^check failed: The access token has no access to ad account 123456 \(403\)/);
    expect(r.stderr).toContain(`Fix adAccountId in ${config} (now 123456)`);
    expect(r.stderr).not.toContain('emulator-token');
    expect(answered()).toEqual([403]);
  });

  it('a test event Pinterest rejects for another reason (here: throttled) says the credentials are unchecked', async () => {
    emulator.setFault('429', 0);
    try {
      const config = files.json({ adAccountId: ACCOUNT, accessToken: 'emulator-token' });
      const r = await run(['check', '--config', config, '--api-url', emulator.url]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('(429)');
      expect(r.stderr).toContain('The credentials could not be checked: try again later');
    } finally {
      emulator.setFault('none', 0);
    }
  });
});

describe('send with credentials Pinterest refuses', () => {
  const ts = () => new Date(Date.now() - 60_000).toISOString();
  const page = (i: number) => ({
    type: 'page',
    messageId: `p-${i}`,
    timestamp: ts(),
    context: { ip: '203.0.113.7', userAgent: 'UA/1' },
  });

  it('401: not retried, the other requests with that token not sent, the advice in the summary', async () => {
    // One event per request, one request at a time: without the stop, 5 requests × 6 attempts would go out.
    const config = files.json({ adAccountId: ACCOUNT, accessToken: WRONG_TOKEN, batchSize: 1 });
    const events = files.ndjson([1, 2, 3, 4, 5].map(page));
    const r = await run([
      'send',
      '--config',
      config,
      events,
      '--api-url',
      emulator.url,
      '--json',
      '--concurrency',
      '1',
      '--retry-delay-ms',
      '1',
    ]);
    expect(r.status).toBe(1);
    expect(answered()).toEqual([401]);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ processed: 0, failed: 5, retried: 0 });
    expect(summary.topErrors).toHaveLength(1);
    expect(summary.topErrors[0].count).toBe(5);
    expect(summary.topErrors[0].message).toMatch(/^Pinterest rejected the access token \(401\)/);
    expect(summary.topErrors[0].message).toContain(`Not retried: fix accessToken in ${config}`);
    expect(`${r.stdout}${r.stderr}`).not.toContain(WRONG_TOKEN);
  });

  it('403: not retried either, the advice names adAccountId', async () => {
    const config = files.json({ adAccountId: '123456', accessToken: 'emulator-token', batchSize: 1 });
    const events = files.ndjson([1, 2, 3].map(page));
    const r = await run([
      'send',
      '--config',
      config,
      events,
      '--api-url',
      emulator.url,
      '--concurrency',
      '1',
      '--retry-delay-ms',
      '1',
    ]);
    expect(r.status).toBe(1);
    expect(answered()).toEqual([403]);
    expect(r.stdout).toContain('processed: 0\nfailed: 3\nfiltered: 0\nretried: 0\n');
    expect(r.stdout).toContain(`3 × The access token has no access to ad account 123456 (403)`);
    expect(r.stdout).toContain(`Not retried: fix adAccountId in ${config} (now 123456)`);
  });

  it('a 503 is still retried', async () => {
    emulator.setFault('503', 0);
    try {
      const config = files.json({ adAccountId: ACCOUNT, accessToken: 'emulator-token' });
      const events = files.ndjson([page(1)]);
      const r = await run([
        'send',
        '--config',
        config,
        events,
        '--api-url',
        emulator.url,
        '--json',
        '--max-retries',
        '2',
        '--retry-delay-ms',
        '1',
      ]);
      expect(r.status).toBe(1);
      expect(answered()).toEqual([503, 503, 503]);
      expect(JSON.parse(r.stdout)).toMatchObject({ failed: 1, retried: 2 });
    } finally {
      emulator.setFault('none', 0);
    }
  });
});
