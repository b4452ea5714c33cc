// Reads, writes and deletes cookies of the current document.
import { cookieString, type CookieAttributes } from './cookie-string';

export function readCookie(name: string): string | undefined {
  for (const pair of document.cookie.split(';')) {
    const at = pair.indexOf('=');
    if (pair.slice(0, at).trim() === name) {
      const raw = pair.slice(at + 1).trim();
      try {
        return decodeURIComponent(raw);
      } catch {
        return raw;
      }
    }
  }
  return undefined;
}

export function writeCookie(name: string, value: string, a: CookieAttributes): void {
  document.cookie = cookieString(name, encodeURIComponent(value), a);
}

/** Max-Age=0 on each domain given ('' = host-only): the only way to reach a cookie set with a Domain. */
export function deleteCookie(name: string, domains: string[], secure: boolean): void {
  for (const domain of domains) document.cookie = cookieString(name, '', { maxAge: 0, domain, secure });
}
