// Property: for random mutations of a full event (values replaced, keys dropped or added), emulator 400 ⟺ Ajv rejects.
import fc from 'fast-check';
import type { Emulator } from '../../src/emulator/types';
import { post, requestBodyErrors, start, validEvent } from './support/emulator';

let em: Emulator;
beforeAll(async () => {
  ({ em } = await start({ logLevel: 'silent' }));
});
afterAll(() => em.close());

type Json = Record<string, unknown>;

const base = (): Json =>
  validEvent({
    user_data: { em: ['a'.repeat(64)], client_ip_address: '203.0.113.9', client_user_agent: 'UA' },
    custom_data: { value: '1', currency: 'USD', contents: [{ id: 'sku', quantity: 1 }], num_items: 1 },
    app_info: { window_width: 10 },
    device_info: { form_factor: 'tablet' },
  });

/** Paths of every object key in the event (e.g. ["custom_data", "contents", 0, "id"]). */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => paths(v, [...prefix, i]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...paths(v, [...prefix, k])]);
}

type Mutation = { kind: 'set' | 'delete' | 'add'; pick: number; value: unknown; key: string };

function mutate(event: Json, m: Mutation): Json {
  const copy = structuredClone(event);
  const all = paths(copy);
  const path = all[m.pick % all.length] ?? ['event_id'];
  const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Json)[k as string], copy) as Json;
  const last = path[path.length - 1] as string;
  if (m.kind === 'set') parent[last] = m.value;
  else if (m.kind === 'delete') delete parent[last];
  else parent[m.key] = m.value;
  return copy;
}

const mutation = fc.record({
  kind: fc.constantFrom('set', 'delete', 'add') as fc.Arbitrary<Mutation['kind']>,
  pick: fc.nat(),
  value: fc.jsonValue({ maxDepth: 2 }),
  key: fc.constantFrom('id', 'em', 'extra', 'value', 'quantity', 'hashed_maids', 'client_user_agent'),
});

describe('random mutations of a valid event', () => {
  it('are rejected with 400 exactly when the schema rejects them', async () => {
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const event = mutations.reduce(mutate, base());
        const schemaRejects = requestBodyErrors({ data: [event] }).length > 0;
        if (schemaRejects) rejected += 1;
        const { status } = await post(em, { data: [event] });
        expect(status === 400).toBe(schemaRejects);
      }),
      { numRuns: 300, seed: 4 },
    );
    expect(rejected).toBeGreaterThan(30); // the mutations do reach the schema's rules
    expect(rejected).toBeLessThan(300);
  });
});
