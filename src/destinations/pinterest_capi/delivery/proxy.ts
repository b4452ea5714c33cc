// The data-delivery proxy's core (SPEC §9): send one batch to Pinterest, answer one status per job.
import { apiBaseUrl } from '../config/resolve';
import type { Metadata, RestRequest } from '../types';
import { DeliveryNetworkError, postJson, timeoutMs } from './client';
import { deliveryMessages as msg } from './messages';
import { handleDeliveryResponse, type DeliveryOutput, type DeliveryResponseInput } from './response';

export type ProxyRequest = Partial<RestRequest> & { metadata?: Metadata[]; destinationConfig?: unknown };

const EVENTS_PATH = /^\/v5\/ad_accounts\/\d{1,18}\/events$/;

/** Only Pinterest's events URL under the configured base: a proxy must not be an open relay (SSRF). */
function targetUrl(endpoint: unknown, params: unknown): URL | undefined {
  if (typeof endpoint !== 'string') return undefined;
  const base = new URL(apiBaseUrl());
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return undefined;
  }
  const basePath = base.pathname.replace(/\/+$/, '');
  if (url.origin !== base.origin || url.search !== '' || url.username || url.password) return undefined;
  if (!url.pathname.startsWith(`${basePath}/`) || !EVENTS_PATH.test(url.pathname.slice(basePath.length))) {
    return undefined;
  }
  if (params && typeof params === 'object') {
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, String(v));
  }
  return url;
}

/** Pinterest's answer, or why there is none (refused endpoint, timeout, network failure). */
export type Answer = DeliveryResponseInput['destinationResponse'];

/** Sends one batch to Pinterest; never throws. */
export async function sendBatch(request: ProxyRequest): Promise<Answer> {
  const url = targetUrl(request.endpoint, request.params);
  if (!url) return { status: 400, response: undefined, failure: msg.endpoint() };
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(request.headers ?? {})) if (typeof v === 'string') headers[k] = v;
  try {
    const answer = await postJson(url, headers, request.body?.JSON ?? {});
    return { status: answer.status, response: answer.body };
  } catch (e) {
    const failure =
      e instanceof DeliveryNetworkError && e.timedOut
        ? msg.timeout(timeoutMs())
        : msg.network(e instanceof Error ? e.message : String(e));
    return { status: 500, response: undefined, failure };
  }
}

/** The proxy route's core: send, then one status per job. */
export async function deliver(request: ProxyRequest): Promise<DeliveryOutput> {
  return handleDeliveryResponse({
    destinationResponse: await sendBatch(request),
    rudderJobMetadata: Array.isArray(request.metadata) ? request.metadata : [],
    destinationRequest: { endpoint: String(request.endpoint), body: request.body },
  });
}
