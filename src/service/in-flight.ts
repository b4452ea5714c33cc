// Requests the service has started working on: their body has arrived. Graceful shutdown waits for these and
// no longer, so a client still sending its body (or its headers) cannot hold SIGTERM for the whole grace period.
import type { FastifyInstance, FastifyRequest } from 'fastify';

export class InFlight {
  private active = 0;
  private entered = new WeakSet<object>();
  private waiting: (() => void)[] = [];

  constructor(app: FastifyInstance) {
    app.addHook('onRequest', async (req, reply) => {
      reply.raw.once('close', () => {
        if (!this.entered.has(req.raw)) return;
        this.active -= 1;
        if (this.active === 0) for (const resolve of this.waiting.splice(0)) resolve();
      });
    });
  }

  /** Marks a request whose body was received (idempotent). */
  enter(req: FastifyRequest): void {
    if (this.entered.has(req.raw)) return;
    this.entered.add(req.raw);
    this.active += 1;
  }

  get count(): number {
    return this.active;
  }

  /** Resolves when no request is being worked on. */
  idle(): Promise<void> {
    return this.active === 0 ? Promise.resolve() : new Promise((resolve) => this.waiting.push(resolve));
  }
}
