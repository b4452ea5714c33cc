// The built CLI: transform and validate-config, with clear errors for missing files and bad lines.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
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
