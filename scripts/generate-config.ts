// Writes db-config.json, schema.json and ui-config.json from the zod schema (npm run config:generate).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildConfigDefinition } from '../src/destinations/pinterest_capi/config/definition';

export const CONFIG_DIR = join(__dirname, '..', 'src', 'destinations', 'pinterest_capi', 'config');

export const files = (): Record<string, unknown> => {
  const d = buildConfigDefinition();
  return { 'db-config.json': d.dbConfig, 'schema.json': d.schema, 'ui-config.json': d.uiConfig };
};

if (require.main === module) {
  for (const [name, content] of Object.entries(files())) {
    writeFileSync(join(CONFIG_DIR, name), `${JSON.stringify(content, null, 2)}\n`);
    console.log(`wrote ${name}`);
  }
}
