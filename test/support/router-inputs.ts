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
