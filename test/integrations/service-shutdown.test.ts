// `npm start`'s process: on SIGTERM it finishes in-flight requests, closes the connections of clients still
// sending, and exits 0.
import { connect } from 'node:net';
import { FakePinterest } from '../support/fake-pinterest';
import { startService } from '../support/service-process';

it('finishes an in-flight proxy request after SIGTERM and exits 0', async () => {
  const pinterest = new FakePinterest();
  const baseUrl = await pinterest.start();
  pinterest.answer = { fault: 'timeout' }; // hold the request until we answer below
  const { child, exited, port } = await startService({ PINTEREST_API_BASE_URL: baseUrl });

  const inFlight = fetch(`http://127.0.0.1:${port}/v1/destinations/pinterest_capi/proxy`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(pinterest.oneEventProxyBody(baseUrl)),
  });
  await pinterest.firstReceived();
  child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 200));
  // Pinterest answers only now; the service must still deliver the result before exiting.
  pinterest.acceptHeld();
  const res = await inFlight;
  expect(res.status).toBe(200);
  expect(((await res.json()) as { output: { response: unknown } }).output.response).toEqual([
    { statusCode: 200, metadata: { jobId: 1 }, error: 'success' },
  ]);
  expect(await exited).toBe(0);
  await pinterest.stop();
}, 20_000);

it('does not wait for a client that never finishes its body (nor for idle keep-alive connections)', async () => {
  // Neither timeout would end the slow client within the test's time: only closing it at shutdown does.
  const { child, exited, port } = await startService({
    SHUTDOWN_GRACE_MS: '120000',
    REQUEST_TIMEOUT_MS: '120000',
  });
  const slow = connect(port, '127.0.0.1');
  await new Promise<void>((r) => slow.once('connect', () => r()));
  slow.write(
    'POST /routerTransform HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"input": [',
  );
  const slowClosed = new Promise<void>((r) => slow.once('close', () => r()));
  slow.on('error', () => undefined);
  // An idle keep-alive connection, left open after one answer.
  const idle = connect(port, '127.0.0.1');
  await new Promise<void>((r) => idle.once('connect', () => r()));
  idle.write('GET /health HTTP/1.1\r\nHost: t\r\n\r\n');
  await new Promise<void>((r) => idle.once('data', () => r()));
  const idleClosed = new Promise<void>((r) => idle.once('close', () => r()));

  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  await Promise.all([slowClosed, idleClosed]);
}, 20_000);
