// End to end: an event enriched by the sync in Chromium goes through the server's `process` and carries user_data.click_id.
import type { Browser } from 'playwright-core';
import { process } from '../../src';
import { buildBundle, DEFAULT_SETUP, launchChromium, Session, SyncServer } from './harness';

const destination = { ID: 'd', Config: { adAccountId: '549755885175', accessToken: 't' } };

let server: SyncServer;
let browser: Browser;
let origin: string;
let s: Session;

beforeAll(async () => {
  server = new SyncServer(buildBundle());
  server.setup = DEFAULT_SETUP;
  origin = `http://shop.example.test:${await server.start()}`;
  browser = await launchChromium();
  s = await Session.open(browser, server);
});

afterAll(async () => {
  await s?.close();
  await browser?.close();
  await server?.stop();
});

// Built in the page the way an analytics SDK would: no epik in the page URL, so only the sync can supply it.
const EVENT = `sync.enrich({
  type: 'track',
  event: 'Order Completed',
  messageId: 'msg-e2e-1',
  anonymousId: 'anon-1',
  timestamp: new Date().toISOString(),
  properties: { order_id: 'o-1', currency: 'USD', revenue: 25 },
  context: { ip: '203.0.113.9', userAgent: navigator.userAgent, page: { url: location.href } },
})`;

const userData = async (message: unknown) => {
  const [request] = await process({ destination, message });
  return request!.body.JSON.data[0]!.user_data;
};

it('the epik captured from the landing URL reaches Pinterest as user_data.click_id', async () => {
  await s.page.goto(`${origin}/landing?epik=dj0yJnU9ZTJlLWVwaWs`);
  await s.waitForPixels(3);
  await s.eval(`history.pushState({}, '', '/checkout')`);
  const message = await s.eval<{ context: { page: { url: string } } }>(EVENT);
  expect(message.context.page.url).toBe(`${origin}/checkout`);
  expect(message.context).toMatchObject({ providers: { pinterestCAPI: { epik: 'dj0yJnU9ZTJlLWVwaWs' } } });

  const user = await userData(message);
  expect(user.click_id).toBe('dj0yJnU9ZTJlLWVwaWs');
  expect(user.client_ip_address).toBe('203.0.113.9');
  expect(user.client_user_agent).toBe(await s.eval('navigator.userAgent'));
  expect(s.blocked).toEqual([]);
});

it('without the sync the same event has no click_id', async () => {
  const message = await s.eval<{ context: Record<string, unknown> }>(EVENT);
  delete message.context.providers;
  expect((await userData(message)).click_id).toBeUndefined();
});

it('consent denied: the event still carries ?epik= in its page URL, and the server drops click_id for consent:false', async () => {
  await s.page.goto(`${origin}/landing?epik=dj0yJnU9ZTJlLWVwaWs`);
  await s.eval(`sync = PinterestCapiSync.init({ pixelId: '111', consent: function () { return false; } })`);
  const message = await s.eval<{ context: { page: { url: string }; providers: unknown } }>(EVENT);
  expect(message.context.page.url).toBe(`${origin}/landing?epik=dj0yJnU9ZTJlLWVwaWs`);
  expect(message.context.providers).toEqual({ pinterestCAPI: { consent: false } });
  const [request] = await process({ destination, message });
  const event = request!.body.JSON.data[0]!;
  expect(event.user_data.click_id).toBeUndefined();
  expect(event.event_source_url).toBe(`${origin}/landing`);
  expect(s.blocked).toEqual([]);
});
