// Named conditions of rows and sources (`when`): which events a key, or one of its sources, applies to.
import type { CustomDataField } from '../events';
import type { EventContext } from './context';

export type Condition = (ctx: EventContext, key: string) => boolean;

export const CONDITIONS = {
  /** action_source is web (SPEC §6.1: event_source_url is "web only"). */
  web: (c) => c.actionSource === 'web',
  /** action_source is app_ios or app_android. */
  app: (c) => c.actionSource === 'app_ios' || c.actionSource === 'app_android',
  /** A `page` message. */
  page: (c) => c.isPage,
  /** A track, or a screen mapped by eventsMapping: it carries custom_data (SPEC §6.4). */
  trackEvent: (c) => c.trackLike,
  /** The event's row in the event table lists this custom_data key (SPEC §5). */
  listed: (c, key) => c.listed.includes(key as CustomDataField),
  /** A single-product event (SPEC §6.4): product_viewed, product_added, product_added_to_wishlist, … */
  singleProduct: (c) => c.singleProduct,
  /** The event's products come from `properties.products`, so `properties.quantity` counts them all. */
  listEvent: (c) => c.isList,
  /** The visitor did not refuse Pinterest's click ID (SPEC §6.6). */
  clickIdConsented: (c) => !c.clickIdDenied,
  /** config externalIdFrom is anonymousId or both (SPEC §6.2). */
  externalIdFromAnonymousId: (c) => c.rc.config.externalIdFrom !== 'userId',
  /** config externalIdFrom is userId or both. */
  externalIdFromUserId: (c) => c.rc.config.externalIdFrom !== 'anonymousId',
} satisfies Record<string, Condition>;

export type ConditionName = keyof typeof CONDITIONS;
