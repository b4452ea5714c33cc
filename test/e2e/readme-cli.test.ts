// Every command of the README's CLI block, run as written from the repository root (the emulator on a free port
// instead of 9191, and the other commands pointed at it).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, run } from './support/cli';

jest.setTimeout(120_000);

const README_PORT = 'http://127.0.0.1:9191';
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Command line'));
const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
const commands = block
  .split('\n')
  .map((l) => l.replace(/\s+#.*$/, '').trim())
  .filter(Boolean);

/** The README's emulator line, in the background on port 0; resolves with its URL once it listens. */
function startReadmeEmulator(line: string): Promise<{ url: string; stop: () => void }> {
  const command = line.replace(/\s*&$/, '').replace('--port 9191', '--port 0 --log-level silent');
  const child = spawn('sh', ['-c', command], { cwd: root, detached: true });
  return new Promise((resolve, reject) => {
    let out = '';
    child.on('exit', (code) => reject(new Error(`${command} exited with ${code}: ${out}`)));
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const url = /on (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ url, stop: () => process.kill(-(child.pid as number), 'SIGTERM') });
    });
  });
}

it('the block has the commands the README describes', () => {
  for (const c of ['demo', 'emulator', 'check', 'audit', 'send', 'transform', 'validate-config'])
    expect(
      commands.some((l) => l.startsWith(`npx pinterest-capi ${c} `) || l === `npx pinterest-capi ${c}`),
    ).toBe(true);
});

it('each command works as written: exit 0, or 1 for send and transform (one sample event is rejected on purpose)', async () => {
  const emulatorLine = commands.find((l) => l.startsWith('npx pinterest-capi emulator')) as string;
  const emulator = await startReadmeEmulator(emulatorLine);
  try {
    for (const line of commands.filter((l) => l !== emulatorLine)) {
      const r = await run(['-c', line.split(README_PORT).join(emulator.url)], { command: ['sh'] });
      const expected = /^npx pinterest-capi (send|transform) /.test(line) ? 1 : 0;
      expect({ line, status: r.status, usageError: r.stderr.includes('pinterest-capi: ') }).toEqual({
        line,
        status: expected,
        usageError: false,
      });
      if (expected === 1) expect(`${r.stdout}${r.stderr}`).toContain('user_data needs em');
    }
  } finally {
    emulator.stop();
  }
});
