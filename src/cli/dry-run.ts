// `send --dry-run --print-requests`: each request as it would go over the wire, the access token masked.
import type { RestRequest } from '../destinations/pinterest_capi';

export interface WireRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

/** What replaces the token: nothing of it is shown, not even its length or last characters. */
export const MASKED_TOKEN = 'Bearer ****';

export function wireRequest(r: RestRequest): WireRequest {
  const url = new URL(r.endpoint);
  for (const [k, v] of Object.entries(r.params ?? {})) url.searchParams.set(k, String(v));
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(r.headers))
    headers[k] = k.toLowerCase() === 'authorization' ? MASKED_TOKEN : v;
  return { method: r.method, url: url.toString(), headers, body: r.body.JSON };
}
