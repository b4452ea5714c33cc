// Pinterest's event names and the normalisation that makes "Order Completed" and "orderCompleted" one name.
import { CACHE_SIZES, memoize } from './speed';

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

/** lowercase, camelCase boundaries, spaces, hyphens and dots → "_", runs collapsed, trimmed. */
const normalize = (name: string): string =>
  name
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1_$2')
    .toLowerCase()
    .replace(/[\s.\-_]+/g, '_')
    .replace(/^_+|_+$/g, '');

export const normalizeEventName: (name: string) => string = memoize(CACHE_SIZES.eventNames, normalize);
