// HTTP to Pinterest (SPEC §9 Bounds): an undici keep-alive pool per origin, one deadline for the whole delivery
// (connect, headers, body), a cap on the answer's size, and cancellation when the caller goes away.
import { Pool } from 'undici';
import type { DeliveryLimits } from './settings';

export interface PinterestAnswer {
  status: number;
  /** The answer's body as text ('' when empty). */
  text: string;
}

export type FailureKind = 'timeout' | 'tooLarge' | 'cancelled' | 'network';

export class DeliveryNetworkError extends Error {
  constructor(
    message: string,
    readonly kind: FailureKind,
  ) {
    super(message);
  }
}

const pools = new Map<string, Pool>();

function poolFor(origin: string): Pool {
  let pool = pools.get(origin);
  if (!pool) {
    pool = new Pool(origin, { connections: 32, keepAliveTimeout: 30_000, pipelining: 1 });
    pools.set(origin, pool);
  }
  return pool;
}

const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);

/**
 * POSTs `payload` (JSON text) with exactly `headers`; throws DeliveryNetworkError when the deadline passes, the
 * answer grows past the cap, the caller's `signal` aborts, or the connection fails.
 */
export async function postJson(
  url: URL,
  headers: Record<string, string>,
  payload: string,
  limits: DeliveryLimits,
  signal?: AbortSignal,
): Promise<PinterestAnswer> {
  const controller = new AbortController();
  let why: FailureKind | undefined;
  const abort = (kind: FailureKind) => {
    if (why) return;
    why = kind;
    controller.abort();
  };
  const timer = setTimeout(() => abort('timeout'), limits.timeoutMs);
  const onCallerGone = () => abort('cancelled');
  if (signal?.aborted) onCallerGone();
  else signal?.addEventListener('abort', onCallerGone, { once: true });
  const tooLarge = () =>
    new DeliveryNetworkError(`answer larger than ${limits.maxResponseBytes} bytes`, 'tooLarge');
  try {
    const res = await poolFor(url.origin).request({
      method: 'POST',
      path: `${url.pathname}${url.search}`,
      headers,
      body: payload,
      signal: controller.signal,
      headersTimeout: limits.timeoutMs,
      bodyTimeout: limits.timeoutMs,
    });
    if (Number(res.headers['content-length']) > limits.maxResponseBytes) {
      res.body.destroy();
      throw tooLarge();
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of res.body) {
      size += (chunk as Buffer).length;
      if (size > limits.maxResponseBytes) {
        res.body.destroy();
        throw tooLarge();
      }
      chunks.push(chunk as Buffer);
    }
    return { status: res.statusCode, text: Buffer.concat(chunks, size).toString('utf8') };
  } catch (e) {
    if (e instanceof DeliveryNetworkError) throw e;
    if (why) throw new DeliveryNetworkError(why, why);
    const err = e as Error & { code?: string };
    if (err.code && TIMEOUT_CODES.has(err.code)) throw new DeliveryNetworkError('timeout', 'timeout');
    throw new DeliveryNetworkError(err.code ? `${err.code} ${err.message}` : err.message, 'network');
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onCallerGone);
  }
}

export async function closePools(): Promise<void> {
  await Promise.all([...pools.values()].map((p) => p.close()));
  pools.clear();
}
