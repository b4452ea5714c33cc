// Segment analytics-next (@segment/analytics-next from npm) with `analytics.register(sync.plugin)`: real SDK, local hosts.
import { useBrowserSessions } from './harness';
import { bundleSdk, DataPlane, type Delivered, fulfillJson, pinterestOf, throughServer } from './sdks';

const WRITE_KEY = 'WRITE_KEY';

// Registered before the settings arrive, as a site's first lines would; `load` fetches them from the CDN.
const PAGE = `
  window.sync = PinterestCapiSync.init({ pixelId: '111',
    consent: function () { return localStorage.getItem('consent') !== 'no'; } });
  window.analytics = AnalyticsBrowser.load({ writeKey: '${WRITE_KEY}' });
  analytics.register(sync.plugin);`;

let plane: DataPlane;
const settingsRequests: string[] = [];
const env = useBrowserSessions(
  (server) => {
    server.setup = `void 0`;
    server.after = `<script src="/sdk.js"></script><script>${PAGE}</script>`;
  },
  () => {
    plane = new DataPlane();
    return {
      'api.segment.io': plane.handle,
      // the project settings the CDN serves: Segment.io delivery only, no metrics
      'cdn.segment.com': async (route, url) => {
        settingsRequests.push(url.pathname);
        return fulfillJson(route, 200, {
          integrations: { 'Segment.io': { apiKey: WRITE_KEY, apiHost: 'api.segment.io/v1' } },
          plan: { track: { __default: { enabled: true } } },
          metrics: { sampleRate: 0 },
        });
      },
    };
  },
);
const origin = () => `http://shop.example.test:${env.port}`;

const send = async (call: string): Promise<Delivered> => {
  const count = plane.delivered.length;
  await env.s.eval(`analytics.${call}`);
  return (await plane.waitFor(count + 1))[count]!;
};

beforeAll(async () => {
  env.server.scripts.set(
    '/sdk.js',
    await bundleSdk(
      `import { AnalyticsBrowser } from '@segment/analytics-next'; window.AnalyticsBrowser = AnalyticsBrowser;`,
    ),
  );
});

it('every event type leaves analytics-next with the epik in context.providers, caller providers merged', async () => {
  await env.s.page.goto(`${origin()}/landing?epik=abc`);
  const calls: Array<[string, string, Record<string, unknown>]> = [
    [`page()`, '/v1/p', { type: 'page' }],
    [
      `page('Shop', 'Home', { section: 's' }, { context: { providers: { Other: { id: 1 } } } })`,
      '/v1/p',
      { name: 'Home', category: 'Shop' },
    ],
    [
      `track('Order Completed', { revenue: 5 })`,
      '/v1/t',
      { event: 'Order Completed', properties: { revenue: 5 } },
    ],
    [`identify('u1', { plan: 'a' })`, '/v1/i', { userId: 'u1', traits: { plan: 'a' } }],
    [`group('g1', { size: 2 })`, '/v1/g', { groupId: 'g1', traits: { size: 2 } }],
    [`alias('to1', 'from1')`, '/v1/a', { type: 'alias', previousId: 'from1' }],
    [`screen('Home')`, '/v1/s', { type: 'screen', name: 'Home' }],
  ];
  for (const [call, path, fields] of calls) {
    const d = await send(call);
    expect([call, d.path]).toEqual([call, path]);
    expect(d.body).toMatchObject(fields);
    expect([call, pinterestOf(d)]).toEqual([call, { epik: 'abc' }]);
    expect(JSON.stringify(d.body.properties ?? {})).not.toMatch(/pinterestCAPI|providers/);
  }
  expect((plane.delivered[1]!.body.context as { providers: unknown }).providers).toEqual({
    Other: { id: 1 },
    pinterestCAPI: { epik: 'abc' },
  });
  expect(settingsRequests).toEqual([`/v1/projects/${WRITE_KEY}/settings`]);
  const { user } = await throughServer(plane.delivered[2]!.body, 'context.ip');
  expect(user).toMatchObject({ click_id: 'abc', client_ip_address: '203.0.113.9' });
});

it('SPA navigation to a new epik, consent revoked (consent:false, no click_id), reload reads the cookie', async () => {
  await env.s.page.goto(`${origin()}/landing?epik=first`);
  expect(pinterestOf(await send(`track('Order Completed')`))).toEqual({ epik: 'first' });

  await env.s.eval(`history.pushState({}, '', '/product?epik=second')`);
  const spa = await send(`track('Order Completed')`);
  expect(pinterestOf(spa)).toEqual({ epik: 'second' });
  expect((await throughServer(spa.body, 'context.ip')).user.click_id).toBe('second');

  await env.s.page.goto(`${origin()}/checkout`);
  const reloaded = await send(`track('Order Completed')`);
  expect(pinterestOf(reloaded)).toEqual({ epik: 'second' });
  expect((await throughServer(reloaded.body, 'context.ip')).user.click_id).toBe('second');

  await env.s.eval(`localStorage.setItem('consent', 'no'); history.pushState({}, '', '/thanks?epik=third')`);
  const denied = await send(`track('Order Completed')`);
  expect(pinterestOf(denied)).toEqual({ consent: false });
  const server = await throughServer(denied.body, 'context.ip');
  expect(server.user.click_id).toBeUndefined();
  expect(server.url).toBe(`${origin()}/thanks`);
  expect(env.s.pixels.map((u) => new URL(u).searchParams.get('pd[epik]'))).toEqual(['first', 'second']);
  expect(await env.s.cookiesOnceSettled('_epik', [])).toEqual([]);
});
