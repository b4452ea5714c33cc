// The visitor's consent (SPEC §6.6): the browser sync's click-ID decision, and the CDP's denied consent categories.
import { compilePath, getPath } from './speed';

const SYNC_CONSENT = compilePath('context.providers.pinterestCAPI.consent');
const DENIED_IDS = compilePath('context.consentManagement.deniedConsentIds');
const PREFERENCES = compilePath('context.consent.categoryPreferences');

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

/**
 * The first of `categories` the event denies, exactly as written (case-sensitive): listed in RudderStack's
 * `context.consentManagement.deniedConsentIds`, or `false` in Segment's `context.consent.categoryPreferences`.
 * A category the event does not mention is not denied.
 */
export function deniedCategory(message: unknown, categories: readonly string[]): string | undefined {
  const denied = getPath(message, DENIED_IDS);
  const preferences = getPath(message, PREFERENCES);
  const ids = Array.isArray(denied) ? denied : undefined;
  const prefs = preferences !== null && typeof preferences === 'object' ? preferences : undefined;
  for (const c of categories) {
    if (ids?.includes(c)) return c;
    if (prefs && Object.hasOwn(prefs, c) && (prefs as Readonly<Record<string, unknown>>)[c] === false)
      return c;
  }
  return undefined;
}
