// The transformer service (SPEC §10): Fastify app with the host's routes, health, features and metrics.
import Fastify, { type FastifyInstance } from 'fastify';
import { setSyncWarningListener } from '../destinations/pinterest_capi/config/resolve';
import { loggerOptions } from './logger';
import { createMetrics } from './metrics';
import { proxyRoute } from './proxy-route';
import { transformRoutes } from './transform-routes';

export interface AppOptions {
  /** Where logs go (default stdout); tests read them to prove nothing secret is written. */
  logStream?: { write(line: string): void };
  bodyLimitMb?: number;
}

const FEATURES = {
  routerTransform: { PINTEREST_CAPI: true },
  supportSourceTransformV1: false,
  supportTransformerProxyV1: true,
};

export function buildApp(options: AppOptions = {}): FastifyInstance {
  const bodyLimitMb = options.bodyLimitMb ?? (Number(process.env.MAX_BODY_MB) || 100);
  const app = Fastify({
    logger: options.logStream ? { ...loggerOptions(), stream: options.logStream } : loggerOptions(),
    bodyLimit: Math.floor(bodyLimitMb * 1024 * 1024),
  });
  const metrics = createMetrics();
  // A typo in a browser-sync field must not drop conversions, but the operator should hear of it.
  setSyncWarningListener((destinationId, problems) =>
    app.log.warn(
      { destinationId, problems },
      'invalid browser-sync config fields (server events are still sent)',
    ),
  );

  // Bad client input is a clear 4xx; anything else is a 500 with its message, and the service stays up.
  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, req, reply) => {
    const status =
      error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500)
      req.log.error({ err: { message: error.message, code: error.code } }, 'unexpected error');
    const message =
      error.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
        ? `request body is larger than ${bodyLimitMb} MB (MAX_BODY_MB)`
        : error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
          ? 'send the body as application/json'
          : error.message;
    void reply.code(status).send({ error: message });
  });

  app.get('/health', async () => ({ service: 'UP' }));
  app.get('/features', async () => FEATURES);
  app.get('/metrics', async (_req, reply) => {
    void reply.header('content-type', metrics.registry.contentType);
    return metrics.registry.metrics();
  });
  transformRoutes(app, metrics);
  proxyRoute(app, metrics);
  return app;
}
