// The service's bounds with small settings (SPEC §10): request timeout, keep-alive after a 400, nesting limits on
// every route, and big answers streamed byte for byte.
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { processRouterDest } from '../../src';
import { buildApp } from '../../src/service/app';
import { settingsWith, type ServiceSettings } from '../../src/service/settings';
import { closePools } from '../../src/destinations/pinterest_capi/delivery/client';
import { FakePinterest } from '../support/fake-pinterest';
import { mixedInputs } from '../support/mixed-inputs';

const TOKEN = 'bounds-secret-token';
const pinterest = new FakePinterest();
const apps: FastifyInstance[] = [];
let pinterestUrl = '';

async function start(over: Partial<ServiceSettings>) {
  const app = buildApp({
    logStream: { write: () => undefined },
    settings: settingsWith({ pinterestApiBaseUrl: pinterestUrl, ...over }),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  apps.push(app);
  const { port } = app.server.address() as AddressInfo;
  return { port, url: `http://127.0.0.1:${port}` };
}

beforeAll(async () => {
  pinterestUrl = await pinterest.start();
});
afterAll(async () => {
  for (const app of apps) await app.close();
  await closePools();
  await pinterest.stop();
});

/** Writes `text` on a raw connection; resolves with what came back once the server closes it. */
const untilClosed = (port: number, text: string) =>
  new Promise<string>((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let got = '';
    socket.on('data', (c: Buffer) => (got += c.toString()));
    socket.on('close', () => resolve(got));
  });

/** Writes `text`; resolves with what came back once `done(received)` holds, the connection still open. */
const untilAnswered = (port: number, text: string, done: (got: string) => boolean) =>
  new Promise<{ got: string; closed: boolean }>((resolve) => {
    let closed = false;
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let got = '';
    socket.on('close', () => (closed = true));
    socket.on('data', (c: Buffer) => {
      got += c.toString();
      if (done(got)) {
        resolve({ got, closed });
        socket.destroy();
      }
    });
  });

const post = (path: string, body: string) =>
  `POST ${path} HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

describe('REQUEST_TIMEOUT_MS (here 300)', () => {
  it('answers 408 and closes a connection whose body never completes', async () => {
    const { port } = await start({ requestTimeoutMs: 300 });
    const got = await untilClosed(
      port,
      'POST /routerTransform HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"input": [',
    );
    expect(got.startsWith('HTTP/1.1 408')).toBe(true);
  });

  it('closes a connection whose headers never complete', async () => {
    const { port } = await start({ requestTimeoutMs: 300 });
    const got = await untilClosed(port, 'POST /routerTransform HTTP/1.1\r\nHost: t\r\nX-Slow: 1');
    expect(got === '' || got.startsWith('HTTP/1.1 408')).toBe(true);
  });

  it('does not cut a request whose body arrived and whose answer takes longer', async () => {
    const { url } = await start({ requestTimeoutMs: 300 });
    pinterest.answer = { fault: 'timeout' };
    pinterest.received = [];
    const answer = fetch(`${url}/v1/destinations/pinterest_capi/proxy`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(pinterest.oneEventProxyBody(pinterestUrl, TOKEN)),
    });
    await pinterest.firstReceived();
    await new Promise((r) => setTimeout(r, 900)); // three request timeouts
    pinterest.acceptHeld();
    const res = await answer;
    expect(res.status).toBe(200);
    expect(((await res.json()) as { output: { response: unknown[] } }).output.response).toEqual([
      { statusCode: 200, metadata: { jobId: 1 }, error: 'success' },
    ]);
  });
});

it('keeps a keep-alive connection open after a 400 for malformed JSON whose body was read', async () => {
  const { port } = await start({});
  const { got, closed } = await untilAnswered(
    port,
    `${post('/routerTransform', '{"input": [')}GET /health HTTP/1.1\r\nHost: t\r\n\r\n`,
    (text) => text.includes('{"service":"UP"}'),
  );
  expect(got.startsWith('HTTP/1.1 400')).toBe(true);
  expect(got).toContain('the request body is not valid JSON');
  expect(got.toLowerCase()).not.toContain('connection: close');
  expect(closed).toBe(false);
});

/** JSON text of `{"a":{"a":…1…}}`, `depth` objects deep, built without recursion. */
const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const destination = { ID: 'd1', WorkspaceID: 'w1', Config: { adAccountId: '111', accessToken: TOKEN } };
const message = (id: string) => ({
  type: 'page',
  messageId: id,
  timestamp: new Date().toISOString(),
  context: { ip: '203.0.113.7', userAgent: 'UA/1' },
});
const good = (jobId: number) =>
  JSON.stringify({ message: message(`m${jobId}`), metadata: { jobId }, destination });
/** An input whose `key` is replaced by a value nested `depth` deep. */
const deepInput = (jobId: number, key: 'message' | 'metadata' | 'destination', depth: number) => {
  const parts: Record<string, string> = {
    message: JSON.stringify(message(`m${jobId}`)),
    metadata: JSON.stringify({ jobId }),
    destination: JSON.stringify(destination),
  };
  parts[key] =
    key === 'destination'
      ? `{"ID":"d1","WorkspaceID":"w1","Config":{"adAccountId":"111","accessToken":"${TOKEN}","extra":${nested(depth)}}}`
      : key === 'metadata'
        ? `{"jobId":${jobId},"extra":${nested(depth)}}`
        : `{"type":"page","messageId":"m${jobId}","deep":${nested(depth)}}`;
  return `{"message":${parts.message},"metadata":${parts.metadata},"destination":${parts.destination}}`;
};

async function send(url: string, path: string, body: string) {
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const text = await res.text();
  expect(text).not.toContain(TOKEN.repeat(2)); // sanity: the body is JSON we can read
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of several shapes
  return { status: res.status, body: JSON.parse(text) as any };
}

describe('MAX_JSON_DEPTH (here 16): deep inputs fail alone with a 400, never a 5xx', () => {
  let url = '';
  beforeAll(async () => {
    ({ url } = await start({ maxJsonDepth: 16 }));
  });

  it('/v0: a deep message is a 400 entry for that input; the others are transformed', async () => {
    const { status, body } = await send(
      url,
      '/v0/destinations/pinterest_capi',
      `[${good(1)},${deepInput(2, 'message', 20)},${good(3)}]`,
    );
    expect(status).toBe(200);
    expect(body.map((e: { statusCode: number }) => e.statusCode)).toEqual([200, 400, 200]);
    expect(body[1]).toMatchObject({
      metadata: { jobId: 2 },
      error: 'the message nests deeper than 16 levels (MAX_JSON_DEPTH) allows',
      statTags: { errorType: 'instrumentation', feature: 'processor' },
    });
  });

  it('/v0: deep metadata cannot be echoed, so the request is a 400', async () => {
    const { status, body } = await send(
      url,
      '/v0/destinations/pinterest_capi',
      `[${good(1)},${deepInput(2, 'metadata', 20)}]`,
    );
    expect(status).toBe(400);
    expect(body.error).toBe(
      'the metadata of input 1 nests deeper than 16 levels (MAX_JSON_DEPTH) and cannot be echoed',
    );
  });

  it('/routerTransform: a deep config is a 400 ConfigurationError entry, echoing the destination without it', async () => {
    const body = `{"input":[${good(1)},${deepInput(2, 'destination', 20)},${good(3)}],"destType":"pinterest_capi"}`;
    const { status, body: answer } = await send(url, '/routerTransform', body);
    expect(status).toBe(200);
    const [batch, failed] = answer.output;
    expect(batch).toMatchObject({ batched: true, metadata: [{ jobId: 1 }, { jobId: 3 }] });
    expect(failed).toMatchObject({
      batched: false,
      statusCode: 400,
      metadata: [{ jobId: 2 }],
      error: 'the destination nests deeper than 16 levels (MAX_JSON_DEPTH) allows',
      statTags: { errorType: 'configuration', feature: 'router', destinationId: 'd1' },
      destination: { ID: 'd1', WorkspaceID: 'w1' },
    });
    expect(failed.destination.Config).toBeUndefined();
  });

  it('/batch: a deep message is a 400 entry', async () => {
    const body = `{"input":[${deepInput(1, 'message', 20)}],"destType":"pinterest_capi"}`;
    const { status, body: answer } = await send(url, '/batch', body);
    expect(status).toBe(200);
    expect(answer).toMatchObject([{ batched: false, statusCode: 400, metadata: [{ jobId: 1 }] }]);
  });

  it('/routerTransform: deep metadata, or depth outside the inputs, is a 400 for the request', async () => {
    const meta = await send(
      url,
      '/routerTransform',
      `{"input":[${deepInput(1, 'metadata', 20)}],"destType":"pinterest_capi"}`,
    );
    expect(meta.status).toBe(400);
    const elsewhere = await send(
      url,
      '/routerTransform',
      `{"input":[],"destType":"pinterest_capi","x":${nested(20)}}`,
    );
    expect(elsewhere).toEqual({
      status: 400,
      body: { error: 'the request body nests deeper than 16 levels (MAX_JSON_DEPTH)' },
    });
  });

  it('/proxy: deep metadata or events are a 400 and nothing is sent', async () => {
    pinterest.received = [];
    const request = (metadata: string, data: string) =>
      `{"endpoint":"${pinterestUrl}/v5/ad_accounts/1/events","headers":{"Authorization":"Bearer ${TOKEN}"},"body":{"JSON":{"data":${data}}},"metadata":${metadata}}`;
    const meta = await send(
      url,
      '/v1/destinations/pinterest_capi/proxy',
      request(`[{"jobId":1,"x":${nested(20)}}]`, '[{"event_id":"e"}]'),
    );
    const data = await send(
      url,
      '/v1/destinations/pinterest_capi/proxy',
      request('[{"jobId":1}]', `[{"event_id":"e","x":${nested(20)}}]`),
    );
    for (const r of [meta, data]) {
      expect(r.status).toBe(400);
      expect(r.body.error).toMatch(/^the request body nests deeper than 16 levels \(MAX_JSON_DEPTH\)/);
    }
    expect(pinterest.received).toEqual([]);
  });
});

it('with the default MAX_JSON_DEPTH, metadata nested 5,000 deep is a 4xx on every route', async () => {
  const { url } = await start({});
  const deep = `{"jobId":1,"x":${nested(5000)}}`;
  const input = `{"message":${JSON.stringify(message('m1'))},"metadata":${deep},"destination":${JSON.stringify(destination)}}`;
  const answers = await Promise.all([
    send(url, '/v0/destinations/pinterest_capi', `[${input}]`),
    send(url, '/routerTransform', `{"input":[${input}],"destType":"pinterest_capi"}`),
    send(url, '/batch', `{"input":[${input}],"destType":"pinterest_capi"}`),
    send(
      url,
      '/v1/destinations/pinterest_capi/proxy',
      `{"endpoint":"${pinterestUrl}/v5/ad_accounts/1/events","headers":{"Authorization":"Bearer ${TOKEN}"},"body":{"JSON":{"data":[{"event_id":"e"}]}},"metadata":[${deep}]}`,
    ),
  ]);
  for (const a of answers) {
    expect(a.status).toBe(400);
    expect(a.body.error).toContain('deeper than 256 levels (MAX_JSON_DEPTH)');
  }
});

describe('big answers, byte for byte what JSON.stringify gives', () => {
  it('/routerTransform with 3,000 inputs (600 of them their own entry), made while the body arrived', async () => {
    const { url } = await start({});
    const { inputs } = mixedInputs(3000, TOKEN);
    // Unmapped and bad inputs are entries of their own: well over one slice of answer entries.
    const res = await fetch(`${url}/routerTransform`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ input: inputs, destType: 'pinterest_capi' }),
    });
    // Its bytes exist before it is sent (router-stream.ts): one Content-Length, no slices.
    expect(res.headers.get('transfer-encoding')).toBeNull();
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const text = await res.text();
    expect(Number(res.headers.get('content-length'))).toBe(Buffer.byteLength(text));
    const expected = JSON.stringify({ output: await processRouterDest(inputs as never) });
    expect(text).toBe(expected);
  });

  it('/v0 with 1,200 inputs, made while the body arrived', async () => {
    const { url } = await start({});
    const inputs = Array.from({ length: 1200 }, (_, i) => ({
      message: message(`m${i}`),
      metadata: { jobId: i },
      destination,
    }));
    const res = await fetch(`${url}/v0/destinations/pinterest_capi`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(inputs),
    });
    expect(res.headers.get('transfer-encoding')).toBeNull();
    const text = await res.text();
    expect(Number(res.headers.get('content-length'))).toBe(Buffer.byteLength(text));
    const entries = JSON.parse(text) as { metadata: { jobId: number }; statusCode: number }[];
    expect(JSON.stringify(entries)).toBe(text);
    expect(entries.map((e) => e.metadata.jobId)).toEqual(inputs.map((i) => i.metadata.jobId));
    expect(entries.every((e) => e.statusCode === 200)).toBe(true);
  });
});
