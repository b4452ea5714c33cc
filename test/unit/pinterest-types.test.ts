// The committed wire types are what scripts/generate-types.mjs makes of Pinterest's schema today.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

it('schema/pinterest-types.ts is current (npm run types:generate)', () => {
  const script = join(__dirname, '..', '..', 'scripts', 'generate-types.mjs');
  // --check exits non-zero, naming the file, when the committed types differ from the generated ones.
  expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
});
