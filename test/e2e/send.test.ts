// End to end over loopback: `send` and the service against the emulator — happy path, partial failures,
// throttling with retries, random faults, and a poisoned batch retried job by job.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { runSend, type SendOptions } from '../../src/cli/send';
import { startEmulator } from '../../src/emulator';
import { closePools } from '../../src/destinations/pinterest_capi/delivery/client';
import { buildApp } from '../../src/service/app';

const root = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'pcapi-e2e-'));
const config = (extra: Record<string, unknown> = {}) => {
  const path = join(dir, `config-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(
    path,
    JSON.stringify({ adAccountId: '549755885175', accessToken: 'emulator-token', ...extra }),
  );
  return path;
};
const events = (n: number, make: (i: number) => Record<string, unknown>) => {
  const path = join(dir, `events-${Math.random().toString(36).slice(2)}.ndjson`);
  writeFileSync(path, Array.from({ length: n }, (_, i) => JSON.stringify(make(i))).join('\n'));
  return path;
};
const order = (i: number) => ({
  type: 'track',
  event: 'Order Completed',
  messageId: `order-${i}`,
  timestamp: new Date(Date.now() - 60_000).toISOString(),
  context: { ip: '203.0.113.7', userAgent: 'UA/1', traits: { email: `u${i}@example.com` } },
  properties: { order_id: `o-${i}`, revenue: 10 + i, currency: 'USD' },
});
const options = (o: Partial<SendOptions>): SendOptions => ({
  config: config(),
  dryRun: false,
  json: false,
  fillTimestamp: false,
  maxRetries: 8,
  retryDelayMs: 20,
  concurrency: 4,
  ...o,
});

// Retries wait for the emulator's rate-limit window: seconds, not milliseconds, on a loaded machine.
jest.setTimeout(30_000);

afterAll(() => closePools());

it('sends the examples: the summary matches what the emulator recorded', async () => {
  const emulator = await startEmulator({ port: 0, logLevel: 'silent' });
  try {
    const { summary } = await runSend(
      options({
        config: join(root, 'examples', 'config.json'),
        events: join(root, 'examples', 'events.ndjson'),
        apiUrl: emulator.url,
        fillTimestamp: true,
      }),
    );
    expect(summary.toJSON()).toMatchObject({ processed: 10, failed: 1, filtered: 1, retried: 0, events: 10 });
    expect(summary.topErrors()).toEqual([
      {
        message: 'user_data needs em, hashed_maids, or both client_ip_address and client_user_agent',
        count: 1,
      },
    ]);
    const ids = emulator.events().map((e) => e.event_id);
    expect(ids.sort()).toEqual(
      ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10'].map((n) => `demo-${n}`),
    );
  } finally {
    await emulator.close();
  }
});

it('reports events Pinterest fails (422) with its message, and delivers the rest', async () => {
  const emulator = await startEmulator({ port: 0, logLevel: 'silent' });
  try {
    const stale = (i: number) => ({
      ...order(i),
      timestamp: new Date(Date.now() - (i % 2 ? 9 : 0) * 86_400_000 - 60_000).toISOString(),
    });
    // maxEventAgeDays 0 lets stale events through to Pinterest, which fails them one by one.
    const { summary } = await runSend(
      options({ config: config({ maxEventAgeDays: 0 }), events: events(10, stale), apiUrl: emulator.url }),
    );
    expect(summary.processed).toBe(5);
    expect(summary.failed).toBe(5);
    expect(summary.topErrors()).toHaveLength(1);
    expect(summary.topErrors()[0]!.message).toMatch(/event_time/);
    expect(emulator.events()).toHaveLength(5);
  } finally {
    await emulator.close();
  }
});

it('retries throttled requests (429) until every event is delivered', async () => {
  const emulator = await startEmulator({ port: 0, logLevel: 'silent', rateLimitPerSecond: 2 });
  try {
    const { summary } = await runSend(
      options({
        config: config({ batchSize: 5 }),
        events: events(40, order),
        apiUrl: emulator.url,
        retryDelayMs: 100,
      }),
    );
    expect(summary.toJSON()).toMatchObject({ processed: 40, failed: 0, filtered: 0 });
    expect(summary.retried).toBeGreaterThan(0);
    const ids = emulator.events().map((e) => e.event_id);
    expect(new Set(ids).size).toBe(40);
    expect(ids).toHaveLength(40);
  } finally {
    await emulator.close();
  }
});

it('with --fail-rate 0.2, delivers every retryable event once and counts nothing twice', async () => {
  const emulator = await startEmulator({
    port: 0,
    logLevel: 'silent',
    failRate: 0.2,
    seed: 7,
    // The client's deadline covers connection set-up too (SPEC §9 Bounds): room for a busy machine's first request.
    timeoutMs: 1000,
  });
  process.env.PINTEREST_TIMEOUT_MS = '800';
  try {
    const { summary } = await runSend(
      options({
        config: config({ batchSize: 10 }),
        events: events(200, order),
        apiUrl: emulator.url,
        maxRetries: 12,
      }),
    );
    expect(summary.processed + summary.failed + summary.filtered).toBe(200);
    expect(summary.failed).toBe(0);
    expect(summary.retried).toBeGreaterThan(0);
    const ids = emulator.events().map((e) => e.event_id);
    expect(ids).toHaveLength(200);
    expect(new Set(ids).size).toBe(200);
  } finally {
    delete process.env.PINTEREST_TIMEOUT_MS;
    await emulator.close();
  }
});

it('the CLI binary sends to --api-url through random faults (--fail-rate 0.2) and reports JSON', async () => {
  const emulator = await startEmulator({
    port: 0,
    logLevel: 'silent',
    failRate: 0.2,
    seed: 11,
    timeoutMs: 1000, // above the CLI's deadline below, which covers connection set-up too (SPEC §9 Bounds)
  });
  try {
    const args = [
      join(root, 'dist', 'cli.js'),
      'send',
      '--config',
      config({ batchSize: 5 }),
      events(50, order),
    ];
    const child = spawn(
      process.execPath,
      [...args, '--api-url', emulator.url, '--json', '--retry-delay-ms', '20', '--max-retries', '12'],
      {
        env: { ...process.env, PINTEREST_TIMEOUT_MS: '800' },
      },
    );
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ processed: 50, failed: 0, filtered: 0, events: 50 });
    expect(new Set(emulator.events().map((e) => e.event_id)).size).toBe(50);
    expect(emulator.events()).toHaveLength(50);
  } finally {
    await emulator.close();
  }
});

it('the CLI prints one label: N line each for processed, failed, filtered and retried', () => {
  const r = spawnSync(
    process.execPath,
    [join(root, 'dist', 'cli.js'), 'send', '--config', config(), events(3, order), '--dry-run'],
    { encoding: 'utf8' },
  );
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('processed: 0\nfailed: 0\nfiltered: 0\nretried: 0\n');
  expect(r.stdout).toContain('dry run: 1 request(s) with 3 event(s) not sent');
});

it('the service retries a poisoned batch job by job, so one bad event does not sink the others', async () => {
  const emulator = await startEmulator({ port: 0, logLevel: 'silent' });
  process.env.PINTEREST_API_BASE_URL = emulator.url;
  const app = buildApp({ logStream: { write: () => undefined } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const service = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  try {
    const now = Math.floor(Date.now() / 1000) - 60;
    const event = (id: string) => ({
      event_name: 'lead',
      action_source: 'web',
      event_time: now,
      event_id: id,
      user_data: { client_ip_address: '203.0.113.7', client_user_agent: 'UA' },
    });
    // The host may hand the proxy a batch it built itself; one event breaks Pinterest's schema.
    const bad = { ...event('job-2'), not_a_pinterest_key: true };
    const proxy = async (data: unknown[], metadata: unknown[]) => {
      const res = await fetch(`${service}/v1/destinations/pinterest_capi/proxy`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          endpoint: `${emulator.url}/v5/ad_accounts/549755885175/events`,
          headers: { 'Content-Type': 'application/json', Authorization: 'Bearer emulator-token' },
          params: {},
          body: { JSON: { data }, JSON_ARRAY: {}, XML: {}, FORM: {} },
          metadata,
        }),
      });
      return (
        (await res.json()) as {
          output: { response: { statusCode: number; metadata: Record<string, unknown>; error: string }[] };
        }
      ).output;
    };
    const jobs = [event('job-1'), bad, event('job-3')];
    const first = await proxy(jobs, [{ jobId: 1 }, { jobId: 2 }, { jobId: 3 }]);
    expect(first.response.map((r) => [r.statusCode, r.metadata.dontBatch])).toEqual([
      [500, true],
      [500, true],
      [500, true],
    ]);
    expect(emulator.events()).toHaveLength(0);
    // What the host does with dontBatch: each job alone.
    const alone = await Promise.all(jobs.map((e, i) => proxy([e], [{ jobId: i + 1 }])));
    expect(alone.map((o) => o.response[0]!.statusCode)).toEqual([200, 400, 200]);
    expect(
      emulator
        .events()
        .map((e) => e.event_id)
        .sort(),
    ).toEqual(['job-1', 'job-3']);
  } finally {
    await app.close();
    delete process.env.PINTEREST_API_BASE_URL;
    await emulator.close();
  }
});
