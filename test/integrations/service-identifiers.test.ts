// GET /metrics counts the identifiers sent (issue 12): per user_data key and route, how many Pinterest events carry
// it, so that an operator can watch match quality (em share, click_id share, …) in the dashboards they already have.
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/service/app';
import { settingsWith } from '../../src/service/settings';

let app: FastifyInstance;
let url = '';
beforeAll(async () => {
  app = buildApp({ logStream: { write: () => undefined }, settings: settingsWith({ logLevel: 'silent' }) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(() => app.close());

const destination = {
  ID: 'd1',
  WorkspaceID: 'w1',
  Config: { adAccountId: '549755885175', accessToken: 't' },
};
const ip = { ip: '203.0.113.7', userAgent: 'UA/1' };
const message = (id: string, context: Record<string, unknown>) => ({
  type: 'page',
  messageId: id,
  anonymousId: `anon-${id}`,
  timestamp: new Date().toISOString(),
  context,
});
// What each message carries, and so (SPEC §6.2) which user_data keys its event has.
const messages = [
  message('a', { ...ip, traits: { email: 'a@example.com' } }), // em, ip, ua, external_id (anonymousId)
  message('b', { ...ip, traits: { email: 'b@example.com', phone: '+14155550100' } }), // + ph
  message('c', { ...ip, page: { url: 'https://shop.example.com/?epik=dj0yJnU9abc' } }), // + click_id, no em
  message('d', { traits: { email: 'd@example.com' } }), // em only, and external_id
];
const inputs = messages.map((m, i) => ({ message: m, metadata: { jobId: i + 1 }, destination }));

const post = async (path: string, body: unknown) => {
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return res.json() as Promise<unknown>;
};
const counter = (text: string, feature: string, key: string) =>
  Number(
    new RegExp(`^pinterest_capi_identifiers_total\\{feature="${feature}",key="${key}"\\} (\\d+)$`, 'm').exec(
      text,
    )?.[1] ?? 0,
  );

it('counts, per route and user_data key, the events carrying it', async () => {
  const router = (await post('/routerTransform', { input: inputs, destType: 'pinterest_capi' })) as {
    output: { batchedRequest: { body: { JSON: { data: { user_data: Record<string, unknown> }[] } } } }[];
  };
  const events = router.output.flatMap((o) => o.batchedRequest.body.JSON.data);
  expect(events).toHaveLength(4);
  await post('/v0/destinations/pinterest_capi', inputs.slice(0, 2));
  await post('/batch', { input: inputs.slice(3), destType: 'pinterest_capi' });

  const text = await (await fetch(`${url}/metrics`)).text();
  expect(counter(text, 'router', 'em')).toBe(3);
  expect(counter(text, 'router', 'ph')).toBe(1);
  expect(counter(text, 'router', 'click_id')).toBe(1);
  expect(counter(text, 'router', 'client_ip_address')).toBe(3);
  expect(counter(text, 'router', 'client_user_agent')).toBe(3);
  expect(counter(text, 'router', 'hashed_maids')).toBe(0);
  // Every key: as many as the events of the answer that carry it.
  for (const key of ['em', 'ph', 'external_id', 'click_id', 'client_ip_address', 'ge', 'fn'])
    expect(counter(text, 'router', key)).toBe(events.filter((e) => key in e.user_data).length);
  expect(counter(text, 'processor', 'em')).toBe(2);
  expect(counter(text, 'processor', 'ph')).toBe(1);
  expect(counter(text, 'batch', 'em')).toBe(1);
  expect(counter(text, 'batch', 'client_ip_address')).toBe(0);
  // Only Pinterest's user_data keys are label values.
  const keys = [...text.matchAll(/pinterest_capi_identifiers_total\{feature="\w+",key="(\w+)"\}/g)].map(
    (m) => m[1],
  );
  expect(keys.length).toBeGreaterThan(0);
  for (const key of keys)
    expect([
      'click_id',
      'client_ip_address',
      'client_user_agent',
      'country',
      'ct',
      'db',
      'em',
      'external_id',
      'fn',
      'ge',
      'hashed_maids',
      'ln',
      'partner_id',
      'ph',
      'st',
      'zp',
    ]).toContain(key);
});
