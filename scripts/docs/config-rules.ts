// The rule wording of a config field, read from its zod schema: the messages its checks give (config/rules.ts).
import type { z } from 'zod';
import { RULE } from '../../src/destinations/pinterest_capi/config/rules';

/** The part of zod's definition objects (zod/v4/core) that this walk reads. */
interface Def {
  type: string;
  error?: (issue: { input: unknown }) => unknown;
  checks?: readonly { _zod: { def: Def } }[];
  innerType?: Node;
  in?: Node;
  out?: Node;
  element?: Node;
  options?: readonly Node[];
  shape?: Record<string, Node>;
}
interface Node {
  _zod: { def: Def };
}

/** The message an error setting gives for a wrong (not missing) value. */
function message(def: Def): string | undefined {
  const m = def.error?.({ input: null });
  const text = typeof m === 'string' ? m : (m as { message?: string } | undefined)?.message;
  return text === RULE.required ? undefined : text;
}

function walk(node: Node, path: string, out: Map<string, string>): void {
  const def = node._zod.def;
  const add = (text: string | undefined) => {
    if (text !== undefined && !out.has(text)) out.set(text, path);
  };
  add(message(def));
  for (const check of def.checks ?? []) add(message(check._zod.def));
  for (const child of [def.innerType, def.in, def.out]) if (child) walk(child, path, out);
  if (def.element) walk(def.element, path ? `${path}[]` : '', out);
  for (const option of def.options ?? []) walk(option, path, out);
  for (const [key, child] of Object.entries(def.shape ?? {})) walk(child, path ? `${path}.${key}` : key, out);
}

/**
 * Every distinct rule of a field, in the order zod checks them; a rule of a nested key is prefixed with it
 * (`` `to` must be one of … ``). A message already given at an outer level is not repeated.
 */
export function fieldRules(schema: z.ZodType): string[] {
  const out = new Map<string, string>();
  walk(schema as unknown as Node, '', out);
  const rules = [...out];
  // "must be a list" says nothing more than "must be a list, or lists keyed by source type" before it.
  const said = (text: string, path: string) =>
    rules.some(([t, p]) => p === path && t !== text && t.startsWith(text));
  return rules
    .filter(([text, path]) => !said(text, path))
    .map(([text, path]) => (path ? `\`${path}\` ${text}` : text));
}
