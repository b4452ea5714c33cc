// The README's event reference: the default event table (events.ts) and Pinterest's event names.
import { PINTEREST_EVENT_NAMES } from '../../src/destinations/pinterest_capi/event-names';
import { EVENT_TABLE, GENERIC_CUSTOM_DATA } from '../../src/destinations/pinterest_capi/events';
import { FIELD_REFERENCE } from '../../src/destinations/pinterest_capi/fields';
import { code, table } from './markdown';

const PRODUCT_FIELDS = ['content_ids', 'contents', 'num_items'];

/** The custom_data keys (not contents items) that a condition other than the event's row decides. */
const customDataWhen = (condition: string | undefined) =>
  FIELD_REFERENCE.filter(
    (f) => f.key.startsWith('custom_data.') && !f.key.includes('[]') && f.condition === condition,
  ).map((f) => code(f.key.slice('custom_data.'.length)));

export function eventReference(): string {
  const rows = EVENT_TABLE.map((row) => [
    row.from.map(code).join(', '),
    code(row.to),
    row.customData.map(code).join(', ') || '—',
    row.customData.some((f) => PRODUCT_FIELDS.includes(f))
      ? row.singleProduct
        ? 'the event’s `properties` (one product)'
        : '`properties.products[]`'
      : '—',
  ]);
  return [
    table(['CDP event (normalised)', 'Pinterest `event_name`', '`custom_data` keys', 'products from'], rows),
    `A CDP event without a row here (mapped by \`eventsMapping\`, or sent as \`custom\` by \`sendAsCustomEvent\`) carries ${GENERIC_CUSTOM_DATA.map(code).join(', ')}. Whatever its row, a track (or a screen that \`eventsMapping\` maps) also carries ${customDataWhen('trackEvent').join(', ')} when the event has them, and every event, of any type, ${customDataWhen(undefined).join(', ')} when its sources say so (see the [mapping reference](docs/reference.md#custom_data)).`,
    `Pinterest’s ${PINTEREST_EVENT_NAMES.length} event names (the values \`eventsMapping\` may map to): ${PINTEREST_EVENT_NAMES.map(code).join(', ')}.`,
  ].join('\n\n');
}
