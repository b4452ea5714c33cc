// startEmulator(): a real Fastify HTTP server that answers like Pinterest's Conversions API (SPEC §11).
import Fastify, { LogController } from 'fastify';
import type { AddressInfo } from 'node:net';
import { loggerOptions } from '../service/logger';
import { adminRoutes } from './admin-routes';
import { adAccountHook, tokenHook } from './credential-hooks';
import { errorHandlers } from './error-handlers';
import { eventsRoute } from './events-route';
import { faultHook } from './fault-hook';
import { FaultPicker } from './faults';
import { HeldRequests } from './held-requests';
import { resolveOptions } from './options';
import { RateLimiter, rateLimitHook } from './rate-limit';
import { Recorder } from './recorder';
import { requestLog } from './request-log';
import type { Emulator, EmulatorOptions } from './types';

// Pinterest accepts up to 1000 events per request; leave room for large events.
const BODY_LIMIT = 32 * 1024 * 1024;

/** The host as it goes into a URL: wildcard addresses become loopback, IPv6 gets brackets. */
function urlHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const o = resolveOptions(options);
  const logger = loggerOptions(o.logLevel);
  const app = Fastify({
    logger: o.logStream ? { ...logger, stream: o.logStream } : logger,
    bodyLimit: BODY_LIMIT,
    logController: new LogController({ disableRequestLogging: true }),
    // Pinterest's schema accepts any extra key in user_data, "__proto__" included: keep such keys as plain own
    // properties (JSON.parse's behaviour) so the emulator rejects exactly what the schema rejects. Bodies are only
    // validated, copied with object spread and serialised, never merged into existing objects.
    onProtoPoisoning: 'ignore',
    onConstructorPoisoning: 'ignore',
  });
  const recorder = new Recorder(o.maxRecorded);
  const picker = new FaultPicker(o.seed, o.force, o.failRate);
  const held = new HeldRequests();

  requestLog(app);
  errorHandlers(app);
  eventsRoute(app, {
    gates: [
      faultHook(picker, held, o.timeoutMs),
      tokenHook(o.tokens),
      adAccountHook(o.adAccounts),
      rateLimitHook(new RateLimiter(o.rateLimitPerSecond, o.now)),
    ],
    recorder,
    now: o.now,
    maxEventAgeDays: o.maxEventAgeDays,
  });
  adminRoutes(app, recorder);

  await app.listen({ port: o.port, host: o.host });
  const port = (app.server.address() as AddressInfo).port;
  return {
    url: `http://${urlHost(o.host)}:${port}`,
    port,
    seed: o.seed,
    close: async () => {
      held.releaseAll();
      await app.close();
    },
    events: () => recorder.list(),
    clear: () => void recorder.clear(),
    setFault: (force, failRate) => picker.set(force, failRate),
  };
}
