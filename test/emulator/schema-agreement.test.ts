// "The emulator rejects exactly what Pinterest's schema rejects": emulator 400 ⟺ Ajv rejects, over a table of bodies.
import type { Emulator } from '../../src/emulator/types';
import { post, requestBodyErrors, responseProblems, start, validEvent } from './support/emulator';

let em: Emulator;
beforeAll(async () => {
  ({ em } = await start({ logLevel: 'silent' }));
});
afterAll(() => em.close());

const event = validEvent;
const without = (key: string) => {
  const e = event();
  delete e[key];
  return e;
};
const many = (n: number) => Array.from({ length: n }, () => event());
const fullEvent = () =>
  event({
    action_source: 'app_android',
    app_id: 'com.shop',
    app_name: 'Shop',
    app_version: '1.2.3',
    app_info: { app_id: 'com.shop', install_time: 1700000000, window_height: 800, window_width: 400 },
    device_brand: 'Pixel',
    device_carrier: null,
    device_model: 'Pixel 9',
    device_type: 'phone',
    device_info: { form_factor: 'cellphone', os_family: 'android', languages: ['en'], battery_level: 80 },
    language: 'en',
    opt_out: false,
    os_version: '15',
    partner_name: 'ss-rudderstack',
    wifi: true,
    user_data: {
      em: ['a'.repeat(64)],
      ph: ['b'.repeat(64)],
      hashed_maids: ['c'.repeat(64)],
      client_ip_address: '203.0.113.9',
      client_user_agent: 'Mozilla/5.0',
      click_id: null,
      partner_id: 'p-1',
      external_id: ['d'.repeat(64)],
    },
    custom_data: {
      currency: 'USD',
      value: '42.50',
      content_ids: ['sku-1'],
      content_name: 'Shoes',
      content_category: null,
      content_brand: 'Acme',
      contents: [{ id: 'sku-1', item_price: '21.25', quantity: 2, item_name: 'Shoe', item_brand: 'Acme' }],
      num_items: 2,
      order_id: 'o-1',
      search_string: null,
      opt_out_type: 'LDP',
      np: null,
      predicted_ltv: '100',
      external_measurement_vendor_id: 3,
    },
  });

// [description, body, does the schema accept it?]: the expectation keeps the table honest, Ajv is the judge.
const TABLE: [string, unknown, boolean][] = [
  ['one minimal event identified by em', { data: [event()] }, true],
  ['identified by hashed_maids', { data: [event({ user_data: { hashed_maids: ['x'] } })] }, true],
  [
    'identified by client_ip_address + client_user_agent',
    { data: [event({ user_data: { client_ip_address: '1.2.3.4', client_user_agent: 'UA' } })] },
    true,
  ],
  ['every optional field', { data: [fullEvent()] }, true],
  [
    'nullable fields set to null',
    { data: [event({ event_source_url: null, app_id: null, language: null })] },
    true,
  ],
  ['empty custom_data', { data: [event({ custom_data: {} })] }, true],
  [
    'an event_name outside the list (per-event failure, not 400)',
    { data: [event({ event_name: 'purchase' })] },
    true,
  ],
  ['an event 30 days old (per-event failure, not 400)', { data: [event({ event_time: 1 })] }, true],
  ['1000 events (maxItems)', { data: many(1000) }, true],
  [
    'user_data with extra keys, "__proto__" and "constructor" included (user_data allows any key)',
    {
      data: [
        event({ user_data: { em: ['x'], ['__proto__']: { polluted: 1 }, constructor: { prototype: 1 } } }),
      ],
    },
    true,
  ],
  ['a "__proto__" key at event level', { data: [event({ ['__proto__']: { polluted: 1 } })] }, false],
  ['body is not an object', [event()], false],
  ['body is null', null, false],
  ['data missing', {}, false],
  ['data is not an array', { data: event() }, false],
  ['unknown top-level key', { data: [event()], test: true }, false],
  ['no events (minItems 1)', { data: [] }, false],
  ['1001 events (maxItems 1000)', { data: many(1001) }, false],
  ...['event_name', 'action_source', 'event_time', 'user_data', 'event_id'].map(
    (key): [string, unknown, boolean] => [`required ${key} missing`, { data: [without(key)] }, false],
  ),
  ['unknown event-level key', { data: [event({ properties: {} })] }, false],
  ['unknown custom_data key', { data: [event({ custom_data: { revenue: '1' } })] }, false],
  [
    'contents item with an unknown key',
    { data: [event({ custom_data: { contents: [{ sku: 'x' }] } })] },
    false,
  ],
  [
    'contents item quantity as a string',
    { data: [event({ custom_data: { contents: [{ quantity: '2' }] } })] },
    false,
  ],
  ['event_time as a string', { data: [event({ event_time: '1700000000' })] }, false],
  ['event_time with a fraction', { data: [event({ event_time: 1700000000.5 })] }, false],
  ['event_id as a number', { data: [event({ event_id: 7 })] }, false],
  ['value as a number', { data: [event({ custom_data: { value: 42.5 } })] }, false],
  ['num_items with a fraction', { data: [event({ custom_data: { num_items: 1.5 } })] }, false],
  ['opt_out as a string', { data: [event({ opt_out: 'false' })] }, false],
  ['event_source_url as a number', { data: [event({ event_source_url: 1 })] }, false],
  ['em as a string instead of an array', { data: [event({ user_data: { em: 'x' } })] }, false],
  ['em holding a number', { data: [event({ user_data: { em: [1] } })] }, false],
  ['user_data without any identifier', { data: [event({ user_data: {} })] }, false],
  ['user_data with only ph', { data: [event({ user_data: { ph: ['x'] } })] }, false],
  [
    'client_ip_address without client_user_agent',
    { data: [event({ user_data: { client_ip_address: '1.2.3.4' } })] },
    false,
  ],
  [
    'client_user_agent without client_ip_address',
    { data: [event({ user_data: { client_user_agent: 'UA' } })] },
    false,
  ],
  ['user_data as an array', { data: [event({ user_data: [] })] }, false],
  [
    'device_info form_factor outside its enum',
    { data: [event({ device_info: { form_factor: 'phone' } })] },
    false,
  ],
  ['device_info with an unknown key', { data: [event({ device_info: { ram: 8 } })] }, false],
  [
    'app_info window_width above its maximum',
    { data: [event({ app_info: { window_width: 40000 } })] },
    false,
  ],
  ['app_info install_time negative', { data: [event({ app_info: { install_time: -1 } })] }, false],
  ['one bad event among good ones', { data: [event(), event({ event_time: 'x' }), event()] }, false],
];

describe('emulator status 400 ⟺ Ajv rejects the body (conversions-api.schema.json, ConversionEvents)', () => {
  it.each(TABLE)('%s', async (_what, body, accepted) => {
    const ajvErrors = requestBodyErrors(body);
    expect(ajvErrors.length === 0).toBe(accepted); // the row means what it says
    em.clear();
    const answer = await post(em, body);
    expect(answer.status === 400).toBe(ajvErrors.length > 0);
    expect(responseProblems(answer.status, answer.body)).toEqual([]);
    if (ajvErrors.length > 0) {
      expect(answer.body.code).toBe(4196);
      expect(answer.body.message).toContain(ajvErrors[0]?.instancePath || '/');
      expect(em.events()).toEqual([]);
    } else {
      expect([200, 422]).toContain(answer.status);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });
});
