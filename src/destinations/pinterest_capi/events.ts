// The default event table (SPEC §5): CDP event name → Pinterest event name and the custom_data fields it carries.
import type { PinterestEventName } from './event-names';
import type { CustomData } from './wire';

/** A custom_data key an event row may list (SPEC §5). */
export type CustomDataField = keyof CustomData & string;

export interface EventRow {
  /** Normalised CDP event names. */
  from: readonly string[];
  to: PinterestEventName;
  customData: readonly CustomDataField[];
  /** The event describes one product in `properties` itself rather than a `products` list. */
  singleProduct?: boolean;
}

const COMMERCE: readonly CustomDataField[] = ['currency', 'value', 'content_ids', 'contents', 'num_items'];
const ORDER: readonly CustomDataField[] = [...COMMERCE, 'order_id'];
const MONEY: readonly CustomDataField[] = ['currency', 'value'];

export const EVENT_TABLE: readonly EventRow[] = [
  // The seed's seven rows (page is handled by message type).
  { from: ['products_searched'], to: 'search', customData: ['search_string'] },
  { from: ['product_list_viewed'], to: 'view_category', customData: ['content_ids', 'contents'] },
  { from: ['product_viewed'], to: 'page_visit', customData: COMMERCE, singleProduct: true },
  { from: ['product_added'], to: 'add_to_cart', customData: COMMERCE, singleProduct: true },
  { from: ['cart_viewed'], to: 'page_visit', customData: ORDER },
  { from: ['order_completed'], to: 'checkout', customData: ORDER },
  // Segment e-commerce spec extras.
  { from: ['checkout_started'], to: 'initiate_checkout', customData: ORDER },
  { from: ['payment_info_entered'], to: 'add_payment_info', customData: [...MONEY, 'order_id'] },
  { from: ['product_added_to_wishlist'], to: 'add_to_wishlist', customData: COMMERCE, singleProduct: true },
  { from: ['product_category_viewed'], to: 'view_category', customData: ['content_category'] },
  { from: ['signed_up'], to: 'signup', customData: [] },
  { from: ['lead_generated', 'generate_lead'], to: 'lead', customData: MONEY },
  { from: ['trial_started'], to: 'start_trial', customData: MONEY },
  { from: ['subscription_created'], to: 'subscribe', customData: MONEY },
  { from: ['application_installed'], to: 'app_install', customData: [] },
  { from: ['application_opened'], to: 'app_open', customData: [] },
  { from: ['video_playback_started'], to: 'watch_video', customData: ['content_ids'] },
  { from: ['product_video_watched'], to: 'watch_video', customData: ['content_ids'], singleProduct: true },
];

/** custom_data of an event mapped through `eventsMapping` without a default row, and of `custom` events. */
export const GENERIC_CUSTOM_DATA: readonly CustomDataField[] = ORDER;

/** A row with its Pinterest name as a list, ready to be an event's names (no list built per event). */
export type ResolvedRow = EventRow & { names: readonly PinterestEventName[] };

export const EVENT_BY_NAME: ReadonlyMap<string, ResolvedRow> = new Map(
  EVENT_TABLE.flatMap((row) => {
    const resolved = { ...row, names: [row.to] };
    return row.from.map((name) => [name, resolved] as const);
  }),
);
