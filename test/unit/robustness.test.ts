// Bad input gets a typed §13 error with a one-sentence message, never a crash; any JSON gives a valid event or an error.
import fc from 'fast-check';
import {
  BaseError,
  ConfigurationError,
  InstrumentationError,
} from '@rudderstack/integrations-lib/build/errors';
import { process as processEvent } from '../../src';
import { schemaErrors, emptyValuePaths } from '../support/pinterest-schema';

const NOW = Date.parse('2026-01-15T12:00:00.000Z');
const destination = {
  ID: 'robust',
  Config: { adAccountId: '549755885175', accessToken: 'robust-secret-token' },
};
const good = {
  type: 'track',
  event: 'Order Completed',
  messageId: 'm-1',
  anonymousId: 'a-1',
  timestamp: '2026-01-15T11:00:00Z',
  context: { ip: '203.0.113.7', userAgent: 'UA/1.0' },
};

beforeAll(() => {
  jest.spyOn(Date, 'now').mockReturnValue(NOW);
});
afterAll(() => jest.restoreAllMocks());

async function outcome(message: unknown, config: unknown = destination.Config, noConfig = false) {
  try {
    return {
      requests: await processEvent({
        message,
        metadata: { jobId: 1 },
        destination: { ...destination, Config: noConfig ? undefined : config } as never,
      }),
    };
  } catch (e) {
    return { error: e as BaseError };
  }
}

const oneSentence = (m: string) => m.length > 0 && m.length < 200 && !/\n/.test(m);

describe('bad input gets the §13 error class with a one-sentence message', () => {
  it.each([
    ['a message without type', { ...good, type: undefined }, InstrumentationError, 'message has no type'],
    [
      'a non-string event name',
      { ...good, event: 42 },
      InstrumentationError,
      'track event has no event name: set "event" to a non-empty string',
    ],
    [
      'a timestamp far in the future',
      { ...good, timestamp: '2030-01-01T00:00:00Z' },
      InstrumentationError,
      "event_time 2030-01-01T00:00:00.000Z is more than 5 minutes in the future; Pinterest rejects it (check the sender's clock)",
    ],
    [
      'a timestamp far in the past',
      { ...good, timestamp: '2001-01-01T00:00:00Z' },
      InstrumentationError,
      'event_time 2001-01-01T00:00:00.000Z is older than 7 days; Pinterest rejects it',
    ],
    [
      'an identify call',
      { ...good, type: 'identify' },
      InstrumentationError,
      'message type "identify" is not supported by Pinterest Conversions API',
    ],
    ['a whole message that is a string', 'hello', InstrumentationError, 'message must be a JSON object'],
    ['a message that is an array', [good], InstrumentationError, 'message must be a JSON object'],
  ])('%s', async (_, message, cls, text) => {
    const { error } = await outcome(message);
    expect(error).toBeInstanceOf(cls);
    expect(error?.status).toBe(400);
    expect(error?.message).toBe(text);
    expect(oneSentence(error!.message)).toBe(true);
  });

  it('a missing config is a ConfigurationError', async () => {
    const { error } = await outcome(good, undefined, true);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error?.message).toBe('destination config is missing: set adAccountId and accessToken');
  });

  it('properties: null is an event without custom data', async () => {
    const { requests } = await outcome({ ...good, properties: null });
    const event = requests![0]!.body.JSON.data[0]!;
    expect(event.event_name).toBe('checkout');
    expect(event.custom_data).toBeUndefined();
  });

  it('a string where an object belongs is read as absent', async () => {
    const { requests } = await outcome({
      ...good,
      properties: 'oops',
      context: { ...good.context, traits: 'oops', page: 7 },
    });
    expect(requests).toHaveLength(1);
    expect(schemaErrors(requests!.flatMap((r) => r.body.JSON.data))).toEqual([]);
  });

  it('a 10,000-element products array is mapped in full', async () => {
    const products = Array.from({ length: 10_000 }, (_, i) => ({
      product_id: `p${i}`,
      price: 1.1,
      quantity: 1,
    }));
    const { requests } = await outcome({ ...good, properties: { products } });
    const cd = requests![0]!.body.JSON.data[0]!.custom_data as Record<string, unknown>;
    expect((cd.content_ids as string[]).length).toBe(10_000);
    expect(cd.num_items).toBe(10_000);
    expect(cd.value).toBe('11000');
  });

  it('an unmapped event is filtered with status 298', async () => {
    const { error } = await outcome({ ...good, event: 'Wishlist Shared' });
    expect(error).toBeInstanceOf(BaseError);
    expect(error?.status).toBe(298);
    expect(error?.message).toBe('event "Wishlist Shared" is not mapped to a Pinterest event');
  });
});

// Values of every JSON type at the paths the mapping reads, so the property test reaches the code behind them.
const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    '',
    ' ',
    'Jane@Example.com',
    '+1 650 555 1212',
    'New York',
    'DEU',
    '1990-05-17',
    'F',
    '10001-1234',
    'a'.repeat(64),
  ),
  fc.double(),
  fc.constant(null),
);
/** Mostly a plausible value, sometimes anything: enough events get through to test the success path too. */
const mostly = <T>(likely: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: likely, weight: 5 }, { arbitrary: anyValue, weight: 1 });
const eventName = fc.oneof(
  fc.constantFrom(
    'Order Completed',
    'Product Added',
    'product_viewed',
    'Products Searched',
    'Cart Viewed',
    'Signed Up',
    'Unmapped Thing',
  ),
  fc.string(),
  anyValue,
);
const product = fc.dictionary(
  fc.constantFrom('product_id', 'sku', 'id', 'price', 'quantity', 'name', 'category', 'brand'),
  anyValue,
);
const message = fc.record(
  {
    type: mostly(fc.constantFrom('track', 'page', 'screen', 'TRACK', 'identify')),
    event: eventName,
    name: eventName,
    messageId: mostly(fc.string({ minLength: 1 })),
    anonymousId: anyValue,
    userId: anyValue,
    timestamp: mostly(fc.constantFrom('2026-01-15T11:00:00Z', 1768470000, 1768470000000)),
    channel: fc.oneof(fc.constantFrom('web', 'mobile', 'server'), anyValue),
    properties: fc.oneof(
      fc.record(
        {
          products: fc.oneof(fc.array(fc.oneof(product, anyValue), { maxLength: 5 }), anyValue),
          price: anyValue,
          quantity: anyValue,
          value: anyValue,
          revenue: anyValue,
          currency: anyValue,
          order_id: anyValue,
          query: anyValue,
          email: anyValue,
          opt_out_type: anyValue,
        },
        { requiredKeys: [] },
      ),
      anyValue,
    ),
    context: mostly(
      fc.record(
        {
          ip: mostly(fc.constantFrom('203.0.113.7', '2001:db8::1')),
          userAgent: mostly(fc.constant('Mozilla/5.0')),
          locale: anyValue,
          traits: mostly(
            fc.dictionary(
              fc.constantFrom(
                'email',
                'phone',
                'firstName',
                'gender',
                'birthday',
                'city',
                'state',
                'zip',
                'country',
                'address',
              ),
              anyValue,
            ),
          ),
          device: fc.oneof(
            fc.dictionary(
              fc.constantFrom('advertisingId', 'type', 'manufacturer', 'adTrackingEnabled'),
              anyValue,
            ),
            anyValue,
          ),
          page: fc.oneof(fc.dictionary(fc.constantFrom('url', 'search'), anyValue), anyValue),
          providers: anyValue,
        },
        { requiredKeys: ['ip', 'userAgent'] },
      ),
    ),
  },
  { requiredKeys: ['type', 'messageId', 'timestamp', 'context'] },
);

it('any message gives schema-valid events or a §13 error, never a crash', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.oneof({ arbitrary: message, weight: 9 }, { arbitrary: fc.jsonValue(), weight: 1 }),
      async (m) => {
        const { requests, error } = await outcome(m);
        if (error) {
          expect(error).toBeInstanceOf(BaseError);
          expect([400, 298]).toContain(error.status);
          expect(error.message).not.toContain('robust-secret-token');
          return;
        }
        const events = requests!.flatMap((r) => r.body.JSON.data);
        expect(schemaErrors(events)).toEqual([]);
        expect(emptyValuePaths(events)).toEqual([]);
      },
    ),
    { numRuns: 3000 },
  );
});
