// The destination module's entry points (SPEC §3.1); the package exports the public ones (src/index.ts).
export { process, processSync } from './process';
export { processRouterDest, processBatch, batch, type RouterOutput } from './router';
export { handleDeliveryResponse, type DeliveryOutput, type JobResult } from './delivery/response';
export { deliver, type ProxyRequest } from './delivery/proxy';
export { networkHandler } from './delivery/host-network-handler';
export { configDefinition } from './config/definition';
export type { PinterestEvent } from './wire';
export type { Destination, Metadata, ProcessorInput, RestRequest } from './types';
// For this repository's transformer service (src/service), not part of the package surface.
export { statTags, type Feature } from './stat-tags';
