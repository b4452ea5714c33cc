// Which cookie domains a host name can have: none for localhost and IP addresses, else its suffixes.

/** localhost, *.localhost, IPv4, IPv6 and single-label hosts only take host-only cookies. */
export const isHostOnly = (host: string): boolean =>
  !host.includes('.') || /(^|\.)localhost\.?$/i.test(host) || /^[\d.]+$/.test(host) || host.includes(':');

/** Domain suffixes with at least two labels, shortest first: shop.example.test → example.test, shop.example.test. */
export function domainSuffixes(host: string): string[] {
  if (isHostOnly(host)) return [];
  const labels = host.split('.');
  const out: string[] = [];
  for (let i = labels.length - 2; i >= 0; i--) out.push(labels.slice(i).join('.'));
  return out;
}
