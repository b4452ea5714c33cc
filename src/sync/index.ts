// Entry of the browser identity sync bundle: `PinterestCapiSync.init(config)`.
export { init } from './sync';
export type { EnrichmentPlugin, PinterestCapiSync, PinterestProvider, SyncConfig } from './types';
