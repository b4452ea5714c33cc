// The destination module's public surface (SPEC §3.1).
export { process, processSync } from './process';
export { processRouterDest, processBatch, batch, routerTransform, type RouterOutput } from './router';
export { handleDeliveryResponse, type DeliveryOutput, type JobResult } from './delivery/response';
export { deliver, sendBatch, type ProxyRequest } from './delivery/proxy';
export { networkHandler } from './delivery/host-network-handler';
export { configDefinition } from './config/definition';
export { resolveConfig, serverConfigProblems } from './config/resolve';
export { transformMessage, type PinterestEvent } from './transform';
export { PINTEREST_EVENT_NAMES, normalizeEventName } from './event-names';
export { statTags, type Feature } from './stat-tags';
export { FILTERED_STATUS } from './errors';
export type { Destination, Metadata, ProcessorInput, RestRequest } from './types';
