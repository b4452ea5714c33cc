// Browser tests of SPA navigation: pushState/replaceState (hooked), popstate, and URL changes seen at the next getEpik()/enrich().
import { DEFAULT_SETUP, pixelParams, useBrowserSessions } from './harness';

// rawPush: a pushState reference taken before init, as a router might keep one; it bypasses the hook
const env = useBrowserSessions(`window.rawPush = history.pushState.bind(history); ${DEFAULT_SETUP}`);
const origin = () => `http://127.0.0.1:${env.port}`;

const epiks = (urls: string[]) => urls.map((u) => pixelParams(u).epik);

it('history.pushState / replaceState to a URL with a new ?epik= capture it and fire at once', async () => {
  await env.s.page.goto(`${origin()}/app`);
  expect(await env.s.eval('sync.getEpik()')).toBeUndefined();

  await env.s.eval(`history.pushState({}, '', '/app/landing?epik=spa1')`);
  expect(await env.s.eval('window.__images.length')).toBe(3); // fired inside pushState, before any event
  const first = await env.s.waitForPixels(3);
  expect(epiks(first)).toEqual(['spa1', 'spa1', 'spa1']);
  expect(pixelParams(first[0]!).loc).toBe(`${origin()}/app/landing?epik=spa1`);
  expect((await env.s.cookie('_epik'))?.value).toBe('spa1');
  expect(await env.s.eval('sync.getEpik()')).toBe('spa1');

  await env.s.eval(`history.pushState({}, '', '/app/cart')`);
  expect(await env.s.eval('window.__images.length')).toBe(3);
  expect(await env.s.eval('sync.getEpik()')).toBe('spa1');

  await env.s.eval(`history.replaceState({}, '', '/app/cart?epik=spa2')`);
  expect(await env.s.eval('window.__images.length')).toBe(6);
  expect(epiks((await env.s.waitForPixels(6)).slice(3))).toEqual(['spa2', 'spa2', 'spa2']);
  expect(await env.s.eval(`sync.enrich({ type: 'track' }).context.providers.pinterestCAPI.epik`)).toBe(
    'spa2',
  );
});

it('popstate (back/forward) is checked too', async () => {
  await env.s.page.goto(`${origin()}/app`);
  await env.s.eval(`rawPush({}, '', '/app/landing?epik=pop')`);
  await env.s.eval(`rawPush({}, '', '/app/next')`);
  expect(await env.s.eval('window.__images.length')).toBe(0);
  // the sync's popstate listener was added at init, so it has run when this one resolves
  await env.s.eval(
    `new Promise((resolve) => { addEventListener('popstate', resolve, { once: true }); history.back(); })`,
  );
  expect(await env.s.eval('window.__images.length')).toBe(3);
  expect(epiks(await env.s.waitForPixels(3))).toEqual(['pop', 'pop', 'pop']);
});

it('a URL change the hooks did not see is picked up by the next getEpik() / enrich()', async () => {
  await env.s.page.goto(`${origin()}/app`);
  await env.s.eval(`rawPush({}, '', '/app/ad?epik=late')`);
  expect(await env.s.eval('window.__images.length')).toBe(0);
  expect(await env.s.eval(`sync.enrich({ type: 'page' })`)).toEqual({
    type: 'page',
    context: { providers: { pinterestCAPI: { epik: 'late' } } },
  });
  expect(epiks(await env.s.waitForPixels(3))).toEqual(['late', 'late', 'late']);
  expect(await env.s.eval('sync.getEpik()')).toBe('late');
  expect(await env.s.eval('window.__images.length')).toBe(3);
});
