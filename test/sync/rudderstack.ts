// The browser tests both RudderStack JS SDKs (v3, v1.1) pass with `sync.attach(rudderanalytics)`: real SDK, local hosts.
import { useBrowserSessions } from './harness';
import { bundleSdk, DataPlane, type Delivered, fulfillJson, pinterestOf, throughServer } from './sdks';

export interface RudderSdk {
  /** ES module source that puts the SDK on the page, bundled by esbuild from node_modules. */
  entry: string;
  /** HTML after the page's setup script: loads the bundle as the snippet's script tag would. */
  tag: string;
}

const DATA_PLANE = 'acme-dataplane.rudderstack.com';

// The snippet's contract: `rudderanalytics` is an array until the SDK loads, each method pushes [method, ...args].
const STUB = `window.rudderanalytics = [];
  ['load', 'ready', 'page', 'track', 'identify', 'alias', 'group', 'reset'].forEach(function (m) {
    rudderanalytics[m] = function () { rudderanalytics.push([m].concat([].slice.call(arguments))); };
  });`;

/**
 * The page's script, in a site's order: snippet (stub, load, the calls it `queued`), then the sync (consent from
 * localStorage), `attach` unless told not to, then the site's `calls`.
 */
const page = (attach: boolean, calls = '', queued = '') => `${STUB}
  rudderanalytics.load('WRITE_KEY', 'https://${DATA_PLANE}', {});
  ${queued}
  window.__cb = [];
  window.cb = function (label) { return function () { __cb.push(label); }; };
  window.sync = PinterestCapiSync.init({ pixelId: '111',
    consent: function () { return localStorage.getItem('consent') !== 'no'; } });
  ${attach ? 'window.detach = sync.attach(rudderanalytics);' : ''}
  ${calls}`;

// Every argument form of each method (RudderStack's JS SDKs have no screen()); caller options of each kind.
const CALLS = [
  `page()`,
  `page(cb('p1'))`,
  `page({ section: 'p2' })`,
  `page({ section: 'p3' }, { context: { providers: { Other: { id: 3 } } } })`,
  `page({ section: 'p4' }, { providers: { Other: { id: 4 } } }, cb('p4'))`,
  `page('Home')`,
  `page('Home', cb('p6'))`,
  `page('Home', { section: 'p7' })`,
  `page('Home', { section: 'p8' }, { context: { campaign: { name: 'c8' } } }, cb('p8'))`,
  `page('Shop', 'Home')`,
  `page('Shop', 'Home', cb('p10'))`,
  `page('Shop', 'Home', { section: 'p11' })`,
  `page('Shop', 'Home', { section: 'p12' }, cb('p12'))`,
  `page('Shop', 'Home', { section: 'p13' }, { context: { providers: { pinterestCAPI: { keep: 13 } } } }, cb('p13'))`,
  `track('Order Completed')`,
  `track('T1', cb('t1'))`,
  `track('T2', { n: 2 })`,
  `track('T3', { n: 3 }, cb('t3'))`,
  `track('T4', { n: 4 }, { context: { providers: { Other: { id: 4 } } } })`,
  `track('T5', { n: 5 }, { providers: { Other: { id: 5 } }, integrations: { All: false } }, cb('t5'))`,
  `identify('u1')`,
  `identify('u1', cb('i1'))`,
  `identify('u1', { plan: 'a' })`,
  `identify('u1', { plan: 'b' }, { context: { providers: { Other: { id: 3 } } } }, cb('i3'))`,
  `identify({ plan: 'c' })`,
  `identify({ plan: 'd' }, { context: { active: true } }, cb('i5'))`,
  `group('g1')`,
  `group('g1', cb('g1'))`,
  `group('g1', { size: 2 })`,
  `group('g1', { size: 3 }, { context: { providers: { Other: {} } } }, cb('g3'))`,
  `group({ size: 4 })`,
  `group({ size: 5 }, { context: {} }, cb('g5'))`,
  `alias('to1')`,
  `alias('to1', cb('a1'))`,
  `alias('to1', 'from1')`,
  `alias('to1', 'from1', { context: { providers: { Other: {} } } }, cb('a3'))`,
  `alias('to1', { context: { note: 4 } })`,
  `alias('to1', null, cb('a5'))`,
];

type Bag = Record<string, unknown>;

// What differs between two sends of the same call (ids, clocks, the session) and what the sync adds.
function comparable(d: Delivered): Bag {
  const body: Bag = { ...d.body };
  for (const key of ['messageId', 'originalTimestamp', 'sentAt']) delete body[key];
  const context: Bag = { ...(body.context as Bag) };
  for (const key of ['sessionId', 'sessionStart']) delete context[key];
  const providers = { ...(context.providers as Bag) };
  delete providers.pinterestCAPI;
  if (Object.keys(providers).length) context.providers = providers;
  else delete context.providers;
  return { path: d.path, ...body, context };
}

export function rudderStackSuite(sdk: RudderSdk): void {
  let plane: DataPlane;
  const configRequests: string[] = [];
  const env = useBrowserSessions(
    (server) => {
      server.setup = page(true);
      server.after = sdk.tag;
    },
    () => {
      plane = new DataPlane();
      return {
        [DATA_PLANE]: plane.handle,
        // the source config endpoint, answered with the shape the SDKs read (a source, no destinations)
        'api.rudderstack.com': async (route, url) => {
          configRequests.push(url.pathname + url.searchParams.get('writeKey'));
          return fulfillJson(route, 200, {
            source: {
              id: 's1',
              name: 'shop',
              writeKey: 'WRITE_KEY',
              enabled: true,
              config: {},
              destinations: [],
            },
          });
        },
      };
    },
  );
  const origin = () => `http://shop.example.test:${env.port}`;
  const ready = () => env.s.eval(`new Promise(function (resolve) { rudderanalytics.ready(resolve); })`);
  const send = async (call: string) => {
    const count = plane.delivered.length;
    await env.s.eval(`rudderanalytics.${call}`);
    return (await plane.waitFor(count + 1))[count]!;
  };

  beforeAll(async () => {
    env.server.scripts.set('/sdk.js', await bundleSdk(sdk.entry));
  });

  it('every argument form of page/track/identify/group/alias: the epik in context.providers, the call unchanged', async () => {
    env.server.setup = page(false);
    await env.s.page.goto(`${origin()}/landing?epik=abc`);
    await ready();
    expect(configRequests.pop()).toBe('/sourceConfig/WRITE_KEY');
    // the SDK's own reading of each call, then the same calls with the sync attached to the loaded SDK
    const plain: Delivered[] = [];
    for (const call of CALLS) plain.push(await send(call));
    const plainCallbacks = await env.s.eval<string[]>('__cb.splice(0)');
    await env.s.eval(`rudderanalytics.reset(); window.detach = sync.attach(rudderanalytics)`);
    const attached: Delivered[] = [];
    for (const call of CALLS) attached.push(await send(call));

    expect(plane.delivered).toHaveLength(2 * CALLS.length);
    expect(plainCallbacks).toEqual(
      ['p1', 'p4', 'p6', 'p8', 'p10', 'p12', 'p13', 't1', 't3', 't5', 'i1', 'i3', 'i5'].concat([
        'g1',
        'g3',
        'g5',
        'a1',
        'a3',
        'a5',
      ]),
    );
    expect(await env.s.eval('__cb')).toEqual(plainCallbacks);
    CALLS.forEach((call, i) => {
      const own = call.includes('keep: 13') ? { keep: 13 } : undefined; // the caller's own pinterestCAPI options
      expect([call, pinterestOf(plain[i]!)]).toEqual([call, own]);
      expect([call, pinterestOf(attached[i]!)]).toEqual([call, { ...own, epik: 'abc' }]);
      expect([call, comparable(attached[i]!)]).toEqual([call, comparable(plain[i]!)]);
    });
    // spot checks of the SDK's reading, independent of the comparison above
    const at = (call: string) => attached[CALLS.indexOf(call)]!.body;
    expect(at(`page('Shop', 'Home', { section: 'p11' })`)).toMatchObject({
      type: 'page',
      name: 'Home',
      category: 'Shop',
      properties: { section: 'p11', name: 'Home', category: 'Shop' },
    });
    expect(at(`page({ section: 'p4' }, { providers: { Other: { id: 4 } } }, cb('p4'))`)).toMatchObject({
      properties: { section: 'p4' },
      context: { providers: { Other: { id: 4 }, pinterestCAPI: { epik: 'abc' } } },
    });
    expect(at(`track('T2', { n: 2 })`)).toMatchObject({ event: 'T2', properties: { n: 2 } });
    expect(
      at(
        `track('T5', { n: 5 }, { providers: { Other: { id: 5 } }, integrations: { All: false } }, cb('t5'))`,
      ),
    ).toMatchObject({ integrations: { All: false }, context: { providers: { Other: { id: 5 } } } });
    expect(at(`identify({ plan: 'c' })`)).toMatchObject({ userId: 'u1', context: { traits: { plan: 'c' } } });
    expect(at(`group('g1', { size: 2 })`)).toMatchObject({ groupId: 'g1', traits: { size: 2 } });
    expect(at(`alias('to1', 'from1')`)).toMatchObject({ userId: 'to1', previousId: 'from1' });
    for (const d of attached)
      expect(JSON.stringify(d.body.properties ?? {})).not.toMatch(/pinterestCAPI|providers/);

    // the caller's options object is not written to
    const options = await env.s.eval(`(function () {
      var o = { context: { providers: { Other: { id: 1 } } } };
      rudderanalytics.track('Mine', {}, o);
      return o;
    })()`);
    expect(options).toEqual({ context: { providers: { Other: { id: 1 } } } });

    // a landing epik through the server: click_id
    const { user } = await throughServer(at(`track('Order Completed')`), 'request_ip');
    expect(user).toMatchObject({ click_id: 'abc', client_ip_address: '203.0.113.9' });
  });

  it('attached to the snippet buffer before the SDK loads: queued, buffered and later calls carry the epik', async () => {
    env.server.setup = page(
      true,
      `rudderanalytics.page(); rudderanalytics.track('Order Completed', { revenue: 5 });`,
      `rudderanalytics.page('Queued', { q: 1 }, function () { window.__queued = true; });`,
    );
    await env.s.page.goto(`${origin()}/landing?epik=buffered`);
    const [queued, pageview, order] = await plane.waitFor(3);
    expect(await env.s.eval('Array.isArray(rudderanalytics)')).toBe(false); // the SDK replaced the buffer
    expect(queued!.body).toMatchObject({ type: 'page', name: 'Queued', properties: { q: 1 } });
    expect(pinterestOf(queued!)).toEqual({ epik: 'buffered' });
    expect([pageview!.path, pinterestOf(pageview!)]).toEqual(['/v1/page', { epik: 'buffered' }]);
    expect(order!.body).toMatchObject({ event: 'Order Completed', properties: { revenue: 5 } });
    expect(pinterestOf(order!)).toEqual({ epik: 'buffered' });
    await ready();
    expect(await env.s.eval('window.__queued')).toBe(true);
    expect(pinterestOf(await send(`track('Later')`))).toEqual({ epik: 'buffered' });
    expect((await throughServer(order!.body, 'request_ip')).user.click_id).toBe('buffered');
  });

  it('SPA navigation to a new epik, consent revoked (consent:false, no click_id), granted again; reload reads the cookie', async () => {
    await env.s.page.goto(`${origin()}/landing?epik=first`);
    await ready();
    expect(pinterestOf(await send(`track('Order Completed')`))).toEqual({ epik: 'first' });

    await env.s.eval(`history.pushState({}, '', '/product?epik=second')`);
    const spa = await send(`track('Order Completed')`);
    expect(pinterestOf(spa)).toEqual({ epik: 'second' });
    expect((await throughServer(spa.body, 'request_ip')).user.click_id).toBe('second');

    await env.s.eval(`localStorage.setItem('consent', 'no')`);
    const denied = await send(
      `track('Order Completed', {}, { context: { providers: { pinterestCAPI: { epik: 'mine' } } } })`,
    );
    expect(pinterestOf(denied)).toEqual({ consent: false });
    expect(await env.s.cookiesOnceSettled('_epik', [])).toEqual([]);
    const server = await throughServer(denied.body, 'request_ip');
    expect(server.user.click_id).toBeUndefined();
    expect(server.user.client_ip_address).toBe('203.0.113.9');
    expect(server.url).toBe(`${origin()}/product`); // the page URL still has ?epik=second: stripped

    await env.s.eval(`localStorage.setItem('consent', 'yes')`);
    expect(pinterestOf(await send(`page()`))).toEqual({ epik: 'second' });

    await env.s.page.goto(`${origin()}/checkout`);
    await ready();
    const reloaded = await send(`track('Order Completed')`);
    expect(pinterestOf(reloaded)).toEqual({ epik: 'second' });
    expect((await throughServer(reloaded.body, 'request_ip')).user.click_id).toBe('second');
  });

  it('consent denied from the start: buffered calls carry {consent: false}, nothing is fired or stored', async () => {
    await env.s.context.addInitScript(`localStorage.setItem('consent', 'no')`);
    env.server.setup = page(true, `rudderanalytics.page();`);
    await env.s.page.goto(`${origin()}/landing?epik=refused`);
    const [pageview] = await plane.waitFor(1);
    expect(pinterestOf(pageview!)).toEqual({ consent: false });
    const server = await throughServer(pageview!.body, 'request_ip');
    expect(server.user.click_id).toBeUndefined();
    expect(server.url).toBe(`${origin()}/landing`);
    expect(env.s.pixels).toEqual([]);
    expect(await env.s.cookiesOnceSettled('_epik', [])).toEqual([]);
  });

  it('attach is idempotent; detach gives the SDK back its own methods', async () => {
    await env.s.page.goto(`${origin()}/landing?epik=abc`);
    await ready();
    expect(
      await env.s.eval(`(function () {
        var track = rudderanalytics.track;
        var again = sync.attach(rudderanalytics);
        return [again === sync.attach(rudderanalytics), rudderanalytics.track === track];
      })()`),
    ).toEqual([true, true]);
    expect(pinterestOf(await send(`track('Once', {}, { context: { providers: { Other: {} } } })`))).toEqual({
      epik: 'abc',
    });
    await env.s.eval(`sync.attach(rudderanalytics)(); detach()`);
    const after = await send(`track('Detached')`);
    expect(pinterestOf(after)).toBeUndefined();
    // the global is a plain property again, and attaching once more works
    expect(await env.s.eval(`typeof Object.getOwnPropertyDescriptor(window, 'rudderanalytics').get`)).toBe(
      'undefined',
    );
    await env.s.eval(`sync.attach(rudderanalytics)`);
    expect(pinterestOf(await send(`track('Again')`))).toEqual({ epik: 'abc' });
  });
}
