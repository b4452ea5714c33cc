// Browser tests of the cookie's domain and attributes: registrable domain by probing, host-only on localhost/IPs, Secure on https.
import type { Browser } from 'playwright-core';
import { buildBundle, HTTPS_HOST, launchChromium, Session, SyncServer } from './harness';

let server: SyncServer;
let browser: Browser;
let port: number;
let s: Session;

beforeAll(async () => {
  server = new SyncServer(buildBundle());
  port = await server.start();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

beforeEach(async () => {
  server.setup = `window.sync = PinterestCapiSync.init({ pixelId: '111' });`;
  s = await Session.open(browser, server);
});

afterEach(async () => {
  expect(s.blocked).toEqual([]);
  await s.close();
});

const probes = async () =>
  (await s.eval<string[]>('window.__cookieWrites')).filter((w) => w.startsWith('_epik_probe'));
const cookies = async () =>
  (await s.context.cookies())
    .map((c) => ({ name: c.name, domain: c.domain, secure: c.secure }))
    .sort((a, b) => a.name.localeCompare(b.name));

it.each([
  ['shop.example.test', '.example.test', ['example.test']],
  ['a.b.shop.example.test', '.example.test', ['example.test']],
  // co.uk and github.io are public suffixes: the browser refuses the probe there, the next suffix is kept
  ['www.example.co.uk', '.example.co.uk', ['co.uk', 'example.co.uk']],
  ['mysite.github.io', '.mysite.github.io', ['github.io', 'mysite.github.io']],
])('on %s the cookie goes on %s, found by probing', async (host, domain, probed) => {
  await s.page.goto(`http://${host}:${port}/landing?epik=abc`);
  await s.waitForPixels(1);
  expect(await cookies()).toEqual([
    { name: '_epik', domain, secure: false },
    { name: '_epik_sent', domain, secure: false },
  ]);
  // each probe written on one suffix; the accepted one removed again
  const writes = await probes();
  expect(writes.filter((w) => !w.includes('Max-Age=0')).map((w) => /Domain=([^;]+)/.exec(w)?.[1])).toEqual(
    probed,
  );
  expect(writes.filter((w) => w.includes('Max-Age=0'))).toHaveLength(1);
  expect(await s.eval(`document.cookie.includes('_epik_probe')`)).toBe(false);
});

it('a sibling subdomain reads the same cookie and markers: no second pixel', async () => {
  await s.page.goto(`http://shop.example.test:${port}/landing?epik=abc`);
  await s.waitForPixels(1);
  await s.page.goto(`http://www.example.test:${port}/`);
  expect(await s.eval('sync.getEpik()')).toBe('abc');
  expect(await s.eval('window.__images')).toEqual([]);
  expect(s.pixels).toHaveLength(1);
});

it.each(['localhost', '127.0.0.1'])('on %s the cookie is host-only and nothing is probed', async (host) => {
  await s.page.goto(`http://${host}:${port}/landing?epik=abc`);
  await s.waitForPixels(1);
  expect(await cookies()).toEqual([
    { name: '_epik', domain: host, secure: false },
    { name: '_epik_sent', domain: host, secure: false },
  ]);
  expect(await probes()).toEqual([]);
  expect(await s.eval('window.__cookieWrites')).toContain('_epik=abc; Max-Age=3888000; Path=/; SameSite=Lax');
});

it('cookieDomain from the config is used as given, without probing', async () => {
  server.setup = `window.sync = PinterestCapiSync.init({ pixelId: '111', cookieDomain: 'shop.example.test' });`;
  await s.page.goto(`http://a.shop.example.test:${port}/landing?epik=abc`);
  await s.waitForPixels(1);
  expect((await s.cookie('_epik'))?.domain).toBe('.shop.example.test');
  expect(await probes()).toEqual([]);
});

it('on https the cookie is Secure (page answered by the route, same bundle)', async () => {
  await s.page.goto(`https://${HTTPS_HOST}/landing?epik=sec`);
  await s.waitForPixels(1);
  expect(await cookies()).toEqual([
    { name: '_epik', domain: '.example.test', secure: true },
    { name: '_epik_sent', domain: '.example.test', secure: true },
  ]);
  const epik = await s.cookie('_epik');
  expect(epik).toMatchObject({ value: 'sec', path: '/', sameSite: 'Lax' });
  expect(await s.eval('window.__cookieWrites')).toContain(
    '_epik=sec; Max-Age=3888000; Path=/; SameSite=Lax; Domain=example.test; Secure',
  );
});
