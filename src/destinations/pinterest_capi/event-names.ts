// Pinterest's event names and the normalisation that makes "Order Completed" and "orderCompleted" one name.

// Pinterest: the event_name values accepted by events/create (22 names).
export const PINTEREST_EVENT_NAMES = [
  'add_payment_info',
  'add_to_cart',
  'add_to_wishlist',
  'app_install',
  'app_open',
  'checkout',
  'contact',
  'custom',
  'customize_product',
  'find_location',
  'initiate_checkout',
  'lead',
  'page_visit',
  'schedule',
  'search',
  'signup',
  'start_trial',
  'submit_application',
  'subscribe',
  'view_category',
  'view_content',
  'watch_video',
] as const;

export type PinterestEventName = (typeof PINTEREST_EVENT_NAMES)[number];

const cache = new Map<string, string>();
const CACHE_MAX = 10_000;

/** lowercase, camelCase boundaries, spaces, hyphens and dots → "_", runs collapsed, trimmed. */
export function normalizeEventName(name: string): string {
  let n = cache.get(name);
  if (n !== undefined) return n;
  n = name
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1_$2')
    .toLowerCase()
    .replace(/[\s.\-_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(name, n);
  return n;
}
