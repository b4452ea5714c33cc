// Builds the `document.cookie` assignment string: Max-Age, Path=/, SameSite=Lax, Domain, Secure.

export interface CookieAttributes {
  maxAge: number;
  /** Empty or absent: host-only. */
  domain?: string;
  secure?: boolean;
}

export const cookieString = (name: string, value: string, a: CookieAttributes): string =>
  `${name}=${value}; Max-Age=${a.maxAge}; Path=/; SameSite=Lax` +
  (a.domain ? `; Domain=${a.domain}` : '') +
  (a.secure ? '; Secure' : '');
