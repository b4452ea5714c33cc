// A transformer service in its own process for the HTTP phases: start, wait for /health, watch its process tree
// (how many processes, which of them used the CPU, their peak RSS) and stop it.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** A port that was free a moment ago (our service reads PORT=0 as "unset", so it cannot pick one itself). */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/**
 * The node flags `npm start` runs the service with (package.json's `start` script), so that the benches measure
 * the service as it is started.
 */
export function startFlags() {
  const { scripts } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const words = scripts.start.trim().split(/\s+/);
  if (words[0] !== 'node' || !words.includes('dist/service.js'))
    throw new Error(`package.json's start script is not "node [flags] dist/service.js": ${scripts.start}`);
  return words.slice(1, words.indexOf('dist/service.js'));
}

const read = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined; // the process ended between listing and reading
  }
};

/** `pid` and its descendants, from /proc/<pid>/stat (field 4 is the parent). */
export function processTree(pid) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    if (!stat) continue;
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid).push(Number(name));
  }
  const out = [];
  for (const queue = [pid]; queue.length;) {
    const p = queue.shift();
    out.push(p);
    queue.push(...(children.get(p) ?? []));
  }
  return out;
}

/** CPU seconds (user + system) a process (or, with `tid`, one of its threads) has used so far. */
function cpuSeconds(pid, tid) {
  const stat = read(tid === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${tid}/stat`);
  if (!stat) return 0;
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100 on Linux)
}

const statusMb = (pid, field) => {
  const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(read(`/proc/${pid}/status`) ?? '');
  return m ? Number(m[1]) / 1024 : 0;
};

export async function startService({ args, cwd, env, port }) {
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  let exited = false;
  child.once('exit', () => (exited = true));
  for (let i = 0; ; i += 1) {
    if (exited) throw new Error(`the service (${args.join(' ')}) exited before answering /health`);
    if (
      await fetch(`${url}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (i > 600) throw new Error(`the service (${args.join(' ')}) did not answer /health within 60 s`);
    await sleep(100);
  }
  let cpuAtStart = new Map();
  // A process's main thread (its thread ID is its process ID), apart from V8's GC and compiler threads.
  let mainAtStart = new Map();
  let seen = new Set();
  const sample = () => processTree(child.pid).forEach((p) => seen.add(p));
  let timer;
  return {
    url,
    /** Start watching: CPU used from now on, processes seen from now on. */
    watch() {
      seen = new Set();
      sample();
      cpuAtStart = new Map([...seen].map((p) => [p, cpuSeconds(p)]));
      mainAtStart = new Map([...seen].map((p) => [p, cpuSeconds(p, p)]));
      timer = setInterval(sample, 250);
    },
    /** Processes seen since watch(), those that used ≥ 5 % of the elapsed time in CPU, and peak RSS (sum of VmHWM). */
    observed(elapsedSec) {
      clearInterval(timer);
      sample();
      const pids = [...seen];
      const busy = pids.filter((p) => cpuSeconds(p) - (cpuAtStart.get(p) ?? 0) >= 0.05 * elapsedSec);
      const cpu = pids.reduce((s, p) => s + cpuSeconds(p) - (cpuAtStart.get(p) ?? 0), 0);
      const main = pids.reduce((s, p) => s + cpuSeconds(p, p) - (mainAtStart.get(p) ?? 0), 0);
      return {
        processes: pids.length,
        busyProcesses: busy.length,
        serviceCpuSec: cpu,
        serviceCpuPct: (cpu / elapsedSec) * 100,
        /** Main threads only (summed over workers): how busy the event loops were. */
        mainThreadCpuPct: (main / elapsedSec) * 100,
        peakRssMb: pids.reduce((s, p) => s + statusMb(p, 'VmHWM'), 0),
      };
    },
    async stop() {
      clearInterval(timer);
      if (exited) return;
      const done = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      // A profile (--cpu-prof) is written on a clean exit: give it time, then insist.
      const t = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await done;
      clearTimeout(t);
    },
  };
}
