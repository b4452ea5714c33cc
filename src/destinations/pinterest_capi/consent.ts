// The visitor's consent as the browser sync reports it (SPEC §6.6): a "no" means no Pinterest click ID, from any source.
import { compilePath, getPath } from './speed';

const SYNC_CONSENT = compilePath('context.providers.pinterestCAPI.consent');

/** The sync sets `consent: false` when the site's consent() said no; the landing URL may still carry ?epik=. */
export const clickIdDenied = (message: unknown): boolean => getPath(message, SYNC_CONSENT) === false;

/** The URL without its `epik` query parameter (unchanged when it has none or does not parse). */
export function withoutEpik(url: string): string {
  if (!url.includes('epik=')) return url;
  try {
    const u = new URL(url);
    if (!u.searchParams.has('epik')) return url;
    u.searchParams.delete('epik');
    return u.toString();
  } catch {
    return url;
  }
}
