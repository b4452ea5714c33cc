// The README's module examples, run as written: each code block marked `<!-- example: NAME -->` is saved as NAME in
// a project that has the built package installed, and run with node. It prints what its comments say.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, run } from './support/cli';

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const examples = [...readme.matchAll(/<!-- example: (\S+) -->\s*```js\n([\s\S]*?)```/g)].map((m) => ({
  name: m[1] as string,
  code: m[2] as string,
}));

/** What an example says it prints: the `// …` comment after each console.log line, in order. */
const promised = (code: string) =>
  code
    .split('\n')
    .map((l) => /^\s*console\.log\(.*\);\s*\/\/ (.*)$/.exec(l)?.[1])
    .filter((c): c is string => c !== undefined);

const project = mkdtempSync(join(tmpdir(), 'pcapi-readme-example-'));
// The package as npm installs it into a project: node_modules/<name> (here a link to this repository and its dist/).
mkdirSync(join(project, 'node_modules'));
symlinkSync(root, join(project, 'node_modules', 'pinterest-capi-destination'), 'dir');
afterAll(() => rmSync(project, { recursive: true, force: true }));

it('the README has the CommonJS and the ES module example', () => {
  expect(examples.map((e) => e.name)).toEqual(['example.js', 'example.mjs']);
});

it('the examples promise what the spec says the destination sends', () => {
  const [cjs, esm] = examples.map((e) => promised(e.code));
  // docs/spec.md §3.2: the endpoint; §5: Order Completed → checkout, page → page_visit; §6.2: click_id from epik.
  expect(cjs).toEqual(['https://api.pinterest.com/v5/ad_accounts/549755885175/events', 'checkout']);
  expect(esm).toEqual(['page_visit', 'dj0y']);
});

it.each(examples)('$name runs with node and prints what its comments say', async ({ name, code }) => {
  writeFileSync(join(project, name), code);
  const env = { ...process.env };
  delete env.PINTEREST_API_BASE_URL;
  const r = await run([name], { cwd: project, env, command: [process.execPath] });
  expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
  expect(r.stdout.trimEnd().split('\n')).toEqual(promised(code));
});
