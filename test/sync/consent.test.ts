// Browser tests of consent: denied → nothing read, written or fired, our cookies (every domain) deleted, events marked consent:false.
import { pixelParams, useBrowserSessions } from './harness';

const SETUP = `window.sync = PinterestCapiSync.init({ pixelId: '111', extraPixelIds: ['222'],
  consent: function () { return localStorage.getItem('consent') !== 'no'; } });`;

const env = useBrowserSessions(SETUP);
const origin = () => `http://shop.example.test:${env.port}`;

const DENIED = (type: string) => ({ type, context: { providers: { pinterestCAPI: { consent: false } } } });

/** Our cookies (`name@domain`) are these, once the page's writes have reached the cookie store. */
const expectOurCookies = async (expected: string[]) =>
  expect(await env.s.cookiesOnceSettled('_epik', expected)).toEqual(expected);

it('consent denied: nothing read, written or fired; existing _epik and markers deleted on every domain', async () => {
  await env.s.page.goto(`${origin()}/landing?epik=abc`);
  await env.s.waitForPixels(2);
  await env.s.context.addCookies([{ name: '_epik', value: 'hostonly', url: `${origin()}/` }]);
  await expectOurCookies(['_epik@.example.test', '_epik@shop.example.test', '_epik_sent@.example.test']);

  await env.s.eval(`localStorage.setItem('consent', 'no')`);
  await env.s.page.goto(`${origin()}/next?epik=def`);
  await expectOurCookies([]);
  expect(await env.s.eval('sync.getEpik()')).toBeUndefined();
  // the landing URL still carries ?epik=def: the marker tells the server not to use it (SPEC §6.6)
  expect(await env.s.eval(`sync.enrich({ type: 'track' })`)).toEqual(DENIED('track'));
  expect(await env.s.eval(`sync.plugin.page({ event: { type: 'page' } })`)).toEqual({
    event: DENIED('page'),
  });
  expect(
    await env.s.eval(
      `sync.enrich({ context: { providers: { Other: {}, pinterestCAPI: { epik: 'stale' } } } })`,
    ),
  ).toEqual({ context: { providers: { Other: {}, pinterestCAPI: { consent: false } } } });
  expect(await env.s.eval('window.__images')).toEqual([]);
  expect(await env.s.eval('window.__cookieReads')).toBe(0);
  const writes = await env.s.eval<string[]>('window.__cookieWrites');
  expect(writes.length).toBeGreaterThan(0);
  for (const w of writes)
    expect(w).toMatch(/^_epik(_sent)?=; Max-Age=0; Path=\/; SameSite=Lax(; Domain=[a-z.]+)?$/);
  expect(writes).toContain('_epik=; Max-Age=0; Path=/; SameSite=Lax'); // host-only
  expect(writes).toContain('_epik=; Max-Age=0; Path=/; SameSite=Lax; Domain=example.test');
  expect(writes).toContain('_epik_sent=; Max-Age=0; Path=/; SameSite=Lax; Domain=example.test');
  // deleted once; later checks neither read nor write
  const count = writes.length;
  await env.s.eval('sync.getEpik(); sync.enrich({})');
  expect(await env.s.eval('window.__cookieWrites.length')).toBe(count);
  expect(await env.s.eval('window.__cookieReads')).toBe(0);
  expect(env.s.pixels).toHaveLength(2);

  // consent given later in the same page: the URL's epik is captured at the next check
  await env.s.eval(`localStorage.setItem('consent', 'yes')`);
  expect(await env.s.eval('sync.getEpik()')).toBe('def');
  expect(await env.s.eval(`sync.enrich({})`)).toEqual({
    context: { providers: { pinterestCAPI: { epik: 'def' } } },
  });
  const pixels = await env.s.waitForPixels(4);
  expect(pixels.slice(2).map((u) => pixelParams(u).epik)).toEqual(['def', 'def']);
  await expectOurCookies(['_epik@.example.test', '_epik_sent@.example.test']);
});

it('consent withdrawn while the page is open: the next event is marked consent:false and the cookies go', async () => {
  await env.s.page.goto(`${origin()}/landing?epik=abc`);
  await env.s.waitForPixels(2);
  expect(await env.s.eval('sync.getEpik()')).toBe('abc');
  await env.s.eval(`localStorage.setItem('consent', 'no')`);
  expect(await env.s.eval(`sync.enrich({ type: 'track' })`)).toEqual(DENIED('track'));
  await expectOurCookies([]);
  await env.s.eval(`history.pushState({}, '', '/other?epik=zzz')`);
  expect(await env.s.eval('window.__images')).toHaveLength(2);
  expect(env.s.pixels).toHaveLength(2);
});

it('a consent() that throws counts as denied', async () => {
  env.server.setup = `window.sync = PinterestCapiSync.init({ pixelId: '111',
    consent: function () { throw new Error('consent manager not ready'); } });`;
  await env.s.page.goto(`${origin()}/landing?epik=abc`);
  expect(await env.s.eval('sync.getEpik()')).toBeUndefined();
  expect(await env.s.eval(`sync.enrich({})`)).toEqual({
    context: { providers: { pinterestCAPI: { consent: false } } },
  });
  expect(await env.s.eval('window.__images')).toEqual([]);
  expect(await env.s.eval('window.__cookieReads')).toBe(0);
  await expectOurCookies([]);
});
