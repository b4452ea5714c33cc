// The networkHandler rudder-transformer loads for delivery: the host's call sequence gives SPEC §9's answer.
import { networkHandler } from '../../src';
import { closePools } from '../../src/destinations/pinterest_capi/delivery/client';
import { FakePinterest } from '../support/fake-pinterest';

const pinterest = new FakePinterest();
let base = '';
beforeAll(async () => {
  base = await pinterest.start();
  process.env.PINTEREST_API_BASE_URL = base;
});
afterAll(async () => {
  await closePools();
  await pinterest.stop();
  delete process.env.PINTEREST_API_BASE_URL;
});

const request = (endpoint: string) => ({
  endpoint,
  headers: { 'Content-Type': 'application/json', Authorization: 'Bearer host-token' },
  params: { test: true },
  body: { JSON: { data: [{ event_id: 'a' }, { event_id: 'b' }] }, JSON_ARRAY: {}, XML: {}, FORM: {} },
  metadata: [{ jobId: 1 }, { jobId: 2 }],
});

// What rudder-transformer's NativeIntegrationDestinationService.deliver does with a v1 handler.
async function hostDeliver(deliveryRequest: ReturnType<typeof request>) {
  const handler = new (
    networkHandler as unknown as new () => {
      proxy(r: unknown, t: string): Promise<unknown>;
      processAxiosResponse(r: unknown): unknown;
      responseHandler(p: unknown): unknown;
    }
  )();
  const raw = await handler.proxy(deliveryRequest, 'pinterest_capi');
  return handler.responseHandler({
    destinationResponse: handler.processAxiosResponse(raw),
    rudderJobMetadata: deliveryRequest.metadata,
    destType: 'pinterest_capi',
    destinationRequest: deliveryRequest,
  });
}

it('maps a partial failure per job and sends ?test=true with the bearer token', async () => {
  pinterest.received = [];
  pinterest.answer = {
    status: 200,
    body: {
      num_events_received: 2,
      num_events_processed: 1,
      events: [{ status: 'processed' }, { status: 'failed', error_message: 'bad event' }],
    },
  };
  const out = await hostDeliver(request(`${base}/v5/ad_accounts/1/events`));
  expect(out).toMatchObject({
    status: 200,
    response: [
      { statusCode: 200, metadata: { jobId: 1 }, error: 'success' },
      { statusCode: 400, metadata: { jobId: 2 }, error: 'bad event' },
    ],
  });
  expect(pinterest.received[0]).toMatchObject({
    url: '/v5/ad_accounts/1/events?test=true',
    headers: { authorization: 'Bearer host-token' },
  });
});

it('answers a poisoned batch with dontBatch retries', async () => {
  pinterest.answer = { status: 400, body: { code: 4196, message: 'Invalid parameters' } };
  const out = (await hostDeliver(request(`${base}/v5/ad_accounts/1/events`))) as { response: unknown[] };
  // A poisoned batch is retried (RetryableError's tags, SPEC §13).
  const statTags = expect.objectContaining({ errorType: 'retryable', feature: 'dataDelivery' });
  expect(out.response).toEqual([
    { statusCode: 500, metadata: { jobId: 1, dontBatch: true }, error: 'Invalid parameters', statTags },
    { statusCode: 500, metadata: { jobId: 2, dontBatch: true }, error: 'Invalid parameters', statTags },
  ]);
});

it('sends nothing to an endpoint outside PINTEREST_API_BASE_URL', async () => {
  pinterest.received = [];
  const out = (await hostDeliver(request('http://10.0.0.1/v5/ad_accounts/1/events'))) as { status: number };
  expect(out.status).toBe(400);
  expect(pinterest.received).toEqual([]);
});

it('names the network failure the host reports as a string', async () => {
  const handler = new (
    networkHandler as unknown as new () => {
      responseHandler(p: unknown): { response: { error: string; statusCode: number }[] };
    }
  )();
  const out = handler.responseHandler({
    destinationResponse: { status: 500, response: '[ECONNREFUSED] :: Connection refused' },
    rudderJobMetadata: [{ jobId: 1 }],
  });
  expect(out.response).toEqual([
    {
      statusCode: 500,
      metadata: { jobId: 1 },
      error: 'Could not reach Pinterest: [ECONNREFUSED] :: Connection refused',
      statTags: expect.objectContaining({ errorCategory: 'network', errorType: 'retryable' }),
    },
  ]);
});

it("scrubs the token from an answer the host's own HTTP client fetched", () => {
  const handler = new (
    networkHandler as unknown as new () => {
      responseHandler(p: unknown): {
        message: string;
        response: { error: string }[];
        destinationResponse: unknown;
      };
    }
  )();
  const out = handler.responseHandler({
    destinationResponse: {
      status: 401,
      response: {
        code: 2,
        message: 'Authentication failed for Bearer host-secret-token',
        echo: 'host-secret-token',
      },
    },
    rudderJobMetadata: [{ jobId: 1 }],
    destinationRequest: { headers: { Authorization: 'Bearer host-secret-token' } },
  });
  expect(out.response[0]!.error).toBe(
    'Pinterest rejected the access token (401): Authentication failed for Bearer [redacted]',
  );
  expect(out.destinationResponse).toEqual({
    status: 401,
    response: { code: 2, message: 'Authentication failed for Bearer [redacted]', echo: '[redacted]' },
  });
  expect(JSON.stringify(out)).not.toContain('host-secret-token');
});
