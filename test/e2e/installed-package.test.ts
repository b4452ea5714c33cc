// From the packed tarball installed into an empty project, as a user would: `npx pinterest-capi demo`, `check`
// against the emulator with good and wrong credentials, and `audit` on the shipped examples (SPEC §11).
// One test: packing and installing take tens of seconds (from npm's cache when warm).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../src/emulator';
import { root, run } from './support/cli';

jest.setTimeout(600_000);

/** npm's environment of the outer `npm test`, without what ties it to this repository (its local prefix). */
function npmEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of Object.keys(env))
    if (/^npm_(package|lifecycle)_/.test(k) || k === 'npm_config_local_prefix' || k === 'INIT_CWD')
      delete env[k];
  return env;
}

const work = mkdtempSync(join(tmpdir(), 'pcapi-installed-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('npx pinterest-capi --version, demo, check and audit work in a project that installed the tarball', async () => {
  const project = join(work, 'project');
  const env = npmEnv();
  // dist/ is built by `npm test` before jest; --ignore-scripts keeps pack from rebuilding it under other tests.
  const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', work], {
    cwd: root,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  })
    .trim()
    .split('\n')
    .pop() as string;
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  execFileSync(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--prefix', project, join(work, tarball)],
    { cwd: project, env, stdio: 'ignore' },
  );
  // --yes=false: fail rather than fetch a package named pinterest-capi from the registry.
  const npx = (args: string[]) =>
    run(args, { cwd: project, env, command: ['npx', '--yes=false', 'pinterest-capi'] });
  const examples = join(project, 'node_modules', 'pinterest-capi-destination', 'examples');

  const version = await npx(['--version']);
  expect(version.stdout.trim()).toBe(
    JSON.parse(execFileSync('npm', ['pkg', 'get', 'version'], { cwd: root, encoding: 'utf8' })),
  );

  const demo = await npx(['demo']);
  expect(demo.stderr).toBe('');
  expect(demo.status).toBe(0);
  expect(demo.stdout).toContain('processed: 10\nfailed: 1\nfiltered: 1\n');
  expect(demo.stdout).toContain('recorded by the emulator: 10\n');

  const emulator = await startEmulator({ port: 0, logLevel: 'silent' });
  try {
    const ok = await npx(['check', '--config', join(examples, 'config.json'), '--api-url', emulator.url]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^ok: /);
    const wrong = join(work, 'wrong.json');
    writeFileSync(
      wrong,
      JSON.stringify({ adAccountId: '549755885175', accessToken: 'installed-wrong-token' }),
    );
    const refused = await npx(['check', '--config', wrong, '--api-url', emulator.url]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('(401)');
    expect(`${refused.stdout}${refused.stderr}`).not.toContain('installed-wrong-token');
    expect(emulator.events()).toHaveLength(1);
  } finally {
    await emulator.close();
  }

  const audit = await npx([
    'audit',
    '--config',
    join(examples, 'config.json'),
    join(examples, 'events.ndjson'),
    '--fill-timestamp',
    '--json',
  ]);
  expect(audit.status).toBe(0);
  expect(JSON.parse(audit.stdout)).toMatchObject({
    inputs: 12,
    toSend: 10,
    events: 10,
    filtered: { count: 1 },
    rejected: { count: 1 },
  });
});
