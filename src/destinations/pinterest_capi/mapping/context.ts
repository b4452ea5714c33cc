// What rules and conditions know about the event being mapped, gathered once per event (one object, one shape).
import type { ResolvedConfig } from '../config/resolve';
import type { CustomDataField } from '../events';
import type { PinterestEventName } from '../event-names';
import type { NormalizeContext } from '../normalize';

export type ActionSource = 'web' | 'app_ios' | 'app_android' | 'offline';

export interface EventContext extends NormalizeContext {
  message: Record<string, unknown>;
  rc: ResolvedConfig;
  /** The clock, epoch milliseconds. */
  now: number;
  /** The (first) Pinterest event name; multiplexed copies get their own (SPEC §5). */
  eventName: PinterestEventName;
  /** A `page` message (not a screen). */
  isPage: boolean;
  /** Resolved like a track (a track, or a screen mapped by eventsMapping): it carries custom_data (SPEC §6.4). */
  trackLike: boolean;
  /** The custom_data keys the event's row in the event table lists (SPEC §5). */
  listed: readonly CustomDataField[];
  /** The event's row describes one product in `properties` itself (SPEC §6.4). */
  singleProduct: boolean;
  /** The products the event describes (`properties.products`, or `[properties]` for a single product); null: none. */
  products: readonly Record<string, unknown>[] | null;
  /** The products come from a list (`properties.products`), so `properties.quantity` is the list's count. */
  isList: boolean;
  /** web, app_ios, app_android or offline. */
  actionSource: string;
  /** The browser sync reported that the visitor refused Pinterest's click ID (SPEC §6.6). */
  clickIdDenied: boolean;
  /** The event's address country, alpha-2 (phone and postcode rules depend on it). */
  country: string | undefined;
  defaultPhoneCountry: string | undefined;
}
