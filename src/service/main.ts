// `npm start`: the transformer service on PORT (9090) / HOST (0.0.0.0), with graceful shutdown on SIGTERM.
import { closePools } from '../destinations/pinterest_capi/delivery/client';
import { buildApp } from './app';

async function main() {
  const app = buildApp();
  const port = Number(process.env.PORT) || 9090;
  const host = process.env.HOST || '0.0.0.0';
  let closing = false;
  // Keep-alive clients would hold the server open: answers sent while closing end their connection.
  app.addHook('onSend', async (_req, reply) => {
    if (closing) void reply.header('connection', 'close');
  });
  await app.listen({ port, host });
  const stop = (signal: string) => {
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    const grace = Number(process.env.SHUTDOWN_GRACE_MS) || 30_000;
    setTimeout(() => app.server.closeAllConnections(), grace).unref();
    app
      .close()
      .then(closePools)
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((e: unknown) => {
  process.stderr.write(
    `pinterest-capi service failed to start: ${e instanceof Error ? e.message : String(e)}\n`,
  );
  process.exit(1);
});
