// Per-ad-account rate limit (sliding one-second window): over the limit → 429 {code: 8}.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { rateLimited } from './pinterest-errors';

export class RateLimiter {
  private readonly accepted = new Map<string, number[]>();

  constructor(
    private readonly perSecond: number,
    private readonly now: () => number,
  ) {}

  /** True when the request is within the limit (and counts it); rejected requests do not count. */
  take(adAccount: string): boolean {
    if (!this.perSecond) return true;
    const now = this.now();
    const recent = (this.accepted.get(adAccount) ?? []).filter((t) => t > now - 1000);
    if (recent.length >= this.perSecond) {
      this.accepted.set(adAccount, recent);
      return false;
    }
    recent.push(now);
    this.accepted.set(adAccount, recent);
    return true;
  }
}

export function rateLimitHook(limiter: RateLimiter) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    if (!limiter.take((req.params as { id: string }).id)) return reply.code(429).send(rateLimited());
  };
}
