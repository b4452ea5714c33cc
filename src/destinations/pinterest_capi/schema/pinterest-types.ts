// Generated from conversions-api.schema.json by scripts/generate-types.mjs (npm run types:generate): do not edit.
// The wire format of Pinterest's events/create request and its answers (SPEC §3.2, §9).
/**
 * Object containing customer information data. Note, It is required at least one of 1) em, 2) hashed_maids or 3) pair client_ip_address + client_user_agent.
 *
 * This interface was referenced by `ConversionEvents`'s JSON-Schema
 * via the `definition` "ConversionEventsUserData".
 */
export type ConversionEventsUserData =
  | EMConversionEventsUserDataPropertyRequired
  | HashedMaidsConversionEventsUserDataPropertyRequired
  | ClientIPAddressConversionEventsUserDataPropertyRequired;

/**
 * A list of events (one or more) encapsulated by a data object.
 */
export interface ConversionEvents {
  /**
   * @minItems 1
   * @maxItems 1000
   */
  data: ConversionEvent[];
}
export interface ConversionEvent {
  /**
   * <p>The source indicating where the conversion event occurred.</p>
   * - `app_android`
   * - `app_ios`
   * - `web`
   * - `offline`
   */
  action_source: string;
  /**
   * The app store app ID.
   */
  app_id?: string | null;
  app_info?: ConversionEventAppInfo;
  /**
   * Name of the app.
   */
  app_name?: string | null;
  /**
   * Version of the app.
   */
  app_version?: string | null;
  custom_data?: ConversionEventCustomData;
  /**
   * Brand of the user device.
   */
  device_brand?: string | null;
  /**
   * User device's mobile carrier.
   */
  device_carrier?: string | null;
  device_info?: ConversionEventDeviceInfo;
  /**
   * Model of the user device.
   */
  device_model?: string | null;
  /**
   * Type of the user device.
   */
  device_type?: string | null;
  /**
   * A unique id string that identifies this event and can be used for deduping between events ingested via both the conversion API and Pinterest tracking. Without this, event's data is likely to be double counted and will cause report metric inflation. Third-party vendors make sure this field is updated on both Pinterest tag and Conversions API side before rolling out template for Conversions API.
   */
  event_id: string;
  /**
   * <p>The type of the user event. Please use the right event_name; otherwise the event will not be accepted and show up correctly in reports.</p>
   *
   * - `add_payment_info`
   * - `add_to_cart`
   * - `add_to_wishlist`
   * - `app_install`
   * - `checkout`
   * - `custom`
   * - `initiate_checkout`
   * - `lead`
   * - `page_visit`
   * - `search`
   * - `signup`
   * - `subscribe`
   * - `view_category`
   * - `view_content`
   * - `watch_video`
   */
  event_name: string;
  /**
   * URL of the web conversion event.
   */
  event_source_url?: string | null;
  /**
   * The time when the event happened. Unix timestamp in seconds.
   */
  event_time: number;
  /**
   * Two-character ISO-639-1 language code indicating the user's language.
   */
  language?: string | null;
  /**
   * When action_source is web or offline, it defines whether the user has opted out of tracking for web conversion events. While when action_source is app_android or app_ios, it defines whether the user has enabled Limit Ad Tracking on their iOS device, or opted out of Ads Personalization on their Android device.
   */
  opt_out?: boolean;
  /**
   * Version of the device operating system.
   */
  os_version?: string | null;
  /**
   * The third party partner name responsible to send the event to Conversions API on behalf of the advertiser. The naming convention is "ss-partnername" lowercase. E.g ‘ss-shopify’
   */
  partner_name?: string | null;
  user_data: ConversionEventsUserData;
  /**
   * Whether the event occurred when the user device was connected to wifi.
   */
  wifi?: boolean;
}
/**
 * Object containing information about the application where event occurred.
 *
 * This interface was referenced by `ConversionEvents`'s JSON-Schema
 * via the `definition` "ConversionEventAppInfo".
 */
export interface ConversionEventAppInfo {
  /**
   * App ID in Google Play Store, AppStore or other stores.
   */
  app_id?: string;
  /**
   * Name of the app. Primarily used for Mobile Apps.
   */
  app_name?: string;
  /**
   * App package name
   */
  app_package_name?: string;
  /**
   * The name of the app distributor or store from which the app was installed.
   * Some options: Samsung Galaxy Store, Google Play Store, Amazon Store, Apple App Store, F-Droid, Aptoide, Obtanium, Huawei AppGallery, Xiaomi Mi GetApps
   */
  app_store?: string;
  /**
   * App version. Primarily used for mobile apps
   */
  app_version?: string;
  /**
   * App install time. Unix timestamp in seconds
   */
  install_time?: number;
  /**
   * User Agent request header. Primarily used for Web events
   */
  user_agent?: string;
  /**
   * Inner height of the window or viewport.
   */
  window_height?: number;
  /**
   * Inner width of the window or viewport.
   */
  window_width?: number;
}
/**
 * Object containing other custom data.
 */
export interface ConversionEventCustomData {
  /**
   * The brand of the content associated with the event.
   */
  content_brand?: string | null;
  /**
   * The category of the content associated with the event.
   */
  content_category?: string | null;
  /**
   * List of products IDs. We recommend using this if you are a merchant for PageVisit, AddToCart and Checkouts. For detail, please check <a href="https://help.pinterest.com/en/business/article/before-you-get-started-with-catalogs" target="_blank">here</a> (Install the Pinterest tag section).
   */
  content_ids?: string[];
  /**
   * The name of the page or product associated with the event.
   */
  content_name?: string | null;
  /**
   * A list of objects containing information about products, such as price and quantity. We recommend using this if you are a merchant for PageVisit, AddToCart and Checkouts. For detail, please check <a href="https://help.pinterest.com/en/business/article/before-you-get-started-with-catalogs" target="_blank">here</a> (Install the Pinterest tag section).
   */
  contents?: ConversionEventContent[];
  /**
   * The ISO-4217 currency code. If not provided, we will default to the advertiser's currency set during account creation. Your campaign performance needs this field to report right ROAS/CPA.
   */
  currency?: string | null;
  /**
   * Only use when instructed.
   */
  external_measurement_id?: string | null;
  /**
   * Only use when instructed.
   */
  external_measurement_vendor_id?: number | null;
  /**
   * Named partner. Not required, this is for Pinterest internal use only. Please do not use this unless specifically guided.
   */
  np?: string | null;
  /**
   * Total number of products of the event. For example, the total number of items purchased in a checkout event. We recommend using this if you are a merchant for AddToCart and Checkouts. For detail, please check <a href="https://help.pinterest.com/en/business/article/before-you-get-started-with-catalogs" target="_blank">here</a> (Install the Pinterest tag section).
   */
  num_items?: number;
  /**
   * Flags for different privacy rights laws to opt out users of sharing personal information. Separate values with commas. See the Help Center article about <a href="https://help.pinterest.com/en/business/article/limited-data-processing" target="_blank">limited data processing</a> and the developer's guide for <a href="/docs/track-conversions/track-conversions-in-the-api/#whether-the-user-has-opted-out-of-web-or-offline-conversion-events" target="_blank">tracking conversion events</a> for help with using this parameter.
   */
  opt_out_type?: string | null;
  /**
   * The order ID. We recommend sending order_id to help us deduplicate events when necessary. This also helps to run other measurement products at Pinterest.
   */
  order_id?: string | null;
  /**
   * Predicted lifetime value of user associated with the event. Accepted as a string in the request; it will be parsed into a double.
   */
  predicted_ltv?: string | null;
  /**
   * The search string related to the user conversion event.
   */
  search_string?: string | null;
  /**
   * Total value of the event. Accepted as a string in the request; it will be parsed into a double. For example, if there are two items in a checkout event, the value should be the total price. We recommend to use pre-tax, pre-shipping final value.
   */
  value?: string | null;
}
export interface ConversionEventContent {
  /**
   * The id of a product. We recommend using this if you are a merchant for AddToCart and Checkouts. For detail, please check <a href="https://help.pinterest.com/en/business/article/before-you-get-started-with-catalogs" target="_blank">here</a> (Install the Pinterest tag section).
   */
  id?: string;
  /**
   * The brand of a product.
   */
  item_brand?: string;
  /**
   * The category of a product.
   */
  item_category?: string;
  /**
   * The name of a product.
   */
  item_name?: string;
  /**
   * The price of a product. Accepted as a string in the request; it will be parsed into a double. This is the original item value before any discount. We recommend using this if you are a merchant for PageVisit, AddToCart and Checkouts. For detail, please check <a href="https://help.pinterest.com/en/business/article/before-you-get-started-with-catalogs" target="_blank">here</a> (Install the Pinterest tag section).
   */
  item_price?: string;
  /**
   * The amount of a product. We recommend using this if you are a merchant for AddToCart and Checkouts. For detail, please check <a href="https://help.pinterest.com/en/business/article/before-you-get-started-with-catalogs" target="_blank">here</a> (Install the Pinterest tag section).
   */
  quantity?: number;
}
/**
 * Object containing information about the device where event occurred.
 *
 * This interface was referenced by `ConversionEvents`'s JSON-Schema
 * via the `definition` "ConversionEventDeviceInfo".
 */
export interface ConversionEventDeviceInfo {
  /**
   * Battery charge level percentage
   */
  battery_level?: number;
  /**
   * Device brand
   */
  brand?: string;
  /**
   * User device's mobile carrier.
   */
  carrier?: string;
  /**
   * Number of CPU cores
   */
  cpu_cores?: number;
  /**
   * External storage size in GB
   */
  external_storage_free_space?: number;
  /**
   * External storage size in GB
   */
  external_storage_size?: number;
  /**
   * Device form factor
   */
  form_factor?:
    'desktop' | 'laptop' | 'cellphone' | 'tablet' | 'smartwatch' | 'tv' | 'vr' | 'console' | 'other';
  /**
   * Kernel version. Examples:
   * Linux: 6.15. Obtain by running: uname -r
   * MacOS: 24.3.0. Obtain by running: sysctl kern.version
   * Android: 6.6. Obtain from OS.uname().release
   */
  kernel_version?: string;
  /**
   * List of user installed languages. ISO 639-1 format
   *
   * @minItems 0
   * @maxItems 100
   */
  languages?: string[];
  /**
   * Device locale BCP-47 format
   */
  locale?: string;
  /**
   * Device model name
   */
  model?: string;
  /**
   * Network type: 4G, 5G, ethernet, wifi
   * In Android: NetworkCapabilities.getNetworkCapabilities()
   */
  network_type?:
    | 'wifi'
    | 'cellular_2g'
    | 'cellular_3g'
    | 'cellular_4g'
    | 'cellular_5g'
    | 'cellular_6g'
    | 'ethernet'
    | 'unknown';
  /**
   * OS Family
   */
  os_family?: 'ios' | 'android' | 'macos' | 'windows' | 'linux' | 'bsd' | 'other';
  /**
   * Short name of the OS.
   * This value if specific to os family. Examples:
   * Windows: 10, 11; Android: 16; iOS: 18; MacOS: 15; Linux: Debian, Ubuntu, Arch
   */
  os_name?: string;
  /**
   * Marketing name for the release version
   * iOS: Dawn
   * Android: Baklava
   * MacOS: Sequoia
   * Ubuntu Linux: Plucky Puffin
   */
  os_release_name?: string;
  /**
   * Full name of the version. Examples:
   * iOS: 18.3
   * Android: 16.1
   * MacOS: 15.5
   * Windows: 24H2
   * Ubuntu Linux: 25.04
   */
  os_version?: string;
  /**
   * Screen density, PPI
   */
  screen_density?: number;
  /**
   * Screen height in pixels
   */
  screen_height?: number;
  /**
   * Screen width in pixels
   */
  screen_width?: number;
  /**
   * Internal storage size in GB
   */
  storage_free_space?: number;
  /**
   * Internal storage size in GB
   */
  storage_size?: number;
  /**
   * Device timezone
   */
  timezone?: string;
  /**
   * Timezone abbreviation
   */
  timezone_abbr?: string;
  /**
   * Device type
   */
  type?: string;
}
export interface EMConversionEventsUserDataPropertyRequired {
  /**
   * The unique identifier stored in _epik cookie on your domain or &epik= query parameter in the URL. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA.
   */
  click_id?: string | null;
  /**
   * The user's IP address, which can be either in IPv4 or IPv6 format. Used for matching. We highly recommend this for all events. It may improve reporting performance such as ROAS/CPA.
   */
  client_ip_address?: string;
  /**
   * The user agent string of the user's web browser. We highly recommend this for all events. It may improve reporting performance such as ROAS/CPA.
   */
  client_user_agent?: string;
  /**
   * Sha256 hashes of two-character ISO-3166 country code indicating the user's country, in lowercase. The string should be in the UTF-8 format.
   */
  country?: string[];
  /**
   * Sha256 hashes of user's city, in lowercase, and without spaces or punctuation. User residency city (mostly billing). The string should be in the UTF-8 format.
   */
  ct?: string[];
  /**
   * Sha256 hashes of user's date of birthday, given as year, month, and day. The string should be in the UTF-8 format.
   */
  db?: string[];
  /**
   * Sha256 hashes of lowercase version of user's email addresses. Used for matching. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format.
   */
  em: string[];
  /**
   * Sha256 hashes of the unique id from the advertiser that identifies a user in their space, e.g. user id, loyalty id, etc. We highly recommend this on all events. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format.
   */
  external_id?: string[];
  /**
   * Sha256 hashes of user's first name, in lowercase. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format.
   */
  fn?: string[];
  /**
   * Sha256 hashes of user's gender, in lowercase. Either "f" or "m" or "n" for non-binary gender. The string should be in the UTF-8 format.
   */
  ge?: string[];
  /**
   * Sha256 hashes of user's "Google Advertising IDs" (GAIDs) or "Apple's Identifier for Advertisers" (IDFAs). Used for matching. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format.
   */
  hashed_maids?: string[];
  /**
   * Sha256 hashes of user's last name, in lowercase. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format.
   */
  ln?: string[];
  /**
   * A unique identifier of visitors' information defined by third party partners. e.g RampID
   */
  partner_id?: string | null;
  /**
   * Sha256 hashes of user's phone numbers, only digits with country code, area code, and number. Remove any symbols, letters, spaces and leading zeros. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format.
   */
  ph?: string[];
  /**
   * Sha256 hashes of user's state, given as a two-letter code in lowercase. User residency state (mostly billing). The string should be in the UTF-8 format.
   */
  st?: string[];
  /**
   * Sha256 hashes of user's zipcode, only digits. User residency zipcode (mostly billing). The string should be in the UTF-8 format.
   */
  zp?: string[];
}
export interface HashedMaidsConversionEventsUserDataPropertyRequired {
  /**
   * The unique identifier stored in _epik cookie on your domain or &epik= query parameter in the URL. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA.
   */
  click_id?: string | null;
  /**
   * The user's IP address, which can be either in IPv4 or IPv6 format. Used for matching. We highly recommend this for all events. It may improve reporting performance such as ROAS/CPA.
   */
  client_ip_address?: string;
  /**
   * The user agent string of the user's web browser. We highly recommend this for all events. It may improve reporting performance such as ROAS/CPA.
   */
  client_user_agent?: string;
  /**
   * Sha256 hashes of two-character ISO-3166 country code indicating the user's country, in lowercase. The string should be in the UTF-8 format.
   */
  country?: string[];
  /**
   * Sha256 hashes of user's city, in lowercase, and without spaces or punctuation. User residency city (mostly billing). The string should be in the UTF-8 format.
   */
  ct?: string[];
  /**
   * Sha256 hashes of user's date of birthday, given as year, month, and day. The string should be in the UTF-8 format.
   */
  db?: string[];
  /**
   * Sha256 hashes of lowercase version of user's email addresses. Used for matching. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format.
   */
  em?: string[];
  /**
   * Sha256 hashes of the unique id from the advertiser that identifies a user in their space, e.g. user id, loyalty id, etc. We highly recommend this on all events. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format.
   */
  external_id?: string[];
  /**
   * Sha256 hashes of user's first name, in lowercase. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format.
   */
  fn?: string[];
  /**
   * Sha256 hashes of user's gender, in lowercase. Either "f" or "m" or "n" for non-binary gender. The string should be in the UTF-8 format.
   */
  ge?: string[];
  /**
   * Sha256 hashes of user's "Google Advertising IDs" (GAIDs) or "Apple's Identifier for Advertisers" (IDFAs). Used for matching. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format.
   */
  hashed_maids: string[];
  /**
   * Sha256 hashes of user's last name, in lowercase. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format.
   */
  ln?: string[];
  /**
   * A unique identifier of visitors' information defined by third party partners. e.g RampID
   */
  partner_id?: string | null;
  /**
   * Sha256 hashes of user's phone numbers, only digits with country code, area code, and number. Remove any symbols, letters, spaces and leading zeros. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format.
   */
  ph?: string[];
  /**
   * Sha256 hashes of user's state, given as a two-letter code in lowercase. User residency state (mostly billing). The string should be in the UTF-8 format.
   */
  st?: string[];
  /**
   * Sha256 hashes of user's zipcode, only digits. User residency zipcode (mostly billing). The string should be in the UTF-8 format.
   */
  zp?: string[];
}
export interface ClientIPAddressConversionEventsUserDataPropertyRequired {
  /**
   * The unique identifier stored in _epik cookie on your domain or &epik= query parameter in the URL. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA.
   */
  click_id?: string | null;
  /**
   * The user's IP address, which can be either in IPv4 or IPv6 format. Used for matching. We highly recommend this for all events. It may improve reporting performance such as ROAS/CPA.
   */
  client_ip_address: string;
  /**
   * The user agent string of the user's web browser. We highly recommend this for all events. It may improve reporting performance such as ROAS/CPA.
   */
  client_user_agent: string;
  /**
   * Sha256 hashes of two-character ISO-3166 country code indicating the user's country, in lowercase. The string should be in the UTF-8 format.
   */
  country?: string[];
  /**
   * Sha256 hashes of user's city, in lowercase, and without spaces or punctuation. User residency city (mostly billing). The string should be in the UTF-8 format.
   */
  ct?: string[];
  /**
   * Sha256 hashes of user's date of birthday, given as year, month, and day. The string should be in the UTF-8 format.
   */
  db?: string[];
  /**
   * Sha256 hashes of lowercase version of user's email addresses. Used for matching. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format.
   */
  em?: string[];
  /**
   * Sha256 hashes of the unique id from the advertiser that identifies a user in their space, e.g. user id, loyalty id, etc. We highly recommend this on all events. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format.
   */
  external_id?: string[];
  /**
   * Sha256 hashes of user's first name, in lowercase. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format.
   */
  fn?: string[];
  /**
   * Sha256 hashes of user's gender, in lowercase. Either "f" or "m" or "n" for non-binary gender. The string should be in the UTF-8 format.
   */
  ge?: string[];
  /**
   * Sha256 hashes of user's "Google Advertising IDs" (GAIDs) or "Apple's Identifier for Advertisers" (IDFAs). Used for matching. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format.
   */
  hashed_maids?: string[];
  /**
   * Sha256 hashes of user's last name, in lowercase. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format.
   */
  ln?: string[];
  /**
   * A unique identifier of visitors' information defined by third party partners. e.g RampID
   */
  partner_id?: string | null;
  /**
   * Sha256 hashes of user's phone numbers, only digits with country code, area code, and number. Remove any symbols, letters, spaces and leading zeros. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format.
   */
  ph?: string[];
  /**
   * Sha256 hashes of user's state, given as a two-letter code in lowercase. User residency state (mostly billing). The string should be in the UTF-8 format.
   */
  st?: string[];
  /**
   * Sha256 hashes of user's zipcode, only digits. User residency zipcode (mostly billing). The string should be in the UTF-8 format.
   */
  zp?: string[];
}
/**
 * Schema describing the object in the response, which contains information about the events that were received and processed.
 *
 * This interface was referenced by `ConversionEvents`'s JSON-Schema
 * via the `definition` "ConversionApiResponse".
 */
export interface ConversionApiResponse {
  /**
   * Specific messages for each event received. The order will match the order in which the events were received in the request.
   */
  events: {
    /**
     * Error message containing more information about why the event failed to be processed.
     */
    error_message?: string | null;
    /**
     * Whether the event was processed successfully.
     */
    status: 'failed' | 'processed';
    /**
     * Warning messages about any fields in the event which are not standard. These are not critical to event processing.
     */
    warning_message?: string | null;
  }[];
  /**
   * Number of events that were successfully processed from the events.
   */
  num_events_processed: number;
  /**
   * Total number of events received in the request.
   */
  num_events_received: number;
}
/**
 * This interface was referenced by `ConversionEvents`'s JSON-Schema
 * via the `definition` "ConversionEventsUserDataProperties".
 */
export interface ConversionEventsUserDataProperties {
  /**
   * The unique identifier stored in _epik cookie on your domain or &epik= query parameter in the URL. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA.
   */
  click_id?: string | null;
  /**
   * The user's IP address, which can be either in IPv4 or IPv6 format. Used for matching. We highly recommend this for all events. It may improve reporting performance such as ROAS/CPA.
   */
  client_ip_address?: string;
  /**
   * The user agent string of the user's web browser. We highly recommend this for all events. It may improve reporting performance such as ROAS/CPA.
   */
  client_user_agent?: string;
  /**
   * Sha256 hashes of two-character ISO-3166 country code indicating the user's country, in lowercase. The string should be in the UTF-8 format.
   */
  country?: string[];
  /**
   * Sha256 hashes of user's city, in lowercase, and without spaces or punctuation. User residency city (mostly billing). The string should be in the UTF-8 format.
   */
  ct?: string[];
  /**
   * Sha256 hashes of user's date of birthday, given as year, month, and day. The string should be in the UTF-8 format.
   */
  db?: string[];
  /**
   * Sha256 hashes of lowercase version of user's email addresses. Used for matching. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format.
   */
  em?: string[];
  /**
   * Sha256 hashes of the unique id from the advertiser that identifies a user in their space, e.g. user id, loyalty id, etc. We highly recommend this on all events. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format.
   */
  external_id?: string[];
  /**
   * Sha256 hashes of user's first name, in lowercase. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format.
   */
  fn?: string[];
  /**
   * Sha256 hashes of user's gender, in lowercase. Either "f" or "m" or "n" for non-binary gender. The string should be in the UTF-8 format.
   */
  ge?: string[];
  /**
   * Sha256 hashes of user's "Google Advertising IDs" (GAIDs) or "Apple's Identifier for Advertisers" (IDFAs). Used for matching. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format.
   */
  hashed_maids?: string[];
  /**
   * Sha256 hashes of user's last name, in lowercase. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format.
   */
  ln?: string[];
  /**
   * A unique identifier of visitors' information defined by third party partners. e.g RampID
   */
  partner_id?: string | null;
  /**
   * Sha256 hashes of user's phone numbers, only digits with country code, area code, and number. Remove any symbols, letters, spaces and leading zeros. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format.
   */
  ph?: string[];
  /**
   * Sha256 hashes of user's state, given as a two-letter code in lowercase. User residency state (mostly billing). The string should be in the UTF-8 format.
   */
  st?: string[];
  /**
   * Sha256 hashes of user's zipcode, only digits. User residency zipcode (mostly billing). The string should be in the UTF-8 format.
   */
  zp?: string[];
}
/**
 * Used for including extra details to a base error
 *
 * This interface was referenced by `ConversionEvents`'s JSON-Schema
 * via the `definition` "DetailedError".
 */
export interface DetailedError {
  code: number;
  details: {
    [k: string]: unknown;
  };
  message: string;
}
/**
 * This interface was referenced by `ConversionEvents`'s JSON-Schema
 * via the `definition` "Error".
 */
export interface PinterestError {
  code: number;
  message: string;
}
