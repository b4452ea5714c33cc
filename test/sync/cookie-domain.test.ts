// Browser tests of the cookie's domain and attributes: registrable domain by probing, host-only on localhost/IPs, Secure on https.
import { HTTPS_HOST, useBrowserSessions } from './harness';

const env = useBrowserSessions(`window.sync = PinterestCapiSync.init({ pixelId: '111' });`);

const probes = async () =>
  (await env.s.eval<string[]>('window.__cookieWrites')).filter((w) => w.startsWith('_epik_probe'));
type Cookie = { name: string; domain: string; secure: boolean };
/** The cookies are these, once the page's writes have reached the cookie store. */
const expectCookies = async (expected: Cookie[]) =>
  expect(
    await env.s.settled(
      async () =>
        (await env.s.context.cookies())
          .map((c) => ({ name: c.name, domain: c.domain, secure: c.secure }))
          .sort((a, b) => a.name.localeCompare(b.name)),
      expected,
    ),
  ).toEqual(expected);

it.each([
  ['shop.example.test', '.example.test', ['example.test']],
  ['a.b.shop.example.test', '.example.test', ['example.test']],
  // co.uk and github.io are public suffixes: the browser refuses the probe there, the next suffix is kept
  ['www.example.co.uk', '.example.co.uk', ['co.uk', 'example.co.uk']],
  ['mysite.github.io', '.mysite.github.io', ['github.io', 'mysite.github.io']],
])('on %s the cookie goes on %s, found by probing', async (host, domain, probed) => {
  await env.s.page.goto(`http://${host}:${env.port}/landing?epik=abc`);
  await env.s.waitForPixels(1);
  await expectCookies([
    { name: '_epik', domain, secure: false },
    { name: '_epik_sent', domain, secure: false },
  ]);
  // each probe written on one suffix; the accepted one removed again
  const writes = await probes();
  expect(writes.filter((w) => !w.includes('Max-Age=0')).map((w) => /Domain=([^;]+)/.exec(w)?.[1])).toEqual(
    probed,
  );
  expect(writes.filter((w) => w.includes('Max-Age=0'))).toHaveLength(1);
  expect(await env.s.eval(`document.cookie.includes('_epik_probe')`)).toBe(false);
});

it('a sibling subdomain reads the same cookie and markers: no second pixel', async () => {
  await env.s.page.goto(`http://shop.example.test:${env.port}/landing?epik=abc`);
  await env.s.waitForPixels(1);
  await env.s.page.goto(`http://www.example.test:${env.port}/`);
  expect(await env.s.eval('sync.getEpik()')).toBe('abc');
  expect(await env.s.eval('window.__images')).toEqual([]);
  expect(env.s.pixels).toHaveLength(1);
});

it.each(['localhost', '127.0.0.1'])('on %s the cookie is host-only and nothing is probed', async (host) => {
  await env.s.page.goto(`http://${host}:${env.port}/landing?epik=abc`);
  await env.s.waitForPixels(1);
  await expectCookies([
    { name: '_epik', domain: host, secure: false },
    { name: '_epik_sent', domain: host, secure: false },
  ]);
  expect(await probes()).toEqual([]);
  expect(await env.s.eval('window.__cookieWrites')).toContain(
    '_epik=abc; Max-Age=3888000; Path=/; SameSite=Lax',
  );
});

it('cookieDomain from the config is used as given, without probing', async () => {
  env.server.setup = `window.sync = PinterestCapiSync.init({ pixelId: '111', cookieDomain: 'shop.example.test' });`;
  await env.s.page.goto(`http://a.shop.example.test:${env.port}/landing?epik=abc`);
  await env.s.waitForPixels(1);
  expect((await env.s.cookie('_epik'))?.domain).toBe('.shop.example.test');
  expect(await probes()).toEqual([]);
});

it('on https the cookie is Secure (page answered by the route, same bundle)', async () => {
  await env.s.page.goto(`https://${HTTPS_HOST}/landing?epik=sec`);
  await env.s.waitForPixels(1);
  await expectCookies([
    { name: '_epik', domain: '.example.test', secure: true },
    { name: '_epik_sent', domain: '.example.test', secure: true },
  ]);
  const epik = await env.s.cookie('_epik');
  expect(epik).toMatchObject({ value: 'sec', path: '/', sameSite: 'Lax' });
  expect(await env.s.eval('window.__cookieWrites')).toContain(
    '_epik=sec; Max-Age=3888000; Path=/; SameSite=Lax; Domain=example.test; Secure',
  );
});
