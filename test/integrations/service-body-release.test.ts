// Memory of the service (SPEC §10, docs/performance.md "HTTP path, session 2"): once a request is answered its
// parsed body is let go of, so that the Request object left in V8's old generation keeps no body alive.
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/service/app';
import { RouterStream } from '../../src/service/router-stream';
import { settingsWith } from '../../src/service/settings';

let app: FastifyInstance;
let url = '';
const seen: { bodyDuringHandler: unknown; bodyAfterResponse: unknown }[] = [];

beforeAll(async () => {
  app = buildApp({ logStream: { write: () => undefined }, settings: settingsWith({}) });
  // Registered after the app's own hooks, so it runs after them.
  app.addHook('preHandler', async (req) => {
    seen.push({ bodyDuringHandler: req.body, bodyAfterResponse: 'not yet' });
  });
  app.addHook('onResponse', async (req) => {
    const last = seen[seen.length - 1];
    if (last) last.bodyAfterResponse = req.body;
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(() => app.close());

it('drops the parsed body from the request once the answer is sent', async () => {
  const res = await fetch(`${url}/routerTransform`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ input: [], destType: 'pinterest_capi' }),
  });
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ output: [] });
  expect(seen).toHaveLength(1);
  // The router routes' `input` is the stream that transformed its elements as they arrived (router-stream.ts).
  expect(seen[0]?.bodyDuringHandler).toEqual({ input: expect.any(RouterStream), destType: 'pinterest_capi' });
  expect(seen[0]?.bodyAfterResponse).toBeUndefined();
});
