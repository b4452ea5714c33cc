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

/** What the sync puts in `context.providers.pinterestCAPI`: the epik, or `{consent: false}` when consent is denied. */
export interface PinterestProvider {
  epik?: string;
  consent?: false;
}

/** What `init` returns. */
export interface PinterestCapiSync {
  /** The epik known now (URL, else cookie), or undefined (also when consent is denied); re-checks first. */
  getEpik(): string | undefined;
  /**
   * Sets `context.providers.pinterestCAPI` on the event (in place) and returns it: `{epik}` when there is one,
   * `{consent: false}` when consent is denied, nothing otherwise.
   */
  enrich<T>(event: T): T;
  /** Segment analytics-next: `analytics.register(sync.plugin)`. */
  plugin: EnrichmentPlugin;
  /**
   * RudderStack JS SDK v3 or v1.1: wraps page/track/identify/group/alias of `rudderanalytics` (the loaded SDK, or
   * the snippet's buffer, and then the SDK that replaces it) so that every call's options carry what `enrich`
   * would set. Idempotent; returns the function that undoes it.
   */
  attach(rudderanalytics: object): () => void;
}
