// The data-delivery proxy's core (SPEC §9): check the request, send one batch to Pinterest with our own headers
// only, and answer one status per job.
import type { Metadata, RestRequest } from '../types';
import { DeliveryNetworkError, postJson } from './client';
import { nestsDeeperThan } from './json-scan';
import { deliveryMessages as msg } from './messages';
import { handleDeliveryResponse, type DeliveryOutput, type DeliveryResponseInput } from './response';
import { authorizationOf, scrubber, tokenOf, type Scrub } from './scrub';
import { envDeliverySettings, type DeliveryLimits } from './settings';

export type ProxyRequest = Partial<RestRequest> & { metadata?: Metadata[]; destinationConfig?: unknown };

export interface DeliverOptions {
  /** The service passes its parsed settings; library use reads the environment (envDeliverySettings). */
  limits?: DeliveryLimits;
  /** Only Pinterest's events URLs under this base are sent to (default: PINTEREST_API_BASE_URL). */
  baseUrl?: string;
  /** Aborts the request to Pinterest when the caller goes away. */
  signal?: AbortSignal;
}

export const USER_AGENT = 'pinterest-capi-destination';
const EVENTS_PATH = /^\/v5\/ad_accounts\/\d{1,18}\/events$/;
// One line of printable ASCII: undici would throw on CR/LF, and Pinterest wants exactly `Bearer <token>`.
const BEARER_VALUE = /^Bearer [\x21-\x7e]+$/i;

/** Only Pinterest's events URL under the configured base: a proxy must not be an open relay (SSRF). */
function targetUrl(endpoint: unknown, params: unknown, baseUrl: string): URL | undefined {
  if (typeof endpoint !== 'string') return undefined;
  const base = new URL(baseUrl);
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

const isMetadata = (m: unknown) => m !== null && typeof m === 'object' && !Array.isArray(m);

/** Why this proxy body cannot be delivered (the service answers 400, nothing is sent), or undefined. */
export function proxyRequestProblem(request: unknown): string | undefined {
  if (request === null || typeof request !== 'object' || Array.isArray(request)) {
    return 'the proxy body must be a JSON object: a request with metadata[]';
  }
  const { metadata, body } = request as ProxyRequest;
  if (!Array.isArray(metadata) || metadata.length === 0 || !metadata.every(isMetadata))
    return msg.noMetadata();
  const data = (body as { JSON?: { data?: unknown } } | undefined)?.JSON?.data;
  if (!Array.isArray(data) || data.length === 0) return msg.noEvents();
  // Each job has at least one event (more when multiplexed), so more jobs than events cannot be matched.
  if (metadata.length > data.length) return msg.moreJobsThanEvents(metadata.length, data.length);
  return undefined;
}

/** Pinterest's answer, or why there is none (refused before sending, timeout, network failure). */
export type Answer = DeliveryResponseInput['destinationResponse'];

function parseAnswer(text: string, scrub: Scrub, maxDepth: number): unknown {
  if (text.trim() === '') return undefined;
  const clean = scrub(text);
  // Too deep to be echoed safely: kept as text, which every rule treats as "not JSON".
  if (nestsDeeperThan(clean, maxDepth)) return clean;
  try {
    return JSON.parse(clean);
  } catch {
    return clean;
  }
}

function failureMessage(e: unknown, limits: DeliveryLimits, scrub: Scrub): string {
  if (!(e instanceof DeliveryNetworkError))
    return msg.network(scrub(e instanceof Error ? e.message : String(e)));
  if (e.kind === 'timeout') return msg.timeout(limits.timeoutMs);
  if (e.kind === 'tooLarge') return msg.tooLarge(limits.maxResponseBytes);
  if (e.kind === 'cancelled') return msg.cancelled();
  return msg.network(scrub(e.message));
}

function settingsFor(options: DeliverOptions): { limits: DeliveryLimits; baseUrl: string } {
  if (options.limits && options.baseUrl !== undefined)
    return { limits: options.limits, baseUrl: options.baseUrl };
  const env = envDeliverySettings();
  return { limits: options.limits ?? env.limits, baseUrl: options.baseUrl ?? env.baseUrl };
}

const configToken = (config: unknown) => (config as { accessToken?: unknown } | undefined)?.accessToken;

/** Sends one batch to Pinterest; never throws (an invalid environment aside, for library use). */
export async function sendBatch(request: ProxyRequest, options: DeliverOptions = {}): Promise<Answer> {
  const { limits, baseUrl } = settingsFor(options);
  const refuse = (failure: string): Answer => ({
    status: 400,
    response: undefined,
    failure,
    refused: true,
    scrubbed: true,
  });
  const problem = proxyRequestProblem(request);
  if (problem) return refuse(problem);
  const url = targetUrl(request.endpoint, request.params, baseUrl);
  if (!url) return refuse(msg.endpoint());
  const authorization = authorizationOf(request.headers);
  if (authorization === undefined || !BEARER_VALUE.test(authorization)) return refuse(msg.authorization());
  let payload: string;
  try {
    payload = JSON.stringify(request.body?.JSON);
  } catch {
    return refuse(msg.unserialisable());
  }
  const scrub = scrubber([tokenOf(authorization), configToken(request.destinationConfig)]);
  // Our headers only: nothing the caller sent (Host, hop-by-hop, Content-Length, …) reaches Pinterest.
  const headers = { 'content-type': 'application/json', authorization, 'user-agent': USER_AGENT };
  try {
    const answer = await postJson(url, headers, payload, limits, options.signal);
    return {
      status: answer.status,
      response: parseAnswer(answer.text, scrub, limits.maxJsonDepth),
      scrubbed: true,
    };
  } catch (e) {
    return { status: 500, response: undefined, failure: failureMessage(e, limits, scrub), scrubbed: true };
  }
}

/** The proxy route's core: send, then one status per job. */
export async function deliver(request: ProxyRequest, options: DeliverOptions = {}): Promise<DeliveryOutput> {
  return handleDeliveryResponse({
    destinationResponse: await sendBatch(request, options),
    rudderJobMetadata: Array.isArray(request?.metadata) ? request.metadata : [],
    destinationRequest: {
      endpoint: String(request?.endpoint),
      body: request?.body,
      headers: request?.headers,
      destinationConfig: request?.destinationConfig,
    },
  });
}
