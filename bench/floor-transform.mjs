// The floor of `process` on the SPEC §14 workload (`node bench/chunks.mjs --phase floor`): its events written by hand
// for this workload only (no tables, no rules, no checks beyond what its messages need), giving exactly our requests.
// Not a destination: the distance between it and ours is what the generic engine costs. A user's first event borrows
// `dest`'s hashes.
import { isDeepStrictEqual } from 'node:util';

/** A fresh floor `process(input)`, synchronous, with its own per-user entries; `dest` is our built module. */
export function floor(dest) {
  const HASHED = ['em', 'ph', 'fn', 'ln', 'ge', 'db', 'ct', 'st', 'zp', 'country', 'external_id'];
  const users = new Map();

  // Per user, keyed by email: the raw values and their hashes. A user's first event borrows our hashes (the miss path
  // is not what this measures); later events compare the raw values, as our per-user memo does.
  function userEntry(m, input) {
    const t = m.context.traits;
    const a = t.address;
    const u = users.get(t.email);
    if (
      u !== undefined &&
      u.userId === m.userId &&
      u.phone === t.phone &&
      u.firstName === t.firstName &&
      u.lastName === t.lastName &&
      u.gender === t.gender &&
      u.birthday === t.birthday &&
      u.city === a.city &&
      u.state === a.state &&
      u.postalCode === a.postalCode &&
      u.country === a.country
    )
      return u;
    const ud = dest.processSync(input)[0].body.JSON.data[0].user_data;
    const { phone, firstName, lastName, gender, birthday } = t;
    const { city, state, postalCode, country } = a;
    const hashes = HASHED.map((k) => ud[k][0]);
    const entry = {
      userId: m.userId,
      phone,
      firstName,
      lastName,
      gender,
      birthday,
      city,
      state,
      postalCode,
      country,
      hashes,
    };
    users.set(t.email, entry);
    return entry;
  }

  function userData(m, input) {
    const h = userEntry(m, input).hashes;
    return {
      em: [h[0]],
      ph: [h[1]],
      fn: [h[2]],
      ln: [h[3]],
      ge: [h[4]],
      db: [h[5]],
      ct: [h[6]],
      st: [h[7]],
      zp: [h[8]],
      country: [h[9]],
      external_id: [h[10]],
      client_ip_address: m.context.ip,
      client_user_agent: m.context.userAgent,
    };
  }

  const printed = new Map();
  const money = (x) => {
    let s = printed.get(x);
    if (s === undefined) {
      s = String(Math.round(x * 100) / 100);
      printed.set(x, s);
    }
    return s;
  };

  function customData(name, p) {
    if (name === 'add_to_cart') {
      const item = { id: p.product_id, item_price: money(p.price), quantity: p.quantity, item_name: p.name };
      return {
        currency: p.currency,
        value: money(p.price * p.quantity),
        content_ids: [p.product_id],
        contents: [item],
        num_items: p.quantity,
        content_name: p.name,
      };
    }
    let value = 0;
    let items = 0;
    const ids = [];
    const contents = [];
    for (const q of p.products) {
      value += q.price * q.quantity;
      items += q.quantity;
      ids.push(q.product_id);
      contents.push({
        id: q.product_id,
        item_price: money(q.price),
        quantity: q.quantity,
        item_name: q.name,
        item_category: q.category,
        item_brand: q.brand,
      });
    }
    return {
      currency: p.currency,
      value: money(value),
      content_ids: ids,
      contents,
      num_items: items,
      order_id: p.order_id,
    };
  }

  const NAMES = { 'Order Completed': 'checkout', 'Product Added': 'add_to_cart' };
  // Every event's timestamp read (the workload's are all equal, so a remembered last one would flatter the floor),
  // as `YYYY-MM-DDTHH:mm:ss.sssZ` by digits, without the checks ours makes.
  const d = (s, i) => s.charCodeAt(i) - 48;
  const two = (s, i) => d(s, i) * 10 + d(s, i + 1);
  const seconds = (s) =>
    Math.floor(
      Date.UTC(two(s, 0) * 100 + two(s, 2), two(s, 5) - 1, two(s, 8), two(s, 11), two(s, 14), two(s, 17)) /
        1000,
    );

  function floorProcess(input) {
    const m = input.message;
    const c = input.destination.Config;
    const name = m.type === 'page' ? 'page_visit' : NAMES[m.event];
    const event = {
      event_name: name,
      action_source: 'web',
      event_time: seconds(m.timestamp),
      event_id: m.messageId,
      user_data: userData(m, input),
      event_source_url: m.context.page.url,
      partner_name: c.partnerName,
      language: m.context.locale.slice(0, 2),
      device_info: { locale: m.context.locale },
    };
    if (name !== 'page_visit') event.custom_data = customData(name, m.properties);
    return [
      {
        version: '1',
        type: 'REST',
        method: 'POST',
        endpoint: `https://api.pinterest.com/v5/ad_accounts/${c.adAccountId}/events`,
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${c.accessToken}` },
        params: {},
        body: { JSON: { data: [event] }, JSON_ARRAY: {}, XML: {}, FORM: {} },
        files: {},
      },
    ];
  }

  return floorProcess;
}

const plain = (v) => JSON.parse(JSON.stringify(v));

/** The first input whose requests from the floor and from `dest.process` differ, as text; undefined when none does. */
export async function differenceFromFloor(dest, inputs) {
  const f = floor(dest);
  for (const input of inputs) {
    const [ours, theirs] = [await dest.process(input), f(input)];
    if (!isDeepStrictEqual(plain(ours), plain(theirs)))
      return `${JSON.stringify(ours)}\n${JSON.stringify(theirs)}`;
  }
  return undefined;
}
