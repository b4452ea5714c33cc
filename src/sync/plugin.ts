// The analytics.js enrichment plugin (Segment analytics-next shape): enriches ctx.event on every call.
import type { EnrichmentPlugin, PluginContext } from './types';

export function makePlugin(enrich: (event: unknown) => unknown): EnrichmentPlugin {
  // analytics-next passes a Context whose `event` is the event object; a bare event (whose `event` is its name) is enriched itself.
  const step = <C>(ctx: C): C => {
    const inner = ctx && (ctx as PluginContext).event;
    enrich(inner && typeof inner === 'object' ? inner : ctx);
    return ctx;
  };
  return {
    name: 'Pinterest CAPI Sync',
    type: 'enrichment',
    version: '0.1.0',
    isLoaded: () => true,
    load: () => Promise.resolve(),
    track: step,
    page: step,
    identify: step,
    screen: step,
    group: step,
    alias: step,
  };
}
