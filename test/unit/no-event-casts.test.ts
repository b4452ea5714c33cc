// The core is typed by Pinterest's generated wire types end to end: no event, or part of one, is cast into shape.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..', 'src', 'destinations', 'pinterest_capi');
const WIRE = [
  'PinterestEvent',
  'EventDraft',
  'UserData',
  'IdentifiedUserData',
  'CustomData',
  'Content',
  'AppInfo',
  'DeviceInfo',
];
// `as X`, `<X>` assertions to a wire type, or to a loose record an event could be written through.
const CAST = new RegExp(`\\bas (?:${WIRE.join('|')}|Record<string, unknown>)(?!\\w)`);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

it('has no cast of an event in the destination core', () => {
  const found = files(ROOT)
    // The generated types themselves, and config parsing (raw host configs, not events), are not the core.
    .filter((f) => !f.endsWith('pinterest-types.ts') && !relative(ROOT, f).startsWith('config'))
    .flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) => ({ at: `${relative(ROOT, f)}:${i + 1}`, line }))
        .filter(({ line }) => CAST.test(line)),
    );
  expect(found).toEqual([]);
});
