// Gates of the events endpoint after faults: the bearer token (401), then the ad account (403).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { forbidden, unauthorized } from './pinterest-errors';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

export function tokenHook(tokens: readonly string[]) {
  const valid = new Set(tokens);
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const token = BEARER.exec(req.headers.authorization ?? '')?.[1];
    if (token === undefined || !valid.has(token)) return reply.code(401).send(unauthorized());
  };
}

export function adAccountHook(adAccounts: readonly string[]) {
  const valid = new Set(adAccounts);
  return async (req: FastifyRequest, reply: FastifyReply) => {
    if (!valid.has((req.params as { id: string }).id)) return reply.code(403).send(forbidden());
  };
}
