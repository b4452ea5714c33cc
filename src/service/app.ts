// The transformer service (SPEC §10): Fastify app with the host's routes, health, features and metrics.
import Fastify, { type FastifyInstance } from 'fastify';
import { setSyncWarningListener } from '../destinations/pinterest_capi/config/resolve';
import { clusterMetrics } from './cluster-metrics';
import { InFlight } from './in-flight';
import type { InputStream } from './input-stream';
import { jsonBodyParser } from './body-parser';
import { loggerOptions } from './logger';
import { createMetrics } from './metrics';
import { proxyRoute } from './proxy-route';
import { loadSettings, type ServiceSettings } from './settings';
import { transformRoutes } from './transform-routes';

declare module 'fastify' {
  interface FastifyRequest {
    /** Elements of the body's arrays nested deeper than MAX_JSON_DEPTH (see json-body.ts). */
    tooDeep: ReadonlySet<unknown> | null;
  }
  interface FastifyInstance {
    inFlight: InFlight;
  }
  interface FastifyContextConfig {
    /** Set on the transform routes: what takes the body's inputs as they arrive (input-stream.ts). */
    inputStream?: (req: FastifyRequest, key: string | undefined) => InputStream | undefined;
  }
}

export interface AppOptions {
  /** Where logs go (default stdout); tests read them to prove nothing secret is written. */
  logStream?: { write(line: string): void };
  /** Parsed settings (default: the environment's, validated). */
  settings?: ServiceSettings;
  /** `cluster`: a node:cluster worker of main.ts, whose /metrics are those of all workers (cluster-metrics.ts). */
  metrics?: 'local' | 'cluster';
}

const FEATURES = {
  routerTransform: { PINTEREST_CAPI: true },
  supportSourceTransformV1: false,
  supportTransformerProxyV1: true,
};

/** How often Node checks for requests past REQUEST_TIMEOUT_MS (its default, 30 s, would let them live that long). */
const checkEvery = (timeoutMs: number) => Math.max(50, Math.min(1000, Math.floor(timeoutMs / 4)));

export function buildApp(options: AppOptions = {}): FastifyInstance {
  const settings = options.settings ?? loadSettings();
  const logger = loggerOptions(settings.logLevel);
  const app = Fastify({
    logger: options.logStream ? { ...logger, stream: options.logStream } : logger,
    bodyLimit: Math.floor(settings.maxBodyMb * 1024 * 1024),
    // Headers and body of one request must arrive within REQUEST_TIMEOUT_MS, else 408 and the connection closes.
    requestTimeout: settings.requestTimeoutMs,
    keepAliveTimeout: settings.keepAliveTimeoutMs,
    http: {
      headersTimeout: settings.requestTimeoutMs,
      requestTimeout: settings.requestTimeoutMs,
      connectionsCheckingInterval: checkEvery(settings.requestTimeoutMs),
    },
  });
  const metrics = createMetrics();
  app.decorate('inFlight', new InFlight(app));
  app.decorateRequest('tooDeep', null);
  // A typo in a browser-sync field must not drop conversions, but the operator should hear of it.
  setSyncWarningListener((destinationId, problems) =>
    app.log.warn(
      { destinationId, problems },
      'invalid browser-sync config fields (server events are still sent)',
    ),
  );

  jsonBodyParser(app, Math.floor(settings.maxBodyMb * 1024 * 1024), settings.maxJsonDepth);

  // Bad client input is a clear 4xx; anything else is a 500 with its message, and the service stays up.
  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, req, reply) => {
    const status =
      error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500)
      req.log.error({ err: { message: error.message, code: error.code } }, 'unexpected error');
    const message =
      error.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
        ? `request body is larger than ${settings.maxBodyMb} MB (MAX_BODY_MB)`
        : error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
          ? 'send the body as application/json'
          : error.message;
    void reply.code(status).send({ error: message });
  });

  app.get('/health', async () => ({ service: 'UP' }));
  app.get('/features', async () => FEATURES);
  const metricsText =
    options.metrics === 'cluster' ? clusterMetrics(metrics.registry) : () => metrics.registry.metrics();
  app.get('/metrics', async (_req, reply) => {
    const text = await metricsText();
    void reply.header('content-type', metrics.registry.contentType);
    return text;
  });
  transformRoutes(app, metrics, settings.maxJsonDepth);
  proxyRoute(app, metrics, settings);
  return app;
}
