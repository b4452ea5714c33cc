// Golden fixtures for delivery (SPEC §9): each Pinterest answer, served on loopback, mapped to one status per job.
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { deliver, type DeliveryOutput } from '../../src';
import { buildApp } from '../../src/service/app';
import { settingsWith } from '../../src/service/settings';
import { closePools } from '../../src/destinations/pinterest_capi/delivery/client';
import { FakePinterest, type Answer } from '../support/fake-pinterest';
import { base, expandMarkers, listCases, merge, readCase } from '../support/fixtures';

interface DeliveryCase {
  description: string;
  events: unknown[];
  metadata: Record<string, unknown>[];
  adAccountId?: string;
  request?: Record<string, unknown>;
  pinterest?: Answer;
  expected: {
    status: number;
    httpStatus?: number;
    message?: string;
    nothingSent?: boolean;
    response: { statusCode: number; metadata: unknown; error?: string; errorStartsWith?: string }[];
  };
}

const token = base.destination.Config.accessToken as string;
const pinterest = new FakePinterest();
let baseUrl = '';
let closedPortUrl = '';
const logs: string[] = [];
const apps = new Map<string, { app: FastifyInstance; url: string }>();
/** What reaches Pinterest: our headers, and those undici adds for the connection. */
const OUR_HEADERS = new Set([
  'host',
  'connection',
  'content-length',
  'content-type',
  'authorization',
  'user-agent',
]);

const limitsFor = (answer: Answer | undefined) => ({
  timeoutMs: answer && 'fault' in answer && answer.fault === 'timeout' ? 300 : 5000,
  maxResponseBytes: 4 * 1024 * 1024,
  maxJsonDepth: 64,
});

/** One service per (base URL, limits), built like `npm start` builds it from its settings. */
async function service(url: string, limits: ReturnType<typeof limitsFor>) {
  const key = `${url} ${limits.timeoutMs}`;
  let s = apps.get(key);
  if (!s) {
    const settings = settingsWith({ pinterestApiBaseUrl: url, delivery: limits, maxJsonDepth: 64 });
    const app = buildApp({ logStream: { write: (line) => void logs.push(line) }, settings });
    await app.listen({ port: 0, host: '127.0.0.1' });
    s = { app, url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}` };
    apps.set(key, s);
  }
  return s.url;
}

async function viaService(url: string, request: unknown, httpStatus: number): Promise<DeliveryOutput> {
  const res = await fetch(`${url}/v1/destinations/pinterest_capi/proxy`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  expect(res.status).toBe(httpStatus);
  const text = await res.text();
  expect(text).not.toContain(token);
  const body = JSON.parse(text) as { output?: DeliveryOutput; error?: string };
  // A request the route refuses as a whole has no jobs to answer for: its error is the output's message.
  return body.output ?? { status: res.status, message: body.error ?? '', response: [] };
}

beforeAll(async () => {
  baseUrl = await pinterest.start();
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  closedPortUrl = `http://127.0.0.1:${(probe.address() as { port: number }).port}`;
  await new Promise<void>((r) => probe.close(() => r()));
});
afterAll(async () => {
  for (const { app } of apps.values()) await app.close();
  // Every failure was logged (warn) and none of it holds the token.
  expect(logs.some((l) => l.includes('delivery had failures'))).toBe(true);
  expect(logs.join('\n')).not.toContain(token);
  await closePools();
  await pinterest.stop();
});

describe.each(listCases('delivery'))('%s', (file) => {
  const c = readCase<DeliveryCase>('delivery', file);

  it.each(['deliver()', 'the service proxy route'])(`${c.description} (via %s)`, async (via) => {
    const refused = c.pinterest !== undefined && 'fault' in c.pinterest && c.pinterest.fault === 'refused';
    const url = refused ? closedPortUrl : baseUrl;
    const limits = limitsFor(c.pinterest);
    pinterest.answer = c.pinterest ?? { status: 599, body: { message: 'nothing should have been sent' } };
    pinterest.received = [];
    const account = c.adAccountId ?? (base.destination.Config.adAccountId as string);
    const data = expandMarkers(c.events);

    const request = merge(
      {
        version: '1',
        type: 'REST',
        method: 'POST',
        endpoint: `${url}/v5/ad_accounts/${account}/events`,
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        params: {},
        body: { JSON: { data }, JSON_ARRAY: {}, XML: {}, FORM: {} },
        files: {},
        metadata: c.metadata,
        destinationConfig: base.destination.Config,
      },
      c.request ?? {},
    );
    const output =
      via === 'deliver()'
        ? await deliver(request as never, { limits, baseUrl: url })
        : await viaService(await service(url, limits), request, c.expected.httpStatus ?? 200);

    expect(output.status).toBe(
      via === 'deliver()' ? c.expected.status : (c.expected.httpStatus ?? c.expected.status),
    );
    if (c.expected.message !== undefined) expect(output.message).toBe(c.expected.message);
    const wanted = via === 'deliver()' || c.expected.httpStatus === undefined ? c.expected.response : [];
    expect(output.response).toHaveLength(wanted.length);
    wanted.forEach((want, i) => {
      const got = output.response[i]!;
      expect({ statusCode: got.statusCode, metadata: got.metadata }).toEqual({
        statusCode: want.statusCode,
        metadata: want.metadata,
      });
      if (want.errorStartsWith !== undefined) expect(got.error.startsWith(want.errorStartsWith)).toBe(true);
      else expect(got.error).toBe(want.error);
      // SPEC §13: a failed job carries the tags of its cause's class, feature dataDelivery (§3.3).
      if (got.statusCode >= 300) {
        const type = got.statusCode === 429 ? 'throttled' : got.statusCode >= 500 ? 'retryable' : undefined;
        expect(got.statTags).toMatchObject({ feature: 'dataDelivery', destType: 'PINTEREST_CAPI' });
        if (type) expect(got.statTags!.errorType).toBe(type);
        else expect(['aborted', 'instrumentation']).toContain(got.statTags!.errorType);
      } else expect(got.statTags).toBeUndefined();
    });
    expect(JSON.stringify(output)).not.toContain(token);
    if (c.expected.nothingSent) expect(pinterest.received).toEqual([]);
    else if (!refused) {
      expect(pinterest.received).toHaveLength(1);
      const got = pinterest.received[0]!;
      expect(got.url).toBe(`/v5/ad_accounts/${account}/events`);
      expect(got.headers.authorization).toBe(`Bearer ${token}`);
      expect(got.headers.host).toBe(new URL(baseUrl).host);
      for (const name of Object.keys(got.headers)) expect(OUR_HEADERS).toContain(name);
      expect(got.body).toEqual({ data });
    }
  });
});
