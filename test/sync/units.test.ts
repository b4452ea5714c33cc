// Unit tests of the sync's pure parts: cookie string (Secure), pixel URL, config defaults, host suffixes, enrich, plugin.
import { cookieString } from '../../src/sync/cookie-string';
import { addEpik } from '../../src/sync/enrich';
import { hash } from '../../src/sync/hash';
import { domainSuffixes, isHostOnly } from '../../src/sync/host';
import { parseExtraPixelIds } from '../../src/sync/pixel-ids';
import { pixelUrl } from '../../src/sync/pixel-url';
import { makePlugin } from '../../src/sync/plugin';
import { resolveSettings } from '../../src/sync/settings';

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

describe('addEpik', () => {
  it('sets context.providers.pinterestCAPI.epik and keeps everything else', () => {
    const event = {
      type: 'track',
      context: { ip: '1.2.3.4', providers: { Other: { id: 1 }, pinterestCAPI: { keep: true } } },
    };
    expect(addEpik(event, 'abc')).toBe(event);
    expect(event.context).toEqual({
      ip: '1.2.3.4',
      providers: { Other: { id: 1 }, pinterestCAPI: { keep: true, epik: 'abc' } },
    });
    expect(addEpik({ type: 'page' }, 'abc')).toEqual({
      type: 'page',
      context: { providers: { pinterestCAPI: { epik: 'abc' } } },
    });
  });

  it('adds nothing without an epik, and leaves non-objects alone', () => {
    expect(addEpik({ type: 'track' }, undefined)).toEqual({ type: 'track' });
    expect(addEpik(null, 'abc')).toBeNull();
    expect(addEpik('x', 'abc')).toBe('x');
  });
});

describe('makePlugin', () => {
  const enrich = (e: unknown) => addEpik(e, 'abc');

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
