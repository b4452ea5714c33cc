// Event-level keys (SPEC §6.1): one row per Pinterest key; user_data, custom_data, app_info, device_info have tables of their own.
import type { Table } from '../mapping/row';
import type { PinterestEvent } from '../wire';

// Pinterest's flat app fields, sent only for app events.
const app = (
  key:
    | 'app_id'
    | 'app_name'
    | 'app_version'
    | 'device_brand'
    | 'device_model'
    | 'device_type'
    | 'os_version'
    | 'device_carrier',
  from: string,
  description: string,
) => ({ key, from: [from], rule: 'text', hashed: false, when: 'app', description }) as const;

export const EVENT_ROWS: Table<PinterestEvent> = [
  {
    key: 'event_name',
    from: ['type', 'event', 'name'],
    rule: 'eventName',
    hashed: false,
    description: 'the event table and eventsMapping (SPEC §5)',
  },
  {
    key: 'action_source',
    from: [
      'properties.action_source',
      'context.traits.action_source',
      'channel',
      'context.device.type',
      'context.os.name',
      'context.device.manufacturer',
    ],
    rule: 'actionSource',
    hashed: false,
    description:
      'config actionSource unless auto; else a valid explicit value; else channel; else device evidence (type, OS name) → app_ios for Apple/iOS, app_android; else web',
  },
  {
    key: 'event_time',
    from: ['timestamp', 'originalTimestamp', 'sentAt'],
    rule: 'eventTime',
    hashed: false,
    description: 'the first parseable time, Unix seconds; missing, too old or > 5 min ahead → 400',
  },
  {
    key: 'event_id',
    from: [{ pathIn: 'deduplicationKey' }, 'messageId'],
    rule: 'eventId',
    hashed: false,
    description: 'the value at config deduplicationKey, else messageId; neither → 400',
  },
  {
    key: 'event_source_url',
    from: ['context.page.url', { path: 'properties.url', when: 'page' }],
    rule: 'url',
    hashed: false,
    when: 'web',
    description:
      'the page URL (properties.url on page events); without epik when consent is denied (SPEC §6.6)',
  },
  {
    key: 'partner_name',
    from: [{ config: 'partnerName' }],
    rule: 'text',
    hashed: false,
    description: 'config partnerName',
  },
  {
    key: 'opt_out',
    from: ['context.device.adTrackingEnabled'],
    rule: 'inverted',
    hashed: false,
    description: 'true when ad tracking is disabled; absent → omitted',
  },
  {
    key: 'language',
    from: ['context.locale'],
    rule: 'language',
    hashed: false,
    description: 'the locale’s 2-letter language (en-US → en)',
  },
  app('app_id', 'context.app.namespace', 'the app’s store ID'),
  app('app_name', 'context.app.name', 'the app’s name'),
  app('app_version', 'context.app.version', 'the app’s version'),
  app('device_brand', 'context.device.manufacturer', 'the device’s manufacturer'),
  app('device_model', 'context.device.model', 'the device’s model'),
  app('device_type', 'context.device.type', 'the device’s type'),
  app('os_version', 'context.os.version', 'the OS version'),
  app('device_carrier', 'context.network.carrier', 'the mobile carrier'),
  {
    key: 'wifi',
    from: ['context.network.wifi'],
    rule: 'boolean',
    hashed: false,
    when: 'app',
    description: 'whether the device is on Wi-Fi',
  },
];
