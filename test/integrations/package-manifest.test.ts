// The package's manifest is honest: every runtime dependency is used by a built file, every package the built files
// load is declared, `engines` is what the installed runtime tree needs, and the tarball ships what it must.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import semver from 'semver';

const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  engines: { node: string };
  files: string[];
  license: string;
};

/** Every file under dir (recursively) whose name ends with one of the suffixes. */
function filesIn(dir: string, suffixes: string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return filesIn(path, suffixes);
    return suffixes.some((s) => e.name.endsWith(s)) ? [path] : [];
  });
}

/** "fastify", "@scope/name/sub/path" → the package name. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
const builtin = (s: string) => s.startsWith('node:') || builtinModules.includes(s.split('/')[0] as string);

/** Packages the built JavaScript requires at run time, and those the built declarations import types from. */
function packagesUsedByDist(): Set<string> {
  const used = new Set<string>();
  const js = filesIn(join(root, 'dist'), ['.js']);
  const dts = filesIn(join(root, 'dist'), ['.d.ts']);
  const patterns = [/\brequire\("([^"./][^"]*)"\)/g, /\bimport\(\s*["']([^"'./][^"']*)["']\s*\)/g];
  const typePatterns = [/\bfrom\s+['"]([^'"./][^'"]*)['"]/g, /\bimport\(\s*['"]([^'"./][^'"]*)['"]\s*\)/g];
  for (const [list, res] of [
    [js, patterns],
    [dts, typePatterns],
  ] as const) {
    for (const file of list) {
      const text = readFileSync(file, 'utf8');
      for (const re of res)
        for (const m of text.matchAll(re)) if (!builtin(m[1] as string)) used.add(packageOf(m[1] as string));
    }
  }
  return used;
}

describe('dependencies', () => {
  const declared = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)];

  it('every runtime or peer dependency is required by a built file or imported by its declarations', () => {
    const used = packagesUsedByDist();
    expect(declared.filter((d) => !used.has(d))).toEqual([]);
  });

  it('every package the built files load is declared (nothing works only because a devDependency is installed)', () => {
    const used = [...packagesUsedByDist()];
    expect(used.filter((u) => !declared.includes(u))).toEqual([]);
  });

  it('lodash is not a runtime dependency', () => {
    expect(Object.keys(pkg.dependencies)).not.toContain('lodash');
  });
});

interface Manifest {
  name: string;
  version: string;
  engines?: { node?: string };
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

/** Node's lookup: dir/node_modules/name, then each parent directory's node_modules. */
function installedDir(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The installed runtime tree: our dependencies and peers, and theirs (required peers included), once each. */
function runtimeTree(): { dir: string; manifest: Manifest; via: string }[] {
  const seen = new Map<string, { dir: string; manifest: Manifest; via: string }>();
  const queue = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)].map((name) => ({
    name,
    from: root,
    via: 'pinterest-capi-destination',
  }));
  for (let next = queue.shift(); next; next = queue.shift()) {
    const dir = installedDir(next.name, next.from);
    if (!dir || seen.has(dir)) continue;
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
    seen.set(dir, { dir, manifest, via: next.via });
    const peers = Object.keys(manifest.peerDependencies ?? {}).filter(
      (p) => !manifest.peerDependenciesMeta?.[p]?.optional,
    );
    for (const name of [...Object.keys(manifest.dependencies ?? {}), ...peers])
      queue.push({ name, from: dir, via: `${manifest.name}@${manifest.version}` });
  }
  return [...seen.values()];
}

/**
 * Packages whose declared `engines` is stricter than ours, each with why the package still works from our minimum.
 * The test below proves each claim on the Node.js running the tests.
 */
const STRICTER: Record<string, string> = {
  // cookie 2 (via fastify → light-my-request, which Fastify requires only inside inject(); the service and the CLI
  // never call it) is an ES module without Node.js 22 APIs: require(esm) loads it, on by default since 20.19.0 and
  // 22.12.0 — which is why our range skips 22.0–22.11.
  cookie: 'ES module loaded by require(esm) (Node.js 20.19+, 22.12+); reached only through fastify.inject()',
};

describe('engines', () => {
  it(`${pkg.engines.node} satisfies every installed runtime package, or the package is a documented exception`, () => {
    const tree = runtimeTree();
    // The tree really was walked: the direct dependencies and the peer's own dependencies are in it.
    const names = new Set(tree.map((t) => t.manifest.name));
    for (const d of [
      'fastify',
      'undici',
      'zod',
      '@rudderstack/integrations-lib',
      'light-my-request',
      'axios',
    ])
      expect(names).toContain(d);
    const stricter = tree
      .filter((t) => t.manifest.engines?.node && !semver.subset(pkg.engines.node, t.manifest.engines.node))
      .map((t) => ({ name: t.manifest.name, requires: t.manifest.engines?.node, via: t.via }));
    expect(stricter.filter((s) => !(s.name in STRICTER))).toEqual([]);
    // And each exception is still needed.
    expect([...new Set(stricter.map((s) => s.name))].sort()).toEqual(Object.keys(STRICTER).sort());
  });

  it('our minimum is no lower than what a runtime package needs (undici 7: 20.18.1)', () => {
    const undici = JSON.parse(
      readFileSync(join(root, 'node_modules/undici/package.json'), 'utf8'),
    ) as Manifest;
    expect(semver.subset(pkg.engines.node, undici.engines?.node as string)).toBe(true);
    expect(semver.minVersion(pkg.engines.node)?.version).toBe('20.19.0');
  });

  it('the exception holds: fastify.inject() loads cookie 2 and sets a cookie on this Node.js', () => {
    const script = `
      const app = require('fastify')();
      app.get('/', (req, reply) => reply.header('set-cookie', 'a=1; Path=/').send('ok'));
      app.inject({ url: '/' }).then((r) => console.log(JSON.stringify({ cookies: r.cookies, version: process.version })));`;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' }));
    expect(out.cookies).toEqual([{ name: 'a', value: '1', path: '/' }]);
    expect(semver.satisfies(out.version, pkg.engines.node)).toBe(true);
  });
});

describe('the tarball', () => {
  const packed = () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      encoding: 'utf8',
    });
    return (JSON.parse(out) as [{ files: { path: string }[] }])[0].files.map((f) => f.path);
  };

  it('ships the built files, the samples demo needs, the licence, the notices and the changelog; no sources', () => {
    const files = packed();
    for (const f of [
      'dist/cli.js',
      'dist/index.js',
      'dist/index.d.ts',
      'examples/config.json',
      'examples/events.ndjson',
      'LICENSE',
      'CHANGELOG.md',
      'THIRD_PARTY_NOTICES.md',
      'README.md',
      'package.json',
    ])
      expect(files).toContain(f);
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/'))).toEqual([]);
  });

  it('LICENSE is MIT with the project copyright, as package.json and the README say', () => {
    const license = readFileSync(join(root, 'LICENSE'), 'utf8');
    expect(license).toMatch(
      /^MIT License\n\nCopyright \(c\) \d{4} pinterest-capi-destination contributors\n/,
    );
    expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
    expect(pkg.license).toBe('MIT');
  });
});
