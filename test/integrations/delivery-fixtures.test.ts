// Golden fixtures for delivery (SPEC §9): each Pinterest answer, served on loopback, mapped to one status per job.
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { deliver, type DeliveryOutput } from '../../src';
import { buildApp } from '../../src/service/app';
import { closePools } from '../../src/destinations/pinterest_capi/delivery/client';
import { FakePinterest, type Answer } from '../support/fake-pinterest';
import { base, expandMarkers, listCases, readCase } from '../support/fixtures';

interface DeliveryCase {
  description: string;
  events: unknown[];
  metadata: Record<string, unknown>[];
  adAccountId?: string;
  pinterest: Answer;
  expected: {
    status: number;
    message?: string;
    response: { statusCode: number; metadata: unknown; error?: string; errorStartsWith?: string }[];
  };
}

const token = base.destination.Config.accessToken as string;
const pinterest = new FakePinterest();
let baseUrl = '';
let closedPortUrl = '';
const logs: string[] = [];
let app: FastifyInstance;
let service = '';

async function viaService(request: unknown): Promise<DeliveryOutput> {
  const res = await fetch(`${service}/v1/destinations/pinterest_capi/proxy`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  expect(res.status).toBe(200);
  const text = await res.text();
  expect(text).not.toContain(token);
  return (JSON.parse(text) as { output: DeliveryOutput }).output;
}

beforeAll(async () => {
  baseUrl = await pinterest.start();
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  closedPortUrl = `http://127.0.0.1:${(probe.address() as { port: number }).port}`;
  await new Promise<void>((r) => probe.close(() => r()));
  app = buildApp({ logStream: { write: (line) => void logs.push(line) } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  service = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app.close();
  // Every failure was logged (warn) and none of it holds the token.
  expect(logs.some((l) => l.includes('delivery had failures'))).toBe(true);
  expect(logs.join('\n')).not.toContain(token);
  await closePools();
  await pinterest.stop();
  delete process.env.PINTEREST_API_BASE_URL;
  delete process.env.PINTEREST_TIMEOUT_MS;
});

describe.each(listCases('delivery'))('%s', (file) => {
  const c = readCase<DeliveryCase>('delivery', file);

  it.each(['deliver()', 'the service proxy route'])(`${c.description} (via %s)`, async (via) => {
    const refused = 'fault' in c.pinterest && c.pinterest.fault === 'refused';
    const url = refused ? closedPortUrl : baseUrl;
    process.env.PINTEREST_API_BASE_URL = url;
    process.env.PINTEREST_TIMEOUT_MS =
      'fault' in c.pinterest && c.pinterest.fault === 'timeout' ? '300' : '5000';
    pinterest.answer = c.pinterest;
    pinterest.received = [];
    const account = c.adAccountId ?? (base.destination.Config.adAccountId as string);
    const data = expandMarkers(c.events);

    const request = {
      version: '1' as const,
      type: 'REST' as const,
      method: 'POST' as const,
      endpoint: `${url}/v5/ad_accounts/${account}/events`,
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      params: {},
      body: { JSON: { data } as never, JSON_ARRAY: {}, XML: {}, FORM: {} },
      files: {},
      metadata: c.metadata,
      destinationConfig: base.destination.Config,
    };
    const output = via === 'deliver()' ? await deliver(request as never) : await viaService(request);

    expect(output.status).toBe(c.expected.status);
    if (c.expected.message !== undefined) expect(output.message).toBe(c.expected.message);
    expect(output.response).toHaveLength(c.expected.response.length);
    c.expected.response.forEach((want, i) => {
      const got = output.response[i]!;
      expect({ statusCode: got.statusCode, metadata: got.metadata }).toEqual({
        statusCode: want.statusCode,
        metadata: want.metadata,
      });
      if (want.errorStartsWith !== undefined) expect(got.error.startsWith(want.errorStartsWith)).toBe(true);
      else expect(got.error).toBe(want.error);
    });
    expect(JSON.stringify(output)).not.toContain(token);
    if (!refused) {
      expect(pinterest.received).toHaveLength(1);
      expect(pinterest.received[0]!.url).toBe(`/v5/ad_accounts/${account}/events`);
      expect(pinterest.received[0]!.headers.authorization).toBe(`Bearer ${token}`);
      expect(pinterest.received[0]!.body).toEqual({ data });
    }
  });
});
