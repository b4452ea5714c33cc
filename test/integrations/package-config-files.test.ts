// The package ships the host's config definition files (db-config.json, schema.json, ui-config.json) for a control
// plane to register the destination with: in the tarball, and as `pinterest-capi-destination/config/<file>`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configDefinition } from '../../src/destinations/pinterest_capi/config/definition';

const root = join(__dirname, '..', '..');
const FILES = {
  'db-config.json': configDefinition.dbConfig,
  'schema.json': configDefinition.schema,
  'ui-config.json': configDefinition.uiConfig,
};

it('the tarball holds dist/config/db-config.json, schema.json and ui-config.json', () => {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
  });
  const files = (JSON.parse(out) as [{ files: { path: string }[] }])[0].files.map((f) => f.path);
  for (const name of Object.keys(FILES)) expect(files).toContain(`dist/config/${name}`);
});

it('a project that installed the package requires them by the package name, with the generated content', () => {
  const project = mkdtempSync(join(tmpdir(), 'pcapi-config-files-'));
  try {
    mkdirSync(join(project, 'node_modules'));
    symlinkSync(root, join(project, 'node_modules', 'pinterest-capi-destination'), 'dir');
    const script = `console.log(JSON.stringify(${JSON.stringify(Object.keys(FILES))}.map((f) => require('pinterest-capi-destination/config/' + f))))`;
    const loaded = JSON.parse(
      execFileSync(process.execPath, ['-e', script], { cwd: project, encoding: 'utf8' }),
    );
    expect(loaded).toEqual(JSON.parse(JSON.stringify(Object.values(FILES))));
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});

it('the built copies are the committed files', () => {
  for (const name of Object.keys(FILES))
    expect(readFileSync(join(root, 'dist', 'config', name), 'utf8')).toBe(
      readFileSync(join(root, 'src', 'destinations', 'pinterest_capi', 'config', name), 'utf8'),
    );
});
