// WORKERS=2 (SPEC §10): `npm start`'s process becomes the node:cluster primary of two worker processes sharing the
// port; /metrics counts the work of both; SIGTERM drains every worker and the primary exits 0; a worker that dies is
// replaced. The built service (dist/service.js) is spawned as `npm start` runs it.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { FakePinterest } from '../support/fake-pinterest';

interface Service {
  child: ChildProcessWithoutNullStreams;
  exited: Promise<number | null>;
  port: number;
  /** Every log line so far, parsed. */
  lines: () => Record<string, unknown>[];
  /** Resolves with the first log line (from now on or already seen) that `match` accepts. */
  waitFor: (match: (line: Record<string, unknown>) => boolean) => Promise<Record<string, unknown>>;
}

async function startService(env: Record<string, string>): Promise<Service> {
  const child = spawn(process.execPath, [join(__dirname, '..', '..', 'dist', 'service.js')], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', WORKERS: '2', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const parsed: Record<string, unknown>[] = [];
  const waiters: {
    match: (l: Record<string, unknown>) => boolean;
    resolve: (l: Record<string, unknown>) => void;
  }[] = [];
  let partial = '';
  child.stdout.on('data', (c: Buffer) => {
    const text = partial + c.toString();
    const lines = text.split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      const l = JSON.parse(line) as Record<string, unknown>;
      parsed.push(l);
      for (const w of waiters.splice(0)) {
        if (w.match(l)) w.resolve(l);
        else waiters.push(w);
      }
    }
  });
  const waitFor = (match: (l: Record<string, unknown>) => boolean) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const seen = parsed.find(match);
      if (seen) resolve(seen);
      else waiters.push({ match, resolve });
    });
  // Each worker says so once it listens (the primary's "2 workers listening" may come before the second does).
  const listening = (l: Record<string, unknown>) => String(l.msg).startsWith('listening on port');
  const ready = await waitFor((l) => listening(l) && parsed.filter(listening).length === 2);
  return { child, exited, port: ready.port as number, lines: () => parsed, waitFor };
}

/** The parent of a process, from /proc (Linux). */
const parentOf = (pid: number) => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
};

/** One request on a connection of its own (so that the cluster hands each to the next worker). */
const send = (port: number, method: string, path: string, body?: unknown) =>
  new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent: false,
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });

const destination = {
  ID: 'd1',
  WorkspaceID: 'w1',
  Config: { adAccountId: '549755885175', accessToken: 't' },
};
const routerBody = (n: number, first: number) => ({
  destType: 'pinterest_capi',
  input: Array.from({ length: n }, (_, i) => ({
    message: {
      type: 'page',
      messageId: `m${first + i}`,
      timestamp: new Date().toISOString(),
      context: { ip: '203.0.113.7', userAgent: 'UA/1', traits: { email: 'a@example.com' } },
    },
    metadata: { jobId: first + i },
    destination,
  })),
});

const workerPids = (s: Service) =>
  s
    .lines()
    .filter((l) => typeof l.msg === 'string' && (l.msg as string).startsWith('listening on port'))
    .map((l) => l.pid as number);

it('runs two worker processes; requests land on both; /metrics counts the work of both', async () => {
  const s = await startService({});
  try {
    const pids = workerPids(s);
    expect(new Set(pids).size).toBe(2);
    for (const pid of pids) expect(parentOf(pid)).toBe(s.child.pid);

    let sent = 0;
    for (let r = 0; r < 8; r += 1) {
      const n = r + 1;
      const res = await send(s.port, 'POST', '/routerTransform', routerBody(n, sent));
      expect(res.status).toBe(200);
      const out = JSON.parse(res.text) as { output: { batched: boolean; metadata: unknown[] }[] };
      expect(out.output.every((o) => o.batched)).toBe(true);
      sent += n;
    }
    const served = s
      .lines()
      .filter((l) => l.msg === 'request completed')
      .map((l) => l.pid as number);
    expect(new Set(served)).toEqual(new Set(pids));

    const metrics = await send(s.port, 'GET', '/metrics');
    expect(metrics.status).toBe(200);
    // 36 page events over 8 requests, whichever worker served each.
    expect(metrics.text).toContain(`pinterest_capi_events_transformed_total{feature="router"} ${sent}`);
    expect(metrics.text).toContain('pinterest_capi_batches_total{feature="router"} 8');
  } finally {
    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
  }
}, 30_000);

it('SIGTERM: the primary forwards it, an in-flight request finishes, every worker exits, then the primary with 0', async () => {
  const pinterest = new FakePinterest();
  const baseUrl = await pinterest.start();
  pinterest.answer = { fault: 'timeout' }; // hold the request until released below
  const s = await startService({ PINTEREST_API_BASE_URL: baseUrl });
  const pids = workerPids(s);
  const inFlight = send(
    s.port,
    'POST',
    '/v1/destinations/pinterest_capi/proxy',
    pinterest.oneEventProxyBody(baseUrl),
  );
  await pinterest.firstReceived();
  s.child.kill('SIGTERM');
  // Both workers heard of it from the primary; the one holding the request is still working on it.
  for (const pid of pids) await s.waitFor((l) => l.pid === pid && l.signal === 'SIGTERM');
  pinterest.acceptHeld();
  const res = await inFlight;
  expect(res.status).toBe(200);
  expect((JSON.parse(res.text) as { output: { response: unknown } }).output.response).toEqual([
    { statusCode: 200, metadata: { jobId: 1 }, error: 'success' },
  ]);
  expect(await s.exited).toBe(0);
  for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow();
  await pinterest.stop();
}, 30_000);

it('replaces a worker that dies unexpectedly, and says so', async () => {
  const s = await startService({});
  try {
    const original = workerPids(s);
    const victim = original[0] as number;
    process.kill(victim, 'SIGKILL');
    const said = await s.waitFor((l) => l.msg === 'a worker exited unexpectedly: starting another');
    expect(said).toMatchObject({ level: 50, worker: victim, signal: 'SIGKILL' });
    const replacement = await s.waitFor(
      (l) => String(l.msg).startsWith('listening on port') && !original.includes(l.pid as number),
    );
    expect(parentOf(replacement.pid as number)).toBe(s.child.pid);
    expect(parentOf(original[1] as number)).toBe(s.child.pid);
    expect((await send(s.port, 'GET', '/health')).text).toBe('{"service":"UP"}');
  } finally {
    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
  }
}, 30_000);
