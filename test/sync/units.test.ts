// Unit tests of the sync's pure parts: cookie string (Secure), pixel URL, config defaults, host suffixes, enrich, plugin, attach.
import { cookieString } from '../../src/sync/cookie-string';
import { makeAttach, optionsWith } from '../../src/sync/attach';
import { withOptions } from '../../src/sync/call-args';
import { addProvider } from '../../src/sync/enrich';
import { hash } from '../../src/sync/hash';
import { domainSuffixes, isHostOnly } from '../../src/sync/host';
import { parseExtraPixelIds } from '../../src/sync/pixel-ids';
import { pixelUrl } from '../../src/sync/pixel-url';
import { makePlugin } from '../../src/sync/plugin';
import { resolveSettings } from '../../src/sync/settings';
import type { PinterestProvider } from '../../src/sync/types';

describe('cookieString', () => {
  it('writes Max-Age, Path=/ and SameSite=Lax; host-only without a domain; no Secure on http', () => {
    expect(cookieString('_epik', 'abc', { maxAge: 3888000 })).toBe(
      '_epik=abc; Max-Age=3888000; Path=/; SameSite=Lax',
    );
    expect(cookieString('_epik', 'abc', { maxAge: 10, domain: '', secure: false })).toBe(
      '_epik=abc; Max-Age=10; Path=/; SameSite=Lax',
    );
  });

  it('adds Domain and Secure when asked (https pages)', () => {
    expect(cookieString('_epik', 'abc', { maxAge: 60, domain: 'example.com', secure: true })).toBe(
      '_epik=abc; Max-Age=60; Path=/; SameSite=Lax; Domain=example.com; Secure',
    );
  });

  it('deletes with Max-Age=0', () => {
    expect(cookieString('_epik', '', { maxAge: 0, domain: 'example.com' })).toBe(
      '_epik=; Max-Age=0; Path=/; SameSite=Lax; Domain=example.com',
    );
  });
});

describe('pixelUrl', () => {
  it('is the v3 match pixel with tid, event, pd[epik], ad[loc] and cb, values encoded', () => {
    const url = pixelUrl(
      '2613210818064',
      'MetaRouterSync',
      'a b&c',
      'https://shop.example.com/?epik=a',
      1700,
    );
    expect(url).toBe(
      'https://ct.pinterest.com/v3/?tid=2613210818064&event=MetaRouterSync&pd[epik]=a%20b%26c' +
        '&ad[loc]=https%3A%2F%2Fshop.example.com%2F%3Fepik%3Da&cb=1700',
    );
    const q = new URL(url).searchParams;
    expect([q.get('tid'), q.get('event'), q.get('pd[epik]'), q.get('ad[loc]'), q.get('cb')]).toEqual([
      '2613210818064',
      'MetaRouterSync',
      'a b&c',
      'https://shop.example.com/?epik=a',
      '1700',
    ]);
  });
});

describe('config', () => {
  let warn: jest.SpyInstance;
  beforeEach(() => (warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)));
  afterEach(() => warn.mockRestore());

  it('has the seed defaults: 45 days, MetaRouterSync, no extras', () => {
    expect(resolveSettings({ pixelId: '111' })).toEqual({
      ids: ['111'],
      event: 'MetaRouterSync',
      maxAge: 45 * 86400,
      domain: undefined,
      consent: undefined,
    });
    expect(resolveSettings().ids).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('takes extras as JSON text or array, numbers too, without duplicates of the main ID', () => {
    expect(resolveSettings({ pixelId: '111', extraPixelIds: '[ "222", "333", "111" ]' }).ids).toEqual([
      '111',
      '222',
      '333',
    ]);
    expect(resolveSettings({ pixelId: 111, extraPixelIds: [222, '222'] }).ids).toEqual(['111', '222']);
    expect(resolveSettings({ extraPixelIds: '[]' }).ids).toEqual([]);
    expect(resolveSettings({ cookieLifetimeDays: '10', customEventPropertyValue: 'Sync' })).toMatchObject({
      maxAge: 864000,
      event: 'Sync',
    });
    expect(resolveSettings({ cookieLifetimeDays: 0 }).maxAge).toBe(45 * 86400);
    expect(warn).not.toHaveBeenCalled();
  });

  it.each(['["222",', '{"a":"222"}', '"222"', '[{"id":"222"}]', '  '])(
    'warns once for extraPixelIds %p and keeps the main pixel',
    (bad) => {
      expect(resolveSettings({ pixelId: '111', extraPixelIds: bad }).ids).toEqual(['111']);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]![0])).toMatch(/extraPixelIds/);
    },
  );

  it('parses nothing from empty values', () => {
    expect(parseExtraPixelIds(undefined)).toEqual([]);
    expect(parseExtraPixelIds('')).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('host names', () => {
  it('gives no cookie domain to localhost, IP addresses and single labels', () => {
    for (const host of ['localhost', 'app.localhost', '127.0.0.1', '10.1.2.3', '[::1]', 'intranet']) {
      expect(isHostOnly(host)).toBe(true);
      expect(domainSuffixes(host)).toEqual([]);
    }
  });

  it('lists suffixes of two labels and more, shortest first', () => {
    expect(domainSuffixes('a.shop.example.co.uk')).toEqual([
      'co.uk',
      'example.co.uk',
      'shop.example.co.uk',
      'a.shop.example.co.uk',
    ]);
    expect(domainSuffixes('example.com')).toEqual(['example.com']);
  });
});

describe('hash', () => {
  it('is a stable short fingerprint', () => {
    expect(hash('abc')).toBe(hash('abc'));
    expect(hash('abc')).not.toBe(hash('abd'));
    expect(hash('dj0yJnU9ZXhhbXBsZS1lcGlr')).toMatch(/^[0-9a-z]{1,7}$/);
  });
});

describe('addProvider', () => {
  it('sets context.providers.pinterestCAPI.epik and keeps everything else', () => {
    const event = {
      type: 'track',
      context: { ip: '1.2.3.4', providers: { Other: { id: 1 }, pinterestCAPI: { keep: true } } },
    };
    expect(addProvider(event, { epik: 'abc' })).toBe(event);
    expect(event.context).toEqual({
      ip: '1.2.3.4',
      providers: { Other: { id: 1 }, pinterestCAPI: { keep: true, epik: 'abc' } },
    });
    expect(addProvider({ type: 'page' }, { epik: 'abc' })).toEqual({
      type: 'page',
      context: { providers: { pinterestCAPI: { epik: 'abc' } } },
    });
  });

  it('consent denied: pinterestCAPI is exactly {consent: false}, whatever epik was there', () => {
    const event = { context: { providers: { Other: {}, pinterestCAPI: { epik: 'stale' } } } };
    expect(addProvider(event, { consent: false }).context).toEqual({
      providers: { Other: {}, pinterestCAPI: { consent: false } },
    });
    expect(addProvider({}, { consent: false })).toEqual({
      context: { providers: { pinterestCAPI: { consent: false } } },
    });
  });

  it('adds nothing without a provider, and leaves non-objects alone', () => {
    expect(addProvider({ type: 'track' }, undefined)).toEqual({ type: 'track' });
    expect(addProvider(null, { epik: 'abc' })).toBeNull();
    expect(addProvider('x', { epik: 'abc' })).toBe('x');
  });
});

describe('optionsWith', () => {
  it('copies the options on the way to context.providers.pinterestCAPI: the caller keeps its objects', () => {
    const options = { integrations: { All: false }, context: { providers: { Other: { id: 1 } } } };
    const before = JSON.stringify(options);
    expect(optionsWith(options, { epik: 'abc' })).toEqual({
      integrations: { All: false },
      context: { providers: { Other: { id: 1 }, pinterestCAPI: { epik: 'abc' } } },
    });
    expect(JSON.stringify(options)).toBe(before);
  });

  it('sets a top-level providers too (the SDKs merge it into context), and replaces non-object options', () => {
    expect(optionsWith({ providers: { pinterestCAPI: { epik: 'mine' } } }, { consent: false })).toEqual({
      providers: { pinterestCAPI: { consent: false } },
      context: { providers: { pinterestCAPI: { consent: false } } },
    });
    for (const options of [undefined, null, 'x', ['a']])
      expect(optionsWith(options, { epik: 'e' })).toEqual({
        context: { providers: { pinterestCAPI: { epik: 'e' } } },
      });
  });
});

describe('withOptions', () => {
  const O = { o: 1 };
  const mark = (options: unknown) => ({ marked: options ?? null });
  const cb = () => undefined;
  // [method, arguments, the same call with options marked]: the forms both RudderStack JS SDKs read alike
  it.each<[Parameters<typeof withOptions>[0], unknown[], unknown[]]>([
    ['page', [], [undefined, undefined, undefined, { marked: null }]],
    ['page', [cb], [undefined, undefined, undefined, { marked: null }, cb]],
    ['page', [{ p: 1 }], [{ p: 1 }, { marked: null }]],
    ['page', [{ p: 1 }, O, cb], [{ p: 1 }, { marked: O }, cb]],
    ['page', [{ p: 1 }, cb], [{ p: 1 }, { marked: null }, cb]],
    ['page', ['Home'], ['Home', undefined, undefined, { marked: null }]],
    ['page', ['Home', cb], ['Home', undefined, undefined, { marked: null }, cb]],
    ['page', ['Home', { p: 1 }, O, cb], ['Home', { p: 1 }, { marked: O }, cb]],
    ['page', ['Home', { p: 1 }, cb], ['Home', { p: 1 }, { marked: null }, cb]],
    ['page', ['Shop', 'Home', { p: 1 }, O, cb], ['Shop', 'Home', { p: 1 }, { marked: O }, cb]],
    ['page', ['Shop', 'Home', cb], ['Shop', 'Home', undefined, { marked: null }, cb]],
    ['page', ['Shop', 'Home', { p: 1 }, undefined, cb], ['Shop', 'Home', { p: 1 }, { marked: null }, cb]],
    ['track', ['E'], ['E', undefined, { marked: null }]],
    ['track', ['E', cb], ['E', undefined, { marked: null }, cb]],
    ['track', ['E', { p: 1 }, O, cb], ['E', { p: 1 }, { marked: O }, cb]],
    ['track', ['E', { p: 1 }, O, cb, 'extra'], ['E', { p: 1 }, { marked: O }, cb]],
    ['identify', ['u'], ['u', undefined, { marked: null }]],
    ['identify', ['u', { t: 1 }, O, cb], ['u', { t: 1 }, { marked: O }, cb]],
    ['identify', [{ t: 1 }], [{ t: 1 }, { marked: null }]],
    ['identify', [{ t: 1 }, O, cb], [{ t: 1 }, { marked: O }, cb]],
    ['identify', [null, O], [null, { marked: O }]],
    ['group', ['g', cb], ['g', undefined, { marked: null }, cb]],
    ['group', [{ t: 1 }, cb], [{ t: 1 }, { marked: null }, cb]],
    ['group', [], []],
    ['alias', ['to'], ['to', undefined, { marked: null }]],
    ['alias', ['to', 'from', O, cb], ['to', 'from', { marked: O }, cb]],
    ['alias', ['to', O], ['to', { marked: O }]],
    ['alias', ['to', null, cb], ['to', { marked: null }, cb]],
    ['alias', ['to', cb], ['to', undefined, { marked: null }, cb]],
  ])('%s(%p)', (method, args, expected) => {
    expect(withOptions(method, args, mark)).toEqual(expected);
  });

  it('looks for the callback among the declared parameters only (page 5, the others 4)', () => {
    expect(withOptions('track', ['E', { p: 1 }, O, 'x', cb], mark)).toEqual(['E', { p: 1 }, { marked: O }]);
    expect(withOptions('page', ['S', 'H', { p: 1 }, O, cb], mark)).toEqual([
      'S',
      'H',
      { p: 1 },
      { marked: O },
      cb,
    ]);
  });
});

describe('makePlugin', () => {
  const enrich = (e: unknown) => addProvider(e, { epik: 'abc' });

  it('has the analytics-next enrichment plugin shape', async () => {
    const plugin = makePlugin(enrich);
    expect(plugin).toMatchObject({ name: 'Pinterest CAPI Sync', type: 'enrichment', version: '0.1.0' });
    expect(plugin.isLoaded()).toBe(true);
    await expect(plugin.load()).resolves.toBeUndefined();
  });

  it.each(['track', 'page', 'identify', 'screen', 'group', 'alias'] as const)(
    '%s enriches ctx.event and returns ctx',
    (method) => {
      const ctx = { event: { type: method, event: 'X', context: { providers: { Other: {} } } } };
      expect(makePlugin(enrich)[method](ctx)).toBe(ctx);
      expect(ctx.event.context.providers).toEqual({ Other: {}, pinterestCAPI: { epik: 'abc' } });
    },
  );

  it('enriches a bare event (whose `event` is the event name)', () => {
    const event = { type: 'track', event: 'Order Completed' } as Record<string, unknown>;
    makePlugin(enrich).track(event);
    expect(event.context).toEqual({ providers: { pinterestCAPI: { epik: 'abc' } } });
  });
});

describe('makeAttach', () => {
  let warn: jest.SpyInstance;
  beforeEach(() => (warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)));
  afterEach(() => warn.mockRestore());

  // An SDK double that records what each method received
  const fakeSdk = () => {
    const calls: unknown[][] = [];
    const sdk: Record<string, (...args: unknown[]) => unknown> = {};
    for (const m of ['page', 'track', 'identify', 'group', 'alias', 'reset'])
      sdk[m] = (...args: unknown[]) => calls.push([m, ...args]);
    return { sdk, calls };
  };
  let provider: PinterestProvider | undefined;
  const attach = makeAttach(() => provider);
  const marked = (p: PinterestProvider) => ({ context: { providers: { pinterestCAPI: p } } });

  it('asks for the provider at every call, passes calls on untouched when there is none, skips non-event methods', () => {
    const { sdk, calls } = fakeSdk();
    attach(sdk);
    provider = { epik: 'e1' };
    sdk.track!('A', { n: 1 });
    provider = { consent: false };
    sdk.page!();
    provider = undefined;
    sdk.identify!('u');
    sdk.reset!(true);
    expect(calls).toEqual([
      ['track', 'A', { n: 1 }, marked({ epik: 'e1' })],
      ['page', undefined, undefined, undefined, marked({ consent: false })],
      ['identify', 'u'],
      ['reset', true],
    ]);
  });

  it('is idempotent, and detach puts the original methods back', () => {
    const { sdk, calls } = fakeSdk();
    const track = sdk.track;
    const detach = attach(sdk);
    const wrapped = sdk.track;
    expect(attach(sdk)).toBe(detach);
    expect(makeAttach(() => provider)(sdk)).not.toBe(detach); // another sync: no second wrapper
    expect(sdk.track).toBe(wrapped);
    provider = { epik: 'e' };
    sdk.track!('A');
    expect(calls).toEqual([['track', 'A', undefined, marked({ epik: 'e' })]]);
    detach();
    expect(sdk.track).toBe(track);
    expect(attach(sdk)).not.toBe(detach);
  });

  it('marks calls already queued, follows the snippet buffer to the SDK that replaces it, and detach undoes both', () => {
    const g = globalThis as Record<string, unknown>;
    const stub = Object.assign([] as unknown[][], {
      track: (...args: unknown[]) => stub.push(['track', ...args]),
    });
    g.rudderanalytics = stub;
    try {
      stub.push(['load', 'KEY', 'https://dp'], ['track', 'Queued', { n: 1 }]);
      provider = { epik: 'buffered' };
      const detach = attach(stub);
      (g.rudderanalytics as typeof stub).track('Early');
      expect([...stub]).toEqual([
        ['load', 'KEY', 'https://dp'],
        ['track', 'Queued', { n: 1 }, marked({ epik: 'buffered' })],
        ['track', 'Early', undefined, marked({ epik: 'buffered' })],
      ]);
      const { sdk, calls } = fakeSdk();
      g.rudderanalytics = sdk;
      expect(g.rudderanalytics).toBe(sdk);
      sdk.track!('Loaded');
      expect(calls).toEqual([['track', 'Loaded', undefined, marked({ epik: 'buffered' })]]);
      detach();
      expect(Object.getOwnPropertyDescriptor(g, 'rudderanalytics')).toMatchObject({
        value: sdk,
        writable: true,
      });
      sdk.track!('After');
      expect(calls[1]).toEqual(['track', 'After']);
    } finally {
      delete g.rudderanalytics;
    }
  });

  it('warns for something that is not an SDK object, and for a read-only one', () => {
    expect(attach(undefined)()).toBeUndefined();
    expect(String(warn.mock.calls[0]![0])).toMatch(/attach\(\) takes the RudderStack SDK/);
    const frozen = Object.freeze(fakeSdk().sdk);
    attach(frozen);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[1]![0])).toMatch(/read-only/);
  });
});
