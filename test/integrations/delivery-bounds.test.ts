// Delivery against a misbehaving Pinterest (SPEC §9 Bounds), with small limits: an endless or dripping answer, an
// oversized one, and a caller that goes away. Each ends in a retryable 500 per job, or a cancelled request.
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { deliver } from '../../src';
import { closePools } from '../../src/destinations/pinterest_capi/delivery/client';
import { buildApp } from '../../src/service/app';
import { settingsWith } from '../../src/service/settings';
import { FakePinterest } from '../support/fake-pinterest';

const TOKEN = 'bounds-delivery-token';
const pinterest = new FakePinterest();
let base = '';
beforeAll(async () => {
  base = await pinterest.start();
});
afterAll(async () => {
  await closePools();
  await pinterest.stop();
});

const request = () => ({
  endpoint: `${base}/v5/ad_accounts/1/events`,
  headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
  params: {},
  body: { JSON: { data: [{ event_id: 'a' }, { event_id: 'b' }] }, JSON_ARRAY: {}, XML: {}, FORM: {} },
  metadata: [{ jobId: 1 }, { jobId: 2 }],
});
const limits = { timeoutMs: 400, maxResponseBytes: 256 * 1024, maxJsonDepth: 64 };
const everyJob = (status: number, error: string) =>
  [1, 2].map((jobId) => ({
    statusCode: status,
    metadata: { jobId },
    error,
    statTags: expect.objectContaining({
      errorCategory: 'network',
      errorType: 'retryable',
      feature: 'dataDelivery',
    }),
  }));

it('abandons an endless 200 body at PINTEREST_MAX_RESPONSE_MB and stops reading it', async () => {
  pinterest.answer = { fault: 'endless' };
  pinterest.bytesSent = 0;
  const closed = new Promise((r) => pinterest.events.once('closed', r));
  // A long deadline: the size cap alone must end it.
  const out = await deliver(request() as never, { limits: { ...limits, timeoutMs: 60_000 }, baseUrl: base });
  expect(out.status).toBe(500);
  expect(out.response).toEqual(
    everyJob(500, "Pinterest's answer was larger than 0.25 MB (PINTEREST_MAX_RESPONSE_MB) and was abandoned"),
  );
  await closed;
  // What was written before the connection closed: the cap plus what socket buffers hold, not an endless stream.
  expect(pinterest.bytesSent).toBeLessThan(16 * 1024 * 1024);
});

it('ends a dripping answer at the deadline, though bytes keep arriving', async () => {
  pinterest.answer = { fault: 'drip' };
  pinterest.dripMs = 40; // well inside undici's per-chunk body timeout: only a total deadline ends it
  const closed = new Promise((r) => pinterest.events.once('closed', r));
  const out = await deliver(request() as never, { limits, baseUrl: base });
  expect(out.response).toEqual(everyJob(500, 'Pinterest did not answer within 400 ms'));
  await closed;
});

it('ends an answer whose headers never come at the deadline', async () => {
  pinterest.answer = { fault: 'timeout' };
  const out = await deliver(request() as never, { limits, baseUrl: base });
  expect(out.response).toEqual(everyJob(500, 'Pinterest did not answer within 400 ms'));
  pinterest.flushHeld();
});

it('abandons an answer whose Content-Length is over the cap before reading it', async () => {
  pinterest.answer = { status: 200, rawBody: 'x'.repeat(300 * 1024) };
  const out = await deliver(request() as never, { limits, baseUrl: base });
  expect(out.response[0]!.error).toBe(
    "Pinterest's answer was larger than 0.25 MB (PINTEREST_MAX_RESPONSE_MB) and was abandoned",
  );
});

it('accepts an answer of exactly the cap', async () => {
  const body = {
    num_events_received: 2,
    num_events_processed: 2,
    events: [{ status: 'processed' }, { status: 'processed' }],
  };
  const text = JSON.stringify(body);
  pinterest.answer = { status: 200, rawBody: text + ' '.repeat(limits.maxResponseBytes - text.length) };
  const out = await deliver(request() as never, { limits, baseUrl: base });
  expect(out.response.map((r) => r.statusCode)).toEqual([200, 200]);
});

describe('a caller that goes away', () => {
  let app: FastifyInstance;
  let url = '';
  beforeAll(async () => {
    app = buildApp({
      logStream: { write: () => undefined },
      settings: settingsWith({ pinterestApiBaseUrl: base, delivery: { ...limits, timeoutMs: 60_000 } }),
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(() => app.close());

  it('cancels the request to Pinterest', async () => {
    pinterest.answer = { fault: 'timeout' }; // Pinterest holds the request
    pinterest.received = [];
    const closed = new Promise((r) => pinterest.events.once('closed', r));
    const caller = new AbortController();
    const answer = fetch(`${url}/v1/destinations/pinterest_capi/proxy`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request()),
      signal: caller.signal,
    }).catch((e: Error) => e.name);
    while (pinterest.received.length === 0) await new Promise((r) => setTimeout(r, 20));
    caller.abort();
    expect(await answer).toBe('AbortError');
    // Without cancellation Pinterest would hold this connection for the whole 60 s deadline.
    await closed;
    pinterest.flushHeld();
  });
});
