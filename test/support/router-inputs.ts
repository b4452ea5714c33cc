// Router inputs for property tests: messages good, unmapped, multiplexed or any JSON, over destinations with
// different ad accounts, batch sizes and modes, and one whose config is invalid.
import fc from 'fast-check';

const dest = (adAccountId: string, batchSize: number, extra: Record<string, unknown> = {}) => ({
  ID: `d-${adAccountId}-${batchSize}`,
  WorkspaceID: 'w',
  Config: { adAccountId, accessToken: 'router-token', batchSize, ...extra },
});

/** One router input: a message of any kind (or any JSON), and one of several destinations. */
export const routerInput = fc.record({
  message: fc.oneof(
    fc.record({
      type: fc.constantFrom('track', 'page', 'screen', 'identify'),
      event: fc.constantFrom('Order Completed', 'Product Added', 'Nope', 'Multi'),
      messageId: fc.string({ minLength: 1, maxLength: 6 }),
      timestamp: fc.constant(new Date().toISOString()),
      context: fc.constant({ ip: '203.0.113.7', userAgent: 'UA' }),
    }),
    fc.jsonValue(),
  ),
  destination: fc.constantFrom(
    dest('1', 3),
    dest('1', 1000),
    dest('2', 2),
    dest('3', 1, { testMode: true }),
    dest('4', 2, {
      eventsMapping: [
        { from: 'Multi', to: 'lead' },
        { from: 'Multi', to: 'custom' },
      ],
    }),
    { ID: 'bad', Config: { adAccountId: 'act_1', accessToken: 'x' } },
  ),
});

/** Which part of an input is nested too deep: none, one the service reads or echoes, or one it ignores. */
export const deepPart = fc.constantFrom(
  'none',
  'none',
  'none',
  'message',
  'metadata',
  'destination',
  'ignored',
);

/** Arrays nested `n` deep around a value. */
const nest = (n: number): unknown => (n === 0 ? 'deep' : [nest(n - 1)]);

/** `input` with `part` holding arrays nested `levels` deep (beyond MAX_JSON_DEPTH when `levels` is the limit). */
export function deepen(
  input: Record<string, unknown>,
  part: string,
  jobId: number,
  levels: number,
): Record<string, unknown> {
  const tooDeep = nest(levels);
  const out = { ...input };
  if (part === 'message') out.message = { ...(input.message as object), properties: { x: tooDeep } };
  if (part === 'metadata') out.metadata = { jobId, x: tooDeep };
  if (part === 'destination') {
    const destination = input.destination as { Config: object };
    out.destination = { ...destination, Config: { ...destination.Config, x: tooDeep } };
  }
  if (part === 'ignored') out.extra = tooDeep; // a part the service neither reads nor echoes
  return out;
}
