// Do we and the peer send the same thing for the bench workload? Transforms the first inputs of the workload
// through both `process` paths and compares every Pinterest field: event names, user_data (hashed or not),
// custom_data and the event-level fields. Prints one line per field that is not identical on every event.
//   node bench/peer-check.mjs --peer <dir of a built rudder-transformer> [--events 10]
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { loadPeer, peerDestination } from './peer.mjs';
import { destination, inputs } from './workload.mjs';

const { values: opt } = parseArgs({
  options: { peer: { type: 'string' }, events: { type: 'string', default: '10' } },
});
const N = Number(opt.events);
const now = Date.now();
const ours = createRequire(import.meta.url)('../dist/index.js');
const peer = loadPeer(opt.peer);
const sha = (s) => createHash('sha256').update(s).digest('hex');

// What the peer may have hashed instead of our normalised value (to name the difference, not to judge it).
const raw = (input, key) => {
  const t = input.message.context.traits;
  return {
    ct: t.address.city,
    st: t.address.state,
    zp: t.address.postalCode,
    country: t.address.country,
    db: t.birthday,
  }[key];
};
const guesses = (v) =>
  v === undefined
    ? []
    : [
        ['as sent', String(v)],
        ['trimmed, lowercased', String(v).trim().toLowerCase()],
        ['digits only', String(v).replace(/\D/g, '')],
      ];

// As they go on the wire (the peer leaves undefined-valued keys in its objects; JSON drops them).
const events = (requests) =>
  JSON.parse(JSON.stringify(requests.flatMap((r) => r.body.JSON.data ?? [r.body.JSON])));
const fields = new Map(); // "section.key" → {same, differ, oursOnly, peerOnly, notes:Set}
const note = (name, kind, text) => {
  if (!fields.has(name)) fields.set(name, { same: 0, differ: 0, oursOnly: 0, peerOnly: 0, notes: new Set() });
  const f = fields.get(name);
  f[kind] += 1;
  if (text) f.notes.add(text);
};

function compare(section, a = {}, b = {}, input) {
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const name = `${section}${key}`;
    if (key === 'user_data' || key === 'custom_data') continue;
    if (!(key in b)) note(name, 'oursOnly', `ours: ${JSON.stringify(a[key])}`.slice(0, 80));
    else if (!(key in a)) note(name, 'peerOnly', `peer: ${JSON.stringify(b[key])}`.slice(0, 80));
    else if (isDeepStrictEqual(a[key], b[key])) note(name, 'same');
    else if (section === 'user_data.' && Array.isArray(b[key]) && /^[0-9a-f]{64}$/.test(b[key][0])) {
      const hit = guesses(raw(input, key)).find(([, g]) => sha(g) === b[key][0]);
      note(
        name,
        'differ',
        hit ? `peer hashed the value ${hit[0]} (${JSON.stringify(hit[1])})` : 'different hash',
      );
    } else
      note(name, 'differ', `ours ${JSON.stringify(a[key])} / peer ${JSON.stringify(b[key])}`.slice(0, 100));
  }
}

const oursIn = inputs(0, N, now, destination);
const peerIn = inputs(0, N, now, peerDestination);
let compared = 0;
for (let i = 0; i < N; i += 1) {
  const a = events(await ours.process(oursIn[i]));
  const b = events(await peer.process(peerIn[i]));
  if (a.length !== b.length) throw new Error(`input ${i}: we send ${a.length} events, the peer ${b.length}`);
  for (let k = 0; k < a.length; k += 1) {
    compare('', a[k], b[k], oursIn[i]);
    compare('user_data.', a[k].user_data, b[k].user_data, oursIn[i]);
    compare('custom_data.', a[k].custom_data, b[k].custom_data, oursIn[i]);
    compared += 1;
  }
}
console.log(
  `config mapping check: ${compared} events (the first ${N} inputs of the workload) through both process paths`,
);
const same = [...fields]
  .filter(([, f]) => f.same > 0 && f.differ + f.oursOnly + f.peerOnly === 0)
  .map(([k]) => k);
console.log(`  identical on every event: ${same.join(', ')}`);
for (const [name, f] of fields) {
  if (f.differ + f.oursOnly + f.peerOnly === 0) continue;
  const counts = ['same', 'differ', 'oursOnly', 'peerOnly'].filter((k) => f[k]).map((k) => `${k} ${f[k]}`);
  console.log(`  ${name.padEnd(28)} ${counts.join(', ').padEnd(22)} ${[...f.notes].slice(0, 2).join('; ')}`);
}
process.exit(0);
