// The field tables compiled against Pinterest's schema, once at load: what transform fills per event.
import { APP_INFO_ROWS } from '../fields/app-info';
import { CUSTOM_DATA_ROWS } from '../fields/custom-data';
import { DEVICE_INFO_ROWS } from '../fields/device-info';
import { EVENT_ROWS } from '../fields/event';
import { USER_DATA_ROWS } from '../fields/user-data';
import { SCHEMA_OBJECTS } from '../pinterest-fields';
import type { AppInfo, CustomData, DeviceInfo, EventDraft, UserData } from '../wire';
import { compileTable, type CompiledRow, type CompiledTable } from './engine';

// Keys every event must have: transform reads them one by one, before the others.
const FIRST = new Set(['event_name', 'action_source', 'event_time', 'event_id']);

export const EVENT: CompiledTable<EventDraft> = compileTable<EventDraft>(
  EVENT_ROWS,
  SCHEMA_OBJECTS.event,
  FIRST,
);
export const USER_DATA: CompiledTable<UserData> = compileTable(USER_DATA_ROWS, SCHEMA_OBJECTS.user_data);
export const CUSTOM_DATA: CompiledTable<CustomData> = compileTable(
  CUSTOM_DATA_ROWS,
  SCHEMA_OBJECTS.custom_data,
);
export const APP_INFO: CompiledTable<AppInfo> = compileTable(APP_INFO_ROWS, SCHEMA_OBJECTS.app_info);
export const DEVICE_INFO: CompiledTable<DeviceInfo> = compileTable(
  DEVICE_INFO_ROWS,
  SCHEMA_OBJECTS.device_info,
);

function take<O, K extends keyof O & string>(table: CompiledTable<O>, key: K): CompiledRow<O, K> {
  const row = table.rows.find((r): r is CompiledRow<O, K> => r.key === key);
  if (!row) throw new Error(`no row for ${key}`);
  return row;
}

export const REQUIRED = {
  action_source: take(EVENT, 'action_source'),
  event_time: take(EVENT, 'event_time'),
  event_id: take(EVENT, 'event_id'),
};
export const COUNTRY = take(USER_DATA, 'country');
