// The destination module's public surface (SPEC §3.1).
export { process, processSync } from './process';
export { resolveConfig, serverConfigProblems } from './config/resolve';
export { transformMessage, type PinterestEvent } from './transform';
export { PINTEREST_EVENT_NAMES, normalizeEventName } from './event-names';
export { FILTERED_STATUS } from './errors';
export type { Destination, Metadata, ProcessorInput, RestRequest } from './types';
export { configDefinition } from './config/definition';
