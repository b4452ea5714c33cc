// The README's config reference: every field of the zod schema with its type, default, rule and UI note.
import { z } from 'zod';
import { configDefinition } from '../../src/destinations/pinterest_capi/config/definition';
import { SECRET_FIELDS } from '../../src/destinations/pinterest_capi/config/rules';
import {
  behaviourShape,
  connectionShape,
  fullConfigSchema,
  hostShape,
  syncShape,
} from '../../src/destinations/pinterest_capi/config/schema';
import { fieldRules } from './config-rules';
import { typeText, type JsonSchema } from './config-types';
import { code, table } from './markdown';

/** The config's groups, in the order an operator meets them, each with what it means for events. */
export const GROUPS: readonly { title: string; about: string; shape: object }[] = [
  {
    title: 'Connection',
    about: 'Required. A bad value is a configuration error (400) for every event.',
    shape: connectionShape,
  },
  {
    title: 'Events and fields',
    about: 'A bad value is a configuration error (400) for every event.',
    shape: behaviourShape,
  },
  {
    title: 'Browser sync',
    about:
      'Read by the browser sync, not by the server: a bad value is reported by `validate-config`, the host’s schema and a warning log, and never blocks server events.',
    shape: syncShape,
  },
  {
    title: 'The host’s standard settings',
    about:
      'Applied by the host before events reach this destination, in the shapes its built-in destinations use; we only validate their shape (`validate-config`) and never block events over them.',
    shape: hostShape,
  },
];

interface UiField {
  configKey: string;
  label: string;
  note: string;
}

function uiFields(): Map<string, UiField> {
  const fields = configDefinition.uiConfig.uiConfig.baseTemplate.flatMap((t) =>
    t.sections.flatMap((s) => s.groups.flatMap((g) => g.fields as readonly UiField[])),
  );
  return new Map(fields.map((f) => [f.configKey, f]));
}

/** The value zod gives a field that is not set: its default, or "required", or unset. */
function defaultText(schema: z.ZodType): string {
  const r = schema.safeParse(undefined);
  if (!r.success) return 'required';
  return r.data === undefined ? '—' : code(JSON.stringify(r.data));
}

function description(key: string, ui: UiField | undefined, perSourceType: boolean): string {
  if (!ui) throw new Error(`config field ${key} has no UI note (config/definition.ts)`);
  const extras = [
    SECRET_FIELDS.has(key)
      ? 'Secret: the host stores it as a secret key, and it is never logged or echoed.'
      : '',
    perSourceType ? 'Kept per source type (web, ios, android, …).' : '',
  ];
  return [`${ui.label}: ${ui.note}.`, ...extras].filter(Boolean).join(' ');
}

/** One table per group; throws when a field of the schema is in no group. */
export function configReference(): string {
  const json = z.toJSONSchema(fullConfigSchema, { target: 'draft-7', io: 'input' }) as {
    properties: Record<string, JsonSchema>;
  };
  const shape = fullConfigSchema.shape as Record<string, z.ZodType>;
  const grouped = GROUPS.flatMap((g) => Object.keys(g.shape));
  const missing = Object.keys(shape).filter((k) => !grouped.includes(k));
  if (missing.length) throw new Error(`config fields in no group of the reference: ${missing.join(', ')}`);
  const ui = uiFields();
  const defaults: readonly string[] = configDefinition.dbConfig.config.destConfig.defaultConfig;
  return GROUPS.map(({ title, about, shape: group }) => {
    const rows = Object.keys(group).map((key) => {
      const schema = shape[key] as z.ZodType;
      return [
        code(key),
        typeText(json.properties[key] as JsonSchema),
        defaultText(schema),
        fieldRules(schema).join('; ') || '—',
        description(key, ui.get(key), !defaults.includes(key)),
      ];
    });
    return `**${title}.** ${about}\n\n${table(['field', 'type', 'default', 'rule', 'description'], rows)}`;
  }).join('\n\n');
}
