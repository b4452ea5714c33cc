// Generates the TypeScript wire types from Pinterest's schema (src/destinations/pinterest_capi/schema/pinterest-types.ts).
// `node scripts/generate-types.mjs` writes the file; `--check` (run by `npm run build`) fails when it is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';
import prettier from 'prettier';

const dir = new URL('../src/destinations/pinterest_capi/schema/', import.meta.url);
export const SCHEMA_FILE = fileURLToPath(new URL('conversions-api.schema.json', dir));
export const TYPES_FILE = fileURLToPath(new URL('pinterest-types.ts', dir));

const BANNER = `// Generated from conversions-api.schema.json by scripts/generate-types.mjs (npm run types:generate): do not edit.
// The wire format of Pinterest's events/create request and its answers (SPEC §3.2, §9).
`;

/** The schema with names for its inline objects, so that each gets an interface of its own. */
function named(schema) {
  const s = structuredClone(schema);
  const defs = s.definitions;
  const event = defs.ConversionEvents.properties.data.items;
  event.title = 'ConversionEvent';
  event.properties.custom_data.title = 'ConversionEventCustomData';
  event.properties.custom_data.properties.contents.items.title = 'ConversionEventContent';
  // A 422's details hold the per-event answers (SPEC §9): an open object, not an empty one.
  defs.DetailedError.properties.details.additionalProperties = true;
  // Not `Error`, which would shadow the global class wherever it is imported.
  defs.Error.title = 'PinterestError';
  // The request body is the root; kept once in the definitions it would be declared twice.
  const { ConversionEvents: root, ...others } = defs;
  return { ...root, title: 'ConversionEvents', definitions: others };
}

export async function generate() {
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
  const ts = await compile(named(schema), 'ConversionEvents', {
    bannerComment: '',
    additionalProperties: false,
    unreachableDefinitions: true,
    ignoreMinAndMaxItems: true,
    format: false,
  });
  const options = (await prettier.resolveConfig(TYPES_FILE)) ?? {};
  return prettier.format(BANNER + ts, { ...options, filepath: TYPES_FILE });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = await generate();
  if (process.argv.includes('--check')) {
    if (readFileSync(TYPES_FILE, 'utf8') !== text) {
      console.error(`${TYPES_FILE} is out of date with the schema: run npm run types:generate`);
      process.exit(1);
    }
  } else {
    writeFileSync(TYPES_FILE, text);
    console.log(`wrote ${TYPES_FILE}`);
  }
}
