// Browser tests of epik capture: URL → _epik cookie, one pixel per ID, no re-fire, cookie-only, new epik, warnings, enrich, plugin.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_SETUP, pixelParams, useBrowserSessions } from './harness';

const DAYS_45 = 45 * 86400;

const env = useBrowserSessions((server) => {
  server.setup = DEFAULT_SETUP;
  server.esm = false;
});
const origin = () => `http://127.0.0.1:${env.port}`;

it('is under 4 kB gzip', () => {
  expect(env.bundle.gzipBytes).toBeGreaterThan(500);
  expect(env.bundle.gzipBytes).toBeLessThan(4096);
});

it('?epik=abc → _epik cookie, one pixel per pixel ID, and a reload fires nothing', async () => {
  const before = Math.floor(Date.now() / 1000);
  await env.s.page.goto(`${origin()}/landing?epik=abc`);
  const after = Math.ceil(Date.now() / 1000);

  const pixels = await env.s.waitForPixels(3);
  expect(pixels).toHaveLength(3);
  expect(await env.s.eval('window.__images')).toEqual(pixels); // every request the page made was intercepted
  expect(pixels.map((u) => pixelParams(u).tid).sort()).toEqual(['111', '222', '333']);
  for (const url of pixels) {
    const p = pixelParams(url);
    expect(p.path).toBe('https://ct.pinterest.com/v3/');
    expect(p.event).toBe('MetaRouterSync');
    expect(p.epik).toBe('abc');
    expect(p.loc).toBe(`${origin()}/landing?epik=abc`);
    expect(Number(p.cb)).toBeGreaterThanOrEqual(before * 1000);
  }

  const cookie = await env.s.cookie('_epik');
  expect(cookie).toMatchObject({
    value: 'abc',
    path: '/',
    sameSite: 'Lax',
    secure: false,
    domain: '127.0.0.1',
  });
  expect(cookie!.expires).toBeGreaterThanOrEqual(before + DAYS_45 - 1);
  expect(cookie!.expires).toBeLessThanOrEqual(after + DAYS_45 + 1);
  const writes = await env.s.eval<string[]>('window.__cookieWrites');
  expect(writes).toContain('_epik=abc; Max-Age=3888000; Path=/; SameSite=Lax');
  expect(writes.filter((w) => w.startsWith('_epik_probe'))).toEqual([]); // IP address: host-only, no probing
  expect(await env.s.eval('sync.getEpik()')).toBe('abc');

  await env.s.page.reload();
  expect(await env.s.eval('window.__images')).toEqual([]);
  expect(await env.s.eval('sync.getEpik()')).toBe('abc');
  await env.s.page.goto(`${origin()}/product/42`);
  expect(await env.s.eval('window.__images')).toEqual([]);
  expect(await env.s.eval('sync.getEpik()')).toBe('abc');
  expect(env.s.pixels).toHaveLength(3);
});

it('reads the cookie alone (no URL parameter) and does not re-fire for the same epik', async () => {
  await env.s.page.goto(`${origin()}/landing?epik=first`);
  await env.s.waitForPixels(3);
  await env.s.page.goto(`${origin()}/cart`);
  expect(await env.s.eval('sync.getEpik()')).toBe('first');
  expect(await env.s.eval('window.__images')).toEqual([]);
  expect(await env.s.eval('JSON.stringify(sync.enrich({ type: "track" }))')).toBe(
    JSON.stringify({ type: 'track', context: { providers: { pinterestCAPI: { epik: 'first' } } } }),
  );
  expect(env.s.pixels).toHaveLength(3);
});

it('an _epik cookie set by someone else (no markers) is sent once per pixel ID, then never again', async () => {
  await env.s.context.addCookies([{ name: '_epik', value: 'fromtag', url: `${origin()}/` }]);
  await env.s.page.goto(`${origin()}/home`);
  const pixels = await env.s.waitForPixels(3);
  expect(pixels.map((u) => pixelParams(u).epik)).toEqual(['fromtag', 'fromtag', 'fromtag']);
  expect(await env.s.eval('sync.getEpik()')).toBe('fromtag');
  await env.s.page.goto(`${origin()}/home2`);
  expect(await env.s.eval('window.__images')).toEqual([]);
  expect(env.s.pixels).toHaveLength(3);
});

it('a new epik in the URL replaces the old one and fires again, once', async () => {
  await env.s.page.goto(`${origin()}/a?epik=old`);
  await env.s.waitForPixels(3);
  await env.s.page.goto(`${origin()}/b?epik=new`);
  const pixels = await env.s.waitForPixels(6);
  expect(pixels.slice(3).map((u) => pixelParams(u).epik)).toEqual(['new', 'new', 'new']);
  expect(
    pixels
      .slice(3)
      .map((u) => pixelParams(u).tid)
      .sort(),
  ).toEqual(['111', '222', '333']);
  expect((await env.s.cookie('_epik'))?.value).toBe('new');
  expect(await env.s.eval('sync.getEpik()')).toBe('new');

  await env.s.page.goto(`${origin()}/c?epik=new`);
  await env.s.page.goto(`${origin()}/d`);
  expect(await env.s.eval('window.__images')).toEqual([]);
  expect(await env.s.eval('sync.getEpik()')).toBe('new');
  expect(env.s.pixels).toHaveLength(6);
});

it('a pixel ID added later gets the current epik once; the others are not re-fired', async () => {
  env.server.setup = `window.sync = PinterestCapiSync.init({ pixelId: '111' });`;
  await env.s.page.goto(`${origin()}/a?epik=abc`);
  await env.s.waitForPixels(1);
  env.server.setup = `window.sync = PinterestCapiSync.init({ pixelId: '111', extraPixelIds: ['444'] });`;
  await env.s.page.goto(`${origin()}/b`);
  const pixels = await env.s.waitForPixels(2);
  expect(pixels.map((u) => [pixelParams(u).tid, pixelParams(u).epik])).toEqual([
    ['111', 'abc'],
    ['444', 'abc'],
  ]);
});

it('uses customEventPropertyValue, cookieLifetimeDays and an extraPixelIds array (duplicates dropped)', async () => {
  env.server.setup = `window.sync = PinterestCapiSync.init({ pixelId: '111', extraPixelIds: ['222', '111'],
    customEventPropertyValue: 'ShopSync', cookieLifetimeDays: 10 });`;
  await env.s.page.goto(`${origin()}/x?epik=abc`);
  const pixels = await env.s.waitForPixels(2);
  expect(pixels.map((u) => [pixelParams(u).tid, pixelParams(u).event]).sort()).toEqual([
    ['111', 'ShopSync'],
    ['222', 'ShopSync'],
  ]);
  expect(await env.s.eval('window.__cookieWrites')).toContain(
    '_epik=abc; Max-Age=864000; Path=/; SameSite=Lax',
  );
  expect(await env.s.eval('window.__images')).toHaveLength(2);
});

it('invalid extraPixelIds JSON → exactly one console warning, and the main pixel still fires', async () => {
  env.server.setup = `window.sync = PinterestCapiSync.init({ pixelId: '111', extraPixelIds: '["222", 333' });`;
  await env.s.page.goto(`${origin()}/x?epik=abc`);
  await env.s.eval('sync.getEpik(); sync.enrich({}); sync.plugin.track({ event: {} })');
  const warnings = await env.s.eval<string[]>('window.__warnings');
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toMatch(/extraPixelIds must be a JSON array/);
  const pixels = await env.s.waitForPixels(1);
  expect(pixels.map((u) => pixelParams(u).tid)).toEqual(['111']);
  expect(await env.s.eval('window.__images')).toHaveLength(1);
});

it('enrich(event) sets context.providers.pinterestCAPI.epik and keeps other providers', async () => {
  await env.s.page.goto(`${origin()}/x?epik=abc`);
  const out = await env.s.eval<Record<string, unknown>>(
    `sync.enrich({ type: 'track', event: 'Order Completed', context: { ip: '1.2.3.4', providers: { Other: { id: 7 } } } })`,
  );
  expect(out).toEqual({
    type: 'track',
    event: 'Order Completed',
    context: { ip: '1.2.3.4', providers: { Other: { id: 7 }, pinterestCAPI: { epik: 'abc' } } },
  });
});

it('adds nothing when there is no epik, and fires nothing', async () => {
  await env.s.page.goto(`${origin()}/plain`);
  expect(await env.s.eval('sync.getEpik()')).toBeUndefined();
  expect(await env.s.eval(`sync.enrich({ type: 'page', context: { providers: { Other: {} } } })`)).toEqual({
    type: 'page',
    context: { providers: { Other: {} } },
  });
  expect(await env.s.eval(`sync.enrich({ type: 'track' })`)).toEqual({ type: 'track' });
  expect(await env.s.eval('window.__images')).toEqual([]);
  expect(env.s.pixels).toEqual([]);
  expect(await env.s.cookie('_epik')).toBeUndefined();
});

it('plugin: an analytics-next enrichment plugin that enriches every event type', async () => {
  await env.s.page.goto(`${origin()}/x?epik=abc`);
  // A miniature analytics-next pipeline: register() loads the plugin, each call runs ctx through it.
  const result = await env.s.eval<Record<string, unknown>>(`(async () => {
    const plugins = [];
    const analytics = {
      async register(p) { await p.load({}, analytics); plugins.push(p); },
      async dispatch(type, event) {
        let ctx = { event: Object.assign({ type }, event) };
        for (const p of plugins) if (p.type === 'enrichment' && p.isLoaded() && p[type]) ctx = await p[type](ctx);
        return ctx.event;
      },
    };
    await analytics.register(sync.plugin);
    const p = sync.plugin;
    const out = {};
    for (const type of ['track', 'page', 'identify', 'screen', 'group', 'alias'])
      out[type] = await analytics.dispatch(type, { context: { providers: { Other: { id: 1 } } } });
    return { name: p.name, type: p.type, version: p.version, loaded: p.isLoaded(), out };
  })()`);
  expect(result).toMatchObject({
    name: 'Pinterest CAPI Sync',
    type: 'enrichment',
    version: '0.1.0',
    loaded: true,
  });
  for (const type of ['track', 'page', 'identify', 'screen', 'group', 'alias']) {
    expect((result.out as Record<string, unknown>)[type]).toEqual({
      type,
      context: { providers: { Other: { id: 1 }, pinterestCAPI: { epik: 'abc' } } },
    });
  }
});

it('the ES module bundle exports init', async () => {
  env.server.esm = true;
  env.server.setup = `window.sync = init({ pixelId: '111' });`;
  await env.s.page.goto(`${origin()}/x?epik=esm`);
  const pixels = await env.s.waitForPixels(1);
  expect(pixelParams(pixels[0]!)).toMatchObject({ tid: '111', epik: 'esm' });
  expect(await env.s.eval('sync.getEpik()')).toBe('esm');
  expect(await env.s.eval('typeof window.PinterestCapiSync')).toBe('undefined');
});

it('with cookies blocked the URL epik still enriches events, and nothing throws', async () => {
  env.server.setup = `Object.defineProperty(document, 'cookie', {
    get() { throw new DOMException('The document is sandboxed', 'SecurityError'); },
    set() { throw new DOMException('The document is sandboxed', 'SecurityError'); },
  });
  ${DEFAULT_SETUP}`;
  await env.s.page.goto(`${origin()}/x?epik=nocookies`);
  expect(await env.s.eval('sync.getEpik()')).toBe('nocookies');
  expect(await env.s.eval(`sync.enrich({}).context.providers.pinterestCAPI.epik`)).toBe('nocookies');
  // without a place to remember what was sent, no pixel fires (it would fire again on every page)
  expect(await env.s.eval('window.__images')).toEqual([]);
});

it('the ES module is inert outside a browser (server-side rendering)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pinterest-sync-ssr-'));
  try {
    const file = join(dir, 'sync.mjs');
    writeFileSync(file, env.bundle.esm);
    const script = `const { init } = await import(${JSON.stringify(pathToFileURL(file).href)});
      const s = init({ pixelId: '111' });
      console.log(JSON.stringify([s.getEpik() ?? null, s.enrich({ type: 'track' }), s.plugin.type]));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([null, { type: 'track' }, 'enrichment']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
