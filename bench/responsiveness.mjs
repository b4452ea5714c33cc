// `npm run bench:responsiveness`: how long GET /health waits while the service works on one big request (SPEC §10).
// The service runs in its own process; a second connection polls /health every 20 ms during each big request.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Agent, request } from 'undici';
import { inputs } from './workload.mjs';
import { startFlags } from './service.mjs';

const COUNT = Number(process.env.BENCH_INPUTS) || 50_000;
const RUNS = Number(process.env.BENCH_RUNS) || 2;
// BENCH_SERVICE and BENCH_PORT measure another build (one that cannot listen on port 0).
const service = process.env.BENCH_SERVICE ?? fileURLToPath(new URL('../dist/service.js', import.meta.url));

/** Starts dist/service.js on a port the OS picks and resolves with its URL (read from the start-up log line). */
function start() {
  const child = spawn(process.execPath, [...startFlags(), service], {
    env: { ...process.env, PORT: process.env.BENCH_PORT ?? '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      const m = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(seen);
      if (m) {
        child.stdout.removeAllListeners('data');
        child.stdout.resume();
        resolve({ child, url: m[1] });
      }
    });
    child.on('exit', (code) => reject(new Error(`service exited with ${code}`)));
  });
}

/**
 * Polls /health every 20 ms until told to stop; reports the longest wait. It runs in a worker thread, so that the
 * main thread's own work (sending 50 MB, reading the answer) cannot delay the polls it measures.
 */
const POLLER = `
const { parentPort, workerData } = require('node:worker_threads');
const { Agent, request } = require(workerData.undici);
const agent = new Agent({ connections: 1 });
let stop = false;
parentPort.on('message', () => (stop = true));
(async () => {
  let worst = 0;
  let polls = 0;
  while (!stop) {
    const t = performance.now();
    const res = await request(workerData.url + '/health', { dispatcher: agent });
    await res.body.text();
    worst = Math.max(worst, performance.now() - t);
    polls += 1;
    await new Promise((r) => setTimeout(r, 20));
  }
  await agent.close();
  parentPort.postMessage({ worst, polls });
})();
`;

async function pollHealth(url, done) {
  const worker = new Worker(POLLER, {
    eval: true,
    workerData: { url, undici: createRequire(import.meta.url).resolve('undici') },
  });
  const result = new Promise((resolve) => worker.once('message', resolve));
  await done;
  worker.postMessage('stop');
  const r = await result;
  await worker.terminate();
  return r;
}

async function measure(url, path, body) {
  const agent = new Agent({ connections: 1, bodyTimeout: 0, headersTimeout: 0 });
  const t = performance.now();
  const big = request(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    dispatcher: agent,
  }).then(async (res) => ({ status: res.statusCode, bytes: (await res.body.arrayBuffer()).byteLength }));
  const [answer, health] = await Promise.all([big, pollHealth(url, big)]);
  const ms = performance.now() - t;
  await agent.close();
  return { ...answer, ms, ...health };
}

const now = Date.now();
const list = inputs(0, COUNT, now);
const bodies = {
  '/v0/destinations/pinterest_capi': JSON.stringify(list),
  '/routerTransform': JSON.stringify({ input: list, destType: 'pinterest_capi' }),
};
const { child, url } = await start();
console.log(
  `${COUNT} inputs per request (SPEC §14 workload), ${RUNS} runs per route; /health polled every 20 ms from a worker thread`,
);
console.log(
  'route                              status   request MB   answer MB   took ms   worst /health wait ms',
);
for (const [path, body] of Object.entries(bodies)) {
  for (let run = 1; run <= RUNS; run += 1) {
    const r = await measure(url, path, body);
    console.log(
      `${path.padEnd(34)} ${String(r.status).padStart(6)} ${(body.length / 1e6).toFixed(1).padStart(12)} ${(r.bytes / 1e6).toFixed(1).padStart(11)} ${r.ms.toFixed(0).padStart(9)} ${r.worst.toFixed(0).padStart(23)}`,
    );
  }
}
child.kill('SIGTERM');
