// The emulator's answers over loopback: 200, 422, 400, 401, 403, 429, ?test=true, recording and its routes.
import type { Emulator } from '../../src/emulator/types';
import {
  ACCOUNT,
  type LogSink,
  nowSeconds,
  post,
  responseProblems,
  start,
  TOKEN,
  validEvent,
} from './support/emulator';

let em: Emulator;
let logs: LogSink;

beforeAll(async () => {
  ({ em, logs } = await start({ tokens: [TOKEN, 'second-token'], adAccounts: [ACCOUNT, '12345'] }));
});
afterAll(() => em.close());
beforeEach(() => em.clear());

/** Every answer of these tests must match the schema definition of its status. */
async function send(body: unknown, o: Parameters<typeof post>[2] = {}) {
  const answer = await post(em, body, o);
  expect(responseProblems(answer.status, answer.body)).toEqual([]);
  return answer;
}

describe('200', () => {
  it('answers every event processed, in order, and records them', async () => {
    const events = [validEvent(), validEvent({ action_source: 'app_ios', event_source_url: undefined })];
    const { status, body } = await send({ data: events });
    expect(status).toBe(200);
    expect(body).toEqual({
      num_events_received: 2,
      num_events_processed: 2,
      events: [
        { status: 'processed', error_message: null, warning_message: null },
        { status: 'processed', error_message: null, warning_message: null },
      ],
    });
    expect(em.events()).toEqual(events.map((e) => ({ ...e, ad_account_id: ACCOUNT, test: false })));
  });

  it('warns (without failing) about a web event without event_source_url', async () => {
    const { status, body } = await send({ data: [validEvent({ event_source_url: null })] });
    expect(status).toBe(200);
    expect(body.events).toEqual([
      {
        status: 'processed',
        error_message: null,
        warning_message: 'event_source_url is recommended for web events.',
      },
    ]);
  });

  it('accepts the second token and the second ad account', async () => {
    expect((await send({ data: [validEvent()] }, { token: 'second-token', account: '12345' })).status).toBe(
      200,
    );
    expect(em.events()[0]?.ad_account_id).toBe('12345');
  });
});

describe('422', () => {
  it('fails stale, future, millisecond, unknown-name and unknown-source events and records only the rest', async () => {
    const now = nowSeconds();
    const ok = validEvent();
    const data = [
      validEvent({ event_time: now - 8 * 86400 }),
      ok,
      validEvent({ event_time: now + 600 }),
      validEvent({ event_time: now * 1000 }),
      validEvent({ event_name: 'purchase' }),
      validEvent({ action_source: 'phone' }),
      validEvent({ event_time: now - 6 * 86400 }),
    ];
    const { status, body } = await send({ data });
    expect(status).toBe(422);
    expect(body).toMatchObject({ code: 953, message: 'Not all events were successfully processed.' });
    const details = body.details as {
      num_events_received: number;
      num_events_processed: number;
      events: unknown[];
    };
    expect(details.num_events_received).toBe(7);
    expect(details.num_events_processed).toBe(2);
    expect(details.events).toEqual([
      { status: 'failed', error_message: expect.stringMatching(/older than 7 days/), warning_message: null },
      { status: 'processed', error_message: null, warning_message: null },
      { status: 'failed', error_message: expect.stringMatching(/in the future/), warning_message: null },
      { status: 'failed', error_message: expect.stringMatching(/in the future/), warning_message: null },
      { status: 'failed', error_message: expect.stringMatching(/event_name/), warning_message: null },
      { status: 'failed', error_message: expect.stringMatching(/action_source/), warning_message: null },
      { status: 'processed', error_message: null, warning_message: null },
    ]);
    expect(em.events().map((e) => e.event_id)).toEqual([ok.event_id, data[6]?.event_id]);
  });

  it('answers 422 when no event is processed, and gives the same message for the same problem', async () => {
    const old = nowSeconds() - 30 * 86400;
    const { status, body } = await send({
      data: [validEvent({ event_time: old }), validEvent({ event_time: old + 1 })],
    });
    expect(status).toBe(422);
    const [a, b] = (body.details as { events: { error_message: string }[] }).events;
    expect(a?.error_message).toBe(b?.error_message);
    expect(em.events()).toEqual([]);
  });
});

describe('400', () => {
  it('names the first violations (path and message), at most three, and records nothing', async () => {
    const bad = { data: [{ ...validEvent(), extra: 1, event_time: 'now' }, { user_data: {} }] };
    const { status, body } = await send(bad);
    expect(status).toBe(400);
    expect(body.code).toBe(4196);
    const message = body.message as string;
    expect(message).toContain('/data/0 must NOT have additional properties (extra)');
    expect(message).toContain('/data/0/event_time must be integer');
    expect(message.split('; ').length).toBe(4); // three violations and "…and N more"
    expect(message).toMatch(/…and \d+ more$/);
    expect(em.events()).toEqual([]);
  });

  it('folds the user_data alternatives into one line that says what is missing', async () => {
    const none = await send({ data: [validEvent({ user_data: { ph: ['x'] } })] });
    expect(none.body.message).toBe(
      'Invalid request: /data/0/user_data must have em or hashed_maids or client_ip_address and client_user_agent',
    );
    const ipOnly = await send({ data: [validEvent({ user_data: { client_ip_address: '1.2.3.4' } })] });
    expect(ipOnly.body.message).toBe(
      'Invalid request: /data/0/user_data must have em or hashed_maids or client_user_agent',
    );
  });

  it('rejects a body that is not JSON, and a bad test parameter', async () => {
    const notJson = await send(undefined, { raw: '{"data": [' });
    expect(notJson).toMatchObject({ status: 400, body: { code: 4196 } });
    const badTest = await send({ data: [validEvent()] }, { query: '?test=maybe' });
    expect(badTest).toMatchObject({ status: 400, body: { code: 4196 } });
    expect(em.events()).toEqual([]);
  });
});

describe('401 and 403', () => {
  it.each([
    ['no Authorization header', null],
    ['an unknown token', 'not-a-token'],
  ])('answers 401 {code: 2} for %s', async (_what, token) => {
    const { status, body } = await send({ data: [validEvent()] }, { token });
    expect(status).toBe(401);
    expect(body.code).toBe(2);
  });

  it('answers 401 for a non-Bearer scheme', async () => {
    const res = await fetch(`${em.url}/v5/ad_accounts/${ACCOUNT}/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Basic ${TOKEN}` },
      body: JSON.stringify({ data: [validEvent()] }),
    });
    expect(res.status).toBe(401);
  });

  it('answers 403 {code: 29} for an ad account the tokens cannot use', async () => {
    const { status, body } = await send({ data: [validEvent()] }, { account: '999' });
    expect(status).toBe(403);
    expect(body.code).toBe(29);
  });

  it('checks the token, then the ad account, then the body', async () => {
    expect((await send(undefined, { token: 'bad', account: '999', raw: '{' })).status).toBe(401);
    expect((await send(undefined, { account: '999', raw: '{' })).status).toBe(403);
    expect((await send(undefined, { raw: '{' })).status).toBe(400);
    expect(em.events()).toEqual([]);
  });
});

describe('429 rate limit', () => {
  it('limits each ad account to N requests per second (sliding window) and records nothing when limited', async () => {
    let now = 1_000_000_000_000;
    const limited = (await start({ rateLimitPerSecond: 2, adAccounts: [ACCOUNT, '12345'], now: () => now }))
      .em;
    try {
      // event_time follows the fake clock
      const event = () => validEvent({ event_time: Math.floor(now / 1000) });
      const statuses = async (account = ACCOUNT) =>
        (await post(limited, { data: [event()] }, { account })).status;
      expect(await statuses()).toBe(200);
      now += 500;
      expect(await statuses()).toBe(200);
      const third = await post(limited, { data: [event()] });
      expect(third).toEqual({
        status: 429,
        body: { code: 8, message: 'You have exceeded your rate limit. Try again later.' },
      });
      expect(responseProblems(429, third.body)).toEqual([]);
      expect(await statuses('12345')).toBe(200); // another ad account has its own budget
      now += 501; // the first request left the window
      expect(await statuses()).toBe(200);
      expect(await statuses()).toBe(429);
      expect(limited.events()).toHaveLength(4);
    } finally {
      await limited.close();
    }
  });
});

describe('?test=true', () => {
  it('processes the events and records them with test: true', async () => {
    const event = validEvent();
    expect((await send({ data: [event] }, { query: '?test=true' })).status).toBe(200);
    expect((await send({ data: [validEvent()] }, { query: '?test=false' })).status).toBe(200);
    expect(em.events().map((e) => e.test)).toEqual([true, false]);
    expect(em.events()[0]).toEqual({ ...event, ad_account_id: ACCOUNT, test: true });
  });
});

describe('/_emulator/events', () => {
  it('GET lists the recorded events, DELETE clears them and says how many', async () => {
    await send({ data: [validEvent(), validEvent()] });
    await send({ data: [validEvent()] }, { query: '?test=true' });
    const listed = (await (await fetch(`${em.url}/_emulator/events`)).json()) as { events: unknown[] };
    expect(listed.events).toEqual(em.events());
    expect(listed.events).toHaveLength(3);
    const cleared = await fetch(`${em.url}/_emulator/events`, { method: 'DELETE' });
    expect(await cleared.json()).toEqual({ cleared: 3 });
    expect(await (await fetch(`${em.url}/_emulator/events`)).json()).toEqual({ events: [] });
  });

  it('keeps at most maxRecorded events, dropping the oldest', async () => {
    const small = (await start({ maxRecorded: 3 })).em;
    try {
      const events = [validEvent(), validEvent(), validEvent(), validEvent()];
      await post(small, { data: events.slice(0, 2) });
      await post(small, { data: events.slice(2) });
      expect(small.events().map((e) => e.event_id)).toEqual(events.slice(1).map((e) => e.event_id));
    } finally {
      await small.close();
    }
  });

  it('answers unknown routes 404 with an Error body', async () => {
    const res = await fetch(`${em.url}/v5/ad_accounts/${ACCOUNT}/nothing`);
    const body = await res.json();
    expect(res.status).toBe(404);
    expect(responseProblems(404, body)).toEqual([]);
  });
});

describe('logs', () => {
  it('never contain a bearer token or event data', async () => {
    const secret = 'e'.repeat(64);
    const event = validEvent({ event_id: 'evt-secret-id', user_data: { em: [secret] } });
    await send({ data: [event] });
    await send({ data: [event] }, { token: 'wrong-secret-token' });
    await send({ data: [{ ...event, extra: true }] });
    expect(logs.lines.length).toBeGreaterThan(0);
    for (const needle of [
      TOKEN,
      'second-token',
      'wrong-secret-token',
      secret,
      'evt-secret-id',
      'shop.example',
    ])
      expect(logs.text).not.toContain(needle);
  });
});
