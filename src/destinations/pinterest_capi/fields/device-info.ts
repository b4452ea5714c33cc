// The device_info table (SPEC §6.1): Pinterest's ConversionEventDeviceInfo, for every event and action source.
import type { Table } from '../mapping/row';
import type { DeviceInfo } from '../wire';

// Locale, time zone and screen are as true in a browser as on a phone: no condition.
export const DEVICE_INFO_ROWS: Table<DeviceInfo> = [
  {
    key: 'brand',
    from: ['context.device.manufacturer'],
    rule: 'text',
    hashed: false,
    description: 'the manufacturer',
  },
  {
    key: 'model',
    from: ['context.device.model'],
    rule: 'text',
    hashed: false,
    description: 'the device model',
  },
  { key: 'type', from: ['context.device.type'], rule: 'text', hashed: false, description: 'the device type' },
  {
    key: 'carrier',
    from: ['context.network.carrier'],
    rule: 'text',
    hashed: false,
    description: 'the mobile carrier',
  },
  {
    key: 'network_type',
    from: ['context.network.wifi'],
    rule: 'wifiNetwork',
    hashed: false,
    description: 'wifi when context.network.wifi is true (CDP contexts do not say which cellular generation)',
  },
  {
    key: 'os_family',
    from: ['context.os.name'],
    rule: 'osFamily',
    hashed: false,
    description:
      'iOS/iPadOS → ios, Android → android, Mac OS/macOS → macos, Windows, Linux; any other OS → other',
  },
  {
    key: 'os_version',
    from: ['context.os.version'],
    rule: 'text',
    hashed: false,
    description: 'the OS version',
  },
  {
    key: 'locale',
    from: ['context.locale'],
    rule: 'locale',
    hashed: false,
    description: 'the BCP-47 locale (en_US is sent as en-US)',
  },
  {
    key: 'timezone',
    from: ['context.timezone'],
    rule: 'string',
    hashed: false,
    description: 'the time zone',
  },
  {
    key: 'screen_width',
    from: ['context.screen.width'],
    rule: 'integer',
    hashed: false,
    description: 'the screen width',
  },
  {
    key: 'screen_height',
    from: ['context.screen.height'],
    rule: 'integer',
    hashed: false,
    description: 'the screen height',
  },
  {
    key: 'screen_density',
    from: ['context.screen.density'],
    rule: 'integer',
    hashed: false,
    description: 'the screen density (whole numbers only)',
  },
];
