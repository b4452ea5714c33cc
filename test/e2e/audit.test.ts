// `pinterest-capi audit` on a small file whose identifier coverage was counted by hand (SPEC §11): nothing is sent.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, scratch } from './support/cli';

const files = scratch('pcapi-audit-');
const ts = new Date(Date.now() - 60_000).toISOString();
const UA = 'Mozilla/5.0';
// "Signed Up" multiplexes to two Pinterest events: one input, two rows of the report.
const config = files.json({
  adAccountId: '549755885175',
  accessToken: 'audit-secret-token',
  eventsMapping: [
    { from: 'Signed Up', to: 'signup' },
    { from: 'Signed Up', to: 'lead' },
  ],
});
const lines = [
  // 1. page_visit: em, external_id, ip+ua
  {
    type: 'page',
    messageId: 'p1',
    anonymousId: 'a1',
    timestamp: ts,
    context: { ip: '203.0.113.1', userAgent: UA, traits: { email: 'a@example.com' } },
  },
  // 2. page_visit: ip+ua only
  { type: 'page', messageId: 'p2', timestamp: ts, context: { ip: '203.0.113.2', userAgent: UA } },
  // 3. page_visit: em, ph, external_id, click_id; an IP without user agent does not count as the pair
  {
    type: 'page',
    messageId: 'p3',
    anonymousId: 'a3',
    timestamp: ts,
    context: {
      ip: '203.0.113.3',
      traits: { email: 'c@example.com', phone: '+14155550123' },
      providers: { pinterestCAPI: { epik: 'dj0yJnU9ZXhhbXBsZQ' } },
    },
  },
  // 4. checkout: em, ip+ua
  {
    type: 'track',
    event: 'Order Completed',
    messageId: 'o4',
    timestamp: ts,
    context: { ip: '203.0.113.4', userAgent: UA, traits: { email: 'd@example.com' } },
  },
  // 5. checkout: hashed_maids
  {
    type: 'track',
    event: 'Order Completed',
    messageId: 'o5',
    timestamp: ts,
    context: { device: { advertisingId: '6D92078A-8246-4BA4-AE5B-76104861E7DC' } },
  },
  // 6. signup + lead: em each
  {
    type: 'track',
    event: 'Signed Up',
    messageId: 's6',
    timestamp: ts,
    context: { traits: { email: 'f@example.com' } },
  },
  // 7. filtered: no row maps it
  {
    type: 'track',
    event: 'Wishlist Shared',
    messageId: 'w7',
    timestamp: ts,
    context: { ip: '203.0.113.7', userAgent: UA },
  },
  // 8. rejected: no identifier Pinterest accepts on its own
  { type: 'track', event: 'Order Completed', messageId: 'o8', timestamp: ts },
];
const events = join(files.dir, 'events.ndjson');
writeFileSync(
  events,
  [
    ...lines.map((l) => JSON.stringify(l)),
    // 9. rejected: not JSON
    '{"type": "page",',
    // 10. rejected: no timestamp
    JSON.stringify({ type: 'page', messageId: 'p10', context: { ip: '203.0.113.10', userAgent: UA } }),
  ].join('\n'),
);

const cov = (n: number, w: number[], p: number[]) => {
  const keys = [
    'em',
    'ph',
    'external_id',
    'hashed_maids',
    'click_id',
    'client_ip_address+client_user_agent',
    'event_id',
  ];
  return {
    events: n,
    with: Object.fromEntries(keys.map((k, i) => [k, w[i]])),
    percent: Object.fromEntries(keys.map((k, i) => [k, p[i]])),
  };
};

// Counted from the comments above: page_visit lines 1–3, checkout 4–5, signup and lead from line 6.
const expected = {
  inputs: 10,
  toSend: 6,
  events: 7,
  eventNames: {
    page_visit: cov(3, [2, 1, 2, 0, 1, 2, 3], [66.7, 33.3, 66.7, 0, 33.3, 66.7, 100]),
    checkout: cov(2, [1, 0, 0, 1, 0, 1, 2], [50, 0, 0, 50, 0, 50, 100]),
    lead: cov(1, [1, 0, 0, 0, 0, 0, 1], [100, 0, 0, 0, 0, 0, 100]),
    signup: cov(1, [1, 0, 0, 0, 0, 0, 1], [100, 0, 0, 0, 0, 0, 100]),
  },
  // em 5/7, ph 1/7, external_id 2/7, hashed_maids 1/7, click_id 1/7, ip+ua 3/7, event_id 7/7
  total: cov(7, [5, 1, 2, 1, 1, 3, 7], [71.4, 14.3, 28.6, 14.3, 14.3, 42.9, 100]),
  filtered: {
    count: 1,
    topReasons: [{ message: 'event "Wishlist Shared" is not mapped to a Pinterest event', count: 1 }],
  },
  rejected: { count: 3 },
};

it('--json: counts and shares per Pinterest event name, filtered and rejected with reasons', async () => {
  const r = await run(['audit', '--config', config, events, '--json']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const report = JSON.parse(r.stdout);
  expect(report).toMatchObject(expected);
  // Most events first, then by name.
  expect(Object.keys(report.eventNames)).toEqual(['page_visit', 'checkout', 'lead', 'signup']);
  const reasons = report.rejected.topReasons.map((x: { message: string }) => x.message);
  expect(reasons).toHaveLength(3);
  expect(reasons).toContain(
    'user_data needs em, hashed_maids, or both client_ip_address and client_user_agent',
  );
  expect(reasons.find((m: string) => m.startsWith('line 9: not valid JSON'))).toBeDefined();
  expect(reasons.find((m: string) => m.includes('pass --fill-timestamp'))).toBeDefined();
  expect(r.stdout).not.toContain('audit-secret-token');
});

it('the table: one row per event name and an "all" row, shares in %', async () => {
  const r = await run(['audit', '--config', config, events]);
  expect(r.status).toBe(0);
  const rows = r.stdout.split('\n');
  expect(rows.slice(0, 3)).toEqual(['inputs: 10', 'to send: 6', 'events: 7']);
  const cells = (name: string) =>
    rows
      .find((l) => l.startsWith(`${name} `))
      ?.trim()
      .split(/\s+/);
  expect(rows.find((l) => l.startsWith('event_name'))?.split(/\s+/)).toEqual([
    'event_name',
    'events',
    'em',
    'ph',
    'external_id',
    'hashed_maids',
    'click_id',
    'ip+user_agent',
    'event_id',
  ]);
  expect(cells('page_visit')).toEqual([
    'page_visit',
    '3',
    '66.7%',
    '33.3%',
    '66.7%',
    '0%',
    '33.3%',
    '66.7%',
    '100%',
  ]);
  expect(cells('checkout')).toEqual(['checkout', '2', '50%', '0%', '0%', '50%', '0%', '50%', '100%']);
  expect(cells('all')).toEqual(['all', '7', '71.4%', '14.3%', '28.6%', '14.3%', '14.3%', '42.9%', '100%']);
  expect(r.stdout).toContain(
    '\nfiltered: 1\n  1 × event "Wishlist Shared" is not mapped to a Pinterest event\n',
  );
  expect(r.stdout).toContain('\nrejected: 3\n');
});

it('--top-errors 1 keeps one reason per outcome', async () => {
  const r = await run(['audit', '--config', config, events, '--json', '--top-errors', '1']);
  expect(JSON.parse(r.stdout).rejected).toMatchObject({ count: 3, topReasons: [{ count: 1 }] });
});

it('an empty file: zero everywhere, no table', async () => {
  const empty = join(files.dir, 'empty.ndjson');
  writeFileSync(empty, '');
  const r = await run(['audit', '--config', config, empty]);
  expect(r.status).toBe(0);
  expect(r.stdout).toBe('inputs: 0\nto send: 0\nevents: 0\nfiltered: 0\nrejected: 0\n');
});
