// `npm run bench:hostile`: the service between a misbehaving Pinterest and misbehaving clients (issue 8, SPEC §9, §10).
// Upstream, with PINTEREST_TIMEOUT_MS=3000: an endless 200 body, one byte every 300 ms, a 401 echoing the token —
// how long each proxy request takes, what every job gets, whether the token shows up, the service's RSS. Clients,
// with REQUEST_TIMEOUT_MS=4000: connections that never finish their body — when they are answered or closed, and
// how long SIGTERM then takes.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { connect, createServer as createNetServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { startFlags } from './service.mjs';

const TOKEN = 'hostile-run-secret-token';
const PARALLEL = Number(process.env.HOSTILE_PARALLEL) || 20;
const SLOW_CLIENTS = Number(process.env.HOSTILE_SLOW_CLIENTS) || 3000;
const rssMb = (pid, field = 'VmRSS') =>
  Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

let mode = 'endless';
const seenHeaders = new Set();
const upstream = createServer((req, res) => {
  for (const name of Object.keys(req.headers)) seenHeaders.add(name);
  req.resume();
  req.on('end', () => {
    if (mode === 'echo') {
      res.writeHead(401, { 'content-type': 'application/json' });
      return res.end(
        JSON.stringify({ code: 2, message: `Authentication failed for ${req.headers.authorization}` }),
      );
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    if (mode === 'drip') {
      const timer = setInterval(() => res.write(' '), 300);
      return res.on('close', () => clearInterval(timer));
    }
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (!res.destroyed) if (!res.write(chunk)) return void res.once('drain', pump);
    };
    pump();
  });
});
await new Promise((r) => upstream.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${upstream.address().port}`;
const port = await new Promise((resolve) => {
  const s = createNetServer().listen(0, '127.0.0.1', () => {
    const p = s.address().port;
    s.close(() => resolve(p));
  });
});
const logs = [];
const service = spawn(
  process.execPath,
  [...startFlags(), fileURLToPath(new URL('../dist/service.js', import.meta.url))],
  {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      PINTEREST_API_BASE_URL: base,
      PINTEREST_TIMEOUT_MS: '3000',
      REQUEST_TIMEOUT_MS: '4000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  },
);
service.stdout.on('data', (c) => logs.push(String(c)));
service.stderr.on('data', (c) => logs.push(String(c)));
const url = `http://127.0.0.1:${port}`;
for (
  let i = 0;
  i < 100 &&
  !(await fetch(`${url}/health`).then(
    (r) => r.ok,
    () => false,
  ));
  i += 1
)
  await new Promise((r) => setTimeout(r, 100));

const proxy = async () => {
  const t = performance.now();
  const res = await fetch(`${url}/v1/destinations/pinterest_capi/proxy`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      endpoint: `${base}/v5/ad_accounts/549755885175/events`,
      headers: {
        Authorization: `Bearer ${TOKEN}`,
        Host: 'evil.test',
        'X-Forwarded-For': '10.0.0.1',
        'Transfer-Encoding': 'chunked',
      },
      body: { JSON: { data: [{ event_id: 'a' }, { event_id: 'b' }] } },
      metadata: [{ jobId: 1 }, { jobId: 2 }],
    }),
  });
  const text = await res.text();
  return { ms: performance.now() - t, text, output: JSON.parse(text).output };
};

console.log(
  `PINTEREST_TIMEOUT_MS=3000, PINTEREST_MAX_RESPONSE_MB=4 (default); ${PARALLEL} proxy requests at once per case`,
);
console.log('stand-in                    slowest ms   RSS before → after (peak) MB   every job');
for (const m of ['endless', 'drip', 'echo']) {
  mode = m;
  const before = rssMb(service.pid);
  const answers = await Promise.all(Array.from({ length: PARALLEL }, proxy));
  const after = rssMb(service.pid);
  const jobs = new Set(answers.flatMap((a) => a.output.response.map((j) => `${j.statusCode} ${j.error}`)));
  const leaked = answers.some((a) => a.text.includes(TOKEN));
  const label = { endless: 'endless 200 body', drip: '1 byte every 300 ms', echo: '401 echoing the token' }[
    m
  ];
  console.log(
    `${label.padEnd(27)} ${Math.max(...answers.map((a) => a.ms))
      .toFixed(0)
      .padStart(
        10,
      )}   ${before.toFixed(0).padStart(6)} → ${after.toFixed(0)} (${rssMb(service.pid, 'VmHWM').toFixed(0)})`.padEnd(
      72,
    ) + `${[...jobs].join(' | ')}${leaked ? '  TOKEN LEAKED' : ''}`,
  );
}
console.log(
  `token in any log line: ${logs.join('').includes(TOKEN)}; headers Pinterest saw: ${[...seenHeaders].sort().join(', ')}`,
);

// Clients that send headers and part of a body, then nothing.
const t0 = performance.now();
const partial =
  'POST /routerTransform HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"input": [';
const slow = await Promise.all(
  Array.from(
    { length: SLOW_CLIENTS },
    () =>
      new Promise((opened) => {
        const socket = connect(port, '127.0.0.1', () => {
          socket.write(partial);
          opened({
            closed: new Promise((resolve) => {
              let got = '';
              socket.on('data', (c) => (got += c));
              socket.on('error', () => undefined);
              socket.on('close', () => resolve({ at: performance.now() - t0, status: got.slice(9, 12) }));
            }),
          });
        });
      }),
  ),
);
const ends = await Promise.all(slow.map((s) => s.closed));
const answered = ends.filter((e) => e.status === '408').length;
console.log(
  `${SLOW_CLIENTS} clients sending part of a body (REQUEST_TIMEOUT_MS=4000): all closed ${Math.max(...ends.map((e) => e.at)).toFixed(0)} ms after the first connect, ${answered} of them answered 408`,
);

// SIGTERM while a client is still sending its body.
const lingering = connect(port, '127.0.0.1', () => lingering.write(partial));
lingering.on('error', () => undefined);
await new Promise((r) => setTimeout(r, 200));
const t1 = performance.now();
const exited = new Promise((resolve) => service.once('exit', (code) => resolve(code)));
service.kill('SIGTERM');
const code = await exited;
console.log(
  `SIGTERM with a client still sending its body: exit ${code} after ${(performance.now() - t1).toFixed(0)} ms (SHUTDOWN_GRACE_MS 30000)`,
);
upstream.closeAllConnections();
upstream.close();
