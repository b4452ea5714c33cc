// The built service (dist/service.js) spawned as `npm start` runs it, on a port the OS picks.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** Starts the service with `env` added; resolves with the port it logged once it listens. */
export async function startService(env: Record<string, string>) {
  const child = spawn(process.execPath, [join(__dirname, '..', '..', 'dist', 'service.js')], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const port = await new Promise<number>((resolve) => {
    let seen = '';
    child.stdout.on('data', (c: Buffer) => {
      seen += c.toString();
      const m = /"msg":"listening on port (\d+)"/.exec(seen);
      if (m) resolve(Number(m[1]));
    });
  });
  return { child, exited, port };
}
