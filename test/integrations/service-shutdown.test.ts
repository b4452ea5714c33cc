// `npm start`'s process: serves on PORT, and on SIGTERM finishes in-flight requests, then exits 0.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { FakePinterest } from '../support/fake-pinterest';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

it('finishes an in-flight proxy request after SIGTERM and exits 0', async () => {
  const pinterest = new FakePinterest();
  const baseUrl = await pinterest.start();
  pinterest.answer = { fault: 'timeout' }; // hold the request until we answer below
  const port = await freePort();
  const child = spawn(process.execPath, [join(__dirname, '..', '..', 'dist', 'service.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PINTEREST_API_BASE_URL: baseUrl,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  for (let i = 0; i < 50; i += 1) {
    const up = await fetch(`http://127.0.0.1:${port}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 100));
  }

  const inFlight = fetch(`http://127.0.0.1:${port}/v1/destinations/pinterest_capi/proxy`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      endpoint: `${baseUrl}/v5/ad_accounts/1/events`,
      headers: { Authorization: 'Bearer t' },
      params: {},
      body: { JSON: { data: [{ event_id: 'e' }] } },
      metadata: [{ jobId: 1 }],
    }),
  });
  while (pinterest.received.length === 0) await new Promise((r) => setTimeout(r, 20));
  child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 200));
  // Pinterest answers only now; the service must still deliver the result before exiting.
  pinterest.answer = {
    status: 200,
    body: { num_events_received: 1, num_events_processed: 1, events: [{ status: 'processed' }] },
  };
  pinterest.flushHeld();
  const res = await inFlight;
  expect(res.status).toBe(200);
  expect(((await res.json()) as { output: { response: unknown } }).output.response).toEqual([
    { statusCode: 200, metadata: { jobId: 1 }, error: 'success' },
  ]);
  expect(await exited).toBe(0);
  await pinterest.stop();
}, 20_000);
