// Graceful shutdown (SPEC §10): stop accepting, finish the requests being worked on, then close every connection
// (idle keep-alives and clients still sending a body), at the latest after SHUTDOWN_GRACE_MS; exit 0.
import type { FastifyInstance } from 'fastify';
import { closePools } from '../destinations/pinterest_capi/delivery/client';

/** Registers what shutdown needs (call before listen); returns the function a signal handler calls. */
export function gracefulShutdown(app: FastifyInstance, graceMs: number): (signal: string) => void {
  let closing = false;
  // Keep-alive clients would hold the server open: answers sent while closing end their connection.
  app.addHook('onSend', async (_req, reply) => {
    if (closing) void reply.header('connection', 'close');
  });
  return (signal) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal, inFlight: app.inFlight.count }, 'shutting down: finishing in-flight requests');
    setTimeout(() => app.server.closeAllConnections(), graceMs).unref();
    void app.inFlight.idle().then(() => app.server.closeAllConnections());
    app
      .close()
      .then(closePools)
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
}
