// Request envelopes (SPEC §3.2) share no object: a host that changes one request changes no other.
import { process as processEvent, processRouterDest } from '../../src';

const NOW = Date.parse('2026-01-15T12:00:00.000Z');
const destination = {
  ID: 'envelope',
  Config: { adAccountId: '549755885175', accessToken: 'envelope-token', testMode: true },
};
const message = (i: number) => ({
  type: 'track',
  event: 'Order Completed',
  messageId: `m-${i}`,
  anonymousId: `a-${i}`,
  timestamp: '2026-01-15T11:00:00.000Z',
  context: { ip: '203.0.113.7', userAgent: 'UA/1.0' },
  properties: { order_id: `o-${i}`, value: 10 },
});

beforeAll(() => {
  jest.spyOn(Date, 'now').mockReturnValue(NOW);
});
afterAll(() => jest.restoreAllMocks());

it('process: mutating one request’s headers, params and body leaves the next request as specified', async () => {
  const [first] = await processEvent({ message: message(1), destination });
  if (!first) throw new Error('no request');
  first.headers.Authorization = 'changed';
  first.headers['X-Extra'] = 'added';
  first.params.test = false;
  (first.body.JSON_ARRAY as Record<string, unknown>).x = 1;
  (first.files as Record<string, unknown>).x = 1;
  const [second] = await processEvent({ message: message(2), destination });
  expect(second?.headers).toEqual({
    'Content-Type': 'application/json',
    Authorization: 'Bearer envelope-token',
  });
  expect(second?.params).toEqual({ test: true });
  expect(second?.body).toEqual({
    JSON: { data: [expect.objectContaining({ event_id: 'm-2' })] },
    JSON_ARRAY: {},
    XML: {},
    FORM: {},
  });
  expect(second?.files).toEqual({});
});

it('router: two batches of one call share no header or params object', async () => {
  const config = { ...destination.Config, batchSize: 1 };
  const out = await processRouterDest(
    [1, 2].map((i) => ({
      message: message(i),
      destination: { ...destination, Config: config },
      metadata: { jobId: i },
    })),
  );
  const [a, b] = out.map((o) => (o.batched ? o.batchedRequest : undefined));
  if (!a || !b) throw new Error('expected two batches');
  expect(a.headers).not.toBe(b.headers);
  expect(a.params).not.toBe(b.params);
  a.headers.Authorization = 'changed';
  a.params.test = false;
  expect(b.headers.Authorization).toBe('Bearer envelope-token');
  expect(b.params).toEqual({ test: true });
});
