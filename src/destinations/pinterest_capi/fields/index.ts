// Every field table by the object it fills, and a stable description of their rows for docs and tools.
import { compileSource } from '../mapping/sources';
import type { AnyRow } from '../mapping/row';
import { APP_INFO_ROWS } from './app-info';
import { CONTENT_ROWS, CUSTOM_DATA_ROWS } from './custom-data';
import { DEVICE_INFO_ROWS } from './device-info';
import { EVENT_ROWS } from './event';
import { USER_DATA_ROWS } from './user-data';

export { APP_INFO_ROWS, CONTENT_ROWS, CUSTOM_DATA_ROWS, DEVICE_INFO_ROWS, EVENT_ROWS, USER_DATA_ROWS };

/** Where each table's keys live in a Pinterest event ("" = the event itself). */
export const TABLES: readonly { object: string; rows: readonly AnyRow[] }[] = [
  { object: '', rows: EVENT_ROWS },
  { object: 'user_data', rows: USER_DATA_ROWS },
  { object: 'custom_data', rows: CUSTOM_DATA_ROWS },
  { object: 'custom_data.contents[]', rows: CONTENT_ROWS },
  { object: 'app_info', rows: APP_INFO_ROWS },
  { object: 'device_info', rows: DEVICE_INFO_ROWS },
];

/** One row as a README generator or an audit command reads it; the shape is kept stable. */
export interface FieldDescription {
  /** Dotted Pinterest key, e.g. `user_data.em`, `custom_data.contents[].id`. */
  key: string;
  /** Dotted sources in order (`product.` = each product; `config.x` = a config field; `<config.x>` = the path it names). */
  sources: string[];
  rule: string;
  hashed: boolean;
  /** The row's condition, if any (mapping/conditions.ts). */
  condition: string | undefined;
  description: string;
}

const describe = (object: string, row: AnyRow): FieldDescription => ({
  key: object ? `${object}.${row.key}` : row.key,
  sources: row.from.map((s) => compileSource(s).dotted),
  rule: row.rule,
  hashed: row.hashed,
  condition: row.when,
  description: row.description,
});

/** Every row of every table, in table order. */
export const FIELD_REFERENCE: readonly FieldDescription[] = TABLES.flatMap(({ object, rows }) =>
  rows.map((row) => describe(object, row)),
);

/** The row that fills a dotted key (`user_data.em`), if the project fills it. */
export const ROW_BY_KEY: ReadonlyMap<string, AnyRow> = new Map(
  TABLES.flatMap(({ object, rows }) =>
    rows.map((row) => [object ? `${object}.${row.key}` : row.key, row] as const),
  ),
);
