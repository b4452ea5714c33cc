// What Pinterest's schema allows in an event, read once from the schema file: the keys of each object and their limits.
import type { Limits, SchemaObject } from './mapping/engine';
import schema from './schema/conversions-api.schema.json';

export type TargetType = 'string' | 'integer' | 'boolean' | 'strings';

interface Prop extends Limits {
  type?: string | string[];
  items?: { type?: string };
  description?: string;
}

export interface Target {
  type: TargetType;
  /** The schema's constraints on the value, checked so that one mapped value cannot make Pinterest reject a batch. */
  prop: Prop;
}

const typeOf = (p: Prop): TargetType | undefined => {
  const t = Array.isArray(p.type) ? p.type.find((x) => x !== 'null') : p.type;
  if (t === 'array') return p.items?.type === 'string' ? 'strings' : undefined;
  return t === 'string' || t === 'integer' || t === 'boolean' ? t : undefined;
};

const defs = schema.definitions;
const eventItem = defs.ConversionEvents.properties.data.items;

/** The properties of each object of an event, as Pinterest's schema declares them. */
export const SCHEMA_PROPS = {
  event: eventItem.properties as Record<string, Prop>,
  user_data: defs.ConversionEventsUserDataProperties.properties as Record<string, Prop>,
  custom_data: eventItem.properties.custom_data.properties as Record<string, Prop>,
  contents: eventItem.properties.custom_data.properties.contents.items.properties as Record<string, Prop>,
  app_info: defs.ConversionEventAppInfo.properties as Record<string, Prop>,
  device_info: defs.ConversionEventDeviceInfo.properties as Record<string, Prop>,
} as const;

export const SCHEMA_OBJECTS = {
  event: { props: SCHEMA_PROPS.event },
  user_data: { props: SCHEMA_PROPS.user_data },
  custom_data: { props: SCHEMA_PROPS.custom_data, items: { contents: { props: SCHEMA_PROPS.contents } } },
  app_info: { props: SCHEMA_PROPS.app_info },
  device_info: { props: SCHEMA_PROPS.device_info },
} satisfies Record<string, SchemaObject>;

// event_name and event_time come from the event table and the clock; letting a mapping overwrite them breaks both.
const FIXED = new Set(['event_name', 'event_time']);

const targets: Record<string, Target> = {};
const add = (name: string, prop: Prop) => {
  const type = typeOf(prop);
  if (type && !FIXED.has(name)) targets[name] = { type, prop };
};
for (const [key, p] of Object.entries(SCHEMA_PROPS.event)) add(key, p);
for (const parent of ['user_data', 'custom_data', 'app_info', 'device_info'] as const) {
  for (const [key, p] of Object.entries(SCHEMA_PROPS[parent])) add(`${parent}.${key}`, p);
}

/** Fields a custom mapping may write (`to`), with what Pinterest's schema expects there. */
export const TARGETS: Readonly<Record<string, Target>> = targets;
export const CUSTOM_MAPPING_TARGETS = Object.keys(targets) as [string, ...string[]];
