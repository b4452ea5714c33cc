// Runs the built CLI (dist/cli.js) as its own process without blocking this one, so an in-process emulator answers it.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = join(__dirname, '..', '..', '..');
export const CLI = join(root, 'dist', 'cli.js');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function run(
  args: string[],
  o: { input?: string; cwd?: string; env?: NodeJS.ProcessEnv; command?: string[] } = {},
): Promise<Run> {
  const [file, ...pre] = o.command ?? [process.execPath, CLI];
  const child = spawn(file as string, [...pre, ...args], {
    cwd: o.cwd ?? root,
    env: { ...process.env, ...o.env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  child.stdin.end(o.input ?? '');
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** A scratch directory and a JSON/NDJSON writer into it. */
export function scratch(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  let n = 0;
  return {
    dir,
    json(value: unknown): string {
      n += 1;
      const path = join(dir, `${n}.json`);
      writeFileSync(path, JSON.stringify(value));
      return path;
    },
    ndjson(lines: unknown[]): string {
      n += 1;
      const path = join(dir, `${n}.ndjson`);
      writeFileSync(path, lines.map((l) => JSON.stringify(l)).join('\n'));
      return path;
    },
  };
}
