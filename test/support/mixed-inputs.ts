// A deterministic mix of router inputs: good, bad, unmapped, multiplexed, over two ad accounts.
const ts = () => new Date(Date.now() - 60_000).toISOString();

export interface Mix {
  inputs: {
    message: unknown;
    metadata: { jobId: number };
    destination: { ID: string; WorkspaceID: string; Config: Record<string, unknown> };
  }[];
  kinds: Map<number, 'good' | 'bad' | 'unmapped' | 'multiplexed'>;
}

export function mixedInputs(n: number, token = 'mix-secret-token'): Mix {
  const accountA = {
    ID: 'dest-a',
    WorkspaceID: 'ws',
    Config: {
      adAccountId: '111',
      accessToken: token,
      eventsMapping: [
        { from: 'Order Completed', to: 'checkout' },
        { from: 'Order Completed', to: 'custom' },
      ],
    },
  };
  const accountB = { ID: 'dest-b', WorkspaceID: 'ws', Config: { adAccountId: '222', accessToken: token } };
  const kinds = new Map<number, 'good' | 'bad' | 'unmapped' | 'multiplexed'>();
  const inputs = Array.from({ length: n }, (_, i) => {
    const jobId = i + 1;
    const context = { ip: '203.0.113.7', userAgent: 'UA/1', traits: { email: `user${i % 50}@example.com` } };
    const r = i % 10;
    let message: unknown;
    let destination = i % 2 === 0 ? accountA : accountB;
    if (r === 3) {
      kinds.set(jobId, 'bad');
      message = { type: 'identify', messageId: `m-${i}`, timestamp: ts(), context };
    } else if (r === 7) {
      kinds.set(jobId, 'unmapped');
      message = { type: 'track', event: 'Something Else', messageId: `m-${i}`, timestamp: ts(), context };
    } else if (r === 5 || r === 9) {
      destination = accountA;
      kinds.set(jobId, 'multiplexed');
      message = {
        type: 'track',
        event: 'Order Completed',
        messageId: `m-${i}`,
        timestamp: ts(),
        context,
        properties: { revenue: 10 },
      };
    } else {
      kinds.set(jobId, 'good');
      message = {
        type: r % 2 ? 'page' : 'track',
        event: 'Product Added',
        messageId: `m-${i}`,
        timestamp: ts(),
        context,
        properties: { product_id: 'p', price: 2 },
      };
    }
    return { message, metadata: { jobId }, destination };
  });
  return { inputs, kinds };
}
