// The host's REST request envelope (SPEC §3.2) around Pinterest events.
import type { ResolvedConfig } from './config/resolve';
import type { PinterestEvent } from './transform';
import type { RestRequest } from './types';

// Every request gets objects of its own, never shared with another request: a host that adds a header or a
// parameter to one request must not change the others. Literals of one shape, no spreads: cheap per event.
export const buildRequest = (rc: ResolvedConfig, data: PinterestEvent[]): RestRequest => ({
  version: '1',
  type: 'REST',
  method: 'POST',
  endpoint: rc.endpoint,
  headers: { 'Content-Type': 'application/json', Authorization: rc.authorization },
  params: rc.config.testMode ? { test: true } : {},
  body: { JSON: { data }, JSON_ARRAY: {}, XML: {}, FORM: {} },
  files: {},
});
