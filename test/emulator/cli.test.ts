// `pinterest-capi emulator`: flags, the start-up line, requests against it, and a clean close on SIGTERM.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { CliError } from '../../src/cli/io';
import { emulatorCommand, parseEmulatorArgs } from '../../src/emulator/cli';
import { post } from './support/emulator';

const root = join(__dirname, '..', '..');

describe('parseEmulatorArgs', () => {
  it('reads repeatable tokens and ad accounts and the fault flags', () => {
    expect(
      parseEmulatorArgs([
        '--port=0',
        '--token',
        'a',
        '--token',
        'b',
        '--ad-account',
        '1',
        '--ad-account',
        '2',
        '--fail-rate',
        '0.2',
        '--seed',
        '9',
        '--force',
        'reset',
        '--rate-limit',
        '5',
        '--timeout-ms',
        '100',
      ]),
    ).toEqual({
      port: 0,
      host: undefined,
      tokens: ['a', 'b'],
      adAccounts: ['1', '2'],
      failRate: 0.2,
      seed: 9,
      force: 'reset',
      rateLimitPerSecond: 5,
      timeoutMs: 100,
      logLevel: 'info',
    });
  });

  it('defaults to port 9191', () => {
    expect(parseEmulatorArgs([])).toMatchObject({ port: 9191, tokens: undefined, adAccounts: undefined });
  });

  it.each([[['--fail-rate', 'lots']], [['--force', '418']], [['--bogus']], [['stray']]])(
    'rejects %j with a CliError',
    (argv) => {
      expect(() => parseEmulatorArgs(argv)).toThrow(CliError);
    },
  );

  it('reports out-of-range values as CliErrors', async () => {
    await expect(
      emulatorCommand(['--port', '0', '--fail-rate', '2'], { out: { write: () => true } }),
    ).rejects.toThrow(CliError);
    await expect(emulatorCommand(['--port', '0', '--ad-account', 'acct'])).rejects.toThrow(/1 to 18 digits/);
  });
});

describe('emulatorCommand', () => {
  it('prints one start-up line, serves until stopped, then resolves', async () => {
    let printed = '';
    const stop = new AbortController();
    const running = emulatorCommand(
      ['--port', '0', '--token', 'tok-1', '--token', 'tok-2', '--ad-account', '42', '--log-level', 'silent'],
      { out: { write: (t: string) => (printed += t) }, signal: stop.signal },
    );
    while (!printed) await new Promise((r) => setTimeout(r, 10));
    const match =
      /^Pinterest API emulator on (http:\/\/127\.0\.0\.1:\d+) — tokens: tok-1, tok-2; ad accounts: 42\n$/.exec(
        printed,
      );
    expect(match).not.toBeNull();
    const url = match?.[1] ?? '';
    const answer = await post({ url }, { data: [{}] }, { token: 'tok-2', account: '42' });
    expect(answer.status).toBe(400);
    stop.abort();
    await running;
    await expect(fetch(`${url}/_emulator/events`)).rejects.toThrow();
  });

  it('mentions the fault settings in the start-up line', async () => {
    let printed = '';
    const stop = new AbortController();
    stop.abort();
    await emulatorCommand(
      [
        '--port',
        '0',
        '--fail-rate',
        '0.2',
        '--seed',
        '5',
        '--force',
        '503',
        '--rate-limit',
        '3',
        '--log-level',
        'silent',
      ],
      { out: { write: (t: string) => (printed += t) }, signal: stop.signal },
    );
    expect(printed).toContain(
      'tokens: emulator-token; ad accounts: 549755885175; fail rate: 0.2 (seed 5); forced fault: 503; rate limit: 3/s per ad account',
    );
  });

  it('closes cleanly on SIGTERM in its own process', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(__dirname, 'support', 'run-emulator-cli.ts'),
        '--port',
        '0',
        '--log-level',
        'warn',
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const deadline = Date.now() + 20_000;
    while (!stdout.includes('\n') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    const url = /on (http:\/\/\S+)/.exec(stdout)?.[1];
    expect({ url, stderr }).toEqual({
      url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
      stderr: '',
    });
    expect((await fetch(`${url}/_emulator/events`)).status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdout).toContain('emulator closed');
  }, 30_000);
});
