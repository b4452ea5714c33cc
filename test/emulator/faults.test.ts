// Fault injection: forced 429/500/503/timeout/reset, faults come first and record nothing, seeded failRate replays.
import { FAULT_MIX, FaultPicker } from '../../src/emulator/faults';
import { mulberry32 } from '../../src/emulator/prng';
import type { Emulator, Fault } from '../../src/emulator/types';
import { post, responseProblems, start, validEvent } from './support/emulator';

let em: Emulator;

beforeAll(async () => {
  ({ em } = await start({ timeoutMs: 150 }));
});
afterAll(() => em.close());
beforeEach(() => {
  em.clear();
  em.setFault('none', 0);
});

/** The status, or the fetch error for a dropped connection. */
async function outcome(target: Emulator, token?: string | null): Promise<number | 'dropped'> {
  try {
    return (await post(target, { data: [validEvent()] }, { token })).status;
  } catch {
    return 'dropped';
  }
}

describe('forced faults', () => {
  it.each([
    ['429', 429, 8],
    ['503', 503, 4197],
    ['500', 500, 1],
  ] as const)('%s answers %i {code: %i} and records nothing', async (force, status, code) => {
    em.setFault(force);
    const answer = await post(em, { data: [validEvent()] });
    expect(answer.status).toBe(status);
    expect(answer.body.code).toBe(code);
    expect(responseProblems(status, answer.body)).toEqual([]);
    expect(em.events()).toEqual([]);
  });

  it('comes before the token check and the body', async () => {
    em.setFault('503');
    expect(await outcome(em, 'not-a-token')).toBe(503);
    expect((await post(em, undefined, { raw: '{' })).status).toBe(503);
  });

  it('reset drops the connection at once', async () => {
    em.setFault('reset');
    const started = Date.now();
    await expect(post(em, { data: [validEvent()] })).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(em.events()).toEqual([]);
  });

  it('timeout holds the request for timeoutMs, then drops the connection', async () => {
    em.setFault('timeout');
    const started = Date.now();
    await expect(post(em, { data: [validEvent()] })).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(em.events()).toEqual([]);
  });

  it('a client that gives up first sees its own timeout', async () => {
    em.setFault('timeout');
    const res = fetch(`${em.url}/v5/ad_accounts/549755885175/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer emulator-token' },
      body: JSON.stringify({ data: [validEvent()] }),
      signal: AbortSignal.timeout(50),
    });
    await expect(res).rejects.toThrow(/abort|timeout/i);
  });

  it('close() does not wait for held requests', async () => {
    const slow = (await start({ force: 'timeout', timeoutMs: 60_000 })).em;
    const pending = outcome(slow);
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    await slow.close();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await pending).toBe('dropped');
  });

  it('setFault("none") answers normally again; the admin routes never fault', async () => {
    em.setFault('500');
    expect((await fetch(`${em.url}/_emulator/events`)).status).toBe(200);
    em.setFault('none');
    expect(await outcome(em)).toBe(200);
    expect(em.events()).toHaveLength(1);
  });

  it('rejects unknown faults and rates outside 0..1', () => {
    expect(() => em.setFault('418' as Fault)).toThrow(RangeError);
    expect(() => em.setFault('none', 1.5)).toThrow(RangeError);
  });
});

describe('failRate', () => {
  async function run(
    seed: number,
    n: number,
  ): Promise<{ outcomes: (number | 'dropped')[]; recorded: number }> {
    const target = (await start({ failRate: 0.5, seed, timeoutMs: 20 })).em;
    try {
      const outcomes: (number | 'dropped')[] = [];
      for (let i = 0; i < n; i += 1) outcomes.push(await outcome(target));
      return { outcomes, recorded: target.events().length };
    } finally {
      await target.close();
    }
  }

  it('replays the same faults for the same seed, and records exactly the answered requests', async () => {
    const a = await run(7, 40);
    const b = await run(7, 40);
    expect(b.outcomes).toEqual(a.outcomes);
    const ok = a.outcomes.filter((o) => o === 200).length;
    expect(ok).toBeGreaterThan(5);
    expect(ok).toBeLessThan(35);
    expect(a.recorded).toBe(ok);
    expect(new Set(a.outcomes)).toEqual(new Set([200, 429, 500, 503, 'dropped']));
    expect((await run(8, 40)).outcomes).not.toEqual(a.outcomes);
  });

  it('setFault(force, failRate) changes the rate: 1 faults every request', async () => {
    em.setFault('none', 1);
    const outcomes = [];
    for (let i = 0; i < 10; i += 1) outcomes.push(await outcome(em));
    expect(outcomes).not.toContain(200);
    expect(em.events()).toEqual([]);
  });

  it('draws faults in the documented mix', () => {
    expect(FAULT_MIX.reduce((sum, [, w]) => sum + w, 0)).toBeCloseTo(1);
    const picker = new FaultPicker(1, 'none', 0.2);
    const counts = new Map<string, number>();
    const n = 50_000;
    for (let i = 0; i < n; i += 1) {
      const fault = picker.pick() ?? 'none';
      counts.set(fault, (counts.get(fault) ?? 0) + 1);
    }
    expect((counts.get('none') ?? 0) / n).toBeCloseTo(0.8, 1);
    for (const [fault, weight] of FAULT_MIX)
      expect((counts.get(fault) ?? 0) / n).toBeCloseTo(0.2 * weight, 2);
  });

  it('gives neighbouring seeds unrelated first draws (a run with --seed 1, 2, 3… is not biased)', () => {
    const first = Array.from({ length: 2000 }, (_, seed) => mulberry32(seed)());
    expect(first.filter((u) => u < 0.5).length / first.length).toBeCloseTo(0.5, 1);
    expect(first.filter((u) => u < 0.1).length / first.length).toBeCloseTo(0.1, 1);
  });

  it('never faults at rate 0', () => {
    const picker = new FaultPicker(3, 'none', 0);
    for (let i = 0; i < 1000; i += 1) expect(picker.pick()).toBeNull();
  });
});
