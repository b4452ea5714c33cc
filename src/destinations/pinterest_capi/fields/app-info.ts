// The app_info table (SPEC §6.1): Pinterest's ConversionEventAppInfo, for app events only.
import type { Table } from '../mapping/row';
import type { AppInfo } from '../wire';

// On web events context.app describes the SDK (RudderStack's JS SDK sets "RudderLabs JavaScript SDK"), not an app.
export const APP_INFO_ROWS: Table<AppInfo> = [
  {
    key: 'app_id',
    from: ['context.app.namespace'],
    rule: 'text',
    hashed: false,
    when: 'app',
    description: 'the app’s store ID',
  },
  {
    key: 'app_name',
    from: ['context.app.name'],
    rule: 'text',
    hashed: false,
    when: 'app',
    description: 'the app’s name',
  },
  {
    key: 'app_package_name',
    from: ['context.app.namespace'],
    rule: 'text',
    hashed: false,
    when: 'app',
    description: 'the app’s package name (bundle ID)',
  },
  {
    key: 'app_version',
    from: ['context.app.version'],
    rule: 'text',
    hashed: false,
    when: 'app',
    description: 'the app’s version',
  },
  {
    key: 'install_time',
    from: ['context.app.installTime', 'properties.install_time'],
    rule: 'seconds',
    hashed: false,
    when: 'app',
    description: 'the install time (ISO-8601 or epoch), Unix seconds',
  },
  {
    key: 'window_width',
    from: ['context.screen.innerWidth'],
    rule: 'integer',
    hashed: false,
    when: 'app',
    description: 'the viewport’s inner width',
  },
  {
    key: 'window_height',
    from: ['context.screen.innerHeight'],
    rule: 'integer',
    hashed: false,
    when: 'app',
    description: 'the viewport’s inner height',
  },
];
