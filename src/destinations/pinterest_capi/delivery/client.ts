// HTTP to Pinterest: an undici keep-alive pool per origin, with a request timeout (PINTEREST_TIMEOUT_MS).
import { Pool } from 'undici';

export interface PinterestAnswer {
  status: number;
  /** Parsed JSON; the raw text when it is not JSON; undefined when empty. */
  body: unknown;
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

export const timeoutMs = (): number => {
  const n = Number(process.env.PINTEREST_TIMEOUT_MS);
  return Number.isFinite(n) && n > 0 ? n : 30_000;
};

export class DeliveryNetworkError extends Error {
  constructor(
    message: string,
    readonly timedOut: boolean,
  ) {
    super(message);
  }
}

const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);

/** POSTs a JSON body; throws DeliveryNetworkError for timeouts and connection failures. */
export async function postJson(
  url: URL,
  headers: Record<string, string>,
  body: unknown,
): Promise<PinterestAnswer> {
  const ms = timeoutMs();
  try {
    const res = await poolFor(url.origin).request({
      method: 'POST',
      path: `${url.pathname}${url.search}`,
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      headersTimeout: ms,
      bodyTimeout: ms,
    });
    const raw = await res.body.text();
    if (raw.trim() === '') return { status: res.statusCode, body: undefined };
    try {
      return { status: res.statusCode, body: JSON.parse(raw) };
    } catch {
      return { status: res.statusCode, body: raw };
    }
  } catch (e) {
    const err = e as Error & { code?: string };
    if (err.code && TIMEOUT_CODES.has(err.code))
      throw new DeliveryNetworkError(`timeout after ${ms} ms`, true);
    throw new DeliveryNetworkError(err.code ? `${err.code} ${err.message}` : err.message, false);
  }
}

export async function closePools(): Promise<void> {
  await Promise.all([...pools.values()].map((p) => p.close()));
  pools.clear();
}
