// Pinterest's wire format under the names the code uses; generated from its schema (schema/pinterest-types.ts).
import type {
  ConversionEvent,
  ConversionEventAppInfo,
  ConversionEventContent,
  ConversionEventCustomData,
  ConversionEventDeviceInfo,
  ConversionEventsUserData,
  ConversionEventsUserDataProperties,
} from './schema/pinterest-types';

/** One event of `data` in POST /v5/ad_accounts/{id}/events. */
export type PinterestEvent = ConversionEvent;
/** user_data as it is built, before the identifier rule (SPEC §6.2) is checked. */
export type UserData = ConversionEventsUserDataProperties;
/** user_data with em, hashed_maids, or both client_ip_address and client_user_agent. */
export type IdentifiedUserData = ConversionEventsUserData;
export type CustomData = ConversionEventCustomData;
export type Content = ConversionEventContent;
export type AppInfo = ConversionEventAppInfo;
export type DeviceInfo = ConversionEventDeviceInfo;
/** An event while it is being built: its user_data not yet checked against the identifier rule. */
export type EventDraft = Omit<PinterestEvent, 'user_data'> & { user_data: UserData };
