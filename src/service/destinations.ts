// Which destination names the service answers for; any other is a 404 (SPEC §3.3).
export const DEST_NAME = 'pinterest_capi';

export const isOurDestination = (name: unknown): boolean =>
  typeof name === 'string' && name.toLowerCase() === DEST_NAME;

export const unknownDestination = (name: unknown) => ({ error: `Unknown destination: ${String(name)}` });
