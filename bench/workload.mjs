// The SPEC §14 workload: 40 % Order Completed (3 products, full PII), 30 % Product Added, 30 % page; 2,000 users
// (`users` changes that number, e.g. to measure the path of users not seen before; the first 2,000 stay the same).
// Envelopes look like the host's (destination definition, job metadata, `channel`), so that a peer transformer
// (bench/peer.mjs) can be fed exactly the same messages.
const UA =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15';
const CITIES = [
  ['San Francisco', 'California', '94107-1234'],
  ['New York', 'NY', '10001'],
  ['Austin', 'Texas', '73301'],
];

// externalIdFrom userId: the peer can only send external_id from userId; both hash the same value.
export const destination = () => ({
  ID: 'bench-dest',
  Name: 'Pinterest CAPI (bench)',
  Enabled: true,
  WorkspaceID: 'bench-ws',
  DestinationDefinition: {
    ID: 'bench-def',
    Name: 'PINTEREST_CAPI',
    DisplayName: 'Pinterest Conversions API',
  },
  Config: {
    adAccountId: '549755885175',
    accessToken: 'bench-token',
    partnerName: 'ss-bench',
    externalIdFrom: 'userId',
  },
});

/** Area code 415 for the first 10,000 users, then one per 10,000 (every user its own phone number). */
const areaCode = (u) => (u < 10_000 ? 415 : 200 + (Math.floor(u / 10_000) % 800));

function user(u) {
  const [city, state, zip] = CITIES[u % CITIES.length];
  return {
    email: `Shopper.${u}@Example.com`,
    phone: `+1 (${areaCode(u)}) 555-${String(u % 10000).padStart(4, '0')}`,
    firstName: `First${u}`,
    lastName: `Last${u}`,
    gender: u % 2 ? 'female' : 'male',
    birthday: `19${70 + (u % 30)}-0${1 + (u % 9)}-1${u % 10}`,
    address: { city, state, postalCode: zip, country: 'United States' },
  };
}

/** The workload's distinct users (SPEC §14). */
export const USERS = 2000;

/** Message number i of the workload (deterministic), timestamped a minute before `now`. */
export function message(i, now = Date.now(), users = USERS) {
  const u = i % users;
  const r = i % 10;
  const base = {
    messageId: `bench-${i}`,
    anonymousId: `anon-${u}`,
    userId: `user-${u}`,
    channel: 'web',
    timestamp: new Date(now - 60_000).toISOString(),
    context: {
      ip: `203.0.113.${u % 250}`,
      userAgent: UA,
      locale: 'en-US',
      traits: user(u),
      page: { url: `https://shop.example.com/p/${u}` },
    },
  };
  if (r < 4) {
    return {
      ...base,
      type: 'track',
      event: 'Order Completed',
      properties: {
        order_id: `order-${i}`,
        currency: 'USD',
        products: [1, 2, 3].map((k) => ({
          product_id: `sku-${k}`,
          name: `Product ${k}`,
          price: 9.99 * k,
          quantity: k,
          category: 'Kitchen',
          brand: 'Acme',
        })),
      },
    };
  }
  if (r < 7) {
    return {
      ...base,
      type: 'track',
      event: 'Product Added',
      properties: { product_id: `sku-${u % 50}`, name: 'Mug', price: 19.99, quantity: 1, currency: 'USD' },
    };
  }
  return { ...base, type: 'page', name: 'Product', properties: { url: `https://shop.example.com/p/${u}` } };
}

/**
 * `count` host inputs starting at `from`, as freshly parsed JSON (every input its own objects). `makeDestination`
 * gives the destination object of each input (ours by default; bench/peer.mjs passes the peer's).
 */
export const inputs = (from, count, now, makeDestination = destination, users = USERS) =>
  JSON.parse(
    JSON.stringify(
      Array.from({ length: count }, (_, k) => ({
        message: message(from + k, now, users),
        metadata: {
          jobId: from + k + 1,
          destinationId: 'bench-dest',
          workspaceId: 'bench-ws',
          sourceId: 'bench-src',
        },
        destination: makeDestination(),
      })),
    ),
  );
