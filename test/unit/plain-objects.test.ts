// Events are plain data: every object in what process and the router give is a plain object (prototype
// Object.prototype, own enumerable keys only) or an array, whichever way the core builds it (mapping/engine.ts).
import { process as processEvent, processRouterDest } from '../../src';

const NOW = Date.parse('2026-01-15T12:00:00.000Z');
const destination = { ID: 'plain', Config: { adAccountId: '549755885175', accessToken: 'plain-token' } };
const context = {
  ip: '203.0.113.7',
  userAgent: 'UA/1.0',
  locale: 'en-US',
  traits: { email: 'a@example.com', phone: '+14155550123', address: { city: 'Austin', country: 'US' } },
};
const messages = [
  {
    type: 'track',
    event: 'Order Completed',
    messageId: 'm-web',
    userId: 'u-1',
    timestamp: '2026-01-15T11:00:00.000Z',
    context,
    properties: {
      order_id: 'o-1',
      currency: 'usd',
      products: [{ product_id: 'p-1', price: 2, quantity: 3 }],
    },
  },
  {
    type: 'track',
    event: 'Product Viewed',
    messageId: 'm-app',
    anonymousId: 'a-1',
    channel: 'mobile',
    timestamp: '2026-01-15T11:00:00.000Z',
    context: {
      ...context,
      app: { name: 'Shop', namespace: 'com.example.shop', version: '1.2' },
      device: { advertisingId: 'ad-1', manufacturer: 'Apple', model: 'iPhone' },
      os: { name: 'iOS', version: '17.0' },
    },
    properties: { product_id: 'p-2', price: 5 },
  },
];

beforeAll(() => jest.spyOn(Date, 'now').mockReturnValue(NOW));
afterAll(() => jest.restoreAllMocks());

/** A JSON round trip gives plain objects: toStrictEqual also compares each object's type. */
const expectPlain = (value: unknown) => expect(value).toStrictEqual(JSON.parse(JSON.stringify(value)));

it('process gives plain objects, app_info, device_info, custom_data and contents included', async () => {
  for (const message of messages) {
    const requests = await processEvent({ message, destination });
    const [event] = requests[0]?.body.JSON.data ?? [];
    expect(Object.keys(event?.custom_data ?? {})).not.toHaveLength(0);
    expect(Object.keys(event?.device_info ?? {})).not.toHaveLength(0);
    expectPlain(requests);
  }
  const [app] = (await processEvent({ message: messages[1], destination }))[0]?.body.JSON.data ?? [];
  expect(app?.app_info).toMatchObject({ app_name: 'Shop' });
  expect(Object.getPrototypeOf(app?.user_data)).toBe(Object.prototype);
});

it('the router gives plain objects', async () => {
  const out = await processRouterDest(
    messages.map((message, i) => ({ message, destination, metadata: { jobId: i } })),
  );
  expect(out).toHaveLength(1);
  expectPlain(out);
});
