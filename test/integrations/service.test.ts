// The transformer service over real HTTP on loopback: routes and shapes of SPEC §3.3, 4xx for bad input, no secrets in logs.
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/service/app';
import { settingsWith } from '../../src/service/settings';
import { closePools } from '../../src/destinations/pinterest_capi/delivery/client';
import { FakePinterest } from '../support/fake-pinterest';
import { mixedInputs } from '../support/mixed-inputs';

const TOKEN = 'svc-secret-token';
const EMAIL = 'user1@example.com';
const logs: string[] = [];
let app: FastifyInstance;
let url = '';
const pinterest = new FakePinterest();

beforeAll(async () => {
  process.env.PINTEREST_API_BASE_URL = await pinterest.start();
  app = buildApp({
    logStream: { write: (line) => void logs.push(line) },
    settings: settingsWith({ maxBodyMb: 5, pinterestApiBaseUrl: process.env.PINTEREST_API_BASE_URL }),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app.close();
  await closePools();
  await pinterest.stop();
  delete process.env.PINTEREST_API_BASE_URL;
});

const post = async (path: string, body: unknown, raw?: string) => {
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: raw ?? JSON.stringify(body),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers of many shapes
  return { status: res.status, body: (await res.json()) as any };
};

const destination = {
  ID: 'd1',
  WorkspaceID: 'w1',
  Config: { adAccountId: '549755885175', accessToken: TOKEN },
};
const now = () => new Date().toISOString();
const context = { ip: '203.0.113.7', userAgent: 'UA/1', traits: { email: EMAIL } };

describe('health and features', () => {
  it('GET /health', async () => {
    expect(await (await fetch(`${url}/health`)).json()).toEqual({ service: 'UP' });
  });
  it('GET /features', async () => {
    expect(await (await fetch(`${url}/features`)).json()).toMatchObject({
      routerTransform: { PINTEREST_CAPI: true },
      supportTransformerProxyV1: true,
    });
  });
});

describe('POST /v0/destinations/pinterest_capi', () => {
  it('answers one entry per request or per failed input', async () => {
    const { status, body } = await post('/v0/destinations/pinterest_capi', [
      {
        message: { type: 'page', messageId: 'p1', timestamp: now(), context },
        metadata: { jobId: 1 },
        destination,
      },
      {
        message: { type: 'identify', messageId: 'i1', timestamp: now(), context },
        metadata: { jobId: 2 },
        destination,
      },
    ]);
    expect(status).toBe(200);
    expect(body).toHaveLength(2);
    expect(body[0]).toMatchObject({
      metadata: { jobId: 1 },
      statusCode: 200,
      output: { userId: '', type: 'REST', method: 'POST' },
    });
    expect(body[0].output.body.JSON.data[0].event_name).toBe('page_visit');
    expect(body[1]).toEqual({
      metadata: { jobId: 2 },
      statusCode: 400,
      error: 'message type "identify" is not supported by Pinterest Conversions API',
      statTags: {
        errorCategory: 'dataValidation',
        errorType: 'instrumentation',
        destType: 'PINTEREST_CAPI',
        module: 'destination',
        implementation: 'native',
        feature: 'processor',
        destinationId: 'd1',
        workspaceId: 'w1',
      },
    });
  });

  it('is a 400 for a body that is not an array', async () => {
    const { status, body } = await post('/v0/destinations/pinterest_capi', { message: {} });
    expect(status).toBe(400);
    expect(body.error).toMatch(/JSON array/);
  });

  it('is a 404 for another destination', async () => {
    expect(await post('/v0/destinations/facebook_pixel', [])).toEqual({
      status: 404,
      body: { error: 'Unknown destination: facebook_pixel' },
    });
  });
});

describe('POST /routerTransform and /batch', () => {
  it('returns every one of 5,000 mixed jobs exactly once, in batches of at most 1,000 events', async () => {
    const { inputs, kinds } = mixedInputs(5000, TOKEN);
    const { status, body } = await post('/routerTransform', { input: inputs, destType: 'pinterest_capi' });
    expect(status).toBe(200);
    const outputs = body.output as {
      metadata: { jobId: number }[];
      batched: boolean;
      statusCode: number;
      error?: string;
      batchedRequest?: { endpoint: string; body: { JSON: { data: { event_id: string }[] } } };
    }[];
    const seen = outputs.flatMap((o) => o.metadata.map((m) => m.jobId));
    expect(seen).toHaveLength(5000);
    expect(new Set(seen).size).toBe(5000);
    for (const o of outputs) {
      const kind = kinds.get(o.metadata[0]!.jobId);
      if (o.batched) {
        expect(o.batchedRequest!.body.JSON.data.length).toBeLessThanOrEqual(1000);
        for (const m of o.metadata) expect(['good', 'multiplexed']).toContain(kinds.get(m.jobId));
      } else if (kind === 'bad') {
        expect(o.statusCode).toBe(400);
        expect(o.error).toBe('message type "identify" is not supported by Pinterest Conversions API');
      } else {
        expect(kind).toBe('unmapped');
        expect(o.statusCode).toBe(298);
      }
    }
    const endpoints = new Set(outputs.filter((o) => o.batched).map((o) => o.batchedRequest!.endpoint));
    expect(endpoints).toEqual(
      new Set([
        `${process.env.PINTEREST_API_BASE_URL}/v5/ad_accounts/111/events`,
        `${process.env.PINTEREST_API_BASE_URL}/v5/ad_accounts/222/events`,
      ]),
    );
    // Multiplexed inputs carry two events each and are never split across batches.
    for (const o of outputs.filter((x) => x.batched)) {
      const ids = o.batchedRequest!.body.JSON.data.map((e) => e.event_id);
      for (const m of o.metadata) {
        const n = ids.filter((id) => id === `m-${m.jobId - 1}`).length;
        expect(n).toBe(kinds.get(m.jobId) === 'multiplexed' ? 2 : 1);
      }
    }
  });

  it('/batch answers a bare array', async () => {
    const { status, body } = await post('/batch', {
      input: [
        {
          message: { type: 'page', messageId: 'b1', timestamp: now(), context },
          metadata: { jobId: 9 },
          destination,
        },
      ],
      destType: 'PINTEREST_CAPI',
    });
    expect(status).toBe(200);
    expect(body).toHaveLength(1);
    expect(body[0]).toMatchObject({ batched: true, statusCode: 200, metadata: [{ jobId: 9 }] });
  });

  it.each([
    ['missing destType', { input: [] }, 400, 'destType is required'],
    ['another destType', { input: [], destType: 'braze' }, 404, 'Unknown destination: braze'],
    ['input not an array', { input: {}, destType: 'pinterest_capi' }, 400, 'input must be a JSON array'],
    ['a body that is an array', [], 400, 'the body must be a JSON object {input: [...], destType}'],
  ])('%s → %s', async (_, body, status, error) => {
    expect(await post('/routerTransform', body)).toEqual({ status, body: { error } });
  });
});

describe('bad client input is a clear 4xx and the service stays up', () => {
  it('malformed JSON', async () => {
    const { status, body } = await post('/routerTransform', undefined, '{"input": [');
    expect(status).toBe(400);
    expect(body.error).toMatch(/not valid JSON/);
  });

  it('a body over the limit (here 5 MB) is a 413 before it is read', async () => {
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(`${url}/routerTransform`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(200 * 1024 * 1024) },
      });
      req.on('response', (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on('error', reject);
      req.write('{"input": [');
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error).toBe('request body is larger than 5 MB (MAX_BODY_MB)');
    expect(await (await fetch(`${url}/health`)).json()).toEqual({ service: 'UP' });
  });
});

describe('POST /v1/destinations/pinterest_capi/proxy', () => {
  const batch = (endpoint: string) => ({
    version: '1',
    type: 'REST',
    method: 'POST',
    endpoint,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
    params: {},
    body: {
      JSON: {
        data: [
          { event_name: 'lead', event_id: 'e1' },
          { event_name: 'lead', event_id: 'e2' },
        ],
      },
      JSON_ARRAY: {},
      XML: {},
      FORM: {},
    },
    files: {},
    metadata: [
      { jobId: 1, destinationId: 'd1', workspaceId: 'w1' },
      { jobId: 2, destinationId: 'd1', workspaceId: 'w1' },
    ],
    destinationConfig: destination.Config,
  });

  // SPEC §13: a failed event is terminal, integrations-lib's AbortedError (network/aborted); §3.3's common tags,
  // destination and workspace from the job's metadata as the host takes them.
  const failedEventTags = {
    errorCategory: 'network',
    errorType: 'aborted',
    destType: 'PINTEREST_CAPI',
    module: 'destination',
    implementation: 'native',
    feature: 'dataDelivery',
    destinationId: 'd1',
    workspaceId: 'w1',
  };

  it('maps a partial failure to one status per job, with warnings in destinationResponse', async () => {
    const answer = {
      num_events_received: 2,
      num_events_processed: 1,
      events: [
        { status: 'processed', error_message: null, warning_message: 'currency missing' },
        { status: 'failed', error_message: 'event_time too old', warning_message: null },
      ],
    };
    pinterest.answer = { status: 200, body: answer };
    const { status, body } = await post(
      '/v1/destinations/pinterest_capi/proxy',
      batch(`${process.env.PINTEREST_API_BASE_URL}/v5/ad_accounts/549755885175/events`),
    );
    expect(status).toBe(200);
    expect(body).toEqual({
      output: {
        status: 200,
        message: 'Request processed: 1 job(s) succeeded, 1 failed',
        response: [
          { statusCode: 200, metadata: batch('').metadata[0], error: 'success' },
          {
            statusCode: 400,
            metadata: batch('').metadata[1],
            error: 'event_time too old',
            statTags: failedEventTags,
          },
        ],
        destinationResponse: { status: 200, response: answer },
        // The host's v1 answer carries one statTags for the request: the first failed job's.
        statTags: failedEventTags,
      },
    });
  });

  it('refuses an endpoint outside PINTEREST_API_BASE_URL without sending anything', async () => {
    pinterest.received = [];
    const { status, body } = await post(
      '/v1/destinations/pinterest_capi/proxy',
      batch('http://169.254.169.254/latest/meta-data'),
    );
    expect(status).toBe(200);
    expect(body.output.status).toBe(400);
    expect(body.output.response.map((r: { statusCode: number }) => r.statusCode)).toEqual([400, 400]);
    expect(pinterest.received).toEqual([]);
  });
});

describe('metrics and logs', () => {
  it('GET /metrics counts transformed, filtered, failed, batches and deliveries', async () => {
    const text = await (await fetch(`${url}/metrics`)).text();
    expect(text).toMatch(/pinterest_capi_events_transformed_total\{feature="router"\} \d+/);
    expect(text).toMatch(/pinterest_capi_events_filtered_total\{feature="router"\} 500/);
    expect(text).toMatch(/pinterest_capi_events_failed_total\{feature="processor",reason="400"\} 1/);
    expect(text).toMatch(/pinterest_capi_batches_total\{feature="router"\} \d+/);
    expect(text).toMatch(/pinterest_capi_delivery_jobs_total\{status="400"\} \d+/);
  });

  it('warns once about invalid browser-sync fields and still sends the event', async () => {
    const config = { ...destination.Config, extraPixelIds: 'not json' };
    const input = {
      message: { type: 'page', messageId: 's1', timestamp: now(), context },
      metadata: { jobId: 1 },
    };
    for (const jobId of [1, 2]) {
      const { body } = await post('/routerTransform', {
        input: [
          { ...input, metadata: { jobId }, destination: { ...destination, ID: 'd-sync', Config: config } },
        ],
        destType: 'pinterest_capi',
      });
      expect(body.output[0]).toMatchObject({ batched: true, statusCode: 200 });
    }
    const warnings = logs.filter((l) => l.includes('invalid browser-sync config fields'));
    expect(warnings).toHaveLength(1);
    expect(JSON.parse(warnings[0]!)).toMatchObject({
      level: 40,
      destinationId: 'd-sync',
      problems: [expect.stringContaining('extraPixelIds')],
    });
  });

  it('never logs the access token or raw PII', () => {
    expect(logs.length).toBeGreaterThan(10);
    const all = logs.join('\n');
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain(EMAIL);
    expect(all).not.toContain('203.0.113.7');
  });
});
