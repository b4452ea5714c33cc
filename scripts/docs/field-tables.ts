// The mapping reference: one table per Pinterest object from FIELD_REFERENCE, the keys not filled, the conditions.
import { join } from 'node:path';
import { FIELD_REFERENCE, TABLES, type FieldDescription } from '../../src/destinations/pinterest_capi/fields';
import { NOT_FILLED } from '../../src/destinations/pinterest_capi/fields/not-filled';
import { propertyDocs } from './doc-comments';
import { code, linkCitations, table, type SpecLink } from './markdown';

const CONDITIONS_FILE = join(
  __dirname,
  '..',
  '..',
  'src',
  'destinations',
  'pinterest_capi',
  'mapping',
  'conditions.ts',
);

/** What each object is, for the heading's first line (a table without one is an error). */
const ABOUT: Readonly<Record<string, string>> = {
  '': 'The keys of the event itself.',
  user_data: 'Who the event is about: what Pinterest matches on. Hashed keys are lists of SHA-256 hashes.',
  custom_data: 'What happened: money, products, search, Limited Data Processing.',
  'custom_data.contents[]': 'One item per product the event describes.',
  app_info: 'The app, on app events only.',
  device_info: 'The device, on every event that describes one.',
};

const heading = (object: string) => (object ? code(object) : 'Event fields');
const shortKey = (object: string, key: string) => (object ? key.slice(object.length + 1) : key);

function row(object: string, f: FieldDescription, link: SpecLink): string[] {
  const sources = [...new Set(f.sources)];
  return [
    code(shortKey(object, f.key)),
    linkCitations(f.description, link),
    sources.length ? sources.map(code).join(', ') : '—',
    f.hashed ? `${code(f.rule)}, hashed` : code(f.rule),
    f.condition ? code(f.condition) : '',
  ];
}

/** One section per Pinterest object, in table order. */
export function fieldReference(link: SpecLink): string {
  return TABLES.map(({ object, rows }) => {
    const about = ABOUT[object];
    if (about === undefined) throw new Error(`no description for the field table of "${object}"`);
    const keys = new Set(rows.map((r) => (object ? `${object}.${r.key}` : r.key)));
    const fields = FIELD_REFERENCE.filter((f) => keys.has(f.key));
    const body = table(
      ['output key', 'description', 'expected input (in order)', 'rule', 'only when'],
      fields.map((f) => row(object, f, link)),
    );
    return `### ${heading(object)}\n\n${about}\n\n${body}`;
  }).join('\n\n');
}

/** The keys of Pinterest's schema the project does not fill, with why. */
export function notFilledReference(link: SpecLink): string {
  return table(
    ['Pinterest key', 'why it is not filled'],
    Object.entries(NOT_FILLED).map(([key, why]) => [code(key), linkCitations(why, link)]),
  );
}

/** The named conditions of the "only when" column, from their doc comments. */
export function conditionReference(link: SpecLink): string {
  const docs = propertyDocs(CONDITIONS_FILE, 'CONDITIONS');
  return table(
    ['condition', 'holds when'],
    [...docs].map(([name, doc]) => {
      if (!doc) throw new Error(`condition ${name} has no doc comment (mapping/conditions.ts)`);
      return [code(name), linkCitations(doc, link)];
    }),
  );
}
