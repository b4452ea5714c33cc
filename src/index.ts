// Package entry (SPEC §3.1): the host contract and the documented helpers, nothing else (README "Using the module").
export {
  // The host contract.
  process,
  processRouterDest,
  processBatch,
  handleDeliveryResponse,
  configDefinition,
  // Host adapters (docs/rudderstack.md): the synchronous /batch entry and the delivery hook.
  batch,
  networkHandler,
  // Helpers: `process` with an explicit clock, and the data-delivery proxy's send-and-map.
  processSync,
  deliver,
} from './destinations/pinterest_capi';
export type {
  Destination,
  DeliveryOutput,
  JobResult,
  Metadata,
  PinterestEvent,
  ProcessorInput,
  ProxyRequest,
  RestRequest,
  RouterOutput,
} from './destinations/pinterest_capi';
