// Entry of the browser identity sync bundle: `PinterestCapiSync.init(config)`.
export { init } from './sync';
export type { EnrichmentPlugin, PinterestCapiSync, SyncConfig } from './types';
