// Public types of the browser sync: its config, its API and the analytics.js plugin shape.

/** What `init` accepts (the host's "Pinterest CAPI sync" fields). */
export interface SyncConfig {
  /** Main Pinterest Tag ID. */
  pixelId?: string | number;
  /** Lifetime of the `_epik` cookie, in days (default 45). */
  cookieLifetimeDays?: number | string;
  /** `event` of the match pixel (default "MetaRouterSync"). */
  customEventPropertyValue?: string;
  /** More Tag IDs: a JSON array text (`'["1","2"]'`) or an array. */
  extraPixelIds?: string | Array<string | number>;
  /** Cookie domain; when absent the registrable domain is found by probing. */
  cookieDomain?: string;
  /** Called before anything is read, written or fired; false (or a throw) means no consent. */
  consent?: () => boolean;
}

/** The settings `init` works with, defaults applied. */
export interface Settings {
  ids: string[];
  event: string;
  maxAge: number;
  domain?: string;
  consent?: () => boolean;
}

/** Segment analytics-next's plugin context: the event lives in `ctx.event`. */
export interface PluginContext {
  event?: unknown;
  [key: string]: unknown;
}

type Step = <C>(ctx: C) => C;

/** An analytics.js enrichment plugin (Segment analytics-next `register()` shape). */
export interface EnrichmentPlugin {
  name: string;
  type: 'enrichment';
  version: string;
  isLoaded: () => boolean;
  load: () => Promise<void>;
  track: Step;
  page: Step;
  identify: Step;
  screen: Step;
  group: Step;
  alias: Step;
}

/** What `init` returns. */
export interface PinterestCapiSync {
  /** The epik known now (URL, else cookie), or undefined; re-checks the URL first. */
  getEpik(): string | undefined;
  /** Sets `context.providers.pinterestCAPI.epik` on the event (in place) and returns it. */
  enrich<T>(event: T): T;
  plugin: EnrichmentPlugin;
}
