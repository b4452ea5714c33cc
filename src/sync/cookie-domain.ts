// Finds the registrable domain by probing: the shortest suffix on which the browser keeps a test cookie.
import { readCookie } from './cookies';
import { cookieString } from './cookie-string';
import { domainSuffixes } from './host';
import { PROBE_COOKIE } from './names';

/** The domain to set cookies on, or '' for host-only (localhost, IPs, or no suffix accepted). */
export function probeCookieDomain(host: string): string {
  const value = String(Math.random()).slice(2);
  for (const domain of domainSuffixes(host)) {
    document.cookie = cookieString(PROBE_COOKIE, value, { maxAge: 60, domain });
    if (readCookie(PROBE_COOKIE) === value) {
      document.cookie = cookieString(PROBE_COOKIE, '', { maxAge: 0, domain });
      return domain;
    }
  }
  return '';
}
