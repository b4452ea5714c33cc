// A config field's type in a few words, read from the JSON Schema the host validates with (schema.json).

export interface JsonSchema {
  type?: string;
  enum?: readonly unknown[];
  const?: unknown;
  anyOf?: readonly JsonSchema[];
  oneOf?: readonly JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  not?: object;
}

/** Enums longer than this are named by their base type (the rule says what they hold). */
const MAX_LISTED_VALUES = 6;
/** Objects with more keys than this are just "object" (the host's per-source-type forms). */
const MAX_LISTED_KEYS = 4;

const never = (s: JsonSchema) => s.not !== undefined && Object.keys(s.not).length === 0;

/** Alternatives that are all objects read as one object: keys optional where any alternative lacks them. */
function mergeObjects(options: readonly JsonSchema[]): JsonSchema {
  const keys = [...new Set(options.flatMap((o) => Object.keys(o.properties ?? {})))];
  return {
    type: 'object',
    properties: Object.fromEntries(keys.map((k) => [k, {}])),
    required: keys.filter((k) => options.every((o) => o.required?.includes(k))),
  };
}

function alternatives(s: JsonSchema): string {
  const options = (s.anyOf ?? s.oneOf ?? []).filter((o) => !never(o));
  if (options.length > 1 && options.every((o) => o.type === 'object')) return typeText(mergeObjects(options));
  return [...new Set(options.map(typeText))].join(' | ');
}

function objectText(s: JsonSchema): string {
  const keys = Object.entries(s.properties ?? {}).filter(([, v]) => !never(v));
  if (keys.length > MAX_LISTED_KEYS) return 'object';
  return `\`{${keys.map(([k]) => (s.required?.includes(k) ? k : `${k}?`)).join(', ')}}\``;
}

/** `string`, `integer`, `` `a` | `b` ``, `list of {from, to}`, … (an optional text's "" is no type of its own). */
export function typeText(s: JsonSchema): string {
  if (s.anyOf || s.oneOf) return alternatives(s);
  if (s.enum && s.enum.length <= MAX_LISTED_VALUES) return s.enum.map((v) => `\`${String(v)}\``).join(' | ');
  if (s.type === 'array') {
    const item = s.items ? typeText(s.items) : 'anything';
    return item === 'string' ? 'list of strings' : `list of ${item}`;
  }
  if (s.type === 'object') return objectText(s);
  return s.type ?? 'any';
}
