// Golden fixtures for delivery (SPEC §9): each Pinterest answer, served on loopback, mapped to one status per job.
import { createServer } from 'node:net';
import { deliver } from '../../src';
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

beforeAll(async () => {
  baseUrl = await pinterest.start();
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  closedPortUrl = `http://127.0.0.1:${(probe.address() as { port: number }).port}`;
  await new Promise<void>((r) => probe.close(() => r()));
});
afterAll(async () => {
  await closePools();
  await pinterest.stop();
  delete process.env.PINTEREST_API_BASE_URL;
  delete process.env.PINTEREST_TIMEOUT_MS;
});

describe.each(listCases('delivery'))('%s', (file) => {
  const c = readCase<DeliveryCase>('delivery', file);

  it(c.description, async () => {
    const refused = 'fault' in c.pinterest && c.pinterest.fault === 'refused';
    const url = refused ? closedPortUrl : baseUrl;
    process.env.PINTEREST_API_BASE_URL = url;
    process.env.PINTEREST_TIMEOUT_MS =
      'fault' in c.pinterest && c.pinterest.fault === 'timeout' ? '300' : '5000';
    pinterest.answer = c.pinterest;
    pinterest.received = [];
    const account = c.adAccountId ?? (base.destination.Config.adAccountId as string);
    const data = expandMarkers(c.events);

    const output = await deliver({
      version: '1',
      type: 'REST',
      method: 'POST',
      endpoint: `${url}/v5/ad_accounts/${account}/events`,
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      params: {},
      body: { JSON: { data } as never, JSON_ARRAY: {}, XML: {}, FORM: {} },
      files: {},
      metadata: c.metadata,
      destinationConfig: base.destination.Config,
    });

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
