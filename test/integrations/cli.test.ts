// The built CLI: transform and validate-config, with clear errors for missing files and bad lines.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    input,
  });

const dir = mkdtempSync(join(tmpdir(), 'pcapi-cli-'));
const config = join(dir, 'config.json');
writeFileSync(config, JSON.stringify({ adAccountId: '549755885175', accessToken: 'cli-secret-token' }));

describe('transform', () => {
  it('prints one request body per Pinterest event and reports bad lines by number', () => {
    const events = join(dir, 'events.ndjson');
    const ts = new Date().toISOString();
    writeFileSync(
      events,
      [
        JSON.stringify({
          type: 'page',
          messageId: 'p-1',
          timestamp: ts,
          context: { traits: { email: 'a@b.co' } },
        }),
        '{not json',
        JSON.stringify({ type: 'identify', messageId: 'i-1', timestamp: ts }),
        '',
      ].join('\n'),
    );
    const r = cli(['transform', '--config', config, events]);
    const bodies = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(bodies).toHaveLength(1);
    expect(bodies[0].data[0]).toMatchObject({ event_name: 'page_visit', event_id: 'p-1' });
    expect(r.stderr).toContain('line 2: not valid JSON');
    expect(r.stderr).toContain(
      'line 3: 400 message type "identify" is not supported by Pinterest Conversions API',
    );
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).not.toContain('cli-secret-token');
  });

  it('reads stdin and stamps sample events with --fill-timestamp', () => {
    const r = cli(
      ['transform', '--config', config, '--fill-timestamp'],
      JSON.stringify({ type: 'page', messageId: 'p-2', context: { traits: { email: 'a@b.co' } } }),
    );
    expect(r.status).toBe(0);
    const event = JSON.parse(r.stdout).data[0];
    expect(Math.abs(event.event_time - Date.now() / 1000)).toBeLessThan(60);
  });

  it('names a missing file', () => {
    const r = cli(['transform', '--config', join(dir, 'nope.json')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`config file not found: ${join(dir, 'nope.json')}`);
  });
});

describe('validate-config', () => {
  it('exits 0 for a valid config', () => {
    expect(cli(['validate-config', config]).status).toBe(0);
  });

  it('lists every problem, sync fields included, without the token', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        adAccountId: 'act_1',
        accessToken: 'cli-secret-token',
        extraPixelIds: '[oops',
        batchSize: 0,
      }),
    );
    const r = cli(['validate-config', bad]);
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n')).toEqual([
      'adAccountId must be digits only (got "act_1")',
      'extraPixelIds must be a JSON array of digit strings, e.g. ["2613210818064","2613210818065"] (got "[oops")',
      'batchSize must be a whole number from 1 to 1000 (got 0)',
    ]);
    expect(r.stdout).not.toContain('cli-secret-token');
  });
});

describe('--version and help', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

  it.each([['--version'], ['-v'], ['version']])('%s prints the package version', (flag) => {
    const r = cli([flag]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${pkg.version}\n`);
  });

  it.each([['--help'], ['-h'], ['help']])('%s lists every command', (flag) => {
    const r = cli([flag]);
    expect(r.status).toBe(0);
    for (const command of ['transform', 'send', 'check', 'audit', 'validate-config', 'emulator', 'demo'])
      expect(r.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });

  it('no command: the list on stderr, exit 2', () => {
    const r = cli([]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('usage: pinterest-capi <command>');
  });

  it.each([
    ['transform', '--fill-timestamp'],
    ['send', '--print-requests'],
    ['check', '--api-url'],
    ['audit', '--json'],
    ['validate-config', 'validate-config cfg.json'],
    ['demo', 'examples/'],
    ['emulator', '--ad-account'],
  ])('%s --help, help <command> and -h: its usage (mentioning %s), exit 0', (command, mentions) => {
    for (const args of [
      [command, '--help'],
      ['help', command],
      [command, '-h'],
    ]) {
      const r = cli(args);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^usage: pinterest-capi ${command}`));
      expect(r.stdout).toContain(mentions);
    }
  });

  it('an unknown command or flag, or a flag of another command: exit 2 with the usage', () => {
    const unknown = cli(['sned']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command "sned"');
    const flag = cli(['transform', '--config', config, '--dry-run']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain("Unknown option '--dry-run'");
    expect(flag.stderr).toContain('usage: pinterest-capi transform');
    expect(cli(['help', 'sned']).status).toBe(2);
  });

  it.each([
    [
      ['--dry-run', '--max-value-chars', '0'],
      '--max-value-chars must be a whole number of at least 1 (got "0")',
    ],
    [['--dry-run', '--top-errors', 'lots'], '--top-errors must be a whole number of at least 1 (got "lots")'],
    [['--api-url', 'ftp://example.com'], '--api-url must be an http(s) URL (got "ftp://example.com")'],
    [['--print-requests'], '--print-requests needs --dry-run'],
  ])('send %j: exit 2, %s', (flags, message) => {
    const r = cli(['send', '--config', config, ...flags], '');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

describe('a bad config', () => {
  const bad = join(dir, 'bad-account.json');
  writeFileSync(bad, JSON.stringify({ adAccountId: 'act_1', accessToken: 'cli-secret-token', batchSize: 0 }));
  const events = join(dir, 'three.ndjson');
  const page = (i: number) =>
    JSON.stringify({ type: 'page', messageId: `p-${i}`, timestamp: new Date().toISOString() });
  writeFileSync(events, [page(1), page(2), page(3)].join('\n'));
  const count = (text: string, part: string) => text.split(part).length - 1;

  it.each([
    ['transform', ['transform', '--config', bad, events]],
    ['send', ['send', '--config', bad, events, '--api-url', 'http://127.0.0.1:9']],
    ['send --dry-run', ['send', '--config', bad, events, '--dry-run']],
    ['audit', ['audit', '--config', bad, events]],
    ['check', ['check', '--config', bad, '--api-url', 'http://127.0.0.1:9']],
  ])('%s: every problem once, before any event, exit 2, nothing on stdout', (_, args) => {
    const r = cli(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(count(r.stderr, 'adAccountId must be digits only (got "act_1")')).toBe(1);
    expect(count(r.stderr, 'batchSize must be a whole number from 1 to 1000 (got 0)')).toBe(1);
    expect(r.stderr).toContain(`${bad} is not a valid destination config; nothing was sent`);
    expect(r.stderr).not.toContain('cli-secret-token');
  });

  it('a config that is not an object: exit 2', () => {
    const list = join(dir, 'list.json');
    writeFileSync(list, '[]');
    const r = cli(['transform', '--config', list], page(1));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('the config must be a JSON object with adAccountId and accessToken');
  });
});

describe('events without a timestamp', () => {
  const noTime = JSON.stringify({ type: 'page', messageId: 'p-1', context: { traits: { email: 'a@b.co' } } });

  it('are rejected with a message naming --fill-timestamp', () => {
    const r = cli(['transform', '--config', config], noTime);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('line 1: 400 ');
    expect(r.stderr).toContain('pass --fill-timestamp');
  });

  it('send counts them failed with the same advice in the top errors', () => {
    const r = cli(['send', '--config', config, '--dry-run', '--json'], `${noTime}\n${noTime}`);
    expect(r.status).toBe(1);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ failed: 2, processed: 0 });
    expect(summary.topErrors).toHaveLength(1);
    expect(summary.topErrors[0]).toMatchObject({ count: 2 });
    expect(summary.topErrors[0].message).toContain('pass --fill-timestamp');
  });

  it('an event with a timestamp that fails for another reason gets no such advice', () => {
    const r = cli(
      ['transform', '--config', config],
      JSON.stringify({ type: 'page', messageId: 'p-2', timestamp: new Date().toISOString() }),
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('user_data needs em');
    expect(r.stderr).not.toContain('--fill-timestamp');
  });
});

describe('long values in messages', () => {
  const ts = new Date().toISOString();
  const long = 'x'.repeat(100_000);

  it('an unmapped event name of 100,000 characters is cut to 200 with a marker', () => {
    const r = cli(
      ['transform', '--config', config],
      JSON.stringify({ type: 'track', event: long, messageId: 'm', timestamp: ts }),
    );
    expect(r.stderr).toBe(
      `line 1: 298 event "${'x'.repeat(200)}…[99800 more characters]" is not mapped to a Pinterest event\n`,
    );
  });

  it('in the top errors of send, with --max-value-chars 10', () => {
    const r = cli(
      ['send', '--config', config, '--dry-run', '--json', '--max-value-chars', '10'],
      JSON.stringify({ type: 'abcdefghijklmnop', messageId: 'm', timestamp: ts }),
    );
    expect(JSON.parse(r.stdout).topErrors).toEqual([
      {
        message:
          'message type "abcdefghij…[6 more characters]" is not supported by Pinterest Conversions API',
        count: 1,
      },
    ]);
  });

  it('a value of exactly --max-value-chars is kept whole', () => {
    const r = cli(
      ['send', '--config', config, '--dry-run', '--json', '--max-value-chars', '16'],
      JSON.stringify({ type: 'abcdefghijklmnop', messageId: 'm', timestamp: ts }),
    );
    expect(JSON.parse(r.stdout).topErrors[0].message).toBe(
      'message type "abcdefghijklmnop" is not supported by Pinterest Conversions API',
    );
  });

  it('--top-errors 1 shows only the most frequent message', () => {
    const r = cli(
      ['send', '--config', config, '--dry-run', '--json', '--top-errors', '1'],
      [
        JSON.stringify({ type: 'alias', messageId: 'a', timestamp: ts }),
        JSON.stringify({ type: 'group', messageId: 'g1', timestamp: ts }),
        JSON.stringify({ type: 'group', messageId: 'g2', timestamp: ts }),
      ].join('\n'),
    );
    expect(JSON.parse(r.stdout)).toMatchObject({
      failed: 3,
      topErrors: [
        { message: 'message type "group" is not supported by Pinterest Conversions API', count: 2 },
      ],
    });
  });
});

describe('send --dry-run --print-requests', () => {
  const ts = new Date().toISOString();
  const order = (i: number) =>
    JSON.stringify({
      type: 'track',
      event: 'Order Completed',
      messageId: `o-${i}`,
      timestamp: ts,
      context: { traits: { email: `u${i}@example.com` } },
      properties: { revenue: 10, currency: 'USD' },
    });

  it('prints each request on stdout with the token masked, the summary on stderr; sends nothing', () => {
    const cfg = join(dir, 'batch-2.json');
    writeFileSync(
      cfg,
      JSON.stringify({
        adAccountId: '549755885175',
        accessToken: 'cli-secret-token',
        batchSize: 2,
        testMode: true,
      }),
    );
    // An unreachable --api-url: a request would fail the run.
    const r = cli(
      ['send', '--config', cfg, '--dry-run', '--print-requests', '--api-url', 'http://127.0.0.1:9'],
      [order(1), order(2), order(3)].join('\n'),
    );
    expect(r.status).toBe(0);
    expect(`${r.stdout}${r.stderr}`).not.toContain('cli-secret-token');
    const requests = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(requests).toHaveLength(2);
    for (const req of requests) {
      expect(req).toMatchObject({
        method: 'POST',
        url: 'http://127.0.0.1:9/v5/ad_accounts/549755885175/events?test=true',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ****' },
      });
    }
    expect(requests.map((q) => q.body.data.map((e: { event_id: string }) => e.event_id))).toEqual([
      ['o-1', 'o-2'],
      ['o-3'],
    ]);
    expect(requests[0].body.data[0]).toMatchObject({
      event_name: 'checkout',
      custom_data: { currency: 'USD' },
    });
    expect(r.stderr).toContain('processed: 0\nfailed: 0\nfiltered: 0\nretried: 0\n');
    expect(r.stderr).toContain('dry run: 2 request(s) with 3 event(s) not sent');
  });

  it('--json puts the summary JSON on stderr', () => {
    const r = cli(['send', '--config', config, '--dry-run', '--print-requests', '--json'], order(1));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).headers.Authorization).toBe('Bearer ****');
    expect(JSON.parse(r.stderr)).toMatchObject({ processed: 0, dryRun: { requests: 1, events: 1 } });
    expect(`${r.stdout}${r.stderr}`).not.toContain('cli-secret-token');
  });
});
