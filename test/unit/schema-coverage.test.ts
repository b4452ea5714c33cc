// Every key of Pinterest's event schema is filled by a row or listed as deliberately not filled, with a reason.
import schema from '../../src/destinations/pinterest_capi/schema/conversions-api.schema.json';
import { FIELD_REFERENCE } from '../../src/destinations/pinterest_capi/fields';
import { NOT_FILLED } from '../../src/destinations/pinterest_capi/fields/not-filled';

interface Node {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Node>;
  items?: Node;
  anyOf?: Node[];
}

const definitions = schema.definitions as unknown as Record<string, Node>;
const resolve = (n: Node): Node =>
  n.$ref ? resolve(definitions[n.$ref.split('/').pop() as string] as Node) : n;

/** Dotted keys of every leaf of an object schema: `user_data.em`, `custom_data.contents[].id`. */
function leaves(node: Node, prefix: string): string[] {
  const n = resolve(node);
  const props = n.properties ?? (n.anyOf ? resolve(n.anyOf[0] as Node).properties : undefined);
  if (props) return Object.entries(props).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  const items = n.items ? resolve(n.items) : undefined;
  if (items?.properties) return leaves(items, `${prefix}[]`);
  return [prefix];
}

const schemaKeys = leaves((definitions.ConversionEvents as Node).properties?.data?.items as Node, '');
const rows = new Set(FIELD_REFERENCE.map((r) => r.key));
/** A whole object listed as not filled covers its keys. */
const notFilled = (key: string) =>
  Object.keys(NOT_FILLED).find((k) => key === k || key.startsWith(`${k}.`) || key.startsWith(`${k}[]`));

it('finds the schema’s keys (the walk itself works)', () => {
  expect(schemaKeys).toEqual(
    expect.arrayContaining(['event_name', 'user_data.em', 'custom_data.contents[].id']),
  );
  expect(schemaKeys.length).toBeGreaterThan(60);
});

it.each(schemaKeys)('%s is a row or a reasoned omission, not both', (key) => {
  const omission = notFilled(key);
  expect({ key, row: rows.has(key), omitted: omission !== undefined }).toEqual({
    key,
    row: omission === undefined,
    omitted: omission !== undefined,
  });
  if (omission) expect(NOT_FILLED[omission]).toMatch(/\S.{9,}/);
});

it('has no row and no omission for a key Pinterest does not have', () => {
  // A list of objects (custom_data.contents) is a row too: its items have rows of their own.
  const covers = (k: string) =>
    schemaKeys.some((s) => s === k || s.startsWith(`${k}.`) || s.startsWith(`${k}[]`));
  expect([...rows].filter((k) => !covers(k))).toEqual([]);
  expect(Object.keys(NOT_FILLED).filter((k) => !covers(k))).toEqual([]);
});
