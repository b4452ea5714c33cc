// Shorthands for the sources tables repeat: the same trait names under context.traits, then top-level traits.

/** `context.traits.<name>` for every name, then `traits.<name>` (identify-style), in that order (SPEC §6.2). */
export const traits = (...names: string[]): string[] => [
  ...names.map((n) => `context.traits.${n}`),
  ...names.map((n) => `traits.${n}`),
];

/** An address field: `address.<name>` and then the flat trait for each name, under both trait scopes. */
export const address = (nested: string[], flat: string[]): string[] =>
  traits(...nested.map((n) => `address.${n}`), ...flat);
