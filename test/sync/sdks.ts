// Real analytics SDKs in the browser tests: bundled from node_modules by esbuild; their CDN, config and data plane answered in the browser.
import { build } from 'esbuild';
import { join } from 'node:path';
import { process } from '../../src';
import type { HostHandler } from './harness';

const ROOT = join(__dirname, '../..');

/** Bundles `entry` (ES module source importing an SDK from node_modules) into one classic script, as a site's build would. */
export async function bundleSdk(entry: string): Promise<string> {
  const out = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  return out.outputFiles[0]!.text;
}

export interface Delivered {
  /** Path of the data plane request, e.g. `/v1/track`. */
  path: string;
  /** The event as it left the SDK (request body). */
  body: Record<string, unknown>;
}

/** JSON answer with the CORS headers a CDP's hosts send to the site's origin (credentials allowed). */
export function fulfillJson(route: Parameters<HostHandler>[0], status: number, json: unknown): Promise<void> {
  const request = route.request();
  return route.fulfill({
    status,
    contentType: 'application/json',
    headers: {
      'access-control-allow-origin': request.headers()['origin'] ?? '*',
      'access-control-allow-credentials': 'true',
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': request.headers()['access-control-request-headers'] ?? '*',
    },
    body: json === undefined ? '' : JSON.stringify(json),
  });
}

/** A data plane: records every event request's body and answers it; `waitFor(n)` resolves once n arrived. */
export class DataPlane {
  readonly delivered: Delivered[] = [];
  private waiters: Array<() => void> = [];

  readonly handle: HostHandler = async (route, url) => {
    const request = route.request();
    if (request.method() === 'OPTIONS') return fulfillJson(route, 204, undefined);
    this.delivered.push({ path: url.pathname, body: JSON.parse(request.postData() ?? 'null') });
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((wake) => wake());
    return fulfillJson(route, 200, {});
  };

  /** Resolves with the first `count` deliveries (no timer: the test timeout is the only limit). */
  async waitFor(count: number): Promise<Delivered[]> {
    while (this.delivered.length < count) await new Promise<void>((wake) => this.waiters.push(wake));
    return this.delivered.slice(0, count);
  }
}

const destination = { ID: 'd', Config: { adAccountId: '549755885175', accessToken: 't' } };

/**
 * What Pinterest gets for an event as the CDP received it: `ip` is what the CDP's collector adds (RudderStack:
 * top-level `request_ip`; Segment: `context.ip`).
 */
export async function throughServer(body: Record<string, unknown>, ip: 'request_ip' | 'context.ip') {
  const message: Record<string, unknown> = { ...body, receivedAt: new Date().toISOString() };
  if (ip === 'request_ip') message.request_ip = '203.0.113.9';
  else message.context = { ...(body.context as object), ip: '203.0.113.9' };
  const [request] = await process({ destination, message });
  const event = request!.body.JSON.data[0]!;
  return {
    user: { ...event.user_data } as Record<string, unknown>,
    url: event.event_source_url,
  };
}

type Bag = Record<string, unknown>;

/** `context.providers.pinterestCAPI` of a delivered event. */
export const pinterestOf = (d: Delivered): unknown =>
  ((d.body.context as Bag | undefined)?.providers as Bag | undefined)?.pinterestCAPI;
