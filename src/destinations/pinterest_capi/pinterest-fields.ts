// What Pinterest's schema allows in an event, read once from the schema file: the targets of custom mappings.
import schema from './schema/conversions-api.schema.json';

export type TargetType = 'string' | 'integer' | 'boolean' | 'strings';

interface Prop {
  type?: string | string[];
  items?: { type?: string };
  enum?: readonly unknown[];
  maxLength?: number;
  minimum?: number;
  maximum?: number;
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
const eventProps = defs.ConversionEvents.properties.data.items.properties as Record<string, Prop>;
const nested: Record<string, Record<string, Prop>> = {
  user_data: defs.ConversionEventsUserDataProperties.properties,
  custom_data: defs.ConversionEvents.properties.data.items.properties.custom_data.properties,
  app_info: defs.ConversionEventAppInfo.properties,
  device_info: defs.ConversionEventDeviceInfo.properties,
};

// event_name and event_time come from the event table and the clock; letting a mapping overwrite them breaks both.
const FIXED = new Set(['event_name', 'event_time']);

const targets: Record<string, Target> = {};
const add = (name: string, prop: Prop) => {
  const type = typeOf(prop);
  if (type && !FIXED.has(name)) targets[name] = { type, prop };
};
for (const [key, p] of Object.entries(eventProps)) add(key, p);
for (const [parent, props] of Object.entries(nested)) {
  for (const [key, p] of Object.entries(props)) add(`${parent}.${key}`, p);
}

/** Fields a custom mapping may write (`to`), with what Pinterest's schema expects there. */
export const TARGETS: Readonly<Record<string, Target>> = targets;
export const CUSTOM_MAPPING_TARGETS = Object.keys(targets) as [string, ...string[]];
