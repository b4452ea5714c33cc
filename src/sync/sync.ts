// The sync itself: consent gate, epik capture (URL wins over cookie), cookie write, one pixel per new epik and ID.
import { makeAttach } from './attach';
import { probeCookieDomain } from './cookie-domain';
import { deleteCookie, readCookie, writeCookie } from './cookies';
import { addProvider } from './enrich';
import { fireImage } from './fire';
import { hash } from './hash';
import { domainSuffixes } from './host';
import { readMarkers } from './markers';
import { EPIK_COOKIE, SENT_COOKIE } from './names';
import { onNavigation } from './navigation';
import { pixelUrl } from './pixel-url';
import { makePlugin } from './plugin';
import { resolveSettings } from './settings';
import type { PinterestCapiSync, PinterestProvider, SyncConfig } from './types';
import { epikFromSearch } from './url-epik';

export function init(config?: SyncConfig): PinterestCapiSync {
  const s = resolveSettings(config);
  let epik: string | undefined;
  let checkedHref: string | undefined;
  let denied = false;
  let domain: string | undefined;

  const attributes = () => ({
    maxAge: s.maxAge,
    domain: (domain ??= s.domain ?? probeCookieDomain(location.hostname)),
    secure: location.protocol === 'https:',
  });

  const consented = (): boolean => {
    try {
      return !s.consent || !!s.consent();
    } catch {
      return false;
    }
  };

  // Deletes without reading: every domain the cookies could have been set on, and host-only.
  const purge = () => {
    const domains = ['', ...domainSuffixes(location.hostname), s.domain || ''];
    const secure = location.protocol === 'https:';
    deleteCookie(EPIK_COOKIE, domains, secure);
    deleteCookie(SENT_COOKIE, domains, secure);
  };

  // URL epik first (kept even if cookies turn out to be blocked), else the cookie; then pixels and cookies.
  const capture = (): void => {
    const fromUrl = epikFromSearch(location.search);
    if (fromUrl) epik = fromUrl;
    const value = fromUrl || readCookie(EPIK_COOKIE);
    if (!value) return;
    epik = value;
    const sent = readMarkers();
    const mark = hash(value);
    let changed = false;
    for (const id of s.ids) {
      if (sent.get(id) !== mark) {
        fireImage(pixelUrl(id, s.event, value, location.href, Date.now()));
        sent.set(id, mark);
        changed = true;
      }
    }
    if (fromUrl) writeCookie(EPIK_COOKIE, fromUrl, attributes());
    if (fromUrl || changed) writeCookie(SENT_COOKIE, sent.toString(), attributes());
  };

  // Runs at init, after SPA navigations, and before every call that needs the epik: consent is asked each time,
  // the URL is looked at again only when it changed. Denied: {consent: false}, so the server drops click_id.
  const check = (): PinterestProvider | undefined => {
    const wasDenied = denied;
    denied = !consented();
    try {
      if (denied) {
        if (!wasDenied) purge();
        epik = checkedHref = undefined;
      } else if (location.href !== checkedHref) {
        checkedHref = location.href;
        capture();
      }
    } catch {
      // never break the host page (cookies can be blocked, e.g. in sandboxed frames; no `location` server-side)
    }
    return denied ? { consent: false } : epik ? { epik } : undefined;
  };

  check();
  try {
    onNavigation(check);
  } catch {
    // not in a browser (server-side rendering): getEpik() and enrich() stay inert
  }
  const enrich = <T>(event: T): T => addProvider(event, check());
  return {
    getEpik: () => check()?.epik,
    enrich,
    plugin: makePlugin(enrich),
    attach: makeAttach(check),
  };
}
