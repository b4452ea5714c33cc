// The host's REST request envelope (SPEC §3.2) around Pinterest events.
import type { ResolvedConfig } from './config/resolve';
import type { PinterestEvent } from './transform';
import type { RestRequest } from './types';

export const buildRequest = (rc: ResolvedConfig, data: PinterestEvent[]): RestRequest => ({
  version: '1',
  type: 'REST',
  method: 'POST',
  endpoint: rc.endpoint,
  headers: { ...rc.headers },
  params: { ...rc.params },
  body: { JSON: { data }, JSON_ARRAY: {}, XML: {}, FORM: {} },
  files: {},
});
